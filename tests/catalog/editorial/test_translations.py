import csv
import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail_localize.models import Translation, TranslationSource

from cms.catalog.editorial.translation_status import (
    TranslationStatus,
    product_translation_status,
)
from cms.catalog.error_codes import CatalogErrorCode
from cms.catalog.models import Product, Variant


def _translate(product, locale):
    source, _ = TranslationSource.get_or_create_from_instance(product)
    Translation.objects.create(source=source, target_locale=locale)
    translated, _ = source.create_or_update_translation(locale, fallback=True)
    return translated


def test_translation_german_copy_shares_skus_and_copies_words(product, locale_de):
    product.save_revision().publish()

    german = _translate(product, locale_de)

    assert german.locale == locale_de
    assert german.translation_key == product.translation_key
    assert german.code == product.code
    assert german.variants.count() == 0
    assert (
        Variant.objects.filter(product__translation_key=german.translation_key).count()
        == 1
    )
    assert [img.alt_text for img in german.images.all()] == ["A blue mug"]
    assert german.images.get().locale == locale_de


def test_translation_of_a_live_product_starts_as_a_draft(product, locale_de):
    from wagtail_localize.operations import translate_object

    product.save_revision().publish()
    product.refresh_from_db()

    translate_object(product, [locale_de])

    german = Product.objects.get(locale=locale_de)
    assert product.live is True
    assert german.live is False
    assert german.has_unpublished_changes is True
    assert german.live_revision is None
    assert german.first_published_at is None


def test_translation_colliding_slug_gets_free_variant(product, locale_de):
    Product.objects.create(
        locale=locale_de, code="OTHER", name="Other", slug="blue-mug"
    )
    product.save_revision().publish()

    german = _translate(product, locale_de)

    assert german.slug == "blue-mug-2"


def test_product_full_clean_taken_slug_field_error(product, locale_en):
    clash = Product(locale=locale_en, code="MUG-2", name="Mug 2", slug="blue-mug")

    with pytest.raises(ValidationError) as raised:
        clash.full_clean()

    assert raised.value.error_dict["slug"][0].code == CatalogErrorCode.SLUG_TAKEN


def test_product_edit_view_translator_other_locale_forbidden(
    client, product, translator_de
):
    client.force_login(translator_de)

    response = client.get(
        reverse("wagtailsnippets_catalog_product:edit", args=[product.pk])
    )

    # Wagtail turns PermissionDenied into a redirect to the dashboard.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_product_edit_view_translator_sees_unpublished_source_warning(
    client, product, locale_de, translator_de
):
    product.save_revision().publish()
    german = _translate(product, locale_de)
    product.name = "Blue mug, now bigger"
    product.save_revision()
    client.force_login(translator_de)

    response = client.get(
        reverse("wagtailsnippets_catalog_product:edit", args=[german.pk])
    )

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [
        t.name for t in response.templates
    ]
    body = response.content.decode()
    assert "source has unpublished changes" in body


def test_product_translation_status_missing_up_to_date_out_of_date(product, locale_de):
    product.save_revision().publish()
    french_missing = product_translation_status(locales=["fr"])
    german = _translate(product, locale_de)

    up_to_date = product_translation_status(locales=["de"])
    product.save_revision()
    out_of_date = product_translation_status(locales=["de"])

    assert [r.status for r in french_missing] == [TranslationStatus.MISSING]
    assert [(r.status, r.translation_id) for r in up_to_date] == [
        (TranslationStatus.UP_TO_DATE, german.pk)
    ]
    assert [r.status for r in out_of_date] == [TranslationStatus.OUT_OF_DATE]


def test_product_translation_status_filter_by_status(product):
    rows = product_translation_status(status=TranslationStatus.UP_TO_DATE)

    assert rows == []
    assert len(product_translation_status(status="missing")) == 5


def test_translation_report_view_filters_and_exports_csv(client, product, editor):
    client.force_login(editor)
    url = reverse("catalog_translation_report")

    page = client.get(url, {"locale": "de"})
    export = client.get(url, {"status": "missing", "export": "csv"})

    assert page.status_code == 200
    assert "Blue mug" in page.content.decode()
    assert export.status_code == 200
    rows = list(csv.DictReader(io.StringIO(export.getvalue().decode())))
    assert {row["Locale"] for row in rows} == {"de", "es", "fr", "ja", "zh-hans"}
    assert {row["Status"] for row in rows} == {"missing"}
    assert rows[0]["Code"] == "MUG-1"


def test_translation_report_view_without_catalog_access_forbidden(client, db):
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user("wanda", "w@example.com", "x" * 12)
    user.groups.add(Group.objects.get(name="Warehouse"))
    client.force_login(user)

    response = client.get(reverse("catalog_translation_report"))

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_translation_save_recorded_in_audit_log(product, locale_de, translator_de):
    product.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(product)
    Translation.objects.create(source=source, target_locale=locale_de)

    german, _ = source.create_or_update_translation(
        locale_de, user=translator_de, publish=False, fallback=True
    )

    entry = ModelLogEntry.objects.for_instance(german).get(action="wagtail.edit")
    assert entry.user == translator_de
    assert entry.revision_id == german.latest_revision_id


def test_product_edit_view_translator_told_source_published_since_sync(
    client, product, locale_de, translator_de
):
    product.save_revision().publish()
    german = _translate(product, locale_de)
    product.refresh_from_db()
    product.name = "Blue mug, now bigger"
    product.save_revision().publish()
    client.force_login(translator_de)

    response = client.get(
        reverse("wagtailsnippets_catalog_product:edit", args=[german.pk])
    )

    body = response.content.decode()
    assert "was published after this translation was last synced" in body
    assert "source has unpublished changes" not in body
