#pragma once

#include <QHash>
#include <QWidget>

#include "register/RegisterSettingsService.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Custodian::Ui {

// The register's clock settings: the holiday calendar, the internal margin before statutory
// deadlines, and the extra days designated by decree; with the resulting holidays of a year.
class RegisterSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterSettingsPage(QWidget *parent = nullptr);

    void setService(Register::RegisterSettingsService *service);
    void reload();
    bool save();
    bool isModified() const { return m_modified; }
    Register::RegisterSettings currentSettings() const;

    // For tests and keyboard users alike: the add-a-day form.
    void addExtraHoliday(QDate date, const QString &name);

signals:
    void modifiedChanged(bool modified);
    void saved();
    // "History…": the window shows the audit trail of the page's item.
    void historyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onEdited();
    void setModified(bool modified);
    void showFindings(const Domain::Findings &findings);
    void fillCalendars();
    void updatePreview();
    void appendRow(const Register::ExtraHoliday &day);
    QList<Register::ExtraHoliday> tableDays() const;
    void showDays(const QList<Register::ExtraHoliday> &days);
    void onCalendarChanged();

    Register::RegisterSettingsService *m_service = nullptr;
    Register::RegisterSettings m_loaded;
    QString m_shownCalendar;                                        // whose decree days the table shows
    QHash<QString, QList<Register::ExtraHoliday>> m_daysByCalendar; // edits of calendars not shown
    bool m_modified = false;
    bool m_loading = false;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_introLabel = nullptr;
    QLabel *m_calendarLabel = nullptr;
    QComboBox *m_calendarCombo = nullptr;
    QLabel *m_calendarMessage = nullptr;
    QLabel *m_marginLabel = nullptr;
    QSpinBox *m_marginSpin = nullptr;
    QLabel *m_marginHint = nullptr;
    QLabel *m_extraLabel = nullptr;
    QTableWidget *m_extraTable = nullptr;
    QDateEdit *m_newDateEdit = nullptr;
    QLineEdit *m_newNameEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_extraMessage = nullptr;
    QLabel *m_previewLabel = nullptr;
    QSpinBox *m_previewYearSpin = nullptr;
    QListWidget *m_previewList = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QPushButton *m_revertButton = nullptr;
};

} // namespace Custodian::Ui
