"""Relay pagination in both directions, over the products connection."""

import pytest

from cms.api.core.errors import ApiError
from cms.api.core.pagination import cursor_decode, cursor_encode

PAGE = """
query Page($first: Int, $after: String, $last: Int, $before: String) {
  products(market: "US", first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { name } }
  }
}
"""


def _names(body):
    return [e["node"]["name"] for e in body["data"]["products"]["edges"]]


def test_products_last_two_of_500_are_the_499th_and_500th(
    five_hundred_products, graphql
):
    # given 500 live products named Product 0000 … Product 0499

    # when
    body = graphql(PAGE, {"last": 2})

    # then
    assert _names(body) == ["Product 0498", "Product 0499"]
    info = body["data"]["products"]["pageInfo"]
    assert info == {
        "hasNextPage": False,
        "hasPreviousPage": True,
        "startCursor": cursor_encode(498),
        "endCursor": cursor_encode(499),
    }
    assert body["data"]["products"]["totalCount"] == 500


def test_products_forward_pages_cover_everything_once(five_hundred_products, graphql):
    # given 500 live products
    seen, after, pages = [], None, 0

    # when walking forward 100 at a time
    while True:
        body = graphql(PAGE, {"first": 100, "after": after})
        connection = body["data"]["products"]
        seen += _names(body)
        pages += 1
        if not connection["pageInfo"]["hasNextPage"]:
            break
        after = connection["pageInfo"]["endCursor"]

    # then
    assert pages == 5
    assert seen == [f"Product {n:04d}" for n in range(500)]


def test_products_backward_page_before_a_cursor(five_hundred_products, graphql):
    # given the cursor of the 11th product
    first = graphql(PAGE, {"first": 11})
    cursor = first["data"]["products"]["edges"][10]["cursor"]

    # when
    body = graphql(PAGE, {"last": 3, "before": cursor})

    # then
    assert _names(body) == ["Product 0007", "Product 0008", "Product 0009"]
    info = body["data"]["products"]["pageInfo"]
    assert info["hasPreviousPage"] is True
    assert info["hasNextPage"] is True


def test_products_first_page_has_no_previous_page(five_hundred_products, graphql):
    # given 500 live products

    # when
    body = graphql(PAGE, {"first": 2})

    # then
    assert _names(body) == ["Product 0000", "Product 0001"]
    info = body["data"]["products"]["pageInfo"]
    assert info["hasPreviousPage"] is False
    assert info["hasNextPage"] is True


@pytest.mark.parametrize(
    ("variables", "code"),
    [
        ({"first": 101}, "PAGE_SIZE_EXCEEDED"),
        ({"last": 101}, "PAGE_SIZE_EXCEEDED"),
        ({"first": -1}, "BAD_USER_INPUT"),
        ({"first": 1, "last": 1}, "BAD_USER_INPUT"),
        ({"first": 1, "after": "bm9wZQ=="}, "INVALID_CURSOR"),
        ({"first": 1, "after": "%%%"}, "INVALID_CURSOR"),
    ],
)
def test_products_bad_page_arguments_are_errors_with_codes(
    db, graphql, variables, code
):
    # given any catalog

    # when
    body = graphql(PAGE, variables)

    # then
    assert body["errors"][0]["extensions"]["code"] == code
    assert body["data"] is None


def test_cursor_round_trip_returns_the_offset():
    # given an offset

    # when
    offset = cursor_decode(cursor_encode(41))

    # then
    assert offset == 41


def test_cursor_negative_offset_is_invalid():
    # given a forged cursor with a negative offset
    import base64

    forged = base64.b64encode(b"offset:-5").decode()

    # when / then
    with pytest.raises(ApiError, match="not valid"):
        cursor_decode(forged)


def test_cursor_beyond_any_catalog_is_invalid(woo_catalog, graphql):
    # given a cursor for an offset no database integer holds
    import base64

    cursor = base64.b64encode(b"offset:99999999999999999999999").decode()

    # when
    body = graphql(
        'query($a: String) { products(market: "US", first: 5, after: $a) { totalCount } }',
        {"a": cursor},
    )

    # then
    assert body["errors"][0]["extensions"]["code"] == "INVALID_CURSOR"
