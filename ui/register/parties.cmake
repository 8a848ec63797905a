# The Parties, Measures and Retention rules sections (included from ui/CMakeLists.txt).
# Party* helpers ("Used by" list and its index, filter row, inline field messages) serve all three.
list(APPEND CUSTODIAN_UI_SECTION_SOURCES
    register/PartyUsedByList.h register/PartyUsedByList.cpp
    register/PartyFilterRow.h register/PartyFilterRow.cpp
    register/PartyFieldMessages.h register/PartyFieldMessages.cpp
    register/PartyTableModel.h register/PartyTableModel.cpp
    register/PartyRoleFilterProxy.h register/PartyRoleFilterProxy.cpp
    register/PartyEditor.h register/PartyEditor.cpp
    register/PartiesPage.h register/PartiesPage.cpp
    register/MeasureTableModel.h register/MeasureTableModel.cpp
    register/MeasureEditor.h register/MeasureEditor.cpp
    register/MeasuresPage.h register/MeasuresPage.cpp
    register/RetentionRuleTableModel.h register/RetentionRuleTableModel.cpp
    register/RetentionRuleEditor.h register/RetentionRuleEditor.cpp
    register/RetentionRulesPage.h register/RetentionRulesPage.cpp
)
