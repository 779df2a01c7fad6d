"""factcheck's modules import one another without circles.

Every import counts, at the top of a module or inside a function: a lazy
import that closes a circle still ties the two modules together.  The test
reads the source (``ast``), so it sees imports a run would not reach.
"""

import ast
from pathlib import Path
from typing import Dict, List, Set

import factcheck

ROOT = Path(factcheck.__file__).parent


def _modules() -> Dict[str, Path]:
    out = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _resolve(name: str, modules: Dict[str, Path]) -> str:
    """The factcheck module ``name`` refers to (a name imported from a module
    is that module), or '' outside factcheck."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name


def _imports(name: str, path: Path, modules: Dict[str, Path]) -> Set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(_resolve(a.name, modules) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([node.module] if node.module else []))
            found.update(_resolve(f"{base}.{a.name}", modules) for a in node.names)
    return found - {"", name}


def import_graph() -> Dict[str, Set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def circles(graph: Dict[str, Set[str]]) -> List[List[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    stack: List[str] = []
    out: List[List[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_detector_finds_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_lazy_and_relative_imports():
    graph = import_graph()
    assert "factcheck.render.handout_data" in graph["factcheck.render.handout"]  # from .handout_data import
    assert "factcheck.rules.input_error" in graph["factcheck.parallel"]  # inside a function


def test_no_import_circles():
    found = circles(import_graph())
    assert not found, "import circles: " + "; ".join(" <-> ".join(c) for c in found)


def test_renderers_never_import_rule_logic():
    """Issue 10: the renderers read the Report (findings, payloads,
    ``Report.agreements``) and the rules' words (``factcheck.rule_docs``);
    they never import a rule, the quantity model or extraction to work
    something out again."""
    graph = import_graph()
    banned = {"rules", "quantities", "extract"}
    found = sorted((mod, dep) for mod, deps in graph.items() if mod.startswith("factcheck.render.")
                   for dep in deps if dep.split(".")[1:2] and dep.split(".")[1] in banned)
    assert not found, found
