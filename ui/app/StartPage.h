#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QCommandLinkButton;
class QMenu;

namespace Custodian::Ui {

// What the window shows when no register is open: create, open, or pick a recent file.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void refreshRecentFiles();
    // The context menu of a recent register (Open, Show in folder, Remove from this list); Delete
    // removes the current one too.
    QMenu *recentMenu(const QString &path);

signals:
    void createRequested();
    void openRequested();
    void demoRequested();
    void recentFileRequested(const QString &path);
    // Forget a recent register here (and its remembered passphrase): MainWindow holds the keychain.
    void recentRemovalRequested(const QString &path);

private:
    void retranslateUi();
    QString currentRecentPath() const;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_introLabel = nullptr;
    QCommandLinkButton *m_createButton = nullptr;
    QCommandLinkButton *m_openButton = nullptr;
    QCommandLinkButton *m_demoButton = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recentList = nullptr;
};

} // namespace Custodian::Ui
