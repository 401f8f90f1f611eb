"""Errors carry codes; unexpected ones are masked and logged; CORS and GET."""

import json
import logging

from django.test import Client

from cms.catalog import selectors


def test_unexpected_error_is_masked_and_logged(db, graphql, monkeypatch, caplog):
    # given a selector that fails with internal details in its message
    def broken():
        raise RuntimeError("SELECT secret FROM catalog_variant")

    monkeypatch.setattr(selectors, "markets_list", broken)

    # when
    with caplog.at_level(logging.ERROR, logger="cms.api"):
        body = graphql("{ markets { code } }")

    # then
    error = body["errors"][0]
    assert error["message"] == "Internal server error."
    assert error["extensions"] == {"code": "INTERNAL_SERVER_ERROR"}
    assert "SELECT" not in json.dumps(body)
    assert "Traceback" not in json.dumps(body)
    logged = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(logged) == 1
    assert logged[0].exc_info is not None


def test_get_outside_debug_is_refused_with_a_code(db):
    # given production-like settings (DEBUG off in tests)
    client = Client(HTTP_HOST="localhost")

    # when
    response = client.get("/graphql/", {"query": "{ markets { code } }"})

    # then
    assert response.status_code == 405
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


def test_post_without_query_is_a_bad_request(db):
    # given an empty JSON body
    client = Client(HTTP_HOST="localhost")

    # when
    response = client.post("/graphql/", "{}", content_type="application/json")

    # then
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


def test_cors_allows_configured_storefront_origins_only(db, settings):
    # given one allowed storefront origin
    settings.CORS_ALLOWED_ORIGINS = ["https://shop.example"]
    client = Client(HTTP_HOST="localhost")
    body = json.dumps({"query": "{ markets { code } }"})

    # when
    allowed = client.post(
        "/graphql/",
        body,
        content_type="application/json",
        HTTP_ORIGIN="https://shop.example",
    )
    other = client.post(
        "/graphql/",
        body,
        content_type="application/json",
        HTTP_ORIGIN="https://evil.example",
    )

    # then
    assert allowed["Access-Control-Allow-Origin"] == "https://shop.example"
    assert "Access-Control-Allow-Origin" not in other


def test_post_with_non_string_query_is_a_bad_request(db):
    # given a query that is a number, and variables that are a list
    client = Client(HTTP_HOST="localhost")

    # when
    bad_query = client.post(
        "/graphql/", '{"query": 5}', content_type="application/json"
    )
    bad_variables = client.post(
        "/graphql/",
        '{"query": "{ markets { code } }", "variables": [1]}',
        content_type="application/json",
    )

    # then
    assert bad_query.status_code == 400
    assert bad_query.json()["errors"][0]["message"] == "The query must be a string."
    assert bad_variables.status_code == 400
    assert bad_variables.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


def test_bad_variable_value_is_the_clients_error_not_internal(woo_catalog, graphql):
    # given an Int variable sent as a word, and a Decimal sent as letters
    pages = 'query($f: Int) { products(market: "US", first: $f) { totalCount } }'
    prices = (
        "query($f: ProductFilterInput) "
        '{ products(market: "US", first: 5, filter: $f) { totalCount } }'
    )

    # when
    word = graphql(pages, {"f": "ten"})
    letters = graphql(prices, {"f": {"priceMin": "abc"}})

    # then
    for body in (word, letters):
        error = body["errors"][0]
        assert error["extensions"]["code"] == "BAD_USER_INPUT"
        assert error["message"].startswith("Variable '$f'")


def test_price_filter_not_a_finite_number_is_refused(woo_catalog, graphql):
    # given priceMin NaN
    query = (
        '{ products(market: "US", first: 5, filter: {priceMin: "NaN"}) { totalCount } }'
    )

    # when
    body = graphql(query)

    # then
    assert body["errors"][0]["extensions"]["code"] == "INVALID_PRICE_RANGE"
    assert body["errors"][0]["message"] == "priceMin must be a finite amount."
