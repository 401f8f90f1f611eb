"""Catalog fixtures: a sellable product, and users in the migrated groups."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from cms.catalog.models import Product, ProductImage, Variant, VariantPrice


@pytest.fixture
def locale_en(db) -> Locale:
    return Locale.objects.get(language_code="en")


@pytest.fixture
def locale_de(db) -> Locale:
    return Locale.objects.get(language_code="de")


@pytest.fixture
def image(db):
    return get_image_model().objects.create(
        title="mug", file=get_test_image_file(filename="mug.png")
    )


@pytest.fixture
def product(locale_en, image) -> Product:
    """A draft English mug with one shipped USD-priced SKU and an alt-texted image."""
    product = Product(
        locale=locale_en,
        code="MUG-1",
        name="Blue mug",
        slug="blue-mug",
        description="<p>A sturdy blue mug.</p>",
        live=False,
    )
    product.images = [
        ProductImage(image=image, alt_text="A blue mug", locale=locale_en)
    ]
    product.save()
    variant = Variant.objects.create(
        product=product, sku="MUG-1-BLUE", hs_code="6912.00", country_of_origin="PT"
    )
    VariantPrice.objects.create(variant=variant, currency="USD", amount=Decimal("12"))
    product.save_revision()
    return product


def _user(username: str, *groups: str) -> User:
    user = User.objects.create_user(username, f"{username}@example.com", "x" * 12)
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def editor(db) -> User:
    return _user("edna", "Editors")


@pytest.fixture
def reviewer(db) -> User:
    return _user("rita", "Reviewers")


@pytest.fixture
def translator_de(db) -> User:
    return _user("dieter", "Translators (de)")
