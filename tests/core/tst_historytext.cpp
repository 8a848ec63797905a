// HistoryText: the audit trail as an auditor reads it (UI review H3). For each kind of item, a
// change written by its service reads back with the field labels of the editor, code labels, dates
// in the locale, linked items by name and table rows named, in English and in Dutch; nothing shows
// a key, a code or a uuid.
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "Translations.h"
#include "register/AuditLog.h"
#include "register/HistoryText.h"
#include "register/OrganisationService.h"
#include "register/Services.h"
#include "register/queries/ListRows.h"
#include "storage/Database.h"

using namespace Custodian;
using Domain::EntityKind;

class TestHistoryText : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Storage::Database m_database;
    QTranslator m_custodian;
    QTranslator m_qt;
    QString m_hosting;
    QString m_encryption;
    QString m_activity;
    QString m_agreement;

    // The lines of the newest entry of an item, in the language now loaded.
    QStringList newest(EntityKind kind, const QString &uuid)
    {
        QList<Register::AuditLog::Entry> entries;
        const Status status =
            Register::AuditLog::readEntries(m_database.connection(), Domain::EntityKinds::code(kind), uuid, &entries);
        if (!status || entries.isEmpty())
            return {QStringLiteral("no history: ") + status.message()};
        const Register::HistoryText text([this](EntityKind target, const QString &item) {
            QHash<QString, QString> names;
            if (!Register::ListRows::displayNames(m_database, target, {item}, &names))
                return QString();
            return names.value(item);
        });
        return text.describe(kind, entries.constLast().changes);
    }

    void useLanguage(const QString &language)
    {
        QCoreApplication::removeTranslator(&m_custodian);
        QCoreApplication::removeTranslator(&m_qt);
        QVERIFY(Translations::load(language, m_custodian, m_qt));
        QCoreApplication::installTranslator(&m_custodian);
        QCoreApplication::installTranslator(&m_qt);
        QLocale::setDefault(QLocale(language == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                                    language == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
    }

    static void verifyNoInternals(const QStringList &lines)
    {
        static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"));
        static const QRegularExpression isoDay(QStringLiteral("\\b20\\d\\d-\\d\\d-\\d\\d\\b"));
        for (const QString &line : lines) {
            QVERIFY2(!uuid.match(line).hasMatch(), qPrintable(line));
            QVERIFY2(!isoDay.match(line).hasMatch(), qPrintable(line));
            for (const char *key : {"lawfulBases", "measureUuids", "nextReview", "processorUuid", "clauses", "roles"})
                QVERIFY2(!line.contains(QLatin1String(key)), qPrintable(line));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_database.create(m_dir.filePath(QStringLiteral("history.custodian")),
                                  QStringLiteral("a long test passphrase")));
        Register::PartyService parties(m_database);
        Register::SecurityMeasureService measures(m_database);
        Register::ActivityService activities(m_database);
        Register::AgreementService agreements(m_database);

        Domain::Party hosting;
        hosting.name = QStringLiteral("Hosting B.V.");
        hosting.roles = {QStringLiteral("processor")};
        QVERIFY(parties.save(&hosting));
        hosting.roles = {QStringLiteral("processor"), QStringLiteral("sub_processor")};
        hosting.country = QStringLiteral("IE");
        QVERIFY(parties.save(&hosting));
        m_hosting = hosting.uuid;

        Domain::SecurityMeasure encryption;
        encryption.title = QStringLiteral("Encryption at rest");
        encryption.kind = QStringLiteral("technical");
        QVERIFY(measures.save(&encryption));
        m_encryption = encryption.uuid;

        Domain::ProcessingActivity activity;
        activity.name = QStringLiteral("Payroll");
        QVERIFY(activities.save(&activity));
        activity.lawfulBases = {QStringLiteral("c")};
        activity.nextReview = QDate(2027, 12, 1);
        activity.measureUuids = {encryption.uuid};
        activity.bsn = true;
        QVERIFY(activities.save(&activity));
        m_activity = activity.uuid;

        Domain::Agreement agreement;
        agreement.title = QStringLiteral("DPA Hosting");
        agreement.processorUuid = hosting.uuid;
        QVERIFY(agreements.save(&agreement));
        for (Domain::ClauseCheck &clause : agreement.clauses) {
            if (clause.clause == QLatin1String("h")) {
                clause.ticked = true;
                clause.reference = QStringLiteral("DPA art. 9");
            }
        }
        QVERIFY(agreements.save(&agreement));
        m_agreement = agreement.uuid;
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&m_custodian);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale::c());
    }

    void eachKindReads_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("expected");   // lines the newest entry must have
        const QString day = QStringLiteral("%DAY%"); // the date in the language's locale
        QTest::newRow("party en") << "en" << int(EntityKind::Party)
                                  << QStringList{QStringLiteral("Country: — → Ireland (IE)"),
                                                 QStringLiteral("Roles: added Sub-processor")};
        QTest::newRow("party nl") << "nl" << int(EntityKind::Party)
                                  << QStringList{QStringLiteral("Land: — → Ierland (IE)"),
                                                 QStringLiteral("Rollen: toegevoegd Subverwerker")};
        QTest::newRow("activity en") << "en" << int(EntityKind::ProcessingActivity)
                                     << QStringList{
                                            QStringLiteral("Next review: — → ") + day,
                                            QStringLiteral("Citizen service number (BSN): no → yes"),
                                            QStringLiteral("Lawful bases: added Legal obligation (Art. 6(1)(c))"),
                                            QStringLiteral("Security measures: added “Encryption at rest”")};
        QTest::newRow("activity nl")
            << "nl" << int(EntityKind::ProcessingActivity)
            << QStringList{QStringLiteral("Volgende herbeoordeling: — → ") + day,
                           QStringLiteral("Burgerservicenummer (BSN): nee → ja"),
                           QStringLiteral("Grondslagen: toegevoegd Wettelijke verplichting (art. 6 lid 1 onder c AVG)"),
                           QStringLiteral("Beveiligingsmaatregelen: toegevoegd “Encryption at rest”")};
        QTest::newRow("agreement en") << "en" << int(EntityKind::Agreement) << QStringList{};
        QTest::newRow("agreement nl") << "nl" << int(EntityKind::Agreement) << QStringList{};
        QTest::newRow("organisation en") << "en" << int(EntityKind::Organisation) << QStringList{};
    }

    void eachKindReads()
    {
        QFETCH(QString, language);
        QFETCH(int, kind);
        QFETCH(QStringList, expected);
        useLanguage(language);
        const auto entityKind = EntityKind(kind);
        const QString uuid = entityKind == EntityKind::Party                ? m_hosting
                             : entityKind == EntityKind::ProcessingActivity ? m_activity
                                                                            : m_agreement;
        if (entityKind == EntityKind::Organisation) {
            // The organisation's joint controllers are rows with a uuid: matched by it.
            Register::OrganisationService organisations(m_database);
            Domain::Organisation organisation;
            QVERIFY(organisations.load(&organisation));
            organisation.name = QStringLiteral("Gemeente Voorbeeld");
            Domain::JointController joint;
            joint.name = QStringLiteral("GGD Regio");
            organisation.jointControllers = {joint};
            QVERIFY(organisations.save(organisation));
            QVERIFY(organisations.load(&organisation));
            QList<Register::AuditLog::Entry> entries;
            QVERIFY(Register::AuditLog::readEntries(m_database.connection(), QStringLiteral("organisation"),
                                                    organisation.uuid, &entries));
            QVERIFY(!entries.isEmpty());
            const QStringList lines =
                Register::HistoryText().describe(EntityKind::Organisation, entries.constLast().changes);
            QVERIFY2(lines.contains(QStringLiteral("Name: — → Gemeente Voorbeeld")),
                     qPrintable(lines.join(QLatin1Char('\n'))));
            QVERIFY2(lines.contains(QStringLiteral("Joint controllers: “GGD Regio” added")),
                     qPrintable(lines.join(QLatin1Char('\n'))));
            verifyNoInternals(lines);
            return;
        }
        const QStringList lines = newest(entityKind, uuid);
        verifyNoInternals(lines);
        if (entityKind == EntityKind::Agreement) {
            // The ticked clause is named by its label, with the changed fields.
            const QString clause = Domain::Codes::label(Domain::Codes::Kind::AgreementClause, QStringLiteral("h"));
            const QString covered = language == QLatin1String("nl") ? QStringLiteral("Opgenomen: nee → ja")
                                                                    : QStringLiteral("Covered: no → yes");
            QCOMPARE(lines.size(), 1);
            QVERIFY2(lines.constFirst().contains(QStringLiteral("“%1”").arg(clause)), qPrintable(lines.constFirst()));
            QVERIFY2(lines.constFirst().contains(covered), qPrintable(lines.constFirst()));
            QVERIFY2(lines.constFirst().contains(QStringLiteral("DPA art. 9")), qPrintable(lines.constFirst()));
            return;
        }
        const QString day = QLocale().toString(QDate(2027, 12, 1), QLocale::ShortFormat);
        for (QString line : expected) {
            line.replace(QStringLiteral("%DAY%"), day);
            QVERIFY2(lines.contains(line),
                     qPrintable(QStringLiteral("missing “%1” in:\n%2").arg(line, lines.join(QLatin1Char('\n')))));
        }
    }

    // A linked item that was deleted, a key no table knows and a personal value that was erased.
    void missingAndUnknownValues()
    {
        useLanguage(QStringLiteral("en"));
        const Register::HistoryText text([](EntityKind, const QString &) { return QString(); });
        const QJsonObject changes{
            {QStringLiteral("processorUuid"),
             QJsonObject{{QStringLiteral("old"), QJsonValue()},
                         {QStringLiteral("new"), QStringLiteral("0d9c0b0e-1111-2222-3333-444455556666")}}},
            {QStringLiteral("somethingNew"),
             QJsonObject{{QStringLiteral("old"), QStringLiteral("a")}, {QStringLiteral("new"), QStringLiteral("b")}}},
            {QStringLiteral("title"), QJsonObject{{QStringLiteral("erased"), true}}},
        };
        const QStringList lines = text.describe(EntityKind::Agreement, changes);
        QCOMPARE(lines,
                 (QStringList{QStringLiteral("Title: erased (personal data of a data subject)"),
                              QStringLiteral("Processor: — → a deleted item"), QStringLiteral("somethingNew: a → b")}));
    }
};

QTEST_GUILESS_MAIN(TestHistoryText)
#include "tst_historytext.moc"
