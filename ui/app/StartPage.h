#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QCommandLinkButton;

namespace Custodian::Ui {

// What the window shows when no register is open: create, open, or pick a recent file.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void refreshRecentFiles();

signals:
    void createRequested();
    void openRequested();
    void demoRequested();
    void recentFileRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_titleLabel = nullptr;
    QLabel *m_introLabel = nullptr;
    QCommandLinkButton *m_createButton = nullptr;
    QCommandLinkButton *m_openButton = nullptr;
    QCommandLinkButton *m_demoButton = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recentList = nullptr;
};

} // namespace Custodian::Ui
