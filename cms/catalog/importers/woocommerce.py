"""Read WooCommerce's product CSV export into ProductRecords.

Variations name their parent by SKU (compared case-insensitively) or by
``id:<ID>``; grouped products list their children the same way. A product with
a bad row is rejected whole, with every bad row reported.
"""

import csv
import io
import re

from django.utils.html import escape
from django.utils.text import slugify

from .cells import (
    CellError,
    parse_decimal,
    parse_int,
    parse_moment,
    split_list,
)
from .records import (
    ImageRecord,
    ParsedCatalog,
    ProductRecord,
    RowError,
    VariantRecord,
    reject_duplicates,
)

REQUIRED_COLUMNS = ("Type", "SKU", "Name", "Regular price")
KNOWN_TYPES = {"simple", "variable", "variation", "grouped", "external"}
TYPE_FLAGS = {"downloadable", "virtual"}
WEIGHT_UNITS = {"lbs": "lb", "lb": "lb", "kg": "kg", "g": "g", "oz": "oz"}
DIMENSION_UNITS = {"in": "in", "cm": "cm", "m": "m"}
MAX_SKU = 127


def _unit(headers: list[str], label: str, units: dict[str, str], default: str):
    pattern = re.compile(rf"^{label} \((\w+)\)$")
    for header in headers:
        match = pattern.match(header)
        if match:
            return header, units.get(match.group(1).lower(), default)
    return label, default


def _text_to_html(text: str) -> str:
    text = (text or "").strip()
    if not text:
        return ""
    if re.search(r"</?[a-zA-Z][^>]*>", text):
        return text
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(
        "<p>" + "<br/>".join(escape(line) for line in p.splitlines()) + "</p>"
        for p in paragraphs
    )


class _Row:
    """One CSV record with its row number; cell errors are collected, not raised."""

    def __init__(self, number: int, cells: dict[str, str], label: str):
        self.number = number
        self.cells = cells
        self.label = label
        self.errors: list[RowError] = []

    def get(self, column: str) -> str:
        return (self.cells.get(column) or "").strip()

    def parse(self, column: str, parser, **kwargs):
        try:
            return parser(self.cells.get(column) or "", **kwargs)
        except CellError as exc:
            self.errors.append(RowError(self.number, column, str(exc), self.label))
            return None

    def error(self, column: str, reason: str):
        self.errors.append(RowError(self.number, column, reason, self.label))


def parse_woocommerce(text: str) -> ParsedCatalog:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    headers = reader.fieldnames or []
    catalog = ParsedCatalog()
    missing = [c for c in REQUIRED_COLUMNS if c not in headers]
    if missing:
        catalog.errors.append(
            RowError(1, ", ".join(missing), "missing column(s) in the header row")
        )
        return catalog
    weight_col, weight_unit = _unit(headers, "Weight", WEIGHT_UNITS, "kg")
    dims = {
        name: _unit(headers, name.capitalize(), DIMENSION_UNITS, "cm")
        for name in ("length", "width", "height")
    }
    attribute_numbers = sorted(
        int(m.group(1))
        for h in headers
        if (m := re.match(r"^Attribute (\d+) name$", h))
    )

    def attributes(row: _Row) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for n in attribute_numbers:
            name = row.get(f"Attribute {n} name")
            if name:
                found[name] = split_list(row.get(f"Attribute {n} value(s)"))
        return found

    def variant(row: _Row, position: int) -> VariantRecord:
        types = set(split_list(row.get("Type").lower()))
        sku = row.get("SKU")
        if not sku:
            row.error("SKU", "a sellable product or variation needs a SKU")
        elif len(sku) > MAX_SKU:
            row.error("SKU", f"longer than {MAX_SKU} characters")
        price = row.parse("Regular price", parse_decimal)
        sale = row.parse("Sale price", parse_decimal)
        if price is None and sale is not None:
            row.error("Regular price", "a sale price needs a regular price")
        if price is not None and sale is not None and sale >= price:
            row.error("Sale price", f"{sale} is not lower than the price {price}")
        starts = row.parse("Date sale price starts", parse_moment)
        ends = row.parse("Date sale price ends", parse_moment, end_of_day=True)
        if starts and ends and ends <= starts:
            row.error("Date sale price ends", "the sale ends before it starts")
        in_stock = row.get("In stock?").lower()
        stock_status = {"0": "out_of_stock", "backorder": "backorder"}.get(
            in_stock, "in_stock"
        )
        virtual = "virtual" in types
        downloadable = "downloadable" in types
        images = split_list(row.get("Images"))
        record = VariantRecord(
            row=row.number,
            sku=sku,
            price=price,
            sale_price=sale,
            sale_starts_at=starts,
            sale_ends_at=ends,
            weight=row.parse(weight_col, parse_decimal),
            weight_unit=weight_unit,
            length=row.parse(dims["length"][0], parse_decimal),
            width=row.parse(dims["width"][0], parse_decimal),
            height=row.parse(dims["height"][0], parse_decimal),
            dimension_unit=dims["length"][1],
            requires_shipping=not (virtual or downloadable),
            is_virtual=virtual,
            is_downloadable=downloadable,
            tax_class=row.get("Tax class"),
            stock_status=stock_status,
            stock_quantity=row.parse("Stock", parse_int),
            position=position,
        )
        if "variation" in types:
            record.image_url = images[0] if images else ""
            record.options = {
                name: values[0] for name, values in attributes(row).items() if values
            }
        return record

    products: list[ProductRecord] = []
    by_ref: dict[str, ProductRecord] = {}
    variations: list[_Row] = []
    parent_defaults: dict[str, VariantRecord] = {}
    for number, cells in enumerate(reader, start=2):
        row = _Row(number, cells, cells.get("SKU") or cells.get("Name") or "")
        types = set(split_list(row.get("Type").lower()))
        base = types & KNOWN_TYPES
        unknown = types - KNOWN_TYPES - TYPE_FLAGS
        if unknown or len(base) != 1:
            row.error("Type", f"unknown product type {row.get('Type')!r}")
            catalog.errors.extend(row.errors)
            continue
        kind = base.pop()
        if kind == "variation":
            variations.append(row)
            continue
        record = _product(row, kind, attributes(row))
        if kind in {"simple", "external"}:
            record.variants.append(variant(row, 0))
        elif kind == "variable":
            # Variations inherit the parent's weight, size and tax class when empty.
            parent_defaults[record.code.lower()] = variant(row, 0)
            row.errors = [e for e in row.errors if e.column != "SKU"]
        record.errors.extend(row.errors)
        products.append(record)
        for ref in (record.code.lower(), f"id:{row.get('ID')}"):
            by_ref.setdefault(ref, record)

    for row in variations:
        parent_ref = row.get("Parent").lower()
        parent = by_ref.get(parent_ref)
        if not parent_ref:
            row.error("Parent", "a variation needs its parent's SKU")
        elif parent is None:
            row.error("Parent", f"no product {row.get('Parent')!r} in this file")
        elif parent.kind != "variable":
            row.error("Parent", f"{parent.code} is {parent.kind}, not variable")
        if parent is None or parent.kind != "variable":
            catalog.errors.extend(row.errors)
            continue
        record = variant(row, len(parent.variants))
        _inherit(record, parent_defaults[parent.code.lower()])
        parent.rows.append(row.number)
        parent.variants.append(record)
        parent.errors.extend(row.errors)
        for name in record.options:
            if name not in parent.variant_axes:
                parent.variant_axes.append(name)
        unknown_options = [
            name
            for name in _named_attributes(row, attribute_numbers)
            if name not in parent.attributes
        ]
        for name in unknown_options:
            parent.errors.append(
                RowError(
                    row.number,
                    "Attribute name",
                    f"{name!r} is not an attribute of {parent.code}",
                    row.label,
                )
            )

    for record in products:
        record.grouped_codes = [
            by_ref[ref.lower()].code
            if ref.lower().startswith("id:") and ref.lower() in by_ref
            else ref
            for ref in record.grouped_codes
        ]
        if record.kind == "variable" and not record.variants:
            record.errors.append(
                RowError(
                    record.row,
                    "Type",
                    "a variable product needs variations",
                    record.label,
                )
            )
    catalog.products = products
    reject_duplicates(catalog, code_column="SKU", sku_column="SKU")
    return catalog


INHERITED = ("weight", "length", "width", "height", "tax_class")


def _inherit(record: VariantRecord, parent: VariantRecord) -> None:
    for name in INHERITED:
        if getattr(record, name) in (None, ""):
            setattr(record, name, getattr(parent, name))


def _named_attributes(row: _Row, numbers: list[int]) -> list[str]:
    return [
        row.get(f"Attribute {n} name")
        for n in numbers
        if row.get(f"Attribute {n} name")
    ]


def _product(row: _Row, kind: str, attrs: dict[str, list[str]]) -> ProductRecord:
    name = row.get("Name")
    if not name:
        row.error("Name", "a product needs a name")
    code = row.get("SKU") or (f"woo-{row.get('ID')}" if row.get("ID") else "")
    if not code:
        row.error("SKU", "a product needs a SKU or an ID")
    published = row.get("Published")
    record = ProductRecord(
        row=row.number,
        code=code,
        kind=kind,
        name=name,
        live=published in {"1", ""},
        slug=slugify(name, allow_unicode=True),
        short_description=_text_to_html(row.cells.get("Short description") or ""),
        description=_text_to_html(row.cells.get("Description") or ""),
        categories=[
            tuple(level.strip() for level in path.split(">") if level.strip())
            for path in split_list(row.get("Categories"))
        ],
        tags=split_list(row.get("Tags")),
        attributes=attrs,
        images=[ImageRecord(url=url) for url in split_list(row.get("Images"))],
        rows=[row.number],
    )
    if published not in {"1", "0", "-1", ""}:
        row.error("Published", f"{published!r} is not 1, 0 or -1")
    if kind == "external":
        record.external_url = row.get("External URL")
        record.button_text = row.get("Button text")
        if not record.external_url.startswith(("http://", "https://")):
            row.error("External URL", "an external product needs an http(s) URL")
    if kind == "grouped":
        record.grouped_codes = split_list(row.get("Grouped products"))
        if not record.grouped_codes:
            row.error("Grouped products", "a grouped product needs its products")
    return record
