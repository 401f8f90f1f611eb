"""Relay cursor pagination over a sliced queryset.

Cursors are opaque base64 offsets. They are simple and exact in both
directions (``last: 2`` is the last two rows), at the cost of a COUNT when
paging backwards from the end.
"""

import base64
import binascii
from dataclasses import dataclass

from django.conf import settings

from cms.api.core.errors import ApiError, ApiErrorCode

_PREFIX = "offset:"
# Far beyond any catalog, and within every database's integer range.
MAX_OFFSET = 2**31 - 1


def cursor_encode(offset: int) -> str:
    return base64.b64encode(f"{_PREFIX}{offset}".encode()).decode()


def cursor_decode(cursor: str) -> int:
    """Return the offset a cursor stands for, or raise INVALID_CURSOR."""
    try:
        text = base64.b64decode(cursor.encode(), validate=True).decode()
        if not text.startswith(_PREFIX):
            raise ValueError(text)
        offset = int(text.removeprefix(_PREFIX))
    except (binascii.Error, UnicodeError, ValueError) as exc:
        raise ApiError(
            f"{cursor!r} is not a cursor this API issued.",
            code=ApiErrorCode.INVALID_CURSOR,
        ) from exc
    if offset < 0 or offset > MAX_OFFSET:
        raise ApiError(f"{cursor!r} is not valid.", code=ApiErrorCode.INVALID_CURSOR)
    return offset


@dataclass
class Page:
    """One page of a connection: the rows and where they sit in the whole list."""

    rows: list
    start: int
    total: int | None
    has_next_page: bool
    has_previous_page: bool
    _count: object = None

    @property
    def total_count(self) -> int:
        if self.total is None:
            self.total = self._count()
        return self.total


def page_size_check(*, first: int | None, last: int | None) -> None:
    """Refuse negative sizes, both directions at once, and pages over the cap."""
    if first is not None and last is not None:
        raise ApiError(
            "Pass either first or last, not both.", code=ApiErrorCode.BAD_USER_INPUT
        )
    for name, value in (("first", first), ("last", last)):
        if value is None:
            continue
        if value < 0:
            raise ApiError(
                f"{name} cannot be negative.", code=ApiErrorCode.BAD_USER_INPUT
            )
        if value > settings.API_MAX_PAGE_SIZE:
            raise ApiError(
                f"{name} is {value}; a page holds at most "
                f"{settings.API_MAX_PAGE_SIZE} items.",
                code=ApiErrorCode.PAGE_SIZE_EXCEEDED,
                maxPageSize=settings.API_MAX_PAGE_SIZE,
            )


def paginate(
    queryset,
    *,
    first: int | None = None,
    after: str | None = None,
    last: int | None = None,
    before: str | None = None,
) -> Page:
    """Slice a queryset the Relay way; count it only when the answer needs it."""
    page_size_check(first=first, last=last)
    if first is None and last is None:
        first = settings.API_DEFAULT_PAGE_SIZE
    start = cursor_decode(after) + 1 if after else 0
    total = None
    if before:
        end = cursor_decode(before)
    elif last is not None:
        total = queryset.count()
        end = total
    else:
        end = None

    if first is not None:
        stop = start + first if end is None else min(end, start + first)
        rows = list(queryset[start : stop + 1]) if stop > start else []
        more = len(rows) > stop - start
        rows = rows[: stop - start]
        has_next = more if end is None else stop < end or _exists(queryset, end)
        has_previous = start > 0
    else:
        begin = max(start, end - last)
        rows = list(queryset[begin:end]) if end > begin else []
        has_next = total is None and _exists(queryset, end)
        if total is not None:
            has_next = end < total
        has_previous = begin > 0
        start = begin
    return Page(
        rows=rows,
        start=start,
        total=total,
        has_next_page=has_next,
        has_previous_page=has_previous,
        _count=queryset.count,
    )


def _exists(queryset, offset: int) -> bool:
    return queryset[offset : offset + 1].exists()
