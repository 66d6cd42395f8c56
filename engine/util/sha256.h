// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace Copyline
{

/**
 * Incremental SHA-256 for volume checksums. Uses OpenSSL's EVP digest when available (SHA extensions make it
 * several times faster than QCryptographicHash, which matters when a checksum walks gigabytes), otherwise
 * QCryptographicHash. Both give the same digest.
 */
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    QByteArray result();
    QString hexResult() { return QString::fromLatin1(result().toHex()); }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace Copyline
