#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include "Status.h"

namespace Custodian::Storage {

class SqlDialect;

// The register state: how many entries the history holds and the hash of the last one
// (DECISIONS.md, "The register's state"). The same state gives the same report text.
struct HistoryHead
{
    qint64 count = 0;
    QString hash; // 64 lowercase hex digits; empty while the history is empty

    bool operator==(const HistoryHead &other) const = default;
    // "44 · 3f9a0c1d2b7e": short enough for a page footer, long enough to compare by eye.
    QString shortText() const;
    // "44:<64 hex>": what is stored outside the register and compared later.
    QString text() const;
    static HistoryHead fromText(const QString &text);
};

// The tamper-evident history (DECISIONS.md, "The tamper-evident history"). Every audit entry
// carries its place (seq, from 1) and a SHA-256 hash over its canonical encoding: UTF-8 JSON,
// compact, keys sorted, of
//   {"action", "actor", "at" (UTC, milliseconds, "Z"), "changes" (the stored change, as JSON),
//    "entity", "prev" (the previous entry's hash; "" for the first), "seq", "uuid"}.
// The same bytes are hashed on SQLCipher and PostgreSQL. history_head keeps the count and the
// last hash; a save appends and moves the head in its own transaction.
class HistoryChain
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Storage::HistoryChain)
public:
    struct Entry
    {
        qint64 seq = 0;
        QString at; // as stored
        QString actor;
        QString entity;
        QString uuid;
        QString action;
        QString changes; // the stored JSON text
        // Set by a writer that made `changes` as QJsonDocument(object).toJson(Compact): those bytes,
        // already in their canonical form, hashed without being parsed and written again.
        QByteArray canonicalChanges;
    };

    static QByteArray canonicalEncoding(const Entry &entry, const QString &previousHash);
    static QString hashOf(const Entry &entry, const QString &previousHash);

    // Inside the caller's transaction: appends the entry after the head, locking the head row
    // (PostgreSQL: FOR UPDATE) so that two writers cannot fork the chain.
    static Status append(QSqlDatabase &db, const SqlDialect &dialect, Entry entry);

    static Status readHead(QSqlDatabase &db, HistoryHead *head);

    struct Report
    {
        bool ok = false;
        qint64 entries = 0;     // entries read
        qint64 firstBroken = 0; // seq of the first entry that does not verify, 0 when none
        QString problem;        // one sentence for a person; empty when ok
        QString detail;         // the database's own words when the history could not be read
        HistoryHead head;       // as recomputed from the entries
    };
    // Recomputes the whole chain and compares it with every stored hash and with the head.
    static Report verify(QSqlDatabase &db);

    // The chain checked entry by entry, in the order of their places, as verify() checks it (a
    // restore checks the entries of its file as it writes them).
    class Verifier
    {
    public:
        // False from the first entry that is out of place or does not hash to its stored hash on.
        bool add(const Entry &entry, const QString &storedHash);
        // Stops the check with a problem of the caller's (the first one counts).
        void fail(const QString &problem, const QString &detail = QString());
        qint64 expected() const { return m_expected; }
        // The report, the recomputed head compared with the stored one.
        Report finish(const HistoryHead &stored) const;

    private:
        Report m_report;
        qint64 m_expected = 1;
    };

    // An audited table: the history's entity code and the table of its rows (uuid, row_version).
    struct AuditedTable
    {
        QString entity;
        QString table;
        // A field whose changes are recorded without a new row version (an agreement's documents,
        // added one at a time beside an open editor): entries that change only it are not counted.
        QString versionless = {};
    };
    // Every audited save writes the row (row_version + 1, 1 on creation) and one entry in the same
    // transaction, so a row's row_version equals the number of its entries. A row that an older
    // copy of a page brought back (a page replay) has fewer; a change whose entry was taken out,
    // more. One line per row that disagrees with its history.
    // The register's audited tables (every entity kind with row versions).
    static QList<AuditedTable> registerTables();
    static Status rowsAgainstHistory(QSqlDatabase &db, const QList<AuditedTable> &tables, QStringList *problems);

    // Gives the entries written before the chain existed (schema 4 and older) their place and
    // hash, in the order they were written, and sets each row's row_version to its number of
    // entries (0 for a row an older program wrote without one), in one transaction. Does nothing when all
    // entries are sealed, unless `always` (right after the upgrade that added the chain).
    static Status sealLegacyEntries(QSqlDatabase &db, const QList<AuditedTable> &tables, bool always = false);
};

} // namespace Custodian::Storage
