#pragma once

#include <QWidget>

class QLabel;

namespace Custodian::Ui {

class RegisterContext;

// The first section: what the register holds, what an auditor would ask about, and what to do
// next, each as a link to the section concerned.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setContext(RegisterContext *context);
    void setDemo(bool demo);
    void refresh();

signals:
    // A section code ("organisation", "activity", "findings", ...) the person wants to go to.
    void sectionRequested(const QString &section);

protected:
    void changeEvent(QEvent *event) override;

private:
    RegisterContext *m_context = nullptr;
    bool m_demo = false;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_demoLabel = nullptr;
    QLabel *m_contentLabel = nullptr;
};

} // namespace Custodian::Ui
