# Project-wide compile settings and the helpers every folder uses.

add_library(kycx_warnings INTERFACE)
target_compile_options(kycx_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(KYCX_WERROR)
  target_compile_options(kycx_warnings INTERFACE -Werror)
endif()
if(KYCX_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  # GCC 12's flow analysis under the sanitizers reports std::regex and
  # std::function internals as maybe-uninitialized (false positives in
  # libstdc++ headers); the release build keeps the warning.
  add_compile_options(-Wno-maybe-uninitialized)
  # oneTBB 2021.8's flow graph downcasts a task after destroying it
  # (graph_task::destruct_and_deallocate, in its headers): UBSan's vptr check
  # stops every graph run there. The other UBSan checks stay on.
  add_compile_options(-fno-sanitize=vptr)
  add_link_options(-fsanitize=address,undefined)
endif()

if(KYCX_TSAN)
  if(KYCX_SANITIZE OR KYCX_FUZZ)
    message(FATAL_ERROR "KYCX_TSAN cannot be combined with KYCX_SANITIZE or KYCX_FUZZ")
  endif()
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()

if(KYCX_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "KYCX_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++ (scripts/fuzz)")
  endif()
  # Coverage feedback for libFuzzer in every kycx object; the harnesses link
  # the fuzzer's main (tests/fuzz/CMakeLists.txt).
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

find_program(KYCX_CCACHE ccache)
if(KYCX_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${KYCX_CCACHE}")
  set(CMAKE_C_COMPILER_LAUNCHER "${KYCX_CCACHE}")
endif()

# kycx_add_library(<name> SOURCES ... DEPS ...)
# Declares the static library kycx_<name> with the alias kycx::<name>, built
# from the folder that calls it. Includes start at the repository root
# ("ocr/page_text.hpp"), but a library's include path holds only its own folder
# and, through DEPS, the folders of the libraries it links: each library
# exports build/include/<name>/, in which its folder is the only entry (a
# symbolic link to the sources). An include of a layer it does not link fails
# to compile, so the arrows of docs/ARCHITECTURE.md hold.
function(kycx_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(kycx_${name} STATIC ${ARG_SOURCES})
  add_library(kycx::${name} ALIAS kycx_${name})
  file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
  set(root ${PROJECT_BINARY_DIR}/include/${name})
  get_filename_component(parent ${root}/${folder} DIRECTORY)
  file(MAKE_DIRECTORY ${parent})
  if(NOT EXISTS ${root}/${folder})
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${folder} SYMBOLIC)
  endif()
  target_include_directories(kycx_${name} PUBLIC ${root} ${PROJECT_BINARY_DIR}/generated)
  target_link_libraries(kycx_${name} PUBLIC ${ARG_DEPS} PRIVATE kycx_warnings ${ARG_PRIVATE_DEPS})
endfunction()

# The test executables labelled `threads` (the pipeline, watch and store
# tests); the ThreadSanitizer build (scripts/build tsan) builds only these.
add_custom_target(kycx_threads_tests)

# kycx_add_test(<name> SOURCES ... DEPS ... [LABELS ...])
# One GoogleTest executable; its cases are discovered into CTest.
function(kycx_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} kycx_test_main kycx_warnings)
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  if(threads IN_LIST ARG_LABELS)
    add_dependencies(kycx_threads_tests ${name})
  endif()
  gtest_discover_tests(${name}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    PROPERTIES ENVIRONMENT "OMP_THREAD_LIMIT=1"
    DISCOVERY_TIMEOUT 60)
  # The labels are set once the cases are known, from the list discovery
  # leaves in ${name}_TESTS: gtest_discover_tests flattens PROPERTIES into one
  # list, so a second label ("integration;slow") became a property name of its
  # own and `ctest -L slow` matched nothing.
  set(labels_script ${CMAKE_CURRENT_BINARY_DIR}/${name}_labels.cmake)
  file(WRITE ${labels_script}
       "if(${name}_TESTS)\n  set_tests_properties(\${${name}_TESTS} PROPERTIES LABELS \"${ARG_LABELS}\")\nendif()\n")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES ${labels_script})
endfunction()

# kycx_embed_files(<output.cpp> NAMESPACE <ns> FUNCTION <fn> DIR <folder> FILES <names...>)
# Generates a source defining `std::span<const kycx::EmbeddedFile> ns::fn()`
# that holds the files named (in <folder>, in the order given).
function(kycx_embed_files output)
  cmake_parse_arguments(ARG "" "NAMESPACE;FUNCTION;DIR" "FILES" ${ARGN})
  list(TRANSFORM ARG_FILES PREPEND ${ARG_DIR}/)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} "-DINPUTS=${ARG_FILES}" -DNAMESPACE=${ARG_NAMESPACE}
            -DFUNCTION=${ARG_FUNCTION} -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
    COMMENT "Embedding ${ARG_FUNCTION}"
    VERBATIM)
  # Data, not code: compiled on its own, outside the unity batches (which
  # clang-tidy reads before anything is generated).
  set_source_files_properties(${output} PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
endfunction()
