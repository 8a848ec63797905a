#pragma once

#include <QComboBox>

namespace Custodian::Ui {

// An editable combo of the ISO 3166-1 countries, named in the UI language ("Nederland (NL)") and
// sorted by name; typing finds a country by part of its name in either language or by its code.
// The value is the two-letter code; text that names no country is kept as typed, so that
// validation can say what is wrong with it.
class CountryPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit CountryPicker(QWidget *parent = nullptr);

    QString code() const;
    void setCode(const QString &code);

    // "Ireland (IE)" in the UI language; the value itself when it is not a known code.
    static QString label(const QString &code);

signals:
    void codeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    bool m_filling = false;
};

} // namespace Custodian::Ui
