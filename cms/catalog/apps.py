from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "cms.catalog"
    label = "catalog"
    verbose_name = "Catalog"

    def ready(self):
        from cms.catalog.editorial import receivers  # noqa: F401 (connects signals)
