# Provides the imported target Custodian::SQLCipher.
#
# Prefers the static library so that every sqlite3_* symbol stays private to our binaries and
# cannot clash with the system SQLite that Qt's own QSQLITE plugin loads. The SQLCipher include
# folder must win over the system sqlite3.h, and SQLITE_HAS_CODEC must be defined or sqlite3_key()
# has no prototype.

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(PC_SQLCIPHER QUIET sqlcipher)
endif()

find_path(SQLCIPHER_INCLUDE_DIR
    NAMES sqlite3.h
    PATH_SUFFIXES sqlcipher
    HINTS ${PC_SQLCIPHER_INCLUDEDIR} ${PC_SQLCIPHER_INCLUDE_DIRS}
    NO_DEFAULT_PATH)
if(NOT SQLCIPHER_INCLUDE_DIR)
    find_path(SQLCIPHER_INCLUDE_DIR NAMES sqlcipher/sqlite3.h)
    if(SQLCIPHER_INCLUDE_DIR)
        set(SQLCIPHER_INCLUDE_DIR "${SQLCIPHER_INCLUDE_DIR}/sqlcipher")
    endif()
endif()

option(CUSTODIAN_SQLCIPHER_STATIC "Link SQLCipher statically where a static library exists" ON)
set(_sqlcipher_names sqlcipher)
if(CUSTODIAN_SQLCIPHER_STATIC)
    set(_sqlcipher_names ${CMAKE_STATIC_LIBRARY_PREFIX}sqlcipher${CMAKE_STATIC_LIBRARY_SUFFIX} sqlcipher)
endif()
find_library(SQLCIPHER_LIBRARY NAMES ${_sqlcipher_names} HINTS ${PC_SQLCIPHER_LIBDIR} ${PC_SQLCIPHER_LIBRARY_DIRS})

if(NOT SQLCIPHER_INCLUDE_DIR OR NOT SQLCIPHER_LIBRARY)
    message(FATAL_ERROR "SQLCipher not found (Debian: libsqlcipher-dev; Homebrew: sqlcipher; vcpkg: sqlcipher)")
endif()

add_library(Custodian::SQLCipher INTERFACE IMPORTED)
target_include_directories(Custodian::SQLCipher BEFORE INTERFACE ${SQLCIPHER_INCLUDE_DIR})
target_compile_definitions(Custodian::SQLCipher INTERFACE SQLITE_HAS_CODEC SQLITE_TEMP_STORE=2)
target_link_libraries(Custodian::SQLCipher INTERFACE ${SQLCIPHER_LIBRARY})

get_filename_component(_sqlcipher_ext "${SQLCIPHER_LIBRARY}" LAST_EXT)
if(_sqlcipher_ext STREQUAL CMAKE_STATIC_LIBRARY_SUFFIX)
    # A static SQLCipher needs its crypto provider and the platform's thread/dl libraries.
    find_package(OpenSSL REQUIRED COMPONENTS Crypto)
    find_package(Threads REQUIRED)
    target_link_libraries(Custodian::SQLCipher INTERFACE OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS})
    set(CUSTODIAN_SQLCIPHER_LINKAGE "static")
else()
    set(CUSTODIAN_SQLCIPHER_LINKAGE "shared")
endif()
message(STATUS "SQLCipher: ${SQLCIPHER_LIBRARY} (${CUSTODIAN_SQLCIPHER_LINKAGE}), headers ${SQLCIPHER_INCLUDE_DIR}")
