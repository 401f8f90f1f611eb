"""Product search through Wagtail's configured search backend.

The database backend (SQLite FTS5 or PostgreSQL full text) serves by default,
Elasticsearch when ``ELASTICSEARCH_URL`` is set. Callers get translation keys
ranked best first, so they can filter and order their own querysets with them.
"""

import logging
from collections.abc import Iterable

from wagtail.search.backends import get_search_backend

from cms.catalog.models import Product

logger = logging.getLogger(__name__)


def product_search_keys(*, text: str, locale_ids: Iterable[int], limit: int) -> list:
    """Return the translation keys of live products matching ``text``, best first.

    Every locale in ``locale_ids`` is searched, and a product found in several
    keeps its best rank. Only index FilterFields are used in the queryset, so
    the same call works on every backend.
    """
    text = text.strip()
    if not text:
        return []
    candidates = Product.objects.filter(live=True, locale_id__in=list(locale_ids))
    results = get_search_backend().search(text, candidates, operator="and")
    keys: dict = {}
    for product in results[:limit]:
        keys.setdefault(product.translation_key, len(keys))
    logger.debug("Product search %r matched %d products", text, len(keys))
    return list(keys)
