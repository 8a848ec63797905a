#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QStringView>
#include <QVarLengthArray>

class QIODevice;

namespace Custodian::Domain {

// Writes JSON text as it goes, to a device or into a byte array, without building a document
// first: an export of a large register is written item by item. Containers nested deeper than
// compactDepth are written on one line (an item per line); the levels above are indented by two
// spaces. Keys are written in the order they are given. A write error of the device is kept and
// stops further writing: see ok().
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice *device, int compactDepth = 3);
    explicit JsonWriter(QByteArray *text, int compactDepth = 3);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);
    void key(QStringView name);

    void string(QStringView text);
    void integer(qint64 number);
    void number(double number);
    void boolean(bool value);
    void null();
    // A day as YYYY-MM-DD, a moment as UTC YYYY-MM-DDThh:mm:ssZ; null when not set.
    void day(QDate date);
    void moment(const QDateTime &moment);
    void value(const QJsonValue &value);
    void object(const QJsonObject &object);
    void array(const QJsonArray &array);

    // Writes what is buffered to the device; false when the device refused it.
    bool flush();
    bool ok() const { return !m_failed; }

private:
    struct Level
    {
        bool empty = true;
        bool compact = false;
    };
    void open(char bracket);
    void close(char bracket);
    void separate();
    void newline(qsizetype depth);
    void quoted(QStringView text);
    void quoted(QLatin1StringView text);
    void maybeFlush();

    QIODevice *m_device = nullptr;
    QByteArray m_own;
    QByteArray *m_text = nullptr;
    QVarLengthArray<Level, 16> m_levels;
    int m_compactDepth = 3;
    bool m_afterKey = false;
    bool m_failed = false;
};

} // namespace Custodian::Domain
