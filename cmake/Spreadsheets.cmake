# The libraries behind the spreadsheet formats of export and import (core/exchange):
#   Custodian::XlsxWriter  libxlsxwriter, which writes .xlsx workbooks (Debian: libxlsxwriter-dev)
#   Custodian::Minizip     zlib's minizip, which reads workbooks and reads and writes ZIP files
#                          (Debian: libminizip-dev); libxlsxwriter uses it too. Not QuaZip: it exports
#                          its own changed copy of minizip's functions under the same names, and
#                          libxlsxwriter's calls then land in it and crash.
# Both linked as shared libraries, so that the Debian package depends on them through dpkg-shlibdeps.

# custodian_find_library(TARGET HEADER LIBRARY WHERE): an imported target for a C library found
# by its header and library, or a clear error naming where to get it.
function(custodian_find_library target header library where)
    string(MAKE_C_IDENTIFIER "${target}" id)
    find_path(${id}_INCLUDE_DIR NAMES ${header})
    find_library(${id}_LIBRARY NAMES ${library})
    if(NOT ${id}_INCLUDE_DIR OR NOT ${id}_LIBRARY)
        message(FATAL_ERROR "${library} not found (${where})")
    endif()
    add_library(${target} INTERFACE IMPORTED)
    target_include_directories(${target} INTERFACE ${${id}_INCLUDE_DIR})
    target_link_libraries(${target} INTERFACE ${${id}_LIBRARY})
    message(STATUS "${library}: ${${id}_LIBRARY}")
endfunction()

custodian_find_library(Custodian::XlsxWriter xlsxwriter.h xlsxwriter
    "Debian: libxlsxwriter-dev; elsewhere https://libxlsxwriter.github.io")
custodian_find_library(Custodian::Minizip minizip/unzip.h minizip
    "Debian: libminizip-dev; it comes with zlib's sources as contrib/minizip")
