"""Codes of the errors the catalog's selectors and services raise on purpose."""

from enum import StrEnum


class CatalogErrorCode(StrEnum):
    MARKET_NOT_FOUND = "market_not_found"
    LOCALE_NOT_AVAILABLE = "locale_not_available"
    CATEGORY_NOT_FOUND = "category_not_found"
    SORT_NEEDS_SEARCH = "sort_needs_search"
    INVALID_PRICE_RANGE = "invalid_price_range"
