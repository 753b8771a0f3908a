"""Times as people read them: local time, Korean form ("2026. 11. 25. 23:17 KST").

Stored and signed times stay ISO 8601 with their offset; this is only how they are shown.
Every printed paper (평가표, 종합평가표, 편차 검토 목록) goes through `paper_time`, so they all
print one clock the same way: the machine's local time with its zone in parentheses.
"""

from datetime import UTC, datetime, timedelta, timezone

KST = timezone(timedelta(hours=9), "KST")


def _zone_name(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta(0)
    if offset == timedelta(hours=9):
        return "KST"
    name = moment.tzname() or ""
    if name and name[0].isalpha():
        return name
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_time(value: str | datetime, tz: timezone | None = None) -> datetime:
    """`value` (ISO text or datetime; naive means UTC) in `tz`, else the machine's zone."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz) if tz else moment.astimezone()


def format_time(value: str | datetime, language: str = "ko", tz: timezone | None = None,
                seconds: bool = False) -> str:
    """'2026. 11. 25. 23:17 KST' (ko) or '2026-11-25 23:17 KST' (en), in local time."""
    if not value:
        return ""
    try:
        moment = local_time(value, tz)
    except ValueError:
        return str(value)
    clock = moment.strftime("%H:%M:%S" if seconds else "%H:%M")
    zone = _zone_name(moment)
    if language == "ko":
        return f"{moment.year}. {moment.month}. {moment.day}. {clock} {zone}"
    return f"{moment:%Y-%m-%d} {clock} {zone}"


def paper_time(value: str | datetime, tz: timezone | None = None) -> str:
    """A time as every printed paper shows it: '2025. 6. 5. 14:30 (KST)', in the machine's
    zone (or `tz`), the zone named so a reader elsewhere knows which clock it is."""
    if not value:
        return ""
    try:
        moment = local_time(value, tz)
    except ValueError:
        return str(value)
    return f"{paper_date(moment)} {moment:%H:%M} ({_zone_name(moment)})"


def paper_date(value: str | datetime, tz: timezone | None = None) -> str:
    """The local day of a time as papers print it: '2025. 6. 5.'."""
    try:
        moment = local_time(value, tz)
    except (TypeError, ValueError):
        return str(value)
    return f"{moment.year}. {moment.month}. {moment.day}."
