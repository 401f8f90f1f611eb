"""A listing costs the same number of SQL queries whatever the page size."""

import pytest

LISTING = """
query Listing($first: Int!) {
  products(market: "US", first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        name
        slug
        locale
        categories { name path googleCategory { id name } }
        images { url width height alt }
        variants {
          sku
          options { attribute value }
          price { amount currency formatted }
          salePrice { amount }
          availability { inStock }
        }
      }
    }
  }
}
"""

# 9 queries: market, page rows, count, variants, prices, option-value links,
# images, category links, category translations. (Option-value translations
# and Google category names add one each when there are any to look up.)
LISTING_QUERIES = 9


@pytest.mark.parametrize("first", [5, 100])
def test_products_listing_query_count_is_constant(
    listing_catalog, graphql, django_assert_num_queries, first
):
    # given 120 products with variants, prices, images and categories
    listing_catalog(120)

    # when
    with django_assert_num_queries(LISTING_QUERIES):
        body = graphql(LISTING, {"first": first})

    # then
    edges = body["data"]["products"]["edges"]
    assert len(edges) == first
    assert all(len(edge["node"]["variants"]) == 2 for edge in edges)
    assert all(edge["node"]["images"][0]["width"] == 800 for edge in edges)
    assert all(edge["node"]["categories"][0]["path"] == "clothing" for edge in edges)


def test_products_grouped_members_load_in_one_more_batch(
    woo_catalog, graphql, django_assert_max_num_queries
):
    # given the WooCommerce sample, whose grouped product has 3 members
    query = (
        '{ products(market: "US", first: 100) { edges { node { name '
        "variants { sku price { amount } } "
        "groupedProducts { name variants { sku price { amount } } } } } } }"
    )

    # when
    with django_assert_max_num_queries(12) as captured:
        body = graphql(query)

    # then
    assert len(body["data"]["products"]["edges"]) == 18
    assert len(captured.captured_queries) <= 12
