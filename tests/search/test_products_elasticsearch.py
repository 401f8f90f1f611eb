"""The same product search on Elasticsearch; runs only where a cluster is set."""

import io
import os

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from search.products import product_search_keys

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")

pytestmark = [
    pytest.mark.elasticsearch,
    pytest.mark.skipif(
        not ELASTICSEARCH_URL, reason="ELASTICSEARCH_URL is not set (no cluster here)"
    ),
]


def test_product_search_keys_on_elasticsearch_finds_the_four_hoodies(
    woo_catalog, settings
):
    # given the WooCommerce sample indexed into Elasticsearch
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": "silkroute_test_",
        }
    }
    call_command("update_index", stdout=io.StringIO())
    english = Locale.objects.get(language_code="en")

    # when
    keys = product_search_keys(text="hoodie", locale_ids=[english.pk], limit=50)

    # then
    assert len(keys) == 4
