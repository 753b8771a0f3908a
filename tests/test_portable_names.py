"""File names made from user data are valid on Windows too (evaluator_app/portable_names.py)."""

import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator_app.portable_names import (
    FORBIDDEN,
    MAX_BYTES,
    MAX_UNITS,
    RESERVED,
    is_reserved,
    portable_name,
)
from evaluator_app.rubric.loader import ID_RE

SUFFIXES = st.sampled_from(["", ".evb", ".json", "-card.json", "-identity.age", ".toml"])
# Every kind of character, Hangul, device names, dots and spaces where Windows drops them
TEXT = st.one_of(
    st.text(),
    st.text(st.sampled_from([*"가힣 .-_:/\\<>|?*\"\x00\x1f\u202e", "🎉"]), max_size=300),
    st.builds(lambda dev, rest: dev + rest,
              st.sampled_from([*sorted(RESERVED), "con", "Nul", "com1 ", "lpt¹"]),
              st.sampled_from(["", ".", ".txt", " .evb", "..", " "])))


def _valid_everywhere(name: str) -> None:
    assert name
    assert not set(name) & FORBIDDEN
    assert all(unicodedata.category(ch) not in ("Cc", "Cs", "Cn") for ch in name)
    assert not name.endswith((".", " ")) and not name.startswith((".", " "))
    assert not is_reserved(name)
    assert len(name.encode("utf-16-le")) // 2 <= MAX_UNITS
    assert len(name.encode("utf-8")) <= MAX_BYTES


@settings(max_examples=400, deadline=None)
@given(TEXT, SUFFIXES)
def test_any_text_gives_a_name_valid_on_every_system(text: str, suffix: str):
    name = portable_name(text, suffix)
    _valid_everywhere(name)
    assert name.endswith(suffix)
    assert portable_name(text, suffix) == name  # stable: the same text, the same file


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_a_portable_name_is_left_as_it_is(text: str):
    name = portable_name(text)
    assert portable_name(name) == name


@settings(max_examples=200, deadline=None)
@given(st.from_regex(ID_RE))
def test_an_ordinary_id_is_unchanged_unless_windows_refuses_it(sid: str):
    name = portable_name(sid, ".evb")
    if is_reserved(sid) or sid.endswith("."):
        _valid_everywhere(name)
    else:
        assert name == sid + ".evb"


@pytest.mark.parametrize(("text", "suffix", "expected"), [
    ("홍길동", "-card.json", "홍길동-card.json"),
    ("김/이 위원", "-identity.age", "김_이 위원-identity.age"),
    ('평가: "1차"?', "", "평가_ _1차__"),
    ("CON", ".evb", "_CON.evb"),
    ("nul", "", "_nul"),
    ("com1.tar", ".gz", "_com1.tar.gz"),
    ("2025-a.", "", "2025-a"),
    ("  ..  ", ".pdf", "file.pdf"),
    ("", "", "file"),
    ("line\nbreak", "", "line_break"),
    ("\u1112\u1161\u11ab", "", "한"),  # decomposed Hangul (a name from macOS) becomes NFC
])
def test_examples(text: str, suffix: str, expected: str):
    assert portable_name(text, suffix) == expected


def test_a_long_korean_title_is_cut_whole_characters_within_both_limits():
    name = portable_name("스마트시티 챌린지 " * 40, ".pdf")
    assert name.endswith(".pdf") and name.startswith("스마트시티 챌린지")
    assert len(name.encode("utf-8")) <= MAX_BYTES
    astral = portable_name("🎉" * 100)
    assert set(astral) == {"🎉"} and len(astral.encode("utf-16-le")) // 2 <= MAX_UNITS


# ---- where user data becomes a file name -----------------------------------------------------

def test_a_rubric_whose_id_is_a_device_name_is_imported_under_a_writable_name(
        tmp_path: Path, home: Path):
    """Rubric id "con": con.toml is the console on Windows, not a file."""
    from evaluator_app.rubric import load_catalogue
    from evaluator_app.rubric.importing import import_into_catalogue
    from evaluator_app.rubric.table import export_rubric_table

    table = tmp_path / "official.csv"
    export_rubric_table(load_catalogue().get("2025-base-written"), table)
    text = table.read_text(encoding="utf-8-sig").replace("2025-base-written", "con")
    table.write_text(text, encoding="utf-8-sig")
    rubric, target = import_into_catalogue(table)
    assert rubric.id == "con" and target == home / "rubrics" / "_con.toml"
    assert load_catalogue().get("con").path == target  # found again by its id
    import_into_catalogue(table, replace=True)  # and replaced in place


def test_a_members_name_never_leads_the_suggested_backup_elsewhere(tmp_path: Path):
    from ui.widgets.identity_backup import suggested_path

    member = SimpleNamespace(card=SimpleNamespace(name="김/이: 위원."))
    path = suggested_path(member, str(tmp_path))  # type: ignore[arg-type]
    assert path.parent == tmp_path and path.name == "김_이_ 위원.-identity.age"
    assert suggested_path(SimpleNamespace(card=SimpleNamespace(name="홍길동")),  # type: ignore[arg-type]
                          str(tmp_path)).name == "홍길동-identity.age"


def test_a_moved_sessions_bundle_name_from_another_system_is_made_writable(tmp_path: Path):
    from evaluator_app.workspace.moving import _place_bundle

    source = tmp_path / "in.evb"
    source.write_bytes(b"bundle")
    ws = SimpleNamespace(path=tmp_path / "home" / "workspace.sqlite")
    for name, expected in [("2025:a?.evb", "2025_a_.evb"), ("NUL.evb", "_NUL.evb"),
                           ("", "moved.evb"), ("ok-1.evb", "ok-1.evb")]:
        placed, _ = _place_bundle(ws, source, {"bundle_name": name})  # type: ignore[arg-type]
        assert placed == tmp_path / "home" / "bundles" / expected
        assert placed.read_bytes() == b"bundle"
