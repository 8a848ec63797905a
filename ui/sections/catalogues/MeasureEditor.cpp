#include "sections/catalogues/MeasureEditor.h"

#include "framework/RegisterContext.h"
#include "register/Services.h"
#include "sections/catalogues/PartyUsedByList.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Custodian::Ui {

using Domain::SecurityMeasure;

MeasureEditor::MeasureEditor(RegisterContext *context, QWidget *parent) : CatalogueItemEditor(context, parent)
{
    setObjectName(QStringLiteral("measureEditor"));
    QFormLayout *form = pages()->addPage(QStringLiteral("measurePage"));
    m_captions.add(form);
    m_form.add(form, "title", FieldOptions().withMnemonic());
    m_form.add(form, "kind", FieldOptions().withMnemonic());
    m_form.add(form, "description", FieldOptions().withMnemonic().withLines(6));
    m_form.add(form, "publicSummary", FieldOptions().withLines(3));
    endForm(form);
}

Register::EntityService<SecurityMeasure> &MeasureEditor::service() const
{
    return context()->measures();
}

void MeasureEditor::readExtra(SecurityMeasure &measure) const
{
    // The fields as the register keeps them, so that an edit is told from the stored measure.
    SecurityMeasure::spec().normalise(measure);
}

QString MeasureEditor::usedByEmptyText(bool newItem) const
{
    return newItem ? tr("Nothing applies a new measure yet.")
                   : tr("No processing activity or agreement applies this measure.");
}

QString MeasureEditor::newItemText() const
{
    return tr("New measure");
}

QString MeasureEditor::retiredText() const
{
    return tr("This measure is retired: it stays in the register's history but is no longer offered for new links. Use "
              "“Restore” to offer it again.");
}

void MeasureEditor::retranslateUi()
{
    setPlaceholderText(tr("Choose a measure in the list, or create a new one."));
    const QList<QPair<QString, QString>> captions = {
        {tr("Technical and organisational measure — Art. 32, Art. 30(1)(g)"), QString()},
        {tr("Used by"), tr("Processing activities, processor activities and agreements that apply this measure. "
                           "Press Enter or double-click to open one.")},
    };
    m_captions.setTexts(captions);
    pages()->setTitle(0, tr("Measure"));
    m_form.retranslate();
    m_form.widget<QLineEdit>("title")->setPlaceholderText(tr("e.g. Encryption of the application database"));
    m_form.widget<QPlainTextEdit>("description")
        ->setPlaceholderText(
            tr("What the measure does and where it applies, in words an auditor can check: for example "
               "\"AES-256 encryption at rest of the production database; keys in the hosting provider's key vault, "
               "rotated yearly\"."));
    m_form.widget<QPlainTextEdit>("publicSummary")
        ->setPlaceholderText(tr("e.g. \"Your data is stored encrypted.\" Leave empty to keep the measure internal."));
    fields().setHint(QStringLiteral("publicSummary"),
                     tr("The privacy statement describes security in general terms; it never needs the details."));
    m_form.widget<QComboBox>("kind")->setToolTip(
        tr("Technical: in the systems (encryption, access control, backups). Organisational: in the way people work "
           "(policies, training, confidentiality agreements)."));
    usedByList()->setAccessibleName(tr("Used by"));
}

} // namespace Custodian::Ui
