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


def test_query_cost_multiplies_fields_by_page_size(db, graphql, settings):
    # given a cost limit of 500
    settings.API_MAX_QUERY_COST = 500
    query = (
        '{ products(market: "US", first: %d) { edges { node { name slug '
        "variants { sku price { amount currency } } } } } }"
    )

    # when 9 fields per item are asked for 100 items (901), then for 10 (91)
    wide = graphql(query % 100)
    narrow = graphql(query % 10)

    # then only the wide page is refused
    assert wide["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert "errors" not in narrow


def test_query_fragment_bomb_is_refused_quickly(db, graphql):
    # given fragments that double the selection at every level (2**20 fields)
    fragments = "\n".join(
        f"fragment F{n} on Market {{ ...F{n + 1} ...F{n + 1} }}" for n in range(20)
    )
    query = f"{fragments}\nfragment F20 on Market {{ code }}\n{{ markets {{ ...F0 }} }}"

    # when
    body = graphql(query)

    # then
    assert body["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"


def test_query_with_too_many_tokens_is_a_parse_error(db, graphql):
    # given a document of more than 10,000 tokens
    query = "{ " + " ".join(f"m{n}: markets {{ code }}" for n in range(3000)) + " }"

    # when
    body = graphql(query)

    # then
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_PARSE_FAILED"
    assert "tokens" in body["errors"][0]["message"]
