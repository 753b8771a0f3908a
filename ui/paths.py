"""Where the desktop app writes its log."""

from pathlib import Path

import platformdirs

from evaluator_app.paths import APP_AUTHOR, APP_NAME


def log_file() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)) / "evaluation-desk.log"
