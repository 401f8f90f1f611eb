"""Open an import source that is either a local path or an http(s) URL."""

import urllib.request
from pathlib import Path

from cms.core.exceptions import CmsError


class SourceError(CmsError):
    code = "source_unreadable"


def read_text(path_or_url: str, *, timeout: float = 30) -> str:
    """Return the whole source as text, decoding UTF-8 with or without a BOM."""
    if path_or_url.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(path_or_url, timeout=timeout) as response:  # noqa: S310 (scheme checked above)
                raw = response.read()
        except OSError as exc:
            raise SourceError(f"cannot download {path_or_url}: {exc}") from exc
    else:
        try:
            raw = Path(path_or_url).read_bytes()
        except OSError as exc:
            raise SourceError(f"cannot read {path_or_url}: {exc.strerror}") from exc
    if not raw.strip():
        raise SourceError(f"{path_or_url} is empty")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceError(
            f"{path_or_url} is not UTF-8: line {line}, byte {exc.start} ({exc.reason})"
        ) from exc
