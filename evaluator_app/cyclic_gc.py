"""Hold Python's cyclic garbage collector while a step builds many objects that hold no cycles.

Verifying sixty 500 KB sheets parses some 400,000 dicts and lists that live until the result is
computed; every few hundred allocations the collector scans the young ones, and its full passes
rescan all those already parsed — 15 % of `verify + consolidate` at 60 × 200 (issue 19).
Reference counting still frees everything at once; a cycle made meanwhile (an exception with
its traceback) is found by the first pass after the step.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for the `with` block, and back on after it if it was on before."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
