#include "sections/activities/ActivityVersionsPanel.h"

#include "framework/RegisterContext.h"
#include "register/ActivityVersionService.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Custodian::Ui {

using Domain::ActivityVersion;
using Register::ActivityVersionService;

namespace {

enum Column
{
    NumberColumn,
    StateColumn,
    EstablishedColumn,
    NoteColumn,
    ColumnCount
};

} // namespace

ActivityVersionsPanel::ActivityVersionsPanel(RegisterContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("activityVersionTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    for (int column : {NumberColumn, StateColumn, EstablishedColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 7);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_establishButton = new QPushButton(this);
    m_establishButton->setObjectName(QStringLiteral("establishButton"));
    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyUriButton"));
    buttons->addWidget(m_establishButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_differencesLabel = new QLabel(this);
    m_differencesLabel->setWordWrap(true);
    m_differencesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_differencesLabel);
    m_differences = new QListWidget(this);
    m_differences->setObjectName(QStringLiteral("activityDifferenceList"));
    m_differences->setWordWrap(true);
    m_differences->setMinimumHeight(m_differences->fontMetrics().height() * 6);
    m_differencesLabel->setBuddy(m_differences);
    layout->addWidget(m_differences);

    connect(m_establishButton, &QPushButton::clicked, this, &ActivityVersionsPanel::askToEstablish);
    connect(m_copyButton, &QPushButton::clicked, this, &ActivityVersionsPanel::copyUri);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        showDifferences();
        updateButtons();
    });
    retranslateUi();
}

void ActivityVersionsPanel::setStored(const Domain::ProcessingActivity &stored)
{
    // The version chosen in the list, looked up before the list is read again.
    const int selected = stored.uuid == m_stored.uuid && selectedVersion() ? selectedVersion()->number : 0;
    m_stored = stored;
    m_current = stored;
    m_modified = false;
    m_versions.clear();
    m_storedDiffers = false;
    if (!stored.uuid.isEmpty()) {
        ActivityVersionService &service = m_context->activityVersions();
        if (!m_context->reportIfFailed(service.versionsOf(stored.uuid, &m_versions)))
            m_versions.clear();
        // By the fingerprint, as establishing and the completeness check compare.
        QJsonObject content;
        if (!m_versions.isEmpty() && m_context->reportIfFailed(service.contentOf(stored, &content)))
            m_storedDiffers =
                ActivityVersion::digestOf(ActivityVersionService::canonical(content)) != m_versions.constFirst().digest;
    }
    fillVersions(selected);
    if (isVisible())
        showDifferences();
    updateButtons();
}

void ActivityVersionsPanel::setCurrent(const Domain::ProcessingActivity &current, bool modified)
{
    m_current = current;
    m_modified = modified;
    if (isVisible())
        showDifferences();
    updateButtons();
}

void ActivityVersionsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    showDifferences();
}

QString ActivityVersionsPanel::summary() const
{
    if (m_stored.uuid.isEmpty())
        return QString();
    if (m_versions.isEmpty())
        return tr("%1 · not established yet").arg(m_stored.number);
    const ActivityVersion &latest = m_versions.constFirst();
    if (m_stored.status == QLatin1String("retired"))
        return tr("%1 · activity version %2 lapsed: the activity is retired").arg(m_stored.number).arg(latest.number);
    if (m_storedDiffers)
        return tr("%1 · changed since established version %2").arg(m_stored.number).arg(latest.number);
    return tr("%1 · established version %2 (%3)")
        .arg(m_stored.number)
        .arg(latest.number)
        .arg(QLocale().toString(latest.establishedAt.toLocalTime().date(), QLocale::ShortFormat));
}

void ActivityVersionsPanel::fillVersions(int selected)
{
    const QSignalBlocker blocker(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(m_versions.size()));
    const int latest = m_versions.isEmpty() ? 0 : m_versions.constFirst().number;
    const bool retired = m_stored.status == QLatin1String("retired");
    const QLocale locale;
    int row = 0;
    for (const ActivityVersion &version : std::as_const(m_versions)) {
        const QString state = ActivityVersion::stateLabel(ActivityVersionService::stateOf(version, latest, retired));
        const QString when = locale.toString(version.establishedAt.toLocalTime(), QLocale::ShortFormat);
        const QStringList cells = {tr("v%1").arg(version.number), state,
                                   version.establishedBy.isEmpty() ? when
                                                                   : tr("%1 by %2").arg(when, version.establishedBy),
                                   version.changeNote};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(version.uri);
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    // The version chosen before, else the latest.
    int select = m_versions.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions.at(i).number == selected)
            select = i;
    }
    if (select >= 0)
        m_table->selectRow(select);
    m_table->resizeRowsToContents();
}

const ActivityVersion *ActivityVersionsPanel::selectedVersion() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.constFirst()->row();
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

void ActivityVersionsPanel::showDifferences()
{
    m_differences->clear();
    const ActivityVersion *version = selectedVersion();
    if (m_stored.uuid.isEmpty()) {
        m_differencesLabel->setText(tr("A new activity is established once it is saved and approved."));
        m_differences->setVisible(false);
        return;
    }
    if (!version) {
        m_differencesLabel->setText(
            tr("Not established yet. Once the activity is approved, establish it: log lines of the processing then "
               "point to that version, and later edits show here until the next version."));
        m_differences->setVisible(false);
        return;
    }
    m_differences->setVisible(true);
    m_differencesLabel->setText(
        tr("URI of activity version %1: %2").arg(version->number).arg(version->uri) + QStringLiteral("\n") +
        (m_modified
             ? tr("Differences between the form, with its unsaved edits, and activity version %1:").arg(version->number)
             : tr("Differences between the working record and activity version %1:").arg(version->number)));
    QStringList lines;
    if (!m_context->reportIfFailed(m_context->activityVersions().differences(*version, m_current, &lines)))
        return;
    if (lines.isEmpty())
        lines << tr("None: the working record says what activity version %1 says.").arg(version->number);
    m_differences->addItems(lines);
}

void ActivityVersionsPanel::updateButtons()
{
    const bool approved = m_stored.status == QLatin1String("approved");
    const bool possible = !m_stored.uuid.isEmpty() && approved && !m_modified;
    m_establishButton->setEnabled(possible);
    m_establishButton->setToolTip(
        possible     ? tr("Keep the activity as it is now as its next version, with a URI for log lines.")
        : m_modified ? tr("Save the edits first: a version holds the activity as it is stored.")
                     : tr("Only an approved activity is established: set its status to Approved on the Owner page."));
    m_copyButton->setEnabled(selectedVersion() != nullptr);
}

void ActivityVersionsPanel::askToEstablish()
{
    const int next = m_versions.isEmpty() ? 1 : m_versions.constFirst().number + 1;
    EstablishActivityDialog dialog(m_stored, next, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status status = establish(dialog.note());
    if (!status)
        QMessageBox::warning(this, tr("Not established"), status.message());
}

Status ActivityVersionsPanel::establish(const QString &changeNote)
{
    ActivityVersion version;
    const Status status = m_context->activityVersions().establish(m_stored.uuid, changeNote, &version);
    if (!status)
        return status;
    setStored(m_stored);
    m_table->selectRow(0);
    emit established(m_stored.uuid);
    return status;
}

void ActivityVersionsPanel::copyUri()
{
    if (const ActivityVersion *version = selectedVersion())
        QApplication::clipboard()->setText(version->uri);
}

void ActivityVersionsPanel::retranslateUi()
{
    m_intro->setText(tr("An approved activity is established as a version: kept as it is, with who established it "
                        "and when, and a URI that the log lines of the processing point to. The latest version is "
                        "established; an earlier one, or every one of a retired activity, has lapsed."));
    m_table->setHorizontalHeaderLabels({tr("Activity version"), tr("State"), tr("Established"), tr("What changed")});
    m_establishButton->setText(tr("&Establish…"));
    m_copyButton->setText(tr("Copy &URI"));
    m_table->setAccessibleName(tr("Activity versions"));
    m_differences->setAccessibleName(tr("Differences with the working record"));
    fillVersions(selectedVersion() ? selectedVersion()->number : 0);
    if (isVisible())
        showDifferences();
    updateButtons();
}

EstablishActivityDialog::EstablishActivityDialog(const Domain::ProcessingActivity &activity, int nextNumber,
                                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("establishActivityDialog"));
    setWindowTitle(tr("Establish activity version %1").arg(nextNumber));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("%1 “%2” is kept as it is now as activity version %3, with your name and the time. It cannot "
                      "be changed afterwards: a later change is established as a new version.")
                       .arg(activity.number, activity.name)
                       .arg(nextNumber),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *label = new QLabel(tr("&What changed since the previous version:"), this);
    layout->addWidget(label);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("changeNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(nextNumber == 1 ? tr("e.g. Established after the yearly review")
                                               : tr("e.g. Retention of the salary records set to seven years"));
    label->setBuddy(m_note);
    layout->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Establish"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 260);
}

QString EstablishActivityDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace Custodian::Ui
