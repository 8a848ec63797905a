#include "exchange/DutchVocabulary.h"

#include "DocumentLanguage.h"
#include "domain/Codes.h"
#include "domain/ExtraField.h"
#include "domain/IsoTime.h"
#include "exchange/TabularSupport.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace Custodian::Exchange::DutchVocabulary {

namespace {

using CodeKind = Domain::Codes::Kind;

QString bare(const QString &text)
{
    return Domain::ExtraFields::lettersAndDigits(text);
}

// Our labels of a code list in both languages, with and without their article suffix.
QHash<QString, QString> labels(CodeKind kind)
{
    static const QRegularExpression suffix(QStringLiteral("\\s*\\([^()]*(\\([^()]*\\)[^()]*)*\\)\\s*$"));
    QHash<QString, QString> names;
    for (const QString &code : Domain::Codes::codes(kind)) {
        names.insert(bare(code), code);
        for (const DocumentLanguage *language : {&TabularSupport::english(), &TabularSupport::dutch()}) {
            const QString label = Domain::Codes::label(kind, code, *language);
            names.insert(bare(label), code);
            names.insert(bare(QString(label).remove(suffix)), code);
        }
    }
    return names;
}

} // namespace

QString join(const QStringList &values)
{
    // A lone value with a ';' or a line break gets a bar after it, so that it is read as one.
    if (values.size() == 1 && (values.first().contains(u';') || values.first().contains(u'\n')))
        return values.first() + QStringLiteral(" |");
    return values.join(QStringLiteral(" | "));
}

QStringList split(const QString &cell)
{
    static const QRegularExpression bar(QStringLiteral("\\s*\\|\\s*"));
    static const QRegularExpression lines(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    static const QRegularExpression semicolons(QStringLiteral("\\s*;\\s*"));
    const QString text = cell.trimmed();
    if (text.isEmpty())
        return {};
    QStringList parts;
    if (text.contains(u'|'))
        parts = text.split(bar);
    else if (text.contains(u'\n') || text.contains(u'\r'))
        parts = text.split(lines);
    else
        parts = text.split(semicolons);
    QStringList values;
    for (const QString &part : std::as_const(parts)) {
        if (!part.trimmed().isEmpty())
            values << part.trimmed();
    }
    return values;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("ja") : QStringLiteral("nee");
}

std::optional<bool> yesNo(const QString &text)
{
    static const QSet<QString> yes = {QStringLiteral("ja"), QStringLiteral("j"),    QStringLiteral("yes"),
                                      QStringLiteral("y"),  QStringLiteral("waar"), QStringLiteral("true"),
                                      QStringLiteral("1"),  QStringLiteral("x")};
    static const QSet<QString> no = {QStringLiteral("nee"),    QStringLiteral("n"),     QStringLiteral("no"),
                                     QStringLiteral("onwaar"), QStringLiteral("false"), QStringLiteral("0"),
                                     QStringLiteral("geen")};
    const QString word = bare(text);
    if (yes.contains(word))
        return true;
    if (no.contains(word))
        return false;
    return std::nullopt;
}

QString lawfulBasis(const QString &text)
{
    // "6(1)(e)", "6.1.e", "art. 6.1 (e) AVG", "artikel 6 lid 1 onder e", "6 lid 1 sub e".
    static const QRegularExpression article(
        QStringLiteral("(?<![0-9])6\\s*(?:\\.|\\(|\\s)\\s*(?:lid\\s*)?1\\s*\\)?\\s*(?:\\.|\\s|onder|sub)*\\s*\\(?\\s*"
                       "([a-f])\\s*\\)?(?![a-z])"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = article.match(text);
    if (match.hasMatch())
        return match.captured(1).toLower();
    static const QHash<QString, QString> names = labels(CodeKind::LawfulBasis);
    const QString word = bare(text);
    if (const auto it = names.constFind(word); it != names.constEnd())
        return *it;
    struct Words
    {
        const char *code;
        QStringList words;
    };
    static const QList<Words> words = {
        {"a", {QStringLiteral("consent"), QStringLiteral("toestemming")}},
        {"b", {QStringLiteral("contract"), QStringLiteral("overeenkomst")}},
        {"c",
         {QStringLiteral("legalobligation"), QStringLiteral("wettelijkeverplichting"),
          QStringLiteral("wettelijkverplichting")}},
        {"d", {QStringLiteral("vitalinterest"), QStringLiteral("vitaalbelang"), QStringLiteral("vitalebelangen")}},
        {"e",
         {QStringLiteral("publictask"), QStringLiteral("publicinterest"), QStringLiteral("officialauthority"),
          QStringLiteral("algemeenbelang"), QStringLiteral("openbaargezag"), QStringLiteral("publiekrechtelijk"),
          QStringLiteral("publieketaak")}},
        {"f",
         {QStringLiteral("legitimateinterest"), QStringLiteral("gerechtvaardigdbelang"),
          QStringLiteral("gerechtvaardigdebelangen")}},
    };
    for (const Words &entry : words) {
        for (const QString &w : entry.words) {
            if (word.contains(w))
                return QLatin1String(entry.code);
        }
    }
    return QString();
}

QString activityStatus(const QString &text)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> found = labels(CodeKind::ActivityStatus);
        found.insert(QStringLiteral("concept"), QStringLiteral("draft"));
        found.insert(QStringLiteral("inreview"), QStringLiteral("in_review"));
        found.insert(QStringLiteral("inbeoordeling"), QStringLiteral("in_review"));
        found.insert(QStringLiteral("goedgekeurd"), QStringLiteral("approved"));
        found.insert(QStringLiteral("vastgesteld"), QStringLiteral("approved"));
        found.insert(QStringLiteral("beeindigd"), QStringLiteral("retired"));
        found.insert(QStringLiteral("vervallen"), QStringLiteral("retired"));
        return found;
    }();
    return names.value(bare(text));
}

QString retentionBasis(const QString &text)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> found = labels(CodeKind::RetentionBasis);
        found.insert(QStringLiteral("wettelijk"), QStringLiteral("statute"));
        found.insert(QStringLiteral("wettelijketermijn"), QStringLiteral("statute"));
        found.insert(QStringLiteral("beleid"), QStringLiteral("policy"));
        found.insert(QStringLiteral("richtlijn"), QStringLiteral("guidance"));
        found.insert(QStringLiteral("overeenkomst"), QStringLiteral("contract"));
        return found;
    }();
    return names.value(bare(text));
}

QDate date(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::QDate)
        return cell.toDate();
    if (cell.typeId() == QMetaType::QDateTime)
        return cell.toDateTime().date();
    if (cell.typeId() == QMetaType::Double) {
        // A date in a cell without a date format: Excel's day number.
        const double serial = cell.toDouble();
        if (serial >= 1 && serial < 2958466 && serial == std::floor(serial))
            return QDate(1899, 12, 30).addDays(qint64(serial));
        return QDate();
    }
    const QString text = cell.toString().trimmed();
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d-M-yyyy"), QStringLiteral("d/M/yyyy"),
                                  QStringLiteral("d.M.yyyy")}) {
        const QDate day = QDate::fromString(text, format);
        if (day.isValid())
            return day;
    }
    const QDateTime found = moment(cell);
    return found.isValid() ? found.date() : QDate();
}

QDateTime moment(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::QDateTime)
        return cell.toDateTime();
    if (cell.typeId() == QMetaType::QDate)
        return QDateTime(cell.toDate(), QTime(0, 0));
    const QString text = cell.toString().trimmed();
    QDateTime found = Domain::IsoTime::parseMoment(text); // with an offset
    if (!found.isValid())
        found = QDateTime::fromString(text, Qt::ISODateWithMs); // without one: local time
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd H:mm:ss"), QStringLiteral("yyyy-MM-dd H:mm"), QStringLiteral("d-M-yyyy H:mm"),
          QStringLiteral("d-M-yyyy H:mm:ss"), QStringLiteral("d/M/yyyy H:mm")}) {
        if (!found.isValid())
            found = QDateTime::fromString(text, format);
    }
    return found;
}

NamedLine namedLine(const QString &line)
{
    const qsizetype colon = line.indexOf(QLatin1String(": "));
    if (colon <= 0)
        return {QString(), line.trimmed()};
    return {line.left(colon).trimmed(), line.mid(colon + 2).trimmed()};
}

} // namespace Custodian::Exchange::DutchVocabulary
