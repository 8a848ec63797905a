// The translations a person reads: the Dutch file is complete (every source text has a finished
// translation), and every count reads as a real plural in both languages ("1 error", "2 errors",
// never "1 error(s)"): the English file carries the plural forms of each %n text.
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList forms; // numerus forms, or the one translation
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context,
                              QString(),
                              xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                              false,
                              {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            message.finished = type.isEmpty();
            if (!message.numerus) {
                message.forms << xml.readElementText();
                messages << message;
            }
        } else if (name == QLatin1String("numerusform")) {
            message.forms << xml.readElementText();
            if (message.forms.size() == 2)
                messages << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(CUSTODIAN_TRANSLATIONS_DIR "/custodian_%1.ts").arg(language);
}

// "(s)", "(ies)", "(en)": a plural written as a placeholder.
const QRegularExpression placeholderPlural(QStringLiteral("\\w\\((s|es|ies|en|s\\)/\\w+)\\)"));

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void dutchIsComplete()
    {
        QString error;
        const QList<Message> messages = readTs(tsPath(QStringLiteral("nl")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 1000);
        QStringList unfinished;
        for (const Message &message : messages) {
            const bool empty = std::any_of(message.forms.cbegin(), message.forms.cend(),
                                           [](const QString &form) { return form.trimmed().isEmpty(); });
            if (!message.finished || empty)
                unfinished << QStringLiteral("%1: %2").arg(message.context, message.source.left(80));
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    void countsReadAsPlurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("nl") << QStringLiteral("nl");
    }
    void countsReadAsPlurals()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int numerus = 0;
        QStringList wrong;
        for (const Message &message : messages) {
            if (!message.numerus)
                continue;
            ++numerus;
            const bool placeholder = std::any_of(message.forms.cbegin(), message.forms.cend(), [](const QString &form) {
                return placeholderPlural.match(form).hasMatch();
            });
            if (!message.finished || message.forms.size() != 2 || placeholder)
                wrong << QStringLiteral("%1: %2 → %3")
                             .arg(message.context, message.source.left(60), message.forms.join(QStringLiteral(" | ")));
        }
        QVERIFY(numerus > 30);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
