"""Installable builds: the self-test, and resources found alike from a checkout, an installed
wheel and a frozen build (the frozen build itself is built and self-tested by .ci/run)."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from evaluator_app import paths
from evaluator_app.paths import resources_dir

ROOT = Path(__file__).resolve().parent.parent
CHECKS = ["resources", "rubrics", "qt", "identities", "pdf", "bundle", "qtpdf", "sheet",
          "consolidation"]
RUN_APP = "import sys; from ui.app import main; sys.exit(main(sys.argv[1:]))"


def run_app(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items()
            if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "EVALUATOR_RESOURCES")}
    return subprocess.run([sys.executable, "-c", RUN_APP, *args], capture_output=True,
                          text=True, env={**base, **env}, timeout=120, cwd=ROOT / "tests")


def test_self_test_passes_offscreen_without_a_display(tmp_path):
    proc = run_app("--self-test", EVALUATOR_HOME=str(tmp_path / "home"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert [line.split(":")[0].split()[-1] for line in lines if line.startswith("ok ")] == CHECKS
    assert "platform offscreen" in proc.stdout
    assert lines[-1].startswith(f"self-test passed: {len(CHECKS)} checks")
    assert not (tmp_path / "home").exists()  # no workspace, nothing written outside its folder


def test_self_test_names_the_failing_check(tmp_path):
    (tmp_path / "rubrics").mkdir()
    proc = run_app("--self-test", EVALUATOR_RESOURCES=str(tmp_path))
    assert proc.returncode == 1
    last = proc.stdout.splitlines()[-1]
    assert last.startswith("FAIL resources: ") and "programs.toml" in last, proc.stdout


def test_frozen_build_takes_resources_from_its_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("EVALUATOR_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def test_installed_wheel_takes_resources_from_share(tmp_path, monkeypatch):
    monkeypatch.delenv("EVALUATOR_RESOURCES", raising=False)
    share = tmp_path / "prefix" / "share" / "evaluation-desk"
    (share / "rubrics").mkdir(parents=True)
    # as in site-packages: no resources/ beside the package
    monkeypatch.setattr(paths, "__file__", str(tmp_path / "site" / "evaluator_app" / "paths.py"))
    monkeypatch.setattr(paths.sysconfig, "get_path", lambda name: str(tmp_path / "prefix"))
    assert resources_dir() == share


def test_checkout_and_override(tmp_path, monkeypatch):
    monkeypatch.delenv("EVALUATOR_RESOURCES", raising=False)
    assert resources_dir() == ROOT / "resources"
    monkeypatch.setenv("EVALUATOR_RESOURCES", str(tmp_path))
    assert resources_dir() == tmp_path


def test_the_wheel_and_the_frozen_build_ship_every_resource():
    """The spec file takes its data from the same table, so one list serves both."""
    table = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = {p.resolve() for dest, patterns in table["tool"]["setuptools"]["data-files"].items()
              if dest.startswith("share/evaluation-desk")
              for pattern in patterns for p in ROOT.glob(pattern)}
    shipped = {p.resolve() for p in (ROOT / "resources").rglob("*")
               if p.is_file() and p.suffix != ".ts"}  # .ts: translation sources
    assert sorted(map(str, shipped - listed)) == []
    spec = (ROOT / "packaging" / "evaluation-desk.spec").read_text(encoding="utf-8")
    assert "data-files" in spec


def test_icons_are_rendered_from_the_svg():
    icons = ROOT / "resources" / "icons"
    svg = icons / "evaluation-desk.svg"
    for png in icons.glob("evaluation-desk-*.png"):
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert {p.name for p in icons.glob("*.png")} >= {f"evaluation-desk-{n}.png"
                                                    for n in (16, 32, 48, 256)}
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert (icons / "evaluation-desk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_reportlab_uses_its_c_accelerator():
    """rl-accel is a dependency (the 평가표 PDF's speed): reportlab finds it, and the frozen build
    ships it, listed as a hidden import because reportlab imports it through exec()."""
    from reportlab.lib import rl_accel

    assert {"fp_str", "instanceStringWidthTTF", "asciiBase85Encode"} <= set(rl_accel._c_funcs)
    spec = (ROOT / "packaging" / "evaluation-desk.spec").read_text(encoding="utf-8")
    assert '"_rl_accel"' in spec


def test_the_frozen_build_ships_every_cli_command():
    """`evaluator` imports a command's module by name when it runs (cli/__init__.py COMMANDS),
    which PyInstaller cannot follow: the spec collects the whole package, and
    packaging/build_linux.sh asks every command of the frozen CLI for --help."""
    spec = (ROOT / "packaging" / "evaluation-desk.spec").read_text(encoding="utf-8")
    assert 'collect_submodules("evaluator_app.cli")' in spec
    build = (ROOT / "packaging" / "build_linux.sh").read_text(encoding="utf-8")
    assert '"$out/evaluator" "$cmd" --help' in build


def _run_launcher(monkeypatch, executable: str, argv: list[str]) -> list[str]:
    """packaging/launcher.py as the frozen `evaluator` runs it, with freeze_support and the
    CLI replaced by recorders: what ran, in order."""
    import multiprocessing
    import runpy

    import evaluator_app.cli

    ran: list[str] = []

    def freeze_support() -> None:
        ran.append("freeze_support")
        if "--multiprocessing-fork" in sys.argv or "-c" in sys.argv:
            raise SystemExit(0)  # as PyInstaller's does once the child has run

    monkeypatch.setattr(multiprocessing, "freeze_support", freeze_support)
    monkeypatch.setattr(evaluator_app.cli, "main", lambda: ran.append(f"cli {sys.argv[1:]}"))
    monkeypatch.setattr(sys, "executable", executable)
    monkeypatch.setattr(sys, "argv", [executable, *argv])
    try:
        runpy.run_path(str(ROOT / "packaging" / "launcher.py"), run_name="__main__")
    except SystemExit:
        ran.append("exit")
    return ran


def test_the_frozen_launcher_hands_multiprocessing_children_to_freeze_support(monkeypatch):
    """A "spawn" worker (the demo's identity files) and the resource tracker re-run the frozen
    program with `--multiprocessing-fork …` or `-B -s -c …`: the launcher must hand them to
    freeze_support before the CLI could parse them as options (it once said "No such option
    '-B'" and the demo ended in "internal error")."""
    fork = ["--multiprocessing-fork", "tracker_fd=5", "pipe_handle=7"]
    assert _run_launcher(monkeypatch, "/opt/evaluation-desk/evaluator", fork) == [
        "freeze_support", "exit"]
    tracker = ["-B", "-s", "-c", "from multiprocessing.resource_tracker import main;main(5)"]
    assert _run_launcher(monkeypatch, "/opt/evaluation-desk/evaluator", tracker) == [
        "freeze_support", "exit"]
    assert _run_launcher(monkeypatch, "/opt/evaluation-desk/evaluator", ["demo", "--no-gui"]) == [
        "freeze_support", "cli ['demo', '--no-gui']"]
    build = (ROOT / "packaging" / "build_linux.sh").read_text(encoding="utf-8")
    assert '"$out/evaluator" demo --no-gui' in build  # CI plays a small demo with the build
