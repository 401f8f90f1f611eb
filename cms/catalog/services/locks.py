"""Release locks on catalog content."""

import logging

from wagtail.log_actions import log
from wagtail.models import LockableMixin

logger = logging.getLogger(__name__)


def content_lock_release(*, obj, user=None) -> bool:
    """Unlock ``obj`` if it is locked, log it in the audit trail, say whether it was."""
    if not isinstance(obj, LockableMixin) or not obj.locked:
        return False
    obj.locked, obj.locked_by, obj.locked_at = False, None, None
    obj.save(update_fields=["locked", "locked_by", "locked_at"])
    log(instance=obj, action="wagtail.unlock", user=user)
    logger.info(
        "Released the lock on %s",
        obj,
        extra={"object_id": obj.pk, "user_id": getattr(user, "pk", None)},
    )
    return True
