"""The products filter input and its translation into a selector filter."""

import graphene

from cms.api.catalog.enums import ProductKind
from cms.catalog.selectors import AttributeFilter, ProductFilter


class AttributeValueFilterInput(graphene.InputObjectType):
    attribute = graphene.String(
        required=True, description='Attribute slug, e.g. "color".'
    )
    values = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Value slugs; a product matches if it has any of them.",
    )


class ProductFilterInput(graphene.InputObjectType):
    category = graphene.String(
        description='Shop category path, e.g. "clothing"; includes its descendants.'
    )
    google_category = graphene.Int(
        description="Google category id; includes its descendants."
    )
    brand = graphene.String(description="Brand slug.")
    price_min = graphene.Decimal(description="In the market currency, sale-aware.")
    price_max = graphene.Decimal(description="In the market currency, sale-aware.")
    attribute_values = graphene.List(
        graphene.NonNull(AttributeValueFilterInput),
        description="Every attribute listed must match.",
    )
    in_stock = graphene.Boolean(
        description=(
            "true: only products with a variant in stock; "
            "false: only products with none in stock."
        )
    )
    kind = graphene.Field(ProductKind)
    search = graphene.String(description="Search text; enables sortBy RELEVANCE.")


def enum_value(member):
    """Return the Python value of a graphene enum argument (None stays None)."""
    return getattr(member, "value", member)


def product_filter_from_input(data: dict | None) -> ProductFilter:
    """Return the selector filter for the GraphQL input (absent input: no filter)."""
    if not data:
        return ProductFilter()
    return ProductFilter(
        category_path=data.get("category") or None,
        google_category_id=data.get("google_category"),
        brand_slug=data.get("brand") or None,
        price_min=data.get("price_min"),
        price_max=data.get("price_max"),
        attributes=tuple(
            AttributeFilter(item["attribute"], tuple(item["values"]))
            for item in data.get("attribute_values") or ()
        ),
        in_stock=data.get("in_stock"),
        kind=enum_value(data.get("kind")),
        search=(data.get("search") or "").strip() or None,
    )
