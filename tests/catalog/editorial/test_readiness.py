from decimal import Decimal

import pytest
from django.urls import reverse

from cms.catalog.editorial.readiness import (
    product_listed_markets,
    product_readiness_issues,
)
from cms.catalog.error_codes import ReadinessCode
from cms.catalog.models import Market, Product, RestrictedTerm, VariantPrice


def _codes(product):
    return [
        (issue.code, issue.market)
        for issue in product_readiness_issues(product=product)
    ]


def test_product_readiness_issues_complete_usd_product_none(product):
    assert product_readiness_issues(product=product) == []


def test_product_listed_markets_usd_prices_us_only(product):
    assert [m.code for m in product_listed_markets(product=product)] == ["US"]


def test_product_listed_markets_inactive_market_skipped(product):
    Market.objects.filter(code="US").update(is_active=False)

    assert product_listed_markets(product=product) == []
    assert _codes(product) == [(ReadinessCode.NOT_LISTED, "")]


def test_product_readiness_issues_no_alt_text_rejected(product):
    image = product.images.first()
    image.alt_text = ""
    image.save()

    issues = product_readiness_issues(product=Product.objects.get(pk=product.pk))

    assert [i.code for i in issues] == [ReadinessCode.MISSING_ALT_TEXT]
    assert issues[0].message == "The main image has no alt text."


def test_product_readiness_issues_no_image_rejected(product):
    product.images.all().delete()

    assert _codes(Product.objects.get(pk=product.pk)) == [
        (ReadinessCode.MISSING_IMAGE, "")
    ]


@pytest.mark.parametrize(
    ("hs_code", "origin", "requires_shipping", "expected"),
    [
        ("", "PT", True, [(ReadinessCode.MISSING_CUSTOMS, "")]),
        ("6912.00", "", True, [(ReadinessCode.MISSING_CUSTOMS, "")]),
        ("", "", False, []),
    ],
)
def test_product_readiness_issues_customs_facts(
    product, hs_code, origin, requires_shipping, expected
):
    product.variants.update(
        hs_code=hs_code, country_of_origin=origin, requires_shipping=requires_shipping
    )

    assert _codes(product) == expected


def test_product_readiness_issues_eur_price_needs_german_and_french(product):
    VariantPrice.objects.create(
        variant=product.variants.get(), currency="EUR", amount=Decimal("11")
    )

    codes = _codes(product)

    assert codes == [
        (ReadinessCode.MISSING_TRANSLATION, "DE"),
        (ReadinessCode.MISSING_TRANSLATION, "FR"),
    ]


def test_product_readiness_issues_sku_without_market_price_rejected(product):
    second = product.variants.create(
        sku="MUG-1-RED", hs_code="6912.00", country_of_origin="PT"
    )
    VariantPrice.objects.create(variant=second, currency="GBP", amount=Decimal("9"))

    issues = product_readiness_issues(product=product)

    assert {(i.code, i.market) for i in issues} == {
        (ReadinessCode.MISSING_PRICE, "US"),
        (ReadinessCode.MISSING_PRICE, "GB"),
    }
    assert "US: SKU MUG-1-RED has no price in USD." in [i.message for i in issues]


def test_product_readiness_issues_restricted_term_matches_whole_words(product):
    market = Market.objects.get(code="US")
    RestrictedTerm.objects.create(market=market, term="Cures", reason="health claim")
    RestrictedTerm.objects.create(market=market, term="mug")
    product.description = "<p>This mug cures colds. A smugly good mug.</p>"

    issues = product_readiness_issues(product=product)

    assert sorted(i.message for i in issues) == [
        "US: the text uses the restricted term “Cures” (health claim).",
        "US: the text uses the restricted term “mug”.",
    ]


def test_product_readiness_issues_restricted_term_other_market_ignored(product):
    RestrictedTerm.objects.create(market=Market.objects.get(code="DE"), term="mug")

    assert product_readiness_issues(product=product) == []


def test_product_readiness_issues_empty_description_rejected(product):
    product.description = "<p> </p>"

    assert _codes(product) == [(ReadinessCode.MISSING_TRANSLATION, "US")]


def test_restricted_term_admin_listing_shows_terms(admin_client, db):
    RestrictedTerm.objects.create(
        market=Market.objects.get(code="DE"), term="heilt", reason="health claim"
    )

    response = admin_client.get(reverse("wagtailsnippets_catalog_restrictedterm:list"))

    assert response.status_code == 200
    assert "heilt" in response.content.decode()


def test_product_readiness_issues_external_product_needs_no_customs(product):
    product.variants.update(hs_code="", country_of_origin="")
    Product.objects.filter(pk=product.pk).update(kind=Product.Kind.EXTERNAL)

    assert _codes(Product.objects.get(pk=product.pk)) == []


def test_product_readiness_issues_unfetched_main_image_says_so(product):
    product.images.update(image=None, source_url="https://cdn.example/mug.jpg")

    issues = product_readiness_issues(product=Product.objects.get(pk=product.pk))

    assert [i.code for i in issues] == [ReadinessCode.MISSING_IMAGE]
    assert "never fetched from https://cdn.example/mug.jpg" in issues[0].message


def test_product_listed_markets_grouped_product_follows_its_members(product, locale_en):
    group = Product.objects.create(
        locale=locale_en, code="SET", name="Set", slug="set", kind="grouped"
    )
    group.grouped_products.set([product])

    assert [m.code for m in product_listed_markets(product=group)] == ["US"]
