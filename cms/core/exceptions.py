"""The base of every error Silkroute's content apps raise on purpose."""


class CmsError(Exception):
    """A domain error that carries a code and structured data for the caller."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, **data):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.data = data
