#pragma once

#include <QHash>

#include "framework/EditorPages.h"
#include "framework/SingletonPage.h"
#include "register/RegisterSettingsService.h"

namespace Custodian::Register {
class LetterService;
}

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
class RegisterSettingsPage : public SingletonPage
{
    Q_OBJECT
public:
    explicit RegisterSettingsPage(QWidget *parent = nullptr);

    void setService(Register::RegisterSettingsService *service);
    // The letters' templates are edited beside the settings (LetterTemplatesDialog).
    void setLetterService(Register::LetterService *letters);
    Register::RegisterSettings currentSettings() const;

    // For tests and keyboard users alike: the add-a-day form.
    void addExtraHoliday(QDate date, const QString &name);

protected:
    Status loadForm() override;
    Status storeForm(Domain::Findings *findings) override;
    Domain::Findings formFindings() const override;
    Domain::Findings inputFindings() const override { return m_inputFindings; }
    bool isFormModified() const override;
    void updateDependentFields() override { updatePreview(); }
    void retranslateUi() override;

private:
    void addExtraDays();
    void addPreview();
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
    Domain::Findings m_inputFindings;                               // of the add-a-day form

    QComboBox *m_calendarCombo = nullptr;
    QSpinBox *m_marginSpin = nullptr;
    QTableWidget *m_extraTable = nullptr;
    QDateEdit *m_newDateEdit = nullptr;
    QLineEdit *m_newNameEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_previewLabel = nullptr;
    QSpinBox *m_previewYearSpin = nullptr;
    QListWidget *m_previewList = nullptr;
    Register::LetterService *m_letters = nullptr;
    QPushButton *m_templatesButton = nullptr;
};

} // namespace Custodian::Ui
