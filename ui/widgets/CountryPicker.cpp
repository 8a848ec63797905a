#include "widgets/CountryPicker.h"

#include "domain/Countries.h"
#include "domain/NameOrder.h"

#include <QCompleter>
#include <QEvent>
#include <QLineEdit>

namespace Custodian::Ui {

namespace {
constexpr int otherNameRole = Qt::UserRole + 1;
}

CountryPicker::CountryPicker(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    fill();
    lineEdit()->setPlaceholderText(tr("Type a country or its two-letter code"));
    connect(this, &QComboBox::editTextChanged, this, [this] {
        if (!m_filling)
            emit codeChanged();
    });
}

QString CountryPicker::label(const QString &code)
{
    const Domain::Countries::Country *country = Domain::Countries::find(code);
    if (!country)
        return code;
    //: A country in the picker: %1 its name, %2 its two-letter ISO code
    return tr("%1 (%2)").arg(country->name(QLocale().language()), country->code);
}

void CountryPicker::fill()
{
    m_filling = true;
    const QString current = code();
    QList<const Domain::Countries::Country *> countries;
    for (const Domain::Countries::Country &country : Domain::Countries::all())
        countries.append(&country);
    const QLocale::Language language = QLocale().language();
    Domain::NameOrder().sort(&countries,
                             [language](const Domain::Countries::Country *country) { return country->name(language); });
    clear();
    addItem(QString(), QString());
    for (const Domain::Countries::Country *country : std::as_const(countries)) {
        addItem(label(country->code), country->code);
        // The name in the other language, so that a Dutch name typed in English mode is found too.
        setItemData(count() - 1, language == QLocale::Dutch ? country->english : country->dutch, otherNameRole);
    }
    if (QCompleter *completer = this->completer()) {
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
    }
    setCode(current);
    m_filling = false;
}

QString CountryPicker::code() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return QString();
    const int index = findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return itemData(index).toString();
    // A code or a country's name typed in full, in either language.
    const QString known = Domain::Countries::codeOf(text);
    return known.isEmpty() ? text : known;
}

void CountryPicker::setCode(const QString &code)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const QString known = Domain::Countries::codeOf(code);
    const int index = code.trimmed().isEmpty() ? 0 : (known.isEmpty() ? -1 : findData(known));
    if (index >= 0) {
        setCurrentIndex(index);
        setEditText(itemText(index));
    } else {
        setCurrentIndex(-1);
        setEditText(code);
    }
    m_filling = wasFilling;
}

void CountryPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fill();
        if (lineEdit())
            lineEdit()->setPlaceholderText(tr("Type a country or its two-letter code"));
    }
    QComboBox::changeEvent(event);
}

} // namespace Custodian::Ui
