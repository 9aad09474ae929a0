"""The layers of the core (issue 12): the import-linter contracts of pyproject.toml hold, and
corpuslint has no import cycle at all.

Both count every import grimp sees: at module level, inside functions, and under
`if TYPE_CHECKING:`. A type-only import may point down (an L4 module naming the L3 `Linter` in
an annotation), never up; the package's own `__init__` keeps its lazy API's types in
`__init__.pyi` for that reason.
"""

from __future__ import annotations

from pathlib import Path

import grimp
import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "corpuslint"
MAX_LINES = 600  # a module longer than this holds more than one idea


def test_the_import_contracts_hold(capsys):
    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert code == 0, report
    assert "0 broken" in report


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def test_no_module_imports_in_a_cycle_not_even_inside_functions():
    graph = grimp.build_graph("corpuslint", cache_dir=None)
    cycles = _cycles(graph)
    chains = []
    for component in cycles:
        first, *rest = component
        for other in rest:
            chain = graph.find_shortest_chain(importer=first, imported=other)
            back = graph.find_shortest_chain(importer=other, imported=first)
            if chain and back:
                chains.append(" -> ".join(chain) + " -> ... -> " + " -> ".join(back[1:]))
                break
    assert not cycles, "import cycles:\n" + "\n".join(chains)


def test_the_cycle_finder_finds_a_cycle():
    graph = grimp.ImportGraph()
    for name in ("p", "p.a", "p.b", "p.c"):
        graph.add_module(name)
    graph.add_import(importer="p.a", imported="p.b")
    graph.add_import(importer="p.b", imported="p.a")
    graph.add_import(importer="p.c", imported="p.a")
    assert _cycles(graph) == [["p.a", "p.b"]]


@pytest.mark.parametrize("name", ["results", "linter", "ruleset", "policy", "runner", "work", "fixer", "cache",
                                  "index", "session", "engine", "cli", "learn"])
def test_core_modules_stay_short(name):
    lines = len((PACKAGE / f"{name}.py").read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"corpuslint/{name}.py has {lines} lines"
