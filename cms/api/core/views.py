"""The /graphql/ endpoint: limits, masked errors, cached query documents."""

import functools
import logging

from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseNotAllowed
from graphene_django.views import GraphQLView, HttpError
from graphql import (
    ExecutionContext,
    ExecutionResult,
    GraphQLError,
    execute,
    parse,
    specified_rules,
    validate,
)

from cms.api.core.errors import ApiErrorCode, error_format, error_log_unexpected
from cms.api.core.limits import QueryLimitsRule

logger = logging.getLogger(__name__)

VALIDATION_RULES = (*specified_rules, QueryLimitsRule)
# Refuse absurd documents before building a syntax tree for them (GraphiQL's
# introspection query is about 300 tokens).
MAX_QUERY_TOKENS = 10_000


class StorefrontExecutionContext(ExecutionContext):
    def handle_field_error(self, error, return_type, path):
        # Log where the failure happened; format_error masks it later.
        error_log_unexpected(error)
        return super().handle_field_error(error, return_type, path)


class StorefrontGraphQLView(GraphQLView):
    """POST JSON ``{query, variables, operationName}``; GraphiQL under DEBUG only."""

    execution_context_class = StorefrontExecutionContext

    def dispatch(self, request, *args, **kwargs):
        if request.method == "GET" and not settings.DEBUG:
            response = HttpResponseNotAllowed(["POST"])
            response.content = self.json_encode(
                request,
                {
                    "errors": [
                        {
                            "message": "Send queries as POST requests.",
                            "extensions": {"code": ApiErrorCode.BAD_REQUEST.value},
                        }
                    ]
                },
            )
            response["Content-Type"] = "application/json"
            return response
        return super().dispatch(request, *args, **kwargs)

    @staticmethod
    def format_error(error):
        if isinstance(error, HttpError):
            return {
                "message": error.message or "Bad request.",
                "extensions": {"code": ApiErrorCode.BAD_REQUEST.value},
            }
        return error_format(error)

    def execute_graphql_request(
        self, request, data, query, variables, operation_name, show_graphiql=False
    ):
        if not query:
            if show_graphiql:
                return None
            raise HttpError(HttpResponseBadRequest(), "Must provide a query.")
        if not isinstance(query, str):
            raise HttpError(HttpResponseBadRequest(), "The query must be a string.")
        if variables is not None and not isinstance(variables, dict):
            raise HttpError(
                HttpResponseBadRequest(), "The variables must be a JSON object."
            )
        try:
            document, errors = _document(
                self.schema.graphql_schema,
                query,
                settings.API_MAX_QUERY_DEPTH,
                settings.API_MAX_QUERY_FIELDS,
                settings.API_MAX_QUERY_COST,
            )
        except GraphQLError as exc:  # syntax errors, too many tokens
            return ExecutionResult(data=None, errors=[exc])
        if errors:
            return ExecutionResult(data=None, errors=list(errors))
        try:
            return execute(
                self.schema.graphql_schema,
                document,
                root_value=self.get_root_value(request),
                context_value=self.get_context(request),
                variable_values=variables,
                operation_name=operation_name,
                middleware=self.get_middleware(request),
                execution_context_class=self.execution_context_class,
                is_awaitable=_never_awaitable,
            )
        except Exception as exc:  # noqa: BLE001 (masked and logged by format_error)
            return ExecutionResult(data=None, errors=[exc])


def _never_awaitable(value) -> bool:
    # Every resolver here is synchronous; skip graphql-core's per-field probe.
    return False


@functools.lru_cache(maxsize=512)
def _document(schema, query: str, *limits: int) -> tuple:
    """Parse and validate a query once; storefronts send the same few queries.

    The limits are part of the cache key, so changing them revalidates.
    """
    document = parse(query, max_tokens=MAX_QUERY_TOKENS)
    errors = validate(schema, document, VALIDATION_RULES)
    return document, tuple(errors)
