# CUSTODIAN_SANITIZE=ON builds every target with AddressSanitizer (LeakSanitizer included) and
# UndefinedBehaviorSanitizer; any finding ends the program with exit status 86. `make sanitize`
# configures such a tree with clang in build-clang/ (core, custodian-cli and their tests, no Qt
# Widgets) and runs its tests, the fuzz targets' corpus replay among them (tests/fuzz). Included from the
# top-level CMakeLists.txt before any target is defined, so that the flags reach every target.
#
# CUSTODIAN_SANITIZER_TEST_ENVIRONMENT holds the run-time options; custodian_add_test
# (tests/CMakeLists.txt) appends them to every test's ENVIRONMENT, and the programs a test starts
# inherit them. Empty when CUSTODIAN_SANITIZE is off.
option(CUSTODIAN_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

set(CUSTODIAN_SANITIZER_TEST_ENVIRONMENT "")
if(NOT CUSTODIAN_SANITIZE)
    return()
endif()

if(MSVC)
    message(FATAL_ERROR "CUSTODIAN_SANITIZE needs clang or GCC")
endif()

set(_custodian_sanitizer_flags
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
add_compile_options(${_custodian_sanitizer_flags})
add_link_options(${_custodian_sanitizer_flags})
# The fuzz targets (tests/fuzz) learn from the coverage of the code they reach: with clang, every
# target is compiled with libFuzzer's coverage counters (they cost the tests little); only the fuzz
# targets link libFuzzer itself.
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# Reports name files and lines through llvm-symbolizer (Debian: llvm); without it, addresses only.
find_program(CUSTODIAN_LLVM_SYMBOLIZER
    NAMES llvm-symbolizer llvm-symbolizer-${CMAKE_CXX_COMPILER_VERSION_MAJOR})
if(NOT CUSTODIAN_LLVM_SYMBOLIZER)
    message(STATUS "llvm-symbolizer not found: sanitizer reports show no lines (Debian: llvm)")
endif()

# custodian-cli started by a test would write its report to the stderr the test captures; it writes
# it to sanitizer-reports/custodian-cli.<pid> instead (%b: the program's name), which
# `make sanitize` prints, failing. Its exit status 86 fails the test already (the CLI's own exit
# statuses are 0, 1 and 2).
set(CUSTODIAN_SANITIZER_REPORT_DIR ${PROJECT_BINARY_DIR}/sanitizer-reports)
file(MAKE_DIRECTORY ${CUSTODIAN_SANITIZER_REPORT_DIR})
file(WRITE ${PROJECT_BINARY_DIR}/sanitizer-options/custodian-cli.options
    "log_path=${CUSTODIAN_SANITIZER_REPORT_DIR}/custodian-cli\n")

# LeakSanitizer stays on: a leak fails the test. Leaks of Qt, SQLCipher, OpenSSL or libpq alone
# (no Custodian frame) may be suppressed by name in tests/sanitizer/lsan.supp.
string(JOIN ":" _custodian_asan_options
    exitcode=86 halt_on_error=1 detect_leaks=1 detect_stack_use_after_return=1
    check_initialization_order=1 strict_init_order=1
    include_if_exists=${PROJECT_BINARY_DIR}/sanitizer-options/%b.options)
set(CUSTODIAN_SANITIZER_TEST_ENVIRONMENT
    "ASAN_OPTIONS=${_custodian_asan_options}"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizer/lsan.supp")
if(CUSTODIAN_LLVM_SYMBOLIZER)
    list(APPEND CUSTODIAN_SANITIZER_TEST_ENVIRONMENT
        "ASAN_SYMBOLIZER_PATH=${CUSTODIAN_LLVM_SYMBOLIZER}")
endif()
message(STATUS "Sanitizers: address, undefined, leak")
