"""The storefront GraphQL schema.

The storefront queries (products, variants, categories…) are not built yet:
issue 3 adds them. For now the schema lists markets only.
"""

import graphene

from cms.catalog.models import Market


class MarketType(graphene.ObjectType):
    code = graphene.String(required=True)
    name = graphene.String(required=True)
    currency = graphene.String(required=True)
    default_locale = graphene.String(required=True)


class Query(graphene.ObjectType):
    markets = graphene.List(graphene.NonNull(MarketType), required=True)

    def resolve_markets(root, info):
        return [
            MarketType(
                code=m.code,
                name=m.name,
                currency=m.currency,
                default_locale=m.default_locale.language_code,
            )
            for m in Market.objects.select_related("default_locale").filter(
                is_active=True
            )
        ]


schema = graphene.Schema(query=Query)
