#pragma once

#include <QLayout>
#include <QList>

namespace Custodian::Ui {

// Lays its widgets out left to right and starts a new row when the next one does not fit, so a
// row of filters never sets the width of the pane it is in: at its narrowest the layout is as
// wide as its widest widget. Widgets that expand horizontally (a search field) share what is
// left of their row.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    void insertWidget(int index, QWidget *widget);
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (only measures when apply is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    int spacing(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};

} // namespace Custodian::Ui
