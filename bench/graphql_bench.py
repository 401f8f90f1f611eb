"""Benchmark the storefront listing query against a hand-written baseline.

Builds a seeded synthetic catalog in a temporary SQLite database (10,000
products, 3 variants each, 2 locales, one image per product row), then times:

- graphql: the standard listing query (first 50 with variants, prices and
  images) POSTed to /graphql/ through Django's test client;
- baseline: the same rows fetched with hand-written SQL and serialised into
  the same JSON shape with json.dumps.

Run: .venv/bin/python bench/graphql_bench.py [--products N] [--runs N]
The last line printed is ``graphql/baseline p50 ratio: X.XX``.
"""

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERY = """
query Listing {
  products(market: "US", first: 50) {
    edges {
      cursor
      node {
        name
        slug
        variants {
          sku
          price { amount currency formatted }
          salePrice { amount currency formatted }
        }
        images { url width height alt }
      }
    }
  }
}
"""


def setup_django(db_path: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{db_path}"
    import django  # noqa: PLC0415 (settings must be chosen first)

    django.setup()


def seed(products: int, seed_value: int) -> None:
    """Create the synthetic catalog with bulk inserts (no search indexing)."""
    from django.core.management import call_command  # noqa: PLC0415
    from wagtail.images import get_image_model  # noqa: PLC0415
    from wagtail.models import Collection, Locale  # noqa: PLC0415

    from cms.catalog.models import (  # noqa: PLC0415
        Product,
        ProductImage,
        Variant,
        VariantPrice,
    )

    call_command("migrate", verbosity=0)
    rng = random.Random(seed_value)
    en = Locale.objects.get(language_code="en")
    de = Locale.objects.get(language_code="de")
    collection = Collection.get_first_root_node()
    words = "alpha bravo cotton denim eagle falcon granite harbor indigo jade".split()
    image_model = get_image_model()
    images = image_model.objects.bulk_create(
        image_model(
            title=f"image {i}",
            file=f"original_images/product-{i}.jpg",
            width=rng.choice([800, 1200, 1600]),
            height=rng.choice([800, 1200]),
            collection=collection,
        )
        for i in range(products)
    )
    rows = []
    for i in range(products):
        key = uuid.UUID(int=rng.getrandbits(128))
        name = f"{rng.choice(words).title()} {rng.choice(words)} {i}"
        for locale, label in ((en, name), (de, f"{name} (de)")):
            rows.append(
                Product(
                    locale=locale,
                    translation_key=key,
                    code=f"P{i:05d}",
                    name=label,
                    slug=f"p-{i}",
                    live=True,
                    short_description="<p>Synthetic product.</p>",
                )
            )
    rows = Product.objects.bulk_create(rows, batch_size=2000)
    ProductImage.objects.bulk_create(
        (
            ProductImage(
                product=row,
                locale_id=row.locale_id,
                image=images[n // 2],
                alt_text=f"{row.name} photo",
                sort_order=0,
            )
            for n, row in enumerate(rows)
        ),
        batch_size=2000,
    )
    sources = [row for row in rows if row.locale_id == en.pk]
    variants = Variant.objects.bulk_create(
        (
            Variant(product=row, sku=f"SKU-{row.code}-{k}", position=k)
            for row in sources
            for k in range(3)
        ),
        batch_size=2000,
    )
    prices = []
    for variant in variants:
        amount = Decimal(rng.randrange(500, 20000)) / 100
        sale = amount * Decimal("0.8") if rng.random() < 0.3 else None
        prices.append(
            VariantPrice(
                variant=variant,
                currency="USD",
                amount=amount,
                sale_amount=sale.quantize(Decimal("0.01")) if sale else None,
            )
        )
    VariantPrice.objects.bulk_create(prices, batch_size=2000)


def baseline() -> bytes:
    """Fetch the listing with hand-written SQL and serialise it with json.dumps."""
    from django.conf import settings  # noqa: PLC0415
    from django.core.files.storage import default_storage  # noqa: PLC0415
    from django.db import connection  # noqa: PLC0415
    from django.utils import timezone  # noqa: PLC0415

    from cms.api.core.pagination import cursor_encode  # noqa: PLC0415
    from cms.api.core.types import MoneyValue  # noqa: PLC0415
    from cms.catalog.money import quantize  # noqa: PLC0415

    del settings
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT m.currency, l.id, l.language_code FROM catalog_market m "
            "JOIN wagtailcore_locale l ON l.id = m.default_locale_id "
            "WHERE m.code = %s",
            ["US"],
        )
        currency, locale_id, language = cursor.fetchone()
        cursor.execute(
            "SELECT id, translation_key, name, slug FROM catalog_product "
            "WHERE live AND locale_id = %s ORDER BY lower(name), id LIMIT 50",
            [locale_id],
        )
        products = cursor.fetchall()
        keys = [row[1] for row in products]
        marks = ",".join(["%s"] * len(keys))
        cursor.execute(
            "SELECT v.id, v.sku, p.translation_key FROM catalog_variant v "
            "JOIN catalog_product p ON p.id = v.product_id "
            f"WHERE p.translation_key IN ({marks}) "
            "ORDER BY v.product_id, v.position, v.id",
            keys,
        )
        variants = cursor.fetchall()
        ids = [row[0] for row in variants]
        marks_v = ",".join(["%s"] * len(ids))
        cursor.execute(
            "SELECT variant_id, amount, sale_amount, sale_starts_at, sale_ends_at "
            f"FROM catalog_variantprice WHERE currency = %s AND variant_id IN ({marks_v})",
            [currency, *ids],
        )
        prices = {row[0]: row for row in cursor.fetchall()}
        pids = [row[0] for row in products]
        marks_p = ",".join(["%s"] * len(pids))
        cursor.execute(
            "SELECT pi.product_id, pi.alt_text, pi.source_url, i.file, i.width, "
            "i.height FROM catalog_productimage pi "
            "LEFT JOIN wagtailimages_image i ON i.id = pi.image_id "
            f"WHERE pi.product_id IN ({marks_p}) "
            "ORDER BY pi.product_id, pi.sort_order, pi.id",
            pids,
        )
        images = cursor.fetchall()

    by_key: dict = {}
    for variant_id, sku, key in variants:
        price = prices.get(variant_id)
        entry = {"sku": sku, "price": None, "salePrice": None}
        if price is not None:
            amount = quantize(_decimal(price[1]), currency)
            entry["price"] = _money(MoneyValue(amount, currency, language))
            sale_on = price[2] is not None and _sale_on(price, now)
            if sale_on:
                sale = quantize(_decimal(price[2]), currency)
                entry["salePrice"] = _money(MoneyValue(sale, currency, language))
        by_key.setdefault(key, []).append(entry)
    by_product: dict = {}
    for product_id, alt, source, file, width, height in images:
        url = "http://localhost" + default_storage.url(file) if file else source
        by_product.setdefault(product_id, []).append(
            {"url": url, "width": width, "height": height, "alt": alt}
        )
    edges = [
        {
            "cursor": cursor_encode(n),
            "node": {
                "name": name,
                "slug": slug,
                "variants": by_key.get(key, []),
                "images": by_product.get(pk, []),
            },
        }
        for n, (pk, key, name, slug) in enumerate(products)
    ]
    return json.dumps(
        {"data": {"products": {"edges": edges}}}, separators=(",", ":")
    ).encode()


def _decimal(value) -> Decimal:
    # SQLite hands raw NUMERIC columns back as float or int; PostgreSQL as Decimal.
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _money(value) -> dict:
    return {
        "amount": value.amount,
        "currency": value.currency,
        "formatted": value.formatted,
    }


def _sale_on(price, now) -> bool:
    starts, ends = price[3], price[4]
    return not (starts and now < starts) and not (ends and now >= ends)


def graphql(client) -> bytes:
    response = client.post(
        "/graphql/", {"query": QUERY}, content_type="application/json"
    )
    assert response.status_code == 200, response.content[:500]
    return response.content


def timed(function, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="silk-bench-") as tmp:
        setup_django(str(Path(tmp) / "bench.sqlite3"))
        from django.test import Client  # noqa: PLC0415

        started = time.perf_counter()
        seed(args.products, args.seed)
        print(
            f"seeded {args.products} products x 2 locales, 3 variants each, "
            f"in {time.perf_counter() - started:.1f}s"
        )
        client = Client(HTTP_HOST="localhost")
        ours, theirs = json.loads(graphql(client)), json.loads(baseline())
        assert ours == theirs, "the baseline must produce the same JSON"
        for _ in range(20):  # warm caches, connections and code paths
            graphql(client)
            baseline()
        graphql_ms = timed(lambda: graphql(client), args.runs)
        baseline_ms = timed(baseline, args.runs)

    g50, b50 = statistics.median(graphql_ms), statistics.median(baseline_ms)
    print(f"graphql  p50 {g50:.2f} ms  p95 {p95(graphql_ms):.2f} ms")
    print(f"baseline p50 {b50:.2f} ms  p95 {p95(baseline_ms):.2f} ms")
    print(f"graphql/baseline p50 ratio: {g50 / b50:.2f}")


if __name__ == "__main__":
    main()
