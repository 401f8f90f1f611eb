from django.conf import settings
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from cms.api.core.views import StorefrontGraphQLView

urlpatterns = [
    path(
        "graphql/",
        # Public and cookie-less: the storefront authenticates nothing here.
        csrf_exempt(StorefrontGraphQLView.as_view(graphiql=settings.DEBUG)),
        name="graphql",
    ),
]
