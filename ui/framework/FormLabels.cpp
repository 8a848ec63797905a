#include "framework/FormLabels.h"

#include <QLabel>

namespace Custodian::Ui::FormLabels {

QLabel *labelFor(QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(field);
    return label;
}

void setText(const QWidget *scope, QWidget *field, const QString &text)
{
    const QList<QLabel *> labels = scope->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == field) {
            label->setText(text);
            return;
        }
    }
    Q_ASSERT_X(false, "FormLabels::setText", "no label is tied to this field");
}

} // namespace Custodian::Ui::FormLabels
