#pragma once

#include <QByteArray>

#include "domain/Agreement.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// Art. 28 agreements. save() also computes each notice's objection deadline from receivedOn and
// objectionWindowDays with the register's holiday calendar (Reg. 1182/71 day period), and refuses
// a parent chain that loops.
class AgreementService : public EntityService<Domain::Agreement>
{
public:
    explicit AgreementService(Storage::Store &store, QObject *parent = nullptr);

    // Attachments live inside the encrypted register; each change is audited.
    [[nodiscard]] Status addAttachment(const QString &agreementUuid, const QString &fileName, const QString &mimeType,
                                       const QByteArray &content, const QString &description,
                                       Domain::AttachmentInfo *added);
    [[nodiscard]] Status attachmentContent(const QString &attachmentUuid, QByteArray *content) const;
    [[nodiscard]] Status removeAttachment(const QString &attachmentUuid);

    // The agreements below this one in the sub-processing chain, depth first.
    [[nodiscard]] Status chainBelow(const QString &uuid, QList<Domain::Agreement> *agreements) const;

protected:
    void normalise(Domain::Agreement &agreement) const override;
    Status check(QSqlDatabase &db, const Domain::Agreement &next, qint64 id, Domain::Findings *findings) override;
    void prepare(Domain::Agreement &next, const Domain::Agreement &previous) override;

private:
    // One audited change of an agreement's attachments: write() runs the SQL.
    Status changeAttachments(const QString &agreementUuid, const QList<Domain::AttachmentInfo> &before,
                             const QList<Domain::AttachmentInfo> &after, const QString &failure,
                             const std::function<bool(QSqlQuery &, qint64 id, QString *)> &write);
};

} // namespace Custodian::Register
