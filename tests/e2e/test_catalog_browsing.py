"""An administrator browses the imported WooCommerce catalog in a real browser."""

import pytest
from django.contrib.auth.models import User

from tests.conftest import import_woo_sample

from .conftest import PASSWORD

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def imported_catalog(transactional_db, woo_csv):
    import_woo_sample(woo_csv)


def test_admin_browses_imported_catalog_products_skus_and_prices(
    browser, live_server, screenshots, imported_catalog
):
    User.objects.create_superuser("ada", "ada@example.com", PASSWORD)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(20_000)

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "ada")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/snippets/catalog/product/?locale=en")
    rows = page.locator("table.listing tbody tr")
    screenshots.take(page, "product-list")

    assert rows.count() == 18

    page.get_by_role("link", name="Hoodie", exact=True).click()
    page.get_by_role("tab", name="SKUs").click()
    skus = page.locator("#tab-skus table.listing tbody tr")
    screenshots.take(page, "hoodie-skus")

    assert skus.count() == 4
    assert "45.00 USD (sale 42.00)" in page.locator("#tab-skus").inner_text()

    page.goto(f"{live_server.url}/admin/snippets/catalog/variant/?q=woo-beanie")
    screenshots.take(page, "sku-search")

    assert "20.00 USD (sale 18.00)" in page.locator("table.listing").inner_text()
