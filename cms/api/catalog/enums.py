"""Enum types, each named explicitly so no two models' choices share a name."""

import graphene

from cms.catalog.models import Product, Variant
from cms.catalog.selectors import ProductSort

ProductKind = graphene.Enum(
    "ProductKind", [(value.upper(), value) for value in Product.Kind.values]
)
ProductCondition = graphene.Enum(
    "ProductCondition", [(value.upper(), value) for value in Product.Condition.values]
)
StockStatus = graphene.Enum(
    "StockStatus", [(value.upper(), value) for value in Variant.StockStatus.values]
)
WeightUnit = graphene.Enum(
    "WeightUnit", [(value.upper(), value) for value in Variant.WeightUnit.values]
)


class ProductSortField(graphene.Enum):
    NAME = ProductSort.NAME
    PRICE = ProductSort.PRICE
    NEWEST = ProductSort.NEWEST
    RELEVANCE = ProductSort.RELEVANCE

    @property
    def description(self):
        return {
            ProductSortField.NAME: "Name, A to Z.",
            ProductSortField.PRICE: "Lowest current price first; unpriced last.",
            ProductSortField.NEWEST: "Most recently created first.",
            ProductSortField.RELEVANCE: "Best search match first; needs a search text.",
        }.get(self)


class ImageSize(graphene.Enum):
    """The only rendition sizes the API generates (Wagtail filter specs)."""

    THUMBNAIL = "fill-160x160"
    SMALL = "max-400x400"
    MEDIUM = "max-800x800"
    LARGE = "max-1600x1600"


class ImageFormat(graphene.Enum):
    ORIGINAL = "original"
    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"
    AVIF = "avif"
