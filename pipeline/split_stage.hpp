// Packets (contract section 7): after a multi-page file's pages are read,
// decides where each document in it begins and makes one job per document,
// which then goes through classification, extraction and validation on its
// own. A file of one page, a rejected file, or any file with splitting off
// goes on whole.
#pragma once

#include <vector>

#include "extractors/packet_split.hpp"
#include "pipeline/document_job.hpp"

namespace kycx::pipeline {

class SplitStage {
 public:
  SplitStage(bool enabled, const extractors::SplitOptions& options) : enabled_(enabled), options_(options) {}

  // The jobs to go on with: `file` itself when it holds one document, else
  // one per document in page order (and `file` then waits for their
  // envelopes in `file->documents`).
  std::vector<JobPtr> operator()(const JobPtr& file) const;

 private:
  // A page with next to no words may be a card (a licence's barcode, an ID's
  // MRZ band): the classifier's searches in its pixels say so.
  void sight_identity_pages(DocumentJob& file, std::vector<extractors::PageCue>& cues) const;

  bool enabled_;
  extractors::SplitOptions options_;
};

// Gives a finished document of a packet the file's page numbers back: its
// pages, and every source a value points at (also inside table rows).
void restore_file_pages(Envelope& envelope, int page_offset);

}  // namespace kycx::pipeline
