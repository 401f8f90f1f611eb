"""Fixtures for the storefront API: a client that speaks GraphQL, and catalogs."""

import io
import json
import uuid
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale

from cms.catalog.models import (
    Market,
    Product,
    ProductImage,
    ShopCategory,
    Variant,
    VariantPrice,
)


@pytest.fixture
def graphql():
    """POST a query to /graphql/ and return the decoded JSON body."""
    client = Client(HTTP_HOST="localhost")

    def run(query: str, variables: dict | None = None, **headers) -> dict:
        response = client.post(
            "/graphql/",
            json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
            **headers,
        )
        return response.json()

    return run


@pytest.fixture
def english(db) -> Locale:
    return Locale.objects.get(language_code="en")


@pytest.fixture
def german(db) -> Locale:
    return Locale.objects.get(language_code="de")


@pytest.fixture
def us_market(db, german) -> Market:
    """The seeded US market (USD, English), also serving German."""
    market = Market.objects.get(code="US")
    market.locales.add(german)
    return market


@pytest.fixture
def live_product(english):
    """Create a published product with one priced variant; return the factory."""

    def create(name: str, *, price: str = "10.00", sku: str | None = None, **fields):
        slug = fields.pop("slug", name.lower().replace(" ", "-"))
        product = Product(
            locale=fields.pop("locale", english),
            code=sku or slug,
            name=name,
            slug=slug,
            live=False,
            **fields,
        )
        product.save()
        variant = Variant.objects.create(product=product, sku=sku or slug)
        VariantPrice.objects.create(variant=variant, currency="USD", amount=price)
        product.save_revision().publish(skip_permission_checks=True)
        product.refresh_from_db()
        return product

    return create


@pytest.fixture
def listing_catalog(english):
    """Build ``count`` live products, each with 2 priced variants, an image and a
    category, with bulk inserts (no search index)."""

    def create(count: int) -> list[Product]:
        category = ShopCategory.objects.create(
            name="Clothing", slug="clothing", path="clothing", locale=english
        )
        image = get_image_model().objects.create(
            title="photo",
            file="original_images/photo.jpg",
            width=800,
            height=600,
            collection=Collection.get_first_root_node(),
        )
        products = Product.objects.bulk_create(
            Product(
                locale=english,
                translation_key=uuid.uuid4(),
                code=f"p{n:04d}",
                name=f"Product {n:04d}",
                slug=f"product-{n:04d}",
                live=True,
            )
            for n in range(count)
        )
        Product.categories.through.objects.bulk_create(
            Product.categories.through(product=p, shopcategory=category)
            for p in products
        )
        ProductImage.objects.bulk_create(
            ProductImage(product=p, locale=english, image=image, alt_text=p.name)
            for p in products
        )
        variants = Variant.objects.bulk_create(
            Variant(product=p, sku=f"{p.code}-{k}", position=k)
            for p in products
            for k in range(2)
        )
        VariantPrice.objects.bulk_create(
            VariantPrice(variant=v, currency="USD", amount=Decimal("9.50"))
            for v in variants
        )
        return products

    return create


@pytest.fixture
def translated_pair(live_product, us_market, german):
    """A product translated into German, and one that exists in English only."""
    shirt = live_product("Shirt", slug="shirt")
    hemd = shirt.copy_for_translation(german)
    hemd.name, hemd.slug = "Hemd", "hemd"
    hemd.save()
    hemd.save_revision().publish(skip_permission_checks=True)
    live_product("Sock", slug="sock")
    return shirt, hemd


@pytest.fixture
def image_file(db):
    """Store bytes as a Wagtail image of the given size; return the factory."""

    def create(name: str, content: bytes, width: int, height: int):
        image = get_image_model()(title=name)
        image.file.save(name, ContentFile(content), save=False)
        image.width, image.height = width, height
        image.save()
        return image

    return create


@pytest.fixture
def five_hundred_products(listing_catalog):
    return listing_catalog(500)


@pytest.fixture
def lamp(live_product, image_file):
    """A live product with one hosted 1000x500 PNG image."""
    product = live_product("Lamp", slug="lamp")
    buffer = io.BytesIO()
    PILImage.new("RGB", (1000, 500), "red").save(buffer, format="PNG")
    image = image_file("lamp.png", buffer.getvalue(), 1000, 500)
    ProductImage.objects.create(
        product=product, locale=product.locale, image=image, alt_text="A red lamp"
    )
    return product


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "e@example.com", "pw")
