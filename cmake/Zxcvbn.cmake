# Provides the imported target Custodian::Zxcvbn: zxcvbn-c, the passphrase strength estimator
# (core/security/PassphraseStrength), with its dictionary built in.
#
# Linked as a shared library where there is one, so that the Debian package depends on libzxcvbn0
# through dpkg-shlibdeps like on every other library.

find_path(ZXCVBN_INCLUDE_DIR NAMES zxcvbn.h)
find_library(ZXCVBN_LIBRARY NAMES zxcvbn)

if(NOT ZXCVBN_INCLUDE_DIR OR NOT ZXCVBN_LIBRARY)
    message(FATAL_ERROR "zxcvbn-c not found (Debian: libzxcvbn-dev; elsewhere build https://github.com/tsyrogit/zxcvbn-c)")
endif()

add_library(Custodian::Zxcvbn INTERFACE IMPORTED)
target_include_directories(Custodian::Zxcvbn INTERFACE ${ZXCVBN_INCLUDE_DIR})
target_link_libraries(Custodian::Zxcvbn INTERFACE ${ZXCVBN_LIBRARY})
message(STATUS "zxcvbn-c: ${ZXCVBN_LIBRARY}, headers ${ZXCVBN_INCLUDE_DIR}")
