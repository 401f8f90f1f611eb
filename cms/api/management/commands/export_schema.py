"""Write the storefront schema to schema.graphql (or check that it is current)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.api.schema import schema

SCHEMA_FILE = Path(settings.BASE_DIR) / "schema.graphql"


def schema_sdl() -> str:
    """Return the schema in GraphQL SDL, as committed to the repository."""
    return f"{str(schema).strip()}\n"


class Command(BaseCommand):
    help = "Write the GraphQL schema to schema.graphql at the repository root."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, default=SCHEMA_FILE)
        parser.add_argument(
            "--check",
            action="store_true",
            help="Fail when the file differs from the live schema; write nothing.",
        )

    def handle(self, *args, output: Path, check: bool, **options):
        sdl = schema_sdl()
        if check:
            current = output.read_text(encoding="utf-8") if output.exists() else ""
            if current != sdl:
                raise CommandError(f"{output} is out of date: run export_schema")
            self.stdout.write(f"{output} is up to date")
            return
        output.write_text(sdl, encoding="utf-8")
        self.stdout.write(f"schema written to {output}")
