"""The catalog's domain error: a code from ``error_codes`` plus structured data."""

from cms.catalog.error_codes import CatalogErrorCode
from cms.core.exceptions import CmsError


class CatalogError(CmsError):
    """A read or write the catalog refuses, e.g. an unknown market code."""

    def __init__(self, message: str, *, code: CatalogErrorCode, **data):
        super().__init__(message, code=code.value, **data)
