"""Read Shopify's product CSV (the import template) into ProductRecords.

Rows sharing a Handle form one product: the first carries the product's
fields, later rows add variants (continuation rows leave Title empty) and
image-only rows add images.
"""

import csv
import io
from decimal import Decimal

from .cells import CellError, parse_bool, parse_decimal, parse_int, split_list
from .records import (
    ImageRecord,
    ParsedCatalog,
    ProductRecord,
    RowError,
    VariantRecord,
    reject_duplicates,
)

REQUIRED_COLUMNS = ("Handle", "Title", "Variant SKU", "Variant Price")
OPTION_NUMBERS = (1, 2, 3)
MAX_SKU = 127
GTIN_LENGTHS = {8, 12, 13, 14}
CONDITIONS = {"new", "used", "refurbished"}
VARIANT_COLUMNS = (
    "Option1 Value",
    "Variant SKU",
    "Variant Price",
    "Variant Grams",
    "Variant Barcode",
)


def _cell(cells: dict[str, str], column: str) -> str:
    return (cells.get(column) or "").strip()


class _Errors:
    def __init__(self, record: ProductRecord):
        self.record = record

    def add(self, row: int, column: str, reason: str):
        self.record.errors.append(RowError(row, column, reason, self.record.label))

    def parse(self, row: int, cells, column: str, parser, **kwargs):
        try:
            return parser(cells.get(column) or "", **kwargs)
        except CellError as exc:
            self.add(row, column, str(exc))
            return None


def parse_shopify(text: str) -> ParsedCatalog:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    catalog = ParsedCatalog()
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        catalog.errors.append(
            RowError(1, ", ".join(missing), "missing column(s) in the header row")
        )
        return catalog
    by_handle: dict[str, ProductRecord] = {}
    option_names: dict[str, list[str]] = {}
    for number, cells in enumerate(reader, start=2):
        handle = _cell(cells, "Handle").lower()
        if not handle:
            catalog.errors.append(RowError(number, "Handle", "a row needs a Handle"))
            continue
        record = by_handle.get(handle)
        if record is None:
            record = _product(number, handle, cells)
            by_handle[handle] = record
            catalog.products.append(record)
            option_names[handle] = [
                _cell(cells, f"Option{n} Name")
                for n in OPTION_NUMBERS
                if _cell(cells, f"Option{n} Name")
            ]
        else:
            record.rows.append(number)
        _add_image(record, cells)
        if any(_cell(cells, column) for column in VARIANT_COLUMNS):
            _add_variant(record, number, cells, option_names[handle])
    for record in catalog.products:
        _finish(record, option_names[record.code])
    reject_duplicates(catalog, code_column="Handle", sku_column="Variant SKU")
    return catalog


def _product(number: int, handle: str, cells: dict[str, str]) -> ProductRecord:
    status = _cell(cells, "Status").lower()
    record = ProductRecord(
        row=number,
        code=handle,
        kind="simple",
        name=_cell(cells, "Title"),
        slug=handle,
        description=cells.get("Body (HTML)") or "",
        brand=_cell(cells, "Vendor"),
        seo_title=_cell(cells, "SEO Title"),
        seo_description=_cell(cells, "SEO Description"),
        google_category=_cell(cells, "Google Shopping / Google Product Category")
        or _cell(cells, "Product Category"),
        tags=split_list(cells.get("Tags") or ""),
        rows=[number],
    )
    errors = _Errors(record)
    if not record.name:
        errors.add(number, "Title", "the first row of a product needs a Title")
    if status:
        if status not in {"active", "draft", "archived"}:
            errors.add(number, "Status", f"{status!r} is not active, draft or archived")
        record.live = status == "active"
    else:
        record.live = bool(errors.parse(number, cells, "Published", parse_bool))
    product_type = _cell(cells, "Type")
    if product_type:
        record.categories = [(product_type,)]
    condition = _cell(cells, "Google Shopping / Condition").lower()
    if condition:
        if condition not in CONDITIONS:
            errors.add(
                number,
                "Google Shopping / Condition",
                f"{condition!r} is not a condition",
            )
        else:
            record.condition = condition
    return record


def _add_image(record: ProductRecord, cells: dict[str, str]):
    url = _cell(cells, "Image Src")
    if url and url not in {image.url for image in record.images}:
        record.images.append(
            ImageRecord(url=url, alt_text=_cell(cells, "Image Alt Text"))
        )


def _add_variant(record, number: int, cells, names: list[str]):
    errors = _Errors(record)
    sku = _cell(cells, "Variant SKU")
    if not sku:
        errors.add(number, "Variant SKU", "a variant needs a SKU")
    elif len(sku) > MAX_SKU:
        errors.add(number, "Variant SKU", f"longer than {MAX_SKU} characters")
    price = errors.parse(number, cells, "Variant Price", parse_decimal)
    compare_at = errors.parse(number, cells, "Variant Compare At Price", parse_decimal)
    if price is None:
        errors.add(number, "Variant Price", "a variant needs a price")
    regular, sale = price, None
    # Shopify's "compare at" price is the was-price: a sale only when it is higher.
    if price is not None and compare_at is not None and compare_at > price:
        regular, sale = compare_at, price
    options = {}
    for n, name in enumerate(names, start=1):
        value = _cell(cells, f"Option{n} Value")
        if name.lower() == "title" and value.lower() == "default title":
            continue
        if not value:
            errors.add(number, f"Option{n} Value", f"no value for option {name!r}")
        options[name] = value
    barcode = _cell(cells, "Variant Barcode")
    gtin = barcode if barcode.isdigit() and len(barcode) in GTIN_LENGTHS else ""
    quantity = errors.parse(number, cells, "Variant Inventory Qty", parse_int)
    tracked = bool(_cell(cells, "Variant Inventory Tracker"))
    policy = _cell(cells, "Variant Inventory Policy").lower()
    stock_status = "in_stock"
    if tracked and quantity is not None and quantity <= 0:
        stock_status = "backorder" if policy == "continue" else "out_of_stock"
    ships = errors.parse(
        number, cells, "Variant Requires Shipping", parse_bool, default=True
    )
    grams = errors.parse(number, cells, "Variant Grams", parse_decimal)
    record.variants.append(
        VariantRecord(
            row=number,
            sku=sku,
            price=regular,
            sale_price=sale,
            options=options,
            gtin=gtin,
            mpn=_cell(cells, "Google Shopping / MPN") or (barcode if not gtin else ""),
            weight=grams.quantize(Decimal("0.001")) if grams is not None else None,
            weight_unit="g",
            requires_shipping=bool(ships),
            is_virtual=not ships,
            stock_status=stock_status,
            stock_quantity=quantity if tracked else None,
            cost_price=errors.parse(number, cells, "Cost per item", parse_decimal),
            image_url=_cell(cells, "Variant Image"),
            position=len(record.variants),
            sku_column="Variant SKU",
            price_column="Variant Price",
        )
    )


def _finish(record: ProductRecord, names: list[str]):
    axes = [n for n in names if n.lower() != "title"]
    if len(record.variants) > 1 or axes:
        record.kind = "variable"
        record.variant_axes = axes
        for axis in axes:
            values = []
            for variant in record.variants:
                value = variant.options.get(axis)
                if value and value not in values:
                    values.append(value)
            record.attributes[axis] = values
    if not record.variants:
        record.errors.append(
            RowError(
                record.row, "Variant SKU", "a product needs a variant", record.label
            )
        )
    first_mpn = record.variants[0].mpn if record.variants else ""
    for variant in record.variants[1:]:
        # Shopify puts the Google Shopping MPN on the product's first row only.
        if variant.mpn == first_mpn and variant.gtin:
            variant.mpn = ""
