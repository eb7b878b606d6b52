// Normalised boxes of the original page seen in the upright frame (after the
// quarter turns the OCR applied to make the page readable) and back, so that
// "below" and "left of" mean what a reader of the page sees. Pure; thread-safe.
#pragma once

#include "core/geometry.hpp"
#include "ocr/page_text.hpp"

namespace kycx::extractors {

// `box` of the original page in the page turned `rotation` degrees clockwise
// (PageInfo::rotation: 0, 90, 180 or 270; anything else is taken as 0).
BBox to_upright(const BBox& box, int rotation);

// The inverse of to_upright.
BBox from_upright(const BBox& box, int rotation);

// The quarter turns that make the page's text read left to right, as its
// lines of several words show (word boxes are mapped back to the original
// page, so the turn the OCR applied says nothing about them; OCR may also
// read a sideways page without turning it); the page's rotation when too few
// lines have several words.
int reading_rotation(const ocr::PageText& text);

}  // namespace kycx::extractors
