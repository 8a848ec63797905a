#include "app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace Custodian::Ui {

namespace {

const QByteArray protocol = QByteArrayLiteral("custodian-1");
const QByteArray openVerb = QByteArrayLiteral("open");
const QByteArray activateVerb = QByteArrayLiteral("activate");
const QByteArray okReply = QByteArrayLiteral("ok\n");
const QByteArray refusedReply = QByteArrayLiteral("refused\n");

// A request is one short line; anything longer is not from Custodian and is dropped.
constexpr qint64 maximumRequestBytes = 64 * 1024;
// How long the running instance waits for a connected client to finish its line.
constexpr int requestTimeoutMs = 5000;
// How long listen() waits for a possibly live owner of the name before treating it as stale.
constexpr int probeTimeoutMs = 500;

QString currentUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QString();
}

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent) : QObject(parent), m_serverName(serverName)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    // The home folder tells users apart even where the user name is missing from the environment;
    // hashing keeps the name short and free of path separators.
    const QString home = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    const QByteArray identity = currentUserName().toUtf8() + '\0' + QDir::cleanPath(home).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("org.custodian.Custodian-") + QString::fromLatin1(hash);
}

QByteArray SingleInstance::encodeRequest(const QString &filePath)
{
    if (filePath.isEmpty())
        return protocol + ' ' + activateVerb + '\n';
    // Percent-encoded, so that a file name with a line break or spaces stays one token.
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    return protocol + ' ' + openVerb + ' ' + absolute.toUtf8().toPercentEncoding() + '\n';
}

bool SingleInstance::sendToRunningInstance(const QString &filePath, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;

    socket.write(encodeRequest(filePath));
    if (!socket.waitForBytesWritten(int(deadline.remainingTime()))) {
        m_errorString = socket.errorString();
        return false;
    }
    QByteArray reply;
    while (!reply.contains('\n') && !deadline.hasExpired()) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
        reply += socket.readAll();
    }
    socket.abort();
    if (reply != okReply) {
        m_errorString = tr("The running Custodian did not answer.");
        return false;
    }
    return true;
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    // A live instance keeps its name. Asked first, because on Unix Qt binds a socket with access
    // options in a temporary folder and renames it into place, which would replace a live socket
    // as silently as a stale one.
    if (anotherInstanceAnswers()) {
        m_errorString = tr("Another Custodian is already running.");
        return false;
    }
    if (!m_server) {
        m_server = new QLocalServer(this);
        // Only this user may connect (on Unix the socket is mode 0700; a pipe's ACL on Windows).
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    }
    if (m_server->listen(m_serverName))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered above: a crashed instance left its socket file behind.
        QLocalServer::removeServer(m_serverName);
        if (m_server->listen(m_serverName))
            return true;
    }
    m_errorString = m_server->errorString();
    return false;
}

bool SingleInstance::anotherInstanceAnswers() const
{
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    const bool answers = probe.waitForConnected(probeTimeoutMs);
    probe.abort();
    return answers;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        // A client that connects and says nothing is dropped; the timer dies with the socket.
        QTimer::singleShot(requestTimeoutMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maximumRequestBytes)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(maximumRequestBytes).trimmed();
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    // Answer first, act afterwards: acting may open a modal dialog, and the client must not wait for it.
    const bool accepted = handleRequest(line);
    socket->write(accepted ? okReply : refusedReply);
    socket->disconnectFromServer();
}

bool SingleInstance::handleRequest(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.value(0) != protocol)
        return false;
    QString filePath;
    if (parts.size() == 3 && parts.at(1) == openVerb)
        filePath = QString::fromUtf8(QByteArray::fromPercentEncoding(parts.at(2)));
    else if (parts.size() != 2 || parts.at(1) != activateVerb)
        return false;
    if (parts.size() == 3 && (filePath.isEmpty() || QFileInfo(filePath).isRelative()))
        return false;

    // Queued: the receivers run from the event loop, after the reply has gone out.
    QMetaObject::invokeMethod(
        this,
        [this, filePath] {
            emit activationRequested();
            if (!filePath.isEmpty())
                emit fileRequested(filePath);
        },
        Qt::QueuedConnection);
    return true;
}

} // namespace Custodian::Ui
