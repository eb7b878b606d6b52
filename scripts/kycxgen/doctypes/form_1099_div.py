"""Form 1099-DIV as a recipient receives it (see doctypes/tax1099.py)."""

import random

from ..layout import Document
from . import GenContext, tax1099

FORMATS = tax1099.FORMATS


def generate(rng: random.Random, ctx: GenContext) -> Document:
    return tax1099.generate("form_1099_div", rng, ctx)
