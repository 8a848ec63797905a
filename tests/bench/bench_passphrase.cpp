// What the passphrase strength estimate costs per keystroke (UI review M11): the create and change
// dialogs assess the whole passphrase again on every key, so a 30-character passphrase is typed one
// character at a time and each prefix assessed, with a register's context words, as the dialog does.
// The first assessment (which loads the Dutch words) is timed apart. Prints figures (median and
// worst of the runs); asserts nothing. The budget is one frame, 16 ms.
// Usage: custodian-bench-passphrase [runs]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include "security/PassphraseStrength.h"

using Custodian::Security::PassphraseStrength;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int runs = arguments.size() > 1 ? std::max(1, arguments.at(1).toInt()) : 200;
    QTextStream out(stdout);

    PassphraseStrength strength;
    strength.setContextWords({QStringLiteral("Voorbeeld Software B.V."), QStringLiteral("register")});
    QElapsedTimer timer;
    timer.start();
    const auto first = strength.assess(QStringLiteral("x"));
    out << QStringLiteral("first assessment (loads %1 Dutch words): %2 ms\n")
               .arg(PassphraseStrength::dutchWords().size())
               .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 3);
    Q_UNUSED(first)

    const QStringList passphrases = {
        QStringLiteral("paard batterij nietje correct "), // 30 characters of words
        QStringLiteral("Welkom2024!Welkom2024!Welkom20"), // 30 characters of patterns
        QStringLiteral("k9#Lm2!qZx7&Pw4$Rt8*Yb3@Nc6^Hd"), // 30 random characters
    };
    for (const QString &passphrase : passphrases) {
        std::vector<double> keystrokes; // ms for one keystroke: the prefix typed so far
        std::vector<double> whole;      // ms for the full 30 characters
        for (int run = 0; run < runs; ++run) {
            for (qsizetype length = 1; length <= passphrase.size(); ++length) {
                timer.restart();
                const auto assessment = strength.assess(passphrase.left(length));
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                keystrokes.push_back(ms);
                if (length == passphrase.size())
                    whole.push_back(ms);
                Q_UNUSED(assessment)
            }
        }
        std::sort(keystrokes.begin(), keystrokes.end());
        std::sort(whole.begin(), whole.end());
        out << QStringLiteral("%1 (%2 characters): full passphrase median %3 ms, worst %4 ms; any keystroke "
                              "median %5 ms, worst %6 ms; %7 bits\n")
                   .arg(passphrase.left(12) + QStringLiteral("…"))
                   .arg(passphrase.size())
                   .arg(whole.at(whole.size() / 2), 0, 'f', 3)
                   .arg(whole.back(), 0, 'f', 3)
                   .arg(keystrokes.at(keystrokes.size() / 2), 0, 'f', 3)
                   .arg(keystrokes.back(), 0, 'f', 3)
                   .arg(strength.assess(passphrase).bits, 0, 'f', 1);
    }
    return 0;
}
