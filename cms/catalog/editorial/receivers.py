"""Wagtail signals the catalog listens to; each one hands over to a service."""

from django.dispatch import receiver
from wagtail.signals import workflow_cancelled

from cms.catalog.services.locks import content_lock_release


@receiver(workflow_cancelled, dispatch_uid="catalog_release_lock_on_cancel")
def release_lock_on_workflow_cancel(sender, instance, user=None, **kwargs):
    """Cancelling a workflow gives the item back at once: drop its lock."""
    content_lock_release(obj=instance.content_object, user=user)
