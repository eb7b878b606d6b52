#include "core/free_memory.hpp"

#include <malloc.h>

namespace kycx {

#if defined(__SANITIZE_ADDRESS__)
#define KYCX_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KYCX_ASAN 1
#endif
#endif

void return_free_memory_to_system() {
#if !defined(KYCX_ASAN)
  malloc_trim(0);
#endif
}

}  // namespace kycx
