"""What the storefront sees: the public GraphQL API of the live test server."""

import json
import urllib.request

PRODUCTS_QUERY = """
query ($market: String!) {
  products(market: $market, first: 100) { edges { node { name slug } } }
}
"""


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
    """Return the slugs the storefront API lists for ``market``."""
    payload = _graphql(base_url, PRODUCTS_QUERY, {"market": market})
    assert not payload.get("errors"), payload["errors"]
    return {edge["node"]["slug"] for edge in payload["data"]["products"]["edges"]}
