"""Identities: keyring and identity files, cards, and interop with the age and minisign CLIs."""

import json
import os
import pty
import select
import shutil
import subprocess
import time
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.errors
import pyrage
import pytest

from evaluator_app.errors import IdentityError, WrongPassphraseError
from evaluator_app.trust.identity import (
    Card,
    Identity,
    load_identity_file,
    save_identity_file,
    store_in_keyring,
)
from evaluator_app.trust.workspace_identity import (
    remember,
    signing_identity_file,
    unlock_for_signing,
)
from evaluator_app.workspace import Workspace

PASS = "correct horse battery"
needs = pytest.mark.skipif(not (shutil.which("age") and shutil.which("minisign")),
                           reason="Debian's age and minisign CLIs are installed by .ci/run")


@pytest.fixture(scope="module")
def identity_file(tmp_path_factory) -> tuple[Identity, Path]:
    """One identity file for the module: scrypt costs about 2 s per use."""
    ident = Identity.generate("김평가", "서울대학교 도시공학과")
    path = tmp_path_factory.mktemp("id") / "me.age"
    save_identity_file(ident, path, PASS)
    return ident, path


def test_keyring_identity_through_the_cli(run_cli, memory_keyring, tmp_path: Path):
    created = run_cli("identity", "create", "--name", "이위원", "--affiliation", "KAIST")
    assert created.exit_code == 0, created.output
    assert "OS keyring" in created.output
    (entry,) = memory_keyring._store  # the secret went to the keyring, under the app's service
    assert entry[0] == "evaluation-desk"
    card_path = tmp_path / "card.json"
    assert run_cli("identity", "card", "--out", str(card_path)).exit_code == 0
    card = Card.load(card_path)
    assert card.name == "이위원" and card.role == "member"
    assert "AGE-SECRET-KEY" not in card_path.read_text() and "secret" not in json.loads(
        card_path.read_text())
    shown = run_cli("identity", "show").output
    assert card.fingerprint in shown and "compare this aloud" in shown
    again = run_cli("identity", "create", "--name", "x")
    assert again.exit_code == 2 and "already has an identity (이위원" in again.output


def test_no_keyring_says_how_to_use_an_identity_file(run_cli):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    result = run_cli("identity", "create", "--name", "x")
    assert result.exit_code == 2
    assert "no OS keyring service" in result.output and "--identity-file FILE" in result.output


def test_locked_keyring(memory_keyring, run_cli):
    class Locked(type(memory_keyring)):
        def set_password(self, *a):
            raise keyring.errors.KeyringLocked("locked")

    keyring.set_keyring(Locked())
    result = run_cli("identity", "create", "--name", "x")
    assert result.exit_code == 2 and "the OS keyring is locked" in result.output


def test_identity_file_round_trip_and_wrong_passphrase(identity_file):
    ident, path = identity_file
    assert load_identity_file(path, PASS).card == ident.card
    with pytest.raises(WrongPassphraseError, match="wrong passphrase"):
        load_identity_file(path, "not the passphrase")
    not_age = path.with_name("plain.txt")
    not_age.write_text("hello")
    with pytest.raises(IdentityError, match="is not an identity file"):
        load_identity_file(not_age, PASS)


def test_identity_file_through_the_cli(run_cli, tmp_path: Path, monkeypatch, home: Path):
    path = tmp_path / "usb" / "me.age"
    pw = tmp_path / "pw.txt"
    pw.write_text(PASS + "\n")
    created = run_cli("identity", "create", "--name", "박위원", "--identity-file", str(path),
                      "--passphrase-file", str(pw))
    assert created.exit_code == 0, created.output
    assert path.stat().st_mode & 0o077 == 0  # not readable by others
    # the workspace remembers it: later commands need neither the path nor (for public data)
    # the passphrase
    assert "박위원" in run_cli("identity", "show").output
    monkeypatch.setenv("EVALUATOR_PASSPHRASE", "wrong passphrase")
    other = tmp_path / "other-home"
    monkeypatch.setenv("EVALUATOR_HOME", str(other))
    wrong = run_cli("identity", "show", "--identity-file", str(path))
    assert wrong.exit_code == 2 and "wrong passphrase for the identity file" in wrong.output
    monkeypatch.delenv("EVALUATOR_PASSPHRASE")
    missing = run_cli("identity", "show", "--identity-file", str(path))
    assert missing.exit_code == 2 and "set EVALUATOR_PASSPHRASE" in missing.output


def test_altered_cards_are_refused(tmp_path: Path):
    card = Identity.generate("최위원", "LH").card
    good = card.to_dict()
    for field, value, expected in [
        ("name", "위조된 이름", "signature does not verify"),
        ("age_recipient", str(pyrage.x25519.Identity.generate().to_public()),
         "fingerprint does not match"),
        ("format", "x", "is not an Evaluation Desk card"),
        ("minisign_public_key", "not base64!", "keys are malformed"),
    ]:
        with pytest.raises(IdentityError, match=expected):
            Card.from_dict({**good, field: value}, "card.json")
    assert Card.from_dict(good, "card.json") == card


def age_decrypt_with_passphrase(path: Path, passphrase: str, out: Path) -> None:
    """Drive `age -d` through a pseudo-terminal: it reads passphrases only from a TTY."""
    pid, fd = pty.fork()
    if pid == 0:  # child
        os.execvp("age", ["age", "-d", "-o", str(out), str(path)])
    seen, deadline = b"", time.monotonic() + 30
    while b"passphrase" not in seen.lower() and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if ready:
            seen += os.read(fd, 1024)
    os.write(fd, passphrase.encode() + b"\n")
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        try:
            if ready and not os.read(fd, 1024):
                break
        except OSError:
            break
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, seen


@needs
def test_age_cli_opens_the_identity_file_with_the_passphrase(identity_file, tmp_path: Path):
    ident, path = identity_file
    out = tmp_path / "secret.json"
    age_decrypt_with_passphrase(path, PASS, out)
    secret = json.loads(out.read_text(encoding="utf-8"))
    assert secret["age_identity"] == str(ident.age_identity)


@needs
def test_age_cli_and_our_keys_interoperate(identity_file, tmp_path: Path):
    ident, _ = identity_file
    plain = tmp_path / "plan.pdf"
    plain.write_bytes(b"%PDF-1.4 " + os.urandom(5000))
    # the age CLI encrypts to the card's recipient; our identity decrypts
    enc = tmp_path / "plan.pdf.age"
    subprocess.run(["age", "-r", ident.card.age_recipient, "-o", str(enc), str(plain)],
                   check=True)
    assert pyrage.decrypt(enc.read_bytes(), [ident.age_identity]) == plain.read_bytes()
    # we encrypt to the card; the age CLI decrypts with the member's exported identity
    key = tmp_path / "key.txt"
    key.write_text(str(ident.age_identity) + "\n")
    ours = tmp_path / "ours.age"
    ours.write_bytes(pyrage.encrypt(plain.read_bytes(), [ident.card.recipient()]))
    proc = subprocess.run(["age", "-d", "-i", str(key), str(ours)], check=True,
                          capture_output=True)
    assert proc.stdout == plain.read_bytes()


@needs
def test_minisign_cli_verifies_our_signatures(identity_file, tmp_path: Path):
    ident, _ = identity_file
    sheet = tmp_path / "sheet.json"
    sheet.write_bytes(b'{"total":"81.5"}')
    sig = tmp_path / "sheet.json.minisig"
    sig.write_bytes(ident.sign(sheet.read_bytes(), "session:S member:" + ident.card.fingerprint))
    ok = subprocess.run(["minisign", "-V", "-H", "-m", str(sheet), "-P",
                         ident.card.minisign_public_key], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "Signature and comment signature verified" in ok.stdout + ok.stderr
    assert "member:" + ident.card.fingerprint in ok.stdout
    sheet.write_bytes(b'{"total":"91.5"}')
    bad = subprocess.run(["minisign", "-V", "-m", str(sheet), "-P",
                          ident.card.minisign_public_key], capture_output=True, text=True)
    assert bad.returncode != 0


def test_signing_with_a_file_identity_asks_its_passphrase_again(identity_file, home: Path,
                                                                memory_keyring):
    ident, path = identity_file
    ws = Workspace.open(home)
    kept = Identity.generate("박평가")
    remember(ws, store_in_keyring(kept), kept.card)
    assert signing_identity_file(ws) is None  # the desktop login protects a keyring identity
    remember(ws, f"file:{path.resolve()}", ident.card)
    assert signing_identity_file(ws) == path.resolve()
    ws.close()
    with pytest.raises(IdentityError, match="wrong passphrase"):
        unlock_for_signing(path, ident, "not the passphrase")
    assert unlock_for_signing(path, ident, PASS).card == ident.card
    with pytest.raises(IdentityError, match=r"not .* that this session was opened with"):
        unlock_for_signing(path, kept, PASS)
    with pytest.raises(IdentityError, match="does not exist"):  # the stick was taken out
        unlock_for_signing(path.with_name("on-the-usb-stick.age"), ident, PASS)


def test_a_keyring_identity_is_backed_up_to_a_file_that_opens_elsewhere(
        run_cli, memory_keyring, tmp_path: Path, monkeypatch):
    """`identity backup`: the keyring's secrets into a passphrase-protected file, read back;
    another workspace (another laptop) signs with it as the same member."""
    assert run_cli("identity", "create", "--name", "최위원").exit_code == 0
    shown = run_cli("identity", "show").output
    fp = next(line.split()[1] for line in shown.splitlines() if line.startswith("fingerprint"))
    pw = tmp_path / "backup-pw.txt"
    pw.write_text("짧아\n")
    backup = tmp_path / "usb" / "me-backup.age"
    short = run_cli("identity", "backup", "--out", str(backup), "--backup-passphrase-file",
                    str(pw))
    assert short.exit_code == 2 and "at least 8 characters" in short.output
    assert not backup.exists()
    pw.write_text(PASS + "\n")
    made = run_cli("identity", "backup", "--out", str(backup), "--backup-passphrase-file", str(pw))
    assert made.exit_code == 0, made.output
    assert fp in made.output and "read back" in made.output
    assert load_identity_file(backup, PASS).card.fingerprint == fp
    again = run_cli("identity", "backup", "--out", str(backup), "--backup-passphrase-file",
                    str(pw))
    assert again.exit_code == 2 and "is a passphrase-protected identity file" in again.output
    # another laptop: no keyring entry, the backup file and its passphrase
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setenv("EVALUATOR_HOME", str(tmp_path / "other-laptop"))
    monkeypatch.setenv("EVALUATOR_PASSPHRASE", PASS)
    elsewhere = run_cli("identity", "show", "--identity-file", str(backup))
    assert elsewhere.exit_code == 0 and fp in elsewhere.output


@pytest.mark.parametrize(("name", "affiliation"), [
    ("홍길동\n(서명)", ""), ("홍길동", "○○대학교\r\n도시공학과"), ("가" * 81, ""),
    ("홍길동", "a" * 121), ("홍\t길동", "")])
def test_a_name_is_one_line_and_not_a_page_long(name, affiliation):
    """It heads every sheet the card signs and every row of the 종합평가표."""
    with pytest.raises(IdentityError, match="must be one line of at most"):
        Identity.generate(name, affiliation)


def test_a_long_foreign_name_and_a_pasted_space_are_accepted():
    card = Identity.generate("Maximilian Alexander von Hohenberg-Schwarzenbach",
                             "○○대학교\u00a0도시공학과").card
    assert card.name.startswith("Maximilian") and "\u00a0" in card.affiliation
