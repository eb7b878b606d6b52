"""Labelled packets: several documents in one PDF, as a lending file arrives
(CONTRACT.md section 7). A packet mixes documents of the supported types,
made by the ordinary generator (kycxgen.cli.make_document) in any of its
formats, with out-of-scope documents (letters, invoices, receipts, tax
schedules, consent forms: packets/others) whose truth type is "unknown".

Given the same seed, the generator writes byte-identical packets and truth
files; each packet is a pure function of (seed, packet index, families)."""

# Truth document_type of a document that belongs to no supported type.
UNKNOWN = "unknown"
