# The Parties, Measures and Retention rules sections (included from tests/CMakeLists.txt).
custodian_add_test(tst_partiespage GUI SOURCES ui/tst_partiespage.cpp)
custodian_add_test(tst_measurespage GUI SOURCES ui/tst_measurespage.cpp)
custodian_add_test(tst_retentionrulespage GUI SOURCES ui/tst_retentionrulespage.cpp)
custodian_add_test(tst_entitytablemodel GUI SOURCES ui/tst_entitytablemodel.cpp)
custodian_add_test(tst_legalholdspage GUI SOURCES ui/tst_legalholdspage.cpp)
# Requests and breaches: logged through their editors, in their lists and on the dashboard.
custodian_add_test(tst_casespages GUI SOURCES ui/tst_casespages.cpp)
# Letters: written from a request or a breach, saved with it, exported; own templates checked.
custodian_add_test(tst_letterspanel GUI SOURCES ui/tst_letterspanel.cpp)
# Cookies and trackers: entered through the editor, checked against the activity they serve.
custodian_add_test(tst_cookiespage GUI SOURCES ui/tst_cookiespage.cpp)
# Privacy statements: published from the section, translated, refused while the register lacks something.
custodian_add_test(tst_statementspage GUI SOURCES ui/tst_statementspage.cpp)
# Controls: the organisation's own, entered through the editor and named by the Reports section.
custodian_add_test(tst_controlspage GUI SOURCES ui/tst_controlspage.cpp)
