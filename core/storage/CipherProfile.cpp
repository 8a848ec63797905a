#include "CipherProfile.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Custodian::Storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Storage::CipherProfile)
};

QVariant pragmaValue(QSqlDatabase &db, const QString &pragma, bool *ok)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    *ok = query.exec(QStringLiteral("PRAGMA ") + pragma);
    if (*ok && query.next())
        return query.value(0);
    return QVariant();
}

} // namespace

CipherProfile CipherProfile::pinned()
{
    CipherProfile profile;
    profile.name = QStringLiteral("custodian-1");
    profile.pageSize = 4096;
    profile.kdfIterations = 256000;
    profile.hmacAlgorithm = QStringLiteral("HMAC_SHA1");
    profile.kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA1");
    return profile;
}

Status CipherProfile::apply(QSqlDatabase &db) const
{
    // Values are integers and fixed identifiers from this struct, never user text.
    const QStringList pragmas = {
        QStringLiteral("cipher_page_size = %1").arg(pageSize),
        QStringLiteral("kdf_iter = %1").arg(kdfIterations),
        QStringLiteral("cipher_hmac_algorithm = %1").arg(hmacAlgorithm),
        QStringLiteral("cipher_kdf_algorithm = %1").arg(kdfAlgorithm),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA ") + pragma))
            return Status::error(Status::Code::CipherUnavailable,
                                 Tr::tr("The encryption settings could not be applied."), query.lastError().text());
    }
    return Status::ok();
}

Status CipherProfile::readBack(QSqlDatabase &db, CipherProfile *profile, QString *cipherVersion)
{
    bool ok = false;
    const QString version = pragmaValue(db, QStringLiteral("cipher_version"), &ok).toString();
    // Without an answer here the library is plain SQLite and the file would be written unencrypted.
    if (!ok || version.isEmpty())
        return Status::error(
            Status::Code::CipherUnavailable,
            Tr::tr("Encryption is not available: this build of Custodian is not linked to SQLCipher."));
    if (cipherVersion)
        *cipherVersion = version;
    if (profile) {
        *profile = pinned();
        profile->pageSize = pragmaValue(db, QStringLiteral("cipher_page_size"), &ok).toInt();
        profile->kdfIterations = pragmaValue(db, QStringLiteral("kdf_iter"), &ok).toInt();
        // SQLCipher 4 answers these; 3.4 knows only SHA1 and answers nothing.
        const QString hmac = pragmaValue(db, QStringLiteral("cipher_hmac_algorithm"), &ok).toString();
        const QString kdf = pragmaValue(db, QStringLiteral("cipher_kdf_algorithm"), &ok).toString();
        profile->hmacAlgorithm = hmac.isEmpty() ? QStringLiteral("HMAC_SHA1") : hmac;
        profile->kdfAlgorithm = kdf.isEmpty() ? QStringLiteral("PBKDF2_HMAC_SHA1") : kdf;
    }
    return Status::ok();
}

} // namespace Custodian::Storage
