#include "eval/packet_score.hpp"

#include <algorithm>

namespace kycx::eval {

bool PacketScore::boundaries_right() const {
  const auto exact = std::count_if(produced.begin(), produced.end(), [](const ProducedDocument& d) { return d.exact; });
  return static_cast<size_t>(exact) == produced.size() && produced.size() == truth.size();
}

std::string PacketScore::truth_text() const {
  std::string out;
  for (const PacketPart& part : truth) out += (out.empty() ? "" : ", ") + part.pages.text() + " " + part.document_type;
  return out;
}

std::string PacketScore::produced_text() const {
  std::string out;
  for (const ProducedDocument& doc : produced)
    out += (out.empty() ? "" : ", ") + doc.pages.text() + " " + doc.document_type;
  return out.empty() ? "none" : out;
}

PacketSummary summarize_packets(const std::vector<DocumentScore>& scores, std::vector<PacketScore> packets) {
  PacketSummary out;
  std::sort(packets.begin(), packets.end(),
            [](const PacketScore& a, const PacketScore& b) { return a.relative_path < b.relative_path; });
  for (const PacketScore& packet : packets) {
    ++out.packets;
    for (const ProducedDocument& doc : packet.produced) {
      ++out.produced_documents;
      out.produced_unlabelled += doc.labelled ? 0 : 1;
      out.produced_exact += doc.exact ? 1 : 0;
    }
  }
  for (const DocumentScore& doc : scores) {
    if (!doc.part) continue;
    const PartRef& part = *doc.part;
    ++out.truth_documents;
    switch (part.match) {
      case PartMatch::kExact: ++out.truth_exact; break;
      case PartMatch::kOverlap: ++out.truth_overlap; break;
      case PartMatch::kNone: ++out.truth_missing; break;
    }
    if (part.match == PartMatch::kExact) {
      out.exact_type_correct += doc.type_correct() ? 1 : 0;
      out.straight_through += doc.status == DocumentStatus::kAccepted ? 1 : 0;
    }
    if (doc.truth_type == kUnknownDocumentType) {
      ++out.out_of_scope;
      out.out_of_scope_accepted += part.supported_with_accepted_value ? 1 : 0;
    } else {
      ++out.supported;
      out.supported_typed_unknown += part.read_as_supported ? 0 : 1;
    }
  }
  out.files = std::move(packets);
  return out;
}

}  // namespace kycx::eval
