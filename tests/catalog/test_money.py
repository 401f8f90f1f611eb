from decimal import Decimal

import pytest

from cms.catalog.money import MoneyError, format_amount, minor_units, quantize


@pytest.mark.parametrize(("currency", "units"), [("USD", 2), ("JPY", 0), ("BHD", 3)])
def test_minor_units_follow_iso_4217(currency, units):
    assert minor_units(currency) == units


def test_quantize_refuses_floats():
    with pytest.raises(MoneyError, match="never floats"):
        quantize(1.1, "USD")


def test_quantize_rounds_half_up_not_to_even():
    assert quantize("0.125", "USD") == Decimal("0.13")
    assert quantize("2.5", "JPY") == Decimal("3")


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "text"),
    [
        ("18", "USD", "en", "$18.00"),
        ("1999", "JPY", "ja", "￥1,999"),
        ("42.5", "EUR", "de", "42,50\xa0€"),
    ],
)
def test_format_amount_uses_the_locale(amount, currency, locale, text):
    assert format_amount(quantize(amount, currency), currency, locale) == text
