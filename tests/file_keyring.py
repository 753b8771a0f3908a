"""A keyring backend in a JSON file, for child processes in tests only (never shipped)."""

import json
from pathlib import Path

import keyring.backend


class _OnlyWhenSetExplicitly:
    """keyring picks a backend among every loaded subclass by priority; one that raises here is
    never picked on its own (else a later test would write a keyring.json into the cwd)."""

    def __get__(self, obj: object, cls: type) -> float:
        raise RuntimeError("FileKeyring is set with keyring.set_keyring only")


class FileKeyring(keyring.backend.KeyringBackend):
    priority = _OnlyWhenSetExplicitly()  # type: ignore[assignment]

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = Path(path) if path else Path("keyring.json")

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self.path.write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\n{username}", None)
        self.path.write_text(json.dumps(data), encoding="utf-8")
