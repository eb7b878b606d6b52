#include <cstdio>
#include <filesystem>
#include <iostream>

#include "apps/commands.hpp"
#include "apps/exit_codes.hpp"
#include "core/json.hpp"
#include "extractors/packet_split.hpp"
#include "pipeline/sequential_run.hpp"

namespace kycx::apps {

namespace {

Json box_json(const BBox& b) {
  const BBox r = rounded(b);
  return Json::array({r.x0, r.y0, r.x1, r.y1});
}

Json page_json(const ocr::PageText& text) {
  Json lines = Json::array();
  for (size_t i = 0; i < text.lines.size(); ++i) {
    const ocr::Line& line = text.lines[i];
    Json words = Json::array();
    for (int w = line.first_word; w < line.first_word + line.word_count; ++w) {
      const ocr::Word& word = text.words[static_cast<size_t>(w)];
      words.push_back(Json{{"text", word.text},
                           {"bbox", box_json(word.box)},
                           {"confidence", std::round(word.confidence * 1000) / 1000}});
    }
    lines.push_back(Json{
        {"text", text.line_text(i)}, {"block", line.block}, {"bbox", box_json(line.box)}, {"words", std::move(words)}});
  }
  return Json{{"page", text.info.page},
              {"text_source", to_string(text.info.text_source)},
              {"rotation", text.info.rotation},
              {"skew", text.info.skew},
              {"lines", std::move(lines)}};
}

// What the packet splitter sees on the page (extractors::page_cue).
Json cue_json(const ocr::Page& page) {
  const extractors::PageCue c = extractors::page_cue(page);
  return Json{{"type", c.type},
              {"confidence", std::round(c.confidence * 1000) / 1000},
              {"form", c.form},
              {"mark", Json::array({c.mark_page, c.mark_count})},
              {"salutation", c.salutation},
              {"start_phrases", c.start_phrases},
              {"identifiers", c.identifiers.size()},
              {"words", c.words}};
}

}  // namespace

CommandRunner add_text_command(CLI::App& app, const PipelineFlags& flags) {
  auto file = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("text",
                                     "Print the words, lines and boxes read from a file (one JSON "
                                     "object per page), and what each page tells the packet splitter, "
                                     "to see what the extractors see");
  cmd->add_option("file", *file, "PDF, PNG, JPEG or TIFF file")->required();
  return [file, &flags]() -> int {
    auto resolved = flags.resolved();
    if (!resolved) {
      std::fprintf(stderr, "kycx: %s\n", resolved.error().message.c_str());
      return kExitUsage;
    }
    const pipeline::PipelineOptions& options = *resolved;
    auto workers = pipeline::OcrWorkers::create(1, options.ocr);
    if (!workers) {
      std::fprintf(stderr, "kycx: %s\n", workers.error().message.c_str());
      return kExitUsage;
    }
    const std::filesystem::path path(*file);
    auto job =
        pipeline::run_sequentially({path, path.filename().string()}, options, **workers, pipeline::StopAfter::kOcr);
    if (job->rejected()) {
      for (const auto& e : job->envelope.errors) std::fprintf(stderr, "kycx text: %s\n", e.message.c_str());
      return kExitRejected;
    }
    for (const auto& page : job->pages) {
      Json out = page_json(page.text);
      out["split_cue"] = cue_json(page);
      std::cout << dump_json(out) << '\n';
    }
    return kExitOk;
  };
}

}  // namespace kycx::apps
