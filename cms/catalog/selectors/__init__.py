"""Catalog reads: plain, typed, keyword-only functions."""

from .permissions import user_can_edit_locale
from .products import product_live_list
from .readiness import (
    ReadinessIssue,
    product_listed_markets,
    product_readiness_issues,
    readiness_issues_for_object,
)
from .translations import (
    TranslationStatus,
    TranslationStatusRow,
    product_translation_status,
)

__all__ = [
    "ReadinessIssue",
    "TranslationStatus",
    "TranslationStatusRow",
    "product_listed_markets",
    "product_live_list",
    "product_readiness_issues",
    "product_translation_status",
    "readiness_issues_for_object",
    "user_can_edit_locale",
]
