// Compiled only by LayeringTest: a core source that includes a higher layer.
// It must fail to compile, because core's include path holds core alone.
#include "ocr/page_text.hpp"
