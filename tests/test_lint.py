"""The code base stays ruff-clean and the core never imports Qt."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_is_clean():
    proc = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise",
                           str(ROOT)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_core_never_imports_qt():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "evaluator_app").rglob("*.py")
                 if re.search(r"^\s*(from|import)\s+PySide6", p.read_text(encoding="utf-8"),
                              re.MULTILINE)]
    assert offenders == []
