#pragma once

#include <QByteArray>

#include "clocks/HolidayCalendar.h"
#include "domain/Agreement.h"
#include "register/EntityService.h"

namespace Custodian::Register {

// Art. 28 agreements. save() also computes each notice's objection deadline as the agreement
// counts its window (AgreementRules::objectionDeadline, with the register's holiday calendar where
// the agreement counts working days or under Reg. 1182/71), and refuses a parent chain that loops.
class AgreementService : public EntityService<Domain::Agreement>
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Register::AgreementService)
public:
    explicit AgreementService(Storage::Store &store, QObject *parent = nullptr);

    // Attachments live inside the encrypted register; each change is audited.
    [[nodiscard]] Status addAttachment(const QString &agreementUuid, const QString &fileName, const QString &mimeType,
                                       const QByteArray &content, const QString &description,
                                       Domain::AttachmentInfo *added);
    [[nodiscard]] Status attachmentContent(const QString &attachmentUuid, QByteArray *content) const;
    [[nodiscard]] Status removeAttachment(const QString &attachmentUuid);
    // For an import, inside the caller's transaction: adds documents with their content (a
    // document keeps its uuid when it has one; size and SHA-256 are computed), one history entry.
    struct ImportedAttachment
    {
        Domain::AttachmentInfo info;
        QByteArray content;
    };
    [[nodiscard]] Status importAttachments(const QString &agreementUuid, const QList<ImportedAttachment> &documents);

    // Counts every notice's objection deadline again, as its agreement counts the window now, and
    // saves each agreement whose dates change (one audited save each). Registers made before
    // schema 7 counted every window under Reg. 1182/71, which can give a date later than the
    // contract's (DOMAIN-REVIEW A8); the register runs this when it is opened for writing.
    [[nodiscard]] Status recountObjectionDeadlines(int *recounted);

    // The agreements below this one in the sub-processing chain, depth first.
    [[nodiscard]] Status chainBelow(const QString &uuid, QList<Domain::Agreement> *agreements) const;

protected:
    void normalise(Domain::Agreement &agreement) const override;
    Status check(QSqlDatabase &db, const Domain::Agreement &next, qint64 id, Domain::Findings *findings) override;
    void prepare(Domain::Agreement &next, const Domain::Agreement &previous) override;
    // A changed term for reporting a breach moves the moments of the open breaches under it.
    Status allocate(QSqlDatabase &db, Domain::Agreement &next, const Domain::Agreement &previous) override;
    void announceOthers() override;

private:
    bool m_breachesMoved = false; // allocate() moved breach deadlines: announced after the commit
    // The register's holiday calendar; the Dutch one while none is chosen.
    Clocks::HolidayCalendar calendar() const;
    // Inside the caller's transaction: write() runs the SQL, then the agreement's time and the
    // history entry; false with *detail on failure.
    bool applyAttachments(qint64 id, const QString &agreementUuid, const QList<Domain::AttachmentInfo> &before,
                          const QList<Domain::AttachmentInfo> &after,
                          const std::function<bool(QSqlQuery &, qint64, QString *)> &write, QString *detail);
    // One audited change of an agreement's attachments: write() runs the SQL.
    Status changeAttachments(const QString &agreementUuid, const QList<Domain::AttachmentInfo> &before,
                             const QList<Domain::AttachmentInfo> &after, const QString &failure,
                             const std::function<bool(QSqlQuery &, qint64 id, QString *)> &write);
};

} // namespace Custodian::Register
