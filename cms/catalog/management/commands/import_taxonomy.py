from babel import Locale, UnknownLocaleError
from django.core.management.base import BaseCommand, CommandError

from cms.catalog.importers.sources import SourceError, read_text
from cms.catalog.importers.taxonomy import parse_taxonomy
from cms.catalog.services.taxonomy import taxonomy_load


class Command(BaseCommand):
    help = "Load Google's product taxonomy (taxonomy-with-ids.<locale>.txt) from a path or URL."

    def add_arguments(self, parser):
        parser.add_argument("source", help="Path or http(s) URL of the taxonomy file")
        parser.add_argument(
            "--locale",
            default="en-US",
            help="Locale of the names in this file (default: en-US)",
        )

    def handle(self, *args, source, locale, **options):
        try:
            Locale.parse(locale.replace("-", "_"))
        except (ValueError, UnknownLocaleError) as exc:
            raise CommandError(
                f"--locale: {locale!r} is not a locale like en-US"
            ) from exc
        try:
            text = read_text(source)
        except SourceError as exc:
            raise CommandError(exc.message) from exc
        parsed = parse_taxonomy(text)
        self.stderr.write(
            f"taxonomy version {parsed.version or '?'}: {len(parsed.lines)} lines read"
        )
        result = taxonomy_load(parsed=parsed, locale=locale)
        for line_number, reason in result.rejected:
            self.stderr.write(f"line {line_number}: {reason}")
        self.stdout.write(result.summary)
