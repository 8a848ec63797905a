#include "app/StartPage.h"

#include "app/RecentFiles.h"
#include "framework/LanguageChange.h"

#include <QAction>
#include <QDesktopServices>
#include <QMenu>
#include <QUrl>

#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Custodian::Ui {

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    m_titleLabel = new QLabel(this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_createButton = new QCommandLinkButton(this);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_openButton = new QCommandLinkButton(this);
    m_demoButton = new QCommandLinkButton(this);
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_recentLabel = new QLabel(this);
    m_recentList = new QListWidget(this);
    m_recentList->setObjectName(QStringLiteral("recentList"));
    m_recentList->setMaximumHeight(m_recentList->fontMetrics().height() * 12);
    m_recentLabel->setBuddy(m_recentList);

    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(m_titleLabel);
    column->addWidget(m_introLabel);
    column->addSpacing(m_titleLabel->fontMetrics().height());
    column->addWidget(m_createButton);
    column->addWidget(m_openButton);
    column->addWidget(m_demoButton);
    column->addSpacing(m_titleLabel->fontMetrics().height());
    column->addWidget(m_recentLabel);
    column->addWidget(m_recentList);
    column->addStretch(2);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    connect(m_createButton, &QCommandLinkButton::clicked, this, &StartPage::createRequested);
    connect(m_openButton, &QCommandLinkButton::clicked, this, &StartPage::openRequested);
    connect(m_demoButton, &QCommandLinkButton::clicked, this, &StartPage::demoRequested);
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentFileRequested(item->data(Qt::UserRole).toString()); });
    m_recentList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_recentList, &QListWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QListWidgetItem *item = m_recentList->itemAt(position);
        if (!item)
            return;
        QMenu *menu = recentMenu(item->data(Qt::UserRole).toString());
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_recentList->viewport()->mapToGlobal(position));
    });
    auto *remove = new QAction(m_recentList);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_recentList->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] {
        const QString path = currentRecentPath();
        if (!path.isEmpty())
            emit recentRemovalRequested(path);
    });
    LanguageChange::follow(this, [this] { retranslateUi(); });
}

QString StartPage::currentRecentPath() const
{
    const QListWidgetItem *item = m_recentList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QMenu *StartPage::recentMenu(const QString &path)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("recentMenu"));
    menu->addAction(tr("&Open"), this, [this, path] { emit recentFileRequested(path); });
    const QString folder = QFileInfo(path).absolutePath();
    QAction *show = menu->addAction(tr("&Show in folder"), this,
                                    [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    show->setEnabled(QFileInfo(folder).isDir());
    menu->addSeparator();
    menu->addAction(tr("&Remove from this list"), this, [this, path] { emit recentRemovalRequested(path); });
    return menu;
}

void StartPage::refreshRecentFiles()
{
    m_recentList->clear();
    const QList<RecentFiles::Entry> entries = RecentFiles::entries();
    for (const RecentFiles::Entry &entry : entries) {
        const QFileInfo info(entry.path);
        // Only the file name and folder: nothing of the register's content is shown before unlocking.
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())), m_recentList);
        item->setData(Qt::UserRole, entry.path);
        if (!info.exists())
            item->setText(tr("%1 (not found)").arg(item->text()));
    }
    m_recentLabel->setVisible(!entries.isEmpty());
    m_recentList->setVisible(!entries.isEmpty());
}

void StartPage::retranslateUi()
{
    m_titleLabel->setText(tr("Custodian"));
    m_introLabel->setText(tr("Keep your organisation's GDPR register — processing activities, agreements, "
                             "retention periods, requests and breaches — in one encrypted file."));
    m_createButton->setText(tr("&Create a new register…"));
    m_createButton->setDescription(tr("Start an empty, encrypted register for your organisation."));
    m_openButton->setText(tr("&Open a register…"));
    m_openButton->setDescription(tr("Open a register file (.custodian) you or a colleague made before."));
    m_demoButton->setText(tr("&Explore the demo register"));
    m_demoButton->setDescription(tr("A filled-in register of a fictional software company, to look around in."));
    m_recentLabel->setText(tr("&Recent registers"));
    refreshRecentFiles();
}

} // namespace Custodian::Ui
