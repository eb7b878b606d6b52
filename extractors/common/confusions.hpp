// The letters and digits OCR takes for one another, in one table, with the
// readings that undo each confusion. Which confusions are safe to undo
// depends on the font (the MRZ's OCR-B confuses more pairs than a statement's
// sans-serif) and on what else a position could hold, so each reading names
// its own subset. Constant table; thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace kycx::extractors {

// Where a confusion is undone.
enum class ConfusionUse : std::uint8_t {
  kMrz = 1 << 0,            // an MRZ position the format makes a digit or a letter (both ways)
  kIdentifierKey = 1 << 1,  // comparison keys of numbers printed in other fonts (letters to digits)
  kPostcode = 1 << 2,       // postcode positions that must be a digit or a letter (both ways)
  kIban = 1 << 3,           // an IBAN's country letters and its digits (both ways)
  kAmount = 1 << 4,         // a letter standing between digits of a date or amount
  kDateDigit = 1 << 5,      // a letter O in a printed date or year ("2 O 2 5", "O5/31/1997")
};

struct Confusion {
  char letter;
  char digit;
  std::uint8_t to_digit;   // ConfusionUse bits where `letter` is read as `digit`
  std::uint8_t to_letter;  // ConfusionUse bits where `digit` is read as `letter`

  bool letter_to_digit_in(ConfusionUse use) const { return (to_digit & static_cast<std::uint8_t>(use)) != 0; }
  bool digit_to_letter_in(ConfusionUse use) const { return (to_letter & static_cast<std::uint8_t>(use)) != 0; }
};

// Every confusion, the most common first.
std::span<const Confusion> confusions();

// The digit `letter` is taken for in `use` ('O' -> '0'); 0 when there is none.
char digit_lookalike(char letter, ConfusionUse use);

// The letter `digit` is taken for in `use` ('0' -> 'O'); 0 when there is none.
char letter_lookalike(char digit, ConfusionUse use);

// Upper case, separators (space, '-', '.') removed, and the letters OCR
// confuses with digits turned into them (ConfusionUse::kIdentifierKey): two
// readings of one licence, passport or account number have the same key.
std::string number_key(std::string_view text);

// `text` with the letters OCR reads for 0 and 1 beside digits turned into
// those digits (ConfusionUse::kAmount: "O3/14/2O26", "l,234.56"). Same
// length as the input, so offsets stay valid.
std::string with_ocr_digits(std::string_view text);

}  // namespace kycx::extractors
