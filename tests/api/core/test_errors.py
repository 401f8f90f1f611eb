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
