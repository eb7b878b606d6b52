#include "eval/file_score.hpp"

#include <algorithm>
#include <numeric>

namespace kycx::eval {

namespace {

// The file's page count as far as anything tells: the envelopes, their packets, the truth.
int file_page_count(const LabelledDocument& truth, const std::vector<Envelope>& envelopes) {
  int pages = 1;
  for (const Envelope& e : envelopes) {
    pages = std::max(pages, e.source.page_count);
    if (e.packet) pages = std::max(pages, e.packet->last_page);
  }
  for (const TruthPart& part : truth.packet) pages = std::max(pages, part.pages.last);
  return pages;
}

// What a true document is scored against when no envelope holds its pages.
Envelope rejected_envelope(const LabelledDocument& truth, bool no_envelope_at_all, const PageRange& pages) {
  Envelope envelope;
  envelope.source.relative_path = truth.relative_path;
  if (no_envelope_at_all) {
    envelope.reject(Error{ErrorCode::kInternal, "the pipeline produced no envelope"}, "eval");
  } else {
    envelope.reject(Error{ErrorCode::kNotFound, "the pipeline produced no document holding pages " + pages.text()},
                    "eval");
  }
  return envelope;
}

bool has_accepted_value(const Envelope& envelope) {
  return std::any_of(envelope.fields.begin(), envelope.fields.end(),
                     [](const auto& entry) { return !entry.second.missing() && !entry.second.review.required; });
}

bool supported(const Envelope& envelope) {
  return envelope.status != DocumentStatus::kRejected && envelope.document_type != kUnknownDocumentType &&
         !envelope.document_type.empty();
}

PacketScore packet_score(const LabelledDocument& truth, const std::vector<Envelope>& envelopes,
                         const std::vector<PageRange>& produced, const PacketMatch& match) {
  PacketScore out;
  out.relative_path = truth.relative_path;
  for (const Envelope& e : envelopes) out.pages = std::max(out.pages, e.source.page_count);
  for (const TruthPart& part : truth.packet) out.truth.push_back({part.pages, part.document_type});
  std::vector<size_t> order(envelopes.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return produced[a].first != produced[b].first ? produced[a].first < produced[b].first
                                                  : produced[a].last < produced[b].last;
  });
  for (size_t i : order) {
    out.produced.push_back({.pages = produced[i],
                            .document_type = envelopes[i].document_type,
                            .status = envelopes[i].status,
                            .duration_ms = envelopes[i].provenance.duration_ms,
                            .exact = match.exact_of[i].has_value(),
                            .labelled = match.labelled[i]});
  }
  return out;
}

}  // namespace

PageRange pages_of(const Envelope& envelope, int file_pages) {
  if (envelope.packet) return {envelope.packet->first_page, envelope.packet->last_page};
  return {1, file_pages};
}

std::vector<const ScoredDocument*> FileScore::calibration_documents() const {
  std::vector<const ScoredDocument*> out;
  for (const ScoredDocument& doc : documents) {
    const DocumentScore& s = doc.score;
    if (!doc.envelope || !s.type_correct() || s.rejected()) continue;
    if (s.part && s.part->match != PartMatch::kExact) continue;
    out.push_back(&doc);
  }
  return out;
}

FileScore score_file(const LabelledDocument& truth, const std::vector<Envelope>& envelopes,
                     const schemas::SchemaRegistry& registry) {
  const int file_pages = file_page_count(truth, envelopes);
  std::vector<PageRange> produced;
  produced.reserve(envelopes.size());
  for (const Envelope& e : envelopes) produced.push_back(pages_of(e, file_pages));
  std::vector<PageRange> wanted;
  for (const TruthPart& part : truth.packet) wanted.push_back(part.pages);
  if (!truth.is_packet()) wanted.push_back({1, file_pages});
  const PacketMatch match = match_pages(wanted, produced);

  FileScore out;
  for (size_t i = 0; i < wanted.size(); ++i) {
    const PartAssignment& assigned = match.parts[i];
    const LabelledDocument doc = truth.is_packet() ? truth.part(i) : truth;
    DocumentScore score = assigned.produced
                              ? score_document(doc, envelopes[*assigned.produced], registry)
                              : score_document(doc, rejected_envelope(truth, envelopes.empty(), wanted[i]), registry);
    if (truth.is_packet()) {
      PartRef part;
      part.index = static_cast<int>(i) + 1;
      part.pages = wanted[i];
      part.match = assigned.match;
      if (assigned.produced) part.scored_pages = produced[*assigned.produced];
      for (size_t p = 0; p < envelopes.size(); ++p) {
        if (wanted[i].overlap(produced[p]) == 0 || !supported(envelopes[p])) continue;
        part.read_as_supported = true;
        part.supported_with_accepted_value = part.supported_with_accepted_value || has_accepted_value(envelopes[p]);
      }
      score.pages = wanted[i].pages();
      score.part = part;
    }
    out.documents.push_back({std::move(score), assigned.produced});
  }
  if (truth.is_packet()) out.packet = packet_score(truth, envelopes, produced, match);
  return out;
}

}  // namespace kycx::eval
