"""Validation rules that refuse queries too deep or with too many fields.

Both limits are checked before anything executes, on the document with its
fragments expanded, so a query cannot hide its size behind fragments or
aliases. Depth counts fields from the root to the deepest leaf, the leaf
included: ``{ markets { code } }`` is 2 deep. Introspection fields (``__schema``, ``__type``) are not counted:
GraphiQL's own introspection query nests ``ofType`` deeply.
"""

from django.conf import settings
from graphql import (
    FieldNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationDefinitionNode,
    ValidationRule,
)

from cms.api.core.errors import ApiError, ApiErrorCode


class _Measure:
    def __init__(self, fragments):
        self.fragments = fragments
        self.fields = 0

    def depth(self, selection_set, seen: frozenset) -> int:
        deepest = 0
        for node in selection_set.selections:
            if isinstance(node, FieldNode):
                if node.name.value.startswith("__"):
                    continue
                self.fields += 1
                child = 0
                if node.selection_set is not None:
                    child = self.depth(node.selection_set, seen)
                deepest = max(deepest, 1 + child)
            elif isinstance(node, InlineFragmentNode):
                deepest = max(deepest, self.depth(node.selection_set, seen))
            elif isinstance(node, FragmentSpreadNode):
                name = node.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in seen:
                    continue  # unknown or cyclic: other rules report it
                deepest = max(
                    deepest, self.depth(fragment.selection_set, seen | {name})
                )
        return deepest


class QueryLimitsRule(ValidationRule):
    """Report QUERY_TOO_DEEP and QUERY_TOO_COMPLEX errors for oversized operations."""

    def enter_operation_definition(self, node: OperationDefinitionNode, *_args):
        fragments = {
            fragment.name.value: fragment
            for fragment in self.context.document.definitions
            if fragment.kind == "fragment_definition"
        }
        measure = _Measure(fragments)
        depth = measure.depth(node.selection_set, frozenset())
        if depth > settings.API_MAX_QUERY_DEPTH:
            self.report_error(
                ApiError(
                    f"The query is {depth} levels deep; the limit is "
                    f"{settings.API_MAX_QUERY_DEPTH}.",
                    code=ApiErrorCode.QUERY_TOO_DEEP,
                )
            )
        if measure.fields > settings.API_MAX_QUERY_FIELDS:
            self.report_error(
                ApiError(
                    f"The query selects {measure.fields} fields; the limit is "
                    f"{settings.API_MAX_QUERY_FIELDS}.",
                    code=ApiErrorCode.QUERY_TOO_COMPLEX,
                )
            )
