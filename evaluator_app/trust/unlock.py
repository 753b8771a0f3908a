"""Opening a passphrase-protected age file without ever calling a correct passphrase wrong.

The age library bounds the scrypt work it will do: it times one small scrypt at that moment and
refuses a file whose work factor is more than 4 above what that measurement says the machine
does in a second ("Excessive work parameter"). On a busy or throttled laptop one preempted
measurement makes it refuse a file it opens a moment later. A refusal costs milliseconds and
checks nothing, so it is retried after a fresh measurement for a while; only the library's
"Decryption failed" means the passphrase is wrong.

The work factor itself is plain text in the file's header (age v1: `-> scrypt <salt> <log_n>`),
so a file asking for more than Evaluation Desk ever writes is refused before any scrypt runs.
"""

import time

import pyrage

from evaluator_app.errors import (
    ExcessiveWorkFactorError,
    IdentityError,
    MachineTooBusyError,
    WrongPassphraseError,
)

AGE_MAGIC = b"age-encryption.org/v1\n"
# The library writes what this machine does in about a second (2^16…2^20 here, by load); 2^22
# is a second on a machine four times faster than any we know, and already 4 GiB of memory.
MAX_WORK_FACTOR = 22
PATIENCE_S = 15.0  # how long a busy computer is given to free up before we say so
FIRST_PAUSE_S = 0.05
LONGEST_PAUSE_S = 0.5

REFUSED = "Excessive work parameter"
WRONG = "Decryption failed"


def work_factor(data: bytes) -> int | None:
    """log2 of the scrypt work the file's header asks for; None without a scrypt stanza."""
    if not data.startswith(AGE_MAGIC):
        return None
    for line in data[len(AGE_MAGIC):len(AGE_MAGIC) + 4096].split(b"\n"):
        if line.startswith(b"---"):  # the header's end (its MAC line)
            return None
        parts = line.split(b" ")
        if parts[:2] == [b"->", b"scrypt"] and len(parts) == 4 and parts[3].isdigit():
            return int(parts[3])
    return None


def decrypt_with_passphrase(data: bytes, passphrase: str, where: str) -> bytes:
    """The plaintext of an age scrypt file, or a typed error that says what really happened:
    a wrong passphrase, a file asking for absurd work, a computer too busy to check, a damaged
    or foreign file."""
    log_n = work_factor(data)
    if log_n is not None and log_n > MAX_WORK_FACTOR:
        raise ExcessiveWorkFactorError(
            f"{where} asks for 2^{log_n} units of unlocking work, more than Evaluation Desk ever "
            f"writes (at most 2^{MAX_WORK_FACTOR}): the file was altered or was not made by "
            "Evaluation Desk; the passphrase was not checked")
    deadline = time.monotonic() + PATIENCE_S
    pause = FIRST_PAUSE_S
    while True:
        try:
            return pyrage.passphrase.decrypt(data, passphrase)
        except pyrage.DecryptError as e:
            reason = str(e)
        if reason.startswith(WRONG):
            raise WrongPassphraseError(f"wrong passphrase for the identity file {where}")
        if not reason.startswith(REFUSED):
            raise IdentityError(f"{where} cannot be opened: it is damaged or is not a "
                                f"passphrase-protected identity file ({reason.splitlines()[0]})")
        if time.monotonic() + pause > deadline:
            raise MachineTooBusyError(
                f"this computer is too busy right now to unlock {where} (it asks for 2^"
                f"{log_n if log_n is not None else '?'} units of work); the passphrase was NOT "
                "checked: close other programs, plug in the power and try again")
        time.sleep(pause)  # the next call measures the machine afresh
        pause = min(pause * 2, LONGEST_PAUSE_S)
