"""Codes carried by the catalog's errors: validation, selectors and readiness."""

from enum import StrEnum


class CatalogErrorCode(StrEnum):
    SLUG_TAKEN = "slug_taken"
    CODE_TAKEN = "code_taken"
    MARKET_NOT_FOUND = "market_not_found"
    LOCALE_NOT_AVAILABLE = "locale_not_available"
    CATEGORY_NOT_FOUND = "category_not_found"
    SORT_NEEDS_SEARCH = "sort_needs_search"
    INVALID_PRICE_RANGE = "invalid_price_range"


class ReadinessCode(StrEnum):
    """Why a product is not ready for a market (the market readiness task)."""

    NOT_LISTED = "not_listed"
    MISSING_TRANSLATION = "missing_translation"
    MISSING_PRICE = "missing_price"
    MISSING_IMAGE = "missing_image"
    MISSING_ALT_TEXT = "missing_alt_text"
    MISSING_CUSTOMS = "missing_customs"
    RESTRICTED_TERM = "restricted_term"
