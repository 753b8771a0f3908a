"""Child process for the slow-machine test: unlocks an identity file while its parent throttles
it, and counts how often the age library refused to measure up to the file's work factor.

Usage: unlock_child.py IDENTITY_FILE PASSPHRASE. Prints "ready", waits for a line on stdin, then
prints one JSON line: {"ok": bool, "error": type name or null, "message": ..., "refusals": n}.
"""

import json
import sys
from pathlib import Path

import pyrage

from evaluator_app.errors import EvaluatorError
from evaluator_app.trust import unlock
from evaluator_app.trust.identity import load_identity_file

refusals = 0
real_decrypt = pyrage.passphrase.decrypt


def counting_decrypt(data: bytes, passphrase: str) -> bytes:
    global refusals
    try:
        return real_decrypt(data, passphrase)
    except pyrage.DecryptError as e:
        refusals += str(e).startswith(unlock.REFUSED)
        raise


def main() -> None:
    path, passphrase = Path(sys.argv[1]), sys.argv[2]
    unlock.pyrage.passphrase.decrypt = counting_decrypt  # type: ignore[attr-defined]
    path.read_bytes()  # warm: the file is in the page cache before the machine slows
    print("ready", flush=True)
    sys.stdin.readline()
    try:
        load_identity_file(path, passphrase)
        out = {"ok": True, "error": None, "message": ""}
    except EvaluatorError as e:
        out = {"ok": False, "error": type(e).__name__, "message": e.message}
    print(json.dumps({**out, "refusals": refusals}), flush=True)


if __name__ == "__main__":
    main()
