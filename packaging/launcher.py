"""Entry point of the frozen build: one program, two names in one folder.

`evaluation-desk` (windowed on Windows/macOS) starts the desktop app, as `evaluator-app` does;
`evaluator` (a console program) is the CLI, so `evaluator gui --self-test` prints its report
even where a windowed program has no console (Windows).
"""

import multiprocessing
import sys
from pathlib import Path

# First of all: a frozen build has no interpreter, so a "spawn" worker (the demo writes its
# identity files in one) and multiprocessing's resource tracker re-run this very program with
# `--multiprocessing-fork …` or `-B -s -c …`. freeze_support (PyInstaller's, when frozen) runs
# that child and exits; without it the CLI would parse those as options and fail.
multiprocessing.freeze_support()

if Path(sys.executable).stem.lower() == "evaluator":
    from evaluator_app.cli import main as cli_main

    cli_main()
else:
    from ui.app import main

    sys.exit(main())
