"""Read the catalog as a storefront in one market sees it.

Every public read goes through these functions, so the rules live here once:
only live rows are visible; a product's words come from the requested locale
and fall back to the market's default locale; prices are the market
currency's; a sale counts only inside its window; stock comes from one place.
The GraphQL layer batches calls to these functions and holds no rules itself.
"""

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from django.conf import settings
from django.db.models import (
    Case,
    Exists,
    F,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Lower
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale

from cms.catalog.error_codes import CatalogErrorCode
from cms.catalog.exceptions import CatalogError
from cms.catalog.models import (
    AttributeValue,
    Brand,
    GoogleCategory,
    GoogleCategoryName,
    Market,
    Product,
    ProductImage,
    ShopCategory,
    Variant,
    VariantPrice,
)
from cms.catalog.money import quantize
from cms.catalog.richtext import rich_text_to_plain

# Google publishes its taxonomy per locale ("en-US", "de-DE"); English is the
# one every installation loads.
GOOGLE_TAXONOMY_FALLBACK = "en-US"


@dataclass(frozen=True)
class CatalogScope:
    """Who is asking: one market, the locale served first, and the fallback."""

    market: Market
    locale: Locale
    fallback_locale: Locale
    at: datetime

    @property
    def currency(self) -> str:
        return self.market.currency

    @property
    def locale_ids(self) -> tuple[int, ...]:
        if self.locale.pk == self.fallback_locale.pk:
            return (self.locale.pk,)
        return (self.locale.pk, self.fallback_locale.pk)


@dataclass(frozen=True)
class AttributeFilter:
    """Products having any of ``values`` (slugs) of the attribute ``attribute``."""

    attribute: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class ProductFilter:
    category_path: str | None = None
    google_category_id: int | None = None
    brand_slug: str | None = None
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    attributes: tuple[AttributeFilter, ...] = ()
    in_stock: bool | None = None
    kind: str | None = None
    search: str | None = None


class ProductSort:
    NAME = "name"
    PRICE = "price"
    NEWEST = "newest"
    RELEVANCE = "relevance"


@dataclass(frozen=True)
class Pricing:
    """A variant's price in one currency, rounded to its minor unit."""

    currency: str
    amount: Decimal
    sale_amount: Decimal | None
    sale_is_on: bool


@dataclass(frozen=True)
class Availability:
    status: str
    in_stock: bool
    quantity: int | None


@dataclass(frozen=True)
class Translation:
    locale: str
    slug: str


@dataclass
class AttributeGroup:
    attribute_name: str
    attribute_slug: str
    values: list[AttributeValue] = field(default_factory=list)


# Markets and locales


def catalog_scope_get(
    *, market_code: str, locale_code: str | None = None, at: datetime | None = None
) -> CatalogScope:
    """Return the scope for a market code and optional locale, or raise CatalogError.

    Without a locale the market's default is served. A locale must be the
    market's default or one of the further locales the market lists.
    """
    market = (
        Market.objects.select_related("default_locale")
        .filter(code__iexact=market_code.strip(), is_active=True)
        .first()
    )
    if market is None:
        raise CatalogError(
            f"There is no active market {market_code!r}.",
            code=CatalogErrorCode.MARKET_NOT_FOUND,
            market=market_code,
        )
    locale = market.default_locale
    if locale_code and locale_code.lower() != locale.language_code.lower():
        locale = market.locales.filter(language_code__iexact=locale_code).first()
        if locale is None:
            raise CatalogError(
                f"Market {market.code} does not serve locale {locale_code!r}.",
                code=CatalogErrorCode.LOCALE_NOT_AVAILABLE,
                market=market.code,
                locale=locale_code,
            )
    return CatalogScope(
        market=market,
        locale=locale,
        fallback_locale=market.default_locale,
        at=at or timezone.now(),
    )


def markets_list() -> list[Market]:
    """Return the active markets with their default and further locales."""
    return list(
        Market.objects.filter(is_active=True)
        .select_related("default_locale")
        .prefetch_related("locales")
    )


def locales_list(*, market: Market | None = None) -> list[Locale]:
    """Return every content locale, or the ones a market serves (default first)."""
    if market is None:
        return list(Locale.objects.order_by("language_code"))
    others = [loc for loc in market.locales.all() if loc.pk != market.default_locale_id]
    return [market.default_locale, *others]


def locale_code_get(*, locale_id: int) -> str:
    """Return the language code of a locale by id."""
    return Locale.objects.values_list("language_code", flat=True).get(pk=locale_id)


# Products


def products_served(*, scope: CatalogScope) -> QuerySet[Product]:
    """Return one live row per product: the requested locale's, else the fallback's.

    Drafts never show: a DraftStateMixin row is live only when it holds the
    published revision's content. Nor do products the market does not sell:
    see ``product_listed_in``.
    """
    live = Product.objects.filter(product_listed_in(currency=scope.currency), live=True)
    if scope.locale.pk == scope.fallback_locale.pk:
        return live.filter(locale=scope.locale)
    translated = Product.objects.filter(
        live=True, locale=scope.locale, translation_key=OuterRef("translation_key")
    )
    return live.filter(
        Q(locale=scope.locale) | (Q(locale=scope.fallback_locale) & ~Exists(translated))
    )


def products_filter(
    *, scope: CatalogScope, filters: ProductFilter, ranked_keys: Sequence | None = None
) -> QuerySet[Product]:
    """Return the served products matching every given filter.

    ``ranked_keys`` are the translation keys a search matched, best first; when
    given, only those products remain.
    """
    queryset = products_served(scope=scope)
    if filters.kind:
        queryset = queryset.filter(kind=filters.kind)
    if filters.brand_slug:
        brand_keys = Brand.objects.filter(
            slug__iexact=filters.brand_slug, live=True
        ).values("translation_key")
        queryset = queryset.filter(brand__translation_key__in=brand_keys)
    if filters.category_path:
        queryset = queryset.filter(
            pk__in=_products_in_shop_category(scope, filters.category_path)
        )
    if filters.google_category_id is not None:
        queryset = queryset.filter(
            pk__in=_products_in_google_category(filters.google_category_id)
        )
    for attribute in filters.attributes:
        queryset = queryset.filter(_has_attribute_value(attribute))
    variants = _variants_matching(scope, filters)
    if variants is not None:
        queryset = queryset.filter(
            translation_key__in=variants.values("product__translation_key")
        )
    if filters.in_stock is False:
        queryset = queryset.exclude(
            translation_key__in=variants_in_stock().values("product__translation_key")
        )
    if ranked_keys is not None:
        queryset = queryset.filter(translation_key__in=list(ranked_keys))
    return queryset


def products_sort(
    *,
    queryset: QuerySet[Product],
    scope: CatalogScope,
    sort: str,
    ranked_keys: Sequence | None = None,
) -> QuerySet[Product]:
    """Order products; ties break on the primary key so pages never overlap."""
    if sort == ProductSort.RELEVANCE:
        if ranked_keys is None:
            raise CatalogError(
                "Sorting by relevance needs a search text.",
                code=CatalogErrorCode.SORT_NEEDS_SEARCH,
            )
        rank = Case(
            *(
                When(translation_key=key, then=Value(i))
                for i, key in enumerate(ranked_keys)
            ),
            default=Value(len(ranked_keys)),
        )
        return queryset.order_by(rank, "pk")
    if sort == ProductSort.PRICE:
        lowest = (
            _priced_variants(scope)
            .filter(variant__product__translation_key=OuterRef("translation_key"))
            .values("variant__product__translation_key")
            .annotate(lowest=Min("effective"))
            .values("lowest")
        )
        return queryset.annotate(lowest_price=Subquery(lowest)).order_by(
            F("lowest_price").asc(nulls_last=True), Lower("name"), "pk"
        )
    if sort == ProductSort.NEWEST:
        return queryset.order_by("-created_at", "-pk")
    return queryset.order_by(Lower("name"), "pk")


def product_listed_in(*, currency: str) -> Q:
    """Return the condition that a product row is listed in a market.

    A product is listed in a market when one of its SKUs has a price in the
    market's currency; a grouped product (no price of its own) when one of its
    members is. The market readiness check applies the same rule. Correlated
    EXISTS probes use the (variant, currency) index; an IN list over every
    price of the currency made listing pages three times slower.
    """
    priced = VariantPrice.objects.filter(
        currency=currency,
        variant__product__translation_key=OuterRef("translation_key"),
    )
    member_priced = VariantPrice.objects.filter(
        currency=currency,
        variant__product__translation_key=OuterRef("to_product__translation_key"),
    )
    groups = Product.grouped_products.through.objects.filter(
        from_product__translation_key=OuterRef("translation_key")
    ).filter(Exists(member_priced))
    return Q(Exists(priced)) | (Q(kind=Product.Kind.GROUPED) & Q(Exists(groups)))


def product_get(
    *,
    scope: CatalogScope,
    slug: str | None = None,
    translation_key: str | None = None,
) -> Product | None:
    """Return the served row of one live product found by slug or id, or None."""
    served = products_served(scope=scope)
    if translation_key:
        try:
            key = uuid.UUID(str(translation_key))
        except ValueError:
            return None
        return served.filter(translation_key=key).first()
    if not slug:
        return None
    keys = Product.objects.filter(
        live=True, slug=slug, locale_id__in=scope.locale_ids
    ).values("translation_key")
    return served.filter(translation_key__in=keys).first()


def product_exists(*, product_id: int) -> bool:
    """Return whether a product row exists, live or not."""
    return Product.objects.filter(pk=product_id).exists()


def product_draft_get(*, product_id: int) -> Product | None:
    """Return the latest revision of a product (draft or not) as an unsaved object."""
    product = Product.objects.filter(pk=product_id).select_related("locale").first()
    if product is None:
        return None
    revision = product.latest_revision
    return revision.as_object() if revision is not None else product


def products_by_translation_keys(
    *, scope: CatalogScope, translation_keys: Iterable
) -> dict:
    """Return the served rows for translation keys, keyed by translation key."""
    rows = products_served(scope=scope).filter(
        translation_key__in=list(translation_keys)
    )
    return {row.translation_key: row for row in rows}


def product_translations(*, translation_keys: Iterable) -> dict:
    """Return the live translations (locale code and slug) of each product."""
    rows = (
        Product.objects.filter(live=True, translation_key__in=list(translation_keys))
        .order_by("locale__language_code")
        .values_list("translation_key", "locale__language_code", "slug")
    )
    found = defaultdict(list)
    for key, language_code, slug in rows:
        found[key].append(Translation(locale=language_code, slug=slug))
    return found


def grouped_product_keys(*, product_ids: Iterable[int]) -> dict[int, list]:
    """Return the translation keys of each grouped product's members, in order."""
    through = Product.grouped_products.through
    rows = (
        through.objects.filter(from_product_id__in=list(product_ids))
        .order_by("id")
        .values_list("from_product_id", "to_product__translation_key")
    )
    found = defaultdict(list)
    for product_id, key in rows:
        found[product_id].append(key)
    return found


def product_seo(*, product: Product) -> tuple[str, str]:
    """Return the SEO title and description, falling back to the product's words."""
    title = product.seo_title or product.name
    description = product.seo_description or rich_text_to_plain(
        product.short_description
    )
    return title, description[:320]


# Variants, prices and stock


@dataclass
class VariantRow:
    """The public facts of a variant, read without building a model instance."""

    id: int
    sku: str
    gtin: str
    mpn: str
    weight: Decimal | None
    weight_unit: str
    stock_status: str
    opening_stock: int | None
    product_key: object

    @property
    def pk(self) -> int:
        return self.id


_VARIANT_COLUMNS = (
    "id",
    "sku",
    "gtin",
    "mpn",
    "weight",
    "weight_unit",
    "stock_status",
    "opening_stock",
    "product__translation_key",
)


def variants_for_products(*, translation_keys: Iterable) -> dict:
    """Return each product's variants, keyed by the product's translation key.

    Variants hang off the row of the locale the product was created in; every
    translation reaches them through the shared translation key. Private
    fields (cost) are never read.
    """
    rows = (
        Variant.objects.filter(product__translation_key__in=list(translation_keys))
        .order_by("product_id", "position", "id")
        .values_list(*_VARIANT_COLUMNS)
    )
    found = defaultdict(list)
    for row in rows:
        found[row[-1]].append(VariantRow(*row))
    return found


def variant_get(*, scope: CatalogScope, sku: str) -> tuple[VariantRow, Product] | None:
    """Return a variant by SKU (any case) and its product's served row, or None.

    A SKU whose product is not live in the scope's locales is not found.
    """
    row = (
        Variant.objects.filter(sku__iexact=sku.strip())
        .values_list(*_VARIANT_COLUMNS)
        .first()
    )
    if row is None:
        return None
    variant = VariantRow(*row)
    product = products_served(scope=scope).filter(translation_key=variant.product_key)
    product = product.first()
    return (variant, product) if product is not None else None


@dataclass
class _PriceRow:
    currency: str
    amount: Decimal
    sale_amount: Decimal | None
    sale_starts_at: datetime | None
    sale_ends_at: datetime | None


def variant_pricings(
    *, variant_ids: Iterable[int], currency: str, at: datetime
) -> dict[int, Pricing]:
    """Return each variant's pricing in one currency at ``at``, keyed by variant id.

    The sale price is kept only while the sale is on (VariantPrice.sale_is_on).
    """
    rows = VariantPrice.objects.filter(
        variant_id__in=list(variant_ids), currency=currency
    ).values_list(
        "variant_id",
        "currency",
        "amount",
        "sale_amount",
        "sale_starts_at",
        "sale_ends_at",
    )
    return {row[0]: variant_pricing(price=_PriceRow(*row[1:]), at=at) for row in rows}


def variant_pricing(*, price: VariantPrice | _PriceRow, at: datetime) -> Pricing:
    """Return the price, and the sale price only while the sale is on at ``at``."""
    # The model's rule, applied to a plain row as well as to a model instance.
    sale_is_on = VariantPrice.sale_is_on(price, at)
    return Pricing(
        currency=price.currency,
        amount=quantize(price.amount, price.currency),
        sale_amount=quantize(price.sale_amount, price.currency) if sale_is_on else None,
        sale_is_on=sale_is_on,
    )


def variant_availability(*, variant: Variant | VariantRow) -> Availability:
    """Return whether a variant can be sold now, and how many when settings allow.

    This is the one place stock is read. Today it uses the status and opening
    stock the import recorded; the ERP's stock ledger replaces them later.
    """
    # TODO(erp): read the ledger's available quantity once the ERP exists.
    # SILK-2
    quantity = variant.opening_stock
    in_stock = variant.stock_status == Variant.StockStatus.IN_STOCK and (
        quantity is None or quantity > 0
    )
    status = variant.stock_status
    if variant.stock_status == Variant.StockStatus.IN_STOCK and not in_stock:
        status = Variant.StockStatus.OUT_OF_STOCK
    return Availability(
        status=status,
        in_stock=in_stock,
        quantity=quantity if settings.API_EXPOSE_STOCK_QUANTITY else None,
    )


def variants_in_stock() -> QuerySet[Variant]:
    """Return the variants ``variant_availability`` calls in stock, as a queryset."""
    # TODO(erp): change together with variant_availability.
    # SILK-2
    return Variant.objects.filter(
        Q(opening_stock__isnull=True) | Q(opening_stock__gt=0),
        stock_status=Variant.StockStatus.IN_STOCK,
    )


# Images, categories, brands, attributes


@dataclass
class ImageRow:
    """A product image with the facts of its Wagtail image (absent if not fetched)."""

    id: int
    product_id: int
    alt_text: str
    source_url: str
    image_id: int | None
    file: str | None
    width: int | None
    height: int | None

    @property
    def is_svg(self) -> bool:
        return bool(self.file) and self.file.lower().endswith(".svg")


def images_for_products(*, product_ids: Iterable[int]) -> dict[int, list[ImageRow]]:
    """Return each product row's images in order, with the Wagtail image joined."""
    rows = (
        ProductImage.objects.filter(product_id__in=list(product_ids))
        .order_by("product_id", "sort_order", "id")
        .values_list(
            "id",
            "product_id",
            "alt_text",
            "source_url",
            "image_id",
            "image__file",
            "image__width",
            "image__height",
        )
    )
    found = defaultdict(list)
    for row in rows:
        found[row[1]].append(ImageRow(*row))
    return found


def image_rows(*, images: Iterable[ProductImage]) -> list[ImageRow]:
    """Return rows for in-memory product images (e.g. a draft's)."""
    return [
        ImageRow(
            id=item.pk,
            product_id=item.product_id,
            alt_text=item.alt_text,
            source_url=item.source_url,
            image_id=item.image_id,
            file=item.image.file.name if item.image_id else None,
            width=item.image.width if item.image_id else None,
            height=item.image.height if item.image_id else None,
        )
        for item in images
    ]


def image_renditions(*, image_ids: Iterable[int], spec: str) -> dict:
    """Return a rendition of each image for one Wagtail filter spec, by image id.

    Existing renditions come in one query; a missing one is generated once, as
    Wagtail does for templates, and reused from then on.
    """
    images = (
        get_image_model()
        .objects.filter(pk__in=list(image_ids))
        .prefetch_renditions(spec)
    )
    return {image.pk: image.get_rendition(spec) for image in images}


def shop_categories_for_products(
    *, scope: CatalogScope, product_ids: Iterable[int]
) -> dict[int, list[ShopCategory]]:
    """Return each product's shop categories, served in the scope's locale."""
    through = Product.categories.through
    links = list(
        through.objects.filter(product_id__in=list(product_ids))
        .select_related("shopcategory")
        .order_by("id")
    )
    served = _localized(
        scope, ShopCategory.objects.all(), [link.shopcategory for link in links]
    )
    found = defaultdict(list)
    for link in links:
        found[link.product_id].append(served[link.shopcategory_id])
    return found


def google_category_names(
    *, scope: CatalogScope, category_ids: Iterable[int]
) -> dict[int, GoogleCategoryName]:
    """Return a name for each Google category, in the scope's language if loaded."""
    language = scope.locale.language_code.split("-")[0].lower()
    rows = GoogleCategoryName.objects.filter(
        category_id__in=list(category_ids)
    ).select_related("category")
    found: dict[int, GoogleCategoryName] = {}
    ranks: dict[int, int] = {}
    for row in rows:
        if row.locale.split("-")[0].lower() == language:
            rank = 0
        else:
            rank = 1 if row.locale == GOOGLE_TAXONOMY_FALLBACK else 2
        if rank < ranks.get(row.category_id, 3):
            found[row.category_id], ranks[row.category_id] = row, rank
    return found


def brands_by_ids(*, scope: CatalogScope, brand_ids: Iterable[int]) -> dict:
    """Return live brands, served in the scope's locale, keyed by the given ids."""
    brands = list(Brand.objects.filter(pk__in=list(brand_ids), live=True))
    served = _localized(scope, Brand.objects.filter(live=True), brands)
    return {brand.pk: served[brand.pk] for brand in brands}


def brands_list(*, scope: CatalogScope) -> list[Brand]:
    """Return every live brand once, in the scope's locale where translated."""
    brands = Brand.objects.filter(live=True, locale_id__in=scope.locale_ids)
    return sorted(_one_per_key(scope, brands), key=lambda b: b.name.lower())


def categories_list(*, scope: CatalogScope) -> list[ShopCategory]:
    """Return the shop category tree, one row per category, ordered by path."""
    rows = ShopCategory.objects.filter(locale_id__in=scope.locale_ids).select_related(
        "google_category"
    )
    return sorted(_one_per_key(scope, rows), key=lambda c: c.path)


def attribute_groups_for_products(
    *, scope: CatalogScope, product_ids: Iterable[int]
) -> dict[int, list[AttributeGroup]]:
    """Return each product's descriptive attributes with their values, translated."""
    through = Product.attribute_values.through
    links = list(
        through.objects.filter(product_id__in=list(product_ids))
        .select_related("attributevalue__attribute")
        .order_by("attributevalue__attribute__name", "attributevalue__sort_order")
    )
    values = _localized_values(scope, [link.attributevalue for link in links])
    found = defaultdict(dict)
    for link in links:
        value = values[link.attributevalue_id]
        groups = found[link.product_id]
        group = groups.get(value.attribute_id)
        if group is None:
            group = groups[value.attribute_id] = AttributeGroup(
                value.attribute.name, value.attribute.slug
            )
        group.values.append(value)
    return {key: list(groups.values()) for key, groups in found.items()}


def option_values_for_variants(
    *, scope: CatalogScope, variant_ids: Iterable[int]
) -> dict[int, list[AttributeValue]]:
    """Return each variant's option values (e.g. Color: Red), translated."""
    through = Variant.option_values.through
    links = list(
        through.objects.filter(variant_id__in=list(variant_ids))
        .select_related("attributevalue__attribute")
        .order_by("attributevalue__attribute__name")
    )
    values = _localized_values(scope, [link.attributevalue for link in links])
    found = defaultdict(list)
    for link in links:
        found[link.variant_id].append(values[link.attributevalue_id])
    return found


# Helpers


def _localized(scope, queryset, objects) -> dict:
    """Map each object's pk to its row in the scope's locale, else the fallback's.

    Objects with no row in either locale are served as they are.
    """
    keys = {obj.translation_key for obj in objects}
    rows = queryset.filter(translation_key__in=keys, locale_id__in=scope.locale_ids)
    best = {row.translation_key: row for row in _one_per_key(scope, rows)}
    return {obj.pk: best.get(obj.translation_key, obj) for obj in objects}


def _localized_values(scope, values: list[AttributeValue]) -> dict:
    return _localized(scope, AttributeValue.objects.select_related("attribute"), values)


def _one_per_key(scope, rows) -> list:
    """Keep one row per translation key, preferring the scope's own locale."""
    best = {}
    for row in rows:
        if row.locale_id == scope.locale.pk or row.translation_key not in best:
            best[row.translation_key] = row
    return list(best.values())


def _effective_price(at: datetime) -> Case:
    sale_on = (
        Q(sale_amount__isnull=False)
        & (Q(sale_starts_at__isnull=True) | Q(sale_starts_at__lte=at))
        & (Q(sale_ends_at__isnull=True) | Q(sale_ends_at__gt=at))
    )
    return Case(When(sale_on, then=F("sale_amount")), default=F("amount"))


def _priced_variants(scope: CatalogScope) -> QuerySet[VariantPrice]:
    return VariantPrice.objects.filter(currency=scope.currency).annotate(
        effective=_effective_price(scope.at)
    )


def _variants_matching(scope, filters: ProductFilter) -> QuerySet[Variant] | None:
    """Return the variants the price and stock filters accept, or None if unused."""
    if filters.price_min is None and filters.price_max is None and not filters.in_stock:
        return None
    for name, value in (
        ("priceMin", filters.price_min),
        ("priceMax", filters.price_max),
    ):
        if value is not None and not value.is_finite():
            raise CatalogError(
                f"{name} must be a finite amount.",
                code=CatalogErrorCode.INVALID_PRICE_RANGE,
            )
    if (
        filters.price_min is not None
        and filters.price_max is not None
        and filters.price_min > filters.price_max
    ):
        raise CatalogError(
            "priceMin is greater than priceMax.",
            code=CatalogErrorCode.INVALID_PRICE_RANGE,
        )
    variants = variants_in_stock() if filters.in_stock else Variant.objects.all()
    if filters.price_min is not None or filters.price_max is not None:
        prices = _priced_variants(scope)
        if filters.price_min is not None:
            prices = prices.filter(effective__gte=filters.price_min)
        if filters.price_max is not None:
            prices = prices.filter(effective__lte=filters.price_max)
        variants = variants.filter(pk__in=prices.values("variant_id"))
    return variants


def _products_in_shop_category(scope: CatalogScope, path: str) -> QuerySet:
    path = path.strip("/")
    matches = ShopCategory.objects.filter(locale_id__in=scope.locale_ids).filter(
        Q(path__iexact=path) | Q(path__istartswith=f"{path}/")
    )
    if not matches.exists():
        raise CatalogError(
            f"There is no shop category {path!r}.",
            code=CatalogErrorCode.CATEGORY_NOT_FOUND,
            category=path,
        )
    keys = matches.values("translation_key")
    return Product.categories.through.objects.filter(
        shopcategory__translation_key__in=keys
    ).values("product_id")


def _products_in_google_category(category_id: int) -> QuerySet:
    category = GoogleCategory.objects.filter(pk=category_id).first()
    if category is None:
        raise CatalogError(
            f"There is no Google category {category_id}.",
            code=CatalogErrorCode.CATEGORY_NOT_FOUND,
            category=category_id,
        )
    in_tree = Q(google_category__id_path__startswith=category.id_path)
    via_shop = Q(categories__google_category__id_path__startswith=category.id_path)
    return Product.objects.filter(in_tree | via_shop).values("pk")


def _has_attribute_value(attribute: AttributeFilter) -> Q:
    slugs = Q()
    for slug in attribute.values:
        slugs |= Q(slug__iexact=slug)
    value_keys = AttributeValue.objects.filter(
        slugs, attribute__slug__iexact=attribute.attribute
    ).values("translation_key")
    values = AttributeValue.objects.filter(translation_key__in=value_keys)
    described = Product.objects.filter(attribute_values__in=values)
    optioned = Variant.objects.filter(option_values__in=values)
    return Q(translation_key__in=described.values("translation_key")) | Q(
        translation_key__in=optioned.values("product__translation_key")
    )
