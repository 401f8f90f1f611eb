"""Product search through Wagtail's database backend (SQLite FTS5 / PostgreSQL)."""

import pytest
from wagtail.models import Locale

from cms.catalog.models import Product
from search.products import product_search_keys


@pytest.fixture
def english_ids(db) -> list[int]:
    return [Locale.objects.get(language_code="en").pk]


def test_product_search_keys_import_indexes_products_for_search(
    woo_catalog, english_ids
):
    # given the WooCommerce sample, imported through the ORM (signals index it)

    # when
    keys = product_search_keys(text="hoodie", locale_ids=english_ids, limit=50)

    # then
    names = set(
        Product.objects.filter(translation_key__in=keys, live=True).values_list(
            "name", flat=True
        )
    )
    assert names == {
        "Hoodie",
        "Hoodie with Logo",
        "Hoodie with Pocket",
        "Hoodie with Zipper",
    }


def test_product_search_keys_blank_text_finds_nothing(woo_catalog, english_ids):
    # given the WooCommerce sample

    # when
    keys = product_search_keys(text="   ", locale_ids=english_ids, limit=50)

    # then
    assert keys == []


def test_product_search_keys_skips_products_that_are_not_live(woo_catalog, english_ids):
    # given the plain Hoodie unpublished
    Product.objects.get(code="woo-hoodie").unpublish()

    # when
    keys = product_search_keys(text="hoodie", locale_ids=english_ids, limit=50)

    # then
    assert len(keys) == 3
