// Process exit statuses (contract section 1).
#pragma once

namespace kycx::apps {

inline constexpr int kExitOk = 0;        // every input accepted or needs_review
inline constexpr int kExitInternal = 1;  // internal failure (e.g. an envelope could not be written)
inline constexpr int kExitUsage = 2;     // usage or configuration error; nothing processed
inline constexpr int kExitRejected = 3;  // at least one input was rejected

}  // namespace kycx::apps
