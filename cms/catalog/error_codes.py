"""Codes carried by the catalog's validation errors and readiness reasons."""

from enum import StrEnum


class CatalogErrorCode(StrEnum):
    SLUG_TAKEN = "slug_taken"
    CODE_TAKEN = "code_taken"


class ReadinessCode(StrEnum):
    """Why a product is not ready for a market (the market readiness task)."""

    NOT_LISTED = "not_listed"
    MISSING_TRANSLATION = "missing_translation"
    MISSING_PRICE = "missing_price"
    MISSING_IMAGE = "missing_image"
    MISSING_ALT_TEXT = "missing_alt_text"
    MISSING_CUSTOMS = "missing_customs"
    RESTRICTED_TERM = "restricted_term"
