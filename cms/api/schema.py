"""The storefront GraphQL schema: each app's queries, composed.

``manage.py export_schema`` writes it to ``schema.graphql``; a test fails when
that file and this schema differ.
"""

import graphene

from cms.api.catalog.queries import CatalogQueries


class Query(CatalogQueries, graphene.ObjectType):
    pass


schema = graphene.Schema(query=Query)
