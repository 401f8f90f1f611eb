"""Which products are translated into which locales, and how fresh they are.

The *source* of a product is its first row (lowest id) among the rows sharing
its ``translation_key``: the locale it was created in, where its SKUs hang. A
translation is *out of date* when the source changed (its latest revision, or
its row when it has none) after the translation was last written.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from wagtail.models import Locale

from cms.catalog.models import Product


class TranslationStatus(StrEnum):
    MISSING = "missing"
    OUT_OF_DATE = "out_of_date"
    UP_TO_DATE = "up_to_date"

    @property
    def label(self) -> str:
        return self.replace("_", " ")


@dataclass(frozen=True)
class TranslationStatusRow:
    source_id: int
    code: str
    name: str
    source_locale: str
    locale: str
    status: TranslationStatus
    source_changed_at: datetime | None
    translation_id: int | None = None
    translated_at: datetime | None = None


def _changed_at(row: dict) -> datetime | None:
    return row["latest_revision__created_at"] or row["updated_at"]


def product_translation_status(
    *,
    locales: list[str] | None = None,
    status: TranslationStatus | str | None = None,
) -> list[TranslationStatusRow]:
    """Return one row per product and target locale, optionally filtered.

    :param locales: language codes to report on (default: every locale except
        each product's source locale).
    :param status: keep only rows with this status.
    """
    locale_codes = dict(Locale.objects.values_list("pk", "language_code"))
    wanted = [pk for pk, code in locale_codes.items() if not locales or code in locales]
    rows = Product.objects.order_by("pk").values(
        "pk",
        "translation_key",
        "locale_id",
        "code",
        "name",
        "updated_at",
        "latest_revision__created_at",
    )
    groups: dict = {}
    for row in rows:
        groups.setdefault(row["translation_key"], []).append(row)

    report = []
    for group in groups.values():
        source, by_locale = group[0], {row["locale_id"]: row for row in group}
        for locale_id in wanted:
            if locale_id == source["locale_id"]:
                continue
            item = _status_row(
                source, by_locale.get(locale_id), locale_codes, locale_id
            )
            if not status or item.status == status:
                report.append(item)
    report.sort(key=lambda item: (item.name.lower(), item.locale))
    return report


def _status_row(source, translation, locale_codes, locale_id) -> TranslationStatusRow:
    source_changed_at = _changed_at(source)
    common = {
        "source_id": source["pk"],
        "code": source["code"],
        "name": source["name"],
        "source_locale": locale_codes[source["locale_id"]],
        "locale": locale_codes[locale_id],
        "source_changed_at": source_changed_at,
    }
    if translation is None:
        return TranslationStatusRow(status=TranslationStatus.MISSING, **common)
    translated_at = _changed_at(translation)
    stale = (
        source_changed_at is not None
        and translated_at is not None
        and source_changed_at > translated_at
    )
    return TranslationStatusRow(
        status=TranslationStatus.OUT_OF_DATE if stale else TranslationStatus.UP_TO_DATE,
        translation_id=translation["pk"],
        translated_at=translated_at,
        **common,
    )
