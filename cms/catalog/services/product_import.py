"""Write imported ProductRecords into the catalog, one product at a time.

Each product with its variants is written in its own transaction: a record
that fails any check is rolled back whole and reported with its row, column
and reason, and the next record goes on. Every value is compared with what
the catalog holds before anything is written, so importing the same file
again creates and updates nothing.
"""

import logging
from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.text import slugify
from wagtail.models import Locale

from cms.catalog.importers.records import ProductRecord, RowError, VariantRecord
from cms.catalog.models import (
    Attribute,
    AttributeValue,
    Brand,
    GoogleCategory,
    GoogleCategoryName,
    Product,
    ProductImage,
    ShopCategory,
    Variant,
    VariantPrice,
)
from cms.catalog.money import quantize
from cms.catalog.services.images import ImageFetcher
from cms.catalog.services.slugs import product_slug_free
from cms.core.exceptions import CmsError
from cms.core.html import clean_html

logger = logging.getLogger(__name__)

CREATED, UPDATED, UNCHANGED, REJECTED = "created", "updated", "unchanged", "rejected"

VARIANT_FIELD_COLUMNS = {
    "gtin": "GTIN",
    "hs_code": "HS code",
    "country_of_origin": "Country of origin",
    "weight": "Weight",
}


class RecordRejected(CmsError):
    code = "record_rejected"

    def __init__(self, errors: list[RowError]):
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


@dataclass
class ProductOutcome:
    status: str
    skus: Counter = field(default_factory=Counter)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)


@dataclass
class _Context:
    record: ProductRecord
    locale: Locale
    currency: str
    fetcher: ImageFetcher
    warnings: list[RowError] = field(default_factory=list)

    def reject(self, row: int, column: str, reason: str):
        raise RecordRejected([RowError(row, column, reason, self.record.label)])

    def warn(self, row: int, column: str, reason: str):
        self.warnings.append(RowError(row, column, reason, self.record.label))


def product_import_record(
    *, record: ProductRecord, locale: Locale, currency: str, fetcher: ImageFetcher
) -> ProductOutcome:
    """Create or update one product and its variants, all or nothing."""
    if record.errors:
        return ProductOutcome(REJECTED, errors=_with_scope(record, record.errors))
    context = _Context(record, locale, currency, fetcher)
    try:
        with transaction.atomic():
            status, skus = _write_product(context)
    except RecordRejected as exc:
        return ProductOutcome(
            REJECTED, errors=_with_scope(record, exc.errors), warnings=context.warnings
        )
    except ValidationError as exc:
        errors = [
            RowError(record.row, name, " ".join(messages), record.label)
            for name, messages in exc.message_dict.items()
        ]
        return ProductOutcome(REJECTED, errors=errors, warnings=context.warnings)
    except DatabaseError as exc:
        logger.exception(
            "Product import hit a database error",
            extra={"product_code": record.code, "row": record.row},
        )
        error = RowError(record.row, "", f"database error: {exc}", record.label)
        return ProductOutcome(REJECTED, errors=[error], warnings=context.warnings)
    logger.info(
        "Product %s %s",
        record.code,
        status,
        extra={"product_code": record.code, "import_status": status},
    )
    return ProductOutcome(status, skus=skus, warnings=context.warnings)


def _with_scope(record: ProductRecord, errors: list[RowError]) -> list[RowError]:
    """Say which other rows went down with a bad one (a product is all-or-nothing)."""
    bad_rows = {error.row for error in errors}
    dropped = sorted(set(record.rows) - bad_rows)
    if not dropped:
        return list(errors)
    rows = ", ".join(str(row) for row in dropped)
    note = RowError(
        record.row,
        "",
        f"product {record.label} not imported, so rows {rows} were not imported either",
        record.label,
    )
    return [*errors, note]


def _write_product(context: _Context) -> tuple[str, Counter]:
    record = context.record
    product = Product.objects.filter(
        code__iexact=record.code, locale=context.locale
    ).first()
    created = product is None
    if created:
        product = _new_product(context)
    changed = _assign(product, _product_values(context))
    changed |= _assign_relations(context, product)
    changed |= _assign_images(context, product)
    if created or changed:
        product.full_clean()
        product.save()
    skus = _write_variants(context, product)
    if created or changed:
        _record_revision(product, live=record.live)
    elif product.live and not record.live:
        product.unpublish(log_action=True)
        changed = True
    status = CREATED if created else (UPDATED if changed else UNCHANGED)
    return status, skus


def _new_product(context: _Context) -> Product:
    """A new product, or a new translation when the code exists in another locale.

    A translation shares the source's ``translation_key``, so the file's SKUs
    and prices update the variants every locale shares.
    """
    record = context.record
    source = (
        Product.objects.filter(code__iexact=record.code)
        .exclude(locale=context.locale)
        .order_by("pk")
        .first()
    )
    if source is not None:
        product = source.copy_for_translation(context.locale)
        product.images = []
    else:
        product = Product(locale=context.locale, code=record.code)
    product.live = False
    base = slugify(record.slug or record.name, allow_unicode=True)[:240] or "product"
    product.slug = product_slug_free(slug=base, locale_id=context.locale.pk)
    return product


def _product_values(context: _Context) -> dict:
    record = context.record
    return {
        "kind": record.kind,
        "name": record.name,
        "short_description": clean_html(record.short_description),
        "description": clean_html(record.description),
        "seo_title": record.seo_title,
        "seo_description": record.seo_description,
        "condition": record.condition,
        "external_url": record.external_url,
        "button_text": record.button_text,
        "brand_id": _brand(context),
        "google_category_id": _google_category(context),
    }


def _assign(obj, values: dict) -> bool:
    """Set the attributes that differ and say whether any did."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def _brand(context: _Context) -> int | None:
    name = context.record.brand
    if not name:
        return None
    slug = slugify(name, allow_unicode=True)
    brand = Brand.objects.filter(slug=slug, locale=context.locale).first()
    if brand is None:
        brand = Brand.objects.create(name=name, slug=slug, locale=context.locale)
        brand.save_revision().publish(skip_permission_checks=True)
    return brand.pk


def _google_category(context: _Context) -> int | None:
    value = context.record.google_category
    if not value:
        return None
    if value.isdigit():
        found = GoogleCategory.objects.filter(pk=int(value)).values_list(
            "pk", flat=True
        )
    else:
        found = GoogleCategoryName.objects.filter(path__iexact=value).values_list(
            "category_id", flat=True
        )
    category_id = found.first()
    if category_id is None:
        context.warn(
            context.record.row,
            "Google product category",
            f"{value!r} is not in the loaded Google taxonomy (run import_taxonomy)",
        )
    return category_id


def _shop_category(context: _Context, path: tuple[str, ...]) -> ShopCategory:
    parent, slugs = None, []
    for name in path:
        slugs.append(slugify(name, allow_unicode=True) or "category")
        key = "/".join(slugs)
        category = ShopCategory.objects.filter(
            path__iexact=key, locale=context.locale
        ).first()
        if category is None:
            category = ShopCategory.objects.create(
                name=name,
                slug=slugs[-1],
                path=key,
                parent=parent,
                locale=context.locale,
            )
        parent = category
    return parent


def _attribute(context: _Context, name: str) -> Attribute:
    slug = slugify(name, allow_unicode=True) or "attribute"
    attribute = Attribute.objects.filter(
        slug__iexact=slug, locale=context.locale
    ).first()
    if attribute is None:
        attribute = Attribute.objects.create(
            name=name, slug=slug, locale=context.locale
        )
    return attribute


def _attribute_value(context: _Context, attribute: Attribute, name: str):
    """Reuse the value with the same slug, whatever its case; never duplicate it."""
    slug = slugify(name, allow_unicode=True) or "value"
    value = AttributeValue.objects.filter(
        attribute=attribute, slug__iexact=slug, locale=context.locale
    ).first()
    if value is None:
        value = AttributeValue.objects.create(
            attribute=attribute,
            name=name,
            slug=slug,
            locale=context.locale,
            sort_order=attribute.values.count(),
        )
    return value


def _assign_relations(context: _Context, product: Product) -> bool:
    record = context.record
    categories = [_shop_category(context, path) for path in record.categories]
    values, axes = [], []
    for name, value_names in record.attributes.items():
        attribute = _attribute(context, name)
        if name in record.variant_axes:
            axes.append(attribute)
        values.extend(_attribute_value(context, attribute, v) for v in value_names)
    grouped = []
    for code in record.grouped_codes:
        member = Product.objects.filter(
            code__iexact=code, locale=context.locale
        ).first()
        if member is None:
            context.reject(
                record.row, "Grouped products", f"no product with SKU {code!r}"
            )
        grouped.append(member)

    changed = False
    for relation, wanted in (
        ("categories", categories),
        ("attribute_values", values),
        ("variant_axes", axes),
        ("grouped_products", grouped),
    ):
        manager = getattr(product, relation)
        current = set(manager.values_list("pk", flat=True)) if product.pk else set()
        if current != {obj.pk for obj in wanted}:
            setattr(product, relation, wanted)
            changed = True
    current_tags = set(product.tags.names()) if product.pk else set()
    if current_tags != set(record.tags):
        product.tags.set(record.tags)
        changed = True
    return changed


def _assign_images(context: _Context, product: Product) -> bool:
    wanted = context.record.images
    existing = list(product.images.all()) if product.pk else []
    by_url = {item.source_url: item for item in existing}
    items, changed = [], len(existing) != len(wanted)
    for position, image_record in enumerate(wanted):
        item = by_url.get(image_record.url) or ProductImage(
            source_url=image_record.url, locale=context.locale
        )
        if item.pk is None or existing.index(item) != position:
            changed = True
        changed |= _assign(
            item, {"alt_text": image_record.alt_text, "sort_order": position}
        )
        if item.image_id is None:
            image, error = context.fetcher.get(image_record.url)
            if image is not None:
                item.image, item.fetch_error = image, ""
                changed = True
            else:
                changed |= _assign(item, {"fetch_error": error})
                context.warn(
                    context.record.row, "Images", f"{image_record.url}: {error}"
                )
        items.append(item)
    if changed:
        product.images = items
    return changed


def _write_variants(context: _Context, product: Product) -> Counter:
    counts: Counter = Counter()
    seen: set[str] = set()
    for variant_record in context.record.variants:
        key = variant_record.sku.lower()
        if key in seen:
            context.reject(
                variant_record.row,
                variant_record.sku_column,
                f"SKU {variant_record.sku} appears twice in this product",
            )
        seen.add(key)
        counts[_write_variant(context, product, variant_record)] += 1
    return counts


def _write_variant(context: _Context, product: Product, record: VariantRecord) -> str:
    variant = (
        Variant.objects.select_related("product").filter(sku__iexact=record.sku).first()
    )
    if (
        variant is not None
        and variant.product.translation_key != product.translation_key
    ):
        context.reject(
            record.row,
            record.sku_column,
            f"SKU {record.sku} already belongs to product {variant.product.code}",
        )
    created = variant is None
    if created:
        variant = Variant(product=product, sku=record.sku)
    image_id = None
    if record.image_url:
        image, error = context.fetcher.get(record.image_url)
        image_id = image.pk if image is not None else None
        if image is None:
            context.warn(record.row, "Images", f"{record.image_url}: {error}")
    changed = _assign(variant, _variant_values(context, record, image_id))
    options = [
        _attribute_value(context, _attribute(context, name), value)
        for name, value in record.options.items()
    ]
    current = (
        set(variant.option_values.values_list("pk", flat=True)) if variant.pk else set()
    )
    if current != {value.pk for value in options}:
        variant.option_values = options
        changed = True
    if created or changed:
        try:
            variant.full_clean(exclude=["product"])
        except ValidationError as exc:
            raise RecordRejected(_variant_errors(context, record, exc)) from exc
        variant.save()
    changed |= _write_price(context, variant, record)
    if created:
        return CREATED
    return UPDATED if changed else UNCHANGED


def _variant_values(context: _Context, record: VariantRecord, image_id) -> dict:
    return {
        "gtin": record.gtin,
        "mpn": record.mpn,
        "position": record.position,
        "weight": record.weight,
        "weight_unit": record.weight_unit,
        "length": record.length,
        "width": record.width,
        "height": record.height,
        "dimension_unit": record.dimension_unit,
        "requires_shipping": record.requires_shipping,
        "is_virtual": record.is_virtual,
        "is_downloadable": record.is_downloadable,
        "tax_class": record.tax_class,
        "stock_status": record.stock_status,
        "opening_stock": record.stock_quantity,
        "cost_price": record.cost_price,
        "cost_currency": context.currency if record.cost_price is not None else "",
        "image_id": image_id,
    }


def _variant_errors(context, record: VariantRecord, exc: ValidationError):
    return [
        RowError(
            record.row,
            record.sku_column
            if name == "sku"
            else VARIANT_FIELD_COLUMNS.get(name, name),
            " ".join(messages),
            record.sku,
        )
        for name, messages in exc.message_dict.items()
    ]


def _write_price(context: _Context, variant: Variant, record: VariantRecord) -> bool:
    if record.price is None:
        return False
    values = {
        "amount": quantize(record.price, context.currency),
        "sale_amount": (
            quantize(record.sale_price, context.currency)
            if record.sale_price is not None
            else None
        ),
        "sale_starts_at": record.sale_starts_at,
        "sale_ends_at": record.sale_ends_at,
    }
    if values["sale_amount"] is not None and values["sale_amount"] >= values["amount"]:
        context.reject(
            record.row,
            "Sale price",
            f"{values['sale_amount']} is not lower than {values['amount']} "
            f"once rounded to {context.currency}",
        )
    price = VariantPrice.objects.filter(
        variant=variant, currency=context.currency
    ).first()
    if price is None:
        VariantPrice.objects.create(
            variant=variant, currency=context.currency, **values
        )
        return True
    if _assign(price, values):
        price.save()
        return True
    return False


def _record_revision(product: Product, *, live: bool) -> None:
    """Keep Wagtail's revision history (and audit log) in step with the import."""
    revision = product.save_revision(log_action=True, clean=False)
    if live:
        revision.publish(skip_permission_checks=True)
    elif product.live:
        product.unpublish(log_action=True)
