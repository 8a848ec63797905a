#pragma once

#include "domain/PrivacyStatement.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// The privacy statements. An audience is covered by one statement in use at most: a visitor of the
// website reads one statement, not two that may differ. Retired rather than deleted once published
// (its versions refer to it).
class PrivacyStatementService : public EntityService<Domain::PrivacyStatement>
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::PrivacyStatementService)
public:
    explicit PrivacyStatementService(Storage::Store &store, QObject *parent = nullptr);

    // The statement in use that covers this audience; Status::Code::NotFound when none does.
    [[nodiscard]] Status forAudience(const QString &audience, Domain::PrivacyStatement *statement) const;
    // Retires or restores; a statement is restored only while no other statement in use covers one
    // of its audiences.
    [[nodiscard]] Status setRetired(const QString &uuid, bool retired);

protected:
    Status check(QSqlDatabase &db, const Domain::PrivacyStatement &next, qint64 id,
                 Domain::Findings *findings) override;
};

// The published versions of the statements: written once, by publishing (StatementPublisher), and
// never changed or deleted afterwards (the register's triggers refuse it as well). An import may
// bring the versions of another register, each as it was.
class StatementVersionService : public EntityService<Domain::StatementVersion>
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::StatementVersionService)
public:
    explicit StatementVersionService(Storage::Store &store, QObject *parent = nullptr);

    // The versions of a statement, the latest first.
    [[nodiscard]] Status versionsOf(const QString &statementUuid, QList<Domain::StatementVersion> *versions) const;
    // Refused: a published version is kept as it was.
    [[nodiscard]] Status remove(const QString &uuid);

protected:
    Status check(QSqlDatabase &db, const Domain::StatementVersion &next, qint64 id,
                 Domain::Findings *findings) override;
};

} // namespace Custodian::Register
