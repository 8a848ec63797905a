# Register tests (parties, measures, retention rules, activities, agreements, completeness check,
# demo register, `custodian-cli check` and `demo`), included from tests/CMakeLists.txt.
# Sources are named from this file's folder so the list works whichever directory includes it.
set(CUSTODIAN_REGISTER_TESTS ${CMAKE_CURRENT_LIST_DIR})

custodian_add_test(tst_registerdomain SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_registerdomain.cpp)
custodian_add_test(tst_fieldspecs SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_fieldspecs.cpp)
custodian_add_test(tst_partyservice BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_partyservice.cpp)
custodian_add_test(tst_retentionservice BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_retentionservice.cpp)
custodian_add_test(tst_activityservice BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_activityservice.cpp)
# Activity numbers and established activity versions: given once, kept as they were, their differences.
custodian_add_test(tst_activityversions BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_activityversions.cpp)
custodian_add_test(tst_agreementservice BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_agreementservice.cpp)
# Data-subject request cases: numbers, deadlines, settings, purge.
custodian_add_test(tst_requestservice BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_requestservice.cpp)
custodian_add_test(tst_requestchecks SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_requestchecks.cpp)
# The breach register: numbers, the 72 hours, controllers' terms, and its completeness rules.
custodian_add_test(tst_breachservice BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_breachservice.cpp)
custodian_add_test(tst_breachchecks SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_breachchecks.cpp)
# A breach as the answers for the AP's notification form, section by section.
custodian_add_test(tst_breachapform SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_breachapform.cpp)
# What a public body records: its bodies, the controlling body, selection lists, the Awb and bezwaar.
custodian_add_test(tst_publicbodies BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_publicbodies.cpp)
custodian_add_test(tst_completeness BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_completeness.cpp)
custodian_add_test(tst_demoregister BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_demoregister.cpp)
# The rows list screens read of other items (party names, retired referrers, rule categories).
custodian_add_test(tst_listrows BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_listrows.cpp)
# What falls due: reviews, agreement ends and reviews, objection windows (the dashboard's agenda).
custodian_add_test(tst_agenda BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_agenda.cpp)

# `custodian-cli check` and `demo`: run in-process through the commands library and as the built binary.
custodian_add_test(tst_cli_register SOURCES ${CUSTODIAN_REGISTER_TESTS}/../cli/tst_cli_register.cpp
    LIBS custodian_cli_commands)
add_dependencies(tst_cli_register custodian-cli)
# `custodian-cli request add` and `requests`.
custodian_add_test(tst_cli_requests SOURCES ${CUSTODIAN_REGISTER_TESTS}/../cli/tst_cli_requests.cpp
    LIBS custodian_cli_commands)
add_dependencies(tst_cli_requests custodian-cli)
# `custodian-cli breach form`: the answers for the AP's form, printed or written to a file.
custodian_add_test(tst_cli_breachform SOURCES ${CUSTODIAN_REGISTER_TESTS}/../cli/tst_cli_breachform.cpp
    LIBS custodian_cli_commands)
add_dependencies(tst_cli_breachform custodian-cli)
custodian_add_test(tst_historytext SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_historytext.cpp)
# Letters: the template syntax, every built-in letter filled in both languages, kept with the case.
custodian_add_test(tst_letters BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_letters.cpp)
target_compile_definitions(tst_letters PRIVATE CUSTODIAN_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
# The register as JSON and back: restore, merge, malformed files (issue #10).
custodian_add_test(tst_registerjson BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_registerjson.cpp)
# The register as CSV files and workbooks, our layout and the ICO template's (issue #10).
custodian_add_test(tst_tabular BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_tabular.cpp)
# The established activity versions for a logging back-end (the LDV resolver export).
custodian_add_test(tst_ldvexport BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_ldvexport.cpp)
# `custodian-cli export`, `import`, `backup` and `restore`, through the binary.
custodian_add_test(tst_cli_exchange SOURCES ${CUSTODIAN_REGISTER_TESTS}/../cli/tst_cli_exchange.cpp
    LIBS custodian_cli_commands)
add_dependencies(tst_cli_exchange custodian-cli)
# The reports (issue #9): PDF/A-1b read back with poppler-utils (pdftotext, pdfinfo, pdffonts).
custodian_add_test(tst_reports BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_reports.cpp)
add_dependencies(tst_reports custodian-cli)
# The public privacy statement written from the register (issue #9): PDF read back with pdftotext.
custodian_add_test(tst_statement SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_statement.cpp)
add_dependencies(tst_statement custodian-cli)
# The controls the reports are evidence for (the Dutch ecosystem, part 9): the catalogue, every
# report's first page, the organisation's own controls and `custodian-cli controls`.
custodian_add_test(tst_controls BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_controls.cpp)
add_dependencies(tst_controls custodian-cli)
# The reports for the Autoriteit Persoonsgegevens: the register as it asks for it (PDF, HTML, XLSX read
# back) and a breach as the answers for its notification form.
custodian_add_test(tst_apreports BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_apreports.cpp)
add_dependencies(tst_apreports custodian-cli)
# The Dutch register layouts: the Dutch workbook (nl-workbook) and its samples in tests/data/dutch.
custodian_add_test(tst_dutchlayouts BOTH_STORES SOURCES ${CUSTODIAN_REGISTER_TESTS}/tst_dutchlayouts.cpp)
add_dependencies(tst_dutchlayouts custodian-cli)
