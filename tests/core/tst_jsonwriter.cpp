// The streaming JSON writer of the export: what it writes parses back to the same values, text is
// escaped and encoded as JSON requires, and the layout puts each item on a line of its own.
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include "domain/JsonWriter.h"

using Custodian::Domain::JsonWriter;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private:
    static QJsonValue parsed(const QByteArray &text)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString() << text;
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    static QByteArray written(const QString &text)
    {
        QByteArray out;
        JsonWriter writer(&out);
        writer.beginArray();
        writer.string(text);
        writer.endArray();
        return out;
    }

private slots:
    void textIsEscapedAndReadsBackTheSame_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Verwerkingsregister 2026");
        QTest::newRow("quote and backslash") << QStringLiteral("say \"no\" \\ C:\\path");
        QTest::newRow("controls") << QStringLiteral("line\nnext\ttab\r\b\f") + QChar(0x01) + QChar(0x1f);
        QTest::newRow("accents") << QStringLiteral("café, Ĳsselmeer, naïef, €");
        QTest::newRow("astral") << QStringLiteral("emoji \U0001F600 and 𝄞");
        QTest::newRow("empty") << QString();
        QTest::newRow("slash and angle") << QStringLiteral("</script> a/b");
    }
    void textIsEscapedAndReadsBackTheSame()
    {
        QFETCH(QString, text);
        const QByteArray out = written(text);
        QCOMPARE(parsed(out).toArray().at(0).toString(), text);
        // What Qt writes for the same string, compactly, is the same text.
        const QByteArray qt = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        QCOMPARE(out.trimmed(), QByteArray("[\n  ") + qt.mid(1, qt.size() - 2) + QByteArray("\n]"));
    }

    void aLoneSurrogateBecomesTheReplacementCharacter()
    {
        const QString broken = QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b") + QChar(0xdc00);
        const QByteArray out = written(broken);
        QVERIFY(QString::fromUtf8(out).isValidUtf16());
        QCOMPARE(parsed(out).toArray().at(0).toString(), QStringLiteral("a\uFFFDb\uFFFD"));
    }

    void valuesOfEveryTypeReadBack()
    {
        QJsonObject object{
            {QStringLiteral("integer"), qint64(9007199254740991)},
            {QStringLiteral("negative"), -42},
            {QStringLiteral("fraction"), 0.1},
            {QStringLiteral("yes"), true},
            {QStringLiteral("no"), false},
            {QStringLiteral("nothing"), QJsonValue()},
            {QStringLiteral("list"), QJsonArray{1, QStringLiteral("two"), QJsonArray{}, QJsonObject{}}},
            {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), QJsonObject{{QStringLiteral("b"), 1}}}}},
        };
        QByteArray out;
        {
            JsonWriter writer(&out);
            writer.object(object);
        }
        QCOMPARE(parsed(out).toObject(), object);
    }

    void daysAndMomentsAreIsoTextOrNull()
    {
        QByteArray out;
        {
            JsonWriter writer(&out);
            writer.beginArray();
            writer.day(QDate(2026, 3, 7));
            writer.day(QDate());
            writer.moment(QDateTime(QDate(2026, 12, 5), QTime(23, 4, 5), QTimeZone(3600)));
            writer.moment(QDateTime());
            writer.day(QDate(12345, 1, 2));
            writer.endArray();
        }
        const QJsonArray values = parsed(out).toArray();
        QCOMPARE(values.at(0).toString(), QStringLiteral("2026-03-07"));
        QVERIFY(values.at(1).isNull());
        QCOMPARE(values.at(2).toString(), QStringLiteral("2026-12-05T22:04:05Z"));
        QVERIFY(values.at(3).isNull());
        QCOMPARE(values.at(4).toString(), QDate(12345, 1, 2).toString(Qt::ISODate));
    }

    // The levels above compactDepth indented, the deeper ones on one line: an item per line.
    void itemsAreWrittenOnALineEach()
    {
        QByteArray out;
        {
            JsonWriter writer(&out, 2);
            writer.beginObject();
            writer.key(QLatin1StringView("items"));
            writer.beginArray();
            for (int i = 0; i < 2; ++i) {
                writer.beginObject();
                writer.key(QLatin1StringView("n"));
                writer.integer(i);
                writer.key(QLatin1StringView("list"));
                writer.array(QJsonArray{1, 2});
                writer.endObject();
            }
            writer.endArray();
            writer.key(QLatin1StringView("empty"));
            writer.beginArray();
            writer.endArray();
            writer.endObject();
        }
        QCOMPARE(out, QByteArray("{\n"
                                 "  \"items\": [\n"
                                 "    {\"n\":0,\"list\":[1,2]},\n"
                                 "    {\"n\":1,\"list\":[1,2]}\n"
                                 "  ],\n"
                                 "  \"empty\": []\n"
                                 "}\n"));
    }

    void aDeviceThatRefusesTheWriteIsReported()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        JsonWriter writer(&readOnly);
        writer.beginArray();
        writer.string(QStringLiteral("x"));
        writer.endArray();
        QVERIFY(!writer.flush());
        QVERIFY(!writer.ok());
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
