# Bad input at the command line's edges, included from tests/CMakeLists.txt: arguments that are not UTF-8
# (review D12), the deadline calculator's limits (D14), the small option cases of D16, and no core dumps (D15).
# The tests run the built programs.
custodian_add_test(tst_cli_input SOURCES cli/tst_cli_input.cpp cli/ProcessTestSupport.h)
add_dependencies(tst_cli_input custodian-cli)
custodian_add_test(tst_cli_deadline_edges SOURCES cli/tst_cli_deadline_edges.cpp)
add_dependencies(tst_cli_deadline_edges custodian-cli)
custodian_add_test(tst_cli_hardening SOURCES cli/tst_cli_hardening.cpp cli/ProcessTestSupport.h)
add_dependencies(tst_cli_hardening custodian-cli)

# The desktop program as it starts (D12, D15): runs the built `custodian`, so needs no Widgets of its own.
if(TARGET custodian)
    custodian_add_test(tst_guistart SOURCES ui/tst_guistart.cpp cli/ProcessTestSupport.h)
    target_compile_definitions(tst_guistart PRIVATE CUSTODIAN_GUI_PATH="$<TARGET_FILE:custodian>")
    add_dependencies(tst_guistart custodian)
endif()

# The main window's notices (D8).
if(TARGET custodian_ui)
    custodian_add_test(tst_statusnotices GUI SOURCES ui/tst_statusnotices.cpp)
endif()
