#pragma once

#include <QDateTime>
#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Custodian::Ui {

class FieldRows;

// The rows every item's form ends with: when it was created and last changed (local time) and its
// identifier, with Copy (processing logs refer to it).
class RecordDetails : public QObject
{
    Q_OBJECT
public:
    RecordDetails(FieldRows &rows, QFormLayout *form, QObject *parent);
    void setRecord(const QString &uuid, const QDateTime &createdAt, const QDateTime &updatedAt);
    void retranslateUi();

private:
    FieldRows &m_rows;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    QLineEdit *m_uuid = nullptr;
    QPushButton *m_copy = nullptr;
    QString m_uuidText;
    QDateTime m_createdAt;
    QDateTime m_updatedAt;
};

} // namespace Custodian::Ui
