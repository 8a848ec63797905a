// Agenda: the dated obligations the dashboard lists under "what to do next". Each kind of date is
// listed up to its horizon and not after it; retired activities, ended agreements and decided
// notices are left out; overdue and upcoming split at today, in date order; the limit cuts the
// lists but not their totals; a failed read is a DatabaseError. On both stores.
#include <QtTest>

#include "RegisterTestSupport.h"
#include "register/Services.h"
#include "register/queries/Agenda.h"

using namespace Custodian;
using namespace Custodian::Domain;
using namespace Custodian::Register;
using RegisterTest::TestRegister;

class TestAgenda : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyRegisterHasNothingDue();
    void activityReviewsUpToTheirHorizon();
    void retiredItemsAreLeftOut();
    void agreementDates();
    void undecidedNoticesOnly();
    void noticesWeSentWaitForTheController();
    void latestAssuranceOfEachKindEnds();
    void suppliersAreReviewedYearly();
    void overdueAndUpcomingInDateOrder();
    void limitKeepsTotals();
    void failedReadIsReported();

private:
    ProcessingActivity activity(const QString &name, QDate nextReview, const QString &status = QStringLiteral("draft"));
    Agreement agreement(const QString &title, const QString &status, QDate expires, QDate review,
                        const QList<SubprocessorNotice> &notices = {});
    Agenda read(int limit = 50);

    const QDate m_today{2026, 12, 1};
    QString m_processorUuid;
    std::unique_ptr<TestRegister> m_register;
};

void TestAgenda::init()
{
    AuditLog::setActor(QStringLiteral("a.de.vries"));
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
    Party hosting;
    hosting.name = QStringLiteral("Hosting B.V.");
    hosting.roles = {QStringLiteral("processor")};
    const Status saved = PartyService(m_register->database()).save(&hosting);
    QVERIFY2(saved, qPrintable(RegisterTest::describe(saved)));
    m_processorUuid = hosting.uuid;
}

void TestAgenda::cleanup()
{
    m_register.reset();
}

ProcessingActivity TestAgenda::activity(const QString &name, QDate nextReview, const QString &status)
{
    ProcessingActivity item;
    item.name = name;
    item.nextReview = nextReview;
    item.status = status;
    const Status saved = ActivityService(m_register->database()).save(&item);
    if (!saved)
        qWarning() << "activity not saved:" << RegisterTest::describe(saved);
    return item;
}

Agreement TestAgenda::agreement(const QString &title, const QString &status, QDate expires, QDate review,
                                const QList<SubprocessorNotice> &notices)
{
    Agreement item;
    item.title = title;
    item.processorUuid = m_processorUuid;
    item.status = status;
    item.expiresOn = expires;
    item.reviewOn = review;
    item.subprocessorAuthorisation = QStringLiteral("general");
    item.objectionWindowDays = 30;
    item.notices = notices;
    const Status saved = AgreementService(m_register->database()).save(&item);
    if (!saved)
        qWarning() << "agreement not saved:" << RegisterTest::describe(saved);
    return item;
}

Agenda TestAgenda::read(int limit)
{
    Agenda agenda;
    const Status status = Agenda::read(m_register->database(), m_today, limit, &agenda);
    if (!status)
        qWarning() << "agenda not read:" << RegisterTest::describe(status);
    return agenda;
}

static QStringList names(const QList<AgendaItem> &items)
{
    QStringList result;
    for (const AgendaItem &item : items)
        result << item.name;
    return result;
}

void TestAgenda::emptyRegisterHasNothingDue()
{
    activity(QStringLiteral("No review date"), {});
    const Agenda agenda = read();
    QVERIFY(agenda.overdue.isEmpty());
    QVERIFY(agenda.upcoming.isEmpty());
    QCOMPARE(agenda.overdueTotal, 0);
    QCOMPARE(agenda.upcomingTotal, 0);
}

void TestAgenda::activityReviewsUpToTheirHorizon()
{
    const ProcessingActivity payroll = activity(QStringLiteral("Payroll"), m_today.addDays(-1));
    activity(QStringLiteral("Recruitment"), m_today);
    activity(QStringLiteral("Newsletter"), m_today.addDays(Agenda::reviewHorizonDays));
    activity(QStringLiteral("Far away"), m_today.addDays(Agenda::reviewHorizonDays + 1));
    ProcessorActivity hosting;
    hosting.name = QStringLiteral("Hosting for customers");
    hosting.nextReview = m_today.addDays(5);
    QVERIFY(ProcessorActivityService(m_register->database()).save(&hosting));

    const Agenda agenda = read();
    QCOMPARE(names(agenda.overdue), QStringList{QStringLiteral("Payroll")});
    QCOMPARE(agenda.overdue.first().reason, AgendaItem::Reason::ActivityReview);
    QCOMPARE(agenda.overdue.first().entity, QStringLiteral("activity"));
    QCOMPARE(agenda.overdue.first().uuid, payroll.uuid);
    QCOMPARE(agenda.overdue.first().date, m_today.addDays(-1));
    QVERIFY(agenda.overdue.first().isOverdue(m_today));
    QCOMPARE(names(agenda.upcoming),
             (QStringList{QStringLiteral("Recruitment"), QStringLiteral("Hosting for customers"),
                          QStringLiteral("Newsletter")}));
    QCOMPARE(agenda.upcoming.at(1).entity, QStringLiteral("processor_activity"));
    QVERIFY(!agenda.upcoming.first().isOverdue(m_today)); // due today is not yet overdue
}

void TestAgenda::retiredItemsAreLeftOut()
{
    activity(QStringLiteral("Retired"), m_today.addDays(-10), QStringLiteral("retired"));
    agreement(QStringLiteral("Ended"), QStringLiteral("terminated"), m_today.addDays(-3), m_today.addDays(-3));
    const Agenda agenda = read();
    QVERIFY(agenda.overdue.isEmpty());
    QCOMPARE(agenda.overdueTotal, 0);
}

void TestAgenda::agreementDates()
{
    // Only an active agreement expires; a draft's review date still counts.
    const Agreement hosting = agreement(QStringLiteral("DPA hosting"), QStringLiteral("active"),
                                        m_today.addDays(Agenda::expiryHorizonDays), {});
    agreement(QStringLiteral("DPA later"), QStringLiteral("active"), m_today.addDays(Agenda::expiryHorizonDays + 1),
              {});
    agreement(QStringLiteral("Draft DPA"), QStringLiteral("draft"), m_today.addDays(-5), m_today.addDays(2));
    const Agenda agenda = read();
    QVERIFY(agenda.overdue.isEmpty());
    QCOMPARE(agenda.upcoming.size(), 2);
    QCOMPARE(agenda.upcoming.at(0).name, QStringLiteral("Draft DPA"));
    QCOMPARE(agenda.upcoming.at(0).reason, AgendaItem::Reason::AgreementReview);
    QCOMPARE(agenda.upcoming.at(1).name, QStringLiteral("DPA hosting"));
    QCOMPARE(agenda.upcoming.at(1).reason, AgendaItem::Reason::AgreementExpiry);
    QCOMPARE(agenda.upcoming.at(1).uuid, hosting.uuid);
    QCOMPARE(agenda.upcoming.at(1).entity, QStringLiteral("agreement"));
}

void TestAgenda::undecidedNoticesOnly()
{
    SubprocessorNotice pending;
    pending.receivedOn = m_today.addDays(-20);
    pending.objectionDeadline = m_today.addDays(10);
    pending.change = QStringLiteral("New mail provider");
    SubprocessorNotice missed = pending;
    missed.receivedOn = m_today.addDays(-40);
    missed.objectionDeadline = m_today.addDays(-10);
    missed.change = QStringLiteral("Backup in the US");
    SubprocessorNotice decided = pending;
    decided.change = QStringLiteral("Accepted already");
    decided.decision = QStringLiteral("accepted");
    decided.decidedOn = m_today.addDays(-1);
    // The service computes each deadline from the agreement's window (30 days from receipt).
    const Agreement hosting =
        agreement(QStringLiteral("DPA hosting"), QStringLiteral("active"), {}, {}, {pending, missed, decided});
    QCOMPARE(hosting.notices.size(), 3);

    const Agenda agenda = read();
    QCOMPARE(agenda.overdue.size(), 1);
    QCOMPARE(agenda.overdue.first().reason, AgendaItem::Reason::ObjectionWindow);
    QCOMPARE(agenda.overdue.first().detail, QStringLiteral("Backup in the US"));
    const auto savedMissed =
        std::find_if(hosting.notices.cbegin(), hosting.notices.cend(),
                     [](const SubprocessorNotice &notice) { return notice.change.startsWith(u"Backup"); });
    QVERIFY(savedMissed != hosting.notices.cend());
    QCOMPARE(agenda.overdue.first().date, savedMissed->objectionDeadline);
    QVERIFY(agenda.overdue.first().date < m_today);
    QCOMPARE(agenda.upcoming.size(), 1);
    QCOMPARE(agenda.upcoming.first().detail, QStringLiteral("New mail provider"));
    QCOMPARE(agenda.upcoming.first().name, QStringLiteral("DPA hosting"));
}

void TestAgenda::noticesWeSentWaitForTheController()
{
    // We are the processor: the controller's window to object to our change runs on the agenda.
    SubprocessorNotice sent;
    sent.sentOn = m_today.addDays(-5);
    sent.receivedOn = m_today.addDays(-5);
    sent.change = QStringLiteral("New backup provider");
    Agreement customer;
    customer.title = QStringLiteral("DPA customer");
    customer.controllerUuid = m_processorUuid;
    customer.status = QStringLiteral("active");
    customer.subprocessorAuthorisation = QStringLiteral("general");
    customer.objectionWindowDays = 30;
    customer.notices = {sent};
    QVERIFY(AgreementService(m_register->database()).save(&customer));
    QVERIFY(customer.noticesAreSent());

    const Agenda agenda = read();
    QVERIFY(agenda.overdue.isEmpty());
    QCOMPARE(agenda.upcoming.size(), 1);
    QCOMPARE(agenda.upcoming.first().reason, AgendaItem::Reason::NotifiedWindow);
    QCOMPARE(agenda.upcoming.first().date, m_today.addDays(25));
    QCOMPARE(agenda.upcoming.first().detail, QStringLiteral("New backup provider"));
}

void TestAgenda::latestAssuranceOfEachKindEnds()
{
    Agreement hosting;
    hosting.title = QStringLiteral("DPA hosting");
    hosting.processorUuid = m_processorUuid;
    hosting.status = QStringLiteral("active");
    AssuranceReport replaced;
    replaced.kind = QStringLiteral("iso27001");
    replaced.issuedOn = m_today.addYears(-3);
    replaced.validUntil = m_today.addDays(-20); // an older certificate of a kind that was renewed
    AssuranceReport renewed = replaced;
    renewed.issuedOn = m_today.addDays(-21);
    renewed.validUntil = m_today.addDays(Agenda::expiryHorizonDays);
    AssuranceReport lapsed;
    lapsed.kind = QStringLiteral("isae3402");
    lapsed.validUntil = m_today.addDays(-2);
    AssuranceReport farOff;
    farOff.kind = QStringLiteral("soc2");
    farOff.validUntil = m_today.addDays(Agenda::expiryHorizonDays + 1);
    AssuranceReport noEnd;
    noEnd.kind = QStringLiteral("tpm");
    hosting.assurances = {replaced, renewed, lapsed, farOff, noEnd};
    QVERIFY(AgreementService(m_register->database()).save(&hosting));
    Agreement draft = hosting;
    draft.uuid.clear();
    draft.title = QStringLiteral("Draft DPA");
    draft.status = QStringLiteral("draft");
    QVERIFY(AgreementService(m_register->database()).save(&draft));
    // Where we are the processor, our own certificate is the controller's to follow.
    Agreement ours = hosting;
    ours.uuid.clear();
    ours.title = QStringLiteral("DPA customer");
    ours.controllerUuid = m_processorUuid;
    ours.processorUuid.clear();
    QVERIFY(AgreementService(m_register->database()).save(&ours));
    // A kind renewed by a report without an end: the old end is not listed.
    Agreement withoutEnd = hosting;
    withoutEnd.uuid.clear();
    withoutEnd.title = QStringLiteral("Renewed without an end");
    AssuranceReport unended;
    unended.kind = QStringLiteral("isae3402");
    unended.issuedOn = m_today.addDays(-1);
    withoutEnd.assurances = {lapsed, unended};
    QVERIFY(AgreementService(m_register->database()).save(&withoutEnd));

    const Agenda agenda = read();
    QCOMPARE(agenda.overdue.size(), 1);
    QCOMPARE(agenda.overdue.first().reason, AgendaItem::Reason::AssuranceExpiry);
    QCOMPARE(agenda.overdue.first().detail, QStringLiteral("isae3402"));
    QCOMPARE(agenda.overdue.first().date, m_today.addDays(-2));
    QCOMPARE(agenda.overdue.first().uuid, hosting.uuid);
    QCOMPARE(agenda.upcoming.size(), 1);
    QCOMPARE(agenda.upcoming.first().detail, QStringLiteral("iso27001"));
    QCOMPARE(agenda.upcoming.first().date, m_today.addDays(Agenda::expiryHorizonDays));
    QCOMPARE(agenda.upcomingTotal, 1);

    QList<AgendaItem> all;
    QVERIFY(Agenda::readUpTo(m_register->database(), m_today.addYears(1), &all));
    QCOMPARE(all.size(), 3); // the SOC 2 report too; never the replaced certificate or the draft's
    QCOMPARE(all.last().detail, QStringLiteral("soc2"));
}

void TestAgenda::suppliersAreReviewedYearly()
{
    // A year after the latest review, or after the agreement took effect or was signed; only for an
    // active agreement under which we engage the processor.
    Agreement reviewed;
    reviewed.title = QStringLiteral("Reviewed");
    reviewed.processorUuid = m_processorUuid;
    reviewed.status = QStringLiteral("active");
    reviewed.effectiveOn = QDate(2020, 1, 1);
    SupplierReview first;
    first.reviewedOn = QDate(2025, 12, 20);
    SupplierReview earlier;
    earlier.reviewedOn = QDate(2024, 11, 1);
    reviewed.reviews = {first, earlier};
    QVERIFY(AgreementService(m_register->database()).save(&reviewed));
    Agreement leap = reviewed;
    leap.uuid.clear();
    leap.title = QStringLiteral("Leap day");
    leap.reviews.clear();
    leap.effectiveOn = QDate(2024, 2, 29);
    QVERIFY(AgreementService(m_register->database()).save(&leap));
    Agreement signedOnly = leap;
    signedOnly.uuid.clear();
    signedOnly.title = QStringLiteral("Signed only");
    signedOnly.effectiveOn = {};
    signedOnly.signedOn = m_today.addYears(-1).addDays(10);
    QVERIFY(AgreementService(m_register->database()).save(&signedOnly));
    Agreement ours = leap;
    ours.uuid.clear();
    ours.title = QStringLiteral("We are the processor");
    ours.controllerUuid = m_processorUuid;
    ours.processorUuid.clear();
    QVERIFY(AgreementService(m_register->database()).save(&ours));
    Agreement draft = leap;
    draft.uuid.clear();
    draft.title = QStringLiteral("Draft");
    draft.status = QStringLiteral("draft");
    QVERIFY(AgreementService(m_register->database()).save(&draft));

    const Agenda agenda = read();
    QCOMPARE(names(agenda.overdue), QStringList{QStringLiteral("Leap day")});
    QCOMPARE(agenda.overdue.first().reason, AgendaItem::Reason::SupplierReview);
    QCOMPARE(agenda.overdue.first().date, QDate(2025, 2, 28));
    QCOMPARE(agenda.overdue.first().date, leap.nextReviewDue());
    QCOMPARE(names(agenda.upcoming), (QStringList{QStringLiteral("Signed only"), QStringLiteral("Reviewed")}));
    QCOMPARE(agenda.upcoming.at(0).date, QDate(2026, 12, 11));
    QCOMPARE(agenda.upcoming.at(1).date, QDate(2026, 12, 20)); // the latest review, not the earlier one
}

void TestAgenda::overdueAndUpcomingInDateOrder()
{
    activity(QStringLiteral("B"), m_today.addDays(-2));
    activity(QStringLiteral("A"), m_today.addDays(-30));
    agreement(QStringLiteral("C"), QStringLiteral("active"), m_today.addDays(-7), {});
    activity(QStringLiteral("D"), m_today.addDays(9));
    agreement(QStringLiteral("E"), QStringLiteral("active"), m_today.addDays(3), {});
    const Agenda agenda = read();
    QCOMPARE(names(agenda.overdue), (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
    QCOMPARE(names(agenda.upcoming), (QStringList{QStringLiteral("E"), QStringLiteral("D")}));
}

void TestAgenda::limitKeepsTotals()
{
    for (int i = 0; i < 7; ++i)
        activity(QStringLiteral("Overdue %1").arg(i), m_today.addDays(-1 - i));
    for (int i = 0; i < 4; ++i)
        activity(QStringLiteral("Soon %1").arg(i), m_today.addDays(1 + i));
    const Agenda agenda = read(3);
    QCOMPARE(agenda.overdue.size(), 3);
    QCOMPARE(agenda.overdueTotal, 7);
    QCOMPARE(names(agenda.overdue),
             (QStringList{QStringLiteral("Overdue 6"), QStringLiteral("Overdue 5"), QStringLiteral("Overdue 4")}));
    QCOMPARE(agenda.upcoming.size(), 3);
    QCOMPARE(agenda.upcomingTotal, 4);
}

void TestAgenda::failedReadIsReported()
{
    QVERIFY(m_register->exec(QStringLiteral("ALTER TABLE subprocessor_notice RENAME TO notice_elsewhere")));
    Agenda agenda;
    agenda.overdueTotal = 99;
    const Status status = Agenda::read(m_register->database(), m_today, 10, &agenda);
    QCOMPARE(status.code(), Status::Code::DatabaseError);
    QVERIFY(!status.message().isEmpty());
}

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
