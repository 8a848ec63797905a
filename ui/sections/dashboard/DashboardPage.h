#pragma once

#include "register/queries/DueList.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Custodian::Register {
struct Agenda;
struct AgendaItem;
struct EntityFinding;
} // namespace Custodian::Register

namespace Custodian::Ui {

class DashboardCard;
class RegisterContext;

// The first section, what a privacy officer opens first: what the register holds as cards (each
// opens its section) and "what to do next" as one list ordered by urgency: getting started, what
// is overdue, the errors an auditor would raise, and what falls due in the coming weeks. Each line
// opens its item (double-click or Enter).
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    // How many lines each group of "what to do next" shows; a last line counts the rest.
    static constexpr int linesPerGroup = 12;
    // Requests and breaches whose internal target falls within this many days are listed.
    static constexpr int caseWindowDays = 14;

    explicit DashboardPage(QWidget *parent = nullptr);

    void setContext(RegisterContext *context);
    void setDemo(bool demo);
    // Reads the register again (counts, agenda, findings); quick: one query each. Done whenever the
    // page is shown and, while it is on screen, on every change of the register.
    void refresh();
    // Brings the hours left of the breaches on the agenda up to now; a deadline that passed reads
    // the dashboard again. Runs each minute while the dashboard shows.
    void updateClocks();

    // The name of a section as the navigation shows it: the caption of its card.
    void setSectionTitle(const QString &section, const QString &title);

    QTreeWidget *agendaList() const { return m_agenda; }
    // The cards by section code ("activity", "agreement", "findings", ...).
    DashboardCard *card(const QString &section) const;

signals:
    // A section code ("organisation", "activity", "findings", ...) the person wants to go to.
    void sectionRequested(const QString &section);
    // Opens that section's list with only the items whose date has passed or is near.
    void dueRequested(const QString &section);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    DashboardCard *addCard(const QString &section);
    QTreeWidgetItem *addGroup(const QString &title);
    void addAgendaLine(QTreeWidgetItem *group, const Register::AgendaItem &item);
    void addCaseLine(QTreeWidgetItem *group, const Register::DueItem &item);
    QString caseWhen(const Register::DueItem &item, bool passed) const;
    // Overdue: a case past its act-by day, a breach past its moment.
    bool isPassed(const Register::DueItem &item) const;
    void addFindingLines(QTreeWidgetItem *group, const QList<Register::EntityFinding> &findings);
    void openLine(QTreeWidgetItem *line);
    void updateCardWidths();
    void sizeItemColumn();

    RegisterContext *m_context = nullptr;
    bool m_demo = false;
    // The completeness check has not run since the register changed (it reads the whole register):
    // the dashboard shows the rest first and the check's figures after its first paint.
    bool m_checkPending = false;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_demoLabel = nullptr;
    QLabel *m_alarmLabel = nullptr; // deadlines of requests and breaches that passed
    QLabel *m_agendaLabel = nullptr;
    QWidget *m_cardArea = nullptr;
    QList<DashboardCard *> m_cards;
    QTreeWidget *m_agenda = nullptr;
    // The breach lines on the agenda with their deadline and whether it had passed when written.
    struct ClockLine
    {
        QTreeWidgetItem *line;
        Register::DueItem item;
        bool passed;
    };
    QList<ClockLine> m_clockLines;
};

} // namespace Custodian::Ui
