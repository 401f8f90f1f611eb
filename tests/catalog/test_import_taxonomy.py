import io

import pytest
from django.core.management import call_command

from cms.catalog.importers.taxonomy import parse_taxonomy
from cms.catalog.models import GoogleCategory, GoogleCategoryName


def _load(path, locale="en-US"):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_taxonomy", str(path), locale=locale, stdout=out, stderr=err)
    return out.getvalue().strip(), err.getvalue()


def test_parse_taxonomy_splits_on_the_first_separator_only():
    parsed = parse_taxonomy(
        "# Google_Product_Taxonomy_Version: 2021-09-21\n"
        "1 - Arts & Entertainment\n"
        "2 - Arts & Entertainment > Party - Celebration"
    )

    assert parsed.version == "2021-09-21"
    assert parsed.errors == []
    assert parsed.lines[1].path == ("Arts & Entertainment", "Party - Celebration")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("no separator here", "expected '<id> - <path>'"),
        ("abc - Toys", "id 'abc' is not a number"),
        ("5 - Toys >  > Dolls", "the category path has an empty level"),
    ],
)
def test_parse_taxonomy_bad_line_reports_its_line_number(line, reason):
    parsed = parse_taxonomy(f"# Google_Product_Taxonomy_Version: x\n1 - Toys\n{line}\n")

    assert parsed.errors == [(3, reason)]


@pytest.mark.django_db
def test_import_taxonomy_real_file_loads_5595_categories_idempotently(taxonomy_txt):
    first, _ = _load(taxonomy_txt)
    second, _ = _load(taxonomy_txt)

    assert first == "categories: created 5595, updated 0, unchanged 0, rejected 0"
    assert second == "categories: created 0, updated 0, unchanged 5595, rejected 0"
    apparel = GoogleCategory.objects.get(pk=166)
    shirts = GoogleCategory.objects.get(pk=212)
    assert shirts.id_path.startswith(apparel.id_path)
    assert shirts.version == "2021-09-21"
    assert GoogleCategoryName.objects.get(category=shirts, locale="en-US").path == (
        "Apparel & Accessories > Clothing > Shirts & Tops"
    )


@pytest.mark.django_db
def test_import_taxonomy_orphan_line_is_rejected_and_the_rest_loads(tmp_path):
    path = tmp_path / "taxonomy.txt"
    path.write_text(
        "# Google_Product_Taxonomy_Version: test\n1 - Toys\n2 - Toys > Dolls\n"
        "3 - Games > Dice"
    )

    summary, err = _load(path)

    assert summary == "categories: created 2, updated 0, unchanged 0, rejected 1"
    assert "line 4: parent category 'Games' is not in the file" in err


@pytest.mark.django_db
def test_import_taxonomy_second_locale_adds_names_not_categories(tmp_path):
    english = tmp_path / "en.txt"
    english.write_text(
        "# Google_Product_Taxonomy_Version: t\n1 - Toys\n2 - Toys > Dolls\n"
    )
    german = tmp_path / "de.txt"
    german.write_text(
        "# Google_Product_Taxonomy_Version: t\n1 - Spielzeug\n2 - Spielzeug > Puppen\n"
    )
    _load(english)

    summary, _ = _load(german, locale="de-DE")

    assert summary == "categories: created 0, updated 2, unchanged 0, rejected 0"
    assert GoogleCategory.objects.count() == 2
    assert GoogleCategoryName.objects.get(category_id=2, locale="de-DE").path == (
        "Spielzeug > Puppen"
    )


@pytest.mark.django_db
def test_import_taxonomy_unknown_locale_is_refused(tmp_path):
    from django.core.management.base import CommandError

    path = tmp_path / "t.txt"
    path.write_text("# Google_Product_Taxonomy_Version: t\n1 - Toys\n")

    with pytest.raises(CommandError, match="'xx' is not a locale like en-US"):
        _load(path, locale="xx")
