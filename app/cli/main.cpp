// custodian-cli: the register for administrators and scripts.
#include "CliCommands.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Custodian"));
    QCoreApplication::setApplicationName(QStringLiteral("custodian-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUSTODIAN_VERSION));

    // Messages follow the system language; scripts that parse output use --json.
    QTranslator custodianTranslator;
    QTranslator qtTranslator;
    Custodian::Translations::load(Custodian::Translations::resolve(QString()), custodianTranslator, qtTranslator);
    QCoreApplication::installTranslator(&custodianTranslator);
    QCoreApplication::installTranslator(&qtTranslator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = Custodian::Cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
