from django.urls import path
from wagtail import hooks

from cms.api.preview.views import product_preview_token


@hooks.register("register_admin_urls")
def register_preview_token_url():
    return [
        path(
            "api/products/<int:product_id>/preview-token/",
            product_preview_token,
            name="api_product_preview_token",
        )
    ]
