#pragma once

class QLabel;
class QString;
class QWidget;

namespace Custodian::Ui {

// Labels tied to their field (the buddy: the mnemonic focuses the field, screen readers name it by
// the label), whose texts are set through the field: a form keeps no label members.
namespace FormLabels {

// A new label in parent whose buddy is field; its text comes from setText().
QLabel *labelFor(QWidget *field, QWidget *parent);
// Sets the text of the label under scope whose buddy is field. There must be one.
void setText(const QWidget *scope, QWidget *field, const QString &text);

} // namespace FormLabels

} // namespace Custodian::Ui
