"""Wagtail signals the catalog listens to; each one hands over to a service."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import workflow_cancelled
from wagtail_localize.models import TranslationLog

from cms.catalog.services.audit import translation_save_log
from cms.catalog.services.locks import content_lock_release


@receiver(workflow_cancelled, dispatch_uid="catalog_release_lock_on_cancel")
def release_lock_on_workflow_cancel(sender, instance, user=None, **kwargs):
    """Cancelling a workflow gives the item back at once: drop its lock."""
    content_lock_release(obj=instance.content_object, user=user)


@receiver(post_save, sender=TranslationLog, dispatch_uid="catalog_log_translation")
def log_translation_save(sender, instance, created, **kwargs):
    """Put translations saved in wagtail-localize's editor in the audit log."""
    if created:
        translation_save_log(translation_log=instance)
