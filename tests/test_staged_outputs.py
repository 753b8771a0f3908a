"""A signed result is all or nothing (issue 17 item 2): `consolidate` SIGKILLed at every rename
of its write — into a new folder, over its previous result, into a folder shared with other
files — leaves the old folder as it was or the complete new one, never a mixture; a full disk
or a read-only folder leaves nothing new and says so; `sheet export` leaves no file and no
folder unless the sheet's three files are all there."""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from identity_files import identity_file
from test_consolidation import sign_all
from test_workspace_environment import in_namespace, needs_namespaces

from evaluator_app import staged_output
from evaluator_app.consolidation.result import check_signature, signers
from evaluator_app.errors import ConsolidationError
from evaluator_app.trust.bundle import load_bundle

NAMES = {"result.json", "result.json.minisig", "result.csv", "result.xlsx", "report.pdf",
         "report-public.pdf", "SHA256SUMS", "SHA256SUMS.minisig"}
FOREIGN = "회의록.txt"  # the chair's own file in the folder: never touched
PASSPHRASE = "chair passphrase 2025"
CHILD = Path(__file__).with_name("staged_child.py")


class Round:
    def __init__(self, big, root: Path) -> None:
        self.big, self.root = big, root
        self.bundle = load_bundle(big.evb, big.chair)
        self.sheets = root / "sheets"
        sign_all(big, self.bundle, self.sheets)
        identity_file(big.chair, root / "chair.age", PASSPHRASE)
        (root / "pp").write_text(PASSPHRASE + "\n", encoding="utf-8")

        self.server: subprocess.Popen | None = None

    def env(self) -> dict[str, str]:
        return {**os.environ, "PYTHONPATH": os.pathsep.join(
            [str(CHILD.parent.parent), os.environ.get("PYTHONPATH", "")])}

    def consolidate(self, out: Path, *extra: str, kill_at: int = 0, home: Path | None = None,
                    kill_after: float | None = None) -> subprocess.CompletedProcess:
        command = ["consolidate", "--bundle", str(self.big.evb), str(self.sheets), "--out",
                   str(out), "--identity-file", str(self.root / "chair.age"),
                   "--passphrase-file", str(self.root / "pp"), *extra]
        home = home or self.root / "home"
        if kill_after is None and hasattr(os, "fork"):
            return self.forked(command, kill_at, home)
        args = [sys.executable, str(CHILD), *command]
        env = {**self.env(), "KILL_AT": str(kill_at), "EVALUATOR_HOME": str(home)}
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=env)
        try:
            out_text, err = proc.communicate(timeout=kill_after)
        except subprocess.TimeoutExpired:  # a kill at a random moment, not at a rename
            proc.send_signal(signal.SIGKILL)
            out_text, err = proc.communicate()
        return subprocess.CompletedProcess(args, proc.returncode, out_text, err)

    def forked(self, command: list[str], kill_at: int, home: Path
               ) -> subprocess.CompletedProcess:
        """The command in a child forked from a warm server (see staged_child.py): the same
        code and kills, without a fresh interpreter's imports and scrypt unlock each time."""
        if self.server is None:
            self.server = subprocess.Popen([sys.executable, str(CHILD), "--serve"],
                                           stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                           text=True, env=self.env())
            self.ask({"unlock": [str(self.root / "chair.age"), str(self.root / "pp")]})
        io = self.root / "io"
        io.mkdir(exist_ok=True)
        rc = self.ask({"args": command, "kill_at": kill_at, "home": str(home),
                       "stdout": str(io / "out"), "stderr": str(io / "err")})
        return subprocess.CompletedProcess(command, rc, (io / "out").read_text("utf-8"),
                                           (io / "err").read_text("utf-8"))

    def ask(self, request: dict) -> int:
        assert self.server is not None and self.server.stdin and self.server.stdout
        self.server.stdin.write(json.dumps(request) + "\n")
        self.server.stdin.flush()
        answer = self.server.stdout.readline()
        assert answer, "the fork server stopped"
        return int(json.loads(answer)["rc"])

    def close(self) -> None:
        if self.server is not None:
            self.server.stdin.close()  # type: ignore[union-attr]
            self.server.wait(timeout=60)


@pytest.fixture(scope="module")
def rnd(big, tmp_path_factory):
    r = Round(big, tmp_path_factory.mktemp("staged"))
    yield r
    r.close()


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} if (
        folder.is_dir()) else {}


def renames(result: subprocess.CompletedProcess) -> int:
    return int(result.stderr.rsplit("renames ", 1)[1].split()[0])


def state(rnd: Round, out: Path, old: dict[str, bytes] | None) -> str:
    """'old' (exactly as before, or absent when there was none), 'new' (the complete new
    median result, signed, every file differing from the old one) or what is wrong."""
    now = files(out)
    if (old is None and not out.exists()) or (old is not None and now == old):
        return "old"
    ours = {n: b for n, b in now.items() if n != FOREIGN}
    if old is not None and FOREIGN in old and now.get(FOREIGN) != old[FOREIGN]:
        return "the chair's own file was changed"
    if set(ours) != NAMES:
        return f"a mixture: {sorted(ours)}"
    if any(old and ours[n] == old.get(n) for n in NAMES):
        return "a mixture of old and new files"
    result = json.loads(ours["result.json"])
    if result["rule"] != "median":
        return "an unexpected result"
    check_signature(out / "result.json", result, ours["result.json"], signers(rnd.bundle))
    return "new"


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir()
                  if p.name.startswith(f".{out.name}.evaluator-"))


@pytest.mark.parametrize("kind", ["own folder", "shared folder", "new folder"])
def test_consolidate_killed_at_every_rename_leaves_old_or_new(rnd, tmp_path, kind):
    out = tmp_path / "result"
    old: dict[str, bytes] | None = None
    if kind != "new folder":
        first = rnd.consolidate(out, "--rule", "mean")
        assert first.returncode == 0, first.stderr
        if kind == "shared folder":
            (out / FOREIGN).write_text("위원회 회의록", encoding="utf-8")
        old = files(out)
    saved = tmp_path / "saved"
    if old is not None:
        shutil.copytree(out, saved)
    trial = tmp_path / "trial"
    shutil.copytree(out, trial) if out.exists() else None
    full = rnd.consolidate(trial, "--rule", "median")  # how many renames a whole run makes
    assert full.returncode == 0, full.stderr
    assert state(rnd, trial, old) == "new"
    total = renames(full)
    seen = []
    for k in range(1, total + 2):  # before each rename; then no kill at all
        shutil.rmtree(out, ignore_errors=True)
        if old is not None:
            shutil.copytree(saved, out)
        killed = rnd.consolidate(out, "--rule", "median", kill_at=k)
        assert killed.returncode == (0 if k > total else -signal.SIGKILL), (k, killed.stderr)
        now = state(rnd, out, old)
        if kind != "shared folder" or "result.json" in files(out):
            # the moment of the kill itself: a result.json never sits beside another set
            assert now in ("old", "new"), f"killed at rename {k} of {total}: {now}"
        staged_output.recover(out)  # what the next write does first
        after = state(rnd, out, old)
        assert after in ("old", "new"), f"killed at rename {k} of {total}: {after}"
        assert leftovers(out) == []
        seen.append(after)
    assert seen[0] == "old" and seen[-1] == "new"  # the kills spanned the whole write


def test_consolidate_killed_at_random_moments(rnd, tmp_path):
    out = tmp_path / "result"
    assert rnd.consolidate(out, "--rule", "mean").returncode == 0
    (out / FOREIGN).write_text("위원회 회의록", encoding="utf-8")
    old = files(out)
    rng = random.Random(20251217)
    for _ in range(4):
        rnd.consolidate(out, "--rule", "median", kill_after=rng.uniform(0.5, 5.0))
        staged_output.recover(out)
        assert state(rnd, out, old) in ("old", "new")
        for name, data in old.items():  # back to the old folder for the next kill
            (out / name).write_bytes(data)
        assert files(out) == old


def test_a_rerun_replaces_the_whole_result(rnd, tmp_path):
    """A provisional run over a signed result leaves no signature of the old one behind; an
    old report is never beside a new result."""
    out = tmp_path / "result"
    assert rnd.consolidate(out).returncode == 0
    again = rnd.consolidate(out, "--provisional")
    assert again.returncode == 0, again.stderr
    assert {p.name for p in out.iterdir()} == NAMES - {"result.json.minisig",
                                                          "SHA256SUMS.minisig"}
    assert json.loads((out / "result.json").read_bytes())["provisional"] is True
    assert leftovers(out) == []


def test_a_failed_write_puts_the_old_files_back(rnd, tmp_path, monkeypatch):
    """File by file into a shared folder: a move refused half-way (Windows: a report open in
    a viewer) takes the new files out again and the old ones back; the message is true."""
    from evaluator_app.consolidation import run, write_outputs

    out = tmp_path / "result"
    done = run([rnd.sheets], rnd.bundle, rnd.big.chair.card)
    write_outputs(done.result, rnd.bundle, rnd.big.chair, out)
    (out / FOREIGN).write_text("회의록", encoding="utf-8")
    old = files(out)
    real, calls = os.replace, []

    def refuse_third_move(src, dst):  # type: ignore[no-untyped-def]
        if Path(dst).parent == out:
            calls.append(dst)
            if len(calls) == 3:  # the old files are out; the third new one is refused
                raise PermissionError(13, "The process cannot access the file", str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", refuse_third_move)
    with pytest.raises(ConsolidationError, match="nothing was written"):
        write_outputs(done.result, rnd.bundle, rnd.big.chair, out)
    assert files(out) == old and leftovers(out) == []


def test_an_interrupted_folder_swap_is_put_back(tmp_path, monkeypatch):
    """Where no atomic exchange exists (Windows), the old folder is renamed away and the new
    one into place: a kill between the two leaves the old one aside, and the next write (or
    `recover`) brings it back before anything else."""
    target = tmp_path / "out"
    target.mkdir()
    (target / "a.txt").write_text("old", encoding="utf-8")
    monkeypatch.setattr(staged_output, "_exchange", lambda a, b: False)
    real = os.rename

    def die_between(src, dst):  # type: ignore[no-untyped-def]
        if Path(dst) == target:
            raise KeyboardInterrupt  # stands in for the kill: no cleanup runs after it
        return real(src, dst)

    monkeypatch.setattr(os, "rename", die_between)
    with pytest.raises(KeyboardInterrupt), staged_output.staged(target, ["a.txt"],
                                                                swap=True) as stage:
        stage.path("a.txt").write_text("new", encoding="utf-8")
    monkeypatch.setattr(os, "rename", real)
    assert not target.exists() and len(leftovers(target)) == 1  # the old folder, aside
    with staged_output.staged(target, ["a.txt"], swap=True) as stage:
        assert (target / "a.txt").read_text(encoding="utf-8") == "old"  # put back first
        stage.path("a.txt").write_text("newer", encoding="utf-8")
    assert (target / "a.txt").read_text(encoding="utf-8") == "newer"
    assert leftovers(target) == []


@needs_namespaces
def test_a_full_disk_leaves_the_old_result_and_says_so(rnd, tmp_path):
    out = tmp_path / "disk" / "result"
    out.parent.mkdir()
    first = rnd.consolidate(tmp_path / "first", "--rule", "mean")
    assert first.returncode == 0, first.stderr
    home = tmp_path / "home"
    shutil.copytree(rnd.root / "home", home) if (rnd.root / "home").exists() else None
    script = (
        f"mount -t tmpfs -o size=1m tmpfs {out.parent} && cp -a {tmp_path / 'first'} {out} && "
        f"(for i in $(seq 1 200); do dd if=/dev/zero of={out.parent}/f$i bs=16k count=1 "
        f"2>/dev/null || break; done; rm -f {out.parent}/f1 {out.parent}/f2; true) && "
        f"KILL_AT=0 {sys.executable} {CHILD} consolidate --bundle {rnd.big.evb} {rnd.sheets} "
        f"--out {out} --identity-file {rnd.root / 'chair.age'} --passphrase-file "
        f"{rnd.root / 'pp'} --rule median; echo EXIT=$?; "
        f"cmp -s {out}/result.json {tmp_path / 'first'}/result.json && echo SAME-JSON; "
        f"cmp -s {out}/report.pdf {tmp_path / 'first'}/report.pdf && echo SAME-PDF; "
        f"ls -a {out.parent} {out}")
    result = in_namespace(script, home)
    assert "EXIT=2" in result.stdout, (result.stdout, result.stderr)
    assert "error: the disk is full" in result.stderr and "nothing was written" in (
        result.stderr), result.stderr
    assert "SAME-JSON" in result.stdout and "SAME-PDF" in result.stdout, result.stdout
    assert ".result.evaluator-" not in result.stdout  # no stage left on the disk


def test_sheet_export_leaves_nothing_unless_complete(committee, evb, home, tmp_path, run_cli,
                                                     monkeypatch):
    """A workspace that refuses to lock the session (read-only, full) after the files were
    written: the files go, and so does the --out folder the export made."""
    from datetime import datetime

    from test_sheet import score_everything

    from evaluator_app.errors import WorkspaceReadOnlyError
    from evaluator_app.trust.identity import store_in_keyring
    from evaluator_app.trust.open_session import open_bundle
    from evaluator_app.trust.workspace_identity import remember
    from evaluator_app.workspace import Workspace

    with Workspace.open(home) as w:
        remember(w, store_in_keyring(committee.m1), committee.m1.card)
        sid = open_bundle(w, evb, committee.m1,
                          now=datetime.fromisoformat("2025-06-05T10:00:00+09:00")).session.id
        w.accept_pledge(sid, committee.m1.card.name, committee.m1.card.fingerprint)
        score_everything(w, tmp_path)
    shared = tmp_path / "usb" / "sheets"

    def read_only(self, *a, **kw):  # type: ignore[no-untyped-def]
        raise WorkspaceReadOnlyError(f"the workspace folder {home} is read-only: it can be "
                                     "read but not changed")

    real_lock = Workspace.lock
    monkeypatch.setattr(Workspace, "lock", read_only)
    refused = run_cli("sheet", "export", sid, "--out", str(shared))
    assert refused.exit_code == 2 and "read-only" in refused.output
    assert not (tmp_path / "usb").exists()  # neither the folder nor its parent stays
    monkeypatch.setattr(Workspace, "lock", real_lock)
    shared.mkdir(parents=True)
    (shared / "other-member.json").write_text("{}", encoding="utf-8")
    ok = run_cli("sheet", "export", sid, "--out", str(shared))
    assert ok.exit_code == 0, ok.output
    stem = f"{sid}-{committee.m1.card.fingerprint}-r1"
    assert sorted(p.name for p in shared.iterdir()) == sorted(
        ["other-member.json", f"{stem}.json", f"{stem}.json.minisig", f"{stem}.pdf"])
    assert leftovers(shared) == []


@needs_namespaces
def test_sheet_export_on_a_read_only_workspace_leaves_no_folder(committee, evb, home,
                                                                tmp_path):
    """The reported case: a read-only workspace refuses to lock the session after the files
    were written; before issue 17 an empty --out folder stayed behind."""
    from datetime import datetime

    from test_sheet import score_everything

    from evaluator_app.trust.open_session import open_bundle
    from evaluator_app.workspace import Workspace

    identity_file(committee.m1, tmp_path / "m1.age", PASSPHRASE)
    (tmp_path / "pp").write_text(PASSPHRASE, encoding="utf-8")
    with Workspace.open(home) as w:
        sid = open_bundle(w, evb, committee.m1,
                          now=datetime.fromisoformat("2025-06-05T10:00:00+09:00")).session.id
        w.accept_pledge(sid, committee.m1.card.name, committee.m1.card.fingerprint)
        score_everything(w, tmp_path)
    out = tmp_path / "usb" / "sheets"
    result = in_namespace(
        f"mount --bind {home} {home} && mount -o remount,bind,ro {home} && "
        f"@EVALUATOR@ sheet export {sid} --out {out} --identity-file {tmp_path / 'm1.age'} "
        f"--passphrase-file {tmp_path / 'pp'}", home)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "read-only" in result.stderr and "internal error" not in result.stderr
    assert not (tmp_path / "usb").exists()  # no empty folder, no parent, no stage
    assert [p.name for p in tmp_path.iterdir() if "evaluator-" in p.name] == []


def test_the_result_of_another_session_is_not_written_over(rnd, tmp_path):
    """The sign dialog offers the folder used last: Enter on the 발표 day would have replaced
    the 서면 result the later stage builds on. A folder holding another session's (or stage's)
    result is refused, untouched; the same session's result is replaced as before."""
    import copy

    from evaluator_app.consolidation import run, write_outputs

    out = tmp_path / "서면 결과"
    done = run([rnd.sheets], rnd.bundle, rnd.big.chair.card)
    write_outputs(done.result, rnd.bundle, rnd.big.chair, out)
    before = files(out)
    for key, value in (("id", "2025-other-session"), ("stage", "발표")):
        later = copy.deepcopy(done.result)
        later["session"][key] = value
        with pytest.raises(ConsolidationError, match=r"holds the result of .*choose another"):
            write_outputs(later, rnd.bundle, rnd.big.chair, out)
        assert files(out) == before and leftovers(out) == []
    write_outputs(done.result, rnd.bundle, rnd.big.chair, out)  # consolidating again
    assert json.loads((out / "result.json").read_bytes())["session"] == done.result["session"]
