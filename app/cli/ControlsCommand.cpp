// custodian-cli controls REGISTER [--json]
#include "RegisterCommands.h"

#include "CommandLine.h"

#include "DocumentLanguage.h"
#include "register/ControlReferenceService.h"
#include "reports/Controls.h"
#include "reports/Report.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

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

    // --json names the shipped controls as in English whatever the language (a script compares
    // them); their titles are in the language of the output.
    const bool json = cli.parser().isSet(jsonOption);
    const DocumentLanguage english(QStringLiteral("en"));
    QList<Listed> listed;
    const QList<Reports::Controls::Entry> named = Reports::Controls::catalogue(json ? &english : nullptr);
    const QList<Reports::Controls::Entry> titled = Reports::Controls::catalogue();
    for (qsizetype i = 0; i < named.size(); ++i) {
        Reports::Control control = named.at(i).control;
        control.title = titled.at(i).control.title;
        listed.append({control, named.at(i).kinds});
    }
    // (A register opened read-only before its upgrade to schema 25 has none of its own.)
    QList<Domain::ControlReference> own;
    const Status status =
        database.schemaVersion() >= 25 ? Register::ControlReferenceService(database).list(&own) : Status::ok();
    if (!status)
        return cli.failStatus(status);
    // Listed per framework.
    std::stable_sort(own.begin(), own.end(), [](const Domain::ControlReference &a, const Domain::ControlReference &b) {
        return QString::localeAwareCompare(a.framework, b.framework) < 0;
    });
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

    if (json) {
        QJsonArray array;
        for (const Listed &item : std::as_const(listed)) {
            QJsonObject object{
                {QStringLiteral("framework"), item.control.framework},
                {QStringLiteral("code"), item.control.code},
                {QStringLiteral("title"), item.control.title},
                {QStringLiteral("own"), item.control.own},
                {QStringLiteral("reportKinds"), QJsonArray::fromStringList(kindNames(item.kinds))},
            };
            if (!item.control.own && item.control.framework == QLatin1String("BIO2"))
                object.insert(QStringLiteral("edition"), Reports::Controls::bio2Edition(&english));
            array.append(object);
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
