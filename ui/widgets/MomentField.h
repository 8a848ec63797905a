#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

namespace Custodian::Ui {

// A moment (day and time of day, on this computer's clock) that may be "not set", like DateField:
// a check box turns it on, and a new moment starts at the current minute. The register keeps the
// moment in UTC; the field shows and edits it in local time, to the minute. A moment the person
// did not touch reads back exactly as it was set (seconds included).
class MomentField : public QWidget
{
    Q_OBJECT
public:
    explicit MomentField(QWidget *parent = nullptr);

    // An invalid moment when not set; otherwise in UTC.
    QDateTime moment() const;
    void setMoment(const QDateTime &moment);
    // The field's name for screen readers ("Aware of the breach").
    void setFieldName(const QString &name);

    QCheckBox *checkBox() const { return m_setCheckBox; }
    QDateTimeEdit *edit() const { return m_edit; }

signals:
    void momentChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyState(bool set, const QDateTime &moment);
    void retranslateUi();

    QCheckBox *m_setCheckBox = nullptr;
    QDateTimeEdit *m_edit = nullptr;
    QDateTime m_value; // UTC; invalid when not set
    QString m_fieldName;
    bool m_updating = false;
};

} // namespace Custodian::Ui
