"""Image renditions: allow-listed sizes and formats; SVG falls back to the original."""

import pytest

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
    # Storefronts run on other hosts: media URLs are absolute.
    assert image["url"].startswith("http://localhost/")
    assert rendition["url"].startswith("http://localhost/")


def test_image_svg_asked_as_raster_falls_back_to_the_original(
    live_product, image_file, graphql
):
    # given a product whose image is an SVG
    product = live_product("Lamp", slug="lamp")
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    image = image_file("lamp.svg", svg, 10, 10)
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
