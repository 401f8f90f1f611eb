"""Turn stored rich text into the HTML and the plain text a storefront shows."""

import html
import re

from django.utils.html import strip_tags
from wagtail.rich_text import expand_db_html

_BLOCK_END = re.compile(r"</(p|div|li|h[1-6]|blockquote|tr)>|<br\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def rich_text_to_html(value: str) -> str:
    """Return front-end HTML, with Wagtail's internal links and embeds expanded."""
    if not value:
        return ""
    if "linktype=" not in value and "<embed" not in value:
        return value
    return expand_db_html(value)


def rich_text_to_plain(value: str) -> str:
    """Return the text of rich text: no tags, entities decoded, one line per block."""
    if not value:
        return ""
    text = html.unescape(strip_tags(_BLOCK_END.sub("\n", value)))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line)).strip()
