"""An editor creates and submits a product; a reviewer approves; the market
check publishes it, or sends it back with reasons the editor can read."""

import re

import pytest
from wagtail.images.tests.utils import get_test_image_file

from cms.catalog.models import Product

from .conftest import PASSWORD
from .storefront import storefront_product_slugs

pytestmark = [
    pytest.mark.e2e,
    # Each test flushes the database; restore the migrated groups, markets and
    # workflow for the next one.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TIMEOUT = 20_000


def _sign_in(browser, base_url, username):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(TIMEOUT)
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
    return page


def _upload_image(page, base_url, tmp_path, title):
    upload = tmp_path / f"{title}.png"
    upload.write_bytes(get_test_image_file(filename=f"{title}.png").file.getvalue())
    page.goto(f"{base_url}/admin/images/add/")
    page.set_input_files("#id_file", str(upload))
    page.fill("#id_title", title)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(re.compile(r".*/admin/images/(\?.*)?$"))


def _type_rich_text(page, field, text):
    editor = page.locator(
        f"#panel-child-content-{field}-content [contenteditable=true]"
    )
    editor.click()
    page.keyboard.type(text)


def _create_product(page, base_url, *, name, slug, image_title, alt_text):
    page.goto(f"{base_url}/admin/snippets/catalog/product/add/")
    page.fill("#id_name", name)
    page.fill("#id_slug", slug)
    _type_rich_text(page, "description", f"{name}: stoneware, 350 ml.")
    page.get_by_role("button", name="Add Images").click()
    page.locator("#id_images-0-image-chooser [data-chooser-action-choose]").click()
    page.locator(".modal").get_by_role("link", name=image_title).first.click()
    page.locator(".modal").wait_for(state="hidden")
    page.fill("#id_images-0-alt_text", alt_text)
    page.get_by_role("tab", name="Catalog").click()
    page.fill("#id_code", slug.upper())
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(re.compile(r".*/admin/snippets/catalog/product/edit/\d+/"))
    return int(re.search(r"/edit/(\d+)/", page.url).group(1))


def _create_sku(page, base_url, *, product_name, sku, price):
    page.goto(f"{base_url}/admin/snippets/catalog/variant/add/")
    page.locator("#id_product-chooser [data-chooser-action-choose]").click()
    page.locator(".modal").get_by_role("link", name=product_name).first.click()
    page.locator(".modal").wait_for(state="hidden")
    page.fill("#id_sku", sku)
    page.get_by_role("button", name="Add Price").click()
    page.fill("#id_prices-0-currency", "USD")
    page.fill("#id_prices-0-amount", price)
    page.fill("#id_hs_code", "6912.00")
    page.fill("#id_country_of_origin", "PT")
    page.locator("footer").get_by_role("button", name="Save").first.click()
    page.wait_for_url(re.compile(r".*/admin/snippets/catalog/variant/(\?.*)?$"))


def _edit(page, base_url, pk):
    page.goto(f"{base_url}/admin/snippets/catalog/product/edit/{pk}/")


def _menu_action(page, label, shots=None, step=""):
    toggle = "footer .w-dropdown__toggle, footer [data-w-dropdown-target=toggle]"
    page.locator(toggle).first.click()
    button = page.get_by_role("button", name=label, exact=True)
    button.wait_for(state="visible")
    if shots:
        shots.take(page, step)
    button.click()


def _editor_submits_new_product(
    browser, live_server, tmp_path, shots, *, slug, alt_text
) -> tuple[object, int]:
    base_url = live_server.url
    editor = _sign_in(browser, base_url, "edna")
    shots.take(editor, "editor-signed-in")
    _upload_image(editor, base_url, tmp_path, f"{slug}-photo")
    shots.take(editor, "image-uploaded")
    name = slug.replace("-", " ").title()
    pk = _create_product(
        editor,
        base_url,
        name=name,
        slug=slug,
        image_title=f"{slug}-photo",
        alt_text=alt_text,
    )
    shots.take(editor, "product-draft-saved")
    _create_sku(
        editor, base_url, product_name=name, sku=f"{slug}-1".upper(), price="19.50"
    )
    shots.take(editor, "sku-with-usd-price-saved")
    _edit(editor, base_url, pk)
    _menu_action(editor, "Submit to Product approval", shots, "editor-submits")
    editor.wait_for_load_state()
    shots.take(editor, "submitted-for-review")
    assert slug not in storefront_product_slugs(base_url=base_url)
    return editor, pk


def _reviewer_approves(browser, live_server, shots, pk):
    reviewer = _sign_in(browser, live_server.url, "rita")
    _edit(reviewer, live_server.url, pk)
    _menu_action(reviewer, "Approve", shots, "reviewer-sees-approve-action")
    reviewer.wait_for_load_state()
    reviewer.goto(f"{live_server.url}/admin/snippets/catalog/product/history/{pk}/")
    shots.take(reviewer, "history-after-approval")
    return reviewer


def _workflow_summary(product) -> str:
    state = product.workflow_states.order_by("-pk").first()
    if state is None:
        return "never submitted"
    tasks = [
        (ts.task.name, ts.status, ts.comment) for ts in state.task_states.order_by("pk")
    ]
    return f"workflow {state.status}: {tasks}"


def test_product_approval_ready_product_reaches_storefront(
    browser, live_server, tmp_path, screenshots, e2e_editor, e2e_reviewer
):
    _editor, pk = _editor_submits_new_product(
        browser,
        live_server,
        tmp_path,
        screenshots,
        slug="harbour-mug",
        alt_text="A blue harbour mug on a table",
    )

    _reviewer_approves(browser, live_server, screenshots, pk)

    product = Product.objects.get(pk=pk)
    assert product.live, _workflow_summary(product)
    assert "harbour-mug" in storefront_product_slugs(base_url=live_server.url)


def test_product_approval_no_alt_text_editor_sees_reason(
    browser, live_server, tmp_path, screenshots, e2e_editor, e2e_reviewer
):
    editor, pk = _editor_submits_new_product(
        browser, live_server, tmp_path, screenshots, slug="anchor-mug", alt_text=""
    )

    _reviewer_approves(browser, live_server, screenshots, pk)
    _edit(editor, live_server.url, pk)
    screenshots.take(editor, "editor-sees-market-check-reasons")

    assert not Product.objects.get(pk=pk).live
    assert "anchor-mug" not in storefront_product_slugs(base_url=live_server.url)
    messages = editor.locator(".messages")
    assert messages.is_visible()
    text = messages.inner_text()
    assert "The market readiness check sent this product back" in text
    assert "The main image has no alt text." in text
