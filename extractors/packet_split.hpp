// Splits a file's pages into the documents it holds (contract section 7): what
// each page shows on its own (the type its words name, an out-of-scope form,
// "page 2 of 3", a letter's salutation, the identifiers it prints), then where
// one document ends and the next begins. Conservative: without positive
// evidence of a new document a page continues the one before, so a file
// holding one document stays one. Pure functions; thread-safe.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/classifier.hpp"
#include "ocr/page.hpp"

namespace kycx::extractors {

// What one page says about itself, read from its words only (no pixel search).
struct PageCue {
  std::string type = kUnknownDocumentType;  // what the page's words name; `unknown` also for out-of-scope forms
  double confidence = 0;                    // of `type`, as classify_words() gives it
  std::string form;                         // the out-of-scope form printed highest ("1099 nec"), else ""
  int mark_page = 0;                        // "Page 2 of 3" -> 2 and 3; 0 when none is printed
  int mark_count = 0;
  bool salutation = false;            // "Dear ...", "To whom it may concern": a letter begins
  int start_phrases = 0;              // labels a statement's or bill's first page carries
  std::set<std::string> identifiers;  // digit runs of 6 or more (account numbers, EINs, check numbers)
  int words = 0;
};

PageCue page_cue(const ocr::Page& page, const ClassifierOptions& options = {});

// Passport, ID card or driver's licence: the types whose pages a card's
// pixels (MRZ band, barcode) can name when its words do not.
bool identity_type(std::string_view type);

// A document's pages: 0-based indices into the file's pages, inclusive; and
// why it starts where it does ("first_page", "type_change", "page_mark", ...).
struct PageRange {
  int first = 0;
  int last = 0;
  std::string reason;
};

struct SplitOptions {
  // A page names a type from this confidence on; below, it continues the document before it.
  double min_confidence = 0.6;
  // A page this sure of a one-page type (a pay stub, a W-2, a passport page, a
  // tax form) starts a new document of it, unless it prints exactly the same
  // identifiers as the document's first page (copies B, C and 2 of one W-2).
  double restart_confidence = 0.85;
  // First-page labels ("opening balance", "amount due") from which a page of a
  // multi-page type (a statement, a bill) starts a new one of the same type.
  int min_start_phrases = 2;
  // A page with this many words that names no type is a page of text (a
  // letter, a form kycx does not read): after a one-page document it starts
  // a document of its own. Fewer words (a card's back) go with the page before.
  int min_text_words = 50;
  // A page with fewer words and a long number may be a card (a licence, an ID
  // card) read too poorly to name its type.
  // A page of prose after it (twice its words, and 100 or more) is a document
  // of its own (a consent form, a letter).
  int max_card_words = 80;
};

std::vector<PageRange> split_pages(const std::vector<PageCue>& cues, const SplitOptions& options = {});

}  // namespace kycx::extractors
