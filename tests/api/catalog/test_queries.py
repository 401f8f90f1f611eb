"""Catalog queries on the real WooCommerce sample (18 products, 22 priced SKUs)."""

import pytest

CATALOG = """
query Catalog($first: Int) {
  products(market: "US", first: $first) {
    totalCount
    edges {
      node {
        name
        slug
        kind
        locale
        variants {
          sku
          price { amount currency formatted }
          salePrice { amount currency formatted }
          saleIsOn
        }
      }
    }
  }
}
"""

VARIANT = """
query Variant($sku: String!) {
  variant(market: "US", sku: $sku) {
    sku
    price { amount currency formatted }
    salePrice { amount currency formatted }
    availability { status inStock quantity }
    weight { value unit }
    product { name slug }
  }
}
"""

PRODUCT = """
query Product($slug: String!) {
  product(market: "US", slug: $slug) {
    id
    name
    kind
    locale
    shortDescription { html text }
    seo { title description }
    categories { name path locale }
    attributes { name values { name slug } }
    images { url hosted width alt rendition(size: SMALL, format: WEBP) { url isOriginal } }
    variants { sku options { attribute value } }
    groupedProducts { slug }
    externalUrl
    translations { locale slug }
    updatedAt
  }
}
"""


def _skus(body: dict) -> dict:
    return {
        variant["sku"].lower(): variant
        for edge in body["data"]["products"]["edges"]
        for variant in edge["node"]["variants"]
    }


def test_products_woo_catalog_lists_18_products_and_22_skus(woo_catalog, graphql):
    # given the imported WooCommerce sample

    # when
    body = graphql(CATALOG, {"first": 100})

    # then
    assert "errors" not in body
    assert body["data"]["products"]["totalCount"] == 18
    assert len(body["data"]["products"]["edges"]) == 18
    assert len(_skus(body)) == 22


@pytest.mark.parametrize(
    ("sku", "price", "sale"),
    [
        ("woo-beanie", "20.00", "18.00"),
        ("woo-hoodie-red", "45.00", "42.00"),
        ("woo-belt", "65.00", "55.00"),
        ("wp-pennant", "11.05", None),
    ],
)
def test_products_woo_catalog_prices_match_the_sample_readme(
    woo_catalog, graphql, sku, price, sale
):
    # given the imported WooCommerce sample

    # when
    variant = _skus(graphql(CATALOG, {"first": 100}))[sku]

    # then
    assert variant["price"] == {
        "amount": price,
        "currency": "USD",
        "formatted": f"${price}",
    }
    assert (variant["salePrice"] or {}).get("amount") == sale
    assert variant["saleIsOn"] is (sale is not None)


def test_variant_sku_in_other_case_returns_the_variant(woo_catalog, graphql):
    # given the imported WooCommerce sample

    # when
    body = graphql(VARIANT, {"sku": "WOO-BEANIE"})

    # then
    variant = body["data"]["variant"]
    assert variant["sku"] == "woo-beanie"
    assert variant["price"]["amount"] == "20.00"
    assert variant["salePrice"]["amount"] == "18.00"
    assert variant["product"] == {"name": "Beanie", "slug": "beanie"}
    assert variant["availability"]["inStock"] is True
    assert variant["availability"]["quantity"] is None
    assert variant["weight"] == {"value": "0.2", "unit": "LB"}


def test_variant_quantity_setting_on_exposes_opening_stock(
    woo_catalog, graphql, settings
):
    # given a shop that publishes stock quantities
    settings.API_EXPOSE_STOCK_QUANTITY = True
    from cms.catalog.models import Variant

    Variant.objects.filter(sku="woo-beanie").update(opening_stock=7)

    # when
    body = graphql(VARIANT, {"sku": "woo-beanie"})

    # then
    assert body["data"]["variant"]["availability"]["quantity"] == 7


def test_variant_unknown_sku_returns_null(woo_catalog, graphql):
    # given the imported WooCommerce sample

    # when
    body = graphql(VARIANT, {"sku": "no-such-sku"})

    # then
    assert body == {"data": {"variant": None}}


def test_product_variable_hoodie_lists_its_options_and_words(woo_catalog, graphql):
    # given the imported WooCommerce sample

    # when
    product = graphql(PRODUCT, {"slug": "hoodie"})["data"]["product"]

    # then
    assert product["kind"] == "VARIABLE"
    assert product["locale"] == "en"
    assert product["translations"] == [{"locale": "en", "slug": "hoodie"}]
    assert {v["sku"] for v in product["variants"]} >= {"woo-hoodie-red"}
    red = next(v for v in product["variants"] if v["sku"] == "woo-hoodie-red")
    assert {"attribute": "Color", "value": "Red"} in red["options"]
    assert product["categories"][0]["path"].startswith("clothing")
    assert "<" not in product["shortDescription"]["text"]
    assert product["seo"]["title"] == "Hoodie"


def test_product_unfetched_images_are_served_from_their_source_url(
    woo_catalog, graphql
):
    # given the sample imported without fetching images (tests are offline)

    # when
    product = graphql(PRODUCT, {"slug": "hoodie"})["data"]["product"]

    # then every image keeps its source URL, unhosted, with itself as rendition
    assert product["images"]
    for image in product["images"]:
        assert image["url"].startswith("https://")
        assert image["hosted"] is False
        assert image["width"] is None
        assert image["rendition"] == {"url": image["url"], "isOriginal": True}


def test_product_grouped_lists_its_members(woo_catalog, graphql):
    # given the imported WooCommerce sample's grouped product

    # when
    product = graphql(PRODUCT, {"slug": "logo-collection"})["data"]["product"]

    # then
    assert product["kind"] == "GROUPED"
    assert product["variants"] == []
    assert len(product["groupedProducts"]) == 3


def test_product_without_slug_or_id_is_a_bad_user_input(woo_catalog, graphql):
    # given the imported WooCommerce sample

    # when
    body = graphql('{ product(market: "US") { name } }')

    # then
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_products_unknown_market_is_an_error_with_its_code(db, graphql):
    # given no market XX

    # when
    body = graphql('{ products(market: "XX", first: 1) { totalCount } }')

    # then
    assert body["errors"][0]["extensions"]["code"] == "MARKET_NOT_FOUND"
    assert body["data"] is None


def test_markets_lists_the_seeded_markets_with_currencies(db, graphql):
    # given the markets the migrations seed

    # when
    body = graphql("{ markets { code currency defaultLocale } }")

    # then
    markets = {m["code"]: m for m in body["data"]["markets"]}
    assert markets["US"] == {"code": "US", "currency": "USD", "defaultLocale": "en"}
    assert markets["JP"]["currency"] == "JPY"


def test_locales_for_a_market_list_the_default_first(us_market, graphql):
    # given the US market also serving German

    # when
    body = graphql('{ locales(market: "US") { code } }')

    # then
    assert [loc["code"] for loc in body["data"]["locales"]] == ["en", "de"]


def test_categories_and_brands_list_the_woo_tree(woo_catalog, graphql):
    # given the imported WooCommerce sample

    # when
    body = graphql(
        '{ categories(market: "US") { path locale } brands(market: "US") { name } }'
    )

    # then
    paths = [c["path"] for c in body["data"]["categories"]]
    assert "clothing" in paths
    assert "clothing/hoodies" in paths
    assert all(c["locale"] == "en" for c in body["data"]["categories"])
    assert isinstance(body["data"]["brands"], list)


def test_products_jpy_market_amounts_have_no_decimals(live_product, graphql):
    # given a product priced in JPY
    from wagtail.models import Locale

    from cms.catalog.models import VariantPrice

    japanese = Locale.objects.get(language_code="ja")
    product = live_product("Teapot", price="10.00", locale=japanese)
    variant = product.variants.get()
    VariantPrice.objects.create(variant=variant, currency="JPY", amount="1499.5")

    # when the Japanese market asks
    body = graphql(
        '{ products(market: "JP", first: 5) { edges { node { locale '
        "variants { price { amount currency formatted } } } } } }"
    )

    # then the amount is rounded half-up to whole yen
    node = body["data"]["products"]["edges"][0]["node"]
    assert node["locale"] == "ja"
    price = node["variants"][0]["price"]
    assert price["amount"] == "1500"
    assert price["currency"] == "JPY"
    assert "1,500" in price["formatted"]


@pytest.mark.parametrize("make_id", [lambda p: str(p.translation_key), lambda p: "x"])
def test_product_by_id_finds_it_or_returns_null(live_product, graphql, make_id):
    # given a live product
    product = live_product("Lamp")
    product_id = make_id(product)

    # when
    body = graphql(
        'query ($id: ID) { product(market: "US", id: $id) { name } }',
        {"id": product_id},
    )

    # then an unknown or malformed id is simply not found
    expected = {"name": "Lamp"} if product_id != "x" else None
    assert body == {"data": {"product": expected}}


def test_product_external_links_to_the_merchant(woo_catalog, graphql):
    # given the sample's external WordPress Pennant

    # when
    body = graphql(
        '{ product(market: "US", slug: "wordpress-pennant") '
        "{ kind externalUrl buttonText updatedAt } }"
    )

    # then
    product = body["data"]["product"]
    assert product["kind"] == "EXTERNAL"
    assert product["externalUrl"] == (
        "https://mercantile.wordpress.org/product/wordpress-pennant/"
    )
    assert product["buttonText"] == "Buy on the WordPress swag store!"
    assert product["updatedAt"]
