# Agreements (Art. 28) and the findings overview.
custodian_add_test(tst_agreementspage GUI SOURCES ui/tst_agreementspage.cpp)
custodian_add_test(tst_findingspage GUI SOURCES ui/tst_findingspage.cpp)
