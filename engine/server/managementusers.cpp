// SPDX-License-Identifier: GPL-3.0-or-later
#include "managementusers.h"

#include "service/engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <openssl/crypto.h>
#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::ManagementUsers
{

namespace
{

constexpr auto kSetting = "management.users";
constexpr int kKeyBytes = 32;

QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
            reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<int>(salt.size()), iterations,
            EVP_sha256(), kKeyBytes, reinterpret_cast<unsigned char*>(key.data()))
        != 1) {
        return {};
    }
    return key;
}

Error save(Engine& engine, const QList<User>& users)
{
    QJsonArray rows;
    for (const User& u : users) {
        rows.append(QJsonObject {
            {u"name"_s, u.name}, {u"role"_s, Access::roleName(u.role)}, {u"salt"_s, u.salt}, {u"hash"_s, u.hash}});
    }
    return engine.setSetting(
        QString::fromLatin1(kSetting), QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
}

QString randomHex(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32*>(b.data()), reinterpret_cast<quint32*>(b.data() + b.size()));
    return QString::fromLatin1(b.toHex());
}

} // namespace

QString hashOf(const QString& password, const QString& saltHex, int iterations)
{
    const QByteArray key = derive(password, QByteArray::fromHex(saltHex.toLatin1()), iterations);
    return u"pbkdf2-sha256$%1$%2"_s.arg(iterations).arg(QString::fromLatin1(key.toHex()));
}

QList<User> all(const Engine& engine)
{
    QList<User> users;
    const QJsonArray rows = QJsonDocument::fromJson(engine.setting(QString::fromLatin1(kSetting)).toUtf8()).array();
    for (const QJsonValue& row : rows) {
        const QJsonObject o = row.toObject();
        const auto role = Access::roleNamed(o.value(u"role"_s).toString());
        if (!role || o.value(u"name"_s).toString().isEmpty()) {
            continue;
        }
        users.append(
            {o.value(u"name"_s).toString(), *role, o.value(u"salt"_s).toString(), o.value(u"hash"_s).toString()});
    }
    return users;
}

Error add(Engine& engine, const QString& name, Access::Role role, const QString& password)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$"_s);
    if (!valid.match(name).hasMatch()) {
        return {ErrorCode::ManagementUserInvalid,
            {name, u"use 1 to 64 letters, digits, '_', '.', '@' or '-', starting with a letter or digit"_s}};
    }
    if (password.size() < kMinPassword) {
        return {ErrorCode::ManagementUserInvalid,
            {name, u"the password must have at least %1 characters"_s.arg(kMinPassword)}};
    }
    QList<User> users = all(engine);
    users.removeIf([&name](const User& u) { return u.name == name; });
    User u;
    u.name = name;
    u.role = role;
    u.salt = randomHex(16);
    u.hash = hashOf(password, u.salt);
    users.append(u);
    return save(engine, users);
}

Error remove(Engine& engine, const QString& name)
{
    QList<User> users = all(engine);
    if (users.removeIf([&name](const User& u) { return u.name == name; }) == 0) {
        return {ErrorCode::ManagementUserInvalid, {name, u"there is no such user; --list-users lists them"_s}};
    }
    return save(engine, users);
}

std::optional<Access::Role> verify(const Engine& engine, const QString& name, const QString& password)
{
    const QList<User> users = all(engine);
    const User* found = nullptr;
    for (const User& u : users) {
        if (u.name == name) {
            found = &u;
        }
    }
    // An unknown name costs the same derivation as a known one: timing does not tell which names exist.
    const QStringList parts = found ? found->hash.split(u'$') : QStringList {};
    const bool wellFormed = parts.size() == 3 && parts.at(0) == u"pbkdf2-sha256"_s && parts.at(1).toInt() > 0;
    const int iterations = wellFormed ? parts.at(1).toInt() : kIterations;
    const QByteArray salt
        = QByteArray::fromHex((found ? found->salt : u"00000000000000000000000000000000"_s).toLatin1());
    const QByteArray key = derive(password, salt, iterations);
    const QByteArray stored = wellFormed ? QByteArray::fromHex(parts.at(2).toLatin1()) : QByteArray(kKeyBytes, '\0');
    const bool same = key.size() == kKeyBytes && stored.size() == kKeyBytes
        && CRYPTO_memcmp(key.constData(), stored.constData(), kKeyBytes) == 0;
    if (found == nullptr || !wellFormed || !same) {
        return std::nullopt;
    }
    return found->role;
}

} // namespace Copyline::ManagementUsers
