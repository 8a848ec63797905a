// The entities' field tables against the schema, as codesMatchTheSchema does for the code lists:
// every column of a main or child table is described by exactly one field (a column without a
// field would never be read or written; a field without a column fails at the first save), every
// field has a label, every code field names its list, every link names a kind whose table exists.
// And fromJson() inverts toJson() for every item of the demo register (export and import rely on it).
#include <QSet>
#include <QtTest>

#include "RegisterTestSupport.h"
#include "domain/FieldSpec.h"
#include "register/Completeness.h"
#include "register/DemoRegister.h"
#include "register/Services.h"

using namespace Custodian;
using namespace Custodian::Domain;
using RegisterTest::TestRegister;

namespace {

QSet<QString> columnsOf(QSqlDatabase &db, const QString &table)
{
    QSet<QString> columns;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (query.next())
            columns.insert(query.value(1).toString());
    }
    return columns;
}

QString describe(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QLatin1String(", "));
}

// Columns a table holds that no field describes, on purpose.
const QSet<QString> &notFields()
{
    static const QSet<QString> columns = {
        QStringLiteral("attachment.content"), // read one document at a time, never with the agreement
    };
    return columns;
}

} // namespace

class TestFieldSpecs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tablesMatchTheSchema_data();
    void tablesMatchTheSchema();
    void fieldsAreDescribed_data();
    void fieldsAreDescribed();
    void linksNameExistingColumns();
    void fromJsonInvertsToJson();
    void expectedFieldsOfAnEmptyRecord();

private:
    template<class T> void checkTables(const EntitySpec<T> &spec);
    template<class T> void checkFields(const EntitySpec<T> &spec);
    template<class T> void checkRoundTrip(const QList<T> &items);

    std::unique_ptr<TestRegister> m_register;
};

void TestFieldSpecs::initTestCase()
{
    m_register = std::make_unique<TestRegister>();
    QVERIFY2(m_register->ok(), qPrintable(m_register->error()));
}

void TestFieldSpecs::tablesMatchTheSchema_data()
{
    QTest::addColumn<int>("entity");
    for (int kind = int(EntityKind::Party); kind <= int(EntityKind::LegalHold); ++kind)
        QTest::newRow(EntityKinds::info(EntityKind(kind)).code) << kind;
}

template<class T> void TestFieldSpecs::checkTables(const EntitySpec<T> &spec)
{
    QSqlDatabase &db = m_register->db();
    const QString table = QLatin1String(spec.info().table);
    QSet<QString> described = {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("created_at"),
                               QStringLiteral("updated_at"), QStringLiteral("row_version")};
    for (const Field<T> &field : spec.fields)
        described.insert(field.columnName());
    const QSet<QString> actual = columnsOf(db, table);
    QVERIFY2(actual == described,
             qPrintable(QStringLiteral("%1: schema has %2; fields describe %3")
                            .arg(table, describe(actual - described), describe(described - actual))));

    for (const Child<T> &child : spec.children) {
        const QString childTable = QLatin1String(child.table);
        QSet<QString> childColumns = {QLatin1String(child.ownerColumn)};
        if (child.positionColumn)
            childColumns.insert(QLatin1String(child.positionColumn));
        if (const RowOps<T> *rows = child.rowOps()) {
            for (const FieldInfo *field : rows->fields())
                childColumns.insert(field->columnName());
        } else {
            childColumns.insert(QLatin1String(child.valueColumn));
        }
        QSet<QString> childActual = columnsOf(db, childTable);
        childActual.remove(QStringLiteral("id"));
        for (const QString &column : notFields()) {
            if (column.startsWith(childTable + QLatin1Char('.')))
                childActual.remove(column.mid(childTable.size() + 1));
        }
        // transfer belongs to either kind of activity: the other owner's column is not this list's.
        if (childTable == QLatin1String("transfer"))
            childActual.remove(QLatin1String(child.ownerColumn) == QLatin1String("activity_id")
                                   ? QStringLiteral("processor_activity_id")
                                   : QStringLiteral("activity_id"));
        QVERIFY2(childActual == childColumns, qPrintable(QStringLiteral("%1: schema has %2; the list describes %3")
                                                             .arg(childTable, describe(childActual - childColumns),
                                                                  describe(childColumns - childActual))));
    }
}

void TestFieldSpecs::tablesMatchTheSchema()
{
    QFETCH(int, entity);
    switch (EntityKind(entity)) {
    case EntityKind::Party:
        return checkTables(Party::spec());
    case EntityKind::SecurityMeasure:
        return checkTables(SecurityMeasure::spec());
    case EntityKind::RetentionRule:
        return checkTables(RetentionRule::spec());
    case EntityKind::ProcessingActivity:
        return checkTables(ProcessingActivity::spec());
    case EntityKind::ProcessorActivity:
        return checkTables(ProcessorActivity::spec());
    case EntityKind::Agreement:
        return checkTables(Agreement::spec());
    case EntityKind::LegalHold:
        return checkTables(LegalHold::spec());
    default:
        QFAIL("no spec");
    }
}

void TestFieldSpecs::fieldsAreDescribed_data()
{
    tablesMatchTheSchema_data();
}

template<class T> void TestFieldSpecs::checkFields(const EntitySpec<T> &spec)
{
    QVERIFY(spec.displayField());
    QVERIFY(spec.displayField()->text(T()));
    QSet<QString> keys;
    auto check = [&keys](const FieldInfo &field, bool inList) {
        QVERIFY2(inList || !keys.contains(field.keyName()), field.key);
        keys.insert(field.keyName());
        if (QLatin1String(field.key) != QLatin1String("uuid"))
            QVERIFY2(field.label && *field.label, field.key);
        QCOMPARE(field.type == FieldType::Code, field.codes.has_value());
        QCOMPARE(field.type == FieldType::Link, field.target != EntityKind::None);
        if (field.expected)
            QVERIFY2(field.expected->reason && *field.expected->reason, field.key);
    };
    for (const Field<T> &field : spec.fields)
        check(field, false);
    for (const Child<T> &child : spec.children) {
        QVERIFY2(child.label && *child.label, child.key);
        if (child.expected)
            QVERIFY2(child.expected->reason && *child.expected->reason, child.key);
        QVERIFY2(!keys.contains(QLatin1String(child.key)), child.key);
        keys.insert(QLatin1String(child.key));
        if (const RowOps<T> *rows = child.rowOps()) {
            for (const FieldInfo *field : rows->fields())
                check(*field, true);
        }
    }
}

void TestFieldSpecs::fieldsAreDescribed()
{
    QFETCH(int, entity);
    switch (EntityKind(entity)) {
    case EntityKind::Party:
        return checkFields(Party::spec());
    case EntityKind::SecurityMeasure:
        return checkFields(SecurityMeasure::spec());
    case EntityKind::RetentionRule:
        return checkFields(RetentionRule::spec());
    case EntityKind::ProcessingActivity:
        return checkFields(ProcessingActivity::spec());
    case EntityKind::ProcessorActivity:
        return checkFields(ProcessorActivity::spec());
    case EntityKind::Agreement:
        return checkFields(Agreement::spec());
    case EntityKind::LegalHold:
        return checkFields(LegalHold::spec());
    default:
        QFAIL("no spec");
    }
}

// What a record expects is declared in its table: an empty record misses exactly that, a filled
// one nothing; blank text counts as missing.
void TestFieldSpecs::expectedFieldsOfAnEmptyRecord()
{
    // Each finding's key, or "(no message)" for one without its sentence.
    auto keys = [](const Findings &findings) {
        QStringList result;
        for (const Finding &finding : findings)
            result << (finding.message.isEmpty() ? QStringLiteral("(no message)") : finding.field);
        return result;
    };
    ProcessingActivity activity;
    activity.storageLocation = QStringLiteral("   ");
    QCOMPARE(keys(ProcessingActivity::spec().unmetExpectations(activity)),
             QStringList({QStringLiteral("purpose"), QStringLiteral("storageLocation"), QStringLiteral("lawfulBases"),
                          QStringLiteral("subjectCategories"), QStringLiteral("dataCategories"),
                          QStringLiteral("measureUuids")}));
    activity.purpose = QStringLiteral("Payroll");
    activity.storageLocation = QStringLiteral("Payroll system");
    activity.lawfulBases = {QStringLiteral("b")};
    activity.subjectCategories = {QStringLiteral("Employees")};
    activity.dataCategories = {DataCategory{QStringLiteral("Salary"), QString(), QString()}};
    activity.measureUuids = {QStringLiteral("m")};
    QVERIFY(ProcessingActivity::spec().unmetExpectations(activity).isEmpty());
    const Findings processor = ProcessorActivity::spec().unmetExpectations(ProcessorActivity());
    QCOMPARE(keys(processor), QStringList({QStringLiteral("processingCategories"), QStringLiteral("storageLocation"),
                                           QStringLiteral("controllerUuids"), QStringLiteral("measureUuids")}));
    QCOMPARE(processor.first().severity, Finding::Severity::Error);
    QCOMPARE(processor.last().severity, Finding::Severity::Warning);
}

void TestFieldSpecs::linksNameExistingColumns()
{
    QSqlDatabase &db = m_register->db();
    QVERIFY(Domain::allLinks().size() >= 12);
    for (const LinkInfo &link : Domain::allLinks()) {
        const QString table =
            link.childTable ? QLatin1String(link.childTable) : QLatin1String(EntityKinds::info(link.owner).table);
        QVERIFY2(columnsOf(db, table).contains(QLatin1String(link.column)),
                 qPrintable(table + QLatin1Char('.') + QLatin1String(link.column)));
        QVERIFY(!columnsOf(db, QLatin1String(EntityKinds::info(link.target).table)).isEmpty());
    }
}

template<class T> void TestFieldSpecs::checkRoundTrip(const QList<T> &items)
{
    QVERIFY(!items.isEmpty());
    for (const T &item : items) {
        T copy = T::spec().fromJson(T::spec().toJson(item));
        copy.rowVersion = item.rowVersion; // bookkeeping, not part of the JSON
        QVERIFY2(copy == item, qPrintable(item.uuid));
    }
}

void TestFieldSpecs::fromJsonInvertsToJson()
{
    TestRegister demo;
    QVERIFY2(demo.ok(), qPrintable(demo.error()));
    QVERIFY_OK(Register::DemoRegister::write(demo.database()));
    Register::RegisterSnapshot snapshot;
    QVERIFY_OK(Register::RegisterSnapshot::load(demo.database(), &snapshot));
    checkRoundTrip(snapshot.parties);
    checkRoundTrip(snapshot.measures);
    checkRoundTrip(snapshot.retentionRules);
    checkRoundTrip(snapshot.activities);
    checkRoundTrip(snapshot.processorActivities);
    checkRoundTrip(snapshot.agreements);
    QVERIFY(!snapshot.legalHolds.isEmpty());
    checkRoundTrip(snapshot.legalHolds);
}

QTEST_GUILESS_MAIN(TestFieldSpecs)
#include "tst_fieldspecs.moc"
