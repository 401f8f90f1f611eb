"""Catalog object types. Resolvers read through loaders and selectors only.

Objects reach these types as model instances tagged with ``_loaders`` (see
``dataloaders``), which carries the scope: market, locale and fallback.
"""

import graphene
from wagtail.images import get_image_model

from cms.api.catalog.enums import (
    ImageFormat,
    ImageSize,
    ProductCondition,
    ProductKind,
    StockStatus,
    WeightUnit,
)
from cms.api.core.types import Money, MoneyValue, PageInfo
from cms.catalog import selectors
from cms.catalog.richtext import rich_text_to_html, rich_text_to_plain

RASTER_FORMATS = {"jpeg", "png", "webp", "avif"}


class Locale(graphene.ObjectType):
    code = graphene.String(required=True, description="Language code, e.g. en.")
    name = graphene.String(required=True)

    @staticmethod
    def resolve_code(root, info):
        return root.language_code

    @staticmethod
    def resolve_name(root, info):
        return root.get_display_name()


class Market(graphene.ObjectType):
    code = graphene.String(required=True)
    name = graphene.String(required=True)
    currency = graphene.String(required=True)
    countries = graphene.List(graphene.NonNull(graphene.String), required=True)
    default_locale = graphene.String(required=True)
    locales = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Every locale a storefront may ask for, the default first.",
    )
    tax_inclusive = graphene.Boolean(required=True)

    @staticmethod
    def resolve_countries(root, info):
        return root.country_list

    @staticmethod
    def resolve_default_locale(root, info):
        return root.default_locale.language_code

    @staticmethod
    def resolve_locales(root, info):
        return [loc.language_code for loc in selectors.locales_list(market=root)]


class RichText(graphene.ObjectType):
    html = graphene.String(required=True)
    text = graphene.String(required=True, description="Plain text, one line a block.")

    @staticmethod
    def resolve_html(root, info):
        return rich_text_to_html(root)

    @staticmethod
    def resolve_text(root, info):
        return rich_text_to_plain(root)


class Seo(graphene.ObjectType):
    title = graphene.String(required=True)
    description = graphene.String(required=True)


class GoogleCategory(graphene.ObjectType):
    id = graphene.Int(required=True, description="Google's own numeric id.")
    id_path = graphene.String(description='Ids from the root, e.g. "/166/1604/".')
    name = graphene.String()
    path = graphene.String(description='Full name path, e.g. "Apparel > Clothing".')


class GoogleCategoryValue:
    __slots__ = ("id", "id_path", "name", "path")

    def __init__(self, category_id, name_row):
        self.id = category_id
        self.id_path = name_row.category.id_path if name_row else None
        self.name = name_row.name if name_row else None
        self.path = name_row.path if name_row else None


def _google(loaders, category_id):
    if category_id is None:
        return None
    return GoogleCategoryValue(category_id, loaders.google_names.load(category_id))


class Category(graphene.ObjectType):
    id = graphene.ID(required=True)
    name = graphene.String(required=True)
    slug = graphene.String(required=True)
    path = graphene.String(
        required=True, description='Shop path, e.g. "clothing/hoodies".'
    )
    locale = graphene.String(required=True, description="Locale served.")
    google_category = graphene.Field(GoogleCategory)

    @staticmethod
    def resolve_id(root, info):
        return root.translation_key

    @staticmethod
    def resolve_locale(root, info):
        return root._loaders.locale_code(root.locale_id)

    @staticmethod
    def resolve_google_category(root, info):
        return _google(root._loaders, root.google_category_id)


class Brand(graphene.ObjectType):
    id = graphene.ID(required=True)
    name = graphene.String(required=True)
    slug = graphene.String(required=True)
    locale = graphene.String(required=True)
    description = graphene.Field(RichText, required=True)

    @staticmethod
    def resolve_id(root, info):
        return root.translation_key

    @staticmethod
    def resolve_locale(root, info):
        return root._loaders.locale_code(root.locale_id)


class AttributeValue(graphene.ObjectType):
    name = graphene.String(required=True)
    slug = graphene.String(required=True)


class ProductAttribute(graphene.ObjectType):
    name = graphene.String(required=True)
    slug = graphene.String(required=True)
    values = graphene.List(graphene.NonNull(AttributeValue), required=True)

    @staticmethod
    def resolve_name(root, info):
        return root.attribute_name

    @staticmethod
    def resolve_slug(root, info):
        return root.attribute_slug


class VariantOption(graphene.ObjectType):
    attribute = graphene.String(required=True, description='e.g. "Color".')
    attribute_slug = graphene.String(required=True)
    value = graphene.String(required=True, description='e.g. "Red".')
    value_slug = graphene.String(required=True)

    @staticmethod
    def resolve_attribute(root, info):
        return root.attribute.name

    @staticmethod
    def resolve_attribute_slug(root, info):
        return root.attribute.slug

    @staticmethod
    def resolve_value(root, info):
        return root.name

    @staticmethod
    def resolve_value_slug(root, info):
        return root.slug


class Weight(graphene.ObjectType):
    value = graphene.String(required=True)
    unit = graphene.Field(WeightUnit, required=True)


class Availability(graphene.ObjectType):
    status = graphene.Field(StockStatus, required=True)
    in_stock = graphene.Boolean(required=True)
    quantity = graphene.Int(
        description="Units available; null unless the shop publishes quantities."
    )


class ImageRendition(graphene.ObjectType):
    url = graphene.String(required=True)
    width = graphene.Int()
    height = graphene.Int()
    is_original = graphene.Boolean(
        required=True,
        description="True when the original is served instead (SVG or not hosted).",
    )

    @staticmethod
    def resolve_url(root, info):
        return _absolute(info, root.url)


class ImageValue:
    __slots__ = ("height", "is_original", "url", "width")

    def __init__(self, url, width, height, is_original):
        self.url, self.width, self.height = url, width, height
        self.is_original = is_original


class ProductImage(graphene.ObjectType):
    """A product image. Images the import could not fetch are listed with their
    source URL (``hosted: false``, no size) rather than dropped."""

    url = graphene.String(required=True)
    width = graphene.Int()
    height = graphene.Int()
    alt = graphene.String(required=True, description="Alt text in the served locale.")
    hosted = graphene.Boolean(required=True, description="False: url is the source's.")
    rendition = graphene.Field(
        ImageRendition,
        size=graphene.Argument(ImageSize, required=True),
        format=graphene.Argument(ImageFormat, default_value=ImageFormat.ORIGINAL.value),
        description="A resized copy from the allowed sizes and formats.",
    )

    @staticmethod
    def resolve_url(root, info):
        if root.image_id is None:
            return root.source_url
        return _absolute(info, _storage_url(root.file))

    @staticmethod
    def resolve_alt(root, info):
        return root.alt_text

    @staticmethod
    def resolve_hosted(root, info):
        return root.image_id is not None

    @staticmethod
    def resolve_rendition(root, info, size, format):
        size, format = getattr(size, "value", size), getattr(format, "value", format)
        if root.image_id is None:
            return ImageValue(root.source_url, None, None, True)
        if root.is_svg:
            # Wagtail cannot rasterise SVG; the vector original scales anyway.
            return ImageValue(_storage_url(root.file), root.width, root.height, True)
        spec = (
            size if format == ImageFormat.ORIGINAL.value else f"{size}|format-{format}"
        )
        rendition = root._loaders.rendition_loader(spec).load(root.image_id)
        return ImageValue(rendition.url, rendition.width, rendition.height, False)


def _absolute(info, url: str) -> str:
    """Storefronts live on other hosts: a site-relative media URL gets this host."""
    if url.startswith("/") and not url.startswith("//"):
        return info.context.build_absolute_uri(url)
    return url


def _storage_url(name: str) -> str:
    return get_image_model()._meta.get_field("file").storage.url(name)


def _money(loaders, amount):
    if amount is None:
        return None
    return MoneyValue(
        amount, loaders.scope.currency, loaders.scope.locale.language_code
    )


class Variant(graphene.ObjectType):
    id = graphene.ID(required=True)
    sku = graphene.String(required=True)
    gtin = graphene.String()
    mpn = graphene.String()
    options = graphene.List(graphene.NonNull(VariantOption), required=True)
    price = graphene.Field(Money, description="Null when not sold in this market.")
    sale_price = graphene.Field(Money, description="Null unless a sale is on now.")
    sale_is_on = graphene.Boolean(required=True)
    weight = graphene.Field(Weight)
    availability = graphene.Field(Availability, required=True)
    product = graphene.Field(lambda: Product, required=True)

    @staticmethod
    def resolve_gtin(root, info):
        return root.gtin or None

    @staticmethod
    def resolve_mpn(root, info):
        return root.mpn or None

    @staticmethod
    def resolve_options(root, info):
        return root._loaders.options.load(root.id)

    @staticmethod
    def resolve_price(root, info):
        pricing = _pricing(root)
        return _money(root._loaders, pricing.amount) if pricing else None

    @staticmethod
    def resolve_sale_price(root, info):
        pricing = _pricing(root)
        return _money(root._loaders, pricing.sale_amount) if pricing else None

    @staticmethod
    def resolve_sale_is_on(root, info):
        pricing = _pricing(root)
        return pricing.sale_is_on if pricing else False

    @staticmethod
    def resolve_weight(root, info):
        if root.weight is None:
            return None
        return Weight(value=f"{root.weight.normalize():f}", unit=root.weight_unit)

    @staticmethod
    def resolve_availability(root, info):
        return selectors.variant_availability(variant=root)

    @staticmethod
    def resolve_product(root, info):
        served = getattr(root, "_served_product", None)
        if served is not None:
            return served
        return root._loaders.served.load(root.product_key)


def _pricing(variant):
    return variant._loaders.pricings.load(variant.id)


class Translation(graphene.ObjectType):
    locale = graphene.String(required=True)
    slug = graphene.String(required=True)


class Product(graphene.ObjectType):
    id = graphene.ID(required=True, description="Shared by every translation.")
    kind = graphene.Field(ProductKind, required=True)
    condition = graphene.Field(ProductCondition, required=True)
    slug = graphene.String(required=True)
    name = graphene.String(required=True)
    locale = graphene.String(required=True, description="The locale served.")
    short_description = graphene.Field(RichText, required=True)
    description = graphene.Field(RichText, required=True)
    seo = graphene.Field(Seo, required=True)
    brand = graphene.Field(Brand)
    categories = graphene.List(graphene.NonNull(Category), required=True)
    google_category = graphene.Field(GoogleCategory)
    attributes = graphene.List(graphene.NonNull(ProductAttribute), required=True)
    images = graphene.List(graphene.NonNull(ProductImage), required=True)
    variants = graphene.List(graphene.NonNull(Variant), required=True)
    grouped_products = graphene.List(
        graphene.NonNull(lambda: Product),
        required=True,
        description="For GROUPED products: the products sold together.",
    )
    external_url = graphene.String(description="For EXTERNAL products.")
    button_text = graphene.String()
    translations = graphene.List(
        graphene.NonNull(Translation),
        required=True,
        description="Every live translation: its locale and slug.",
    )
    created_at = graphene.DateTime(required=True)
    updated_at = graphene.DateTime(required=True)

    @staticmethod
    def resolve_id(root, info):
        return root.translation_key

    @staticmethod
    def resolve_locale(root, info):
        return root._loaders.locale_code(root.locale_id)

    @staticmethod
    def resolve_short_description(root, info):
        return root.short_description

    @staticmethod
    def resolve_description(root, info):
        return root.description

    @staticmethod
    def resolve_seo(root, info):
        title, description = selectors.product_seo(product=root)
        return Seo(title=title, description=description)

    @staticmethod
    def resolve_brand(root, info):
        if root.brand_id is None:
            return None
        brand = root._loaders.brands.load(root.brand_id)
        if brand is not None:
            brand._loaders = root._loaders
        return brand

    @staticmethod
    def resolve_categories(root, info):
        categories = root._loaders.categories.load(root.pk)
        for category in categories:
            category._loaders = root._loaders
        return categories

    @staticmethod
    def resolve_google_category(root, info):
        return _google(root._loaders, root.google_category_id)

    @staticmethod
    def resolve_attributes(root, info):
        return root._loaders.attributes.load(root.pk)

    @staticmethod
    def resolve_images(root, info):
        loaders = root._loaders
        if getattr(root, "_preview", False):
            images = selectors.image_rows(images=root.images.all())
        else:
            images = loaders.images.load(root.pk)
        for image in images:
            image._loaders = loaders
        return images

    @staticmethod
    def resolve_variants(root, info):
        return root._loaders.variants.load(root.translation_key)

    @staticmethod
    def resolve_grouped_products(root, info):
        loaders = root._loaders
        keys = loaders.grouped.load(root.pk)
        found = (loaders.served.load(key) for key in keys)
        return [product for product in found if product is not None]

    @staticmethod
    def resolve_external_url(root, info):
        return root.external_url or None

    @staticmethod
    def resolve_button_text(root, info):
        return root.button_text or None

    @staticmethod
    def resolve_translations(root, info):
        return root._loaders.translations.load(root.translation_key)


class ProductEdge(graphene.ObjectType):
    cursor = graphene.String(required=True)
    node = graphene.Field(Product, required=True)


class ProductConnection(graphene.ObjectType):
    total_count = graphene.Int(required=True)
    page_info = graphene.Field(PageInfo, required=True)
    edges = graphene.List(graphene.NonNull(ProductEdge), required=True)

    @staticmethod
    def resolve_total_count(root, info):
        return root.page.total_count

    @staticmethod
    def resolve_page_info(root, info):
        return root.page_info

    @staticmethod
    def resolve_edges(root, info):
        return root.edges
