"""Parse Google's product taxonomy file (``<id> - A > B > C`` lines)."""

from dataclasses import dataclass, field

VERSION_PREFIX = "# Google_Product_Taxonomy_Version:"
PATH_SEPARATOR = " > "


@dataclass(frozen=True)
class TaxonomyLine:
    line_number: int
    id: int
    path: tuple[str, ...]


@dataclass
class ParsedTaxonomy:
    version: str = ""
    lines: list[TaxonomyLine] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)


def parse_taxonomy(text: str) -> ParsedTaxonomy:
    """Split each line on its first " - " only: names may contain " - " too."""
    result = ParsedTaxonomy()
    seen: dict[int, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith(VERSION_PREFIX):
                result.version = line[len(VERSION_PREFIX) :].strip()
            continue
        id_text, sep, path_text = line.partition(" - ")
        if not sep:
            result.errors.append((number, "expected '<id> - <path>'"))
            continue
        if not id_text.strip().isdigit():
            result.errors.append((number, f"id {id_text.strip()!r} is not a number"))
            continue
        path = tuple(part.strip() for part in path_text.split(PATH_SEPARATOR))
        if not all(path):
            result.errors.append((number, "the category path has an empty level"))
            continue
        category_id = int(id_text)
        if category_id in seen:
            result.errors.append(
                (number, f"id {category_id} already given on line {seen[category_id]}")
            )
            continue
        seen[category_id] = number
        result.lines.append(TaxonomyLine(number, category_id, path))
    if not result.version:
        result.errors.insert(0, (1, f"missing '{VERSION_PREFIX} …' line"))
    return result
