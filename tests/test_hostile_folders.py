"""Hostile folders get one sentence, never a hang (issue 17 item 5): a symlink loop, a FIFO
named x.json, a 300 MiB .json and a file name that is not UTF-8 among the sheets, and damaged
result.json files, each refused or set aside with the file named — in `consolidate`, in
`result verify` and in a fuzzed mixture of all of them."""

import os
import shutil
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from identity_files import identity_file
from test_consolidation import sign_all

from evaluator_app.consolidation import Options, run, verify_result, write_result
from evaluator_app.consolidation.collect import sheet_files
from evaluator_app.errors import ConsolidationError, EvaluatorError
from evaluator_app.safe_files import MAX_SHEET_BYTES, shown
from evaluator_app.trust.bundle import load_bundle

needs_posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and byte names are "
                                 "POSIX")
PASSPHRASE = "chair passphrase 2025"
BAD_NAME = os.fsdecode(b"\xff\xfe-sheet.json")  # Latin-1 bytes, not UTF-8


@pytest.fixture(scope="module")
def bundle(big):
    return load_bundle(big.evb, big.chair)


@pytest.fixture(scope="module")
def signed(big, bundle, tmp_path_factory) -> Path:
    """Seven valid sheets (a folder copied into each test's folder)."""
    folder = tmp_path_factory.mktemp("signed") / "sheets"
    sign_all(big, bundle, folder)
    return folder


class Hung(BaseException):
    """Not an OSError (TimeoutError is one): no `except OSError` in the code can swallow it."""


@contextmanager
def no_hang(seconds: int = 120):
    """A hang becomes a failure here instead of a stuck test run (on the code before the fix,
    reading a FIFO blocked forever)."""
    def hung(*_):  # type: ignore[no-untyped-def]
        raise Hung("hung reading the folder")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1)  # and again each second after
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def hostile(folder: Path, kind: str, like: Path) -> Path:
    """Put one hostile entry (with a signature beside it, so it looks like a sheet) into
    `folder`; returns it."""
    sig = Path(str(like) + ".minisig").read_bytes()
    if kind == "loop":
        path = folder / "loop.json"
        path.symlink_to(path.name)
    elif kind == "dangling":
        path = folder / "gone.json"
        path.symlink_to("nowhere.json")
    elif kind == "fifo":
        path = folder / "x.json"
        os.mkfifo(path)
    elif kind == "huge":
        path = folder / "huge.json"
        with path.open("wb") as fh:  # sparse: 300 MiB that take no disk
            fh.truncate(300 * 1024 * 1024)
    elif kind == "bad name":
        path = folder / BAD_NAME
        shutil.copyfile(like, path)
    elif kind == "folder loop":
        path = folder / "sub" / "up"
        path.parent.mkdir(exist_ok=True)
        path.symlink_to("..", target_is_directory=True)
        return path
    elif kind == "folder named json":
        path = folder / "d.json"
        path.mkdir()
    else:
        raise AssertionError(kind)
    Path(str(path) + ".minisig").write_bytes(sig)
    return path


KINDS = ["loop", "dangling", "fifo", "huge", "bad name", "folder loop", "folder named json"]


@needs_posix
@pytest.mark.parametrize("kind", KINDS)
def test_a_hostile_entry_is_set_aside_or_rejected_with_its_name(big, bundle, signed, tmp_path,
                                                                kind):
    folder = tmp_path / "sheets"
    shutil.copytree(signed, folder)
    like = sorted(signed.glob("*.json"))[0]
    entry = hostile(folder, kind, like)
    with no_hang():
        done = run([folder], bundle, None, options=Options(provisional=True))
        records = {r.path.name: r for r in done.collection.records}
        if kind in ("huge", "bad name"):  # a regular file with a signature: a sheet, refused
            assert records[entry.name].status == "rejected"
            why = {"huge": "is 300.0 MiB: too large for a score sheet (at most 10.0 MiB)",
                   "bad name": "the file name is not valid text"}[kind]
            assert why in records[entry.name].reason
            with pytest.raises(ConsolidationError) as e:
                run([folder], bundle, big.chair.card)
            assert shown(entry.name) in e.value.message or shown(entry.name) in " ".join(
                e.value.problems)
        else:  # no file at all: set aside, the seven sheets count
            assert entry.name not in records
            assert len(done.collection.used()) == 7
            run([folder], bundle, big.chair.card)  # and the final result is not blocked


@needs_posix
@pytest.mark.parametrize("kind", ["loop", "fifo", "huge", "bad name"])
def test_the_cli_names_the_file_in_one_sentence(big, bundle, signed, tmp_path, kind):
    """The whole command, in a child process (a hang is a timeout, not a stuck run)."""
    folder = tmp_path / "sheets"
    shutil.copytree(signed, folder)
    entry = hostile(folder, kind, sorted(signed.glob("*.json"))[0])
    identity_file(big.chair, tmp_path / "chair.age", PASSPHRASE)
    (tmp_path / "pp").write_text(PASSPHRASE, encoding="utf-8")
    env = {**os.environ, "EVALUATOR_HOME": str(tmp_path / "home"),
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent.parent),
                                          os.environ.get("PYTHONPATH", "")])}
    named = [entry] if kind in ("huge", "loop") else []  # also named on the command line
    result = subprocess.run(
        [sys.executable, "-m", "evaluator_app", "consolidate", "--bundle", str(big.evb),
         str(folder), *map(str, named), "--out", str(tmp_path / "out"), "--identity-file",
         str(tmp_path / "chair.age"), "--passphrase-file", str(tmp_path / "pp")],
        capture_output=True, env=env, timeout=300)
    stdout = result.stdout.decode("utf-8", "replace")
    stderr = result.stderr.decode("utf-8", "replace")
    assert "internal error" not in stderr and "Traceback" not in stderr, stderr
    if kind in ("fifo",):
        assert result.returncode == 0, stderr  # set aside; the seven sheets make the result
        assert f"(ignored {entry}: not a signed score sheet)" in stdout
    else:
        assert result.returncode == 2, (stdout, stderr)
        assert stderr.startswith("error: ") and shown(entry.name) in stderr, stderr
        assert not (tmp_path / "out").exists()  # nothing written


@needs_posix
def test_result_verify_reads_hostile_results_and_folders(big, bundle, signed, tmp_path):
    folder = tmp_path / "sheets"
    shutil.copytree(signed, folder)
    done = run([folder], bundle, big.chair.card)
    files = write_result(done.result, big.chair, tmp_path / "out")
    hostile(folder, "fifo", sorted(signed.glob("*.json"))[0])
    hostile(folder, "loop", sorted(signed.glob("*.json"))[0])
    with no_hang():
        assert verify_result(files.json, bundle, [folder]).differences == []
        fifo = tmp_path / "fifo-result.json"
        os.mkfifo(fifo)
        with pytest.raises(ConsolidationError, match="is a pipe"):
            verify_result(fifo, bundle, [folder])
        deep = tmp_path / "deep.json"
        deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
        with pytest.raises(ConsolidationError, match="not an Evaluation Desk result"):
            verify_result(deep, bundle, [folder])
        big_result = tmp_path / "big.json"
        with big_result.open("wb") as fh:
            fh.truncate(300 * 1024 * 1024)
        with pytest.raises(ConsolidationError, match="too large for a result"):
            verify_result(big_result, bundle, [folder])
        os.unlink(str(files.json) + ".minisig")
        os.mkfifo(str(files.json) + ".minisig")
        with pytest.raises(ConsolidationError, match="is a pipe"):
            verify_result(files.json, bundle, [folder])


FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@needs_posix
@FUZZ
@given(kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=5, unique=True),
       flip=st.integers(min_value=0), bit=st.integers(0, 7))
def test_fuzzed_folders_give_a_typed_error_or_a_result(big, bundle, signed, tmp_path_factory,
                                                       kinds, flip, bit):
    """Any mixture of hostile entries, plus a flipped byte in one sheet: collect finishes and
    the final result is made or refused with a typed error, never anything else."""
    folder = tmp_path_factory.mktemp("fuzz") / "sheets"
    shutil.copytree(signed, folder)
    sheets = sorted(folder.glob("*.json"))
    for kind in kinds:
        hostile(folder, kind, sheets[0])
    raw = bytearray(sheets[1].read_bytes())
    raw[flip % len(raw)] ^= 1 << bit
    sheets[1].write_bytes(bytes(raw))
    with no_hang():
        files, _ = sheet_files([folder])
        assert len(files) <= 7 + len(kinds)
        try:
            run([folder], bundle, big.chair.card)
        except EvaluatorError as e:
            assert e.message.encode("utf-8")  # no undecodable byte in a sentence
        provisional = run([folder], bundle, None, options=Options(provisional=True))
        from evaluator_app.canonical import canonical_json

        canonical_json(provisional.result)  # every name recorded can be written


@FUZZ
@given(data=st.data())
def test_fuzzed_result_files_are_refused_with_a_typed_error(big, bundle, signed,
                                                            tmp_path_factory, data):
    """The suite's byte-flipping fuzz, extended to result.json and its signature: cut,
    flipped, nested or padded, verify refuses with a ConsolidationError and nothing else."""
    root = tmp_path_factory.mktemp("result-fuzz")
    done = run([signed], bundle, big.chair.card)
    files = write_result(done.result, big.chair, root)
    target = data.draw(st.sampled_from([files.json, files.signature]))
    original = target.read_bytes()
    raw = bytearray(original)
    how = data.draw(st.sampled_from(["flip", "cut", "nest", "pad"]))
    if how == "flip":
        for _ in range(data.draw(st.integers(1, 4))):
            raw[data.draw(st.integers(0, len(raw) - 1))] ^= 1 << data.draw(st.integers(0, 7))
    elif how == "cut":
        raw = raw[:data.draw(st.integers(0, len(raw) - 1))]
    elif how == "nest":
        depth = data.draw(st.integers(1, 50_000))
        raw = bytearray(b"[" * depth + bytes(raw) + b"]" * depth)
    else:
        raw += b" " * data.draw(st.sampled_from([1, MAX_SHEET_BYTES]))
    target.write_bytes(bytes(raw))
    try:
        verify_result(files.json, bundle, [signed])
    except ConsolidationError as e:
        assert e.message
    else:  # two flips of one bit: unchanged; or a signature file changed only where nothing
        # is signed (its untrusted comment, base64 padding bits that decode alike): the
        # result's bytes are the signed ones and the chair's key verified their signature
        assert bytes(raw) == original or target == files.signature
