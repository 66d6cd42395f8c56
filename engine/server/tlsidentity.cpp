// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsidentity.h"

#include "util/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::TlsIdentity
{

namespace
{

constexpr auto kCertificateFile = "engine.crt";
constexpr auto kKeyFile = "engine.key";
constexpr long kValiditySeconds = 10L * 366 * 24 * 3600;

struct Free
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, Free>;

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_ctrl(bio, BIO_CTRL_INFO, 0, static_cast<void*>(&data)); // BIO_get_mem_data
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

bool addExtension(X509* certificate, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, certificate, certificate, nullptr, nullptr, 0);
    const Owned<X509_EXTENSION> extension(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

/** A new key and self-signed certificate as PEM; false when libcrypto fails. */
bool generate(QByteArray* keyPem, QByteArray* certificatePem)
{
    EVP_PKEY* made = nullptr;
    {
        const std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
            EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr), &EVP_PKEY_CTX_free);
        if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 || EVP_PKEY_CTX_set_group_name(ctx.get(), "P-256") <= 0
            || EVP_PKEY_generate(ctx.get(), &made) <= 0) {
            return false;
        }
    }
    const Owned<EVP_PKEY> key(made);
    const Owned<X509> certificate(X509_new());
    const Owned<BIGNUM> serial(BN_new());
    if (!key || !certificate || !serial) {
        return false;
    }
    // A random positive 127-bit serial: two certificates of this engine never share one.
    if (BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())) == nullptr) {
        return false;
    }
    X509_set_version(certificate.get(), 2);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), kValiditySeconds);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME* name = X509_get_subject_name(certificate.get());
    const QByteArray host = QHostInfo::localHostName().toUtf8().left(64);
    const QByteArray commonName = "Copyline engine on " + (host.isEmpty() ? QByteArray("localhost") : host);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Copyline"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName.left(64).constData()), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash")) {
        return false;
    }
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0) {
        return false;
    }
    const Owned<BIO> keyBio(BIO_new(BIO_s_mem()));
    const Owned<BIO> certificateBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certificateBio
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1) {
        return false;
    }
    *keyPem = bioBytes(keyBio.get());
    *certificatePem = bioBytes(certificateBio.get());
    return !keyPem->isEmpty() && !certificatePem->isEmpty();
}

/** Writes @p bytes to a new private file (0600 before the first byte). */
bool writePrivate(const QString& path, const QByteArray& bytes, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !PrivateFiles::restrictFile(path)
        || file.write(bytes) != bytes.size() || !file.flush()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

Error fileError(const QString& path, const QString& why)
{
    return {ErrorCode::FileError, {path, why}};
}

} // namespace

QString folder(const QString& workspace)
{
    return QDir(workspace).filePath(u"tls"_s);
}

QString fingerprintOf(const QSslCertificate& certificate)
{
    if (certificate.isNull()) {
        return {};
    }
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString normalizeFingerprint(const QString& text)
{
    QString hex = text.trimmed();
    static const QRegularExpression prefix(
        u"^(sha-?256)?\\s*(fingerprint)?\\s*[:=]?\\s*"_s, QRegularExpression::CaseInsensitiveOption);
    hex.remove(prefix);
    hex.remove(u':');
    hex.remove(u' ');
    static const QRegularExpression valid(u"^[0-9A-Fa-f]{64}$"_s);
    if (!valid.match(hex).hasMatch()) {
        return {};
    }
    return QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toHex(':').toUpper());
}

Error loadOrCreate(const QString& workspace, Identity* identity)
{
    const QString dir = folder(workspace);
    const QString certificatePath = QDir(dir).filePath(QString::fromLatin1(kCertificateFile));
    const QString keyPath = QDir(dir).filePath(QString::fromLatin1(kKeyFile));
    const bool haveCertificate = QFileInfo::exists(certificatePath);
    const bool haveKey = QFileInfo::exists(keyPath);
    if (!haveCertificate && !haveKey) {
        if (!PrivateFiles::makeFolder(dir)) {
            return fileError(dir, u"the folder of the engine's certificate cannot be created"_s);
        }
        QByteArray keyPem;
        QByteArray certificatePem;
        if (!generate(&keyPem, &certificatePem)) {
            return {ErrorCode::Internal, {u"OpenSSL could not make the engine's certificate"_s}};
        }
        QString why;
        // The key first: a certificate without its key is never left behind as the only file.
        if (!writePrivate(keyPath, keyPem, &why)) {
            QFile::remove(keyPath);
            return fileError(keyPath, why);
        }
        if (!writePrivate(certificatePath, certificatePem, &why)) {
            QFile::remove(keyPath);
            QFile::remove(certificatePath);
            return fileError(certificatePath, why);
        }
    } else if (!haveCertificate || !haveKey) {
        return fileError(haveCertificate ? keyPath : certificatePath,
            u"it is missing while its partner is there; restore it, or remove the folder %1 to make a new "
            "certificate (clients that pinned the old one must pin the new one)"_s.arg(dir));
    }
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly)) {
        return fileError(certificatePath, certificateFile.errorString());
    }
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return fileError(keyPath, keyFile.errorString());
    }
    // Whatever the umask or a restore from backup left: the key is the owner's only.
    PrivateFiles::restrictFile(keyPath);
    PrivateFiles::restrictFile(certificatePath);
    const QSslCertificate certificate(certificateFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (certificate.isNull()) {
        return fileError(certificatePath, u"it is not a PEM certificate"_s);
    }
    if (key.isNull()) {
        return fileError(keyPath, u"it is not a PEM EC private key"_s);
    }
    identity->certificate = certificate;
    identity->key = key;
    identity->fingerprint = fingerprintOf(certificate);
    return {};
}

} // namespace Copyline::TlsIdentity
