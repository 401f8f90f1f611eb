import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from cms.catalog.models import GoogleCategory, Market, Product, Variant

pytestmark = pytest.mark.django_db

CLOSED_PORT_URL = "http://127.0.0.1:9/unreachable.csv"


def _bootstrap() -> str:
    out = io.StringIO()
    call_command("bootstrap", stdout=out, stderr=out)
    return out.getvalue()


def test_migrations_create_the_locales_and_markets():
    from wagtail.models import Locale

    codes = set(Locale.objects.values_list("language_code", flat=True))
    markets = {
        m.code: (m.currency, m.default_locale.language_code)
        for m in Market.objects.select_related("default_locale")
    }

    assert {"en", "de", "fr", "es", "ja", "zh-hans"} <= codes
    assert markets == {
        "US": ("USD", "en"),
        "DE": ("EUR", "de"),
        "FR": ("EUR", "fr"),
        "GB": ("GBP", "en"),
        "JP": ("JPY", "ja"),
    }


def test_bootstrap_loads_samples_and_a_second_run_changes_nothing(
    settings, woo_csv, taxonomy_txt
):
    settings.ADMIN_PASSWORD = ""
    first = _bootstrap()
    counts = (Product.objects.count(), Variant.objects.count())

    second = _bootstrap()

    assert GoogleCategory.objects.count() == 5595
    assert counts == (18, 22)
    assert (Product.objects.count(), Variant.objects.count()) == counts
    assert "generated" not in first
    assert "with password" in first
    assert "catalog: already has products, nothing imported" in second
    assert "administrator: already exists" in second
    assert get_user_model().objects.filter(is_superuser=True).count() == 1


def test_bootstrap_takes_admin_credentials_from_settings(settings):
    settings.ADMIN_USERNAME, settings.ADMIN_PASSWORD = "chief", "a-long-passphrase"
    out = io.StringIO()

    call_command("bootstrap", no_sample_data=True, stdout=out)

    user = get_user_model().objects.get(username="chief")
    assert user.check_password("a-long-passphrase")
    assert "a-long-passphrase" not in out.getvalue()


def test_bootstrap_without_data_or_network_says_so_and_goes_on(settings, tmp_path):
    settings.SILKROUTE_DATA_DIR = tmp_path
    settings.SAMPLE_TAXONOMY_URL = CLOSED_PORT_URL
    settings.SAMPLE_CATALOG_URL = CLOSED_PORT_URL

    text = _bootstrap()

    assert "not loaded: no sample catalog reachable; import your own" in text
    assert "could not load: cannot download http://127.0.0.1:9/" in text
    assert Product.objects.count() == 0
    assert get_user_model().objects.filter(is_superuser=True).exists()
