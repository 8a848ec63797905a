// Register settings of the clocks: calendar choice, internal margin, decree days; and that the
// register's calendar really moves a deadline. On both stores.
#include <QtTest>

#include "RegisterTestSupport.h"
#include "clocks/Deadlines.h"
#include "register/AuditLog.h"
#include "register/RegisterSettingsService.h"

using namespace Custodian;
using Register::ExtraHoliday;
using Register::RegisterSettings;
using Register::RegisterSettingsService;
using RegisterTest::TestRegister;

// A new register on the store under test, as db (a Storage::Store &).
#define NEW_REGISTER(db)                                                                                               \
    TestRegister testRegister;                                                                                         \
    QVERIFY2(testRegister.ok(), qPrintable(testRegister.error()));                                                     \
    Storage::Store &db = testRegister.database()

class TestRegisterSettings : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAfterCreation()
    {
        NEW_REGISTER(db);
        RegisterSettingsService service(db);
        RegisterSettings settings;
        QVERIFY(service.load(&settings));
        QCOMPARE(settings.holidayCalendar, QStringLiteral("NL"));
        QCOMPARE(settings.internalMarginWorkingDays, 5);
        QVERIFY(settings.extraHolidays.isEmpty());
    }

    void roundTripWithAuditEntry()
    {
        NEW_REGISTER(db);
        RegisterSettingsService service(db);
        QSignalSpy changed(&service, &RegisterSettingsService::changed);
        const qint64 auditBefore = Register::AuditLog::count(db.connection());

        RegisterSettings settings;
        settings.internalMarginWorkingDays = 3;
        settings.extraHolidays = {{QString(), QDate(2026, 5, 15), QStringLiteral("Vrijdag na Hemelvaart")},
                                  {QString(), QDate(2026, 1, 2), QStringLiteral("Brugdag")}};
        QVERIFY(service.save(settings));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(Register::AuditLog::count(db.connection()), auditBefore + 1);
        const QList<Register::AuditLog::Entry> entries =
            Register::AuditLog::entriesFor(db.connection(), QStringLiteral("register_settings"), db.registerId());
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.constFirst().changes.contains(QStringLiteral("internalMarginWorkingDays")));
        QVERIFY(entries.constFirst().changes.contains(QStringLiteral("extraHolidays")));

        // Saving the same again writes nothing.
        RegisterSettings loaded;
        QVERIFY(service.load(&loaded));
        QVERIFY(service.save(loaded));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(Register::AuditLog::count(db.connection()), auditBefore + 1);

        db.close();
        const std::unique_ptr<Storage::Store> reopened = testRegister.openAgain();
        QVERIFY(reopened);
        RegisterSettingsService again(*reopened);
        QVERIFY(again.load(&loaded));
        QCOMPARE(loaded.internalMarginWorkingDays, 3);
        QCOMPARE(loaded.extraHolidays.size(), 2);
        QCOMPARE(loaded.extraHolidays.at(0).date, QDate(2026, 1, 2)); // kept in date order
        QCOMPARE(loaded.extraHolidays.at(1).name, QStringLiteral("Vrijdag na Hemelvaart"));
    }

    void decreeDaysMoveDeadlines()
    {
        NEW_REGISTER(db);
        RegisterSettingsService service(db);
        // Received Wed 15 Apr 2026: one month ends Fri 15 May 2026, a working day without decree days.
        std::optional<Clocks::HolidayCalendar> calendar = service.calendar();
        QVERIFY(calendar);
        QCOMPARE(Clocks::requestDeadline(QDate(2026, 4, 15), false, *calendar).due(), QDate(2026, 5, 15));

        RegisterSettings settings;
        settings.extraHolidays = {{QString(), QDate(2026, 5, 15), QStringLiteral("Vrijdag na Hemelvaart")}};
        QVERIFY(service.save(settings));
        calendar = service.calendar();
        QVERIFY(calendar);
        // Fri 15 May is now a holiday, Sat and Sun follow: Mon 18 May 2026.
        QCOMPARE(Clocks::requestDeadline(QDate(2026, 4, 15), false, *calendar).due(), QDate(2026, 5, 18));
    }

    void extraDaysBelongToTheirCalendar()
    {
        NEW_REGISTER(db);
        RegisterSettingsService service(db);
        RegisterSettings settings;
        settings.extraHolidays = {{QString(), QDate(2026, 5, 15), QStringLiteral("Brugdag")}};
        QVERIFY(service.save(settings));
        settings.holidayCalendar = QStringLiteral("BE");
        settings.extraHolidays.clear();
        QVERIFY(service.save(settings));
        RegisterSettings loaded;
        QVERIFY(service.load(&loaded));
        QCOMPARE(loaded.holidayCalendar, QStringLiteral("BE"));
        QVERIFY(loaded.extraHolidays.isEmpty());
        // NL keeps its own decree days for when the register switches back.
        QList<ExtraHoliday> dutch;
        QVERIFY(service.extraHolidays(QStringLiteral("NL"), &dutch));
        QCOMPARE(dutch.size(), 1);
        QCOMPARE(dutch.constFirst().name, QStringLiteral("Brugdag"));
    }

    void invalidSettingsChangeNothing_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<int>("margin");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown calendar")
            << QStringLiteral("XX") << 5 << QDate() << QString() << QStringLiteral("holidayCalendar");
        QTest::newRow("negative margin") << QStringLiteral("NL") << -1 << QDate() << QString()
                                         << QStringLiteral("internalMarginWorkingDays");
        QTest::newRow("margin too large")
            << QStringLiteral("NL") << 21 << QDate() << QString() << QStringLiteral("internalMarginWorkingDays");
        QTest::newRow("day without a name") << QStringLiteral("NL") << 5 << QDate(2026, 5, 15) << QStringLiteral("  ")
                                            << QStringLiteral("extraHolidays");
    }

    void invalidSettingsChangeNothing()
    {
        QFETCH(QString, calendar);
        QFETCH(int, margin);
        QFETCH(QDate, date);
        QFETCH(QString, name);
        QFETCH(QString, field);
        NEW_REGISTER(db);
        RegisterSettingsService service(db);
        const qint64 auditBefore = Register::AuditLog::count(db.connection());
        RegisterSettings settings;
        settings.holidayCalendar = calendar;
        settings.internalMarginWorkingDays = margin;
        if (date.isValid())
            settings.extraHolidays = {{QString(), date, name}};
        Domain::Findings findings;
        const Status status = service.save(settings, &findings);
        QCOMPARE(status.code(), Status::Code::InvalidInput);
        QVERIFY(!Domain::findingsFor(findings, field).isEmpty());
        RegisterSettings loaded;
        QVERIFY(service.load(&loaded));
        QCOMPARE(loaded, RegisterSettings());
        QCOMPARE(Register::AuditLog::count(db.connection()), auditBefore);
    }

    void weekendDecreeDayIsOnlyAWarning()
    {
        RegisterSettings settings;
        settings.extraHolidays = {{QString(), QDate(2026, 5, 16), QStringLiteral("Zaterdag")}};
        const Domain::Findings findings = settings.validate();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.constFirst().severity, Domain::Finding::Severity::Warning);
    }
};

QTEST_GUILESS_MAIN(TestRegisterSettings)
#include "tst_registersettings.moc"
