"""Where the app finds its resources and keeps its data."""

import os
from pathlib import Path

import platformdirs

APP_NAME = "evaluation-desk"
APP_AUTHOR = "evaluation-desk"


def resources_dir() -> Path:
    """The shipped `resources/` folder (next to the package in a checkout or install)."""
    override = os.environ.get("EVALUATOR_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"


def home_dir() -> Path:
    """The workspace folder: `EVALUATOR_HOME`, else the platform's user data folder."""
    override = os.environ.get("EVALUATOR_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def workspace_path(home: Path | None = None) -> Path:
    return (home or home_dir()) / "workspace.sqlite"


def user_rubrics_dir(home: Path | None = None) -> Path:
    """Rubrics the secretariat imported from a spreadsheet (beside the shipped ones)."""
    return (home or home_dir()) / "rubrics"
