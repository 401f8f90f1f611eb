"""Batch loaders: one query per relation per request, whatever the page size.

graphql-core runs resolvers depth first, so a resolver cannot wait for its
siblings the way async DataLoaders do. Instead, every object the API hands
out is registered here first; the first time any product asks for, say, its
variants, the variants of every registered product are loaded in one call,
and the rest come from the cache. Objects registered later (grouped
products, variants found on the way) form the next batch.
"""

from collections.abc import Callable, Hashable, Iterable

from cms.catalog import selectors
from cms.catalog.models import Product
from cms.catalog.selectors import CatalogScope, VariantRow


class BatchLoader:
    """Cache ``fetch(keys)`` results; fetch every key seen so far on a miss."""

    def __init__(self, fetch: Callable[[set], dict], default: Callable = list):
        self._fetch = fetch
        self._default = default
        self._cache: dict = {}
        self._pending: set = set()

    def add(self, keys: Iterable[Hashable]) -> None:
        self._pending.update(keys)

    def cached_values(self) -> list:
        return list(self._cache.values())

    def load(self, key: Hashable):
        try:
            return self._cache[key]
        except KeyError:
            pass
        keys = {k for k in self._pending if k not in self._cache}
        keys.add(key)
        self._pending = set()
        found = self._fetch(keys)
        for k in keys:
            self._cache[k] = found[k] if k in found else self._default()
        return self._cache[key]


class CatalogLoaders:
    """The loaders of one request for one scope (market and locale)."""

    def __init__(self, scope: CatalogScope):
        self.scope = scope
        self.locale_codes = {
            scope.locale.pk: scope.locale.language_code,
            scope.fallback_locale.pk: scope.fallback_locale.language_code,
        }
        self.variants = BatchLoader(self._variants)
        self.pricings = BatchLoader(self._pricings, default=lambda: None)
        self.options = BatchLoader(self._options)
        self.images = BatchLoader(self._images)
        self.categories = BatchLoader(self._categories)
        self.attributes = BatchLoader(self._attributes)
        self.brands = BatchLoader(self._brands, default=lambda: None)
        self.google_names = BatchLoader(self._google_names, default=lambda: None)
        self.translations = BatchLoader(self._translations)
        self.grouped = BatchLoader(self._grouped)
        self.served = BatchLoader(self._served, default=lambda: None)
        self.renditions: dict[str, BatchLoader] = {}

    def products_add(self, products: Iterable[Product]) -> list[Product]:
        """Register products for batching and tag them with this loader set."""
        products = list(products)
        for product in products:
            product._loaders = self
        ids = [p.pk for p in products]
        keys = [p.translation_key for p in products]
        self.variants.add(keys)
        self.translations.add(keys)
        self.images.add(ids)
        self.categories.add(ids)
        self.attributes.add(ids)
        self.grouped.add(ids)
        self.brands.add(p.brand_id for p in products if p.brand_id)
        self.google_names.add(
            p.google_category_id for p in products if p.google_category_id
        )
        return products

    def variants_add(self, variants: Iterable[VariantRow]) -> list[VariantRow]:
        variants = list(variants)
        for variant in variants:
            variant._loaders = self
        ids = [v.pk for v in variants]
        self.pricings.add(ids)
        self.options.add(ids)
        return variants

    def rendition_loader(self, spec: str) -> BatchLoader:
        loader = self.renditions.get(spec)
        if loader is None:
            loader = self.renditions[spec] = BatchLoader(
                lambda ids: _renditions(ids, spec), default=lambda: None
            )
            loader.add(
                item.image_id
                for items in self.images.cached_values()
                for item in items
                if item.image_id
            )
        return loader

    def locale_code(self, locale_id: int) -> str:
        code = self.locale_codes.get(locale_id)
        if code is None:  # a preview of a row outside the scope's locales
            code = self.locale_codes[locale_id] = selectors.locale_code_get(
                locale_id=locale_id
            )
        return code

    # Fetchers: each one call to a selector, then register what it found.

    def _variants(self, keys: set) -> dict:
        found = selectors.variants_for_products(translation_keys=keys)
        for variants in found.values():
            self.variants_add(variants)
        return found

    def _pricings(self, ids: set) -> dict:
        return selectors.variant_pricings(
            variant_ids=ids, currency=self.scope.currency, at=self.scope.at
        )

    def _options(self, ids: set) -> dict:
        return selectors.option_values_for_variants(scope=self.scope, variant_ids=ids)

    def _images(self, ids: set) -> dict:
        found = selectors.images_for_products(product_ids=ids)
        images = [item for items in found.values() for item in items]
        for item in images:
            item._loaders = self
        for loader in self.renditions.values():
            loader.add(item.image_id for item in images if item.image_id)
        return found

    def _categories(self, ids: set) -> dict:
        found = selectors.shop_categories_for_products(
            scope=self.scope, product_ids=ids
        )
        self.google_names.add(
            category.google_category_id
            for categories in found.values()
            for category in categories
            if category.google_category_id
        )
        return found

    def _attributes(self, ids: set) -> dict:
        return selectors.attribute_groups_for_products(
            scope=self.scope, product_ids=ids
        )

    def _brands(self, ids: set) -> dict:
        return selectors.brands_by_ids(scope=self.scope, brand_ids=ids)

    def _google_names(self, ids: set) -> dict:
        return selectors.google_category_names(scope=self.scope, category_ids=ids)

    def _translations(self, keys: set) -> dict:
        return selectors.product_translations(translation_keys=keys)

    def _grouped(self, ids: set) -> dict:
        found = selectors.grouped_product_keys(product_ids=ids)
        self.served.add(key for keys in found.values() for key in keys)
        return found

    def _served(self, keys: set) -> dict:
        found = selectors.products_by_translation_keys(
            scope=self.scope, translation_keys=keys
        )
        self.products_add(found.values())
        return found


def _renditions(image_ids: set, spec: str) -> dict:
    return selectors.image_renditions(image_ids=image_ids, spec=spec)


def loaders_for(context, scope: CatalogScope) -> CatalogLoaders:
    """Return the request's loaders for a scope, creating them on first use."""
    registry = getattr(context, "_catalog_loaders", None)
    if registry is None:
        registry = context._catalog_loaders = {}
    key = (scope.market.pk, scope.locale.pk)
    loaders = registry.get(key)
    if loaders is None:
        loaders = registry[key] = CatalogLoaders(scope)
    return loaders
