"""A validation rule that refuses queries too deep, too wide or too costly.

The limits are checked before anything executes, on the document with its
fragments expanded, so a query cannot hide its size behind fragments or
aliases. Depth counts fields from the root to the deepest leaf, the leaf
included: ``{ markets { code } }`` is 2 deep. Cost counts every field once
per item a list can hold: fields under ``products(first: 50)`` cost 50 each,
and a page size given as a variable is costed at the maximum page size.
Introspection fields (``__schema``, ``__type``) are not measured: GraphiQL's
own introspection query nests ``ofType`` deeply.
"""

from django.conf import settings
from graphql import (
    FieldNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    ValidationRule,
)

from cms.api.core.errors import ApiError, ApiErrorCode

PAGE_ARGUMENTS = {"first", "last"}


class _Oversized(Exception):
    """Stop measuring: a limit is already exceeded (guards fragment bombs)."""


class _TooDeep(Exception):
    """Stop descending: the depth limit is already exceeded."""


class _Measure:
    def __init__(self, fragments):
        self.fragments = fragments
        self.fields = 0
        self.cost = 0

    def depth(self, selection_set, seen: frozenset, multiplier: int, level: int = 0):
        """Return the depth below ``selection_set`` while counting fields and cost."""
        deepest = 0
        for node in selection_set.selections:
            if isinstance(node, FieldNode):
                deepest = max(deepest, self._field(node, seen, multiplier, level))
            elif isinstance(node, InlineFragmentNode):
                deepest = max(
                    deepest, self.depth(node.selection_set, seen, multiplier, level)
                )
            elif isinstance(node, FragmentSpreadNode):
                name = node.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in seen:
                    continue  # unknown or cyclic: other rules report it
                deepest = max(
                    deepest,
                    self.depth(
                        fragment.selection_set, seen | {name}, multiplier, level
                    ),
                )
        return deepest

    def _field(self, node: FieldNode, seen, multiplier: int, level: int) -> int:
        if node.name.value.startswith("__"):
            return 0
        if level >= settings.API_MAX_QUERY_DEPTH:
            raise _TooDeep
        self.fields += 1
        self.cost += multiplier
        if (
            self.fields > settings.API_MAX_QUERY_FIELDS
            or self.cost > settings.API_MAX_QUERY_COST
        ):
            raise _Oversized
        if node.selection_set is None:
            return 1
        multiplier *= _page_size(node)
        return 1 + self.depth(node.selection_set, seen, multiplier, level + 1)


def _page_size(node: FieldNode) -> int:
    for argument in node.arguments or ():
        if argument.name.value in PAGE_ARGUMENTS:
            if isinstance(argument.value, IntValueNode):
                return max(1, int(argument.value.value))
            return settings.API_MAX_PAGE_SIZE
    return 1


class QueryLimitsRule(ValidationRule):
    """Report QUERY_TOO_DEEP and QUERY_TOO_COMPLEX errors for oversized operations."""

    def enter_operation_definition(self, node: OperationDefinitionNode, *_args):
        fragments = {
            fragment.name.value: fragment
            for fragment in self.context.document.definitions
            if fragment.kind == "fragment_definition"
        }
        measure = _Measure(fragments)
        try:
            measure.depth(node.selection_set, frozenset(), 1)
        except _TooDeep:
            self.report_error(
                ApiError(
                    f"The query is more than {settings.API_MAX_QUERY_DEPTH} "
                    "levels deep.",
                    code=ApiErrorCode.QUERY_TOO_DEEP,
                )
            )
        except _Oversized:
            self.report_error(
                ApiError(
                    f"The query selects more than {settings.API_MAX_QUERY_FIELDS} "
                    f"fields or costs more than {settings.API_MAX_QUERY_COST} "
                    "(each field counts once per item of the lists around it).",
                    code=ApiErrorCode.QUERY_TOO_COMPLEX,
                )
            )
