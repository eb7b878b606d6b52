"""kycxgen: a deterministic generator of labelled synthetic KYC documents.

Every person, address, account and number is invented. Given the same seed, the
generator writes byte-identical documents and truth files (CONTRACT.md section 5).
"""

VERSION = "0.1.0"

DOCUMENT_TYPES = (
    "passport",
    "id_card",
    "drivers_license",
    "bank_statement",
    "pay_stub",
    "utility_bill",
    "w2",
)

# The US 1099 family (information returns). Generated only when asked for with
# --types (by name or with the group "tax1099"); never part of the default list,
# so a run without --types, the committed samples and their seeds are unchanged.
TAX1099_TYPES = (
    "form_1099_int",
    "form_1099_div",
    "form_1099_misc",
    "form_1099_nec",
    "form_1099_g",
    "form_1099_r",
    "ssa_1099",
)

# Every type --types accepts, and group names it expands.
ALL_TYPES = DOCUMENT_TYPES + TAX1099_TYPES
TYPE_GROUPS = {"default": DOCUMENT_TYPES, "tax1099": TAX1099_TYPES}

# Output formats a caller may request with --formats.
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")

# Documents are dated relative to this day, never to the wall clock.
REFERENCE_DATE = "2026-11-01"
