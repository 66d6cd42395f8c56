// SPDX-License-Identifier: GPL-3.0-or-later
#include "necdata.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::NecUi
{

namespace
{

const CopyPath* ldInfo(const Configuration& config, ObjectId ldId)
{
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == u"necLd"_s && p.sourceRef == ldId) {
            return &p;
        }
    }
    return nullptr;
}

bool isPair(const Relationship& r)
{
    return r.kind == u"ddr"_s;
}

} // namespace

QString wordValue(const QString& words, const QString& key, const QString& fallback)
{
    const QString prefix = key + u'=';
    for (const QString& w : words.split(u' ', Qt::SkipEmptyParts)) {
        if (w.startsWith(prefix)) {
            return w.mid(prefix.size());
        }
    }
    return fallback;
}

bool hasWord(const QString& words, const QString& word)
{
    return words.split(u' ', Qt::SkipEmptyParts).contains(word);
}

QList<Subsystem> diskArrays(const Configuration& config)
{
    QList<Subsystem> list;
    for (const Subsystem& s : config.subsystems) {
        if (s.family == QLatin1String(kFamily)) {
            list.append(s);
        }
    }
    return list;
}

QList<LogicalDrive> logicalDisks(const Configuration& config, ObjectId arrayId)
{
    QList<LogicalDrive> list;
    for (const LogicalDrive& ld : config.logicalDrives) {
        if (ld.subsystemId == arrayId) {
            list.append(ld);
        }
    }
    std::sort(list.begin(), list.end(),
        [&config](const LogicalDrive& a, const LogicalDrive& b) { return ldnOf(config, a.id) < ldnOf(config, b.id); });
    return list;
}

QString ldnOf(const Configuration& config, ObjectId ldId)
{
    const CopyPath* info = ldInfo(config, ldId);
    return (info != nullptr ? info->sourcePort : u"0000"_s) + u'h';
}

QString ldName(const Configuration& config, ObjectId ldId)
{
    return config.siteQualifiedName(ldId);
}

QString managingSite(const Configuration& config, const Relationship& pair)
{
    return config.subsystems.value(config.logicalDrives.value(pair.sourceId).subsystemId).peer;
}

QString osTypeOf(const Configuration& config, ObjectId ldId)
{
    const CopyPath* info = ldInfo(config, ldId);
    return info != nullptr ? info->targetPort : u"WN"_s;
}

QString classificationOf(const Configuration& config, ObjectId ldId)
{
    if (pairOfRv(config, ldId) != nullptr) {
        return u"RV"_s;
    }
    return pairsOfMv(config, ldId).isEmpty() ? u"IV"_s : u"MV"_s;
}

QList<Relationship> pairs(const Configuration& config, ObjectId arrayId)
{
    QList<Relationship> list;
    for (const Relationship& r : config.relationships) {
        if (isPair(r) && (arrayId == 0 || r.subsystemId == arrayId || rvArrayOf(config, r) == arrayId)) {
            list.append(r);
        }
    }
    return list;
}

ObjectId rvArrayOf(const Configuration& config, const Relationship& pair)
{
    return config.logicalDrives.value(pair.targetId).subsystemId;
}

bool isRemotePair(const Configuration& config, const Relationship& pair)
{
    return rvArrayOf(config, pair) != pair.subsystemId;
}

QList<MirrorLink> linksOf(const Configuration& config, ObjectId arrayId)
{
    QList<MirrorLink> list;
    for (const MirrorLink& l : config.mirrorLinks) {
        if (l.subsystemA != l.subsystemB && (l.subsystemA == arrayId || l.subsystemB == arrayId)
            && config.subsystems.value(otherEnd(l, arrayId)).family == QLatin1String(kFamily)) {
            list.append(l);
        }
    }
    std::sort(list.begin(), list.end(), [&](const MirrorLink& a, const MirrorLink& b) {
        return config.subsystems.value(otherEnd(a, arrayId)).name < config.subsystems.value(otherEnd(b, arrayId)).name;
    });
    return list;
}

const MirrorLink* linkBetweenArrays(const Configuration& config, ObjectId a, ObjectId b)
{
    return a == b ? nullptr : config.linkBetween(a, b);
}

ObjectId otherEnd(const MirrorLink& link, ObjectId arrayId)
{
    return link.subsystemA == arrayId ? link.subsystemB : link.subsystemA;
}

bool linkNormal(const MirrorLink& link)
{
    return link.singlePathUp();
}

int remotePairsOn(const Configuration& config, const MirrorLink& link)
{
    int count = 0;
    for (const Relationship& r : config.relationships) {
        count += isPair(r) && isRemotePair(config, r) && link.connects(r.subsystemId, rvArrayOf(config, r)) ? 1 : 0;
    }
    return count;
}

const Relationship* pairOfRv(const Configuration& config, ObjectId rvId)
{
    for (const Relationship& r : config.relationships) {
        if (isPair(r) && r.targetId == rvId) {
            return &r;
        }
    }
    return nullptr;
}

QList<Relationship> pairsOfMv(const Configuration& config, ObjectId mvId)
{
    QList<Relationship> list;
    for (const Relationship& r : config.relationships) {
        if (isPair(r) && r.sourceId == mvId) {
            list.append(r);
        }
    }
    return list;
}

QStringList serverNames(const Configuration& config)
{
    QStringList names;
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == u"necServer"_s) {
            names.append(p.sourcePort);
        }
    }
    return names;
}

const CopyPath* serverRecord(const Configuration& config, const QString& name)
{
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == u"necServer"_s && p.sourcePort.compare(name, Qt::CaseInsensitive) == 0) {
            return &p;
        }
    }
    return nullptr;
}

QList<CopyPath> disksOf(const Configuration& config, const QString& server)
{
    QList<CopyPath> list;
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == u"necDisk"_s && p.sourcePort.compare(server, Qt::CaseInsensitive) == 0) {
            list.append(p);
        }
    }
    std::sort(list.begin(), list.end(),
        [](const CopyPath& a, const CopyPath& b) { return a.targetPort.mid(4).toInt() < b.targetPort.mid(4).toInt(); });
    return list;
}

QString volumeNameOf(const CopyPath& disk)
{
    return u"\\\\?\\Volume{"_s + wordValue(disk.state, u"guid"_s) + u"}\\"_s;
}

bool isMounted(const CopyPath& disk)
{
    return hasWord(disk.state, u"mounted=yes"_s);
}

bool isControl(const CopyPath& disk)
{
    return hasWord(disk.state, u"control=yes"_s);
}

PairStatus PairStatus::fromJson(const QJsonObject& o)
{
    PairStatus s;
    s.mv = o.value(u"mv"_s).toString();
    s.rv = o.value(u"rv"_s).toString();
    s.syncState = o.value(u"syncState"_s).toString();
    s.rvAccess = o.value(u"rvAccess"_s).toString();
    s.progress = o.value(u"progress"_s).toDouble(-1);
    s.separateDiffKB = o.value(u"separateDiffKB"_s).toInteger();
    s.copyDiffKB = o.value(u"copyDiffKB"_s).toInteger();
    s.semiSyncPendingKB = o.value(u"semiSyncPendingKB"_s).toInteger(-1);
    s.semiSyncLimitKB = o.value(u"semiSyncLimitKB"_s).toInteger();
    s.startTime = o.value(u"startTime"_s).toString();
    s.reason = o.value(u"reason"_s).toString();
    s.valid = !s.mv.isEmpty();
    return s;
}

QString NecTexts::activity(const Relationship& pair)
{
    if (pair.state.startsWith(u"rpl"_s)) {
        return tr("Replicate");
    }
    if (pair.state.startsWith(u"rst"_s)) {
        return pair.hasOption(u"protect"_s) ? tr("Restore (RV protection)") : tr("Restore");
    }
    if (pair.state == u"sep/exec"_s) {
        return tr("Separate");
    }
    return tr("Separated");
}

QString NecTexts::syncState(const Relationship& pair)
{
    if (pair.stateReason.startsWith(u"failure separation"_s)) {
        return tr("failure separation");
    }
    return pair.state;
}

QString NecTexts::copyControl(const Relationship& pair)
{
    const QString mode = wordValue(pair.options, u"cpmode"_s);
    return mode == u"bg"_s ? tr("Background Copy") : mode == u"semi"_s ? tr("Semi Sync Mode") : tr("Sync Mode");
}

QString NecTexts::rvAccessCode(const Relationship& pair)
{
    if (pair.hasOption(u"hostNotReady"_s)) {
        return u"nr"_s; // UMOUNT_RVACC=NOTREADY: the RV's unmount set it Not Ready
    }
    if (pair.state == u"sep/exec"_s) {
        return u"nr"_s; // usable once the separate completes, also with -rvuse immediate (docs/nec.md)
    }
    return wordValue(pair.options, u"rvacc"_s, pair.state == u"separated"_s ? u"rw"_s : u"nr"_s);
}

QString NecTexts::rvAccess(const QString& code)
{
    if (code == u"rw"_s) {
        return tr("Read/Write");
    }
    if (code == u"ro"_s) {
        return tr("Read Only");
    }
    if (code == u"nr"_s) {
        return tr("Not Ready");
    }
    return tr("Not Available");
}

QString NecTexts::kilobytes(qint64 kb)
{
    return tr("%1 KB").arg(QLocale().toString(kb));
}

QString NecTexts::pathState(const MirrorLink& link)
{
    return linkNormal(link) ? tr("Normal") : tr("Abnormal");
}

QString NecTexts::replicationType(const Configuration& config, const Relationship& pair)
{
    return isRemotePair(config, pair) ? tr("RemoteDataReplication") : tr("DynamicDataReplication");
}

} // namespace Copyline::NecUi
