#pragma once

#include "framework/TypedEditor.h"
#include "widgets/LinkChecklist.h"
#include "widgets/RegisterChoices.h"
#include "widgets/TransferTable.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QListWidget>
#include <QTableWidget>

namespace Custodian::Ui {

// What both kinds of processing activity hold (Art. 30(1) as controller, Art. 30(2) as processor):
// transfers to third countries, the security measures, the processor agreements, and the owner with
// the review dates. Each editor places them on its own pages; this base makes them, moves them in
// and out of the item, offers the register's choices and names them in the current language, so
// the two editors say and do the same.
template<class Activity> class ActivityEditorBase : public TypedEditor<Activity>
{
public:
    using TypedEditor<Activity>::TypedEditor;

    // The activity as the form shows it now (what save() would write).
    Activity currentActivity() const { return this->currentItem(); }

protected:
    // The transfers table; "Go to" opens the party. Where a new party goes is the editor's choice.
    void addTransfersTable(QFormLayout *form)
    {
        m_transfersTable = new TransferTable(form->parentWidget());
        m_transfersTable->setObjectName(QStringLiteral("transfersTable"));
        this->addSpanning(form, QStringLiteral("transfers"), m_transfersTable, m_transfersTable->table());
        QObject::connect(m_transfersTable, &TransferTable::changed, this, [this] { this->onEdited(); });
        this->linkGoTo(m_transfersTable, "party");
        this->fields().addAlias(QStringLiteral("transfer"), QStringLiteral("transfers"));
    }

    // The measures, with room for `lines` of them before the list scrolls.
    void addMeasuresList(QFormLayout *form, int lines)
    {
        auto *list = new LinkChecklist(form->parentWidget());
        list->setObjectName(QStringLiteral("measuresList"));
        list->listWidget()->setMinimumHeight(list->fontMetrics().height() * lines);
        this->addSpanning(form, QStringLiteral("measureUuids"), list, list->listWidget());
        QObject::connect(list, &LinkChecklist::checkedUuidsChanged, this, [this] { this->onEdited(); });
        this->setMeasuresList(list);
        for (const QString &alias : {QStringLiteral("measures"), QStringLiteral("security")})
            this->fields().addAlias(alias, QStringLiteral("measureUuids"));
    }

    void addAgreementsList(QFormLayout *form)
    {
        m_agreementsList = new LinkChecklist(form->parentWidget());
        m_agreementsList->setObjectName(QStringLiteral("agreementsList"));
        this->addSpanning(form, QStringLiteral("agreementUuids"), m_agreementsList, m_agreementsList->listWidget());
        QObject::connect(m_agreementsList, &LinkChecklist::checkedUuidsChanged, this, [this] { this->onEdited(); });
        this->linkGoTo(m_agreementsList, "agreement");
        for (const QString &alias : {QStringLiteral("agreements"), QStringLiteral("agreement")})
            this->fields().addAlias(alias, QStringLiteral("agreementUuids"));
    }

    // Who answers for the activity, its status and when it was and will be reviewed.
    void addOwnerFields(QFormLayout *form)
    {
        this->m_form.add(form, "ownerDepartment", FieldOptions().withMnemonic());
        this->m_form.add(form, "ownerPerson");
        this->m_form.add(form, "status", FieldOptions().named(QStringLiteral("activityStatusCombo")));
        this->m_form.add(form, "lastReviewed");
        this->m_form.add(form, "nextReview");
        this->fields().addAlias(QStringLiteral("owner"), QStringLiteral("ownerDepartment"));
        this->fields().addAlias(QStringLiteral("review"), QStringLiteral("nextReview"));
    }

    void fillExtra(const Activity &activity) override
    {
        m_transfersTable->setTransfers(activity.transfers);
        this->m_measuresList->setCheckedUuids(activity.measureUuids);
        m_agreementsList->setCheckedUuids(activity.agreementUuids);
    }

    void readExtra(Activity &activity) const override
    {
        activity.transfers = m_transfersTable->transfers();
        activity.measureUuids = this->m_measuresList->checkedUuids();
        activity.agreementUuids = m_agreementsList->checkedUuids();
    }

    // The parties a transfer can go to, the measures and the agreements, as the register has them now.
    void refreshLinkChoices(const Choices &parties)
    {
        m_transfersTable->setLinkChoices(parties);
        this->m_measuresList->setChoices(RegisterChoices::measures(this->context()));
        m_agreementsList->setChoices(RegisterChoices::agreements(this->context()));
    }

    // The texts of the shared lists in the current language (from retranslateUi()).
    void retranslateLinks()
    {
        m_transfersTable->table()->setAccessibleName(this->m_form.label("transfers"));
        this->retranslateMeasuresList();
        m_agreementsList->setListName(
            QCoreApplication::translate("Custodian::Ui::ActivityEditorBase", "Processor agreements"));
        m_agreementsList->setGoToText(
            QCoreApplication::translate("Custodian::Ui::ActivityEditorBase", "Go to agreement"));
        m_agreementsList->setEmptyText(QCoreApplication::translate("Custodian::Ui::ActivityEditorBase",
                                                                   "No processor agreements in the register yet."));
    }

    TransferTable *m_transfersTable = nullptr;
    LinkChecklist *m_agreementsList = nullptr;
};

} // namespace Custodian::Ui
