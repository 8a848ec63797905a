#pragma once

#include "domain/RetentionRule.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// The retention-rule catalogue; a rule seeded from the catalogue keeps its seed key, once each.
class RetentionRuleService : public EntityService<Domain::RetentionRule>
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::RetentionRuleService)
public:
    explicit RetentionRuleService(Storage::Store &store, QObject *parent = nullptr);
    // Adds the entries of the Dutch retention catalogue (resources/catalogues) that are not in the
    // register yet (by seed key), in the language of the UI; one transaction, each rule audited.
    // Idempotent: a rule the organisation renamed or retired is not added again.
    [[nodiscard]] Status seedCatalogue();

protected:
    // The seed key is the catalogue's identity: a second rule with the same key would break seeding.
    Status check(QSqlDatabase &db, const Domain::RetentionRule &next, qint64 id, Domain::Findings *findings) override;
};

} // namespace Custodian::Register
