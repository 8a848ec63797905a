#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace Custodian::Ui {

// One running Custodian per user: a second start hands its file to the first and exits.
//
// The first instance listens on a local socket (a Unix domain socket or a Windows named pipe) whose
// name is derived from the user, so two people on one machine each get their own. A later start
// connects, sends one request line and waits briefly for the answer; when nobody answers, it
// becomes the first instance itself. Core and Network only, no widgets: main() decides what a
// request means for the window.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // serverName: defaultServerName() in the application; tests pass their own.
    explicit SingleInstance(const QString &serverName = defaultServerName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // "org.custodian.Custodian-" and a hash of the user name and home folder: per user, short
    // enough for a socket path, and free of characters a pipe name cannot hold.
    static QString defaultServerName();

    // Hands a request to the running instance: open filePath (made absolute here, against this
    // process's working folder), or only raise the window when filePath is empty. True when a
    // running instance confirmed it within timeoutMs; the caller should then exit.
    bool sendToRunningInstance(const QString &filePath, int timeoutMs = 2000);

    // Starts listening for later starts. A live instance is never displaced; a socket left behind
    // by a crashed instance is removed. False when another instance answers on the name or
    // listening fails; errorString() says why.
    bool listen();
    bool isListening() const;
    QString serverName() const { return m_serverName; }
    QString errorString() const { return m_errorString; }

    // The request line format, public for tests: "custodian-1 open <absolute path>" or
    // "custodian-1 activate", UTF-8, ending in '\n'. The reply is "ok\n".
    static QByteArray encodeRequest(const QString &filePath);

signals:
    // A later start asked to open this absolute path.
    void fileRequested(const QString &filePath);
    // A later start without a file: show and raise the window. Also sent before fileRequested.
    void activationRequested();

private:
    bool anotherInstanceAnswers() const;
    void acceptConnections();
    void readRequest(QLocalSocket *socket);
    bool handleRequest(const QByteArray &line);

    QString m_serverName;
    QString m_errorString;
    QLocalServer *m_server = nullptr;
};

} // namespace Custodian::Ui
