// Whether a short document shows an MRZ band its OCR text does not reveal
// (scans and photos where OCR mangles OCR-B and its fillers): the bands
// located on the kept page images, read by their glyphs, must verify check
// digits (plausible_mrz). For the classifier; pure; thread-safe.
#pragma once

#include <optional>

#include "core/mrz_format.hpp"
#include "extractors/common/extract_context.hpp"

namespace kycx::extractors::mrz {

struct MrzBandSightingOptions {
  int max_pages = 2;         // longer documents are not identity documents; not searched
  int min_clean_checks = 2;  // check digits a band's reading must verify unrepaired to count
};

// The format of the first band that reads as an MRZ; nullopt when none does.
// Only pages whose image was kept are searched (nothing is rendered).
std::optional<MrzFormat> sight_mrz_band(const ExtractContext& context, const MrzBandSightingOptions& options = {});

}  // namespace kycx::extractors::mrz
