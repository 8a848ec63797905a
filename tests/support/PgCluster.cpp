#include "PgCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <pwd.h>
#include <unistd.h>
#endif

namespace Custodian::Test {

namespace {

const QString serverUser = QStringLiteral("postgres");
const QString driver = QStringLiteral("QPSQL");
constexpr int programTimeoutMs = 120000;

bool hasServerPrograms(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo(QDir(dir).filePath(QStringLiteral("initdb"))).isExecutable() &&
           QFileInfo(QDir(dir).filePath(QStringLiteral("pg_ctl"))).isExecutable();
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

PgCluster::PgCluster() = default;

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::binDir()
{
    const QString forced = qEnvironmentVariable("CUSTODIAN_PG_BINDIR");
    if (!forced.isEmpty())
        return hasServerPrograms(forced) ? forced : QString();

    // Debian and Ubuntu keep the server programs off PATH, one folder per major version: newest first.
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(majors.begin(), majors.end(),
              [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
    for (const QString &major : std::as_const(majors)) {
        const QString dir = versions.filePath(major + QStringLiteral("/bin"));
        if (hasServerPrograms(dir))
            return dir;
    }

    // pg_config names the client's folder; elsewhere the server programs usually sit beside it.
    const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
    if (!pgConfig.isEmpty()) {
        QProcess process;
        process.start(pgConfig, {QStringLiteral("--bindir")});
        if (process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
            const QString dir = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
            if (hasServerPrograms(dir))
                return dir;
        }
    }

    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdb.isEmpty() && hasServerPrograms(QFileInfo(initdb).absolutePath()))
        return QFileInfo(initdb).absolutePath();
    return QString();
}

bool PgCluster::mustRun()
{
    return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

bool PgCluster::available(QString *why) const
{
    const auto missing = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
#ifndef Q_OS_UNIX
    return missing(QStringLiteral("the PostgreSQL test cluster runs on Unix-like systems only"));
#else
    if (binDir().isEmpty()) {
        const QString forced = qEnvironmentVariable("CUSTODIAN_PG_BINDIR");
        return missing(forced.isEmpty()
                           ? QStringLiteral("the PostgreSQL server programs (initdb, pg_ctl) are not installed "
                                            "(Debian package postgresql)")
                           : QStringLiteral("no initdb and pg_ctl in CUSTODIAN_PG_BINDIR=%1").arg(forced));
    }
    if (!QSqlDatabase::isDriverAvailable(driver))
        return missing(QStringLiteral("Qt's QPSQL driver is not installed (Debian package libqt6sql6-psql)"));
    {
        // The plugin is listed but may still fail to load (libpq missing).
        const QString probe = QStringLiteral("custodian_pg_probe");
        bool loads = false;
        {
            const QSqlDatabase db = QSqlDatabase::addDatabase(driver, probe);
            loads = db.isValid();
        }
        QSqlDatabase::removeDatabase(probe);
        if (!loads)
            return missing(QStringLiteral("Qt's QPSQL driver does not load (is libpq5 installed?)"));
    }
    if (runningAsRoot()) {
        if (!::getpwnam(serverUser.toLocal8Bit().constData()))
            return missing(
                QStringLiteral("running as root and there is no '%1' OS user to run the server as").arg(serverUser));
        if (QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
            return missing(QStringLiteral("running as root and runuser is not installed"));
    }
    return true;
#endif
}

QString PgCluster::socketDir() const
{
    return m_dir ? m_dir->path() : QString();
}

bool PgCluster::run(const QString &program, const QStringList &arguments, QString *output) const
{
    QString executable = QDir(m_bin).filePath(program);
    QStringList allArguments = arguments;
    if (m_asRoot) {
        // initdb and the server refuse to run as root.
        allArguments = QStringList{QStringLiteral("-u"), serverUser, QStringLiteral("--"), executable} + arguments;
        executable = QStandardPaths::findExecutable(QStringLiteral("runuser"));
    }
    // Nothing from the caller's environment may point the programs at another cluster.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("PG")))
            environment.remove(key);
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(socketDir()); // the server user may not enter the caller's folder
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(executable, allArguments);
    const bool finished = process.waitForFinished(programTimeoutMs);
    if (!finished)
        process.kill();
    process.waitForFinished(5000);
    if (output) {
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
        if (!finished)
            output->append(QStringLiteral("\n(timed out)"));
        else if (process.error() == QProcess::FailedToStart)
            output->append(QStringLiteral("\n(cannot start %1)").arg(executable));
    }
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString PgCluster::serverLog() const
{
    QFile log(QDir(socketDir()).filePath(QStringLiteral("log")));
    if (!log.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray text = log.readAll();
    return QStringLiteral("server log:\n") + QString::fromLocal8Bit(text.right(4000));
}

bool PgCluster::start(QString *error)
{
    const auto fail = [this, error](const QString &reason) {
        if (error)
            *error = reason;
        stop();
        return false;
    };
    if (m_running)
        return true;
    QString why;
    if (!available(&why))
        return fail(why);
    m_bin = binDir();
    m_asRoot = runningAsRoot();

    // Short on purpose: the socket path DIR/.s.PGSQL.<port> must stay under 107 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/cpg-XXXXXX"));
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot create a folder for the test cluster: %1").arg(m_dir->errorString()));
    const QString dir = m_dir->path();
#ifdef Q_OS_UNIX
    if (m_asRoot) {
        const passwd *user = ::getpwnam(serverUser.toLocal8Bit().constData());
        if (!user || ::chown(QFile::encodeName(dir).constData(), user->pw_uid, user->pw_gid) != 0)
            return fail(QStringLiteral("cannot hand %1 to the %2 user: %3")
                            .arg(dir, serverUser, QString::fromLocal8Bit(std::strerror(errno))));
    }
#endif
    const QString data = QDir(dir).filePath(QStringLiteral("db"));

    QString output;
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
              serverUser, QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
              QStringLiteral("--no-sync")},
             &output))
        return fail(QStringLiteral("initdb failed: %1").arg(output));

    // A Unix socket in our folder only, no TCP; durability is not needed for a throwaway cluster.
    const QString serverOptions = QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off "
                                                 "-c synchronous_commit=off -c full_page_writes=off "
                                                 "-c max_connections=20 -c shared_buffers=16MB")
                                      .arg(dir)
                                      .arg(m_port);
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-o"), serverOptions, QStringLiteral("-l"),
              QDir(dir).filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-t"),
              QStringLiteral("60"), QStringLiteral("start")},
             &output)) {
        const QString reason = QStringLiteral("pg_ctl start failed: %1\n%2").arg(output, serverLog());
        m_running = true; // it may be half up: stop it anyway
        return fail(reason);
    }
    m_running = true;

    const QString admin = QStringLiteral("custodian_pg_admin");
    QString createError;
    {
        QSqlDatabase db = openConnection(admin, QStringLiteral("postgres"));
        QSqlQuery query(db);
        if (!db.isOpen())
            createError = db.lastError().text();
        else if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(m_database)))
            createError = query.lastError().text();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(admin);
    if (!createError.isEmpty())
        return fail(QStringLiteral("cannot create the test database: %1\n%2").arg(createError, serverLog()));
    return true;
}

void PgCluster::stop()
{
    if (m_running) {
        QString output;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), QDir(socketDir()).filePath(QStringLiteral("db")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            &output);
        m_running = false;
    }
    m_dir.reset(); // removes the folder, data and socket included
}

QSqlDatabase PgCluster::connect(const QString &connectionName) const
{
    return openConnection(connectionName, m_database);
}

QSqlDatabase PgCluster::openConnection(const QString &connectionName, const QString &database) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
    db.setHostName(socketDir()); // a host starting with '/' is the socket folder
    db.setPort(m_port);
    db.setUserName(serverUser);
    db.setDatabaseName(database);
    if (m_running)
        db.open();
    return db;
}

} // namespace Custodian::Test
