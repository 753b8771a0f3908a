"""File names made from user data that every committee laptop can write.

A member's name, a session or rubric id becomes part of a file or folder name. Windows refuses
`<>:"/\\|?*` and control characters, silently drops trailing dots and spaces (so "a." and "a"
are one file), and reserves device names (CON, NUL, COM1… also as "con.evb"); a "/" elsewhere
makes a folder that does not exist. NTFS counts 255 UTF-16 units per name, ext4 255 UTF-8
bytes (85 Hangul syllables). `portable_name` maps any text to a name that is valid on all
three systems and leaves a name that already is one (an id, "홍길동") unchanged.
"""

import unicodedata

FORBIDDEN = frozenset('<>:"/\\|?*')
RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{dev}{n}" for dev in ("COM", "LPT") for n in "0123456789¹²³"])
# Short enough to leave room for a folder path under Windows' 260-character MAX_PATH.
MAX_UNITS = 80  # UTF-16 code units, the whole name with its suffix
MAX_BYTES = 240  # UTF-8 bytes (ext4, APFS), a margin under 255
REPLACEMENT = "_"
_REFUSED_CATEGORIES = frozenset(["Cc", "Cs", "Cn", "Cf", "Zl", "Zp"])


def _allowed(ch: str) -> bool:
    # Cc: control characters; Cs: lone surrogates (a name that is not valid text); Cn:
    # unassigned; Cf: invisible formatting (a right-to-left override disguises "fdp.exe");
    # Zl/Zp: line breaks that would split the name in any listing
    return ch not in FORBIDDEN and unicodedata.category(ch) not in _REFUSED_CATEGORIES


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _fits(text: str, units: int, size: int) -> bool:
    return _units(text) <= units and len(text.encode("utf-8")) <= size


def is_reserved(name: str) -> bool:
    """A Windows device name, alone or with any extension ("nul", "Con.evb", "COM1 .txt")."""
    return name.split(".", 1)[0].rstrip(" ").upper() in RESERVED


def portable_name(text: str, suffix: str = "", fallback: str = "file") -> str:
    """`text` made a valid file name on Windows, macOS and Linux, then `suffix` (".evb").

    Never empty (`fallback` when nothing is left), never a device name, without forbidden or
    control characters, not ending in a dot or a space, not starting with one (no hidden file),
    at most MAX_UNITS UTF-16 units and MAX_BYTES UTF-8 bytes, Hangul kept (as NFC, the form a
    Korean keyboard types). The same text always gives the same name, and a name that is
    already portable comes back unchanged. `suffix` is ours and must itself be portable."""
    cleaned = "".join(ch if _allowed(ch) else REPLACEMENT
                      for ch in unicodedata.normalize("NFC", text))
    units = MAX_UNITS - _units(suffix)
    stem = _shortened(cleaned[:units].strip(" ."), units,
                      MAX_BYTES - len(suffix.encode("utf-8"))) or fallback
    if is_reserved(stem + suffix):
        stem = _shortened(REPLACEMENT + stem, units, MAX_BYTES - len(suffix.encode("utf-8")))
    return stem + suffix


def _shortened(text: str, units: int, size: int) -> str:
    """Whole characters off the end (a str holds code points, never half a surrogate pair)
    until it fits; never ending in a dot or a space."""
    while text and not _fits(text, units, size):
        text = text[:-1].rstrip(" .")
    return text
