import io

from django.core.management import call_command

from cms.catalog.importers.records import ProductRecord, VariantRecord
from cms.catalog.models import Brand, Product
from cms.catalog.services.images import ImageFetcher
from cms.catalog.services.product_import import product_import_record

HOSTILE = '<p onmouseover="steal()">Soft <script>alert(1)</script>cotton</p>'


def test_product_import_record_hostile_description_stored_clean(locale_en):
    record = ProductRecord(
        row=2,
        code="TEE-1",
        kind="simple",
        name="Tee",
        description=HOSTILE,
        short_description='<a href="javascript:x()">short</a>',
        variants=[VariantRecord(row=2, sku="TEE-1")],
    )
    fetcher = ImageFetcher(enabled=False)

    first = product_import_record(
        record=record, locale=locale_en, currency="USD", fetcher=fetcher
    )
    second = product_import_record(
        record=record, locale=locale_en, currency="USD", fetcher=fetcher
    )

    product = Product.objects.get(code="TEE-1")
    assert (first.status, second.status) == ("created", "unchanged")
    assert product.description == "<p>Soft cotton</p>"
    assert product.short_description == "<a>short</a>"
    assert "script" not in product.latest_revision.content["description"]


def test_product_full_clean_hostile_rich_text_sanitised(product):
    product.description = HOSTILE

    product.full_clean()

    assert product.description == "<p>Soft cotton</p>"


def test_brand_full_clean_hostile_rich_text_sanitised(locale_en):
    brand = Brand(name="Acme", slug="acme", locale=locale_en, description=HOSTILE)

    brand.full_clean()

    assert brand.description == "<p>Soft cotton</p>"


def test_import_products_woo_sample_second_run_unchanged(woo_catalog, woo_csv):
    out = io.StringIO()

    call_command(
        "import_products",
        str(woo_csv),
        format="woocommerce",
        currency="USD",
        stdout=out,
        stderr=io.StringIO(),
    )

    assert "created 0, updated 0, unchanged 18" in out.getvalue()
    assert "skus: created 0, updated 0, unchanged 22" in out.getvalue()
