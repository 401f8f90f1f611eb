"""Catalog models, split by concern; import them from here.

Words live on translatable models (one row per locale, shared
``translation_key``); sellable facts live once on ``Variant`` and ``VariantPrice``.
"""

from .attributes import Attribute, AttributeValue
from .brands import Brand
from .markets import Market, RestrictedTerm
from .products import Product, ProductImage, ProductTag
from .roles import GroupLocale
from .taxonomy import GoogleCategory, GoogleCategoryName, ShopCategory
from .variants import Variant, VariantPrice
from .workflows import MarketReadinessTask

__all__ = [
    "Attribute",
    "AttributeValue",
    "Brand",
    "GoogleCategory",
    "GoogleCategoryName",
    "GroupLocale",
    "Market",
    "MarketReadinessTask",
    "Product",
    "ProductImage",
    "ProductTag",
    "RestrictedTerm",
    "ShopCategory",
    "Variant",
    "VariantPrice",
]
