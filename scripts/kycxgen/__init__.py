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

# Output formats a caller may request with --formats.
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")

# Documents are dated relative to this day, never to the wall clock.
REFERENCE_DATE = "2026-11-01"
