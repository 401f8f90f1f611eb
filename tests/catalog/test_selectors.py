"""Selector rules: sale windows, stock availability, scope resolution."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from cms.catalog import selectors
from cms.catalog.exceptions import CatalogError
from cms.catalog.models import Variant, VariantPrice

NOW = timezone.now()


@pytest.mark.parametrize(
    ("starts", "ends", "on"),
    [
        (None, None, True),
        (NOW - timedelta(days=1), NOW + timedelta(days=1), True),
        (NOW + timedelta(days=1), None, False),
        (None, NOW, False),
    ],
)
def test_variant_pricing_sale_counts_only_inside_its_window(starts, ends, on):
    # given a 20.00 price on sale for 18.00 within a window
    price = VariantPrice(
        currency="USD",
        amount=Decimal("20"),
        sale_amount=Decimal("18"),
        sale_starts_at=starts,
        sale_ends_at=ends,
    )

    # when
    pricing = selectors.variant_pricing(price=price, at=NOW)

    # then
    assert pricing.amount == Decimal("20.00")
    assert pricing.sale_is_on is on
    assert pricing.sale_amount == (Decimal("18.00") if on else None)


@pytest.mark.parametrize(
    ("status", "stock", "in_stock", "shown"),
    [
        ("in_stock", None, True, "in_stock"),
        ("in_stock", 3, True, "in_stock"),
        ("in_stock", 0, False, "out_of_stock"),
        ("out_of_stock", 5, False, "out_of_stock"),
        ("backorder", 0, False, "backorder"),
    ],
)
def test_variant_availability_reads_status_and_opening_stock(
    settings, status, stock, in_stock, shown
):
    # given quantities hidden from the public
    settings.API_EXPOSE_STOCK_QUANTITY = False
    variant = Variant(sku="x", stock_status=status, opening_stock=stock)

    # when
    availability = selectors.variant_availability(variant=variant)

    # then
    assert availability.in_stock is in_stock
    assert availability.status == shown
    assert availability.quantity is None


def test_catalog_scope_get_defaults_to_the_market_locale(db):
    # given the seeded German market

    # when
    scope = selectors.catalog_scope_get(market_code="de")

    # then
    assert scope.market.code == "DE"
    assert scope.locale.language_code == "de"
    assert scope.currency == "EUR"


def test_catalog_scope_get_unknown_market_raises_with_code(db):
    # given no market ZZ

    # when / then
    with pytest.raises(CatalogError) as raised:
        selectors.catalog_scope_get(market_code="ZZ")
    assert raised.value.code == "market_not_found"
