// SPDX-License-Identifier: GPL-3.0-or-later
#include "premiumkeys.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::PremiumKeys
{

namespace
{

constexpr auto kHeader = "# Copyline premium feature key";

QString signature(PremiumFeature feature, const QString& id)
{
    const QByteArray material = "copyline-premium-feature|" + enumName(feature).toUtf8() + '|' + id.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex().left(40));
}

} // namespace

QString displayName(PremiumFeature feature)
{
    switch (feature) {
    case PremiumFeature::FlashCopy:
        return u"FlashCopy"_s;
    case PremiumFeature::VolumeCopy:
        return u"VolumeCopy"_s;
    case PremiumFeature::RemoteMirror:
        return u"Remote Mirror"_s;
    }
    return {};
}

QByteArray makeKeyFile(PremiumFeature feature, const QString& featureEnableId)
{
    QByteArray out = kHeader;
    out += "\n# Simulated activation: this key enables one premium feature on one storage subsystem.\n";
    out += "Feature=" + enumName(feature).toUtf8() + '\n';
    out += "FeatureEnableIdentifier=" + featureEnableId.toUtf8() + '\n';
    out += "Key=" + signature(feature, featureEnableId).toUtf8() + '\n';
    return out;
}

Error readKeyFile(const QString& path, Key* key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {ErrorCode::FeatureKeyInvalid, {path, file.errorString()}};
    }
    if (file.size() > 64 * 1024) {
        return {ErrorCode::FeatureKeyInvalid, {path, u"the file is far too large for a key"_s}};
    }
    const QByteArray content = file.readAll();
    if (!content.startsWith(kHeader)) {
        return {ErrorCode::FeatureKeyInvalid, {path, u"it does not start with the key file header"_s}};
    }
    QMap<QString, QString> fields;
    for (const QByteArray& rawLine : content.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const auto eq = line.indexOf(u'=');
        if (eq <= 0) {
            return {ErrorCode::FeatureKeyInvalid, {path, u"the line \"%1\" is not of the form Name=Value"_s.arg(line)}};
        }
        fields.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    const auto feature = parseEnum<PremiumFeature>(fields.value(u"Feature"_s));
    if (!feature) {
        return {ErrorCode::FeatureKeyInvalid, {path, u"it names no known premium feature"_s}};
    }
    const QString id = fields.value(u"FeatureEnableIdentifier"_s);
    if (id.size() != 32) {
        return {ErrorCode::FeatureKeyInvalid, {path, u"its feature enable identifier is not 32 characters long"_s}};
    }
    if (fields.value(u"Key"_s) != signature(*feature, id)) {
        return {ErrorCode::FeatureKeyInvalid, {path, u"its key does not match its contents (the file was altered)"_s}};
    }
    key->feature = *feature;
    key->featureEnableId = id;
    return {};
}

} // namespace Copyline::PremiumKeys
