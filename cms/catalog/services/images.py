"""Fetch product images from URLs into Wagtail's image library."""

import hashlib
import io
import logging
import posixpath
import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from wagtail.images import get_image_model
from willow.image import Image as WillowImage

from cms.catalog.models import ProductImage

logger = logging.getLogger(__name__)


class ImageFetchError(Exception):
    pass


def image_download(*, url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    """Return the bytes and a file name for an http(s) image URL, or raise ImageFetchError."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise ImageFetchError(f"not an http(s) URL: {url}")
    request = urllib.request.Request(  # noqa: S310 (scheme checked above)
        url, headers={"User-Agent": "Silkroute/0.1"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked)
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        raise ImageFetchError(f"cannot download: HTTP {exc.code} {exc.reason}") from exc
    except OSError as exc:
        reason = getattr(exc, "reason", None) or exc
        raise ImageFetchError(f"cannot download: {reason}") from exc
    if len(data) > max_bytes:
        raise ImageFetchError(f"larger than {max_bytes} bytes")
    name = posixpath.basename(parts.path) or "image"
    if not name.lower().endswith(".svg"):
        try:
            with PILImage.open(io.BytesIO(data)) as probe:
                probe.verify()
        except (UnidentifiedImageError, OSError, SyntaxError) as exc:
            raise ImageFetchError("the file is not an image Pillow can read") from exc
    return data, name


class ImageFetcher:
    """Fetch each URL at most once per import run, reusing images fetched before."""

    def __init__(self, *, enabled: bool = True):
        self.enabled = enabled and settings.CATALOG_IMAGE_FETCH
        self._cache: dict[str, tuple[object | None, str]] = {}

    def get(self, url: str):
        """Return (image or None, error text)."""
        if url in self._cache:
            return self._cache[url]
        known = (
            ProductImage.objects.filter(source_url=url, image__isnull=False)
            .select_related("image")
            .first()
        )
        if known is not None:
            result = (known.image, "")
        elif not self.enabled:
            result = (None, "image fetching is off")
        else:
            result = self._fetch(url)
        self._cache[url] = result
        return result

    def _fetch(self, url: str):
        try:
            data, name = image_download(
                url=url,
                timeout=settings.CATALOG_IMAGE_FETCH_TIMEOUT,
                max_bytes=settings.CATALOG_IMAGE_MAX_BYTES,
            )
        except ImageFetchError as exc:
            logger.warning(
                "Product image not fetched from %s: %s",
                url,
                exc,
                extra={"image_url": url},
            )
            return None, str(exc)[:500]
        try:
            width, height = WillowImage.open(io.BytesIO(data)).get_size()
        except Exception as exc:  # noqa: BLE001 (Willow raises many kinds)
            logger.warning("Product image unreadable", extra={"image_url": url})
            return None, f"cannot read the image size: {exc}"[:500]
        image_model = get_image_model()
        image = image_model(title=posixpath.splitext(name)[0][:255])
        image.file.save(name, ContentFile(data), save=False)
        # Saving the file resets the dimension fields; set them from Willow's reading.
        image.width, image.height = width, height
        image.file_size = len(data)
        image.file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        image.save()
        logger.info(
            "Product image fetched", extra={"image_url": url, "image_id": image.pk}
        )
        return image, ""
