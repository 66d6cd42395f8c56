// SPDX-License-Identifier: GPL-3.0-or-later
#include "knownengines.h"

#include "util/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::KnownEngines
{

QString defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(u"Copyline/known_engines"_s);
}

QString lookup(const QString& path, const QString& endpoint)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() >= 2 && parts.at(0).compare(endpoint, Qt::CaseInsensitive) == 0) {
            return parts.at(1).toUpper();
        }
    }
    return {};
}

Error remember(const QString& path, const QString& endpoint, const QString& fingerprint)
{
    if (!lookup(path, endpoint).isEmpty()) {
        return {ErrorCode::FileError, {path, u"%1 is pinned there already; remove its line first"_s.arg(endpoint)}};
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return {ErrorCode::FileError, {folder, u"the folder cannot be created"_s}};
    }
    QFile file(path);
    const bool created = !file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return {ErrorCode::FileError, {path, file.errorString()}};
    }
    if (created) {
        PrivateFiles::restrictFile(path);
        file.write("# Copyline engines trusted for management over TLS: HOST:PORT SHA-256-FINGERPRINT\n");
    }
    const QByteArray line = (endpoint + u' ' + fingerprint + u'\n').toUtf8();
    if (file.write(line) != line.size() || !file.flush()) {
        return {ErrorCode::FileError, {path, file.errorString()}};
    }
    return {};
}

} // namespace Copyline::KnownEngines
