# Clock tests, included from tests/CMakeLists.txt. Use custodian_add_test(NAME SOURCES ...).
