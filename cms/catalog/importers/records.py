"""What a catalog file says about one product, independent of its format.

Parsers turn rows into these records (or row errors); the writer in
``cms.catalog.services.product_import`` turns records into rows of our models.
"""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    reason: str
    record: str = ""

    def __str__(self):
        where = f"row {self.row}" + (f", column {self.column}" if self.column else "")
        who = f" ({self.record})" if self.record else ""
        return f"{where}{who}: {self.reason}"


@dataclass
class ImageRecord:
    url: str
    alt_text: str = ""


@dataclass
class VariantRecord:
    row: int
    sku: str
    price: Decimal | None = None
    sale_price: Decimal | None = None
    sale_starts_at: datetime | None = None
    sale_ends_at: datetime | None = None
    options: dict[str, str] = field(default_factory=dict)
    gtin: str = ""
    mpn: str = ""
    weight: Decimal | None = None
    weight_unit: str = "g"
    length: Decimal | None = None
    width: Decimal | None = None
    height: Decimal | None = None
    dimension_unit: str = "cm"
    requires_shipping: bool = True
    is_virtual: bool = False
    is_downloadable: bool = False
    tax_class: str = ""
    stock_status: str = "in_stock"
    stock_quantity: int | None = None
    cost_price: Decimal | None = None
    image_url: str = ""
    position: int = 0
    # Column names in the source file, so errors point at the right cell.
    sku_column: str = "SKU"
    price_column: str = "Regular price"


@dataclass
class ProductRecord:
    row: int
    code: str
    kind: str
    name: str
    live: bool = True
    slug: str = ""
    short_description: str = ""
    description: str = ""
    seo_title: str = ""
    seo_description: str = ""
    brand: str = ""
    condition: str = "new"
    categories: list[tuple[str, ...]] = field(default_factory=list)
    google_category: str = ""
    tags: list[str] = field(default_factory=list)
    attributes: dict[str, list[str]] = field(default_factory=dict)
    variant_axes: list[str] = field(default_factory=list)
    images: list[ImageRecord] = field(default_factory=list)
    external_url: str = ""
    button_text: str = ""
    grouped_codes: list[str] = field(default_factory=list)
    variants: list[VariantRecord] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.code or self.name


@dataclass
class ParsedCatalog:
    products: list[ProductRecord] = field(default_factory=list)
    # Errors that belong to no product (e.g. an orphan variation).
    errors: list[RowError] = field(default_factory=list)


def reject_duplicates(catalog: ParsedCatalog, *, code_column: str, sku_column: str):
    """Reject a later record whose code or SKU repeats an earlier one (any case)."""
    first_seen: dict[str, int] = {}
    for record in catalog.products:
        keys = [(record.code.lower(), record.row, code_column)]
        keys += [
            (variant.sku.lower(), variant.row, sku_column)
            for variant in record.variants
            if variant.sku.lower() != record.code.lower()
        ]
        for key, row, column in keys:
            if not key:
                continue
            if key in first_seen and first_seen[key] != row:
                record.errors.append(
                    RowError(
                        row,
                        column,
                        f"{key!r} repeats row {first_seen[key]}",
                        record.label,
                    )
                )
            first_seen.setdefault(key, row)
