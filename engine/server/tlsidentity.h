// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's TLS identity for management over TCP (issue 17): a self-signed certificate and its private key, made
// with OpenSSL's libcrypto the first time the listener starts and kept in the workspace (<workspace>/tls/, folder
// 0700, files 0600). Clients do not trust a certificate authority: they pin the certificate's SHA-256 fingerprint.
#pragma once

#include "api/error.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace Copyline::TlsIdentity
{

struct Identity
{
    QSslCertificate certificate;
    QSslKey key;
    QString fingerprint; /**< fingerprintOf(certificate) */
};

/** The folder of the identity in @p workspace: <workspace>/tls. */
QString folder(const QString& workspace);

/**
 * Reads the identity of @p workspace, or makes one (an ECDSA P-256 key and a certificate valid for ten years) when
 * there is none. A damaged pair is an error, never silently replaced: clients pinned its fingerprint.
 */
Error loadOrCreate(const QString& workspace, Identity* identity);

/** "AB:CD:...": the SHA-256 of the certificate's DER form in upper-case hex pairs, as `openssl x509 -fingerprint
 * -sha256` prints it. */
QString fingerprintOf(const QSslCertificate& certificate);

/**
 * A fingerprint as a user may type it ("SHA256:ab:cd..", "sha256 Fingerprint=AB:CD..", "abcd..") in the canonical
 * form of fingerprintOf(); empty when it is not 32 bytes of hex.
 */
QString normalizeFingerprint(const QString& text);

} // namespace Copyline::TlsIdentity
