#pragma once

#include <QWidget>

#include "domain/Finding.h"

class QLabel;

namespace Custodian::Ui {

// The completeness findings of one item, at the top of its editor: a short list; each line is a
// link that asks the editor to show the field concerned.
class FindingsBanner : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsBanner(QWidget *parent = nullptr);
    void setFindings(const Domain::Findings &findings);

signals:
    void fieldRequested(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    Domain::Findings m_findings;
    QLabel *m_label = nullptr;
};

// "Error: ..." / "Warning: ..." / "Note: ..." — severity in words, never by colour alone.
QString severityText(const Domain::Finding &finding);

} // namespace Custodian::Ui
