"""The admin view that issues a preview token for one product."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse

from cms.api.preview.tokens import preview_token_issue
from cms.catalog import selectors


def product_preview_token(request, product_id: int):
    """Answer ``{"token", "expiresIn"}`` to editors who may change products."""
    if not request.user.has_perm("catalog.change_product"):
        raise PermissionDenied
    if not selectors.product_exists(product_id=product_id):
        raise Http404
    token = preview_token_issue(product_id=product_id, user_id=request.user.pk)
    return JsonResponse(
        {"token": token, "expiresIn": settings.API_PREVIEW_TOKEN_MAX_AGE}
    )
