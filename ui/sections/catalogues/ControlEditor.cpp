#include "sections/catalogues/ControlEditor.h"

#include "framework/RegisterContext.h"
#include "reports/Controls.h"
#include "widgets/CodeChecklist.h"

#include <QFormLayout>

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <algorithm>

namespace Custodian::Ui {

using Domain::ControlReference;

ControlEditor::ControlEditor(RegisterContext *context, QWidget *parent) : CatalogueItemEditor(context, parent)
{
    setObjectName(QStringLiteral("controlEditor"));
    QFormLayout *form = pages()->addPage(QStringLiteral("controlPage"));
    QWidget *page = form->parentWidget();
    m_captions.add(form);
    m_form.add(form, "framework", FieldOptions().withMnemonic());
    m_form.add(form, "code", FieldOptions().withMnemonic());
    m_form.add(form, "title", FieldOptions().withMnemonic());
    m_form.add(form, "notes", FieldOptions().withMnemonic().withLines(3));

    // The reports that are evidence for it, and what they name already.
    m_captions.add(form);
    m_reportsList = addCodeList(form, "reportKinds");
    m_shipped = new QLabel(page);
    m_shipped->setObjectName(QStringLiteral("shippedControls"));
    m_shipped->setWordWrap(true);
    m_shipped->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_shipped->setTextFormat(Qt::PlainText);
    form->addRow(m_shipped);
    connect(m_reportsList, &CodeChecklist::checkedCodesChanged, this, [this] { updateDependentFields(); });

    m_form.onChange(this, [this] { onEdited(); });
    retranslateUi();
    showPlaceholder(QString());
}

Register::EntityService<ControlReference> &ControlEditor::service() const
{
    return context()->controls();
}

void ControlEditor::readExtra(ControlReference &control) const
{
    ControlReference::spec().normalise(control);
}

QString ControlEditor::shippedText() const
{
    // The catalogue once, in its order: each control one of the ticked reports names.
    const QStringList ticked = m_reportsList->checkedCodes();
    QList<Reports::Control> shipped;
    for (const Reports::Controls::Entry &entry : Reports::Controls::catalogue()) {
        if (std::any_of(entry.kinds.cbegin(), entry.kinds.cend(),
                        [&ticked](Reports::Kind kind) { return ticked.contains(Reports::kindName(kind)); }))
            shipped.append(entry.control);
    }
    return Reports::Controls::evidenceLine(shipped);
}

void ControlEditor::updateDependentFields()
{
    const QString shipped = shippedText();
    m_shipped->setText(shipped.isEmpty() ? tr("Tick the reports that are evidence for the control: they will name it "
                                              "beside the controls they name already.")
                                         : tr("These reports name already: %1").arg(shipped));
}

QString ControlEditor::usedByEmptyText(bool) const
{
    return {};
}

QString ControlEditor::newItemText() const
{
    return tr("New control");
}

QString ControlEditor::retiredText() const
{
    return tr("This control is retired: auditors no longer test it, and the reports no longer name it. It stays in "
              "the register's history. Use “Restore” if it is tested again.");
}

void ControlEditor::retranslateUi()
{
    setPlaceholderText(tr("Choose a control in the list, or create a new one."));
    const QList<QPair<QString, QString>> captions = {
        {tr("Control"), tr("A control your auditors test that Custodian does not know: its text stays yours.")},
        {tr("Evidence"), tr("The reports that are evidence for it print it among their controls, marked as entered by "
                            "the organisation.")},
    };
    m_captions.setTexts(captions);
    pages()->setTitle(0, tr("Control"));
    m_form.retranslate();
    retranslateLists();
    m_form.widget<QLineEdit>("framework")->setPlaceholderText(tr("e.g. NOREA PCF, ENSIA, our privacy policy"));
    m_form.widget<QLineEdit>("code")->setPlaceholderText(tr("As the framework numbers it"));
    updateDependentFields();
}

} // namespace Custodian::Ui
