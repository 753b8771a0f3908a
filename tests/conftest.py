"""Shared fixtures: a private workspace per test, the demo round, an in-memory keyring."""

import os

# Before anything imports Qt: without a display the qapp fixture would abort the interpreter.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from click.testing import CliRunner

from evaluator_app.cli import build_cli
from evaluator_app.session_spec import load_spec
from evaluator_app.workspace import Workspace
from evaluator_demo.example import SESSION_ID, build_demo


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps secrets in memory (never the tester's keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own EVALUATOR_HOME; the user's real workspace is never touched."""
    h = tmp_path / "home"
    monkeypatch.setenv("EVALUATOR_HOME", str(h))
    # caches and logs stay in the test's folder too
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return h


@pytest.fixture
def korean(qapp):
    """The app's Korean catalogues (ours and Qt's) installed, as it ships."""
    from ui.i18n import install_translators

    translators = install_translators(qapp, "ko")
    yield
    for t in translators:
        qapp.removeTranslator(t)


@pytest.fixture(scope="session")
def demo_round(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo round's spec (PDFs built once per test run)."""
    return build_demo(tmp_path_factory.mktemp("demo") / "round")


@pytest.fixture
def ws(home: Path, demo_round: Path):
    """A workspace with the demo session imported."""
    with Workspace.open(home) as w:
        w.import_session(load_spec(demo_round))
        yield w


# The committees' keys are made once per test process and shared by every module's committee
# (its cards, round and bundle are still the module's own): keys are immutable, and the same
# keys let an identity file of the same person and passphrase be written once (identity_files).
@pytest.fixture(scope="session")
def committee_people():
    from committee import committee_people

    return committee_people()


@pytest.fixture(scope="module")
def committee(committee_people, tmp_path_factory: pytest.TempPathFactory):
    """Secretariat, chair, two members and an outsider with cards, and a demo spec with roster."""
    from committee import build_committee

    return build_committee(tmp_path_factory.mktemp("committee"), people=committee_people)


@pytest.fixture(scope="module")
def evb(committee, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committee's signed, encrypted bundle (built once per test module)."""
    from evaluator_app.trust.bundle import create_bundle

    out = tmp_path_factory.mktemp("bundle") / "session.evb"
    create_bundle(load_spec(committee.spec), committee.secretariat, out)
    return out


@pytest.fixture
def session_id() -> str:
    return SESSION_ID


@pytest.fixture
def run_cli():
    """Run `evaluator ARGS…` in-process; returns the click Result."""
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(build_cli(), list(args), catch_exceptions=False)

    return run


@pytest.fixture(scope="session")
def big_people():
    from big_committee import big_people

    return big_people()


@pytest.fixture(scope="module")
def big(big_people, tmp_path_factory: pytest.TempPathFactory):
    """Seven members, a chair and a secretariat with a signed bundle of the demo round."""
    from big_committee import build_big_committee

    return build_big_committee(tmp_path_factory.mktemp("big"), people=big_people)
