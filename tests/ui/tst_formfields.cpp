// How form fields behave. The mouse wheel over a form scrolls the form: a combo box or spin box
// passing under the pointer keeps its value unless it has focus (UI review L6: the agreement form
// stopped scrolling). A combo box too narrow for its choice shows "…" and the whole choice in its
// tooltip, never a word cut off without a sign.
#include <QComboBox>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtTest>

#include "framework/WheelGuard.h"
#include "support/TestWindow.h"
#include "widgets/ElidedComboBox.h"

using namespace Custodian::Ui;

class TestFormFields : public QObject
{
    Q_OBJECT

    static void wheelDown(QWidget *widget)
    {
        const QPointF centre = QRectF(widget->rect()).center();
        QWheelEvent event(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &event);
    }

private slots:
    void initTestCase() { WheelGuard::ensureInstalled(); }

    void formFieldsKeepTheirValueUnlessFocused()
    {
        QScrollArea area;
        auto *form = new QWidget;
        auto *layout = new QVBoxLayout(form);
        auto *combo = new QComboBox;
        combo->addItems({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")});
        auto *spin = new QSpinBox;
        spin->setValue(5);
        auto *other = new QSpinBox; // takes the focus away
        layout->addWidget(combo);
        layout->addWidget(spin);
        layout->addWidget(other);
        layout->addSpacing(2000);
        area.setWidget(form);
        area.setWidgetResizable(true);
        QVERIFY(TestSupport::showAt(area, QSize(300, 200)));
        other->setFocus();
        QTRY_VERIFY(other->hasFocus());

        QVERIFY(WheelGuard::passesOn(combo));
        QVERIFY(WheelGuard::passesOn(spin));
        wheelDown(combo);
        wheelDown(spin);
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(spin->value(), 5);

        // With focus the field takes the wheel, as the person chose it.
        QVERIFY(!WheelGuard::passesOn(other));
        other->setValue(5);
        wheelDown(other);
        QCOMPARE(other->value(), 4);
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        wheelDown(combo);
        QCOMPARE(combo->currentIndex(), 1);
    }

    void narrowComboShowsThatItIsCut()
    {
        QWidget window;
        auto *combo = new ElidedComboBox(&window);
        combo->addItem(QStringLiteral("Contact details in the CRM — 2 years after the end of the relationship"));
        combo->addItem(QStringLiteral("Short"));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        combo->resize(combo->minimumSizeHint().width() + 20, combo->sizeHint().height());
        QVERIFY(TestSupport::showAt(window, QSize(400, 100)));
        combo->repaint();
        QVERIFY(combo->isElided());
        QHelpEvent help(QEvent::ToolTip, QPoint(5, 5), combo->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(combo, &help);
        QTRY_COMPARE(QToolTip::text(), combo->currentText());
        QToolTip::hideText();

        combo->setCurrentIndex(1);
        combo->repaint();
        QVERIFY(!combo->isElided());
    }

    void outsideAScrollAreaNothingChanges()
    {
        QComboBox combo;
        combo.addItems({QStringLiteral("one"), QStringLiteral("two")});
        QVERIFY(!WheelGuard::passesOn(&combo)); // a dialog's combo box keeps its wheel
        QVERIFY(!WheelGuard::passesOn(nullptr));
    }
};

QTEST_MAIN(TestFormFields)
#include "tst_formfields.moc"
