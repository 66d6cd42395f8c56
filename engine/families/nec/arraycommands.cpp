// SPDX-License-Identifier: GPL-3.0-or-later
// NEC disk arrays (spec §1.2-1.4): the array with its model/serial id and user name, RANKs in PD groups, logical
// disks with LD name and OS type, the DynamicDataReplication licence and the background copy level; and the record
// helpers the family's files share (nec.h).
#include "families/nec/nec.h"
#include "mirror/mirrorservice.h"
#include "service/engine.h"
#include "service/volumes.h"
#include "util/bytesize.h"
#include "util/optionwords.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Nec
{

// ---- option words -------------------------------------------------------------------------------------------------

QString option(const QString& words, const QString& key, const QString& fallback)
{
    return OptionWords::value(words, key, fallback);
}

void setOption(QString& words, const QString& key, const QString& value)
{
    OptionWords::set(words, key, value);
}

bool hasWord(const QString& words, const QString& word)
{
    return OptionWords::has(words, word);
}

void setWord(QString& words, const QString& word, bool on)
{
    OptionWords::setFlag(words, word, on);
}

// ---- records ------------------------------------------------------------------------------------------------------

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

const LogicalDrive& ldNamed(const CommandContext& ctx, const QString& name)
{
    // A bare LD name is one of this engine's own disk arrays. "dev002@siteB" is an LD of a disk array the engine of
    // site siteB serves (a proxy, issue 17: the RV of a RemoteDataReplication pair across engines), as the proxy's
    // name is "S2100/1258@siteB".
    const qsizetype at = name.lastIndexOf(u'@');
    for (const auto& [ld, site] : {std::pair {name, QString()},
             at > 0 ? std::pair {name.left(at), name.mid(at + 1)} : std::pair {QString(), QString()}}) {
        for (const Subsystem& s : diskArrays(ctx.config)) {
            if (!ld.isEmpty() && s.peer == site) {
                if (const LogicalDrive* found = ctx.config.logicalDriveByName(s.id, ld)) {
                    return *found;
                }
            }
        }
    }
    fail(ErrorCode::NecLdNotFound, {name});
}

QString ldText(const Configuration& config, ObjectId ldId)
{
    return config.siteQualifiedName(ldId);
}

bool isControlVolume(const Configuration& config, ObjectId ldId)
{
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kDisk) && p.sourceRef == ldId && hasWord(p.state, u"control=yes"_s)) {
            return true;
        }
    }
    return false;
}

const CopyPath* ldInfo(const Configuration& config, ObjectId ldId)
{
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kLdInfo) && p.sourceRef == ldId) {
            return &p;
        }
    }
    return nullptr;
}

QString osTypeOf(const Configuration& config, ObjectId ldId)
{
    const CopyPath* info = ldInfo(config, ldId);
    return info != nullptr ? info->targetPort : u"WN"_s;
}

QString ldnText(const Configuration& config, ObjectId ldId)
{
    const CopyPath* info = ldInfo(config, ldId);
    return (info != nullptr ? info->sourcePort : u"0000"_s) + u'h';
}

QString classification(const Configuration& config, ObjectId ldId)
{
    if (pairOfRv(config, ldId) != nullptr) {
        return u"RV"_s;
    }
    return pairsOfMv(config, ldId).isEmpty() ? u"IV"_s : u"MV"_s;
}

QList<Relationship> pairsOfMv(const Configuration& config, ObjectId mvId)
{
    QList<Relationship> list;
    for (const Relationship& r : config.relationships) {
        if (r.kind == QLatin1String(kPair) && r.sourceId == mvId) {
            list.append(r);
        }
    }
    return list;
}

const Relationship* pairOfRv(const Configuration& config, ObjectId rvId)
{
    for (const Relationship& r : config.relationships) {
        if (r.kind == QLatin1String(kPair) && r.targetId == rvId) {
            return &r;
        }
    }
    return nullptr;
}

const Relationship* pairBetween(const Configuration& config, ObjectId mvId, ObjectId rvId)
{
    const Relationship* r = pairOfRv(config, rvId);
    return r != nullptr && r->sourceId == mvId ? r : nullptr;
}

ObjectId rvArrayOf(const Configuration& config, const Relationship& pair)
{
    return config.logicalDrives.value(pair.targetId).subsystemId;
}

bool isRemote(const Configuration& config, const Relationship& pair)
{
    return rvArrayOf(config, pair) != pair.subsystemId;
}

QString replicationType(const Configuration& config, const Relationship& pair)
{
    return isRemote(config, pair) ? u"RDR"_s : u"DDR"_s;
}

const MirrorLink* linkBetweenArrays(const Configuration& config, ObjectId a, ObjectId b)
{
    return a == b ? nullptr : config.linkBetween(a, b);
}

const MirrorLink* linkOf(const Configuration& config, const Relationship& pair)
{
    const ObjectId rvArray = rvArrayOf(config, pair);
    return rvArray == pair.subsystemId ? config.linkBetween(rvArray, rvArray)
                                       : linkBetweenArrays(config, pair.subsystemId, rvArray);
}

bool linkNormal(const MirrorLink& link)
{
    // NEC pairs travel on path A (pairruntime.cpp routeTo); a flapping path counts as abnormal. The console shows
    // the same rule as the path state (widgets/panels/nec/necdata.cpp), so it lives in MirrorLink.
    return link.singlePathUp();
}

qint64 semiSyncLimit(const Subsystem& array)
{
    const qint64 limit = option(array.options, u"semiSyncLimit"_s).toLongLong();
    return limit > 0 ? limit : kDefaultSemiSyncLimit;
}

QString licenceProblem(const Subsystem& array, const QString& product)
{
    const bool remote = product == u"rdr"_s;
    const QString name = remote ? u"RemoteDataReplication"_s : u"DynamicDataReplication"_s;
    const qint64 license = option(array.options, remote ? u"rdrLicense"_s : u"ddrLicense"_s).toLongLong();
    const qint64 physical = option(array.options, u"physical"_s).toLongLong();
    if (license <= 0) {
        return u"%1 is not purchased"_s.arg(name);
    }
    if (license < physical) {
        return u"the %1 licence (%2) is smaller than the physical capacity (%3)"_s.arg(
            name, formatGb(license), formatGb(physical));
    }
    return {};
}

QString activityOf(const Relationship& pair)
{
    if (pair.state.startsWith(u"rpl"_s)) {
        return u"replicate"_s;
    }
    if (pair.state.startsWith(u"rst"_s)) {
        return pair.hasOption(u"protect"_s) ? u"restore(protect)"_s : u"restore"_s;
    }
    return u"separate"_s;
}

QString rvAccessOf(const Relationship& pair)
{
    return option(pair.options, u"rvacc"_s, pair.state == QLatin1String(kSeparated) ? u"rw"_s : u"nr"_s);
}

const CopyPath* serverNamed(const Configuration& config, const QString& name)
{
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kServer) && p.sourcePort.compare(name, Qt::CaseInsensitive) == 0) {
            return &p;
        }
    }
    return nullptr;
}

QList<CopyPath> servers(const Configuration& config)
{
    QList<CopyPath> list;
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kServer)) {
            list.append(p);
        }
    }
    return list;
}

QList<CopyPath> disksOf(const Configuration& config, const QString& server)
{
    QList<CopyPath> list;
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kDisk) && p.sourcePort.compare(server, Qt::CaseInsensitive) == 0) {
            list.append(p);
        }
    }
    std::sort(list.begin(), list.end(),
        [](const CopyPath& a, const CopyPath& b) { return a.targetPort.mid(4).toInt() < b.targetPort.mid(4).toInt(); });
    return list;
}

const CopyPath* diskOfLd(const Configuration& config, const QString& server, ObjectId ldId)
{
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kDisk) && p.sourceRef == ldId
            && p.sourcePort.compare(server, Qt::CaseInsensitive) == 0) {
            return &p;
        }
    }
    return nullptr;
}

QStringList mountedOn(const Configuration& config, ObjectId ldId)
{
    QStringList list;
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kDisk) && p.sourceRef == ldId && hasWord(p.state, u"mounted=yes"_s)) {
            list.append(p.sourcePort);
        }
    }
    return list;
}

namespace
{

qint64 positiveCapacity(CommandContext& ctx, const QString& key, qint64 fallback = -1)
{
    const qint64 capacity = (fallback < 0 || ctx.args.has(key)) ? ctx.args.capacity(key) : fallback;
    if (capacity <= 0 || capacity % kCapacityGranule != 0) {
        fail(ErrorCode::InvalidParameter,
            {key, QString::number(capacity), u"use a positive multiple of 64 KB, such as 1 GB"_s});
    }
    return capacity;
}

int bgCopyLevel(CommandContext& ctx, int fallback)
{
    const qint64 level = ctx.args.integer(u"bgCopyLevel"_s, fallback);
    if (level < 1 || level > 5) {
        fail(ErrorCode::InvalidParameter, {u"bgCopyLevel"_s, QString::number(level), u"use 1 (slowest) to 5"_s});
    }
    return static_cast<int>(level);
}

/**
 * necCreateDiskArray id="S2100/1259" name=Tokyo_Customer_DataBase physical="2 TB" ddrLicense="2 TB" [rdrLicense=...]:
 * DynamicDataReplication is unlocked for the physical capacity unless told otherwise, RemoteDataReplication only when
 * its licence is given.
 */
void createDiskArray(CommandContext& ctx)
{
    const QString id = ctx.args.string(u"id"_s);
    const QString userName = ctx.args.string(u"name"_s, {});
    const qint64 physical = positiveCapacity(ctx, u"physical"_s, qint64(1) << 40);
    const qint64 license = ctx.args.has(u"ddrLicense"_s) ? ctx.args.capacity(u"ddrLicense"_s) : physical;
    const qint64 rdrLicense = ctx.args.has(u"rdrLicense"_s) ? ctx.args.capacity(u"rdrLicense"_s) : 0;
    const int level = bgCopyLevel(ctx, 3);
    ctx.args.finish();
    static const QRegularExpression idForm(u"^S\\d{4}/\\d{4}$"_s);
    if (!idForm.match(id).hasMatch()) {
        fail(ErrorCode::NecArrayInvalid, {id, u"a disk array is named by model and serial, such as S2100/1259"_s});
    }
    if (ctx.config.subsystemByName(id) != nullptr) {
        fail(ErrorCode::NecArrayInvalid, {id, u"a disk array with this id exists already"_s});
    }
    if (userName.contains(u' ')) {
        fail(ErrorCode::NecArrayInvalid, {id, u"a disk array subsystem name has no blanks"_s});
    }
    Subsystem s;
    s.id = ctx.config.allocateId();
    s.name = id;
    s.family = QString::fromLatin1(kFamily);
    s.model = id.left(5);
    s.firmware = u"NEC Storage BaseProduct"_s;
    s.created = ctx.clock.now();
    setOption(s.options, u"userName"_s, userName);
    setOption(s.options, u"physical"_s, QString::number(physical));
    setOption(s.options, u"ddrLicense"_s, QString::number(license));
    setOption(s.options, u"rdrLicense"_s, rdrLicense > 0 ? QString::number(rdrLicense) : QString());
    setOption(s.options, u"bgCopyLevel"_s, QString::number(level));
    ctx.config.subsystems.insert(s.id, s);
    // The wire DynamicDataReplication copies travel on inside the array (the core mirror engine needs one).
    MirrorLink link;
    link.id = ctx.config.allocateId();
    link.subsystemA = s.id;
    link.subsystemB = s.id;
    link.bandwidth = 0;
    link.roundTripMicros = 0;
    ctx.config.mirrorLinks.insert(link.id, link);
    Engine& engine = ctx.engine;
    const QString name = id;
    ctx.onCommit([&engine, link, name]() {
        engine.mirrors().setLink(std::make_shared<RemoteLink>(link, name, name));
        engine.mirrors().scheduler().setBandwidth(link.id, link.bandwidth);
    });
    ctx.logEventOn(s.id, EventCode::NecDiskArrayChanged, EventSeverity::Informational, u"Disk array %1"_s.arg(id),
        u"Disk array added"_s,
        u"%1 (%2), physical capacity %3, DynamicDataReplication licence %4%5."_s.arg(id,
            userName.isEmpty() ? u"no name"_s : userName, formatGb(physical), formatGb(license),
            rdrLicense > 0 ? u", RemoteDataReplication licence %1"_s.arg(formatGb(rdrLicense)) : QString()));
    ctx.data.insert(u"id"_s, s.id);
}

/**
 * necSetDiskArray subsystem=S2100/1259 [name=...] [bgCopyLevel=1-5] [ddrLicense=...] [rdrLicense=...]
 * [addPhysical=...] [semiSyncLimit=...]. The Semi Sync limit applies from a pair's next Replicate.
 */
void setDiskArray(CommandContext& ctx)
{
    const Subsystem& array = ctx.subsystem();
    Subsystem s = array;
    QStringList changes;
    if (ctx.args.has(u"name"_s)) {
        const QString name = ctx.args.string(u"name"_s);
        if (name.contains(u' ')) {
            fail(ErrorCode::NecArrayInvalid, {s.name, u"a disk array subsystem name has no blanks"_s});
        }
        setOption(s.options, u"userName"_s, name);
        changes.append(u"name %1"_s.arg(name));
    }
    if (ctx.args.has(u"bgCopyLevel"_s)) {
        const int level = bgCopyLevel(ctx, 3);
        setOption(s.options, u"bgCopyLevel"_s, QString::number(level));
        changes.append(u"background copy level %1"_s.arg(level));
    }
    if (ctx.args.has(u"ddrLicense"_s)) {
        const qint64 license = ctx.args.capacity(u"ddrLicense"_s);
        setOption(s.options, u"ddrLicense"_s, QString::number(license));
        changes.append(u"DynamicDataReplication licence %1"_s.arg(formatGb(license)));
    }
    if (ctx.args.has(u"rdrLicense"_s)) {
        const qint64 license = ctx.args.capacity(u"rdrLicense"_s);
        setOption(s.options, u"rdrLicense"_s, license > 0 ? QString::number(license) : QString());
        changes.append(u"RemoteDataReplication licence %1"_s.arg(license > 0 ? formatGb(license) : u"removed"_s));
    }
    if (ctx.args.has(u"semiSyncLimit"_s)) {
        const qint64 limit = ctx.args.capacity(u"semiSyncLimit"_s);
        if (limit < kGrain || limit > (qint64(1) << 30)) {
            fail(ErrorCode::InvalidParameter,
                {u"semiSyncLimit"_s, QString::number(limit), u"use 64 KB to 1 GB, such as 4 MB"_s});
        }
        setOption(s.options, u"semiSyncLimit"_s, QString::number(limit));
        changes.append(u"Semi Sync Mode limit %1 KB"_s.arg(limit / 1024));
    }
    if (ctx.args.has(u"addPhysical"_s)) {
        const qint64 more = positiveCapacity(ctx, u"addPhysical"_s);
        const qint64 physical = option(s.options, u"physical"_s).toLongLong() + more;
        setOption(s.options, u"physical"_s, QString::number(physical));
        changes.append(u"physical disks added: physical capacity %1"_s.arg(formatGb(physical)));
    }
    ctx.args.finish();
    ctx.config.subsystems.insert(s.id, s);
    ctx.logEventOn(s.id, EventCode::NecDiskArrayChanged, EventSeverity::Informational, u"Disk array %1"_s.arg(s.name),
        u"Disk array changed"_s, changes.join(u"; "_s));
}

/** necCreateRank subsystem=S2100/1259 rank=0 pdGroup=00 raid=5. */
void createRank(CommandContext& ctx)
{
    const Subsystem& array = ctx.subsystem();
    const qint64 number = ctx.args.integer(u"rank"_s);
    const QString pdGroup = ctx.args.string(u"pdGroup"_s, u"00"_s);
    const qint64 raid = ctx.args.integer(u"raid"_s, 5);
    ctx.args.finish();
    if (number < 0 || number > 255) {
        fail(ErrorCode::InvalidParameter, {u"rank"_s, QString::number(number), u"use 0 to 255"_s});
    }
    if (raid != 0 && raid != 1 && raid != 5) {
        fail(ErrorCode::InvalidParameter, {u"raid"_s, QString::number(raid), u"use 0, 1 or 5"_s});
    }
    if (ctx.config.arrayByNumber(array.id, static_cast<int>(number)) != nullptr) {
        fail(ErrorCode::NecArrayInvalid, {array.name, u"RANK %1 exists already"_s.arg(number)});
    }
    Array a;
    a.id = ctx.config.allocateId();
    a.subsystemId = array.id;
    a.number = static_cast<int>(number);
    a.raidLevel = static_cast<RaidLevel>(raid);
    setOption(a.options, u"pdGroup"_s, pdGroup);
    ctx.config.arrays.insert(a.id, a);
    ctx.logEventOn(array.id, EventCode::NecDiskArrayChanged, EventSeverity::Informational,
        u"Disk array %1"_s.arg(array.name), u"RANK added"_s,
        u"RANK %1 of PD group %2, RAID%3."_s.arg(number).arg(pdGroup).arg(raid));
}

/** necCreateLd subsystem=S2100/1259 rank=0 name=dev001 capacity="1 GB" osType=WN [ldn=0006]. */
void createLd(CommandContext& ctx)
{
    const Subsystem& array = ctx.subsystem();
    const qint64 rank = ctx.args.integer(u"rank"_s, 0);
    const QString name = ctx.args.string(u"name"_s);
    const qint64 capacity = positiveCapacity(ctx, u"capacity"_s);
    const QString osType = ctx.args.string(u"osType"_s, u"WN"_s).toUpper();
    QString ldn = ctx.args.string(u"ldn"_s, {});
    ctx.args.finish();
    const Array* a = ctx.config.arrayByNumber(array.id, static_cast<int>(rank));
    if (a == nullptr) {
        fail(ErrorCode::NecArrayInvalid, {array.name, u"it has no RANK %1"_s.arg(rank)});
    }
    if (name.isEmpty() || name.size() > 32 || name.contains(u' ') || name.contains(u'@')) {
        // '@' names an LD of another engine's disk array (ldNamed: dev002@siteB).
        fail(
            ErrorCode::InvalidParameter, {u"name"_s, name, u"an LD name has 1 to 32 characters, no blanks and no @"_s});
    }
    if (osType != u"WN"_s && osType != u"A2"_s) {
        fail(ErrorCode::InvalidParameter, {u"osType"_s, osType, u"use WN or A2"_s});
    }
    for (const Subsystem& s : diskArrays(ctx.config)) {
        if (!s.isProxy() && ctx.config.logicalDriveByName(s.id, name) != nullptr) { // unique among this engine's
            fail(ErrorCode::NecArrayInvalid, {array.name, u"logical disk name %1 is in use"_s.arg(name)});
        }
    }
    int next = 0;
    QStringList used;
    for (const LogicalDrive& ld : ctx.config.logicalDrivesOf(array.id)) {
        const QString n = ldnText(ctx.config, ld.id).chopped(1);
        used.append(n);
        next = std::max(next, n.toInt(nullptr, 16) + 1);
    }
    if (ldn.isEmpty()) {
        ldn = u"%1"_s.arg(next, 4, 16, QLatin1Char('0'));
    }
    bool ok = false;
    const int ldnValue = ldn.toInt(&ok, 16);
    if (!ok || ldnValue < 0 || ldnValue > 0xffff) {
        fail(ErrorCode::InvalidParameter, {u"ldn"_s, ldn, u"use up to 4 hex digits"_s});
    }
    ldn = u"%1"_s.arg(ldnValue, 4, 16, QLatin1Char('0'));
    if (used.contains(ldn)) {
        fail(ErrorCode::NecArrayInvalid, {array.name, u"LDN %1h is in use"_s.arg(ldn)});
    }
    qint64 total = capacity;
    for (const LogicalDrive& ld : ctx.config.logicalDrivesOf(array.id)) {
        total += ld.capacity;
    }
    if (total > option(array.options, u"physical"_s).toLongLong()) {
        fail(ErrorCode::NecArrayInvalid, {array.name, u"its physical capacity is used up"_s});
    }
    LogicalDrive ld;
    ld.id = ctx.config.allocateId();
    ld.subsystemId = array.id;
    ld.arrayId = a->id;
    ld.name = name;
    ld.capacity = capacity;
    ld.created = ctx.clock.now();
    ld.fileName = u"nec-%1-%2.img"_s.arg(array.name.section(u'/', 1), ldn);
    ctx.config.logicalDrives.insert(ld.id, ld);
    CopyPath info;
    info.id = ctx.config.allocateId();
    info.subsystemId = array.id;
    info.kind = QString::fromLatin1(kLdInfo);
    info.sourceRef = ld.id;
    info.sourcePort = ldn;
    info.targetPort = osType;
    ctx.config.copyPaths.insert(info.id, info);
    Volumes::createFile(ctx, ld);
    ctx.logEventOn(array.id, EventCode::NecDiskArrayChanged, EventSeverity::Informational,
        u"Disk array %1"_s.arg(array.name), u"Logical disk built"_s,
        u"LD %1h %2 (%3, %4) on RANK %5."_s.arg(ldn, name, osType, formatGb(capacity)).arg(rank));
    ctx.data.insert(u"id"_s, ld.id);
    ctx.data.insert(u"ldn"_s, ldn);
}

/** necListLds [subsystem=...]: the logical disks with LDN, OS type, capacity, classification. */
void listLds(CommandContext& ctx)
{
    ctx.args.finish();
    QJsonArray rows;
    for (const Subsystem& s : diskArrays(ctx.config)) {
        for (const LogicalDrive& ld : ctx.config.logicalDrivesOf(s.id)) {
            rows.append(QJsonObject {{u"array"_s, s.name}, {u"ldn"_s, ldnText(ctx.config, ld.id)},
                {u"name"_s, ldText(ctx.config, ld.id)}, {u"osType"_s, osTypeOf(ctx.config, ld.id)},
                {u"capacity"_s, ld.capacity}, {u"rank"_s, ctx.config.arrays.value(ld.arrayId).number},
                {u"classification"_s, classification(ctx.config, ld.id)}});
        }
    }
    ctx.data.insert(u"logicalDisks"_s, rows);
}

} // namespace

QList<CommandSpec> arrayCommands()
{
    return {
        {"necCreateDiskArray", &createDiskArray, true},
        {"necSetDiskArray", &setDiskArray, true},
        {"necCreateRank", &createRank, true},
        {"necCreateLd", &createLd, true},
        {"necListLds", &listLds, false},
    };
}

} // namespace Copyline::Nec
