#pragma once

#include <QWidget>

#include "domain/Finding.h"

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Custodian::Ui {

// The bar under a form: the state of the edit (fields to correct, unsaved changes, why a save was
// refused) beside Revert and Save. Save is enabled while there are unsaved edits without errors;
// Revert while there are unsaved edits.
class EditBar : public QWidget
{
    Q_OBJECT
public:
    explicit EditBar(QWidget *parent = nullptr);

    // A button before the state, on the left ("History…").
    void addLeading(QWidget *widget);
    // validation: the input errors of the form as it is; unplaced: findings no field shows (those of
    // validation are named in the bar); note: said when there is nothing more pressing.
    void showState(const Domain::Findings &validation, const Domain::Findings &unplaced, bool modified,
                   const QString &note = QString());
    // A reason in place of the state (a refused save, details that could not be read).
    void setStatusText(const QString &text);

signals:
    void revertRequested();
    void saveRequested();

private:
    void retranslateUi();

    QHBoxLayout *m_layout = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace Custodian::Ui
