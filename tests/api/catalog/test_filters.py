"""Product filters and sorting, on the WooCommerce sample."""

import pytest

SEARCH = """
query Find($filter: ProductFilterInput, $sortBy: ProductSortField) {
  products(market: "US", first: 50, filter: $filter, sortBy: $sortBy) {
    totalCount
    edges { node { name slug kind variants { price { amount } salePrice { amount } } } }
  }
}
"""


def _names(body):
    return [edge["node"]["name"] for edge in body["data"]["products"]["edges"]]


def test_products_search_hoodie_by_relevance_finds_the_four_hoodies(
    woo_catalog, graphql
):
    # given the WooCommerce sample, indexed by Wagtail's database backend

    # when
    body = graphql(SEARCH, {"filter": {"search": "hoodie"}, "sortBy": "RELEVANCE"})

    # then
    names = _names(body)
    assert len(names) == 4
    assert all("Hoodie" in name for name in names)
    assert body["data"]["products"]["totalCount"] == 4


def test_products_relevance_without_search_is_an_error(woo_catalog, graphql):
    # given the WooCommerce sample

    # when
    body = graphql(SEARCH, {"sortBy": "RELEVANCE"})

    # then
    assert body["errors"][0]["extensions"]["code"] == "SORT_NEEDS_SEARCH"


def test_products_search_combines_with_other_filters(woo_catalog, graphql):
    # given the WooCommerce sample

    # when searching hoodies that are variable products
    body = graphql(SEARCH, {"filter": {"search": "hoodie", "kind": "VARIABLE"}})

    # then
    assert _names(body) == ["Hoodie"]


def test_products_category_filter_includes_descendants(woo_catalog, graphql):
    # given the sample's clothing tree (clothing/hoodies, clothing/tshirts, …)

    # when
    clothing = graphql(SEARCH, {"filter": {"category": "clothing"}})
    hoodies = graphql(SEARCH, {"filter": {"category": "clothing/hoodies"}})

    # then
    assert set(_names(hoodies)) < set(_names(clothing))
    assert "Hoodie with Logo" in _names(hoodies)
    assert "Album" not in _names(clothing)


def test_products_unknown_category_is_an_error(woo_catalog, graphql):
    # given the WooCommerce sample

    # when
    body = graphql(SEARCH, {"filter": {"category": "nope"}})

    # then
    assert body["errors"][0]["extensions"]["code"] == "CATEGORY_NOT_FOUND"


def test_products_price_range_uses_the_sale_price_while_on(woo_catalog, graphql):
    # given the beanie at 20.00 on sale for 18.00

    # when
    body = graphql(SEARCH, {"filter": {"priceMin": "17", "priceMax": "18.5"}})

    # then
    assert "Beanie" in _names(body)
    assert all(
        any(
            17 <= float((v["salePrice"] or v["price"])["amount"]) <= 18.5
            for v in edge["node"]["variants"]
        )
        for edge in body["data"]["products"]["edges"]
    )


def test_products_price_min_above_max_is_an_error(woo_catalog, graphql):
    # given the WooCommerce sample

    # when
    body = graphql(SEARCH, {"filter": {"priceMin": "20", "priceMax": "10"}})

    # then
    assert body["errors"][0]["extensions"]["code"] == "INVALID_PRICE_RANGE"


def test_products_sort_by_price_puts_the_cheapest_first(woo_catalog, graphql):
    # given the WooCommerce sample (Single at 2.00 on sale is the cheapest)

    # when
    body = graphql(SEARCH, {"sortBy": "PRICE"})

    # then
    names = _names(body)
    assert names[0] == "Single"
    assert names[-1] == "Logo Collection"  # grouped: no price, sorted last


def test_products_kind_filter_returns_only_that_kind(woo_catalog, graphql):
    # given the sample's one external product

    # when
    body = graphql(SEARCH, {"filter": {"kind": "EXTERNAL"}})

    # then
    assert [e["node"]["kind"] for e in body["data"]["products"]["edges"]] == [
        "EXTERNAL"
    ]


def test_products_in_stock_filter_drops_sold_out_products(woo_catalog, graphql):
    # given the beanie marked out of stock
    from cms.catalog.models import Variant

    Variant.objects.filter(sku="woo-beanie").update(stock_status="out_of_stock")

    # when
    body = graphql(SEARCH, {"filter": {"inStock": True}})

    # then
    assert "Beanie" not in _names(body)
    assert "Belt" in _names(body)


def test_products_in_stock_false_keeps_only_sold_out_products(woo_catalog, graphql):
    # given the beanie marked out of stock
    from cms.catalog.models import Variant

    Variant.objects.filter(sku="woo-beanie").update(stock_status="out_of_stock")

    # when
    body = graphql(SEARCH, {"filter": {"inStock": False}})

    # then
    assert "Beanie" in _names(body)
    assert "Belt" not in _names(body)


@pytest.mark.parametrize(
    ("values", "expected"),
    [(["red"], True), (["RED", "nothing"], True), (["nothing"], False)],
)
def test_products_attribute_values_filter_matches_any_value(
    woo_catalog, graphql, values, expected
):
    # given the red beanie

    # when
    body = graphql(
        SEARCH,
        {"filter": {"attributeValues": [{"attribute": "color", "values": values}]}},
    )

    # then
    assert ("Beanie" in _names(body)) is expected


def test_products_brand_filter_matches_the_brand_slug(live_product, english, graphql):
    # given a live brand with one product, and an unbranded product
    from cms.catalog.models import Brand

    acme = Brand.objects.create(name="Acme", slug="acme", locale=english)
    acme.save_revision().publish(skip_permission_checks=True)
    live_product("Anvil", brand=acme)
    live_product("Feather")

    # when
    body = graphql(SEARCH, {"filter": {"brand": "acme"}})
    brands = graphql('{ brands(market: "US") { name slug locale } }')

    # then
    assert _names(body) == ["Anvil"]
    assert brands["data"]["brands"] == [
        {"name": "Acme", "slug": "acme", "locale": "en"}
    ]


def test_products_google_category_filter_includes_descendants(live_product, graphql):
    # given Google categories 1 > 2 and 3, with a product in each of 2 and 3
    from cms.catalog.models import GoogleCategory, GoogleCategoryName

    root = GoogleCategory.objects.create(id=1, depth=1, id_path="/1/", version="t")
    child = GoogleCategory.objects.create(
        id=2, parent=root, depth=2, id_path="/1/2/", version="t"
    )
    other = GoogleCategory.objects.create(id=3, depth=1, id_path="/3/", version="t")
    GoogleCategoryName.objects.create(
        category=child, locale="en-US", name="Lamps", path="Home > Lamps"
    )
    live_product("Lamp", google_category=child)
    live_product("Rug", google_category=other)

    # when
    body = graphql(
        '{ products(market: "US", first: 10, filter: {googleCategory: 1}) '
        "{ edges { node { name googleCategory { id idPath name path } } } } }"
    )

    # then
    nodes = [edge["node"] for edge in body["data"]["products"]["edges"]]
    assert nodes == [
        {
            "name": "Lamp",
            "googleCategory": {
                "id": 2,
                "idPath": "/1/2/",
                "name": "Lamps",
                "path": "Home > Lamps",
            },
        }
    ]


def test_products_sort_newest_puts_the_latest_first(live_product, graphql):
    # given two products created one after the other
    live_product("Older")
    live_product("Newer")

    # when
    body = graphql(SEARCH, {"sortBy": "NEWEST"})

    # then
    assert _names(body) == ["Newer", "Older"]


def test_products_search_without_matches_returns_an_empty_page(woo_catalog, graphql):
    # given the WooCommerce sample, which sells no tractors

    # when
    body = graphql(SEARCH, {"filter": {"search": "tractor"}})

    # then
    assert body["data"]["products"] == {"totalCount": 0, "edges": []}
