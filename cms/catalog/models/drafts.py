"""Translations start as drafts, whatever the state of their source."""


class DraftTranslationMixin:
    """Make every new translation a draft that needs its own approval.

    Wagtail's copy carries the source's live flag and publish dates, so
    wagtail-localize's "Translate" would put an unreviewed copy straight in
    front of customers of another market.
    """

    def copy_for_translation(self, locale, exclude_fields=None):
        translation = super().copy_for_translation(
            locale, exclude_fields=exclude_fields
        )
        translation.live = False
        translation.has_unpublished_changes = True
        translation.first_published_at = None
        translation.last_published_at = None
        translation.live_revision = None
        translation.latest_revision = None
        translation.go_live_at = None
        translation.expire_at = None
        translation.expired = False
        translation.locked = False
        translation.locked_at = None
        translation.locked_by = None
        return translation
