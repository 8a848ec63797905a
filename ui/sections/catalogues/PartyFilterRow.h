#pragma once

#include <QWidget>

class QCheckBox;

namespace Custodian::Ui {

class FlowLayout;
class SectionPage;

// A second filter row under the search field of the Parties, Measures and Retention rules
// sections, with "Show retired" (retired items are hidden by default) and room for more filters.
class PartyFilterRow : public QWidget
{
    Q_OBJECT
public:
    // Inserts itself into page's list side, below the row holding the search field. Call after
    // SectionPage::setupSection().
    explicit PartyFilterRow(SectionPage *page);

    // Adds a filter widget before "Show retired".
    void addWidget(QWidget *widget);
    QCheckBox *showRetiredCheck() const { return m_showRetiredCheck; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    FlowLayout *m_layout = nullptr;
    QCheckBox *m_showRetiredCheck = nullptr;
    QWidget *m_tabAnchor = nullptr; // the widget the next filter follows in the tab order
};

} // namespace Custodian::Ui
