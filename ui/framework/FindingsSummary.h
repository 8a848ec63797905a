#pragma once

#include <QWidget>

#include "domain/Finding.h"

class QLabel;
class QScrollArea;
class QToolButton;

namespace Custodian::Ui {

// What an auditor would ask about the item in an editor, in one line ("2 errors, 3 warnings")
// with the worst severity's icon; "Show" unfolds the list, each entry a link to its field. It
// takes one line of the editor until the user asks for more; the choice is remembered.
class FindingsSummary : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsSummary(QWidget *parent = nullptr);
    void setFindings(const Domain::Findings &findings);
    const Domain::Findings &findings() const { return m_findings; }
    bool isExpanded() const;

signals:
    void fieldRequested(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    Domain::Findings m_findings;
    QLabel *m_icon = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_toggle = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_list = nullptr;
};

} // namespace Custodian::Ui
