"""Load Google's product taxonomy into GoogleCategory and its per-locale names."""

import logging
from dataclasses import dataclass, field

from django.db import transaction

from cms.catalog.importers.taxonomy import PATH_SEPARATOR, ParsedTaxonomy
from cms.catalog.models import GoogleCategory, GoogleCategoryName

logger = logging.getLogger(__name__)


@dataclass
class TaxonomyResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return (
            f"categories: created {self.created}, updated {self.updated}, "
            f"unchanged {self.unchanged}, rejected {len(self.rejected)}"
        )


def taxonomy_load(*, parsed: ParsedTaxonomy, locale: str) -> TaxonomyResult:
    """Upsert every parsed line; a line whose parent is unknown is rejected.

    Lines come parents-first in Google's files, but we do not rely on it: each
    line is placed once its parent path is known.
    """
    result = TaxonomyResult(rejected=list(parsed.errors))
    id_by_path = {line.path: line.id for line in parsed.lines}
    existing = GoogleCategory.objects.in_bulk()
    existing_names = {
        n.category_id: n for n in GoogleCategoryName.objects.filter(locale=locale)
    }

    nodes: dict[int, tuple[int | None, int, str]] = {}
    for line in sorted(parsed.lines, key=lambda item: len(item.path)):
        parent_id = id_by_path.get(line.path[:-1]) if len(line.path) > 1 else None
        if len(line.path) > 1 and (parent_id is None or parent_id not in nodes):
            parent_name = PATH_SEPARATOR.join(line.path[:-1])
            result.rejected.append(
                (
                    line.line_number,
                    f"parent category '{parent_name}' is not in the file",
                )
            )
            continue
        parent_path = nodes[parent_id][2] if parent_id else "/"
        nodes[line.id] = (parent_id, len(line.path), f"{parent_path}{line.id}/")

    to_create, to_update, names_create, names_update = [], [], [], []
    lines = {line.id: line for line in parsed.lines}
    for category_id, (parent_id, depth, id_path) in nodes.items():
        line = lines[category_id]
        values = {
            "parent_id": parent_id,
            "depth": depth,
            "id_path": id_path,
            "version": parsed.version,
        }
        category = existing.get(category_id)
        changed = False
        if category is None:
            to_create.append(GoogleCategory(id=category_id, **values))
            changed = True
        elif any(getattr(category, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(category, key, value)
            to_update.append(category)
            changed = True
        name_values = {"name": line.path[-1], "path": PATH_SEPARATOR.join(line.path)}
        name = existing_names.get(category_id)
        if name is None:
            names_create.append(
                GoogleCategoryName(
                    category_id=category_id, locale=locale, **name_values
                )
            )
            changed = True
        elif any(getattr(name, k) != v for k, v in name_values.items()):
            for key, value in name_values.items():
                setattr(name, key, value)
            names_update.append(name)
            changed = True
        if not changed:
            result.unchanged += 1
        elif category is None:
            result.created += 1
        else:
            result.updated += 1

    with transaction.atomic():
        # Parents first, so foreign keys hold on every database.
        to_create.sort(key=lambda c: c.depth)
        GoogleCategory.objects.bulk_create(to_create, batch_size=1000)
        GoogleCategory.objects.bulk_update(
            to_update, ["parent_id", "depth", "id_path", "version"], batch_size=1000
        )
        GoogleCategoryName.objects.bulk_create(names_create, batch_size=1000)
        GoogleCategoryName.objects.bulk_update(
            names_update, ["name", "path"], batch_size=1000
        )
    logger.info(
        "Google taxonomy %s loaded for %s: %s",
        parsed.version,
        locale,
        result.summary,
        extra={"taxonomy_version": parsed.version, "taxonomy_locale": locale},
    )
    return result
