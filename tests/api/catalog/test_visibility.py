"""Only live revisions are public; drafts open with a preview token only."""

import pytest

from cms.api.preview.tokens import preview_token_issue

PRODUCT = """
query Product($slug: String, $token: String) {
  product(market: "US", slug: $slug, previewToken: $token) { name slug locale }
}
"""

NAMES = '{ products(market: "US", first: 50) { totalCount edges { node { name } } } }'


def _names(body: dict) -> list[str]:
    return [edge["node"]["name"] for edge in body["data"]["products"]["edges"]]


def test_products_never_published_product_is_not_listed(live_product, english, graphql):
    # given a live product and a product saved only as a draft
    from cms.catalog.models import Product

    live_product("Visible")
    draft = Product(locale=english, code="d1", name="Draft only", slug="draft-only")
    draft.live = False
    draft.save()
    draft.save_revision()

    # when
    body = graphql(NAMES)

    # then
    assert _names(body) == ["Visible"]
    assert body["data"]["products"]["totalCount"] == 1
    assert graphql(PRODUCT, {"slug": "draft-only"})["data"]["product"] is None


def test_products_unpublished_product_disappears(live_product, graphql):
    # given a product that was live and then unpublished
    live_product("Kept")
    gone = live_product("Gone")
    gone.unpublish()

    # when
    body = graphql(NAMES)

    # then
    assert _names(body) == ["Kept"]


def test_product_pending_draft_keeps_the_live_words(live_product, graphql):
    # given a live product whose editor saved a new draft name
    product = live_product("Live name", slug="thing")
    product.name = "Draft name"
    product.save_revision()

    # when
    body = graphql(PRODUCT, {"slug": "thing"})

    # then
    assert body["data"]["product"]["name"] == "Live name"


def test_product_preview_token_serves_the_latest_draft(live_product, graphql):
    # given a live product with a newer draft, and a token for it
    product = live_product("Live name", slug="thing")
    product.name = "Draft name"
    product.save_revision()
    token = preview_token_issue(product_id=product.pk, user_id=None)

    # when
    body = graphql(PRODUCT, {"token": token})

    # then
    assert body["data"]["product"] == {
        "name": "Draft name",
        "slug": "thing",
        "locale": "en",
    }


def test_product_preview_token_opens_a_never_published_draft(english, graphql):
    # given a product that was never published
    from cms.catalog.models import Product

    draft = Product(locale=english, code="d1", name="Secret", slug="secret", live=False)
    draft.save()
    draft.save_revision()
    token = preview_token_issue(product_id=draft.pk, user_id=None)

    # when
    body = graphql(PRODUCT, {"token": token})

    # then
    assert body["data"]["product"]["name"] == "Secret"


@pytest.mark.parametrize(
    ("token", "code"),
    [("not-a-token", "PREVIEW_TOKEN_INVALID"), ("", None)],
)
def test_product_bad_preview_token_is_refused_with_a_code(db, graphql, token, code):
    # given a token that was not issued by this server

    # when
    body = graphql(PRODUCT, {"token": token, "slug": "nothing"})

    # then an invalid token is an error; an empty one is no token at all
    if code is None:
        assert body == {"data": {"product": None}}
    else:
        assert body["errors"][0]["extensions"]["code"] == code


def test_product_expired_preview_token_is_refused(live_product, graphql, settings):
    # given tokens that expire at once
    product = live_product("Thing")
    settings.API_PREVIEW_TOKEN_MAX_AGE = -1
    token = preview_token_issue(product_id=product.pk, user_id=None)

    # when
    body = graphql(PRODUCT, {"token": token})

    # then
    assert body["errors"][0]["extensions"]["code"] == "PREVIEW_TOKEN_EXPIRED"


@pytest.mark.parametrize("field", ["costPrice", "costCurrency", "cost_price"])
def test_variant_private_cost_fields_are_not_in_the_schema(db, graphql, field):
    # given the public schema

    # when
    body = graphql(f'{{ variant(market: "US", sku: "x") {{ {field} }} }}')

    # then
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert "data" not in body or body["data"] is None


def test_products_market_without_prices_in_its_currency_lists_nothing(
    woo_catalog, graphql
):
    # given the WooCommerce sample, priced in USD only
    query = '{ products(market: "GB", first: 100) { totalCount } }'

    # when
    body = graphql(query)

    # then
    assert body["data"]["products"]["totalCount"] == 0


def test_products_market_lists_what_has_its_price_and_groups_of_it(
    woo_catalog, graphql
):
    # given a GBP price on the beanie, a member of the grouped Logo Collection
    from decimal import Decimal

    from cms.catalog.models import Variant, VariantPrice

    beanie = Variant.objects.get(sku="woo-beanie")
    VariantPrice.objects.create(variant=beanie, currency="GBP", amount=Decimal("15"))
    query = '{ products(market: "GB", first: 100) { edges { node { name } } } }'

    # when
    body = graphql(query)

    # then
    names = {edge["node"]["name"] for edge in body["data"]["products"]["edges"]}
    assert names == {"Beanie", "Logo Collection"}
