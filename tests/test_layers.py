"""The layers of the core (issue 12): the import-linter contracts of pyproject.toml hold, and
corpuslint has no import cycle.

How imports count. The contracts count every import grimp sees: at module level, inside
functions, and under `if TYPE_CHECKING:`, so a type-only import may point down a layer (an L4
module naming the L3 `Linter` in an annotation), never up; the package's own `__init__` keeps
its lazy API's types in `__init__.pyi` for that reason. The cycle check is strict for every
import that runs (module level and inside functions: zero cycles). Imports under
TYPE_CHECKING never run, so they cannot make an import-time cycle; a type-only mutual
reference inside one package is tolerated but listed here (`TYPE_ONLY_CYCLES`), so that none
is added unnoticed.
"""

from __future__ import annotations

from pathlib import Path

import grimp
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "corpuslint"
MAX_LINES = 600  # a module longer than this holds more than one idea
# packs.rule imports the scanner, which names PackRule in annotations (issue 12: to be untangled
# in the packs package, e.g. by a Protocol in packs.compile)
TYPE_ONLY_CYCLES = [["corpuslint.packs.matcher", "corpuslint.packs.rule", "corpuslint.packs.scanner"]]


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


def _describe(graph: grimp.ImportGraph, cycles: list[list[str]]) -> str:
    chains = []
    for component in cycles:
        first, *rest = component
        for other in rest:
            chain = graph.find_shortest_chain(importer=first, imported=other)
            back = graph.find_shortest_chain(importer=other, imported=first)
            if chain and back:
                chains.append(" -> ".join(chain) + " -> " + " -> ".join(back[1:]))
                break
    return "import cycles:\n" + "\n".join(chains)


def test_no_module_imports_in_a_cycle_not_even_inside_functions():
    graph = grimp.build_graph("corpuslint", exclude_type_checking_imports=True, cache_dir=None)
    cycles = _cycles(graph)
    assert not cycles, _describe(graph, cycles)


def test_type_only_imports_add_no_cycle_but_the_known_one():
    graph = grimp.build_graph("corpuslint", cache_dir=None)
    cycles = [c for c in _cycles(graph) if c not in TYPE_ONLY_CYCLES]
    assert not cycles, _describe(graph, cycles)


def test_the_cycle_finder_finds_a_cycle():
    graph = grimp.ImportGraph()
    for name in ("p", "p.a", "p.b", "p.c"):
        graph.add_module(name)
    graph.add_import(importer="p.a", imported="p.b")
    graph.add_import(importer="p.b", imported="p.a")
    graph.add_import(importer="p.c", imported="p.a")
    assert _cycles(graph) == [["p.a", "p.b"]]


def test_every_module_stays_short():
    """Every module of the package, the core's and the rule families' alike (session 27 split the last
    seven that had grown past the limit: SPLITS.md)."""
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 200  # (the package, not an empty glob)
    long = {str(path.relative_to(ROOT)): n for path in modules
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines (split them, one idea each): {long}"
