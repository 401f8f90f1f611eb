"""Keep product slugs unique per locale."""

from cms.catalog.models import Product


def product_slug_free(*, slug: str, locale_id: int | None, exclude_pk=None) -> str:
    """Return ``slug``, or its first free ``-N`` variant when taken in the locale."""
    if not slug or locale_id is None:
        return slug
    taken = Product.objects.filter(locale_id=locale_id).exclude(pk=exclude_pk)
    if not taken.filter(slug=slug).exists():
        return slug
    base, n = slug[:240], 2
    while taken.filter(slug=f"{base}-{n}").exists():
        n += 1
    return f"{base}-{n}"
