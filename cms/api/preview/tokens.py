"""Preview tokens: signed, expiring permission to read one product's draft.

An editor issues a token from the admin; the storefront passes it as
``product(previewToken: …)`` and gets the latest revision, live or not. The
token holds only the product id, signed with SECRET_KEY; nothing is stored.
"""

import logging

from django.conf import settings
from django.core import signing

from cms.api.core.errors import ApiError, ApiErrorCode

logger = logging.getLogger(__name__)

_SALT = "silkroute.api.preview.product"


def preview_token_issue(*, product_id: int, user_id: int | None) -> str:
    """Return a token that opens the draft of one product until it expires."""
    token = signing.dumps({"product": product_id}, salt=_SALT, compress=True)
    logger.info(
        "Preview token issued for product %s",
        product_id,
        extra={"product_id": product_id, "user_id": user_id},
    )
    return token


def preview_token_read(*, token: str) -> int:
    """Return the product id a token opens, or raise PREVIEW_TOKEN_* errors."""
    try:
        data = signing.loads(
            token, salt=_SALT, max_age=settings.API_PREVIEW_TOKEN_MAX_AGE
        )
    except signing.SignatureExpired as exc:
        raise ApiError(
            "The preview token has expired.", code=ApiErrorCode.PREVIEW_TOKEN_EXPIRED
        ) from exc
    except signing.BadSignature as exc:
        raise ApiError(
            "The preview token is not valid.", code=ApiErrorCode.PREVIEW_TOKEN_INVALID
        ) from exc
    return int(data["product"])
