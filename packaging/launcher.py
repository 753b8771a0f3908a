"""Entry point of the frozen build: one program, two names in one folder.

`evaluation-desk` (windowed on Windows/macOS) starts the desktop app, as `evaluator-app` does;
`evaluator` (a console program) is the CLI, so `evaluator gui --self-test` prints its report
even where a windowed program has no console (Windows).
"""

import sys
from pathlib import Path

if Path(sys.executable).stem.lower() == "evaluator":
    from evaluator_app.cli import main as cli_main

    cli_main()
else:
    from ui.app import main

    sys.exit(main())
