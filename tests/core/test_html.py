import pytest

from cms.core.html import clean_html


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p>Hi<script>alert(1)</script></p>", "<p>Hi</p>"),
        ('<p onclick="steal()">Hi</p>', "<p>Hi</p>"),
        ('<a href="javascript:alert(1)">x</a>', "<a>x</a>"),
        ('<img src="x" onerror="alert(1)">', ""),
        ('<a linktype="page" id="3">x</a>', '<a linktype="page" id="3">x</a>'),
        (
            '<embed embedtype="image" id="1" format="left" alt="Mug"/>',
            '<embed embedtype="image" id="1" format="left" alt="Mug">',
        ),
        ("<p>Tea &amp; <b>cake</b></p>", "<p>Tea &amp; <b>cake</b></p>"),
        ("", ""),
    ],
)
def test_clean_html_dangerous_markup_removed_wagtail_markup_kept(dirty, clean):
    assert clean_html(dirty) == clean
