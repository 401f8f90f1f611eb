"""Fixtures shared by every test package.

The real public sample files are read from ``../shared/data`` (never copied into
the project); tests that need them are skipped, with the reason, when absent.
"""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

DATA_DIR = Path(settings.SILKROUTE_DATA_DIR)
WOO_CSV = DATA_DIR / "woocommerce" / "sample_products.csv"
SHOPIFY_CSV = DATA_DIR / "shopify" / "shopify_product_template_2024.csv"
TAXONOMY_TXT = DATA_DIR / "google_taxonomy" / "taxonomy-with-ids.en-US.txt"


def _require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"sample data not found at {path}")
    return path


@pytest.fixture
def woo_csv() -> Path:
    return _require(WOO_CSV)


@pytest.fixture
def shopify_csv() -> Path:
    return _require(SHOPIFY_CSV)


@pytest.fixture
def taxonomy_txt() -> Path:
    return _require(TAXONOMY_TXT)


def import_woo_sample(path: Path) -> None:
    """Import the WooCommerce sample in USD, quietly."""
    call_command(
        "import_products",
        str(path),
        format="woocommerce",
        currency="USD",
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )


@pytest.fixture
def woo_catalog(db, woo_csv):
    """The WooCommerce sample catalog imported in USD (18 products, 22 SKUs)."""
    import_woo_sample(woo_csv)
