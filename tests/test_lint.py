"""The code base stays ruff-clean and the core never imports Qt."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_is_clean():
    proc = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise",
                           str(ROOT)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_core_never_imports_qt():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "evaluator_app").rglob("*.py")
                 if re.search(r"^\s*(from|import)\s+PySide6", p.read_text(encoding="utf-8"),
                              re.MULTILINE)]
    assert offenders == []


def _imports(package: Path) -> dict[str, set[str]]:
    """Module → the package's modules it imports (at module level or inside a function)."""
    import ast

    modules = {}
    for f in package.rglob("*.py"):
        parts = list(f.relative_to(package.parent).with_suffix("").parts)
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = f

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    edges: dict[str, set[str]] = {m: set() for m in modules}
    for m, f in modules.items():
        base = m if f.name == "__init__.py" else m.rpartition(".")[0]
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                root = node.module or ""
                if node.level:
                    up = base.split(".")[:len(base.split(".")) - node.level + 1]
                    root = ".".join([*up, *([root] if root else [])])
                # `from pkg import module` imports that module, not the package's own code
                names = [f"{root}.{a.name}" if f"{root}.{a.name}" in modules else root
                         for a in node.names]
            for n in names:
                target = resolve(n)
                if target and target != m:
                    edges[m].add(target)
    return edges


def test_the_core_has_no_import_cycle():
    """Data flows one way (models → store and trust → scoring → reports and CLI): a cycle
    means some lower layer reaches up."""
    edges = _imports(ROOT / "evaluator_app")
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    assert cycles == []


def test_the_rounds_data_model_sits_below_trust_and_consolidation():
    """A round's data (spec, drafts, cards, an earlier stage's result) imports no trust module
    and, of the consolidation, only its pure arithmetic (the rounding rule stage chaining
    shares)."""
    edges = _imports(ROOT / "evaluator_app")
    model = [m for m in edges if m in ("evaluator_app.session_spec", "evaluator_app.cards",
                                       "evaluator_app.stages", "evaluator_app.result_file")
             or m.startswith("evaluator_app.round.")]
    reached: set[str] = set()
    todo = list(model)
    while todo:
        for w in edges[todo.pop()] - reached:
            reached.add(w)
            todo.append(w)
    above = sorted(m for m in reached if m.startswith("evaluator_app.trust")
                   or (m.startswith("evaluator_app.consolidation")
                       and m not in ("evaluator_app.consolidation",
                                     "evaluator_app.consolidation.rules")))
    assert len(model) > 5 and above == []


def test_no_button_passes_its_checked_flag_for_another_argument():
    """`button.clicked.connect(self.sign)` calls sign(False): Qt's `checked` goes into the
    method's first parameter. A method whose first parameter is not a bool must be connected
    through a lambda (the desk's Sign button once tried a passphrase file with False)."""
    import ast

    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            methods = {m.name: m for m in cls.body if isinstance(m, ast.FunctionDef)}
            for node in ast.walk(cls):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "connect" and node.args
                        and isinstance(node.func.value, ast.Attribute)
                        and node.func.value.attr in ("clicked", "triggered", "toggled")):
                    continue
                slot = node.args[0]
                if not (isinstance(slot, ast.Attribute) and isinstance(slot.value, ast.Name)
                        and slot.value.id == "self" and slot.attr in methods):
                    continue
                params = methods[slot.attr].args.args[1:]
                if params and ast.unparse(params[0].annotation or ast.Constant("")) != "bool":
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {slot.attr}")
    assert found == []
