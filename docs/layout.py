"""Print the package layout with line counts, for the README's development section.

Run from the repository root: ``python docs/layout.py``. Each line is a module, its length in
lines and the first line of its docstring, grouped by the layer (sub-package) it lives in.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "regiotrack"


def summary(path: Path) -> str:
    """The first sentence of a module's docstring, shortened to fit one line."""
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    first = doc.strip().splitlines()[0] if doc.strip() else ""
    return first if len(first) <= 70 else first[:69] + "…"


def lines(path: Path) -> int:
    """Number of lines in a file."""
    return len(path.read_text(encoding="utf-8").splitlines())


def main() -> None:
    """Print the tree."""
    print("src/regiotrack/")
    for path in sorted(ROOT.glob("*.py")):
        print(f"  {path.name:<26} {lines(path):>4}  {summary(path)}")
    for package in sorted(p for p in ROOT.iterdir() if (p / "__init__.py").exists()):
        modules = sorted(package.rglob("*.py"))
        total = sum(lines(m) for m in modules)
        print(f"  {package.name + '/':<26} {total:>4}  {summary(package / '__init__.py')}")
        for module in modules:
            if module.name == "__init__.py" and module.parent == package:
                continue
            name = module.relative_to(package).as_posix()
            print(f"    {name:<24} {lines(module):>4}  {summary(module)}")


if __name__ == "__main__":
    main()
