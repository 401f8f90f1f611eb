"""Locale fallback: a missing translation falls back to the market's default."""

LISTING = """
query Listing($locale: String) {
  products(market: "US", locale: $locale, first: 10) {
    edges { node { name slug locale translations { locale slug } } }
  }
}
"""


def test_products_german_request_serves_translation_and_falls_back(
    translated_pair, graphql
):
    # given a German translation of Shirt only

    # when
    body = graphql(LISTING, {"locale": "de"})

    # then
    nodes = {e["node"]["slug"]: e["node"] for e in body["data"]["products"]["edges"]}
    assert nodes["hemd"]["name"] == "Hemd"
    assert nodes["hemd"]["locale"] == "de"
    assert nodes["sock"]["locale"] == "en"
    assert len(nodes) == 2
    assert {"locale": "de", "slug": "hemd"} in nodes["hemd"]["translations"]


def test_products_without_locale_serve_the_market_default(translated_pair, graphql):
    # given a German translation of Shirt only

    # when
    body = graphql(LISTING)

    # then
    nodes = [e["node"] for e in body["data"]["products"]["edges"]]
    assert [(n["slug"], n["locale"]) for n in nodes] == [
        ("shirt", "en"),
        ("sock", "en"),
    ]


def test_product_variants_are_shared_by_the_translation(translated_pair, graphql):
    # given a German translation (variants hang off the English row)

    # when
    body = graphql(
        '{ product(market: "US", locale: "de", slug: "hemd") '
        "{ locale variants { sku price { amount formatted } } } }"
    )

    # then
    product = body["data"]["product"]
    assert product["locale"] == "de"
    assert product["variants"][0]["sku"] == "shirt"
    assert product["variants"][0]["price"]["amount"] == "10.00"


def test_products_locale_the_market_does_not_serve_is_an_error(
    translated_pair, graphql
):
    # given the US market serving en and de only

    # when
    body = graphql(LISTING, {"locale": "ja"})

    # then
    assert body["errors"][0]["extensions"]["code"] == "LOCALE_NOT_AVAILABLE"
