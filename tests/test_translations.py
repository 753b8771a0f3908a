"""The Korean catalogue: complete, in step with the UI's strings, and shipped compiled."""

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from evaluator_app.paths import resources_dir

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from update_translations import compile_catalogue, extract

TS = resources_dir() / "translations" / "evaluation-desk_ko.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {(context.findtext("name"), message.findtext("source")): message.find("translation")
            for context in ET.parse(ts).iter("context") for message in context.iter("message")}


def test_every_string_of_the_ui_is_in_the_catalogue_and_translated(tmp_path):
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    extract(fresh)  # what lupdate finds in ui/*.py today
    assert set(messages(fresh)) == set(messages(TS)), "run scripts/update_translations.py"
    untranslated = [source for (_, source), t in messages(TS).items()
                    if t.get("type") == "unfinished" or not "".join(t.itertext()).strip()]
    assert untranslated == []


def test_translations_keep_every_placeholder_and_mnemonic():
    for (context, source), translation in messages(TS).items():
        text = "".join(translation.itertext())
        for placeholder in re.findall(r"%(?:\d|n)", source):
            assert placeholder in text, (context, source, text)
        if re.search(r"&\w", source):
            assert re.search(r"&\w", text), (context, source, text)


def test_the_shipped_qm_is_what_the_ts_compiles_to(tmp_path):
    compile_catalogue(TS, tmp_path / "ko.qm")
    assert (tmp_path / "ko.qm").read_bytes() == TS.with_suffix(".qm").read_bytes(), (
        "run scripts/update_translations.py")
