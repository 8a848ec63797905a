#pragma once

#include <QDialog>

class QTextBrowser;

namespace Custodian::Ui {

// The user guide (resources/help), in the UI language, opened at the part about the section the
// user is in. One window: pressing F1 again brings it forward at the new place.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);

    // The guide's anchor for a section code of the main window ("activity" -> "activities").
    static QString anchorFor(const QString &sectionCode);
    // Shows the guide at an anchor ("" for the start).
    void showAt(const QString &anchor);
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTextBrowser *m_browser = nullptr;
    QString m_anchor;
};

} // namespace Custodian::Ui
