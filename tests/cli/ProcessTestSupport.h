// Shared by the tests that run the built programs with arguments QProcess cannot pass (bytes that are not UTF-8,
// review D12), and that look at a running program from outside through /proc (core dumps, review D15).
#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#endif

namespace ProcessTest {

// QProcess hands arguments over as UTF-8, so bytes that are not UTF-8 cannot be passed through it. The shell can:
// each argument is written with printf's octal escapes and the program is started with exec.
inline QStringList shellLine(const QString &program, const QList<QByteArray> &arguments)
{
    QString script = QStringLiteral("exec \"$0\"");
    for (const QByteArray &argument : arguments) {
        QString escaped;
        for (const char byte : argument)
            escaped += QStringLiteral("\\%1").arg(uint(static_cast<unsigned char>(byte)), 3, 8, QLatin1Char('0'));
        script += QStringLiteral(" \"$(printf '%1')\"").arg(escaped);
    }
    return {QStringLiteral("-c"), script, program};
}

#ifdef Q_OS_UNIX
// A file whose name is exactly these bytes, removed again at the end of the scope. QFile would read the bytes as
// UTF-8 first and make another name, and QTemporaryDir cannot remove a file it cannot name.
class RawNamedFile
{
public:
    RawNamedFile(const QByteArray &path, const QByteArray &content) : m_path(path)
    {
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        if (fd < 0)
            return;
        m_created = true;
        const bool written = ::write(fd, content.constData(), size_t(content.size())) == content.size();
        m_valid = ::close(fd) == 0 && written;
    }
    ~RawNamedFile()
    {
        if (m_created)
            ::unlink(m_path.constData());
    }
    RawNamedFile(const RawNamedFile &) = delete;
    RawNamedFile &operator=(const RawNamedFile &) = delete;

    bool isValid() const { return m_valid; }

private:
    QByteArray m_path;
    bool m_created = false;
    bool m_valid = false;
};
#endif

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs program with the raw arguments, in English and C.UTF-8, without the passphrase variables of the caller's
// environment; extra adds or replaces variables.
inline Result runRaw(const QString &program, const QList<QByteArray> &arguments,
                     const QHash<QString, QString> &extra = {}, int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("CUSTODIAN_PASSPHRASE"));
    environment.remove(QStringLiteral("CUSTODIAN_NEW_PASSPHRASE"));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/bin/sh"), shellLine(program, arguments));
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

#ifdef Q_OS_LINUX

constexpr uid_t nobody = 65534;

// Prepares process so that its child could dump core, unless the program itself prevents it: RLIMIT_CORE as high
// as this test may set it, and, when the test runs as root, the child running as nobody. Root may read every
// /proc entry whatever the program does; for another user the kernel shows /proc/PID as root's once the program is
// no longer dumpable (PR_SET_DUMPABLE 0), so running as nobody makes that observable.
inline void allowCoreDumps(QProcess &process)
{
    rlimit current{};
    getrlimit(RLIMIT_CORE, &current);
    const bool root = geteuid() == 0;
    const rlim_t limit = root ? RLIM_INFINITY : current.rlim_max;
    process.setChildProcessModifier([limit, root] {
        const rlimit raised{limit, limit};
        setrlimit(RLIMIT_CORE, &raised);
        if (root && (setgroups(0, nullptr) != 0 || setgid(nobody) != 0 || setuid(nobody) != 0))
            _exit(127);
    });
}

// "Max core file size" of /proc/PID/limits: the soft and the hard limit as written there ("0", "unlimited").
inline QStringList coreLimits(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Max core file size")) {
            const QList<QByteArray> fields = line.mid(int(qstrlen("Max core file size"))).simplified().split(' ');
            if (fields.size() >= 2)
                return {QString::fromLatin1(fields.at(0)), QString::fromLatin1(fields.at(1))};
        }
    }
    return {};
}

// Whether the process may dump core, as far as /proc shows it: a process that runs as a user other than root and
// whose /proc/PID/status belongs to root is not dumpable. Nothing when the process runs as root (it cannot be told).
inline std::optional<bool> isDumpable(qint64 pid)
{
    const QString path = QStringLiteral("/proc/%1/status").arg(pid);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    uint realUid = 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Uid:"))
            realUid = line.mid(4).simplified().split(' ').value(0).toUInt();
    }
    struct stat info
    {};
    if (realUid == 0 || stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return info.st_uid == realUid;
}

// What /proc tells of an ordinary program started like the one under test (/bin/sleep, with core dumps allowed):
// whether a raised core limit shows, and whether dumpability shows at all. A test compares the program with it,
// so that what /proc shows of the program is the program's own doing.
struct Control
{
    bool limitsTell = false;    // the control's soft core limit is above 0
    bool dumpableShown = false; // the control shows as dumpable
};

inline Control probeControl()
{
    QProcess control;
    allowCoreDumps(control);
    control.start(QStringLiteral("/bin/sleep"), {QStringLiteral("30")});
    Control result;
    if (!control.waitForStarted())
        return result;
    const QStringList limits = coreLimits(control.processId());
    const std::optional<bool> dumpable = isDumpable(control.processId());
    control.kill();
    control.waitForFinished();
    result.limitsTell = limits.value(0, QStringLiteral("0")) != QLatin1String("0");
    result.dumpableShown = dumpable == std::optional<bool>(true);
    return result;
}

#endif

} // namespace ProcessTest
