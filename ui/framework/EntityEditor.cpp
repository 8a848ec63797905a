#include "framework/EntityEditor.h"

namespace Custodian::Ui {

EntityEditor::EntityEditor(RegisterContext *context, QWidget *parent) : QWidget(parent), m_context(context) {}

void EntityEditor::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

} // namespace Custodian::Ui
