"""Admin panels specific to the catalog."""

from django.urls import reverse
from wagtail.admin.panels import Panel

from cms.catalog.models.variants import Variant


class VariantsPanel(Panel):
    """Show a product's SKUs with prices and stock, linking to each SKU's editor.

    SKUs are shared by every translation, so they are edited in the SKUs area,
    not inside a locale's product form.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "catalog/panels/variants_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            product = self.instance
            variants = []
            if product.pk:
                variants = (
                    Variant.objects.filter(
                        product__translation_key=product.translation_key
                    )
                    .prefetch_related("prices", "option_values")
                    .order_by("position", "pk")
                )
            context["variants"] = variants
            context["add_url"] = reverse("wagtailsnippets_catalog_variant:add")
            return context
