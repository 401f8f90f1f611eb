"""Import throughput on a seeded synthetic WooCommerce catalog.

usage: python bench/import_bench.py [PRODUCTS]   (default 200)

Builds a temporary SQLite database, writes a synthetic WooCommerce CSV
(a third of the products variable with 3 variations), then measures:
- import_products on it (first run: everything created),
- the same file again (second run: everything unchanged),
- a baseline in the same run: the same products and variants written with
  plain bulk_create (no revisions, no comparisons, no search index).
Prints seconds and products/s for each and, last, the import/baseline ratio.
"""

import csv
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def synthetic_csv(path: Path, products: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    header = (
        "ID,Type,SKU,Name,Published,Short description,Description,In stock?,Stock,"
        "Weight (kg),Sale price,Regular price,Categories,Tags,Images,Parent,"
        "Attribute 1 name,Attribute 1 value(s)"
    ).split(",")
    colours = ["Red", "Green", "Blue", "Black", "White"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        row_id = 0
        for n in range(products):
            row_id += 1
            price = f"{rng.randint(500, 20000) / 100:.2f}"
            category = f"Dept {n % 12} > Aisle {n % 40}"
            name = f"Product {n} {rng.choice(['Mug', 'Shirt', 'Lamp', 'Chair'])}"
            if n % 3 == 0:
                picks = rng.sample(colours, 3)
                writer.writerow(
                    [
                        row_id,
                        "variable",
                        f"SYN-{n}",
                        name,
                        1,
                        "Short.",
                        "Long description.",
                        1,
                        "",
                        "0.5",
                        "",
                        "",
                        category,
                        "",
                        "",
                        "",
                        "Color",
                        ", ".join(picks),
                    ]
                )
                for colour in picks:
                    row_id += 1
                    writer.writerow(
                        [
                            row_id,
                            "variation",
                            f"SYN-{n}-{colour}",
                            f"{name} - {colour}",
                            1,
                            "",
                            "",
                            1,
                            5,
                            "",
                            "",
                            price,
                            "",
                            "",
                            "",
                            f"SYN-{n}",
                            "Color",
                            colour,
                        ]
                    )
            else:
                writer.writerow(
                    [
                        row_id,
                        "simple",
                        f"SYN-{n}",
                        name,
                        1,
                        "Short.",
                        "Long description.",
                        1,
                        10,
                        "0.3",
                        "",
                        price,
                        category,
                        "tag-a, tag-b",
                        "",
                        "",
                        "",
                        "",
                    ]
                )


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    tmp = Path(tempfile.mkdtemp(prefix="silk-bench-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp / 'bench.sqlite3'}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.CATALOG_IMAGE_FETCH = False
    call_command("migrate", verbosity=0)
    path = tmp / "catalog.csv"
    synthetic_csv(path, count)

    def timed_import() -> tuple[float, str]:
        out = io.StringIO()
        start = time.perf_counter()
        call_command(
            "import_products",
            str(path),
            format="woocommerce",
            currency="USD",
            stdout=out,
            stderr=io.StringIO(),
        )
        return time.perf_counter() - start, out.getvalue().strip().splitlines()[-1]

    first, first_summary = timed_import()
    second, second_summary = timed_import()
    baseline = _baseline(path)
    print(f"products: {count}  ({first_summary})")
    print(f"import first run:  {first:7.2f} s  {count / first:8.1f} products/s")
    print(
        f"import second run: {second:7.2f} s  {count / second:8.1f} products/s  ({second_summary})"
    )
    print(
        f"baseline bulk_create: {baseline:7.2f} s  {count / baseline:8.1f} products/s"
    )
    print(f"import/baseline first-run ratio: {first / baseline:.2f}")


def _baseline(path: Path) -> float:
    """Write the same rows with bulk_create into a fresh locale's tables."""
    from decimal import Decimal

    from django.db import transaction
    from wagtail.models import Locale

    from cms.catalog.importers.sources import read_text
    from cms.catalog.importers.woocommerce import parse_woocommerce
    from cms.catalog.models import Product, Variant, VariantPrice

    locale = Locale.objects.get(language_code="fr")
    start = time.perf_counter()
    catalog = parse_woocommerce(read_text(str(path)))
    with transaction.atomic():
        products = Product.objects.bulk_create(
            [
                Product(
                    code=r.code,
                    kind=r.kind,
                    name=r.name,
                    slug=f"b-{r.code.lower()}",
                    locale=locale,
                    description=r.description,
                )
                for r in catalog.products
            ]
        )
        variants, prices = [], []
        for product, record in zip(products, catalog.products, strict=True):
            for v in record.variants:
                variants.append(Variant(product=product, sku=f"B-{v.sku}"))
        Variant.objects.bulk_create(variants)
        records = [v for r in catalog.products for v in r.variants]
        for variant, v in zip(variants, records, strict=True):
            prices.append(
                VariantPrice(
                    variant=variant,
                    currency="USD",
                    amount=(v.price or Decimal(0)).quantize(Decimal("0.01")),
                )
            )
        VariantPrice.objects.bulk_create(prices)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
