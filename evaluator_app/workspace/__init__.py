"""The crash-safe SQLite workspace."""

from evaluator_app.workspace.store import UNSET, Change, Workspace

__all__ = ["UNSET", "Change", "Workspace"]
