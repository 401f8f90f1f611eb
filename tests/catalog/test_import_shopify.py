"""import_products --format shopify on Shopify's product template."""

from decimal import Decimal

import pytest

from cms.catalog.models import Brand, Product, ProductImage, Variant, VariantPrice

pytestmark = pytest.mark.django_db


def test_import_shopify_template_gives_3_products_and_16_skus(run_import, shopify_csv):
    summary, _ = run_import(shopify_csv, fmt="shopify")

    assert summary == (
        "products: created 3, updated 0, unchanged 0, rejected 0; "
        "skus: created 16, updated 0, unchanged 0"
    )
    counts = {p.code: p.variants.count() for p in Product.objects.all()}
    assert counts == {"example-shirt": 12, "example-pants": 3, "example-hat": 1}


def test_import_shopify_template_second_run_changes_nothing(run_import, shopify_csv):
    run_import(shopify_csv, fmt="shopify")

    summary, _ = run_import(shopify_csv, fmt="shopify")

    assert summary == (
        "products: created 0, updated 0, unchanged 3, rejected 0; "
        "skus: created 0, updated 0, unchanged 16"
    )


def test_import_shopify_draft_and_archived_are_not_live(run_import, shopify_csv):
    run_import(shopify_csv, fmt="shopify")

    live = dict(Product.objects.values_list("code", "live"))

    assert live == {"example-shirt": True, "example-pants": False, "example-hat": False}


def test_import_shopify_compare_at_price_becomes_the_regular_price(
    run_import, shopify_csv
):
    run_import(shopify_csv, fmt="shopify")

    hat = VariantPrice.objects.get(variant__sku="HAT_GRY_275")
    jeans = VariantPrice.objects.get(variant__sku="PNT_DEN_285")

    assert (hat.amount, hat.sale_amount) == (Decimal("22.99"), Decimal("17.99"))
    # A compare-at price below the price is no sale: the price stands alone.
    assert (jeans.amount, jeans.sale_amount) == (Decimal("95.00"), None)


def test_import_shopify_continuation_and_image_only_rows(run_import, shopify_csv):
    run_import(shopify_csv, fmt="shopify")

    pants = Product.objects.get(code="example-pants")
    alts = list(
        ProductImage.objects.filter(product=pants)
        .order_by("sort_order")
        .values_list("alt_text", flat=True)
    )

    assert alts == [
        "A rack of jeans",
        "Small tapered stone wash jeans",
        "Medium tapered stone wash jeans",
        "Large tapered stone wash jeans",
    ]
    assert sorted(
        v.option_values.get().name for v in Variant.objects.filter(product=pants)
    ) == ["28", "30", "40"]


def test_import_shopify_vendor_barcode_stock_and_weight(run_import, shopify_csv):
    run_import(shopify_csv, fmt="shopify")

    variant = Variant.objects.get(sku="PNT_DEN_305")

    assert Brand.objects.get().name == "Acme"
    assert Product.objects.get(code="example-pants").brand.name == "Acme"
    assert variant.gtin == "685793775729"
    assert variant.opening_stock == 15
    assert (variant.weight, variant.weight_unit) == (Decimal("283.495"), "g")
    assert variant.cost_price == Decimal("50")


def test_import_shopify_maps_google_category_when_taxonomy_loaded(
    run_import, shopify_csv, taxonomy_txt
):
    from django.core.management import call_command

    call_command("import_taxonomy", str(taxonomy_txt), stdout=None)

    run_import(shopify_csv, fmt="shopify")

    assert Product.objects.get(code="example-shirt").google_category_id == 212
