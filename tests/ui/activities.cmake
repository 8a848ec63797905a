# The Activities and Processor activities sections (included from tests/CMakeLists.txt).
custodian_add_test(tst_activitiespage GUI SOURCES ui/tst_activitiespage.cpp)
custodian_add_test(tst_processoractivitiespage GUI SOURCES ui/tst_processoractivitiespage.cpp)
