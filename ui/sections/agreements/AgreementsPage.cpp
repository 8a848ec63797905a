#include "sections/agreements/AgreementsPage.h"

#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "register/Services.h"
#include "register/queries/ListRows.h"
#include "sections/agreements/AgreementEditor.h"
#include "sections/agreements/AgreementTableModel.h"
#include "storage/Database.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace Custodian::Ui {

using Domain::Agreement;

AgreementsPage::AgreementsPage(RegisterContext *context, QWidget *parent) : SectionPage(context, parent)
{
    m_model = new AgreementTableModel(this);
    m_editor = new AgreementEditor(context, this);
    const bool headerSaved =
        QSettings().contains(QStringLiteral("ui/sections/%1/header").arg(QStringLiteral("agreement")));
    setupSection(m_model, m_editor, true, Domain::Codes::Kind::AgreementStatus, QStringLiteral("terminated"));
    // The list and the editor share the width about evenly (the editor's size hint would take most).
    if (auto *splitter = findChild<QSplitter *>())
        splitter->setSizes({5000, 6000});
    if (!headerSaved) {
        // Soonest expiry first (no expiry date last); the attention column stays narrow.
        view()->sortByColumn(AgreementTableModel::ExpiryColumn, Qt::AscendingOrder);
        view()->horizontalHeader()->resizeSection(AgreementTableModel::TitleColumn,
                                                  view()->fontMetrics().averageCharWidth() * 28);
        view()->horizontalHeader()->resizeSection(AgreementTableModel::PartiesColumn,
                                                  view()->fontMetrics().averageCharWidth() * 30);
    }

    reloadOnChangesOf({QStringLiteral("agreement"), QStringLiteral("party"), QStringLiteral("security_measure"),
                       QStringLiteral("organisation")});
    connect(this, &SectionPage::currentItemChanged, this, &AgreementsPage::updateTexts);
    reload();
}

QString AgreementsPage::entityCode() const
{
    return QStringLiteral("agreement");
}

QString AgreementsPage::title() const
{
    return tr("Agreements");
}

void AgreementsPage::reload()
{
    QList<Agreement> agreements;
    const Status status = context()->agreements().list(&agreements);
    // The controllers' and processors' names: only the parties the agreements name, in one query.
    QHash<QString, QString> partyNames;
    context()->reportIfFailed(Register::ListRows::linkedNames(context()->database(), Domain::EntityKind::Agreement,
                                                              Domain::EntityKind::Party, &partyNames));
    QHash<QString, int> attention;
    for (const Agreement &agreement : std::as_const(agreements))
        attention.insert(agreement.uuid, context()->attentionCount(entityCode(), agreement.uuid));
    m_model->setAgreements(status ? agreements : QList<Agreement>(), partyNames, attention, context()->today());
    afterReload();
    updateTexts();
}

void AgreementsPage::updateTexts()
{
    // The button terminates an active agreement (history matters) and deletes a draft or terminated one.
    const QString uuid = m_editor->currentUuid();
    bool active = false;
    for (int row = 0; row < m_model->rowCount() && !uuid.isEmpty(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(UuidRole).toString() == uuid) {
            active = index.data(StatusRole).toString() == QLatin1String("active");
            break;
        }
    }
    setTexts(tr("No agreements yet. Add the agreement with your hosting provider, or the one your customers sign "
                "with you as their processor: choose “New agreement”."),
             tr("&New agreement"), active ? tr("&Terminate…") : tr("&Delete…"));
}

Status AgreementsPage::terminateAgreement(const QString &uuid)
{
    Agreement agreement;
    Status status = context()->agreements().load(uuid, &agreement);
    if (!status)
        return status;
    agreement.status = QStringLiteral("terminated");
    Domain::Findings findings;
    status = context()->agreements().save(&agreement, &findings);
    if (status && m_editor->currentUuid() == uuid)
        m_editor->load(uuid);
    return status;
}

Status AgreementsPage::deleteAgreement(const QString &uuid)
{
    const Status status = context()->agreements().remove(uuid);
    if (status && m_editor->currentUuid() == uuid)
        m_editor->load(QString());
    return status;
}

void AgreementsPage::retireItem(const QString &uuid)
{
    // The editor shows the selected agreement: settle its unsaved edits first.
    if (m_editor->currentUuid() == uuid && !confirmLeave())
        return;
    Agreement agreement;
    Status status = context()->agreements().load(uuid, &agreement);
    if (status) {
        if (agreement.status == QLatin1String("active")) {
            const auto answer = QMessageBox::question(
                this, tr("Terminate agreement"),
                tr("Mark “%1” as terminated? It stays in the register with its documents and history, hidden "
                   "unless you show terminated agreements. Record afterwards whether the data was deleted or "
                   "returned, and the proof (Art. 28(3)(g)).")
                    .arg(agreement.title),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes)
                return;
            status = terminateAgreement(uuid);
        } else {
            const auto answer = QMessageBox::question(
                this, tr("Delete agreement"),
                tr("Delete “%1” and the documents kept with it from the register? This cannot be undone; the "
                   "history keeps a record that it existed.")
                    .arg(agreement.title),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes)
                return;
            status = deleteAgreement(uuid);
        }
    }
    if (!status)
        QMessageBox::warning(this, tr("Agreements"), status.message());
}

void AgreementsPage::retranslateSection()
{
    m_model->retranslate();
    // The rows hold translated labels too.
    reload();
}

} // namespace Custodian::Ui
