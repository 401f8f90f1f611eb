from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "cms.catalog"
    label = "catalog"
    verbose_name = "Catalog"

    def ready(self):
        from cms.catalog import receivers  # noqa: F401 (connects the signals)
