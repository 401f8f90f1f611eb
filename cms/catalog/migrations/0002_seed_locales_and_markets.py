from django.db import migrations

LOCALES = ["en", "de", "fr", "es", "ja", "zh-hans"]

# code, name, countries, currency, default locale, tax inclusive
MARKETS = [
    ("US", "United States", "US", "USD", "en", False),
    ("DE", "Germany", "DE,AT", "EUR", "de", True),
    ("FR", "France", "FR,BE,LU", "EUR", "fr", True),
    ("GB", "United Kingdom", "GB", "GBP", "en", True),
    ("JP", "Japan", "JP", "JPY", "ja", True),
]


def seed(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Market = apps.get_model("catalog", "Market")
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in LOCALES
    }
    for code, name, countries, currency, locale, tax_inclusive in MARKETS:
        Market.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "countries": countries,
                "currency": currency,
                "default_locale": locales[locale],
                "tax_inclusive": tax_inclusive,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0001_initial_catalog"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
