"""import_products --format woocommerce on the real sample and on crafted files."""

import csv
from decimal import Decimal

import pytest

from cms.catalog.models import (
    AttributeValue,
    Product,
    ProductImage,
    ShopCategory,
    Variant,
    VariantPrice,
)

pytestmark = pytest.mark.django_db

SAMPLE_FIRST_RUN = (
    "products: created 18, updated 0, unchanged 0, rejected 0; "
    "skus: created 22, updated 0, unchanged 0"
)
SAMPLE_SECOND_RUN = (
    "products: created 0, updated 0, unchanged 18, rejected 0; "
    "skus: created 0, updated 0, unchanged 22"
)


def _price(sku: str) -> VariantPrice:
    return VariantPrice.objects.get(variant__sku__iexact=sku, currency="USD")


def test_import_woo_sample_first_run_creates_18_products_and_22_skus(
    run_import, woo_csv
):
    summary, _ = run_import(woo_csv)

    assert summary == SAMPLE_FIRST_RUN
    assert Product.objects.count() == 18
    assert Variant.objects.count() == 22
    assert VariantPrice.objects.filter(currency="USD").count() == 22


def test_import_woo_sample_second_run_changes_nothing(run_import, woo_csv):
    run_import(woo_csv)
    before = list(Product.objects.values_list("pk", "updated_at", "latest_revision_id"))

    summary, _ = run_import(woo_csv)

    assert summary == SAMPLE_SECOND_RUN
    after = list(Product.objects.values_list("pk", "updated_at", "latest_revision_id"))
    assert after == before


def test_import_woo_sample_kinds_match_the_readme(woo_catalog):
    kinds = dict(
        Product.objects.values_list("kind").annotate().values_list("code", "kind")
    )

    assert sorted(kinds.values()).count("variable") == 2
    assert sorted(kinds.values()).count("simple") == 14
    assert kinds["logo-collection"] == "grouped"
    assert kinds["wp-pennant"] == "external"
    variations = Variant.objects.filter(product__kind="variable").count()
    assert variations == 7


@pytest.mark.parametrize(
    ("sku", "amount", "sale"),
    [
        ("woo-beanie", "20.00", "18.00"),
        ("woo-belt", "65.00", "55.00"),
        ("woo-hoodie-red", "45.00", "42.00"),
        ("wp-pennant", "11.05", None),
    ],
)
def test_import_woo_sample_prices_match_the_readme(woo_catalog, sku, amount, sale):
    price = _price(sku)

    assert price.amount == Decimal(amount)
    assert price.sale_amount == (Decimal(sale) if sale else None)


def test_import_woo_sample_grouped_product_has_no_price_and_links_members(woo_catalog):
    grouped = Product.objects.get(code="logo-collection")

    assert not grouped.variants.exists()
    assert set(grouped.grouped_products.values_list("code", flat=True)) == {
        "woo-hoodie-with-logo",
        "woo-tshirt",
        "woo-beanie",
    }


def test_import_woo_sample_virtual_downloadable_goods_do_not_ship(woo_catalog):
    album = Variant.objects.get(sku="woo-album")
    tee = Variant.objects.get(sku="woo-tshirt")

    assert (album.is_virtual, album.is_downloadable, album.requires_shipping) == (
        True,
        True,
        False,
    )
    assert tee.requires_shipping is True


def test_import_woo_sample_variations_link_to_parent_by_sku(woo_catalog):
    hoodie = Product.objects.get(code="woo-hoodie")

    skus = sorted(hoodie.variants.values_list("sku", flat=True))
    blue_logo = Variant.objects.get(sku="woo-hoodie-blue-logo")
    options = {v.attribute.name: v.name for v in blue_logo.option_values.all()}

    assert skus == [
        "woo-hoodie-blue",
        "woo-hoodie-blue-logo",
        "woo-hoodie-green",
        "woo-hoodie-red",
    ]
    assert options == {"Color": "Blue", "Logo": "Yes"}
    assert set(hoodie.variant_axes.values_list("name", flat=True)) == {"Color", "Logo"}


def test_import_woo_sample_variation_inherits_parent_weight(woo_catalog):
    variant = Variant.objects.get(sku="woo-vneck-tee-red")

    assert variant.weight == Decimal("0.5")
    assert variant.weight_unit == "lb"
    assert variant.dimension_unit == "in"


def test_import_woo_sample_categories_become_a_shop_tree(woo_catalog):
    hoodies = ShopCategory.objects.get(path="clothing/hoodies")

    assert hoodies.parent.path == "clothing"
    assert hoodies.full_name == "Clothing > Hoodies"
    assert Product.objects.get(code="woo-hoodie").categories.get() == hoodies


def test_import_woo_sample_attribute_values_are_reused(woo_catalog):
    blues = AttributeValue.objects.filter(attribute__slug="color", slug__iexact="blue")

    assert blues.count() == 1


def test_import_woo_sample_live_products_have_a_published_revision(woo_catalog):
    product = Product.objects.get(code="woo-beanie")

    assert product.live is True
    assert product.live_revision_id is not None
    assert product.live_revision_id == product.latest_revision_id
    assert product.has_unpublished_changes is False


def test_import_woo_sample_unreachable_images_are_recorded_for_retry(woo_catalog):
    images = ProductImage.objects.filter(product__code="woo-hoodie").order_by(
        "sort_order"
    )

    assert len(images) == 4
    assert all(item.image_id is None for item in images)
    assert images[0].source_url.endswith("hoodie-2.jpg")
    assert all(item.fetch_error for item in images)


def test_import_dry_run_writes_nothing_but_counts(run_import, woo_csv):
    summary, err = run_import(woo_csv, dry_run=True)

    assert summary == SAMPLE_FIRST_RUN
    assert "dry run" in err
    assert Product.objects.count() == 0
    assert Variant.objects.count() == 0


def test_import_bad_row_is_rejected_with_row_column_and_reason(
    run_import, woo_file, tmp_path
):
    path = woo_file(
        """
        1,simple,GOOD-1,Good mug,1,,,,,1,,,,12.50,Kitchen,,,,,,,,
        2,simple,BAD-1,Bad mug,1,,,,,1,,,,twelve,Kitchen,,,,,,,,
        3,simple,GOOD-2,Other mug,1,,,,,1,,,9,10,Kitchen,,,,,,,,
        """
    )
    report = tmp_path / "rejects.csv"

    summary, err = run_import(path, report=str(report))

    assert summary.startswith(
        "products: created 2, updated 0, unchanged 0, rejected 1;"
    )
    assert "row 3, column Regular price (BAD-1): 'twelve' is not a number" in err
    rows = list(csv.DictReader(report.open()))
    assert rows == [
        {
            "severity": "rejected",
            "row": "3",
            "column": "Regular price",
            "record": "BAD-1",
            "reason": "'twelve' is not a number",
        }
    ]
    assert set(Variant.objects.values_list("sku", flat=True)) == {"GOOD-1", "GOOD-2"}


def test_import_bad_variation_rejects_its_whole_product(run_import, woo_file):
    path = woo_file(
        """
        10,variable,TEE,Tee,1,,,,,1,,,,,Clothing,,,,,,,Size,"S, M"
        11,variation,TEE-S,Tee S,1,,,,,1,,,,15,,,,TEE,,,,Size,S
        12,variation,TEE-M,Tee M,1,,,,,1,,,20,15,,,,TEE,,,,Size,M
        13,simple,MUG,Mug,1,,,,,1,,,,8,Kitchen,,,,,,,,
        """
    )

    summary, err = run_import(path)

    assert summary == (
        "products: created 1, updated 0, unchanged 0, rejected 1; "
        "skus: created 1, updated 0, unchanged 0"
    )
    assert "row 4, column Sale price (TEE-M): 20 is not lower than the price 15" in err
    assert "product TEE not imported, so rows 2, 3 were not imported either" in err
    assert not Product.objects.filter(code="TEE").exists()
    assert not Variant.objects.filter(sku__startswith="TEE").exists()


def test_import_variation_with_unknown_parent_is_rejected(run_import, woo_file):
    path = woo_file(
        """
        11,variation,TEE-S,Tee S,1,,,,,1,,,,15,,,,NOPE,,,,Size,S
        """
    )

    summary, err = run_import(path)

    assert "rejected 1;" in summary
    assert "row 2, column Parent (TEE-S): no product 'NOPE' in this file" in err


def test_import_sku_is_unique_case_insensitively(run_import, woo_file):
    path = woo_file(
        """
        1,simple,MUG-1,Mug,1,,,,,1,,,,8,Kitchen,,,,,,,,
        2,simple,mug-1,Mug again,1,,,,,1,,,,9,Kitchen,,,,,,,,
        """
    )

    summary, _ = run_import(path)

    assert "created 1, updated 0, unchanged 0, rejected 1;" in summary
    assert Variant.objects.get().sku == "MUG-1"


def test_import_changed_price_updates_only_that_sku(run_import, woo_file, tmp_path):
    first = woo_file(
        """
        1,simple,MUG-1,Mug,1,,,,,1,,,,8,Kitchen,,,,,,,,
        2,simple,MUG-2,Big mug,1,,,,,1,,,,9,Kitchen,,,,,,,,
        """
    )
    run_import(first)
    second = woo_file(
        """
        1,simple,MUG-1,Mug,1,,,,,1,,,,8,Kitchen,,,,,,,,
        2,simple,MUG-2,Big mug,1,,,,,1,,,,9.5,Kitchen,,,,,,,,
        """,
        name="second.csv",
    )

    summary, _ = run_import(second)

    assert summary == (
        "products: created 0, updated 0, unchanged 2, rejected 0; "
        "skus: created 0, updated 1, unchanged 1"
    )
    assert _price("MUG-2").amount == Decimal("9.50")


@pytest.mark.parametrize(
    ("currency", "raw", "expected"),
    [
        ("USD", "11.055", "11.06"),
        ("USD", "11.045", "11.05"),
        ("JPY", "1999.5", "2000"),
        ("JPY", "1999.4", "1999"),
        ("BHD", "1.2345", "1.235"),
    ],
)
def test_import_prices_round_half_up_to_the_currency_minor_unit(
    run_import, woo_file, currency, raw, expected
):
    path = woo_file(f"1,simple,MUG-1,Mug,1,,,,,1,,,,{raw},Kitchen,,,,,,,,\n")

    run_import(path, currency=currency)

    assert VariantPrice.objects.get().amount == Decimal(expected)


def test_import_unknown_currency_is_refused(run_import, woo_file):
    from django.core.management.base import CommandError

    path = woo_file("1,simple,MUG-1,Mug,1,,,,,1,,,,8,Kitchen,,,,,,,,\n")

    with pytest.raises(CommandError, match="XYZ is not an ISO 4217 currency code"):
        run_import(path, currency="XYZ")


def test_import_sale_dates_are_kept(run_import, woo_file):
    path = woo_file(
        "1,simple,MUG-1,Mug,1,,,2026-01-10,2026-01-20,1,,,7,8,Kitchen,,,,,,,,\n"
    )

    run_import(path)

    price = VariantPrice.objects.get()
    assert price.sale_starts_at.date().isoformat() == "2026-01-10"
    assert price.sale_ends_at.date().isoformat() == "2026-01-20"
    assert price.sale_ends_at > price.sale_starts_at


def test_import_quoted_multiline_cells_and_crlf(run_import, tmp_path):
    from tests.catalog.conftest import WOO_HEADER

    body = '1,simple,MUG-1,"Mug, large",1,,"Line one\r\n\r\nLine two",,,1,,,,8,Kitchen,,,,,,,,\r\n'
    path = tmp_path / "crlf.csv"
    path.write_bytes(
        "\ufeff".encode() + (WOO_HEADER.replace("\n", "\r\n") + body).encode()
    )

    summary, _ = run_import(path)

    product = Product.objects.get()
    assert "created 1," in summary
    assert product.name == "Mug, large"
    assert product.description == "<p>Line one</p><p>Line two</p>"


def test_import_missing_columns_fails_the_command(run_import, tmp_path):
    from django.core.management.base import CommandError

    path = tmp_path / "bad.csv"
    path.write_text("Name,Price\nMug,8\n")

    with pytest.raises(
        CommandError, match=r"row 1, column Type, SKU, Regular price: missing"
    ):
        run_import(path)


def test_import_empty_file_fails_the_command(run_import, tmp_path):
    from django.core.management.base import CommandError

    path = tmp_path / "empty.csv"
    path.write_text("\n")

    with pytest.raises(CommandError, match="empty.csv is empty"):
        run_import(path)


def test_import_non_utf8_file_names_the_line(run_import, tmp_path):
    from django.core.management.base import CommandError

    path = tmp_path / "latin1.csv"
    path.write_bytes("ID,Type,SKU,Name\n1,simple,M,Caf\xe9\n".encode("latin-1"))

    with pytest.raises(CommandError, match="is not UTF-8: line 2"):
        run_import(path)


def test_import_unwritable_report_fails_before_writing(run_import, woo_file):
    from django.core.management.base import CommandError

    path = woo_file("1,simple,MUG-1,Mug,1,,,,,1,,,,8,Kitchen,,,,,,,,\n")

    with pytest.raises(CommandError, match="--report: cannot write"):
        run_import(path, report="/nonexistent-dir/r.csv")

    assert not Product.objects.exists()


def test_import_variation_finds_its_parent_sku_ignoring_case(run_import, woo_file):
    path = woo_file(
        """
        10,variable,Tee-Parent,Tee,1,,,,,1,,,,,Clothing,,,,,,,Size,"S, M"
        11,variation,TEE-S,Tee S,1,,,,,1,,,,15,,,,tee-PARENT,,,,Size,S
        """
    )

    summary, _ = run_import(path)

    assert summary == (
        "products: created 1, updated 0, unchanged 0, rejected 0; "
        "skus: created 1, updated 0, unchanged 0"
    )
    assert Variant.objects.get().product.code == "Tee-Parent"
