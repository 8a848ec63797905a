# Activities (Art. 30(1)) and Processor activities (Art. 30(2)), with the widgets they share.
list(APPEND CUSTODIAN_UI_SECTION_SOURCES
    register/widgets/Choice.h
    register/widgets/CodeChecklist.h register/widgets/CodeChecklist.cpp
    register/widgets/DateField.h register/widgets/DateField.cpp
    register/widgets/DueDate.h register/widgets/DueDate.cpp
    register/widgets/EntityPicker.h register/widgets/EntityPicker.cpp
    register/widgets/FieldRows.h register/widgets/FieldRows.cpp
    register/widgets/LinkChecklist.h register/widgets/LinkChecklist.cpp
    register/widgets/RegisterChoices.h register/widgets/RegisterChoices.cpp
    register/widgets/RowListEditor.h register/widgets/RowListEditor.cpp
    register/widgets/DataCategoryTable.h register/widgets/DataCategoryTable.cpp
    register/widgets/RecipientTable.h register/widgets/RecipientTable.cpp
    register/widgets/TransferTable.h register/widgets/TransferTable.cpp
    register/ActivityListModel.h register/ActivityListModel.cpp
    register/ActivityEditor.h register/ActivityEditor.cpp
    register/ActivitiesPage.h register/ActivitiesPage.cpp
    register/ProcessorActivityListModel.h register/ProcessorActivityListModel.cpp
    register/ProcessorActivityEditor.h register/ProcessorActivityEditor.cpp
    register/ProcessorActivitiesPage.h register/ProcessorActivitiesPage.cpp
)
