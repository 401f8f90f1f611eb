"""What the storefront sees: the GraphQL API, or a stand-in until it exists.

The storefront API (issue 3) is built in another branch with these names:
``products(market:, first:) { edges { node { name slug } } }``. Until it is
merged, the ``products`` field is missing and the tests read the same rule
(live rows only) through ``product_live_list``. Once the API is merged, set
``REQUIRE_GRAPHQL = True`` so the fallback can never hide a broken API.
"""

import json
import urllib.request

from cms.catalog.editorial.visibility import product_live_list
from cms.catalog.models import Market

REQUIRE_GRAPHQL = True

PRODUCTS_QUERY = """
query ($market: String!) {
  products(market: $market, first: 100) { edges { node { name slug } } }
}
"""
QUERY_FIELDS = '{ __type(name: "Query") { fields { name } } }'


def _graphql(base_url: str, query: str, variables: dict | None = None) -> dict:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(  # noqa: S310 (the live test server)
        f"{base_url}/graphql/",
        data=body,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return json.load(response)


def storefront_product_slugs(*, base_url: str, market: str = "US") -> set[str]:
    """Return the slugs the storefront lists for ``market``."""
    fields = _graphql(base_url, QUERY_FIELDS)["data"]["__type"]["fields"]
    if REQUIRE_GRAPHQL or "products" in {field["name"] for field in fields}:
        payload = _graphql(base_url, PRODUCTS_QUERY, {"market": market})
        assert not payload.get("errors"), payload["errors"]
        edges = payload["data"]["products"]["edges"]
        return {edge["node"]["slug"] for edge in edges}
    live = product_live_list(market=Market.objects.get(code=market))
    return set(live.values_list("slug", flat=True))
