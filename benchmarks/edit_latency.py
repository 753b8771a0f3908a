"""Per-edit commit latency of the workspace against a bare SQLite reference, same run.

Run: .venv/bin/python benchmarks/edit_latency.py [EDITS]

Reference: one INSERT OR REPLACE + COMMIT per edit on a bare sqlite3 connection with the same
pragmas (WAL, synchronous=FULL) — the floor any durable autosave has to pay. The ratio shows what
validation, the audit hash chain and sqlite-utils add on top. NORMAL is measured too, to show
what FULL costs.

`bundle_sessions` times edits as a member makes them: in sessions opened from a signed bundle
(pledge accepted, the application's conflict declared) of 16, 200 and 500 applications, each
edit interleaved with one in every other session and one of the bare reference on the same
disk. The workspaces are opened (and their daily backups made) before the first mark, as the
app does when it starts.
"""

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from evaluator_app.session_spec import load_spec
from evaluator_app.workspace import Change, Workspace
from evaluator_demo.example import build_demo

ITEMS = ("1-1", "1-2", "2-1", "2-2", "2-3", "4-1", "5-1")


def bare_sqlite(path: Path, n: int, synchronous: str) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    conn.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT, r TEXT)")
    out = []
    for i in range(n):
        t = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT OR REPLACE INTO t VALUES (?, ?, ?)", (ITEMS[i % 7], str(i % 10),
                                                                  f"평가사유 {i}"))
        conn.execute("COMMIT")
        out.append(time.perf_counter() - t)
    conn.close()
    return out


def workspace(home: Path, spec: Path, n: int, synchronous: str) -> list[float]:
    ws = Workspace(home / "workspace.sqlite")
    ws.conn.execute(f"PRAGMA synchronous = {synchronous}")
    ws.import_session(load_spec(spec, home))
    sid = ws.sessions()[0].id
    out = []
    for i in range(n):
        t = time.perf_counter()
        ws.apply(sid, [Change("A01", "score", ITEMS[i % 7], str(i % 10), f"평가사유 {i}")],
                 strict=False)
        out.append(time.perf_counter() - t)
    ws.close()
    return out


def bundle_session(root: Path, n_apps: int, n: int) -> tuple[list[float], list[float]]:
    """Per-edit times (ours, bare) in one bundle session of `n_apps` applications, interleaved."""
    ours, ref = bundle_sessions(root, (n_apps,), n)
    return ours[n_apps], ref


def bundle_sessions(root: Path, sizes: tuple[int, ...], n: int
                    ) -> tuple[dict[int, list[float]], list[float]]:
    """Per-edit times in bundle sessions of each of `sizes` applications and of the bare
    reference, all interleaved edit by edit (16, 200, 500, bare, 16, …): whatever the shared
    machine does meanwhile falls on every size alike, so comparing sizes is fair."""
    from contextlib import ExitStack

    from consolidation import build_bundle  # benchmarks/ is on the path

    from evaluator_demo.committee_sim import MemberDesk

    bare = sqlite3.connect(root / "bare.sqlite", isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = FULL")
    bare.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT, r TEXT)")
    items = [f"{g}-{i}" for g in range(1, 6) for i in range(1, 4)]
    ours: dict[int, list[float]] = {size: [] for size in sizes}
    ref: list[float] = []
    with ExitStack() as stack:
        sessions = []
        for size in sizes:
            where = root / f"size-{size}"
            evb, _chair, members = build_bundle(where, 1, size)
            desk = MemberDesk(where / "member", evb, members[0])
            ws = stack.enter_context(Workspace.open(where / "member"))
            ws.apply(desk.session_id, [Change("A000", "coi", value="none")])
            sessions.append((size, ws, desk.session_id))
        for i in range(n):
            item, value, why = items[i % 15], str(i % 7), f"평가사유 {i} 충분히 적었습니다"
            for size, ws, sid in sessions:
                t = time.perf_counter()
                ws.apply(sid, [Change("A000", "score", item, value, why)], strict=False)
                ours[size].append(time.perf_counter() - t)
            t = time.perf_counter()
            bare.execute("BEGIN")
            bare.execute("INSERT OR REPLACE INTO t VALUES (?, ?, ?)", (item, value, why))
            bare.execute("COMMIT")
            ref.append(time.perf_counter() - t)
    bare.close()
    return ours, ref


def describe(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    return (f"median {statistics.median(ms):.3f} ms, p95 {ms[int(len(ms) * 0.95)]:.3f} ms, "
            f"{len(ms) / sum(samples):,.0f} edits/s")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        spec = build_demo(root / "round")
        results = {}
        for sync in ("FULL", "NORMAL"):
            results[("bare", sync)] = bare_sqlite(root / f"bare-{sync}.sqlite", n, sync)
            home = root / f"ws-{sync}"
            home.mkdir()
            results[("ws", sync)] = workspace(home, spec, n, sync)
        for (kind, sync), samples in results.items():
            label = "bare sqlite3 (reference)" if kind == "bare" else "Workspace.apply"
            print(f"{label:26} synchronous={sync:6} {describe(samples)}")
        for sync in ("FULL", "NORMAL"):
            ratio = statistics.median(results[("ws", sync)]) / statistics.median(
                results[("bare", sync)])
            print(f"ratio Workspace/bare at {sync}: {ratio:.1f}x")


if __name__ == "__main__":
    main()
