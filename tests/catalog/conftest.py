import io
import textwrap

import pytest
from django.core.management import call_command


@pytest.fixture
def run_import():
    """Run import_products and return (summary line, stderr text)."""

    def run(path, *, fmt="woocommerce", currency="USD", **options):
        out, err = io.StringIO(), io.StringIO()
        call_command(
            "import_products",
            str(path),
            format=fmt,
            currency=currency,
            stdout=out,
            stderr=err,
            **options,
        )
        lines = [
            line for line in out.getvalue().splitlines() if line.startswith("products:")
        ]
        assert len(lines) == 1, out.getvalue()
        return lines[0], err.getvalue()

    return run


WOO_HEADER = (
    "ID,Type,SKU,Name,Published,Short description,Description,"
    "Date sale price starts,Date sale price ends,In stock?,Stock,Weight (kg),"
    "Sale price,Regular price,Categories,Tags,Images,Parent,Grouped products,"
    "External URL,Button text,Attribute 1 name,Attribute 1 value(s)\n"
)


@pytest.fixture
def woo_file(tmp_path):
    """Write a small WooCommerce CSV from data rows (header supplied)."""

    def write(rows: str, name="products.csv"):
        path = tmp_path / name
        path.write_text(WOO_HEADER + textwrap.dedent(rows).lstrip(), encoding="utf-8")
        return path

    return write
