#pragma once

#include <QListWidget>

#include "domain/Codes.h"

namespace Custodian::Ui {

// The codes of one kind as a list of check boxes with translated labels (lawful bases, DPIA
// criteria, party roles). Space toggles the current line.
class CodeChecklist : public QListWidget
{
    Q_OBJECT
public:
    explicit CodeChecklist(Domain::Codes::Kind kind, QWidget *parent = nullptr);

    // In the order of Codes::codes(); codes not of this kind are dropped.
    QStringList checkedCodes() const;
    void setCheckedCodes(const QStringList &codes);
    bool isChecked(const QString &code) const;
    void setChecked(const QString &code, bool checked);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void checkedCodesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void relabel();

    Domain::Codes::Kind m_kind;
    bool m_updating = false;
};

} // namespace Custodian::Ui
