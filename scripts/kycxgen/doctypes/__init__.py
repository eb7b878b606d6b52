"""One module per document type. Each exposes

    FORMATS: the output formats the type supports, and
    generate(rng, ctx) -> layout.Document

where `rng` is the document's content stream and `ctx` a GenContext."""

from dataclasses import dataclass
import datetime as dt


@dataclass(frozen=True)
class GenContext:
    reference_date: dt.date
    fmt: str              # the output format chosen for this document
    single_page: bool     # True when the format holds one page only (png, jpeg)
