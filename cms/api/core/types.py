"""Types every API area shares: money and Relay page info."""

import functools
from decimal import Decimal

import graphene

from cms.catalog.money import format_amount


class Money(graphene.ObjectType):
    """An amount in one currency, rounded to the currency's minor unit."""

    amount = graphene.String(
        required=True, description='Decimal amount as a string, e.g. "18.00".'
    )
    currency = graphene.String(required=True, description="ISO 4217 code.")
    formatted = graphene.String(
        required=True, description='Display text in the served locale, e.g. "$18.00".'
    )


class MoneyValue:
    """The object a Money field resolves from."""

    __slots__ = ("amount", "currency", "formatted")

    def __init__(self, amount: Decimal, currency: str, locale: str):
        self.amount = str(amount)
        self.currency = currency
        self.formatted = _formatted(self.amount, currency, locale)


@functools.lru_cache(maxsize=8192)
def _formatted(amount: str, currency: str, locale: str) -> str:
    # Babel parses its locale data on every call; prices repeat a lot.
    return format_amount(Decimal(amount), currency, locale)


class PageInfo(graphene.ObjectType):
    has_next_page = graphene.Boolean(required=True)
    has_previous_page = graphene.Boolean(required=True)
    start_cursor = graphene.String()
    end_cursor = graphene.String()
