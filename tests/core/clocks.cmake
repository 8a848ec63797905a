# Clock tests, included from tests/CMakeLists.txt. Use custodian_add_test(NAME SOURCES ...).
custodian_add_test(tst_holidaycalendar SOURCES core/tst_holidaycalendar.cpp)
custodian_add_test(tst_deadlines SOURCES core/tst_deadlines.cpp)
custodian_add_test(tst_breachclock SOURCES core/tst_breachclock.cpp)
