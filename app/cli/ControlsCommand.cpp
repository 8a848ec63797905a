// custodian-cli controls REGISTER [--json]
#include "RegisterCommands.h"

#include "CommandLine.h"

#include "register/ControlReferenceService.h"
#include "reports/Controls.h"
#include "reports/Report.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Custodian::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Cli::ControlsCommand)
};

struct Listed
{
    Reports::Control control;
    QList<Reports::Kind> kinds;
};

QStringList kindNames(const QList<Reports::Kind> &kinds)
{
    QStringList names;
    for (const Reports::Kind kind : kinds)
        names.append(Reports::kindName(kind));
    return names;
}

} // namespace

int runControlsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine cli(QStringLiteral("controls"), out, err);
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the controls as a JSON array."));
    cli.addPassphraseOption();
    cli.addOption(jsonOption);
    cli.setHelp(Tr::tr("controls REGISTER [--json] [--passphrase-file FILE]"),
                Tr::tr("List the controls auditors test against that the register's reports are evidence for: the "
                       "articles of the GDPR, the CIP Privacy Baseline's norms and the BIO2 measures Custodian "
                       "knows, and the controls the organisation entered itself, each with the report kinds that "
                       "name it. The register is opened read-only."));
    if (const Stop stop = cli.parseWithRegister(arguments))
        return *stop;
    Storage::Database database;
    if (const Stop stop = cli.openRegister(database, Storage::Database::Mode::ReadOnly))
        return *stop;

    QList<Listed> listed;
    for (const Reports::Controls::Entry &entry : Reports::Controls::catalogue())
        listed.append({entry.control, entry.kinds});
    QList<Domain::ControlReference> own;
    const Status status = Register::ControlReferenceService(database).list(&own);
    if (!status)
        return cli.failStatus(status);
    for (const Domain::ControlReference &control : std::as_const(own)) {
        if (control.retired)
            continue;
        QList<Reports::Kind> kinds;
        for (const QString &name : control.reportKinds) {
            if (const std::optional<Reports::Kind> kind = Reports::kindFromName(name))
                kinds.append(*kind);
        }
        listed.append({{control.framework, control.code, control.title, true}, kinds});
    }

    if (cli.parser().isSet(jsonOption)) {
        QJsonArray array;
        for (const Listed &item : std::as_const(listed)) {
            array.append(QJsonObject{
                {QStringLiteral("framework"), item.control.framework},
                {QStringLiteral("code"), item.control.code},
                {QStringLiteral("title"), item.control.title},
                {QStringLiteral("own"), item.control.own},
                {QStringLiteral("reportKinds"), QJsonArray::fromStringList(kindNames(item.kinds))},
            });
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        QString framework;
        bool own = false;
        for (const Listed &item : std::as_const(listed)) {
            if (item.control.framework != framework || item.control.own != own) {
                framework = item.control.framework;
                own = item.control.own;
                out << (item.control.own ? Tr::tr("%1 (entered by the organisation)").arg(framework) : framework)
                    << '\n';
            }
            out << "  " << item.control.code.leftJustified(18) << ' ' << item.control.title << '\n';
            out << "  " << QString(18, QLatin1Char(' ')) << ' '
                << (item.kinds.isEmpty() ? Tr::tr("in no report yet")
                                         : Tr::tr("in: %1").arg(kindNames(item.kinds).join(QStringLiteral(", "))))
                << '\n';
        }
        out << Tr::tr("BIO2 as numbered in %1.").arg(Reports::Controls::bio2Edition()) << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace Custodian::Cli
