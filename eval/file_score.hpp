// Scores one labelled file against every envelope the pipeline produced from
// it: a file holding one document, or a packet (contract section 7). Each
// true document is scored as score_document() scores a stand-alone one,
// against the produced document packet_match picks for it. Plain values;
// thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "core/envelope.hpp"
#include "eval/dataset.hpp"
#include "eval/document_score.hpp"
#include "eval/packet_score.hpp"
#include "schemas/schema_registry.hpp"

namespace kycx::eval {

struct ScoredDocument {
  DocumentScore score;
  std::optional<size_t> envelope;  // index of the envelope it was scored against; none: scored as rejected
};

struct FileScore {
  std::vector<ScoredDocument> documents;  // one per true document; a packet's in page order
  std::optional<PacketScore> packet;      // set when the truth is a packet

  // The documents whose values may teach the confidence model: typed right,
  // not rejected and, in a packet, found with exactly their pages.
  std::vector<const ScoredDocument*> calibration_documents() const;
};

// The pages an envelope covers: its packet's, else every page of the file
// (`file_pages`). REQUIRES: file_pages >= 1.
PageRange pages_of(const Envelope& envelope, int file_pages);

// `envelopes`: every envelope produced for truth.relative_path, in any
// order. A file holding one document with a single envelope scores exactly
// as score_document(truth, envelope); with none, as a rejected document.
FileScore score_file(const LabelledDocument& truth, const std::vector<Envelope>& envelopes,
                     const schemas::SchemaRegistry& registry);

}  // namespace kycx::eval
