// The navigation's and the main actions' icons (ui/widgets/Icons.h): with no icon theme at all,
// every section and action still has one, from the bundled PNGs at 16, 24, 32 and 48 px; the
// navigation of the demo register shows one for every section, and the File menu and the
// section pages' buttons carry theirs next to their text.
#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QtTest>

#include "app/LanguageManager.h"
#include "support/TestWindow.h"
#include "widgets/Icons.h"

using namespace Custodian;
using namespace Custodian::Ui;

namespace {

const QStringList &sectionCodes()
{
    static const QStringList codes = {QStringLiteral("dashboard"),
                                      QStringLiteral("organisation"),
                                      QStringLiteral("activity"),
                                      QStringLiteral("processor_activity"),
                                      QStringLiteral("request"),
                                      QStringLiteral("breach"),
                                      QStringLiteral("party"),
                                      QStringLiteral("agreement"),
                                      QStringLiteral("retention_rule"),
                                      QStringLiteral("legal_hold"),
                                      QStringLiteral("security_measure"),
                                      QStringLiteral("cookie"),
                                      QStringLiteral("privacy_statement"),
                                      QStringLiteral("findings"),
                                      QStringLiteral("reports"),
                                      QStringLiteral("control_reference"),
                                      QStringLiteral("settings")};
    return codes;
}

const QList<Icons::Action> &allActions()
{
    static const QList<Icons::Action> actions = {
        Icons::Action::NewItem, Icons::Action::NewRegister, Icons::Action::Open,    Icons::Action::Save,
        Icons::Action::Revert,  Icons::Action::Retire,      Icons::Action::History, Icons::Action::Lock};
    return actions;
}

// A bundled icon: every size there, drawn (not an empty pixmap).
void verifyBundled(const QIcon &icon, const QString &what)
{
    QVERIFY2(!icon.isNull(), qPrintable(what));
    const QList<QSize> sizes = icon.availableSizes();
    for (const int size : {16, 24, 32, 48}) {
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QStringLiteral("%1 at %2 px").arg(what).arg(size)));
        const QImage image = icon.pixmap(QSize(size, size)).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; ++y) {
            for (int x = 0; x < image.width() && !drawn; ++x)
                drawn = qAlpha(image.pixel(x, y)) > 0;
        }
        QVERIFY2(drawn, qPrintable(QStringLiteral("%1 at %2 px is blank").arg(what).arg(size)));
    }
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT
private:
    LanguageManager m_language;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No icon theme: only the bundled fallbacks count.
        QIcon::setThemeSearchPaths({});
        QIcon::setFallbackSearchPaths({});
        QIcon::setThemeName(QString());
        QIcon::setFallbackThemeName(QString());
    }

    void everySectionHasAnIcon()
    {
        QSet<QString> names;
        for (const QString &code : sectionCodes()) {
            const QString name = Icons::sectionName(code);
            QVERIFY2(!name.isEmpty(), qPrintable(code));
            names.insert(name);
            verifyBundled(Icons::section(code), code);
        }
        // One picture per section, so the navigation is told apart at a glance.
        QCOMPARE(names.size(), sectionCodes().size());
        QVERIFY(Icons::section(QStringLiteral("no_such_section")).isNull());
    }

    void everyActionHasAnIcon()
    {
        for (const Icons::Action action : allActions()) {
            const QString name = Icons::actionName(action);
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(int(action))));
            verifyBundled(Icons::action(action), name);
        }
    }

    void glyphsStayVisibleOnADarkPalette()
    {
        // The mean lightness of the opaque pixels of the parties icon (a grey glyph, no accents).
        auto lightness = [] {
            const QImage image = Icons::section(QStringLiteral("party")).pixmap(QSize(24, 24)).toImage();
            double sum = 0;
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor colour = QColor::fromRgba(image.pixel(x, y));
                    if (colour.alpha() > 200) {
                        sum += colour.lightnessF();
                        ++count;
                    }
                }
            }
            return count > 0 ? sum / count : -1.0;
        };
        const QPalette original = QGuiApplication::palette();
        QVERIFY(lightness() >= 0 && lightness() < 0.4); // dark on the light window
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        QGuiApplication::setPalette(dark);
        const double onDark = lightness();
        QGuiApplication::setPalette(original);
        QVERIFY2(onDark > 0.8, qPrintable(QString::number(onDark)));
        QVERIFY(lightness() < 0.4); // and back
    }

    void demoRegisterShowsThem()
    {
        TestSupport::TestWindow window(&m_language, QStringLiteral("en"));
        QVERIFY(window.showAt());
        QVERIFY(window.openDemo());

        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), sectionCodes().size());
        const QFontMetrics metrics = navigation->fontMetrics();
        for (int row = 0; row < navigation->count(); ++row) {
            const QListWidgetItem *item = navigation->item(row);
            QVERIFY2(!item->icon().isNull(), qPrintable(item->text()));
            QVERIFY(!item->text().isEmpty());
            // The fixed width leaves room for the icon and the whole name.
            const QRect rect = navigation->visualItemRect(item);
            QVERIFY2(rect.width() >= navigation->iconSize().width() + metrics.horizontalAdvance(item->text()),
                     qPrintable(item->text()));
        }

        for (const char *name : {"newItemAction", "saveAction"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->icon().isNull(), name);
        }

        // The section on screen: New, Retire and History keep their text and gain an icon.
        navigation->setCurrentRow(sectionCodes().indexOf(QStringLiteral("activity")));
        for (const char *name : {"newButton", "retireButton", "historyButton", "saveButton", "revertButton"}) {
            QPushButton *button = nullptr;
            const QList<QPushButton *> buttons = window.findChildren<QPushButton *>(QLatin1String(name));
            for (QPushButton *candidate : buttons) {
                if (candidate->isVisibleTo(&window) || !button)
                    button = candidate;
            }
            QVERIFY2(button, name);
            QVERIFY2(!button->icon().isNull(), name);
            QVERIFY2(!button->text().isEmpty(), name);
        }
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
