// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#if COPYLINE_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace Copyline
{

#if COPYLINE_HAVE_OPENSSL
struct Sha256::Impl
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Impl() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_impl(std::make_unique<Impl>())
{
    EVP_DigestInit_ex(m_impl->ctx, EVP_sha256(), nullptr);
}

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_impl->ctx, data.data(), static_cast<size_t>(data.size()));
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, '\0');
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_impl->ctx, reinterpret_cast<unsigned char*>(digest.data()), &length);
    digest.resize(static_cast<qsizetype>(length));
    return digest;
}
#else
struct Sha256::Impl
{
    QCryptographicHash hash {QCryptographicHash::Sha256};
};

Sha256::Sha256()
    : m_impl(std::make_unique<Impl>())
{ }

void Sha256::addData(QByteArrayView data)
{
    m_impl->hash.addData(data);
}

QByteArray Sha256::result()
{
    return m_impl->hash.result();
}
#endif

Sha256::~Sha256() = default;

} // namespace Copyline
