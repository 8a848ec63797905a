#pragma once

#include <QWidget>

#include "domain/Agreement.h"
#include "domain/Finding.h"

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace Custodian::Ui {

// The Art. 28(3) checklist of an agreement: one row per obligation (a)-(h) and the notice of
// infringing instructions, each a check box, its text (a click on it ticks the box) and the clause
// of the agreement that covers it. An item the check finds missing is marked at its own row: the
// severity's icon, the box tinted, the finding as its tool tip and accessible description.
class ClauseChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit ClauseChecklist(QWidget *parent = nullptr);

    // Every clause, in the order of the code list.
    QList<Domain::ClauseCheck> clauses() const;
    void setClauses(const QList<Domain::ClauseCheck> &clauses);

    // Findings on "clauses.<code>" mark their row; other rows are cleared.
    void setMarks(const Domain::Findings &findings);
    QCheckBox *check(const QString &code) const;
    QLineEdit *referenceEdit(const QString &code) const;
    // The first row that is not ticked (the first row when all are).
    QCheckBox *firstUnticked() const;

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QString code;
        QLabel *mark = nullptr;
        QCheckBox *check = nullptr;
        QLabel *text = nullptr;
        QLineEdit *reference = nullptr;
    };

    void retranslateUi();
    const Row *row(const QString &code) const;

    QList<Row> m_rows;
    bool m_updating = false;
};

} // namespace Custodian::Ui
