#pragma once

#include <QComboBox>

namespace Custodian::Ui {

// A combo box narrower than its choice shows the choice's start and "…", never a word cut off
// without a sign; its tooltip then has the whole choice.
class ElidedComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ElidedComboBox(QWidget *parent = nullptr);

    // Whether the current choice is cut in the last paint.
    bool isElided() const { return m_elided; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    bool m_elided = false;
};

} // namespace Custodian::Ui
