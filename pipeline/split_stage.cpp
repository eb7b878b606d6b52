#include "pipeline/split_stage.hpp"

#include "extractors/classifier.hpp"

namespace kycx::pipeline {

void SplitStage::sight_identity_pages(DocumentJob& file, std::vector<extractors::PageCue>& cues) const {
  for (size_t i = 0; i < cues.size(); ++i) {
    extractors::PageCue& cue = cues[i];
    if (cue.confidence >= options_.min_confidence || cue.words >= options_.min_text_words) continue;
    const std::vector<ocr::Page> one{file.pages[i]};
    extractors::ExtractContext context{.pages = one, .render = {}};
    if (file.reader) {
      context.render = [reader = file.reader, i](int, int dpi) {
        return reader->render_page(static_cast<int>(i), dpi);
      };
    }
    const extractors::Classification c = extractors::classify_document(context);
    if (extractors::identity_type(c.document_type) && c.confidence >= options_.min_confidence) {
      cue.type = c.document_type;
      cue.confidence = c.confidence;
    }
  }
}

std::vector<JobPtr> SplitStage::operator()(const JobPtr& file) const {
  if (!enabled_ || file->rejected() || file->pages.size() < 2 || file->reject_if_expired("split")) return {file};
  std::vector<extractors::PageRange> ranges;
  {
    StageTimer timer(*file, "split");
    std::vector<extractors::PageCue> cues;
    cues.reserve(file->pages.size());
    for (const ocr::Page& page : file->pages) cues.push_back(extractors::page_cue(page));
    sight_identity_pages(*file, cues);
    ranges = extractors::split_pages(cues, options_);
  }
  if (ranges.size() < 2) return {file};
  const int count = static_cast<int>(ranges.size());
  std::vector<JobPtr> parts;
  parts.reserve(ranges.size());
  for (int i = 0; i < count; ++i) {
    const auto& r = ranges[static_cast<size_t>(i)];
    parts.push_back(std::make_shared<DocumentJob>(file, r.first, r.last, i + 1, count));
  }
  file->pages.clear();
  file->documents.resize(ranges.size());
  file->documents_remaining = count;
  return parts;
}

namespace {

// Table rows carry their own sources: {"page": n, "bbox": [...], "text": ...}.
void shift_sources_in(Json& value, int offset) {
  if (value.is_array()) {
    for (Json& item : value) shift_sources_in(item, offset);
    return;
  }
  if (!value.is_object()) return;
  for (auto& [key, item] : value.items()) {
    if (key == "source" && item.is_array()) {
      for (Json& s : item) {
        if (s.is_object() && s.contains("page") && s["page"].is_number_integer()) {
          s["page"] = s["page"].get<int>() + offset;
        }
      }
    } else {
      shift_sources_in(item, offset);
    }
  }
}

}  // namespace

void restore_file_pages(Envelope& envelope, int page_offset) {
  if (page_offset == 0) return;
  for (PageInfo& page : envelope.pages) page.page += page_offset;
  for (auto& [name, field] : envelope.fields) {
    for (SourceRef& s : field.source) s.page += page_offset;
    shift_sources_in(field.value, page_offset);
  }
}

}  // namespace kycx::pipeline
