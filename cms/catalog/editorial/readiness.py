"""Is a product ready to go live in the markets it is listed in?

A product is *listed in* an active market when at least one of its SKUs has a
price in that market's currency: a price is the merchant's decision to sell
there. For each such market the product must have, in the market's default
locale, a name and a description; every SKU needs a price in the market's
currency; and no text in the market's locales may use one of the market's
restricted terms. Independently of markets, the main (first) image needs alt
text and every SKU that ships needs an HS code and a country of origin.
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags

from cms.catalog.error_codes import ReadinessCode
from cms.catalog.models import Market, Product, RestrictedTerm, Variant

TEXT_FIELDS = ("name", "short_description", "description", "seo_title")


@dataclass(frozen=True)
class ReadinessIssue:
    """One reason a product cannot go live; ``market`` is empty when it is general."""

    code: ReadinessCode
    message: str
    market: str = ""


def product_listed_markets(*, product: Product) -> list[Market]:
    """Return the active markets whose currency any of the product's SKUs is priced in.

    A grouped product has no SKUs: it is listed where its members are. The
    storefront API lists products by the same rule (``product_listed_in``).
    """
    keys = [product.translation_key]
    if product.kind == Product.Kind.GROUPED and product.pk:
        keys += list(product.grouped_products.values_list("translation_key", flat=True))
    currencies = set(
        Variant.objects.filter(product__translation_key__in=keys).values_list(
            "prices__currency", flat=True
        )
    )
    return list(
        Market.objects.filter(is_active=True, currency__in=currencies)
        .select_related("default_locale")
        .prefetch_related("locales")
        .order_by("code")
    )


def product_readiness_issues(*, product: Product) -> list[ReadinessIssue]:
    """Return every reason ``product`` (possibly an unsaved draft) is not ready.

    ``product`` is the version under review; its translations and SKUs are read
    from the database. An empty list means ready.
    """
    markets = product_listed_markets(product=product)
    if not markets:
        return [
            ReadinessIssue(
                ReadinessCode.NOT_LISTED,
                "Not listed in any active market: no SKU has a price in the "
                "currency of an active market.",
            )
        ]
    variants = list(
        Variant.objects.filter(
            product__translation_key=product.translation_key
        ).prefetch_related("prices")
    )
    versions = {
        row.locale_id: row
        for row in Product.objects.filter(
            translation_key=product.translation_key
        ).exclude(pk=product.pk)
    }
    versions[product.locale_id] = product

    # An external product is sold and shipped by another site: no customs facts.
    shipped = [] if product.kind == Product.Kind.EXTERNAL else variants
    issues = [*_image_issues(product), *_customs_issues(shipped)]
    for market in markets:
        issues += _translation_issues(market, versions)
        issues += _price_issues(market, variants)
        issues += _restricted_term_issues(market, versions)
    return issues


def readiness_issues_for_object(*, obj) -> list[ReadinessIssue]:
    """Return the readiness issues of any workflow object; only products have rules."""
    if isinstance(obj, Product):
        return product_readiness_issues(product=obj)
    return []


def _plain(value: str) -> str:
    return " ".join(strip_tags(value or "").split())


def _image_issues(product: Product) -> list[ReadinessIssue]:
    images = sorted(product.images.all(), key=lambda item: item.sort_order or 0)
    if not images:
        return [
            ReadinessIssue(ReadinessCode.MISSING_IMAGE, "The product has no image.")
        ]
    if images[0].image_id is None:
        return [
            ReadinessIssue(
                ReadinessCode.MISSING_IMAGE,
                f"The main image was never fetched from {images[0].source_url}: "
                "upload it, or run the import again when the URL is reachable.",
            )
        ]
    if not images[0].alt_text.strip():
        return [
            ReadinessIssue(
                ReadinessCode.MISSING_ALT_TEXT,
                "The main image has no alt text.",
            )
        ]
    return []


def _customs_issues(variants: list[Variant]) -> list[ReadinessIssue]:
    issues = []
    for variant in variants:
        if not variant.requires_shipping:
            continue
        missing = [
            label
            for label, value in (
                ("HS code", variant.hs_code),
                ("country of origin", variant.country_of_origin),
            )
            if not value
        ]
        if missing:
            issues.append(
                ReadinessIssue(
                    ReadinessCode.MISSING_CUSTOMS,
                    f"SKU {variant.sku} ships but has no {' and no '.join(missing)}.",
                )
            )
    return issues


def _translation_issues(market: Market, versions: dict) -> list[ReadinessIssue]:
    version = versions.get(market.default_locale_id)
    language = market.default_locale.get_display_name()
    if version is None:
        message = (
            f"{market.code}: no {language} translation of the name and description."
        )
    elif not version.name.strip() or not _plain(version.description):
        message = (
            f"{market.code}: the {language} translation has no name or no description."
        )
    else:
        return []
    return [ReadinessIssue(ReadinessCode.MISSING_TRANSLATION, message, market.code)]


def _price_issues(market: Market, variants: list[Variant]) -> list[ReadinessIssue]:
    return [
        ReadinessIssue(
            ReadinessCode.MISSING_PRICE,
            f"{market.code}: SKU {variant.sku} has no price in {market.currency}.",
            market.code,
        )
        for variant in variants
        if not any(price.currency == market.currency for price in variant.prices.all())
    ]


def _restricted_term_issues(market: Market, versions: dict) -> list[ReadinessIssue]:
    terms = list(RestrictedTerm.objects.filter(market=market))
    if not terms:
        return []
    locale_ids = {market.default_locale_id, *(loc.pk for loc in market.locales.all())}
    texts = [
        _plain(getattr(version, name))
        for locale_id, version in versions.items()
        if locale_id in locale_ids
        for name in TEXT_FIELDS
    ]
    issues = []
    for term in terms:
        pattern = re.compile(rf"(?<!\w){re.escape(term.term)}(?!\w)", re.IGNORECASE)
        if any(pattern.search(text) for text in texts):
            why = f" ({term.reason})" if term.reason else ""
            issues.append(
                ReadinessIssue(
                    ReadinessCode.RESTRICTED_TERM,
                    f"{market.code}: the text uses the restricted term "
                    f"“{term.term}”{why}.",
                    market.code,
                )
            )
    return issues
