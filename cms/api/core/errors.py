"""API errors: every error a client sees carries ``extensions.code``.

Errors we raise on purpose (``ApiError``, or a ``CmsError`` from a selector)
keep their message. Anything else is a bug: outside DEBUG its message is
replaced, so no stack trace, SQL or internal name leaks, and it is logged at
error level with its traceback.
"""

import logging
from enum import StrEnum

from django.conf import settings
from graphql import GraphQLError

from cms.core.exceptions import CmsError

logger = logging.getLogger(__name__)

INTERNAL_MESSAGE = "Internal server error."


class ApiErrorCode(StrEnum):
    BAD_REQUEST = "BAD_REQUEST"
    GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
    GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
    BAD_USER_INPUT = "BAD_USER_INPUT"
    INVALID_CURSOR = "INVALID_CURSOR"
    PAGE_SIZE_EXCEEDED = "PAGE_SIZE_EXCEEDED"
    QUERY_TOO_DEEP = "QUERY_TOO_DEEP"
    QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
    PREVIEW_TOKEN_INVALID = "PREVIEW_TOKEN_INVALID"  # noqa: S105 (a code, not a secret)
    PREVIEW_TOKEN_EXPIRED = "PREVIEW_TOKEN_EXPIRED"  # noqa: S105 (a code, not a secret)
    INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"


class ApiError(GraphQLError):
    """An error raised on purpose by the API layer, with a code for clients."""

    def __init__(self, message: str, *, code: ApiErrorCode, **extensions):
        super().__init__(message, extensions={"code": code.value, **extensions})


def error_format(error: Exception) -> dict:
    """Return the JSON shape of an error, masked unless it was raised on purpose."""
    if not isinstance(error, GraphQLError):
        return _unexpected(error, path=None, locations=None)
    original = error.original_error
    if original is None or isinstance(original, ApiError) or _is_variable_error(error):
        formatted = error.formatted
        formatted.setdefault("extensions", {}).setdefault("code", _code_of(error))
        return formatted
    if isinstance(original, CmsError):
        formatted = error.formatted
        formatted["message"] = original.message
        formatted["extensions"] = {"code": original.code.upper()}
        return formatted
    return _unexpected(original, path=error.path, locations=error.locations)


def error_log_unexpected(error: GraphQLError) -> None:
    """Log an unexpected resolver exception once, with its traceback."""
    original = error.original_error
    if original is None or isinstance(original, GraphQLError | CmsError):
        return
    if getattr(original, "_silkroute_logged", False):
        return
    original._silkroute_logged = True
    logger.error(
        "GraphQL resolver failed at %s",
        ".".join(str(part) for part in error.path or ()),
        exc_info=original,
    )


def _is_variable_error(error: GraphQLError) -> bool:
    """Say whether graphql-core refused a variable's value (the client's mistake)."""
    return error.path is None and error.message.startswith("Variable '$")


def _code_of(error: GraphQLError) -> str:
    if error.message.startswith("Syntax Error"):
        return ApiErrorCode.GRAPHQL_PARSE_FAILED.value
    if _is_variable_error(error):
        return ApiErrorCode.BAD_USER_INPUT.value
    if error.path is None:
        return ApiErrorCode.GRAPHQL_VALIDATION_FAILED.value
    return ApiErrorCode.INTERNAL_SERVER_ERROR.value


def _unexpected(error: Exception, *, path, locations) -> dict:
    if not getattr(error, "_silkroute_logged", False):
        logger.error("GraphQL request failed", exc_info=error)
    message = str(error) if settings.DEBUG else INTERNAL_MESSAGE
    formatted = {
        "message": message,
        "extensions": {"code": ApiErrorCode.INTERNAL_SERVER_ERROR.value},
    }
    if path is not None:
        formatted["path"] = path
    if locations:
        formatted["locations"] = [loc._asdict() for loc in locations]
    return formatted
