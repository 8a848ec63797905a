#include "sections/catalogues/MeasuresPage.h"

#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/catalogues/MeasureEditor.h"
#include "sections/catalogues/MeasureTableModel.h"
#include "sections/catalogues/PartyFilterRow.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace Custodian::Ui {

using Domain::Finding;
using Domain::SecurityMeasure;

MeasuresPage::MeasuresPage(RegisterContext *context, QWidget *parent) : SectionPage(context, parent)
{
    setObjectName(QStringLiteral("measuresPage"));
    m_model = new MeasureTableModel(this);
    m_editor = new MeasureEditor(context, this);
    m_editor->setUsage(&m_usage);
    const bool savedHeader = QSettings().contains(QStringLiteral("ui/sections/%1/header").arg(entityCode()));
    setupSection(m_model, m_editor, false, Domain::Codes::Kind::MeasureKind, QStringLiteral("retired"));
    m_filterRow = new PartyFilterRow(this);
    // The list needs room for its columns and the search field: start close to half and half.
    if (auto *splitter = findChild<QSplitter *>())
        splitter->setSizes({45, 55});

    if (!savedHeader) {
        QHeaderView *header = view()->horizontalHeader();
        const int em = fontMetrics().averageCharWidth();
        header->resizeSection(MeasureTableModel::TitleColumn, em * 30);
        header->resizeSection(MeasureTableModel::KindColumn, em * 14);
        header->resizeSection(MeasureTableModel::DescriptionColumn, em * 30);
        header->resizeSection(MeasureTableModel::UsedByColumn, em * 9);
        header->resizeSection(MeasureTableModel::AttentionColumn, em * 9);
        view()->sortByColumn(MeasureTableModel::TitleColumn, Qt::AscendingOrder);
    }

    reloadOnChangesOf({QStringLiteral("security_measure"), QStringLiteral("activity"),
                       QStringLiteral("processor_activity"), QStringLiteral("agreement")});
    connect(this, &SectionPage::currentItemChanged, this, &MeasuresPage::updateTexts);

    retranslateSection();
    reload();
}

QString MeasuresPage::title() const
{
    return tr("Measures");
}

void MeasuresPage::reload()
{
    QList<SecurityMeasure> measures;
    const Status status = context()->measures().list(&measures);
    m_loadError = status ? QString() : status.message();
    m_usage = PartyUsedByList::usage(context(), Domain::EntityKind::SecurityMeasure);
    QHash<QString, int> usedBy;
    QHash<QString, int> attention;
    for (const SecurityMeasure &measure : std::as_const(measures)) {
        usedBy.insert(measure.uuid, int(m_usage.value(measure.uuid).size()));
        const Domain::Findings own = measure.validate();
        const int warnings = int(std::count_if(own.cbegin(), own.cend(), [](const Finding &finding) {
            return finding.severity != Finding::Severity::Info;
        }));
        attention.insert(measure.uuid, context()->attentionCount(entityCode(), measure.uuid) + warnings);
    }
    m_model->setMeasures(measures, usedBy, attention);
    afterReload();
    m_editor->refresh();
    updateTexts();
}

Status MeasuresPage::setRetired(const QString &uuid, bool retired)
{
    return context()->measures().setRetired(uuid, retired);
}

Status MeasuresPage::removeMeasure(const QString &uuid)
{
    const Status status = context()->measures().remove(uuid);
    if (status && m_editor->currentUuid() == uuid)
        m_editor->load(QString());
    return status;
}

void MeasuresPage::retireItem(const QString &uuid)
{
    const SecurityMeasure *measure = m_model->measure(uuid);
    if (!measure)
        return;
    const QString name = measure->title;
    if (measure->retired) {
        const Status status = setRetired(uuid, false);
        if (!status)
            QMessageBox::warning(this, tr("Restore measure"), status.message());
        return;
    }
    const int uses = int(m_usage.value(uuid).size());
    QMessageBox box(QMessageBox::Question, tr("Retire measure"), tr("Retire “%1”?").arg(name), QMessageBox::NoButton,
                    this);
    box.setInformativeText(
        uses > 0 ? tr("%n item(s) of the register (activities or agreements) apply it and keep doing "
                      "so. The measure stays in their history and in the audit trail, but is no longer offered for "
                      "new links. You can restore it later.",
                      nullptr, uses)
                 : tr("Nothing applies it. Retiring keeps it in the register's history and lets you restore it "
                      "later; deleting removes it for good (the audit trail keeps a record of it)."));
    QPushButton *retireButton = box.addButton(tr("Retire"), QMessageBox::AcceptRole);
    QPushButton *deleteButton = uses == 0 ? box.addButton(tr("Delete"), QMessageBox::DestructiveRole) : nullptr;
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(retireButton);
    box.exec();
    Status status;
    if (box.clickedButton() == retireButton)
        status = setRetired(uuid, true);
    else if (deleteButton && box.clickedButton() == deleteButton)
        status = removeMeasure(uuid);
    else
        return;
    if (!status)
        QMessageBox::warning(this, tr("Retire measure"), status.message());
}

void MeasuresPage::updateTexts()
{
    const SecurityMeasure *measure = m_model->measure(m_editor->currentUuid());
    const bool retired = measure && measure->retired;
    setTexts(!m_loadError.isEmpty()
                 ? m_loadError
                 : tr("No measures yet. Describe each technical and organisational measure once (Art. 32): "
                      "encryption of the database, access control, backups, confidentiality agreements, "
                      "training. Activities and agreements then link to them. Start with “New measure”."),
             tr("New measure"), retired ? tr("Restore") : tr("Retire…"));
}

void MeasuresPage::retranslateSection()
{
    m_model->retranslate();
    updateTexts();
}

} // namespace Custodian::Ui
