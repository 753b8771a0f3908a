"""Reading a TOML file a person wrote, with one clear sentence when it cannot be read."""

import tomllib
from pathlib import Path
from typing import Any

from evaluator_app.errors import EvaluatorError
from evaluator_app.nesting import too_deep


def read_toml(path: Path, error: type[EvaluatorError], what: str) -> dict[str, Any]:
    """The parsed file; `what` names it in messages ("the rubric file", "the session spec")."""
    try:
        # utf-8-sig: Windows Notepad saves UTF-8 with a byte order mark
        text = Path(path).read_text(encoding="utf-8-sig")
        if too_deep(text):
            raise RecursionError
        return tomllib.loads(text)
    except FileNotFoundError:
        raise error(f"{path}: {what} does not exist") from None
    except UnicodeDecodeError:  # Notepad's "ANSI", which is CP949 on Korean Windows
        raise error(f"{path}: {what} is not UTF-8 text; save it again as UTF-8") from None
    except tomllib.TOMLDecodeError as e:
        raise error(f"{path}: broken TOML: {e}") from None
    except ValueError:  # int(): Python reads at most 4,300 digits (sys.get_int_max_str_digits)
        raise error(f"{path}: {what} holds a number of thousands of digits; no value of ours "
                    "is that long") from None
    except RecursionError:
        raise error(f"{path}: {what} nests tables or lists too deeply to be read") from None
