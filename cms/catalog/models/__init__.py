"""Catalog models, split by concern; import them from here.

Words live on translatable models (one row per locale, shared
``translation_key``); sellable facts live once on ``Variant`` and ``VariantPrice``.
"""

from .attributes import Attribute, AttributeValue
from .brands import Brand
from .markets import Market
from .products import Product, ProductImage, ProductTag
from .taxonomy import GoogleCategory, GoogleCategoryName, ShopCategory
from .variants import Variant, VariantPrice

__all__ = [
    "Attribute",
    "AttributeValue",
    "Brand",
    "GoogleCategory",
    "GoogleCategoryName",
    "Market",
    "Product",
    "ProductImage",
    "ProductTag",
    "ShopCategory",
    "Variant",
    "VariantPrice",
]
