"""Concurrency, full disks and read-only folders say what happened (and nothing is left half
done): several CLI writers on one workspace, a lock held too long, a read-only folder, a full
disk, a sheet export that runs out of space."""

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from evaluator_app.errors import WorkspaceLockedError
from evaluator_app.workspace import Workspace, connection

WHY = "평가사유를 스무 글자 이상으로 충분하게 적었습니다"
ITEMS = ["1-1", "1-2", "2-1", "2-2", "3-1"]
WRITER = """
import sys
from click.testing import CliRunner
from evaluator_app.cli import build_cli
cli, runner = build_cli(), CliRunner()
who, session = int(sys.argv[1]), sys.argv[2]
items = sys.argv[3].split(",")
apps = ["A01", "A02", "A03"]
for i in range(25):
    value = str((who + i + i // 5) % 5 + 5)  # each edit changes its item: each is one event
    r = runner.invoke(cli, ["score", "set", session, apps[who], items[i % len(items)], value,
                            "--rationale", sys.argv[4]])
    print(r.exit_code, r.output.strip().splitlines()[-1] if r.output.strip() else "",
          flush=True)
"""


def child_env(home: Path) -> dict[str, str]:
    root = str(Path(__file__).parent.parent)
    return {**os.environ, "EVALUATOR_HOME": str(home),
            "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}


def test_three_cli_writers_on_one_workspace_all_succeed(ws: Workspace, session_id: str,
                                                        home: Path):
    items = [i.id for g in ws.rubric_for(session_id, "A01").groups for i in g.items][:5]
    events_before = ws.audit_verify().events
    ws.close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(n), session_id,
                               ",".join(items), WHY], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, env=child_env(home))
             for n in range(3)]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    lines = [line for out in outputs for line in out.splitlines()]
    assert len(lines) == 75, outputs
    failed = [line for line in lines if not line.startswith("0 saved")]
    assert failed == [], failed
    with Workspace(home / "workspace.sqlite") as check:
        report = check.audit_verify()
        assert report.ok, report.problems
        assert report.events == events_before + 75


def test_a_lock_held_too_long_is_one_sentence(ws: Workspace, session_id: str, monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.2)
    other = sqlite3.connect(ws.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing
    try:
        with Workspace(ws.path) as second, pytest.raises(
                WorkspaceLockedError, match="locked by another program writing to it"):
            second.set_score(session_id, "A01", "1-1", "5", WHY)
    finally:
        other.execute("ROLLBACK")
        other.close()
    ws.set_score(session_id, "A01", "1-1", "5", WHY)  # and afterwards it works


def can_unshare() -> bool:
    if not shutil.which("unshare") or sys.platform != "linux":
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs "
                            "/mnt 2>/dev/null || mount -t tmpfs -o size=64k tmpfs /tmp"],
                           capture_output=True)
    return probe.returncode == 0


needs_namespaces = pytest.mark.skipif(not can_unshare(), reason="needs unshare -rm (user and "
                                      "mount namespaces) to make a read-only or full folder")


def in_namespace(script: str, home: Path) -> subprocess.CompletedProcess:
    evaluator = f"{sys.executable} -m evaluator_app"
    return subprocess.run(["unshare", "-rm", "sh", "-c", script.replace("@EVALUATOR@", evaluator)],
                          capture_output=True, text=True, env=child_env(home), timeout=300)


@needs_namespaces
def test_a_read_only_workspace_can_be_read_not_changed(ws: Workspace, session_id: str,
                                                       home: Path):
    ws.set_score(session_id, "A01", "1-1", "5", WHY)
    ws.close()
    result = in_namespace(
        f"mount --bind {home} {home} && mount -o remount,bind,ro {home} && "
        f"@EVALUATOR@ score show {session_id} --json > /dev/null && echo SHOW-OK; "
        f"@EVALUATOR@ audit verify && echo AUDIT-OK; "
        f"@EVALUATOR@ score set {session_id} A01 1-1 6", home)
    assert "SHOW-OK" in result.stdout and "AUDIT-OK" in result.stdout, result.stderr
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"error: the workspace folder {home} is read-only: it can be read but not changed "
        "(copy it to a writable folder, or ask for write access)")
    assert "not a workspace file" not in result.stderr


@needs_namespaces
def test_a_full_disk_says_so(ws: Workspace, session_id: str, home: Path, tmp_path: Path):
    ws.close()
    disk = tmp_path / "disk"
    disk.mkdir()
    result = in_namespace(
        f"mount -t tmpfs -o size=4m tmpfs {disk} && cp -a {home}/. {disk}/ && "
        f"(dd if=/dev/zero of={disk}/filler bs=64k 2>/dev/null; true) && "
        f"EVALUATOR_HOME={disk} @EVALUATOR@ score set {session_id} A01 1-1 6 "
        f"--rationale '{WHY * 40}'", home)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert f"the disk holding {disk} is full" in result.stderr, result.stderr
    assert "not a workspace file" not in result.stderr and "internal error" not in (
        result.stderr)


def test_a_sheet_export_that_runs_out_of_space_leaves_nothing(committee, evb, home, tmp_path,
                                                              monkeypatch, run_cli):
    from datetime import datetime

    from test_sheet import score_everything

    from evaluator_app.reports import sheet_pdf
    from evaluator_app.trust.identity import store_in_keyring
    from evaluator_app.trust.open_session import open_bundle
    from evaluator_app.trust.workspace_identity import remember
    with Workspace.open(home) as w:
        remember(w, store_in_keyring(committee.m1), committee.m1.card)
        sid = open_bundle(w, evb, committee.m1,
                          now=datetime.fromisoformat("2025-06-05T10:00:00+09:00")).session.id
        w.accept_pledge(sid, committee.m1.card.name, committee.m1.card.fingerprint)
        score_everything(w, tmp_path)
    real_build = sheet_pdf.SimpleDocTemplate.build

    def build_until_full(self, story, *a, **kw):
        Path(self.filename).write_bytes(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device", self.filename)

    monkeypatch.setattr(sheet_pdf.SimpleDocTemplate, "build", build_until_full)
    out = tmp_path / "out"
    result = run_cli("sheet", "export", sid, "--out", str(out))
    assert result.exit_code == 2
    assert "error: the disk is full" in result.output, result.output
    assert "nothing was written" in result.output
    assert not out.exists()  # not even an empty folder (issue 17)
    assert sorted(p.name for p in tmp_path.iterdir() if "out" in p.name) == []  # no stage
    with Workspace.open(home) as w:
        assert w.session(sid).state == "open"
    monkeypatch.setattr(sheet_pdf.SimpleDocTemplate, "build", real_build)
    assert run_cli("sheet", "export", sid, "--out", str(out)).exit_code == 0
