"""Query depth and field-count limits answer with a code, before any SQL runs."""

import pytest


def _deep_query(levels: int) -> str:
    """Return a query ``levels + 2`` fields deep (the leaf counts as a level)."""
    inner = "name"
    for _ in range(levels):
        inner = f"groupedProducts {{ {inner} }}"
    return f'{{ product(market: "US", slug: "x") {{ {inner} }} }}'


def test_query_deeper_than_the_limit_is_refused(db, graphql, settings):
    # given a depth limit of 5
    settings.API_MAX_QUERY_DEPTH = 5

    # when the query is 6 deep
    body = graphql(_deep_query(4))

    # then
    assert body["errors"][0]["extensions"]["code"] == "QUERY_TOO_DEEP"
    assert "data" not in body


def test_query_at_the_depth_limit_runs(db, graphql, settings):
    # given a depth limit of 5
    settings.API_MAX_QUERY_DEPTH = 5

    # when the query is exactly 5 deep
    body = graphql(_deep_query(3))

    # then
    assert body == {"data": {"product": None}}


def test_query_depth_counts_fragments(db, graphql, settings):
    # given a depth limit of 3 and the depth hidden in a fragment
    settings.API_MAX_QUERY_DEPTH = 3
    query = """
    fragment Deep on Product { groupedProducts { groupedProducts { name } } }
    { product(market: "US", slug: "x") { ...Deep } }
    """

    # when
    body = graphql(query)

    # then
    assert body["errors"][0]["extensions"]["code"] == "QUERY_TOO_DEEP"


def test_query_with_too_many_fields_is_refused(db, graphql, settings):
    # given a limit of 20 fields, and 25 aliased fields
    settings.API_MAX_QUERY_FIELDS = 20
    aliases = " ".join(f"m{n}: markets {{ code }}" for n in range(12))

    # when
    body = graphql(f"{{ {aliases} }}")

    # then
    assert body["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("{ products(market: ", "GRAPHQL_PARSE_FAILED"),
        ("{ nope }", "GRAPHQL_VALIDATION_FAILED"),
        (
            '{ products(market: "US", first: 1) { edges { node { images { '
            "rendition(size: HUGE) { url } } } } } }",
            "GRAPHQL_VALIDATION_FAILED",
        ),
    ],
)
def test_query_invalid_documents_are_errors_with_codes(db, graphql, query, code):
    # given a malformed or invalid query (a rendition size outside the list)

    # when
    body = graphql(query)

    # then
    assert body["errors"][0]["extensions"]["code"] == code


def test_introspection_is_not_limited_by_depth(db, graphql, settings):
    # given a small depth limit
    settings.API_MAX_QUERY_DEPTH = 3

    # when GraphiQL-style introspection nests ofType deeply
    body = graphql(
        "{ __schema { types { name fields { type { ofType { ofType { name } } } } } } }"
    )

    # then
    assert "errors" not in body
