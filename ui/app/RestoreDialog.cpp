#include "app/RestoreDialog.h"

#include "app/BackupSettings.h"
#include "app/RegisterSession.h"
#include "exchange/Backups.h"
#include "storage/Secret.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Custodian::Ui {

namespace {

// "4 december 2026 18:12": the day in full, the time to the minute, in the locale's words.
QString moment(const QDateTime &at)
{
    const QLocale locale;
    return QStringLiteral("%1 %2").arg(locale.toString(at.date(), QLocale::LongFormat),
                                       locale.toString(at.time(), QLocale::ShortFormat));
}

} // namespace

RestoreDialog::RestoreDialog(RegisterSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore a backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A backup is restored as a new register file; the register open now is not changed. "
                                "The restored register records in its history which backup it came from."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Backup taken"), tr("Size"), tr("File")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("backupDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_details);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_otherButton = buttons->addButton(tr("Other backup &file…"), QDialogButtonBox::ActionRole);
    m_restoreButton = buttons->addButton(tr("&Restore as new file…"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_otherButton, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreDialog::restore);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreDialog::showChosen);

    fillGenerations();
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 22);
}

void RestoreDialog::fillGenerations()
{
    m_list->clear();
    const QString path = m_session->path();
    const QString registerId = m_session->database() ? m_session->database()->registerId() : QString();
    const QList<Exchange::Backups::Generation> generations =
        Exchange::Backups::generations(BackupSettings::load().folderFor(path), path, registerId);
    const QLocale locale;
    for (const Exchange::Backups::Generation &generation : generations) {
        auto *item = new QTreeWidgetItem(m_list, {moment(generation.takenAt), locale.formattedDataSize(generation.size),
                                                  QFileInfo(generation.path).fileName()});
        item->setData(0, Qt::UserRole, generation.path);
        item->setToolTip(2, QDir::toNativeSeparators(generation.path));
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    } else {
        m_details->setText(tr("No automatic backups of this register yet: one is kept each time it is closed after "
                              "a change (Settings › Automatic backups). Choose another backup file instead."));
        m_restoreButton->setEnabled(false);
    }
}

QString RestoreDialog::chosenPath() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void RestoreDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a backup"), QFileInfo(m_session->path()).absolutePath(),
                                     tr("Custodian registers (*.custodian);;All files (*)"));
    if (path.isEmpty())
        return;
    Storage::wipe(m_otherPassphrase);
    m_otherFile = path;
    auto *item = new QTreeWidgetItem(
        m_list, {tr("Chosen file"), QLocale().formattedDataSize(QFileInfo(path).size()), QFileInfo(path).fileName()});
    item->setData(0, Qt::UserRole, path);
    item->setToolTip(2, QDir::toNativeSeparators(path));
    m_list->setCurrentItem(item);
}

void RestoreDialog::showChosen()
{
    const QString path = chosenPath();
    m_restoreButton->setEnabled(!path.isEmpty());
    if (path.isEmpty())
        return;
    Exchange::Backups::Summary summary;
    Status status = m_session->inspectBackup(path, &summary, path == m_otherFile ? m_otherPassphrase : QString());
    if (status.code() == Status::Code::WrongPassphrase) {
        // A backup of another register, or of this one before its passphrase changed.
        if (path != m_otherFile) {
            Storage::wipe(m_otherPassphrase);
            m_otherFile = path;
        }
        bool ok = false;
        QString passphrase = QInputDialog::getText(this, tr("Restore a backup"),
                                                   tr("The backup does not open with this register's passphrase. "
                                                      "Its passphrase:"),
                                                   QLineEdit::Password, QString(), &ok);
        if (ok && !passphrase.isEmpty()) {
            m_otherPassphrase = passphrase;
            Storage::wipe(passphrase);
            status = m_session->inspectBackup(path, &summary, m_otherPassphrase);
        }
    }
    if (!status) {
        m_details->setText(status.message());
        m_restoreButton->setEnabled(false);
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("Last change: %1. State %2.").arg(moment(summary.stateAt.toLocalTime()), summary.head.shortText());
    lines << tr("%n processing activit(y/ies)", nullptr, summary.counts.activities) + QStringLiteral(", ") +
                 tr("%n agreement(s)", nullptr, summary.counts.agreements) + QStringLiteral(", ") +
                 tr("%n part(y/ies)", nullptr, summary.counts.parties) + QStringLiteral(", ") +
                 tr("%n open request(s)", nullptr, summary.counts.openRequests) + QStringLiteral(", ") +
                 tr("%n open breach(es)", nullptr, summary.counts.openBreaches) + QLatin1Char('.');
    lines << (summary.historyVerified
                  ? tr("Its history verifies.")
                  : tr("Its history does not verify: it was damaged or changed, and is not restored."));
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_restoreButton->setEnabled(summary.historyVerified);
}

void RestoreDialog::restore()
{
    const QString backup = chosenPath();
    if (backup.isEmpty())
        return;
    const QString proposed = m_session->besideRegister(tr("%1 restored %2"), QStringLiteral(".custodian"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Restore as new file"), proposed, tr("Custodian registers (*.custodian)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    Exchange::Backups::Summary summary;
    const Status status =
        m_session->restoreBackup(backup, path, &summary, backup == m_otherFile ? m_otherPassphrase : QString());
    if (!status) {
        QMessageBox::warning(this, tr("Restore a backup"), status.message());
        return;
    }
    Storage::wipe(m_otherPassphrase);
    m_restoredPath = path;
    accept();
}

} // namespace Custodian::Ui
