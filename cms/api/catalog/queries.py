"""Catalog query fields: products, product, variant, categories, brands…"""

import graphene
from django.conf import settings

from cms.api.catalog.dataloaders import loaders_for
from cms.api.catalog.enums import ProductSortField
from cms.api.catalog.filters import (
    ProductFilterInput,
    enum_value,
    product_filter_from_input,
)
from cms.api.catalog.types import (
    Brand,
    Category,
    Locale,
    Market,
    Product,
    ProductConnection,
    ProductEdge,
    Variant,
)
from cms.api.core.errors import ApiError, ApiErrorCode
from cms.api.core.pagination import cursor_encode, paginate
from cms.api.core.types import PageInfo
from cms.api.preview.tokens import preview_token_read
from cms.catalog import selectors
from cms.catalog.selectors import ProductSort
from search.products import product_search_keys

MARKET_HELP = "Market code, e.g. US or DE."
LOCALE_HELP = "Locale code; the market's default when omitted."


def _scope(market: str, locale: str | None):
    return selectors.catalog_scope_get(market_code=market, locale_code=locale)


class ConnectionValue:
    __slots__ = ("edges", "page", "page_info")

    def __init__(self, page, products):
        self.page = page
        self.edges = [
            ProductEdge(cursor=cursor_encode(page.start + i), node=product)
            for i, product in enumerate(products)
        ]
        self.page_info = PageInfo(
            has_next_page=page.has_next_page,
            has_previous_page=page.has_previous_page,
            start_cursor=self.edges[0].cursor if self.edges else None,
            end_cursor=self.edges[-1].cursor if self.edges else None,
        )


class CatalogQueries(graphene.ObjectType):
    products = graphene.Field(
        ProductConnection,
        required=True,
        market=graphene.String(required=True, description=MARKET_HELP),
        locale=graphene.String(description=LOCALE_HELP),
        first=graphene.Int(),
        after=graphene.String(),
        last=graphene.Int(),
        before=graphene.String(),
        filter=ProductFilterInput(),
        sort_by=graphene.Argument(
            ProductSortField,
            description="Default: RELEVANCE with a search text, else NAME.",
        ),
        description="Live products of a market, at most 100 a page.",
    )
    product = graphene.Field(
        Product,
        market=graphene.String(required=True, description=MARKET_HELP),
        locale=graphene.String(description=LOCALE_HELP),
        slug=graphene.String(),
        id=graphene.ID(),
        preview_token=graphene.String(
            description="Issued in the admin: serves the latest draft instead."
        ),
        description="One live product by slug or id (or a draft by preview token).",
    )
    variant = graphene.Field(
        Variant,
        market=graphene.String(required=True, description=MARKET_HELP),
        locale=graphene.String(description=LOCALE_HELP),
        sku=graphene.String(required=True),
        description="One variant of a live product, by SKU (any case).",
    )
    categories = graphene.List(
        graphene.NonNull(Category),
        required=True,
        market=graphene.String(required=True, description=MARKET_HELP),
        locale=graphene.String(description=LOCALE_HELP),
    )
    brands = graphene.List(
        graphene.NonNull(Brand),
        required=True,
        market=graphene.String(required=True, description=MARKET_HELP),
        locale=graphene.String(description=LOCALE_HELP),
    )
    markets = graphene.List(graphene.NonNull(Market), required=True)
    locales = graphene.List(
        graphene.NonNull(Locale),
        required=True,
        market=graphene.String(description="Only the locales this market serves."),
    )

    @staticmethod
    def resolve_products(
        root, info, market, locale=None, filter=None, sort_by=None, **page
    ):
        scope = _scope(market, locale)
        filters = product_filter_from_input(filter)
        ranked = None
        if filters.search:
            ranked = product_search_keys(
                text=filters.search,
                locale_ids=scope.locale_ids,
                limit=settings.API_MAX_SEARCH_HITS,
            )
        sort = enum_value(sort_by) or (
            ProductSort.RELEVANCE if ranked is not None else ProductSort.NAME
        )
        queryset = selectors.products_filter(
            scope=scope, filters=filters, ranked_keys=ranked
        )
        queryset = selectors.products_sort(
            queryset=queryset, scope=scope, sort=sort, ranked_keys=ranked
        )
        page_rows = paginate(queryset, **page)
        products = loaders_for(info.context, scope).products_add(page_rows.rows)
        return ConnectionValue(page_rows, products)

    @staticmethod
    def resolve_product(
        root, info, market, locale=None, slug=None, id=None, preview_token=None
    ):
        scope = _scope(market, locale)
        loaders = loaders_for(info.context, scope)
        if preview_token:
            product = selectors.product_draft_get(
                product_id=preview_token_read(token=preview_token)
            )
            if product is None:
                return None
            product._preview = True
            return loaders.products_add([product])[0]
        if not slug and not id:
            raise ApiError("Pass a slug or an id.", code=ApiErrorCode.BAD_USER_INPUT)
        product = selectors.product_get(scope=scope, slug=slug, translation_key=id)
        return loaders.products_add([product])[0] if product else None

    @staticmethod
    def resolve_variant(root, info, market, sku, locale=None):
        scope = _scope(market, locale)
        found = selectors.variant_get(scope=scope, sku=sku)
        if found is None:
            return None
        variant, product = found
        loaders = loaders_for(info.context, scope)
        loaders.products_add([product])
        variant._served_product = product
        return loaders.variants_add([variant])[0]

    @staticmethod
    def resolve_categories(root, info, market, locale=None):
        scope = _scope(market, locale)
        loaders = loaders_for(info.context, scope)
        categories = selectors.categories_list(scope=scope)
        loaders.google_names.add(
            c.google_category_id for c in categories if c.google_category_id
        )
        for category in categories:
            category._loaders = loaders
        return categories

    @staticmethod
    def resolve_brands(root, info, market, locale=None):
        scope = _scope(market, locale)
        loaders = loaders_for(info.context, scope)
        brands = selectors.brands_list(scope=scope)
        for brand in brands:
            brand._loaders = loaders
        return brands

    @staticmethod
    def resolve_markets(root, info):
        return selectors.markets_list()

    @staticmethod
    def resolve_locales(root, info, market=None):
        if market is None:
            return selectors.locales_list()
        return selectors.locales_list(market=_scope(market, None).market)
