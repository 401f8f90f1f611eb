from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "silkroute_search"
    verbose_name = "Search"
