// Handing freed heap pages back to the operating system. Thread-safe.
#pragma once

namespace kycx {

// Returns the allocator's free pages to the system (glibc's malloc_trim), so
// that the peak resident size follows what is in use rather than what once
// was. Under AddressSanitizer the sanitizer owns the heap and glibc's arenas
// hold nothing of ours, so this does nothing: trimming them there raced with
// glibc's lazy set-up when two threads trimmed first at once (CI crashed in
// mtrim).
void return_free_memory_to_system();

}  // namespace kycx
