# Agreements (Art. 28) and the findings overview.
list(APPEND CUSTODIAN_UI_SECTION_SOURCES
    register/AgreementDateField.h register/AgreementDateField.cpp
    register/AgreementNoticeDelegate.h register/AgreementNoticeDelegate.cpp
    register/AgreementTableModel.h register/AgreementTableModel.cpp
    register/AgreementEditor.h register/AgreementEditor.cpp
    register/AgreementsPage.h register/AgreementsPage.cpp
    register/FindingsTableModel.h register/FindingsTableModel.cpp
    register/FindingsPageFilter.h register/FindingsPageFilter.cpp
    register/FindingsPage.h register/FindingsPage.cpp
)
