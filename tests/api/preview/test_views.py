"""Editors issue preview tokens from the admin; others may not."""

from django.contrib.auth import get_user_model
from django.test import Client

from cms.api.preview.tokens import preview_token_read


def test_preview_token_view_editor_gets_a_token_for_the_product(live_product, editor):
    # given a product and a signed-in editor
    product = live_product("Lamp")
    client = Client(HTTP_HOST="localhost")
    client.force_login(editor)

    # when
    response = client.get(f"/admin/api/products/{product.pk}/preview-token/")

    # then
    assert response.status_code == 200
    assert preview_token_read(token=response.json()["token"]) == product.pk


def test_preview_token_view_user_without_permission_is_refused(live_product, db):
    # given a signed-in user who may not change products
    product = live_product("Lamp")
    user = get_user_model().objects.create_user("viewer", "v@example.com", "pw")
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)

    # when
    response = client.get(f"/admin/api/products/{product.pk}/preview-token/")

    # then
    assert response.status_code in {302, 403}


def test_preview_token_view_unknown_product_is_not_found(editor):
    # given a signed-in editor and no product 999999
    client = Client(HTTP_HOST="localhost")
    client.force_login(editor)

    # when
    response = client.get("/admin/api/products/999999/preview-token/")

    # then
    assert response.status_code == 404
