"""Money arithmetic: Decimal amounts rounded to the currency's ISO 4217 minor unit.

Babel carries the CLDR currency data (minor units and formatting), so we ask it
rather than keep a table of our own.
"""

import functools
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import (
    format_currency,
    get_currency_precision,
    is_currency,
)


class MoneyError(ValueError):
    """An amount or currency that cannot be a price."""


def validate_currency(code: str) -> str:
    code = (code or "").strip().upper()
    if len(code) != 3 or not is_currency(code):
        raise MoneyError(f"{code or '(empty)'} is not an ISO 4217 currency code")
    return code


@functools.lru_cache(maxsize=512)
def minor_units(currency: str) -> int:
    return get_currency_precision(validate_currency(currency))


def quantize(amount: Decimal | str | int, currency: str) -> Decimal:
    """Round an amount to the currency's minor unit, half-up (0 decimals for JPY)."""
    if isinstance(amount, float):
        raise MoneyError("prices are never floats; pass a Decimal or a string")
    try:
        value = Decimal(str(amount).strip())
    except (InvalidOperation, ValueError) as exc:
        raise MoneyError(f"{amount!r} is not a number") from exc
    if not value.is_finite():
        raise MoneyError(f"{amount!r} is not a finite number")
    exponent = Decimal(1).scaleb(-minor_units(currency))
    return value.quantize(exponent, rounding=ROUND_HALF_UP)


def format_amount(amount: Decimal, currency: str, locale: str = "en") -> str:
    """Format for display in a locale, e.g. "$18.00" or "18,00 €"."""
    babel_locale = locale.replace("-", "_")
    if babel_locale == "zh_hans":
        babel_locale = "zh_Hans"
    return format_currency(amount, currency, locale=babel_locale)
