"""Who may edit content in which locale."""

from django.contrib.auth.models import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType


def user_can_edit_locale(
    *, user: AbstractBaseUser, model: type, locale_id: int
) -> bool:
    """Return whether ``user`` may change ``model`` rows in the given locale.

    A group that may change the model and has no locales listed (Editors,
    Reviewers) may do so in every locale; a group with locales listed (one
    Translators group per locale) only in those.
    """
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    content_type = ContentType.objects.get_for_model(model)
    codename = f"change_{model._meta.model_name}"
    groups = user.groups.filter(
        permissions__content_type=content_type, permissions__codename=codename
    ).prefetch_related("locale_scopes")
    for group in groups:
        scoped = {scope.locale_id for scope in group.locale_scopes.all()}
        if not scoped or locale_id in scoped:
            return True
    return False
