"""Bring a fresh database to a working back office; a second run changes nothing."""

import io
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from cms.catalog.models import GoogleCategory, Market, Product

TAXONOMY_URL = (
    "https://www.google.com/basepages/producttype/taxonomy-with-ids.en-US.txt"
)
WOO_URL = (
    "https://raw.githubusercontent.com/woocommerce/woocommerce/trunk/"
    "plugins/woocommerce/sample-data/sample_products.csv"
)


class Command(BaseCommand):
    help = (
        "Load Google's taxonomy and the WooCommerce sample catalog when the "
        "database has none, and make sure an administrator exists."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-sample-data", action="store_true", help="Skip taxonomy and catalog"
        )

    def handle(self, *args, no_sample_data, **options):
        markets = ", ".join(Market.objects.values_list("code", flat=True))
        self.stdout.write(f"markets: {markets}")
        if not no_sample_data:
            self._load_taxonomy()
            self._load_catalog()
        self._ensure_admin()

    def _source(self, relative: str, url: str) -> str:
        local = settings.SILKROUTE_DATA_DIR / relative
        return str(local) if local.exists() else url

    def _run(self, *args, **kwargs) -> str:
        out, err = io.StringIO(), io.StringIO()
        try:
            call_command(*args, stdout=out, stderr=err, **kwargs)
        except CommandError as exc:
            self.stderr.write(f"  could not load: {exc}")
            return ""
        return out.getvalue().strip().splitlines()[-1] if out.getvalue().strip() else ""

    def _load_taxonomy(self):
        if GoogleCategory.objects.exists():
            self.stdout.write("Google taxonomy: already loaded")
            return
        source = self._source(
            "google_taxonomy/taxonomy-with-ids.en-US.txt", TAXONOMY_URL
        )
        self.stdout.write(f"Google taxonomy: loading {source}")
        summary = self._run("import_taxonomy", source, locale="en-US")
        self.stdout.write(f"  {summary or 'not loaded: the catalog works without it'}")

    def _load_catalog(self):
        if Product.objects.exists():
            self.stdout.write("catalog: already has products, nothing imported")
            return
        source = self._source(
            "woocommerce/sample_products.csv", settings.SAMPLE_CATALOG_URL
        )
        self.stdout.write(f"catalog: importing WooCommerce sample from {source}")
        summary = self._run(
            "import_products", source, format="woocommerce", currency="USD"
        )
        self.stdout.write(
            f"  {summary or 'not loaded: no sample catalog reachable; import your own'}"
        )

    def _ensure_admin(self):
        user_model = get_user_model()
        if user_model.objects.filter(is_superuser=True).exists():
            self.stdout.write("administrator: already exists")
            return
        username, email = settings.ADMIN_USERNAME, settings.ADMIN_EMAIL
        password = settings.ADMIN_PASSWORD
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        user_model.objects.create_superuser(username, email, password)
        if generated:
            self.stdout.write(
                f"administrator: created {username!r} with password {password!r} "
                "(shown once; change it with `manage.py changepassword`)"
            )
        else:
            self.stdout.write(
                f"administrator: created {username!r} from ADMIN_PASSWORD"
            )
