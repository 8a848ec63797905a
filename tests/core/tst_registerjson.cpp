// The register as JSON and back (Exchange::RegisterJson): a restore gives the same register, a
// merge adds without duplicates, and a malformed file is answered with findings and changes
// nothing. Runs on the SQLCipher file and on PostgreSQL.
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QtTest>

#include "ImportTestSupport.h"
#include "RegisterTestSupport.h"
#include "domain/FieldSpec.h"
#include "exchange/RegisterJson.h"
#include "register/Completeness.h"
#include "register/DemoRegister.h"
#include "register/EntityTable.h"
#include "register/LetterService.h"
#include "register/OrganisationService.h"
#include "register/ReferenceIndex.h"
#include "register/RegisterSettingsService.h"
#include "register/Services.h"
#include "storage/HistoryChain.h"

using namespace Custodian;
using Exchange::ImportFinding;
using Exchange::ImportSummary;
using Exchange::RegisterJson;
using RegisterTest::TestRegister;

namespace {

QJsonObject exported(Storage::Store &store)
{
    QJsonObject document;
    const Status status = RegisterJson::exportRegister(store, &document);
    if (!status)
        qWarning() << RegisterTest::describe(status);
    return document;
}

// The document without what differs between two exports of the same state.
QJsonObject comparable(QJsonObject document)
{
    document.remove(QStringLiteral("exportedAt"));
    return document;
}

using ImportTest::Outcome;

Outcome importInto(Storage::Store &store, const QByteArray &data, RegisterJson::Mode mode, bool dryRun = false)
{
    Outcome outcome;
    RegisterJson::Options options;
    options.mode = mode;
    options.dryRun = dryRun;
    options.fileName = QStringLiteral("register.json");
    outcome.status = RegisterJson::import(store, data, options, &outcome.findings, &outcome.summary);
    return outcome;
}

QByteArray text(const QJsonObject &document)
{
    return RegisterJson::toText(document);
}

// Rows of every table a register holds: nothing changes, whatever an import refused.
qint64 rowsInRegister(QSqlDatabase &db)
{
    qint64 total = 0;
    for (const Domain::EntityKindInfo &info : Domain::EntityKinds::all()) {
        if (info.kind == Domain::EntityKind::None || info.kind == Domain::EntityKind::RegisterSettings)
            continue;
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(info.table))) && query.next())
            total += query.value(0).toLongLong();
    }
    return total;
}

Status addParty(Storage::Store &store, const QString &name)
{
    Register::PartyService parties(store);
    Domain::Party party;
    party.name = name;
    return parties.save(&party);
}

QStringList tablesOf(Storage::Store &store)
{
    QSqlQuery query(store.connection());
    QStringList tables;
    const QString sql = RegisterTest::onPostgres()
                            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                             "'public' AND table_type = 'BASE TABLE'")
                            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                             "'sqlite_%'");
    if (query.exec(sql)) {
        while (query.next())
            tables << query.value(0).toString();
    }
    tables.sort();
    return tables;
}

} // namespace

class TestRegisterJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
        Register::AuditLog::setActor(QStringLiteral("tst_registerjson"));
        QVERIFY_OK(m_demo.ok() ? Status::ok() : Status::error(Status::Code::IoError, m_demo.error()));
        QVERIFY_OK(Register::DemoRegister::write(m_demo.database()));
        m_document = exported(m_demo.database());
        QVERIFY(!m_document.isEmpty());
    }

    // The export holds every table of the register: the entities' own and child tables, and the
    // tables named in the format. A table added by a later migration fails here until it is.
    void theExportCoversEveryTable()
    {
        QSet<QString> covered = {
            QStringLiteral("audit_log"),     QStringLiteral("history_head"),    QStringLiteral("history_keys"),
            QStringLiteral("register_info"), QStringLiteral("schema_version"),  QStringLiteral("attachment"),
            QStringLiteral("letter"),        QStringLiteral("letter_template"), QStringLiteral("register_setting"),
            QStringLiteral("extra_holiday"), QStringLiteral("register_counter")};
        for (const Domain::EntityKindInfo &info : Domain::EntityKinds::all()) {
            const Domain::EntityFields *fields = Domain::entityFields(info.kind);
            if (!fields)
                continue;
            covered.insert(QLatin1String(info.table));
            for (const Domain::ChildFields &child : fields->children)
                covered.insert(QLatin1String(child.child->table));
        }
        for (const QString &table : tablesOf(m_demo.database()))
            QVERIFY2(covered.contains(table), qPrintable(QStringLiteral("table %1 is not exported").arg(table)));
        const QJsonObject items = m_document.value(QStringLiteral("items")).toObject();
        QCOMPARE(items.value(QStringLiteral("activity")).toArray().size(), 3);
        QVERIFY(!m_document.value(QStringLiteral("tables"))
                     .toObject()
                     .value(QStringLiteral("attachments"))
                     .toArray()
                     .isEmpty());
        QCOMPARE(
            m_document.value(QStringLiteral("history")).toObject().value(QStringLiteral("entries")).toArray().size(),
            m_demo.auditCount());
    }

    // The text: the same state gives the same bytes but for exportedAt, each item on its own line,
    // and a disk that is full answers with an error.
    void theTextIsStableAndAFullDiskIsReported()
    {
        auto textOf = [this] {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            Storage::HistoryHead state;
            const Status status = RegisterJson::exportRegister(m_demo.database(), &buffer, &state);
            if (!status)
                qWarning() << RegisterTest::describe(status);
            QList<QByteArray> lines = bytes.split('\n');
            lines.removeIf([](const QByteArray &line) { return line.contains("\"exportedAt\""); });
            return lines;
        };
        const QList<QByteArray> first = textOf();
        QThread::msleep(1100);
        QCOMPARE(textOf(), first);
        const qsizetype activities =
            m_document.value(QStringLiteral("items")).toObject().value(QStringLiteral("activity")).toArray().size();
        const qsizetype activityLines = std::count_if(first.cbegin(), first.cend(), [](const QByteArray &line) {
            return line.startsWith("      {\"uuid\":") && line.contains("\"lawfulBases\":");
        });
        QCOMPARE(activityLines, activities);
#ifdef Q_OS_LINUX
        QFile full(QStringLiteral("/dev/full"));
        QVERIFY2(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered), qPrintable(full.errorString()));
        const Status status = RegisterJson::exportRegister(m_demo.database(), &full, nullptr);
        QCOMPARE(status.code(), Status::Code::IoError);
#endif
    }

    // The schema in resources/ is the one the field tables make: a new field changes both.
    void theSchemaFileIsCurrent()
    {
        const QString committed = QDir::cleanPath(
            QStringLiteral(CUSTODIAN_TEST_DATA_DIR "/../../resources/exchange/custodian-register.schema.json"));
        const QByteArray generated = RegisterJson::toText(RegisterJson::schema());
        QFile file(committed);
        const QByteArray stored = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        if (stored != generated) {
            QFile fresh(QDir::temp().filePath(QStringLiteral("custodian-register.schema.json")));
            if (fresh.open(QIODevice::WriteOnly))
                fresh.write(generated);
            QFAIL(qPrintable(
                QStringLiteral("%1 is not current: the generated schema is in %2").arg(committed, fresh.fileName())));
        }
        const QJsonObject schema = RegisterJson::schema();
        const QJsonObject definitions = schema.value(QStringLiteral("$defs")).toObject();
        // Every key an export writes for an item is described.
        const QJsonObject items = m_document.value(QStringLiteral("items")).toObject();
        for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
            const QJsonObject properties =
                definitions.value(it.key()).toObject().value(QStringLiteral("properties")).toObject();
            QVERIFY2(!properties.isEmpty(), qPrintable(it.key()));
            for (const QJsonValue &item : it.value().toArray()) {
                for (const QString &key : item.toObject().keys())
                    QVERIFY2(properties.contains(key), qPrintable(QStringLiteral("%1.%2").arg(it.key(), key)));
            }
        }
    }

    // Export, restore into an empty register, export again: the same document, and a history that
    // verifies to the same state.
    void aRestoreGivesTheSameRegister()
    {
        TestRegister target;
        QVERIFY2(target.ok(), qPrintable(target.error()));
        const Outcome outcome = importInto(target.database(), text(m_document), RegisterJson::Mode::Restore);
        QVERIFY2(outcome.status.isOk(), qPrintable(outcome.text()));
        QVERIFY(outcome.summary.applied);
        const Storage::HistoryChain::Report chain = Storage::HistoryChain::verify(target.db());
        QVERIFY2(chain.ok, qPrintable(chain.problem));
        Storage::HistoryHead head;
        QVERIFY_OK(Storage::HistoryChain::readHead(m_demo.db(), &head));
        QCOMPARE(chain.head, head);
        const QJsonObject again = exported(target.database());
        if (comparable(again) != comparable(m_document)) {
            QFile a(QDir::temp().filePath(QStringLiteral("tst_registerjson-exported.json")));
            QFile b(QDir::temp().filePath(QStringLiteral("tst_registerjson-restored.json")));
            if (a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly)) {
                a.write(text(comparable(m_document)));
                b.write(text(comparable(again)));
            }
        }
        QCOMPARE(comparable(again), comparable(m_document));
        QCOMPARE(again.value(QStringLiteral("register")).toObject().value(QStringLiteral("id")).toString(),
                 m_demo.database().registerId());
    }

    // A register without history (nothing saved yet) restores too: its head stays empty.
    void anEmptyRegisterRestores()
    {
        TestRegister source;
        QVERIFY2(source.ok(), qPrintable(source.error()));
        const QJsonObject document = exported(source.database());
        QVERIFY(!document.isEmpty());
        TestRegister target;
        QVERIFY2(target.ok(), qPrintable(target.error()));
        const Outcome outcome = importInto(target.database(), text(document), RegisterJson::Mode::Restore);
        QVERIFY2(outcome.status.isOk(), qPrintable(outcome.text()));
        QCOMPARE(target.auditCount(), 0);
        QVERIFY(Storage::HistoryChain::verify(target.db()).ok);
    }

    void aRestoreNeedsAnEmptyRegister()
    {
        TestRegister target;
        QVERIFY2(target.ok(), qPrintable(target.error()));
        QVERIFY_OK(addParty(target.database(), QStringLiteral("Already here")));
        const qint64 entries = target.auditCount();
        const Outcome outcome = importInto(target.database(), text(m_document), RegisterJson::Mode::Restore);
        QCOMPARE(outcome.status.code(), Status::Code::InvalidInput);
        QVERIFY(outcome.has(QString(), 0, QString()));
        QCOMPARE(target.auditCount(), entries);
        QCOMPARE(rowsInRegister(target.db()), 1);
    }

    // A history changed after the export does not verify: the restore is refused, all of it.
    void aRestoreRefusesAChangedHistory()
    {
        QJsonObject document = m_document;
        QJsonObject history = document.value(QStringLiteral("history")).toObject();
        QJsonArray entries = history.value(QStringLiteral("entries")).toArray();
        QJsonObject third = entries.at(2).toObject();
        third.insert(QStringLiteral("actor"), QStringLiteral("somebody else"));
        entries[2] = third;
        history.insert(QStringLiteral("entries"), entries);
        document.insert(QStringLiteral("history"), history);
        TestRegister target;
        QVERIFY2(target.ok(), qPrintable(target.error()));
        const Outcome outcome = importInto(target.database(), text(document), RegisterJson::Mode::Restore);
        QCOMPARE(outcome.status.code(), Status::Code::InvalidInput);
        QVERIFY2(outcome.has(QStringLiteral("history.entries"), 3, QString()), qPrintable(outcome.text()));
        QCOMPARE(target.auditCount(), 0);
        QCOMPARE(rowsInRegister(target.db()), 0);
    }

    // The chain is checked as the entries are written; entries the file lists out of order, or
    // whose changes are text rather than an object, still restore to a history that verifies.
    void aRestoreTakesEntriesInAnyOrder()
    {
        QJsonObject document = m_document;
        QJsonObject history = document.value(QStringLiteral("history")).toObject();
        QJsonArray entries = history.value(QStringLiteral("entries")).toArray();
        QVERIFY(entries.size() > 3);
        const QJsonValue first = entries.at(0);
        entries[0] = entries.at(2);
        entries[2] = first;
        QJsonObject second = entries.at(1).toObject();
        second.insert(
            QStringLiteral("changes"),
            QString::fromUtf8(
                QJsonDocument(second.value(QStringLiteral("changes")).toObject()).toJson(QJsonDocument::Indented)));
        entries[1] = second;
        history.insert(QStringLiteral("entries"), entries);
        document.insert(QStringLiteral("history"), history);
        TestRegister target;
        QVERIFY2(target.ok(), qPrintable(target.error()));
        const Outcome outcome = importInto(target.database(), text(document), RegisterJson::Mode::Restore);
        QVERIFY2(outcome.status.isOk(), qPrintable(outcome.text()));
        QCOMPARE(target.auditCount(), qint64(entries.size()));
        const Storage::HistoryChain::Report chain = Storage::HistoryChain::verify(target.db());
        QVERIFY2(chain.ok, qPrintable(chain.problem));
        QCOMPARE(chain.head.hash, document.value(QStringLiteral("register"))
                                      .toObject()
                                      .value(QStringLiteral("state"))
                                      .toObject()
                                      .value(QStringLiteral("hash"))
                                      .toString());
    }

    // A merge into a register with its own organisation and catalogue: the demo's items come in
    // once, with one history entry each; the same file again changes nothing.
    void aMergeTwiceCreatesNoDuplicates()
    {
        TestRegister target;
        QVERIFY2(target.ok(), qPrintable(target.error()));
        QVERIFY_OK(Register::RetentionRuleService(target.database()).seedCatalogue());
        Register::OrganisationService organisations(target.database());
        Domain::Organisation organisation;
        organisation.name = QStringLiteral("Other BV");
        QVERIFY_OK(organisations.save(organisation));
        const qint64 rulesBefore = rowsInRegister(target.db());

        const Outcome dry = importInto(target.database(), text(m_document), RegisterJson::Mode::Merge, true);
        QVERIFY2(dry.status.isOk(), qPrintable(dry.text()));
        QVERIFY(!dry.summary.applied);
        QCOMPARE(rowsInRegister(target.db()), rulesBefore);

        const qint64 entriesBefore = target.auditCount();
        const Outcome first = importInto(target.database(), text(m_document), RegisterJson::Mode::Merge);
        QVERIFY2(first.status.isOk(), qPrintable(first.text()));
        QCOMPARE(first.summary.created(), dry.summary.created());
        QCOMPARE(first.summary.perKind.value(QStringLiteral("activity")).created, 3);
        QCOMPARE(first.summary.perKind.value(QStringLiteral("organisation")).updated, 1);
        // The catalogue's rules are matched by name: none is there twice.
        QSqlQuery twice(target.db());
        QVERIFY(twice.exec(QStringLiteral("SELECT count(*) FROM (SELECT name FROM retention_rule GROUP BY name "
                                          "HAVING count(*) > 1) t")));
        QVERIFY(twice.next());
        QCOMPARE(twice.value(0).toInt(), 0);
        QVERIFY(first.summary.perKind.value(QStringLiteral("retention_rule")).created <
                m_document.value(QStringLiteral("items"))
                    .toObject()
                    .value(QStringLiteral("retention_rule"))
                    .toArray()
                    .size());
        QVERIFY(target.auditCount() > entriesBefore);
        QVERIFY(Storage::HistoryChain::verify(target.db()).ok);

        const qint64 rows = rowsInRegister(target.db());
        const qint64 entries = target.auditCount();
        const Outcome second = importInto(target.database(), text(m_document), RegisterJson::Mode::Merge);
        QVERIFY2(second.status.isOk(), qPrintable(second.text()));
        QCOMPARE(second.summary.created(), 0);
        QCOMPARE(second.summary.updated(), 0);
        QCOMPARE(rowsInRegister(target.db()), rows);
        QCOMPARE(target.auditCount(), entries);

        // The merged register raises what the demo raises: nothing was lost on the way.
        Register::RegisterSnapshot demo;
        Register::RegisterSnapshot merged;
        QVERIFY_OK(Register::RegisterSnapshot::load(m_demo.database(), &demo));
        QVERIFY_OK(Register::RegisterSnapshot::load(target.database(), &merged));
        QCOMPARE(Register::CompletenessCheck::run(merged, QDate(2026, 12, 1)).size(),
                 Register::CompletenessCheck::run(demo, QDate(2026, 12, 1)).size());
    }

    // Letters (with their case as the merge wrote it), the register's own templates and extra
    // holidays come along, each with a history entry; a second merge changes nothing; a template
    // with a mistake is refused with its line and nothing is imported.
    void aMergeBringsLettersTemplatesAndHolidays()
    {
        TestRegister source;
        QVERIFY2(source.ok(), qPrintable(source.error()));
        QVERIFY_OK(Register::DemoRegister::write(source.database()));
        QList<Domain::RequestCase> cases;
        QVERIFY_OK(Register::EntityTable::fetch(source.db(), Domain::RequestCase::spec(),
                                                Register::EntityTable::Filter::all(), &cases));
        QVERIFY(!cases.isEmpty());
        Register::LetterService letters(source.database());
        Register::Letter letter;
        letter.caseUuid = cases.constFirst().uuid;
        letter.kind = QStringLiteral("acknowledgement");
        letter.language = QStringLiteral("nl");
        letter.title = QStringLiteral("Ontvangstbevestiging");
        letter.body = QStringLiteral("<p>Geachte heer, mevrouw</p>");
        QVERIFY_OK(letters.save(&letter));
        QList<Letters::TemplateError> errors;
        const QString own = QStringLiteral("{{> letterhead}}\nOur own text for {{requester.name}}.\n");
        QVERIFY_OK(letters.saveTemplate(QStringLiteral("acknowledgement"), QStringLiteral("en"), own, &errors));
        Register::RegisterSettingsService settingsService(source.database());
        Domain::RegisterSettings settings;
        QVERIFY_OK(settingsService.load(&settings));
        settings.extraHolidays.append({QString(), QDate(2026, 12, 24), QStringLiteral("Kerstavond (besluit)")});
        QVERIFY_OK(settingsService.save(settings));
        const QJsonObject document = exported(source.database());

        TestRegister target;
        QVERIFY2(target.ok(), qPrintable(target.error()));
        const qint64 entriesBefore = target.auditCount();
        const Outcome first = importInto(target.database(), text(document), RegisterJson::Mode::Merge);
        QVERIFY2(first.status.isOk(), qPrintable(first.text()));
        QCOMPARE(first.summary.perKind.value(QStringLiteral("letters")).created, 1);
        QCOMPARE(first.summary.perKind.value(QStringLiteral("letterTemplates")).created, 1);
        QCOMPARE(first.summary.perKind.value(QStringLiteral("extraHolidays")).created, 1);
        Register::LetterService merged(target.database());
        Register::Letter copy;
        QVERIFY_OK(merged.load(letter.uuid, &copy));
        QCOMPARE(copy.body, letter.body);
        QCOMPARE(copy.title, letter.title);
        QCOMPARE(copy.caseUuid, letter.caseUuid);
        QString ownText;
        bool overridden = false;
        QVERIFY_OK(merged.templateText(QStringLiteral("acknowledgement"), QStringLiteral("en"), &ownText, &overridden));
        QVERIFY(overridden);
        QCOMPARE(ownText, own);
        Domain::RegisterSettings mergedSettings;
        QVERIFY_OK(Register::RegisterSettingsService(target.database()).load(&mergedSettings));
        QCOMPARE(mergedSettings.extraHolidays.size(), 1);
        QCOMPARE(mergedSettings.extraHolidays.constFirst().date, QDate(2026, 12, 24));
        QSqlQuery entries(target.db());
        QVERIFY(entries.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE '%letter%' OR "
                                            "changes LIKE '%extraHolidays%'")));
        QVERIFY(entries.next());
        QVERIFY(entries.value(0).toInt() >= 3);
        QVERIFY(target.auditCount() > entriesBefore);
        QVERIFY(Storage::HistoryChain::verify(target.db()).ok);

        const qint64 rows = rowsInRegister(target.db());
        const qint64 entriesAfter = target.auditCount();
        const Outcome second = importInto(target.database(), text(document), RegisterJson::Mode::Merge);
        QVERIFY2(second.status.isOk(), qPrintable(second.text()));
        QCOMPARE(second.summary.perKind.value(QStringLiteral("letters")).unchanged, 1);
        QCOMPARE(second.summary.perKind.value(QStringLiteral("letterTemplates")).unchanged, 1);
        QCOMPARE(second.summary.perKind.value(QStringLiteral("extraHolidays")).unchanged, 1);
        QCOMPARE(rowsInRegister(target.db()), rows);
        QCOMPARE(target.auditCount(), entriesAfter);

        // A template with a mistake: an error on its row, and the import undone whole.
        QJsonObject broken = document;
        QJsonObject tables = broken.value(QStringLiteral("tables")).toObject();
        QJsonArray templates = tables.value(QStringLiteral("letterTemplates")).toArray();
        QJsonObject wrong = templates.at(0).toObject();
        wrong.insert(QStringLiteral("body"), QStringLiteral("Dear {{requester.nam}},"));
        templates[0] = wrong;
        tables.insert(QStringLiteral("letterTemplates"), templates);
        broken.insert(QStringLiteral("tables"), tables);
        TestRegister fresh;
        QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
        const qint64 freshRows = rowsInRegister(fresh.db());
        const Outcome refused = importInto(fresh.database(), RegisterJson::toText(broken), RegisterJson::Mode::Merge);
        QCOMPARE(refused.status.code(), Status::Code::InvalidInput);
        QVERIFY(std::any_of(refused.findings.cbegin(), refused.findings.cend(), [](const ImportFinding &finding) {
            return finding.sheet == QLatin1String("letterTemplates") && finding.row == 1 &&
                   finding.message.contains(QStringLiteral("requester.nam"));
        }));
        QCOMPARE(rowsInRegister(fresh.db()), freshRows);
    }

    // An item of the file matched by name takes the register's uuid, and links to it follow.
    void aMergeMatchesByNameAndLinksFollow()
    {
        auto referrers = [](Storage::Store &store, const QString &uuid) {
            qint64 id = 0;
            QList<Register::ReferenceIndex::Referrer> found;
            if (!Register::EntityTable::rowId(store.connection(), QStringLiteral("party"), uuid, &id) || id == 0 ||
                !Register::ReferenceIndex::referrersOf(store.connection(), Domain::EntityKind::Party, id, &found))
                return -1;
            return int(found.size());
        };
        const QJsonArray parties =
            m_document.value(QStringLiteral("items")).toObject().value(QStringLiteral("party")).toArray();
        QJsonObject fileParty;
        for (const QJsonValue &value : parties) {
            if (referrers(m_demo.database(), value.toObject().value(QStringLiteral("uuid")).toString()) > 1)
                fileParty = value.toObject();
        }
        QVERIFY(!fileParty.isEmpty());
        const QString fileUuid = fileParty.value(QStringLiteral("uuid")).toString();

        TestRegister target;
        QVERIFY2(target.ok(), qPrintable(target.error()));
        Register::PartyService service(target.database());
        Domain::Party party;
        party.name = fileParty.value(QStringLiteral("name")).toString().toUpper();
        QVERIFY_OK(service.save(&party));
        QVERIFY(party.uuid != fileUuid);

        const Outcome outcome = importInto(target.database(), text(m_document), RegisterJson::Mode::Merge);
        QVERIFY2(outcome.status.isOk(), qPrintable(outcome.text()));
        QList<Domain::Party> all;
        QVERIFY_OK(service.list(&all));
        QCOMPARE(all.size(), parties.size());
        QCOMPARE(referrers(target.database(), fileUuid), -1);
        QCOMPARE(referrers(target.database(), party.uuid), referrers(m_demo.database(), fileUuid));
    }

    // Every kind of malformed input is a finding at its place; the register is left as it was.
    // A long import tells how far it is, up to every item of the file; stopped halfway (the
    // progress window's Stop) it is undone whole: nothing written, no history entry. A stopped
    // export reads no further.
    void anImportReportsProgressAndStopsWithNothingWritten()
    {
        const qint64 items = [this] {
            qint64 total = 0;
            const QJsonObject lists = m_document.value(QStringLiteral("items")).toObject();
            for (auto it = lists.constBegin(); it != lists.constEnd(); ++it)
                total += it.value().toArray().size();
            return total;
        }();
        QVERIFY(items > 10);

        TestRegister target;
        QVERIFY2(target.ok(), qPrintable(target.error()));
        const qint64 rowsBefore = rowsInRegister(target.db());
        const qint64 entriesBefore = target.auditCount();
        RegisterJson::Options options;
        options.fileName = QStringLiteral("register.json");
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        bool monotonic = true;
        int calls = 0;
        options.progress = [&](qint64 done, qint64 total) {
            monotonic = monotonic && done >= lastDone && done <= total;
            lastDone = done;
            lastTotal = total;
            // Slower than the 50 ms between reports: the next item reports too, and is stopped
            // after the first one was written.
            QThread::msleep(60);
            return ++calls < 2;
        };
        Outcome stopped;
        stopped.status =
            RegisterJson::import(target.database(), text(m_document), options, &stopped.findings, &stopped.summary);
        QCOMPARE(stopped.status.code(), Status::Code::Cancelled);
        QVERIFY(!stopped.summary.applied);
        QVERIFY(monotonic);
        QCOMPARE(lastTotal, items);
        QCOMPARE(lastDone, 2);
        QCOMPARE(rowsInRegister(target.db()), rowsBefore);
        QCOMPARE(target.auditCount(), entriesBefore);

        lastDone = 0;
        options.progress = [&](qint64 done, qint64 total) {
            monotonic = monotonic && done >= lastDone && done <= total;
            lastDone = done;
            lastTotal = total;
            return true;
        };
        Outcome done;
        done.status = RegisterJson::import(target.database(), text(m_document), options, &done.findings, &done.summary);
        QVERIFY2(done.status.isOk(), qPrintable(done.text()));
        QVERIFY(done.summary.applied);
        QVERIFY(monotonic);
        QCOMPARE(lastDone, items);

        QJsonObject document;
        calls = 0;
        const Status exportStopped = RegisterJson::exportRegister(target.database(), &document, [&](qint64, qint64) {
            ++calls;
            return false;
        });
        QCOMPARE(exportStopped.code(), Status::Code::Cancelled);
        QCOMPARE(calls, 1);
        QVERIFY(document.isEmpty());
    }

    void malformedInputChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("column");

        auto edited = [this](const std::function<void(QJsonObject &)> &edit) {
            QJsonObject document = m_document;
            edit(document);
            return text(document);
        };
        auto editItem = [&edited](const QString &kind, int index, const QString &key, const QJsonValue &value) {
            return edited([&](QJsonObject &document) {
                QJsonObject items = document.value(QStringLiteral("items")).toObject();
                QJsonArray list = items.value(kind).toArray();
                QJsonObject item = list.at(index).toObject();
                item.insert(key, value);
                list[index] = item;
                items.insert(kind, list);
                document.insert(QStringLiteral("items"), items);
            });
        };
        const QByteArray whole = text(m_document);
        QTest::newRow("not json") << QByteArray("this is not JSON") << QString() << 0 << QString();
        QTest::newRow("truncated") << whole.left(whole.size() / 2) << QString() << 0 << QString();
        QTest::newRow("empty") << QByteArray() << QString() << 0 << QString();
        QTest::newRow("another format") << edited([](QJsonObject &d) {
            d.insert(QStringLiteral("format"), QStringLiteral("other"));
        }) << QString() << 0 << QStringLiteral("format");
        QTest::newRow("newer format") << edited([](QJsonObject &d) { d.insert(QStringLiteral("formatVersion"), 99); })
                                      << QString() << 0 << QStringLiteral("formatVersion");
        QTest::newRow("item not an object") << edited([](QJsonObject &d) {
            QJsonObject items = d.value(QStringLiteral("items")).toObject();
            QJsonArray list = items.value(QStringLiteral("party")).toArray();
            list.append(42);
            items.insert(QStringLiteral("party"), list);
            d.insert(QStringLiteral("items"), items);
        }) << QStringLiteral("party") << 7 << QString();
        QTest::newRow("number for text") << editItem(QStringLiteral("party"), 1, QStringLiteral("name"), 7)
                                         << QStringLiteral("party") << 2 << QStringLiteral("name");
        QTest::newRow("invalid date") << editItem(QStringLiteral("activity"), 0, QStringLiteral("nextReview"),
                                                  QStringLiteral("2026-02-30"))
                                      << QStringLiteral("activity") << 1 << QStringLiteral("nextReview");
        QTest::newRow("unknown code") << editItem(QStringLiteral("activity"), 2, QStringLiteral("status"),
                                                  QStringLiteral("finished"))
                                      << QStringLiteral("activity") << 3 << QStringLiteral("status");
        QTest::newRow("not a uuid") << editItem(QStringLiteral("agreement"), 0, QStringLiteral("processorUuid"),
                                                QStringLiteral("Klantwolk"))
                                    << QStringLiteral("agreement") << 1 << QStringLiteral("processorUuid");
        QTest::newRow("link to nothing") << editItem(QStringLiteral("agreement"), 0, QStringLiteral("processorUuid"),
                                                     QStringLiteral("00000000-0000-4000-8000-000000000001"))
                                         << QStringLiteral("agreement") << 1 << QStringLiteral("processorUuid");
        QTest::newRow("a uuid twice") << edited([](QJsonObject &d) {
            QJsonObject items = d.value(QStringLiteral("items")).toObject();
            QJsonArray list = items.value(QStringLiteral("party")).toArray();
            QJsonObject copy = list.at(0).toObject();
            copy.insert(QStringLiteral("name"), QStringLiteral("Copy"));
            list.append(copy);
            items.insert(QStringLiteral("party"), list);
            d.insert(QStringLiteral("items"), items);
        }) << QStringLiteral("party") << 7
                                      << QStringLiteral("uuid");
        QTest::newRow("a list that is not one")
            << editItem(QStringLiteral("activity"), 0, QStringLiteral("dataCategories"), QStringLiteral("all of them"))
            << QStringLiteral("activity") << 1 << QStringLiteral("dataCategories");
        QTest::newRow("damaged document") << edited([](QJsonObject &d) {
            QJsonObject tables = d.value(QStringLiteral("tables")).toObject();
            QJsonArray list = tables.value(QStringLiteral("attachments")).toArray();
            QJsonObject first = list.at(0).toObject();
            first.insert(QStringLiteral("content"), QStringLiteral("QUJD"));
            list[0] = first;
            tables.insert(QStringLiteral("attachments"), list);
            d.insert(QStringLiteral("tables"), tables);
        }) << QStringLiteral("attachments")
                                          << 1 << QStringLiteral("sha256");
        QTest::newRow("an invalid item") << editItem(QStringLiteral("party"), 0, QStringLiteral("name"), QString())
                                         << QStringLiteral("party") << 1 << QStringLiteral("name");
    }

    void malformedInputChangesNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, sheet);
        QFETCH(int, row);
        QFETCH(QString, column);
        TestRegister target;
        QVERIFY2(target.ok(), qPrintable(target.error()));
        QVERIFY_OK(addParty(target.database(), QStringLiteral("Already here")));
        const qint64 entries = target.auditCount();
        const Outcome outcome = importInto(target.database(), data, RegisterJson::Mode::Merge);
        QCOMPARE(outcome.status.code(), Status::Code::InvalidInput);
        QVERIFY2(outcome.has(sheet, row, column), qPrintable(outcome.text()));
        QVERIFY(!outcome.summary.applied);
        QCOMPARE(target.auditCount(), entries);
        QCOMPARE(rowsInRegister(target.db()), 1);
    }

private:
    TestRegister m_demo;
    QJsonObject m_document;
};

QTEST_GUILESS_MAIN(TestRegisterJson)
#include "tst_registerjson.moc"
