"""SIGKILL a real child process mid-stream many times: no edit reported as saved is lost."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from crash_child import edit, expected, stored_form

from evaluator_app.workspace import Workspace

TRIALS = 30


def test_sigkill_loses_nothing_reported_as_saved(ws: Workspace, session_id: str):
    path = ws.path
    ws.close()
    rng = random.Random(20251123)
    child = Path(__file__).with_name("crash_child.py")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(child.parent.parent), os.environ.get("PYTHONPATH", "")])}
    last_acked: dict[tuple[str, str], int] = {}
    start, total_acked = 0, 0
    for trial in range(TRIALS):
        proc = subprocess.Popen([sys.executable, str(child), str(path), session_id, str(start)],
                                stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        acked = []
        if trial % 2:  # kill after a random number of acknowledgements
            for _ in range(rng.randint(1, 150)):
                acked.append(int(proc.stdout.readline().split()[1]))
        else:  # kill at a random moment, not in step with the child
            time.sleep(rng.uniform(0.02, 0.4))
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate()
        acked += [int(line.split()[1]) for line in rest.splitlines() if line.startswith("saved")]
        assert proc.returncode == -signal.SIGKILL
        for i in acked:
            last_acked[edit(i)[0]] = i
        in_flight = (acked[-1] + 1) if acked else start
        with Workspace(path) as check:
            for key, i in last_acked.items():
                allowed = {stored_form(i)}
                if edit(in_flight)[0] == key:  # committed but killed before printing: fine
                    allowed.add(stored_form(in_flight))
                got = expected(check, session_id, key)
                assert got in allowed, f"trial {trial}: {key} is {got}, acked edit {i}"
                if got == stored_form(in_flight) and edit(in_flight)[0] == key:
                    last_acked[key] = in_flight
            report = check.audit_verify()
            assert report.ok, report.problems
        total_acked += len(acked)
        start = in_flight + 1
    assert total_acked > 500  # the test really exercised the stream
