"""Out-of-scope documents that lending packets hold beside the supported ones:
letters (employment verification, landlord, gift, explanation), invoices,
receipts, tax schedules and forms, consent and authorisation forms. Their truth
type is "unknown" and they have no fields; what they print (names, employers,
addresses, dates, amounts) is what could make a classifier take them for a
supported type.

A template module lives in others/<group>/<kind>_<name>.py, as the layout
families do (kycxgen/families), and defines

    KIND:    letter | invoice | receipt | tax_form | consent_form,
    NAME:    its name, unique within the kind,
    GROUP:   the folder's name, "tune" or "holdout" (never looked at while
             tuning; generalisation is measured on it),
    FORMATS: the output formats it supports,
    generate(rng, ctx, cast) -> layout.Document with doc_type "unknown", no
             fields, layout "unknown/<kind>/<name>..."; one page when
             ctx.single_page.

Templates are found by listing the group folders; modules whose names start
with "_" are shared helpers."""

import importlib
import os
import pkgutil
from dataclasses import dataclass

GROUPS = ("tune", "holdout")
KINDS = ("letter", "invoice", "receipt", "tax_form", "consent_form")


@dataclass(frozen=True)
class Cast:
    """People and employers already in the packet, for documents that mention
    them (a letter about the pay stub's employee); empty tuples when none."""
    names: tuple = ()
    employers: tuple = ()


@dataclass(frozen=True)
class Template:
    kind: str
    name: str
    group: str
    module: str  # import path

    def load(self):
        return importlib.import_module(self.module)


def all_templates() -> list[Template]:
    """Every template, sorted by kind, group and name (a stable order for seeds)."""
    out = []
    here = os.path.dirname(__file__)
    for group in GROUPS:
        for info in pkgutil.iter_modules([os.path.join(here, group)]):
            if info.name.startswith("_"):
                continue
            module = importlib.import_module(f"{__name__}.{group}.{info.name}")
            if module.GROUP != group or module.KIND not in KINDS:
                raise ValueError(f"{info.name}: GROUP {module.GROUP!r} / KIND {module.KIND!r} do not fit {group}/")
            out.append(Template(module.KIND, module.NAME, group, module.__name__))
    return sorted(out, key=lambda t: (t.kind, t.group, t.name))


def select(spec: str) -> list[Template]:
    """The templates of a group ("tune", "holdout") or of both ("all")."""
    return [t for t in all_templates() if spec == "all" or t.group == spec]
