# `custodian-cli deadline` tests, included from tests/CMakeLists.txt. The test runs the built binary.
custodian_add_test(tst_cli_deadline SOURCES cli/tst_cli_deadline.cpp)
add_dependencies(tst_cli_deadline custodian-cli)
