// SPDX-License-Identifier: GPL-3.0-or-later
#include "esscopystate.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::EssUi
{

namespace
{

std::optional<Relationship> pairOf(const Configuration& config, ObjectId volumeId, const char* kind)
{
    for (const Relationship& r : config.relationships) {
        if (r.kind == QLatin1String(kind) && r.involves(volumeId)) {
            return r;
        }
    }
    return std::nullopt;
}

CopyRole combine(CopyRole a, CopyRole b)
{
    if (a == CopyRole::None) {
        return b;
    }
    if (b == CopyRole::None || a == b) {
        return a;
    }
    return CopyRole::Mixed;
}

CopyRole roleIn(const std::optional<Relationship>& r, ObjectId volumeId)
{
    if (!r) {
        return CopyRole::None;
    }
    return r->sourceId == volumeId ? CopyRole::Source : CopyRole::Target;
}

} // namespace

bool isEss(const Subsystem& subsystem)
{
    return subsystem.family == QLatin1String(kFamilyId);
}

QList<Subsystem> servers(const Configuration& config)
{
    QList<Subsystem> result;
    for (const Subsystem& s : config.subsystems) {
        if (isEss(s)) {
            result.append(s);
        }
    }
    std::sort(result.begin(), result.end(), [](const Subsystem& a, const Subsystem& b) { return a.name < b.name; });
    return result;
}

QString lssAddress(const Configuration& config, const Array& lss)
{
    return u"2105:%1:%2"_s.arg(config.subsystems.value(lss.subsystemId).name).arg(lss.number, 2, 10, QLatin1Char('0'));
}

QList<LogicalDrive> volumesOf(const Configuration& config, ObjectId lssId)
{
    QList<LogicalDrive> result = config.logicalDrivesOfArray(lssId);
    std::sort(result.begin(), result.end(),
        [](const LogicalDrive& a, const LogicalDrive& b) { return volumeNumber(a) < volumeNumber(b); });
    return result;
}

int volumeNumber(const LogicalDrive& volume)
{
    bool ok = false;
    const int number = volume.name.mid(1, 2).toInt(&ok, 16);
    return ok && volume.name.size() == 8 ? number : -1;
}

QString volumeNumberText(const LogicalDrive& volume)
{
    return u"%1"_s.arg(volumeNumber(volume), 3, 10, QLatin1Char('0'));
}

std::optional<Relationship> flashCopyOf(const Configuration& config, ObjectId volumeId)
{
    return pairOf(config, volumeId, kFlashCopyKind);
}

std::optional<Relationship> pprcOf(const Configuration& config, ObjectId volumeId)
{
    return pairOf(config, volumeId, kPprcKind);
}

CopyRole copyRoleOf(const Configuration& config, ObjectId volumeId)
{
    return combine(roleIn(flashCopyOf(config, volumeId), volumeId), roleIn(pprcOf(config, volumeId), volumeId));
}

CopyRole lssCopyRole(const Configuration& config, ObjectId lssId)
{
    CopyRole role = CopyRole::None;
    for (const LogicalDrive& v : config.logicalDrivesOfArray(lssId)) {
        role = combine(role, copyRoleOf(config, v.id));
    }
    return role;
}

std::optional<LogicalDrive> volumeNamed(const Configuration& config, const QString& id)
{
    const QString trimmed = id.trimmed();
    const qsizetype at = trimmed.indexOf(u'@');
    const QString wanted = (at < 0 ? trimmed : trimmed.left(at)).toUpper();
    const QString site = at < 0 ? QString() : trimmed.mid(at + 1);
    for (const LogicalDrive& v : config.logicalDrives) {
        const Subsystem s = config.subsystems.value(v.subsystemId);
        if (v.name == wanted && isEss(s) && s.peer == site) {
            return v;
        }
    }
    return std::nullopt;
}

QString volumeId(const Configuration& config, ObjectId volumeId)
{
    return config.siteQualifiedName(volumeId);
}

qint64 tracksRemaining(const Snapshot& snapshot, const Relationship& flashCopy)
{
    const auto it = snapshot.copies.constFind(flashCopy.id);
    if (it == snapshot.copies.cend() || it->grains <= 0) {
        return -1;
    }
    return it->grains - it->grainsCopied;
}

bool hasWord(const QString& options, const QString& word)
{
    return options.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(word);
}

QString optionValue(const QString& options, const QString& key, const QString& fallback)
{
    for (const QString& word : options.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word == key) {
            return {};
        }
        if (word.startsWith(key + u'=')) {
            return word.mid(key.size() + 1);
        }
    }
    return fallback;
}

std::optional<Subsystem> domainHolder(const Configuration& config)
{
    const QList<Subsystem> all = servers(config);
    for (const Subsystem& s : all) {
        if (optionValue(s.options, u"csServer"_s) == u"primary"_s) {
            return s;
        }
    }
    // The engine's fallback is the first ESS by id.
    std::optional<Subsystem> first;
    for (const Subsystem& s : all) {
        if (!first || s.id < first->id) {
            first = s;
        }
    }
    return first;
}

bool passwordProtection(const Configuration& config)
{
    const auto holder = domainHolder(config);
    return !holder || optionValue(holder->options, u"passwordProtection"_s) != u"off"_s;
}

QList<HostDisk> hostDisksOf(const Configuration& config, ObjectId volumeId)
{
    QList<HostDisk> result;
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == u"hostDisk"_s && p.sourceRef == volumeId) {
            result.append({p.sourcePort, p.targetPort, optionValue(p.state, u"mounted"_s) == u"yes"_s,
                optionValue(p.state, u"primed"_s) == u"yes"_s});
        }
    }
    std::sort(result.begin(), result.end(), [](const HostDisk& a, const HostDisk& b) { return a.host < b.host; });
    return result;
}

QString volumeLabel(const Configuration& config, const LogicalDrive& volume)
{
    for (const HostDisk& d : hostDisksOf(config, volume.id)) {
        if (d.primed) {
            return d.disk;
        }
    }
    return volume.name;
}

QString EssTexts::copyRole(CopyRole role)
{
    switch (role) {
    case CopyRole::None:
        return tr("Not in a copy pair");
    case CopyRole::Source:
        return tr("Source");
    case CopyRole::Target:
        return tr("Target");
    case CopyRole::Mixed:
        return tr("Source and target");
    }
    return {};
}

QString EssTexts::pprcState(const QString& state)
{
    if (state == u"duplex_pending"_s) {
        return tr("Duplex Pending", "PPRC pair state");
    }
    if (state == u"duplex"_s) {
        return tr("Duplex (full copy mode)", "PPRC pair state");
    }
    if (state == u"suspended"_s) {
        return tr("Suspended", "PPRC pair state");
    }
    if (state.isEmpty()) {
        return tr("Simplex", "PPRC pair state");
    }
    return state;
}

QString EssTexts::pprcRole(const Configuration& config, ObjectId volumeId)
{
    const auto pprc = pprcOf(config, volumeId);
    if (!pprc) {
        return tr("simplex", "PPRC role");
    }
    return pprc->sourceId == volumeId ? tr("primary (source)", "PPRC role") : tr("secondary (target)", "PPRC role");
}

QString EssTexts::flashCopyState(const Configuration& config, ObjectId volumeId)
{
    const auto fc = flashCopyOf(config, volumeId);
    if (!fc) {
        return tr("none", "FlashCopy state");
    }
    const bool source = fc->sourceId == volumeId;
    if (fc->state == u"failed"_s) {
        return source ? tr("source (failed)", "FlashCopy state") : tr("target (failed)", "FlashCopy state");
    }
    return source ? tr("source", "FlashCopy state") : tr("target", "FlashCopy state");
}

QString EssTexts::size(qint64 bytes)
{
    const double gb = static_cast<double>(bytes) / (1024.0 * 1024.0 * 1024.0);
    if (gb >= 1.0) {
        return tr("%1 GB").arg(QLocale().toString(gb, 'f', 1));
    }
    return tr("%1 MB").arg(QLocale().toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1));
}

} // namespace Copyline::EssUi
