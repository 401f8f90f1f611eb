"""Audit-log entries Wagtail does not write by itself."""

import logging

from wagtail.log_actions import log

logger = logging.getLogger(__name__)


def translation_save_log(*, translation_log) -> None:
    """Record a wagtail-localize translation save in the object's history.

    wagtail-localize saves the translated snippet and a revision without an
    audit entry (it only publishes with one), so a translator's draft would
    leave no trace in the object's history.
    """
    revision = translation_log.revision
    if revision is None:
        return
    instance = revision.content_object
    log(
        instance=instance,
        action="wagtail.edit",
        user=revision.user,
        revision=revision,
        content_changed=True,
    )
    logger.info(
        "Translation saved",
        extra={
            "object_id": instance.pk,
            "locale": translation_log.locale.language_code,
            "revision_id": revision.pk,
        },
    )
