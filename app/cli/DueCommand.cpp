// custodian-cli due REGISTER [--as-of YYYY-MM-DD] [--within DAYS] [--json | --format ics -o FILE]
#include "RegisterCommands.h"

#include "CommandLine.h"

#include "domain/IsoTime.h"
#include "register/queries/DueList.h"
#include "storage/Database.h"

#include <QJsonDocument>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::DueCommand)
};

constexpr int DefaultWithinDays = 7;
constexpr int MaximumWithinDays = 3660;

} // namespace

int runDueCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("due"), out, err);
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        Tr::tr("Count as of the end of this day (default today)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption withinOption(
        QStringLiteral("within"),
        Tr::tr("Also list what falls due within this many days (default %1).").arg(DefaultWithinDays),
        QStringLiteral("DAYS"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the list as a JSON array."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Tr::tr("ics: write an iCalendar file with an alarm at each internal target."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("The file to write (with --format ics)."), QStringLiteral("FILE"));
    cli.addPassphraseOption();
    for (const QCommandLineOption &option : {asOfOption, withinOption, jsonOption, formatOption, outputOption})
        cli.addOption(option);
    cli.setHelp(Tr::tr("due REGISTER [--as-of YYYY-MM-DD] [--within DAYS] [--json | --format ics -o FILE] "
                       "[--passphrase-file FILE]"),
                Tr::tr("List what is overdue or falls due soon: requests, extension notices, breaches, agreements "
                       "ending, objection windows closing and reviews. Overdue means past the day to act by."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    const QCommandLineParser &parser = cli.parser();
    QDate asOf = QDate::currentDate();
    if (parser.isSet(asOfOption)) {
        asOf = Domain::IsoTime::parseDay(parser.value(asOfOption));
        if (!asOf.isValid())
            return cli.usageError(Tr::tr("'%1' is not a valid date: write YYYY-MM-DD").arg(parser.value(asOfOption)));
    }
    int within = DefaultWithinDays;
    if (parser.isSet(withinOption)) {
        bool ok = false;
        within = parser.value(withinOption).toInt(&ok);
        if (!ok || within < 0 || within > MaximumWithinDays)
            return cli.usageError(Tr::tr("--within takes a number of days from 0 to %1").arg(MaximumWithinDays));
    }
    const bool ics = parser.isSet(formatOption);
    if (ics && parser.value(formatOption) != QLatin1String("ics"))
        return cli.usageError(Tr::tr("unknown format '%1'; the format is ics").arg(parser.value(formatOption)));
    if (ics && !parser.isSet(outputOption))
        return cli.usageError(Tr::tr("--format ics needs -o FILE"));
    if (!ics && parser.isSet(outputOption))
        return cli.usageError(Tr::tr("-o needs --format ics"));
    if (ics && parser.isSet(jsonOption))
        return cli.usageError(Tr::tr("--json and --format ics cannot be combined"));

    Storage::Database database;
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly))
        return *stop;
    QList<Register::DueItem> items;
    const Status status = Register::DueList::read(database, asOf, within, &items);
    if (!status)
        return cli.failStatus(status);

    if (ics) {
        const Status written =
            Register::DueList::writeIcs(items, parser.value(outputOption), QDateTime::currentDateTimeUtc());
        if (!written)
            return cli.fail(written.message());
        out << Tr::tr("%n deadline(s) written to %1.", nullptr, int(items.size())).arg(parser.value(outputOption))
            << '\n';
    } else if (parser.isSet(jsonOption)) {
        out << QJsonDocument(Register::DueList::toJson(items)).toJson(QJsonDocument::Indented);
    } else if (items.isEmpty()) {
        out << Tr::tr("Nothing is overdue or due within %n day(s).", nullptr, within) << '\n';
    } else {
        for (const Register::DueItem &item : std::as_const(items)) {
            const QString when = item.isBreach()
                                     ? item.moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                     : Domain::IsoTime::day(item.actBy);
            const QString state = item.overdue ? Tr::tr("OVERDUE") : Tr::tr("%n day(s) left", nullptr, item.daysLeft);
            out << when << "  " << state << "  " << item.title << '\n';
        }
    }
    out.flush();
    return ExitOk;
}

} // namespace Custodian::Cli
