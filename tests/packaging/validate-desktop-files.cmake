# ctest desktop_files_validate: the .desktop file and the AppStream metainfo in packaging/linux pass
# the freedesktop validators. Pedantic AppStream hints are printed but do not fail the test.
#   cmake -DDESKTOP_FILE_VALIDATE=... -DAPPSTREAMCLI=... -DDESKTOP_FILE=... -DMETAINFO_FILE=... -P this
foreach(variable DESKTOP_FILE_VALIDATE APPSTREAMCLI DESKTOP_FILE METAINFO_FILE)
    if(NOT ${variable})
        message(FATAL_ERROR "${variable} not given")
    endif()
endforeach()

execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${DESKTOP_FILE}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message(STATUS "desktop-file-validate ${DESKTOP_FILE}: exit ${result}\n${output}")
# desktop-file-validate exits 0 on hints and warnings too; any line at all is a finding.
if(NOT result EQUAL 0 OR NOT output STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate found problems in ${DESKTOP_FILE}")
endif()

execute_process(COMMAND ${APPSTREAMCLI} validate --no-color --no-net --strict --pedantic ${METAINFO_FILE}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message(STATUS "appstreamcli validate --no-net --strict --pedantic ${METAINFO_FILE}: exit ${result}\n${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli found errors, warnings or infos in ${METAINFO_FILE}")
endif()
# Pedantic findings are allowed only when they are known and cannot be avoided.
string(REGEX MATCHALL "\nP: [^\n]*" pedantic "\n${output}")
foreach(finding IN LISTS pedantic)
    # The component id keeps its capital C: it is also the .desktop file's and the icon's name.
    if(NOT finding MATCHES "cid-contains-uppercase-letter")
        message(FATAL_ERROR "unexpected pedantic finding:${finding}")
    endif()
endforeach()
