"""`evaluator ARGS…` that SIGKILLs itself just before its KILL_AT-th rename of a file or folder
(0: never), and reports on stderr how many renames it made — a kill at every step of a write.

`staged_child.py --serve` imports the app once, unlocks the identity file once (the scrypt cost
is paid here, not per run), then forks one child per request read from stdin (a JSON line:
args, kill_at, home, stdout and stderr file names) and answers each with its exit code: the
same real command, killed at the same renames, at a fraction of a fresh process's start-up.
"""

import json
import os
import signal
import sys

from evaluator_app.cli import cli

KILL_AT = int(os.environ.get("KILL_AT", "0"))
count = 0


def counted(fn):  # type: ignore[no-untyped-def]
    def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
        global count
        count += 1
        if count == KILL_AT:
            os.kill(os.getpid(), signal.SIGKILL)
        return fn(*args, **kwargs)
    return wrapped


os.replace = counted(os.replace)
os.rename = counted(os.rename)
try:  # the folder exchange (renameat2) is a rename too; absent before issue 17
    from evaluator_app import staged_output
    staged_output._exchange = counted(staged_output._exchange)
except ImportError:
    pass


def run(args: list[str]) -> int:
    try:
        code = cli.main(args=args, prog_name="evaluator", standalone_mode=False)
    except SystemExit as e:
        code = e.code
    print(f"renames {count}", file=sys.stderr, flush=True)
    return int(code or 0)


def serve() -> None:
    global KILL_AT, count
    # what every consolidate loads, loaded once before the first fork
    import evaluator_app.cli.consolidate_cmds
    import evaluator_app.consolidation.outputs  # noqa: F401
    from evaluator_app.trust.identity import load_identity_file

    for line in sys.stdin:
        request = json.loads(line)
        if "unlock" in request:  # the identity file, unlocked into the process's cache
            path, passphrase_file = request["unlock"]
            with open(passphrase_file, encoding="utf-8") as fh:
                load_identity_file(path, fh.read().strip())
            print(json.dumps({"rc": 0}), flush=True)
            continue
        pid = os.fork()
        if pid == 0:  # the child: one command, as a fresh process would run it
            KILL_AT, count = int(request["kill_at"]), 0
            os.environ["EVALUATOR_HOME"] = request["home"]
            for fd, name in ((1, request["stdout"]), (2, request["stderr"])):
                target = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(target, fd)
                os.close(target)
            sys.stdout = os.fdopen(1, "w", encoding="utf-8", closefd=False)
            sys.stderr = os.fdopen(2, "w", encoding="utf-8", closefd=False)
            code = 1
            try:
                code = run(request["args"])
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"rc": os.waitstatus_to_exitcode(status)}), flush=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:
        sys.exit(run(sys.argv[1:]))
