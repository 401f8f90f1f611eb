import csv
import logging
import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale

from cms.catalog.importers.records import ParsedCatalog
from cms.catalog.importers.shopify import parse_shopify
from cms.catalog.importers.sources import SourceError, read_text
from cms.catalog.importers.woocommerce import parse_woocommerce
from cms.catalog.money import MoneyError, validate_currency
from cms.catalog.services.images import ImageFetcher
from cms.catalog.services.product_import import REJECTED, product_import_record

logger = logging.getLogger(__name__)

PARSERS = {"woocommerce": parse_woocommerce, "shopify": parse_shopify}


class DryRunRollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Import a WooCommerce or Shopify product CSV. Each product is written "
        "all-or-nothing; bad rows are reported and never block the good ones."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Path or http(s) URL of the CSV file")
        parser.add_argument("--format", required=True, choices=sorted(PARSERS))
        parser.add_argument(
            "--currency", required=True, help="ISO 4217 currency of the prices"
        )
        parser.add_argument(
            "--locale",
            default=None,
            help="Locale of the words (default: the default locale)",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check and count everything, then roll back; no image is fetched",
        )
        parser.add_argument(
            "--report",
            metavar="REJECTS.csv",
            help="Write rejected rows and warnings here",
        )

    def handle(self, *args, path, format, currency, locale, dry_run, report, **options):
        try:
            currency = validate_currency(currency)
        except MoneyError as exc:
            raise CommandError(f"--currency: {exc}") from exc
        locale_obj = self._locale(locale)
        report_file = self._open_report(report)
        try:
            catalog: ParsedCatalog = PARSERS[format](read_text(path))
        except SourceError as exc:
            raise CommandError(exc.message) from exc
        header_errors = [e for e in catalog.errors if e.row == 1]
        if header_errors and not catalog.products:
            # Nothing in the file can be read: say so and fail, so scripts notice.
            raise CommandError(
                f"{path}: {header_errors[0]} (is --format {format} right?)"
            )

        # Grouped products point at other products, so they go last.
        records = sorted(catalog.products, key=lambda r: r.kind == "grouped")
        totals, skus = Counter(), Counter()
        problems = [("rejected", error) for error in catalog.errors]
        totals[REJECTED] += len(catalog.errors)
        fetcher = ImageFetcher(enabled=not dry_run)
        try:
            with transaction.atomic():
                for done, record in enumerate(records, start=1):
                    outcome = product_import_record(
                        record=record,
                        locale=locale_obj,
                        currency=currency,
                        fetcher=fetcher,
                    )
                    totals[outcome.status] += 1
                    skus.update(outcome.skus)
                    problems += [("rejected", e) for e in outcome.errors]
                    problems += [("warning", w) for w in outcome.warnings]
                    self._progress(done, len(records))
                if dry_run:
                    raise DryRunRollback
        except DryRunRollback:
            self.stderr.write("dry run: nothing was written")

        for kind, error in problems:
            self.stderr.write(f"{kind}: {error}")
            if kind == "rejected":
                logger.warning(
                    "Import row rejected: %s",
                    error.reason,
                    extra={
                        "row": error.row,
                        "column": error.column,
                        "record": error.record,
                    },
                )
        if report_file:
            self._write_report(report_file, problems)
        self.stdout.write(
            f"products: created {totals['created']}, updated {totals['updated']}, "
            f"unchanged {totals['unchanged']}, rejected {totals['rejected']}; "
            f"skus: created {skus['created']}, updated {skus['updated']}, "
            f"unchanged {skus['unchanged']}"
        )

    def _locale(self, code: str | None) -> Locale:
        if code is None:
            return Locale.get_default()
        try:
            return Locale.objects.get(language_code__iexact=code)
        except Locale.DoesNotExist as exc:
            known = ", ".join(Locale.objects.values_list("language_code", flat=True))
            raise CommandError(f"--locale: no locale {code!r} (have: {known})") from exc

    def _progress(self, done: int, total: int):
        step = max(1, total // 20)
        if done == total or done % step == 0:
            end = "\n" if done == total or not sys.stderr.isatty() else "\r"
            self.stderr.write(f"processed {done}/{total} products", ending=end)

    def _open_report(self, path: str | None):
        """Open the report before importing, so a bad path fails before any write."""
        if not path:
            return None
        try:
            return open(path, "w", newline="", encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise CommandError(
                f"--report: cannot write {path}: {exc.strerror}"
            ) from exc

    def _write_report(self, handle, problems):
        with handle:
            writer = csv.writer(handle)
            writer.writerow(["severity", "row", "column", "record", "reason"])
            for kind, error in problems:
                writer.writerow(
                    [kind, error.row, error.column, error.record, error.reason]
                )
