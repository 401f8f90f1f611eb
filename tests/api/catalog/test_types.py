"""Image renditions: allow-listed sizes and formats; SVG falls back to the original."""

import io

import pytest
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from cms.catalog.models import ProductImage

QUERY = """
query Images($format: ImageFormat) {
  product(market: "US", slug: "lamp") {
    images {
      url width height alt hosted
      rendition(size: SMALL, format: $format) { url width height isOriginal }
    }
  }
}
"""


def _image(name: str, content: bytes, width: int, height: int):
    image = get_image_model()(title=name)
    image.file.save(name, ContentFile(content), save=False)
    image.width, image.height = width, height
    image.save()
    return image


@pytest.fixture
def lamp(live_product):
    """A live product with one hosted 1000x500 PNG image."""
    product = live_product("Lamp", slug="lamp")
    buffer = io.BytesIO()
    PILImage.new("RGB", (1000, 500), "red").save(buffer, format="PNG")
    image = _image("lamp.png", buffer.getvalue(), 1000, 500)
    ProductImage.objects.create(
        product=product, locale=product.locale, image=image, alt_text="A red lamp"
    )
    return product


@pytest.mark.parametrize(("fmt", "suffix"), [("WEBP", ".webp"), ("ORIGINAL", ".png")])
def test_image_rendition_allowed_size_is_resized(lamp, graphql, fmt, suffix):
    # given a hosted 1000x500 image

    # when
    body = graphql(QUERY, {"format": fmt})

    # then
    image = body["data"]["product"]["images"][0]
    assert (image["width"], image["height"], image["alt"]) == (1000, 500, "A red lamp")
    assert image["hosted"] is True
    rendition = image["rendition"]
    assert (rendition["width"], rendition["height"]) == (400, 200)
    assert rendition["isOriginal"] is False
    assert rendition["url"].endswith(suffix)


def test_image_svg_asked_as_raster_falls_back_to_the_original(live_product, graphql):
    # given a product whose image is an SVG
    product = live_product("Lamp", slug="lamp")
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    image = _image("lamp.svg", svg, 10, 10)
    ProductImage.objects.create(product=product, locale=product.locale, image=image)

    # when
    body = graphql(QUERY, {"format": "WEBP"})

    # then
    image_json = body["data"]["product"]["images"][0]
    assert image_json["rendition"] == {
        "url": image_json["url"],
        "width": 10,
        "height": 10,
        "isOriginal": True,
    }
