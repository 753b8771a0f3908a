"""Identity files for tests that need one, not tests of how one is written.

`save_identity_file` pays an scrypt (~1 s, 2 s with both cores busy) on purpose; a test that
only needs *an* identity file of a given identity and passphrase gets the same bytes again
(`identity_file`): a real age scrypt file, written by the app once per test process and
copied after that. The app's own unlock cache then opens a copy as it opens the same file read
twice; a test that watches the unlock itself (the notice, the decrypt calls) empties that cache
first. Tests of identity files themselves (test_identity, test_unlock, …) keep calling
`save_identity_file`.
"""

import json
import os
import tempfile
from pathlib import Path

from evaluator_app.errors import IdentityError
from evaluator_app.trust.identity import Identity, save_identity_file

_MADE: dict[tuple[str, str], bytes] = {}


def identity_file(identity: Identity, path: Path, passphrase: str) -> str:
    """What `save_identity_file(identity, path, passphrase)` writes and returns."""
    path = Path(path)
    if path.exists():  # as save_identity_file refuses
        raise IdentityError(f"{path} already exists; choose another file name")
    key = (json.dumps(identity.secret_dict(), sort_keys=True, ensure_ascii=False), passphrase)
    if key not in _MADE:
        with tempfile.TemporaryDirectory() as scratch:
            made = Path(scratch) / "identity.age"
            save_identity_file(identity, made, passphrase)
            _MADE[key] = made.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(_MADE[key])
    path.chmod(0o600)
    return f"file:{path.resolve()}"
