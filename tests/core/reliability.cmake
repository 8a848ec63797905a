# Reliability (issue: the file never lies): the review's reproductions, and the crash test.
custodian_add_test(tst_reliability SOURCES core/tst_reliability.cpp)
add_dependencies(tst_reliability custodian-cli)
# At least 200 SIGKILLs of a writing child in about two minutes (CUSTODIAN_CRASH_KILLS for more;
# `make bench` runs 1,000). Under the sanitizers every key derivation is several times slower:
# 40 kills there, which still cover saves, passphrase changes and recoveries.
custodian_add_test(tst_crash SOURCES core/tst_crash.cpp)
set_property(TEST tst_crash APPEND PROPERTY ENVIRONMENT QTEST_FUNCTION_TIMEOUT=1500000)
if(CUSTODIAN_SANITIZE)
    set_property(TEST tst_crash APPEND PROPERTY ENVIRONMENT CUSTODIAN_CRASH_KILLS=40)
endif()
# Personal data of data subjects in the history: sealed per item, erasable, the chain still verifies.
custodian_add_test(tst_historypersonal BOTH_STORES SOURCES core/tst_historypersonal.cpp)
# Backups: a copy of an open register, generations, a restore that records itself (issue #10).
custodian_add_test(tst_backups SOURCES core/tst_backups.cpp)
