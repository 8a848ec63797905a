# The Activities and Processor activities sections (included from tests/CMakeLists.txt). The
# Activities section's tests are two: its list (an activity's way through the register and back
# included) and its editor.
custodian_add_test(tst_activitieslist GUI SOURCES ui/tst_activitieslist.cpp ui/ActivitiesTestSupport.h)
custodian_add_test(tst_activityeditor GUI SOURCES ui/tst_activityeditor.cpp ui/ActivitiesTestSupport.h)
custodian_add_test(tst_processoractivitiespage GUI SOURCES ui/tst_processoractivitiespage.cpp)
custodian_add_test(tst_activityversionspage GUI SOURCES ui/tst_activityversionspage.cpp)
