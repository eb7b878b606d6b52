// How a packet was split (contract section 7; definitions in docs/EVAL.md,
// "Packets"): per packet file its true and produced documents by page, and
// over a run the boundary, type and out-of-scope counts. Document types,
// pages and statuses only, never a value. Plain values; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/envelope.hpp"
#include "eval/document_score.hpp"
#include "eval/field_counts.hpp"
#include "eval/page_range.hpp"

namespace kycx::eval {

// A true document of a packet, without its fields.
struct PacketPart {
  PageRange pages;
  std::string document_type;
};

// A document the pipeline produced from a packet file.
struct ProducedDocument {
  PageRange pages;
  std::string document_type;
  DocumentStatus status = DocumentStatus::kNeedsReview;
  std::int64_t duration_ms = 0;  // its provenance.duration_ms
  bool exact = false;            // it has exactly a true document's pages (and stands for it)
  bool labelled = true;          // it shares a page with a true document: counted in boundary precision
};

struct PacketScore {
  std::string relative_path;
  int pages = 0;                           // the file's pages as the pipeline read them (0 when it could not)
  std::vector<PacketPart> truth;           // page order
  std::vector<ProducedDocument> produced;  // page order

  // Every produced document has exactly a true document's pages, and every true document one.
  bool boundaries_right() const;
  // "1-2 w2, 3 unknown": the true and the produced documents by pages and type.
  std::string truth_text() const;
  std::string produced_text() const;
};

struct PacketSummary {
  std::int64_t packets = 0;              // files whose truth is a packet
  std::int64_t truth_documents = 0;      // their true documents
  std::int64_t produced_documents = 0;   // the documents the pipeline produced from them
  std::int64_t produced_unlabelled = 0;  // ... lying wholly on pages no true document covers
  std::int64_t produced_exact = 0;       // ... with exactly a true document's pages
  std::int64_t truth_exact = 0;          // true documents found with exactly their pages
  std::int64_t truth_overlap = 0;        // ... scored against the produced document sharing most pages
  std::int64_t truth_missing = 0;        // ... on no produced document's pages (scored as rejected)
  std::int64_t exact_type_correct = 0;   // exactly found and typed right
  std::int64_t straight_through = 0;     // exactly found by a document with status accepted
  std::int64_t out_of_scope = 0;         // true documents of type unknown
  // ... with a page inside a produced document of a supported type that has a value needing no review
  std::int64_t out_of_scope_accepted = 0;
  std::int64_t supported = 0;  // true documents of a supported type
  // ... none of whose pages is inside a produced document of a supported type
  std::int64_t supported_typed_unknown = 0;
  std::vector<PacketScore> files;  // by relative path

  Ratio boundary_precision() const { return {produced_exact, produced_documents - produced_unlabelled}; }
  Ratio boundary_recall() const { return {truth_exact, truth_documents}; }
  Ratio exact_type_accuracy() const { return {exact_type_correct, truth_exact}; }
  Ratio straight_through_rate() const { return {straight_through, truth_documents}; }
  Ratio out_of_scope_accepted_rate() const { return {out_of_scope_accepted, out_of_scope}; }
  Ratio supported_typed_unknown_rate() const { return {supported_typed_unknown, supported}; }
};

// Sums the packets' files and the scores of their documents (those with a `part`).
PacketSummary summarize_packets(const std::vector<DocumentScore>& scores, std::vector<PacketScore> packets);

}  // namespace kycx::eval
