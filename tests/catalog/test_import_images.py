"""Image URLs are fetched from a local HTTP server, and retried when they failed."""

import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PIL import Image as PILImage

from cms.catalog.models import ProductImage

pytestmark = pytest.mark.django_db


def _png(width=120, height=80) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def image_server():
    """A local server whose /mug.png answers 404 until `available` is set."""
    state = {"available": False, "hits": 0}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            state["hits"] += 1
            if self.path == "/mug.png" and state["available"]:
                body = _png()
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif self.path == "/not-an-image.png":
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"<html>nope</html>")
            else:
                self.send_error(404)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state["base"] = f"http://127.0.0.1:{server.server_port}"
    yield state
    server.shutdown()


@pytest.fixture
def fetching(settings):
    settings.CATALOG_IMAGE_FETCH = True


def test_import_fetches_image_into_the_library(
    run_import, woo_file, image_server, fetching
):
    image_server["available"] = True
    path = woo_file(
        f"1,simple,MUG-1,Mug,1,,,,,1,,,,8,Kitchen,,{image_server['base']}/mug.png,,,,,,\n"
    )

    summary, err = run_import(path)

    item = ProductImage.objects.get()
    assert "created 1," in summary
    assert (item.image.width, item.image.height) == (120, 80)
    assert item.fetch_error == ""


def test_import_failed_image_is_recorded_then_retried(
    run_import, woo_file, image_server, fetching
):
    path = woo_file(
        f"1,simple,MUG-1,Mug,1,,,,,1,,,,8,Kitchen,,{image_server['base']}/mug.png,,,,,,\n"
    )
    first, err = run_import(path)
    item = ProductImage.objects.get()
    assert "created 1," in first
    assert item.image is None
    assert "404" in item.fetch_error
    assert "warning: row 2, column Images (MUG-1)" in err

    image_server["available"] = True
    second, _ = run_import(path)

    item.refresh_from_db()
    assert second.startswith("products: created 0, updated 1,")
    assert item.image is not None
    assert item.fetch_error == ""


def test_import_non_image_body_is_refused(run_import, woo_file, image_server, fetching):
    url = f"{image_server['base']}/not-an-image.png"
    path = woo_file(f"1,simple,MUG-1,Mug,1,,,,,1,,,,8,Kitchen,,{url},,,,,,\n")

    run_import(path)

    assert ProductImage.objects.get().fetch_error == (
        "the file is not an image Pillow can read"
    )


def test_import_same_url_is_fetched_once_per_run(
    run_import, woo_file, image_server, fetching
):
    image_server["available"] = True
    url = f"{image_server['base']}/mug.png"
    path = woo_file(
        f"1,simple,MUG-1,Mug,1,,,,,1,,,,8,Kitchen,,{url},,,,,,\n"
        f"2,simple,MUG-2,Mug 2,1,,,,,1,,,,8,Kitchen,,{url},,,,,,\n"
    )

    run_import(path)

    assert image_server["hits"] == 1
    images = ProductImage.objects.values_list("image_id", flat=True)
    assert len(set(images)) == 1
