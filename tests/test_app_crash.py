"""SIGKILL the real app while it scores: every edit the window showed as saved is there."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import keyring
from committee import build_committee
from file_keyring import FileKeyring

from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import create_bundle
from evaluator_app.trust.identity import store_in_keyring
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace

SID = "2025-strong-small-written"
TRIALS = 12


def parse(line: str, tries: dict, acked: list[int]) -> None:
    """Record one line of the child's output ("try …" or "saved I")."""
    if line.startswith("try "):
        i, app_id, item, kind, value = json.loads(line[4:])
        tries[i] = (app_id, item, kind, value)
    elif line.startswith("saved "):
        acked.append(int(line.split()[1]))


def stored(ws: Workspace, app_id: str, item: str, kind: str) -> str | None:
    entry = ws.entries(SID, app_id).scores.get(item)
    if entry is None:
        return None
    return entry.value if kind == "score" else entry.rationale


def test_the_app_loses_nothing_it_showed_as_saved(tmp_path: Path, home: Path):
    committee = build_committee(tmp_path / "c")
    evb = tmp_path / "s.evb"
    create_bundle(load_spec(committee.spec), committee.secretariat, evb)
    keyring.set_keyring(FileKeyring(home / "keyring.json"))
    with Workspace.open(home) as ws:
        open_bundle(ws, evb, committee.m1, now=datetime.fromisoformat("2025-06-05T10:00:00+09:00"))
        remember(ws, store_in_keyring(committee.m1), committee.m1.card)
        ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
        for app in ws.applications(SID):
            ws.declare_no_conflict(SID, app.id)
    child = Path(__file__).with_name("app_crash_child.py")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.pathsep.join(
        [str(child.parent), str(child.parent.parent)])}
    rng = random.Random(7)
    expected: dict[tuple[str, str, str], str] = {}
    start, acked_total = 0, 0
    for trial in range(TRIALS):
        proc = subprocess.Popen([sys.executable, str(child), str(home), str(start)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                env=env)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        tries: dict[int, tuple[str, str, str, str]] = {}
        acked: list[int] = []
        if trial % 2:  # kill after a random number of acknowledged saves
            target = rng.randint(1, 30)
            while len(acked) < target:
                parse(proc.stdout.readline().strip(), tries, acked)
        else:  # kill at a random moment, not in step with the child
            time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate()
        for line in rest.splitlines():
            parse(line, tries, acked)
        for i in acked:
            app_id, item, kind, value = tries[i]
            expected[(app_id, item, kind)] = value
        in_flight = tries.get(max(tries)) if tries and max(tries) not in acked else None
        with Workspace.open(home) as ws:
            for (app_id, item, kind), value in expected.items():
                got = stored(ws, app_id, item, kind)
                allowed = {value}
                if in_flight and in_flight[:3] == (app_id, item, kind):
                    allowed.add(in_flight[3])
                assert got in allowed, f"trial {trial}: {app_id} {item} {kind} = {got!r}"
            if in_flight:
                key = in_flight[:3]
                expected[key] = stored(ws, *key)  # committed or not: either is legitimate
            assert ws.audit_verify().ok
        acked_total += len(acked)
        start = (max(tries) + 1) if tries else start
    assert acked_total >= 40
