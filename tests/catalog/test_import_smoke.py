from cms.catalog.models import Product, Variant, VariantPrice


def test_woo_catalog_fixture_imports_18_products_and_22_priced_skus(woo_catalog):
    assert Product.objects.count() == 18
    assert VariantPrice.objects.filter(currency="USD").count() == 22
    assert Variant.objects.count() == 22
