#include "HistoryKeys.h"

#include "BoundQuery.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace Custodian::Storage {

namespace {

constexpr int NonceSize = 12;
constexpr int TagSize = 16;
const QLatin1StringView Prefix("gcm1:");
constexpr int FingerprintSize = 16; // hex digits

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    return CipherContext(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

Status failed(const QString &message, const QSqlQuery &query)
{
    return Status::error(Status::Code::DatabaseError, message, query.lastError().text());
}

} // namespace

Status HistoryKeys::keyFor(QSqlDatabase &db, const QString &entity, const QString &uuid, bool create, QByteArray *key)
{
    key->clear();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT secret FROM history_keys WHERE entity = ? AND entity_uuid = ?"));
    if (!execBound(query, {entity, uuid}))
        return failed(tr("The key that protects personal data in the history could not be read."), query);
    if (query.next()) {
        *key = query.value(0).toByteArray();
        if (key->size() != KeySize) {
            key->clear();
            return Status::error(Status::Code::Damaged,
                                 tr("The key that protects personal data in the history is damaged."),
                                 QStringLiteral("%1 %2: %3 bytes").arg(entity, uuid).arg(key->size()));
        }
        return Status::ok();
    }
    if (!create)
        return Status::ok();
    QByteArray fresh(KeySize, Qt::Uninitialized);
    if (RAND_bytes(bytes(fresh), KeySize) != 1)
        return Status::error(Status::Code::IoError, tr("No key could be made to protect personal data in the history."),
                             QStringLiteral("RAND_bytes failed"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO history_keys (entity, entity_uuid, secret) VALUES (?, ?, ?)"));
    if (!execBound(insert, {entity, uuid, fresh}))
        return failed(tr("The key that protects personal data in the history could not be stored."), insert);
    *key = fresh;
    return Status::ok();
}

Status HistoryKeys::erase(QSqlDatabase &db, const QString &entity, const QString &uuid, bool *removed)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM history_keys WHERE entity = ? AND entity_uuid = ?"));
    query.addBindValue(entity);
    query.addBindValue(uuid);
    if (!query.exec())
        return failed(tr("The personal data in the history could not be erased."), query);
    if (removed)
        *removed = query.numRowsAffected() > 0;
    return Status::ok();
}

bool HistoryKeys::isSealed(const QString &text)
{
    return !sealedWith(text).isEmpty();
}

QString HistoryKeys::fingerprint(const QByteArray &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(FingerprintSize));
}

QString HistoryKeys::sealedWith(const QString &sealed)
{
    if (!sealed.startsWith(Prefix) || sealed.size() < Prefix.size() + FingerprintSize + 1 ||
        sealed.at(Prefix.size() + FingerprintSize) != QLatin1Char(':'))
        return QString();
    return sealed.mid(Prefix.size(), FingerprintSize);
}

bool HistoryKeys::seal(const QByteArray &key, const QByteArray &context, const QByteArray &plain, QString *sealed)
{
    if (key.size() != KeySize)
        return false;
    QByteArray out(NonceSize + plain.size() + TagSize, Qt::Uninitialized);
    if (RAND_bytes(bytes(out), NonceSize) != 1)
        return false;
    const CipherContext cipher = newContext();
    int length = 0;
    int finalLength = 0;
    unsigned char *body = bytes(out) + NonceSize;
    if (!cipher || EVP_EncryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1 ||
        EVP_EncryptInit_ex(cipher.get(), nullptr, nullptr, bytes(key), bytes(out)) != 1 ||
        EVP_EncryptUpdate(cipher.get(), nullptr, &length, bytes(context), int(context.size())) != 1 ||
        EVP_EncryptUpdate(cipher.get(), body, &length, bytes(plain), int(plain.size())) != 1 ||
        EVP_EncryptFinal_ex(cipher.get(), body + length, &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_GET_TAG, TagSize, body + plain.size()) != 1)
        return false;
    *sealed = Prefix + fingerprint(key) + QLatin1Char(':') + QString::fromLatin1(out.toBase64());
    return true;
}

bool HistoryKeys::open(const QByteArray &key, const QByteArray &context, const QString &sealed, QByteArray *plain)
{
    plain->clear();
    if (key.size() != KeySize || sealedWith(sealed) != fingerprint(key))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(sealed.mid(Prefix.size() + FingerprintSize + 1).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < NonceSize + TagSize)
        return false;
    const QByteArray &data = decoded.decoded;
    const int bodySize = int(data.size()) - NonceSize - TagSize;
    QByteArray out(bodySize, Qt::Uninitialized);
    QByteArray tag = data.right(TagSize);
    const CipherContext cipher = newContext();
    int length = 0;
    int finalLength = 0;
    if (!cipher || EVP_DecryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1 ||
        EVP_DecryptInit_ex(cipher.get(), nullptr, nullptr, bytes(key), bytes(data)) != 1 ||
        EVP_DecryptUpdate(cipher.get(), nullptr, &length, bytes(context), int(context.size())) != 1 ||
        EVP_DecryptUpdate(cipher.get(), bytes(out), &length, bytes(data) + NonceSize, bodySize) != 1 ||
        EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_SET_TAG, TagSize, bytes(tag)) != 1 ||
        EVP_DecryptFinal_ex(cipher.get(), bytes(out) + length, &finalLength) != 1)
        return false;
    *plain = out;
    return true;
}

} // namespace Custodian::Storage
