"""Changing one entry of a spec file and keeping the rest of its text: the comments, order and
layout the secretariat wrote (tomlkit, the style-preserving TOML library). `write_spec` writes
a whole draft as the desk lays it out; a command that records one fact (`session confirm`)
must not reformat a hand-written spec or drop its comments.

Plain text in, text out; the caller reads the result back before it replaces the file.
"""

from pathlib import Path
from typing import Any

from evaluator_app.round.spec_io import absolute


class NotEditable(Exception):
    """The text cannot be changed in place (the caller writes the draft whole instead)."""


def with_confirmation(text: str, base: Path, card: Path, how: str, fingerprint: str) -> str:
    """`text` with [roster.confirmed] recording that `card` (an absolute path) was compared with
    its owner: `how`, `fingerprint`. The key is the spelling the file already uses for that
    card (in [roster.confirmed], else in the roster's chair or members), so a path is never
    recorded twice. NotEditable when the text has no roster naming the card."""
    import tomlkit  # only this command edits in place: not loaded at start-up
    from tomlkit.exceptions import TOMLKitError

    try:
        doc = tomlkit.parse(text)
    except TOMLKitError as e:
        raise NotEditable(str(e)) from None
    roster = doc.get("roster")
    if not isinstance(roster, dict):
        raise NotEditable("no [roster] table")
    confirmed = roster.get("confirmed")
    if confirmed is not None and not isinstance(confirmed, dict):
        raise NotEditable("[roster.confirmed] is not a table")
    named = [*(confirmed or {}), *_roster_refs(roster)]
    key = next((ref for ref in named if absolute(base, ref) == card), None)
    if key is None:
        raise NotEditable(f"{card} is not named by the roster")
    entry = tomlkit.inline_table()
    entry.update({"how": how, "fingerprint": fingerprint})
    if confirmed is None:
        confirmed = tomlkit.table()
        confirmed[key] = entry
        confirmed.add(tomlkit.nl())  # a blank line before the next table, as the rest has
        roster["confirmed"] = confirmed
    else:
        confirmed[key] = entry
    return tomlkit.dumps(doc)


def _roster_refs(roster: dict[str, Any]) -> list[str]:
    chair, members = roster.get("chair"), roster.get("members")
    refs = [chair] if isinstance(chair, str) else []
    if isinstance(members, list):
        refs += [m for m in members if isinstance(m, str)]
    return refs
