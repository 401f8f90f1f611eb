"""Parse single CSV cells into typed values, raising CellError with the reason."""

from datetime import datetime, time
from decimal import Decimal, InvalidOperation

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime


class CellError(ValueError):
    pass


TRUE_WORDS = {"1", "true", "yes", "y"}
FALSE_WORDS = {"0", "false", "no", "n", ""}


def parse_bool(value: str, *, default: bool = False) -> bool:
    text = (value or "").strip().lower()
    if not text:
        return default
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise CellError(f"{value!r} is not yes/no (1/0, TRUE/FALSE)")


def parse_decimal(
    value: str, *, minimum: Decimal | None = Decimal(0)
) -> Decimal | None:
    text = (value or "").strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise CellError(f"{value!r} is not a number") from exc
    if not number.is_finite():
        raise CellError(f"{value!r} is not a finite number")
    if minimum is not None and number < minimum:
        raise CellError(f"{value!r} is below {minimum}")
    return number


def parse_int(value: str) -> int | None:
    text = (value or "").strip()
    if not text:
        return None
    try:
        return int(Decimal(text).to_integral_exact())
    except (InvalidOperation, ValueError) as exc:
        raise CellError(f"{value!r} is not a whole number") from exc


def parse_moment(value: str, *, end_of_day: bool = False) -> datetime | None:
    """Accept an ISO date or date-time; naive values are in the project's time zone."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        moment = parse_datetime(text)
        if moment is None:
            day = parse_date(text)
            if day is None:
                raise CellError(f"{value!r} is not a date (use YYYY-MM-DD)")
            moment = datetime.combine(day, time.max if end_of_day else time.min)
    except ValueError as exc:
        raise CellError(f"{value!r} is not a valid date") from exc
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def split_list(value: str, separator: str = ",") -> list[str]:
    return [item.strip() for item in (value or "").split(separator) if item.strip()]
