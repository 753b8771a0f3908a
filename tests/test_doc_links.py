"""Every picture and link in README.md and docs/ points to a file that exists (and, with a
#fragment, to a heading of that file as GitHub names it), so the printed guides and the README
never show a broken image (issue 20 item 14)."""

import re
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)


def documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def anchors(path: Path) -> set[str]:
    """GitHub's heading ids: lower case, punctuation dropped (letters of any script, digits,
    `_` and `-` kept), each space a hyphen."""
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")
            for h in re.findall(r"^#{1,6} (.+)$", text, re.M)}


def links(path: Path) -> list[str]:
    return LINK.findall(FENCE.sub("", path.read_text(encoding="utf-8")))


def broken(path: Path) -> list[str]:
    found = []
    for target in links(path):
        if re.match(r"[a-z]+:", target):
            continue  # https:, mailto:
        file, _, fragment = unquote(target).partition("#")
        dest = (path.parent / file).resolve() if file else path
        if not dest.exists():
            found.append(f"{target}: no such file")
        elif fragment and dest.suffix == ".md" and fragment not in anchors(dest):
            found.append(f"{target}: no such heading")
    return found


def test_every_picture_and_link_of_the_documentation_resolves():
    problems = {str(p.relative_to(ROOT)): broken(p) for p in documents()}
    assert {p: b for p, b in problems.items() if b} == {}
    pictures = [t for p in documents() for t in links(p) if t.endswith(".png")]
    assert len(pictures) > 20  # the check saw the screenshots


def test_the_check_catches_a_missing_picture_and_a_missing_heading(tmp_path):
    (tmp_path / "shot.png").write_bytes(b"")
    page = tmp_path / "page.md"
    page.write_text("# Title here\n\n![ok](shot.png) [ok](#title-here) [ok](page.md#title-here)\n"
                    "![gone](gone.png) [gone](#nowhere)\n\n```sh\n[not a link](x.png)\n```\n",
                    encoding="utf-8")
    assert broken(page) == ["gone.png: no such file", "#nowhere: no such heading"]


def test_the_korean_guides_exist_with_their_screenshots():
    for role in ("간사", "위원", "위원장"):
        guide = ROOT / "docs" / "ko" / f"{role}.md"
        assert guide.exists(), guide
        assert sum(t.startswith("../screenshots/") for t in links(guide)) >= 3, guide
