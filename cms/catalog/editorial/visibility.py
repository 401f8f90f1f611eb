"""Read products the way customers and channels see them."""

from django.db.models import QuerySet

from cms.catalog.models import Market, Product


def product_live_list(*, market: Market) -> QuerySet[Product]:
    """Return the live products in the market's default locale.

    This stands in for the storefront API's product list until it is merged;
    it applies the one rule both share: only live (approved) rows are shown.
    """
    return Product.objects.filter(live=True, locale_id=market.default_locale_id)
