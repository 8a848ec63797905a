// What the UI tests repeat to put something on screen: a widget resized, shown and exposed, and the
// main window with passphrases remembered in memory only, never in the desktop's keychain.
#pragma once

#include <QSize>
#include <QString>
#include <QTest>
#include <QWidget>

#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "storage/MemoryKeyStore.h"

namespace TestSupport {

// Resizes and shows a widget, then waits until it is on screen; false when it never got there.
// 1280×800 is the window the UX guide designs the sections for.
[[nodiscard]] inline bool showAt(QWidget &widget, QSize size = QSize(1280, 800))
{
    widget.resize(size);
    widget.show();
    return QTest::qWaitForWindowExposed(&widget);
}

// The window's own key store, a base class so that it is made before the window that uses it and
// destroyed after it (MainWindow takes the key store in its constructor).
struct MemoryKeyStoreHolder
{
    Custodian::Storage::MemoryKeyStore memoryKeyStore;
};

// The main window as the tests start it: in the language asked for (set before the window makes
// its texts; empty keeps the manager's), with a key store in memory of its own unless the test
// passes one it shares between windows or looks into.
class TestWindow : private MemoryKeyStoreHolder, public Custodian::Ui::MainWindow
{
public:
    explicit TestWindow(Custodian::Ui::LanguageManager *language, const QString &code = QString(),
                        Custodian::Storage::KeyStore *keyStore = nullptr)
        : MainWindow(keyStore ? keyStore : &memoryKeyStore, inLanguage(language, code))
    {}

    // The key store the window uses when the test passed none.
    Custodian::Storage::MemoryKeyStore &ownKeyStore() { return memoryKeyStore; }

    // 1024×700 is the smallest window the layout test checks, the size most window tests use.
    [[nodiscard]] bool showAt(QSize size = QSize(1024, 700)) { return TestSupport::showAt(*this, size); }

private:
    static Custodian::Ui::LanguageManager *inLanguage(Custodian::Ui::LanguageManager *language, const QString &code)
    {
        if (!code.isEmpty())
            language->setLanguage(code);
        return language;
    }
};

} // namespace TestSupport
