"""Layout families of the financial documents: each family is how one kind of
issuer lays out, words and prints a document type (a high-street bank's
statement, a payroll provider's stub, a bilingual hydro bill), in a module of
its own.

A family module lives in families/<group>/<doc_type>_<name>.py and defines

    DOC_TYPE: the contract type it makes ("pay_stub"),
    NAME:     its name, unique within the type ("uk_payslip"),
    GROUP:    the folder's name: "tune" (the readers may be tuned on it) or
              "holdout" (never looked at while tuning; generalisation is
              measured on it),
    FORMATS:  the output formats it supports,
    generate(rng, ctx) -> layout.Document, with layout "<doc_type>/<name>..."

Families are found by listing the group folders, so adding one is adding a
file; modules whose names start with "_" are a group's own helpers. A
generated document's truth meta names its family and group.
"""

import importlib
import os
import pkgutil
from dataclasses import dataclass

GROUPS = ("tune", "holdout")


@dataclass(frozen=True)
class Family:
    doc_type: str
    name: str
    group: str
    module: str  # import path

    def load(self):
        return importlib.import_module(self.module)


def all_families() -> list[Family]:
    """Every family, sorted by type, group and name (a stable order for seeds)."""
    out = []
    here = os.path.dirname(__file__)
    for group in GROUPS:
        for info in pkgutil.iter_modules([os.path.join(here, group)]):
            if info.name.startswith("_"):
                continue  # a group's own helpers (shared data, drawing), not a family
            module = importlib.import_module(f"{__name__}.{group}.{info.name}")
            if module.GROUP != group:
                raise ValueError(f"{info.name}: GROUP is {module.GROUP!r} but the file is in {group}/")
            out.append(Family(module.DOC_TYPE, module.NAME, group, module.__name__))
    return sorted(out, key=lambda f: (f.doc_type, f.group, f.name))


def select(doc_type: str, spec: tuple) -> list[Family]:
    """The families of `doc_type` that `spec` names: "all", group names or family names."""
    families = [f for f in all_families() if f.doc_type == doc_type]
    if "all" in spec:
        return families
    return [f for f in families if f.group in spec or f.name in spec or f"{f.doc_type}/{f.name}" in spec]


def has_families(doc_type: str) -> bool:
    return any(f.doc_type == doc_type for f in all_families())
