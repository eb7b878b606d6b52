// What is printed with a name but is not part of it: a courtesy title before
// a person's name ("Miss Fatima Clark"), and the marks of a logo OCR reads as
// letters or quotes beside an organisation's ("Polderbank P", "\"Lumen
// Money"). Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace kycx::extractors {

// The name without a leading courtesy title (Mr, Mrs, Ms, Miss, Mx, Dr, Mme,
// Mlle, Sr, Sra, Srta, Dhr, Mevr, Herr, Frau), when two words or more remain.
std::string without_courtesy_title(std::string_view name);

// The organisation's name without a lone capital letter at either end (a
// logo's initial) and without quotes or stray marks around it, when a word
// of two letters or more remains.
std::string without_logo_marks(std::string_view name);

}  // namespace kycx::extractors
