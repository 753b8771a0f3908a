"""The options every command that needs a key shares, without importing the key machinery:
a command's module loads fast and imports the crypto and the workspace only when it runs."""

import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from evaluator_app.errors import EvaluatorError, IdentityError, OutputExistsError

PassphraseSource = Callable[[], str]

identity_file_option = click.option(
    "--identity-file", "identity_file", type=click.Path(dir_okay=False, path_type=Path),
    help="A passphrase-protected identity file instead of the OS keyring.")
passphrase_file_option = click.option(
    "--passphrase-file", "passphrase_file", type=click.Path(dir_okay=False, path_type=Path),
    help="Read the passphrase from this file (else $EVALUATOR_PASSPHRASE, else a prompt).")


def passphrase_source(passphrase_file: Path | None, confirm: bool = False) -> PassphraseSource:
    """Where the passphrase comes from, asked only when a secret is really needed."""

    def get() -> str:
        if passphrase_file is not None:
            try:
                # utf-8-sig: Notepad's UTF-8 begins with a BOM, which is not part of the passphrase
                text = passphrase_file.read_text(encoding="utf-8-sig")
            except OSError as e:
                raise IdentityError(f"{passphrase_file}: cannot read the passphrase file "
                                    f"({e.strerror})") from None
            except UnicodeDecodeError:  # e.g. saved by Notepad as ANSI, which is CP949 in Korea
                raise IdentityError(f"{passphrase_file}: the passphrase file is not UTF-8 text; "
                                    "save it again as UTF-8") from None
            return text.splitlines()[0] if text else ""
        env = os.environ.get("EVALUATOR_PASSPHRASE")
        if env:
            return env
        if not sys.stdin.isatty():
            raise IdentityError("a passphrase is needed: set EVALUATOR_PASSPHRASE or use "
                                "--passphrase-file FILE")
        return click.prompt("Passphrase / 암호", hide_input=True, confirmation_prompt=confirm)

    return get


def confirm(question: str, flag: str = "--yes") -> None:
    """Ask `question`; a no ends the command. At a terminal that is click's "Aborted!"; from a
    script or with no input at all (stdin closed: click.confirm met its end) it was that bare
    word and exit 1 — now one sentence naming the option that answers yes, exit 2."""
    try:
        click.confirm(question, abort=True)
    except click.Abort:
        if sys.stdin.isatty():
            raise
        raise EvaluatorError(f"not confirmed: {question} (without a terminal to answer on, "
                             f"give {flag} to answer yes)") from None


OutputCheck = Callable[[click.Context, click.Parameter, Path | None], Path | None]


def output_file(kind: str) -> OutputCheck:
    """A click callback for an output file option writing `kind` (a key of
    output_kinds.OUTPUTS), checked before anything is read, asked or written: an identity file
    (or its backup) is never written over — `identity card --out identity.age` once destroyed
    the secret keys — and any other file there only when it is of that kind (a re-export)."""

    def check(_ctx: click.Context, _param: click.Parameter, value: Path | None
              ) -> Path | None:
        if value is None:
            return None
        from evaluator_app.output_kinds import replace_problem
        from evaluator_app.safe_files import holds_secret_keys, shown

        if holds_secret_keys(value):
            raise OutputExistsError(
                f"{shown(value)} is a passphrase-protected identity file (someone's secret "
                "keys): it is not written over; choose another file name")
        problem = replace_problem(value, kind)
        if problem:
            raise OutputExistsError(problem)
        return value

    return check


new_identity_file_option = click.option(
    "--identity-file", "identity_file", type=click.Path(dir_okay=False, path_type=Path),
    callback=output_file("new"),
    help="Keep the secrets in this new passphrase-protected file instead of the OS keyring.")
