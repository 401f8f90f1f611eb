"""The imported catalog is browsable in the Wagtail admin."""

import pytest
from django.urls import reverse

from cms.catalog.models import Product, Variant

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_logged_in(client, django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@example.com", "pw")
    client.force_login(user)
    return client


def test_admin_login_page_is_served(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert b"Sign in" in response.content


def test_admin_product_list_shows_the_imported_catalog(
    admin_client_logged_in, woo_catalog
):
    url = reverse("wagtailsnippets_catalog_product:list")

    response = admin_client_logged_in.get(url, {"locale": "en"})

    assert response.status_code == 200
    body = response.content.decode()
    for name in ("Hoodie with Logo", "WordPress Pennant", "Logo Collection"):
        assert name in body


def test_admin_product_list_filters_by_kind(admin_client_logged_in, woo_catalog):
    url = reverse("wagtailsnippets_catalog_product:list")

    response = admin_client_logged_in.get(url, {"kind": "variable", "locale": "en"})

    body = response.content.decode()
    assert "V-Neck T-Shirt" in body
    assert "WordPress Pennant" not in body


def test_admin_product_edit_view_opens(admin_client_logged_in, woo_catalog):
    product = Product.objects.get(code="woo-hoodie")
    url = reverse("wagtailsnippets_catalog_product:edit", args=[product.pk])

    response = admin_client_logged_in.get(url)

    assert response.status_code == 200
    assert "Hoodie" in response.content.decode()


def test_admin_sku_search_finds_a_variant(admin_client_logged_in, woo_catalog):
    url = reverse("wagtailsnippets_catalog_variant:list")

    response = admin_client_logged_in.get(url, {"q": "woo-hoodie-red"})

    body = response.content.decode()
    assert "woo-hoodie-red" in body
    assert "45.00 USD" in body
    assert "woo-album" not in body


def test_admin_sku_edit_view_shows_prices(admin_client_logged_in, woo_catalog):
    variant = Variant.objects.get(sku="woo-beanie")
    url = reverse("wagtailsnippets_catalog_variant:edit", args=[variant.pk])

    response = admin_client_logged_in.get(url)

    assert response.status_code == 200
    assert (
        'value="18.0000"' in response.content.decode()
        or "18.00" in response.content.decode()
    )


@pytest.mark.parametrize(
    "name",
    ["brand", "shopcategory", "attribute", "googlecategory", "market"],
)
def test_admin_catalog_list_views_open(admin_client_logged_in, woo_catalog, name):
    response = admin_client_logged_in.get(
        reverse(f"wagtailsnippets_catalog_{name}:list")
    )

    assert response.status_code == 200


def test_admin_product_edit_lists_its_skus_with_prices(
    admin_client_logged_in, woo_catalog
):
    product = Product.objects.get(code="woo-hoodie")
    url = reverse("wagtailsnippets_catalog_product:edit", args=[product.pk])

    body = admin_client_logged_in.get(url).content.decode()

    for sku in ("woo-hoodie-red", "woo-hoodie-blue-logo"):
        assert sku in body
    assert "45.00 USD" in body


def test_admin_product_search_finds_by_code(admin_client_logged_in, woo_catalog):
    url = reverse("wagtailsnippets_catalog_product:list")

    body = admin_client_logged_in.get(url, {"q": "woo-belt"}).content.decode()

    assert "Belt" in body
    assert "Sunglasses" not in body


def test_admin_sku_price_currency_is_upper_cased_before_duplicate_check(
    admin_client_logged_in, woo_catalog
):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    variant = Variant.objects.get(sku="woo-belt")
    url = reverse("wagtailsnippets_catalog_variant:edit", args=[variant.pk])
    price = variant.prices.get()
    data = nested_form_data(
        {
            "product": variant.product_id,
            "sku": "woo-belt",
            "weight_unit": "lb",
            "dimension_unit": "in",
            "stock_status": "in_stock",
            "position": 0,
            "prices": inline_formset(
                [
                    {"id": price.pk, "currency": "USD", "amount": "65.00"},
                    {"currency": "usd", "amount": "70.00"},
                ],
                initial=1,
            ),
        }
    )

    response = admin_client_logged_in.post(url, data)

    assert response.status_code == 200
    assert "Please correct the duplicate" in response.content.decode()
    assert variant.prices.count() == 1


def test_admin_shows_sale_prices_in_sku_list(admin_client_logged_in, woo_catalog):
    url = reverse("wagtailsnippets_catalog_variant:list")

    body = admin_client_logged_in.get(url, {"q": "woo-belt"}).content.decode()

    assert "65.00 USD (sale 55.00)" in body


@pytest.mark.parametrize(
    ("slug", "code", "field_error"),
    [
        (
            "beanie",
            "NEW-CODE",
            "Another product in this locale already uses this slug.",
        ),
        ("new-slug", "WOO-BEANIE", "already uses this code (codes ignore case)"),
    ],
)
def test_admin_product_create_with_taken_slug_or_code_is_a_field_error(
    admin_client_logged_in, woo_catalog, slug, code, field_error
):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    url = reverse("wagtailsnippets_catalog_product:add") + "?locale=en"
    data = nested_form_data(
        {
            "name": "Another beanie",
            "slug": slug,
            "code": code,
            "kind": "simple",
            "condition": "new",
            "short_description": rich_text(""),
            "description": rich_text(""),
            "images": inline_formset([]),
        }
    )

    response = admin_client_logged_in.post(url, data)

    assert response.status_code == 200
    assert field_error in response.content.decode()
    assert Product.objects.count() == 18


def test_admin_product_create_fills_slug_and_code_from_the_name(admin_client_logged_in):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    url = reverse("wagtailsnippets_catalog_product:add") + "?locale=en"
    data = nested_form_data(
        {
            "name": "Travel Mug",
            "slug": "",
            "code": "",
            "kind": "simple",
            "condition": "new",
            "short_description": rich_text(""),
            "description": rich_text(""),
            "images": inline_formset([]),
        }
    )

    admin_client_logged_in.post(url, data)

    product = Product.objects.get()
    assert (product.slug, product.code, product.live) == (
        "travel-mug",
        "travel-mug",
        False,
    )
