// custodian-cli check REGISTER [--json] [--passphrase-file FILE]
#include "RegisterCommands.h"

#include "CommandLine.h"

#include "domain/EntityKind.h"
#include "domain/Finding.h"
#include "register/Completeness.h"
#include "storage/Database.h"

#include <QDate>
#include <QJsonDocument>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::RegisterCommands)
};

QString severityLabel(Domain::Finding::Severity severity)
{
    switch (severity) {
    case Domain::Finding::Severity::Error:
        return Tr::tr("error");
    case Domain::Finding::Severity::Warning:
        return Tr::tr("warning");
    case Domain::Finding::Severity::Info:
        return Tr::tr("info");
    }
    return QString();
}

// "Processing activity" for "activity"; an unknown code is shown as it is.
QString entityLabel(const QString &code)
{
    const std::optional<Domain::EntityKind> kind = Domain::EntityKinds::fromCode(code);
    return kind ? Domain::EntityKinds::singular(*kind) : code;
}

void printHuman(const QList<Register::EntityFinding> &findings, QTextStream &out)
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    // The check lists each item's findings together; a new heading starts at each new item.
    QString currentKey;
    for (const Register::EntityFinding &item : findings) {
        const QString key = item.entity + QLatin1Char('/') + item.uuid;
        if (key != currentKey) {
            if (!currentKey.isEmpty())
                out << '\n';
            const QString name = item.name.isEmpty() ? Tr::tr("(no name)") : item.name;
            out << Tr::tr("%1 \"%2\"").arg(entityLabel(item.entity), name) << '\n';
            currentKey = key;
        }
        out << "  " << severityLabel(item.finding.severity) << " [" << item.finding.field << "] "
            << item.finding.message << '\n';
        switch (item.finding.severity) {
        case Domain::Finding::Severity::Error:
            ++errors;
            break;
        case Domain::Finding::Severity::Warning:
            ++warnings;
            break;
        case Domain::Finding::Severity::Info:
            ++infos;
            break;
        }
    }
    if (findings.isEmpty()) {
        out << Tr::tr("The completeness check found nothing to add.") << Qt::endl;
        return;
    }
    out << '\n'
        << Tr::tr("%n finding(s):", nullptr, int(findings.size())) << ' ' << Tr::tr("%n error(s)", nullptr, errors)
        << ", " << Tr::tr("%n warning(s)", nullptr, warnings) << ", " << Tr::tr("%n note(s)", nullptr, infos)
        << Qt::endl;
}

} // namespace

int runCheckCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("check"), out, err);
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the findings as a JSON array."));
    cli.addPassphraseOption();
    cli.addOption(jsonOption);
    cli.setHelp(Tr::tr("check REGISTER [--json] [--passphrase-file FILE]"),
                Tr::tr("List what an auditor would raise (the completeness check). Exits 0 whatever it finds."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;

    Storage::Database database;
    // Read-only: checking must never change the file.
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly))
        return *stop;
    Register::RegisterSnapshot snapshot;
    const Status status = Register::RegisterSnapshot::load(database, &snapshot);
    if (!status)
        return cli.failStatus(status);
    const QList<Register::EntityFinding> findings = Register::CompletenessCheck::run(snapshot, QDate::currentDate());
    if (cli.parser().isSet(jsonOption))
        out << QJsonDocument(Register::CompletenessCheck::toJson(findings)).toJson(QJsonDocument::Indented);
    else
        printHuman(findings, out);
    out.flush();
    return ExitOk;
}

} // namespace Custodian::Cli
