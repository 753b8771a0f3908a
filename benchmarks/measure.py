"""What every benchmark section shares: interleaved timing, medians, and the rows of the table
`run.py` prints at the end."""

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

MiB = 1024 * 1024
ROWS: list[tuple[str, str, str, str, str]] = []  # what, ours, reference, ratio, target


def row(what: str, ours: str, reference: str, ratio: str, target: str) -> None:
    ROWS.append((what, ours, reference, ratio, target))
    print(f"  {what}: ours {ours} | reference {reference} | {ratio} | {target}", flush=True)


def interleaved(fns: dict[str, Callable[[], object]], repeat: int,
                before: Callable[[], object] | None = None) -> dict[str, list[float]]:
    """Each function timed the same way (one perf_counter mark before the call, one after),
    in turns; `before` runs untimed ahead of every call (e.g. to remove the last outputs)."""
    times: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            if before is not None:
                before()
            t = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t)
    return times


def med(samples: list[float]) -> float:
    return statistics.median(samples)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def evaluator_cmd() -> list[str]:
    script = Path(sys.executable).with_name("evaluator")
    return [str(script)] if script.exists() else [sys.executable, "-m", "evaluator_app"]


def run_quiet(cmd: list[str], env: dict[str, str] | None = None) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env)
