// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated Windows servers that use a NEC disk array (spec §1.9-1.11, §2.6-2.12, §3.4): their disks (disk10)
// with signatures, volumes with drive letters and \\?\Volume{GUID}\ names, mount/unmount/flush, the volume list, the
// control volume, the iSMrpl.ini options, and each server's file-system write-back buffer (serverbuffer.h): what a host
// writes to a mounted volume stays in the server's buffer and reaches the logical disk only at flush or unmount (spec
// §4.8).
#include "families/nec/nec.h"
#include "families/nec/serverbuffer.h"
#include "service/engine.h"
#include "util/pattern.h"
#include "util/sha256.h"

#include <QRandomGenerator>
#include <QUuid>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Nec
{

namespace
{

constexpr qint64 kRun = 4 * 1024 * 1024; /**< host reads and writes move up to this much at once */

const CopyPath& serverArg(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"server"_s);
    const CopyPath* s = serverNamed(ctx.config, name);
    if (s == nullptr) {
        fail(ErrorCode::NecServerNotFound, {name});
    }
    return *s;
}

/** A server's volume by drive letter ("G:" or "G") or by mount point volume name. */
const CopyPath& volumeArg(CommandContext& ctx, const CopyPath& server, const QString& key = u"drive"_s)
{
    QString drive = ctx.args.string(key).trimmed();
    if (drive.size() == 1) {
        drive += u':';
    }
    for (const CopyPath& d : disksOf(ctx.config, server.sourcePort)) {
        if (option(d.state, u"letter"_s).compare(drive, Qt::CaseInsensitive) == 0
            || volumeNameOf(d).compare(drive, Qt::CaseInsensitive) == 0
            || d.targetPort.compare(drive, Qt::CaseInsensitive) == 0) {
            return ctx.config.copyPaths[d.id];
        }
    }
    fail(ErrorCode::NecVolumeNotFound, {drive, server.sourcePort});
}

QJsonObject volumeJson(const Configuration& config, const CopyPath& d)
{
    const LogicalDrive ld = config.logicalDrives.value(d.sourceRef);
    return {{u"server"_s, d.sourcePort}, {u"disk"_s, d.targetPort}, {u"ld"_s, ld.name},
        {u"osType"_s, osTypeOf(config, ld.id)}, {u"ldn"_s, ldnText(config, ld.id)},
        {u"array"_s, config.subsystems.value(ld.subsystemId).name},
        {u"classification"_s, classification(config, ld.id)}, {u"letter"_s, option(d.state, u"letter"_s)},
        {u"volumeName"_s, volumeNameOf(d)}, {u"mounted"_s, hasWord(d.state, u"mounted=yes"_s)},
        {u"signature"_s, option(d.state, u"signature"_s)}, {u"control"_s, hasWord(d.state, u"control=yes"_s)},
        {u"inUse"_s, hasWord(d.state, u"inUse=yes"_s)}, {u"lun"_s, option(d.state, u"lun"_s, u"000h"_s)}};
}

void logServer(CommandContext& ctx, const CopyPath& server, int code, const QString& what, const QString& details)
{
    ctx.logEventOn(
        server.subsystemId, code, EventSeverity::Informational, u"Server %1"_s.arg(server.sourcePort), what, details);
}

/** necCreateServer name=BUSINESS subsystem=S2100/1259 [os=Windows2000|Windows2003]. */
void createServer(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"name"_s);
    const Subsystem& array = ctx.subsystem();
    const QString os = ctx.args.string(u"os"_s, u"Windows2000"_s);
    ctx.args.finish();
    if (name.isEmpty() || name.contains(u' ')) {
        fail(ErrorCode::InvalidParameter, {u"name"_s, name, u"a server name has no blanks"_s});
    }
    if (os != u"Windows2000"_s && os != u"Windows2003"_s) {
        fail(ErrorCode::InvalidParameter, {u"os"_s, os, u"use Windows2000 or Windows2003"_s});
    }
    if (serverNamed(ctx.config, name) != nullptr) {
        fail(ErrorCode::InvalidParameter, {u"name"_s, name, u"a server of this name exists"_s});
    }
    CopyPath s;
    s.id = ctx.config.allocateId();
    s.subsystemId = array.id;
    s.kind = QString::fromLatin1(kServer);
    s.sourcePort = name;
    setOption(s.state, u"os"_s, os);
    ctx.config.copyPaths.insert(s.id, s);
    logServer(ctx, s, EventCode::NecServerChanged, u"Server attached"_s, u"%1 (%2)."_s.arg(name, os));
}

/** necAttachDisk server ld disk=disk10 [letter=G:] [mounted=true]: the LD becomes a basic disk of the server. */
void attachDisk(CommandContext& ctx)
{
    const CopyPath& server = serverArg(ctx);
    const LogicalDrive& ld = ldNamed(ctx, ctx.args.string(u"ld"_s));
    const QString disk = ctx.args.string(u"disk"_s);
    QString letter = ctx.args.string(u"letter"_s, {}).toUpper();
    const bool mounted = ctx.args.boolean(u"mounted"_s, !letter.isEmpty());
    ctx.args.finish();
    static const QRegularExpression diskForm(u"^disk\\d+$"_s);
    if (!diskForm.match(disk).hasMatch()) {
        fail(ErrorCode::InvalidParameter, {u"disk"_s, disk, u"use a physical disk name such as disk10"_s});
    }
    if (letter.size() == 1) {
        letter += u':';
    }
    for (const CopyPath& d : disksOf(ctx.config, server.sourcePort)) {
        if (d.targetPort == disk || d.sourceRef == ld.id
            || (!letter.isEmpty() && option(d.state, u"letter"_s) == letter)) {
            fail(ErrorCode::InvalidParameter, {u"disk"_s, disk, u"the disk, its LD or its letter is in use"_s});
        }
    }
    CopyPath d;
    d.id = ctx.config.allocateId();
    d.subsystemId = ld.subsystemId;
    d.kind = QString::fromLatin1(kDisk);
    d.sourceRef = ld.id;
    d.sourcePort = server.sourcePort;
    d.targetPort = disk;
    setOption(d.state, u"guid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    setOption(d.state, u"signature"_s,
        u"%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')).toUpper());
    setOption(d.state, u"lun"_s, u"%1h"_s.arg(disksOf(ctx.config, server.sourcePort).size(), 3, 16, QLatin1Char('0')));
    setOption(d.state, u"letter"_s, letter);
    setWord(d.state, u"mounted=yes"_s, mounted && !letter.isEmpty());
    ctx.config.copyPaths.insert(d.id, d);
    logServer(ctx, server, EventCode::NecServerChanged, u"Disk attached"_s,
        u"%1 is %2 of %3%4."_s.arg(
            ld.name, disk, server.sourcePort, letter.isEmpty() ? QString() : u" (" + letter + u')'));
    ctx.data = volumeJson(ctx.config, d);
}

/** necSetServerOption server key value: iSMrpl.ini (spec §1.13): UMOUNT_RVACC, RPLLOGFILENUM, RPLLOGFILEMAXSIZE. */
void setServerOption(CommandContext& ctx)
{
    const CopyPath& s = serverArg(ctx);
    const QString key = ctx.args.string(u"key"_s).toUpper();
    const QString value = ctx.args.string(u"value"_s, {}).toUpper();
    ctx.args.finish();
    if (key != u"UMOUNT_RVACC"_s && key != u"RPLLOGFILENUM"_s && key != u"RPLLOGFILEMAXSIZE"_s) {
        fail(ErrorCode::InvalidParameter, {u"key"_s, key, u"use UMOUNT_RVACC, RPLLOGFILENUM or RPLLOGFILEMAXSIZE"_s});
    }
    if (key == u"UMOUNT_RVACC"_s && !value.isEmpty() && value != u"NOTREADY"_s) {
        fail(ErrorCode::InvalidParameter, {u"value"_s, value, u"UMOUNT_RVACC takes NOTREADY (or nothing)"_s});
    }
    CopyPath& server = ctx.config.copyPaths[s.id];
    setOption(server.state, key, value);
    logServer(ctx, server, EventCode::NecServerChanged, u"iSMrpl.ini changed"_s, u"%1=%2"_s.arg(key, value));
}

/** necServer server: the server, its options and volumes. */
void serverInfo(CommandContext& ctx)
{
    const CopyPath& s = serverArg(ctx);
    ctx.args.finish();
    QJsonArray volumes;
    for (const CopyPath& d : disksOf(ctx.config, s.sourcePort)) {
        volumes.append(volumeJson(ctx.config, d));
    }
    ctx.data = {{u"server"_s, s.sourcePort}, {u"os"_s, option(s.state, u"os"_s)},
        {u"volumeList"_s, hasWord(s.state, u"vollist=yes"_s)}, {u"umountRvacc"_s, option(s.state, u"UMOUNT_RVACC"_s)},
        {u"volumes"_s, volumes}};
}

/** necListServers: the servers, first one first (the CLI's default host). */
void listServers(CommandContext& ctx)
{
    ctx.args.finish();
    QJsonArray list;
    for (const CopyPath& s : servers(ctx.config)) {
        list.append(s.sourcePort);
    }
    ctx.data.insert(u"servers"_s, list);
}

/** necCreateVolumeList server: iSMvollist -cr (spec §1.10). */
void createVolumeList(CommandContext& ctx)
{
    const CopyPath& s = serverArg(ctx);
    ctx.args.finish();
    CopyPath& server = ctx.config.copyPaths[s.id];
    setWord(server.state, u"vollist=yes"_s, true);
    logServer(ctx, server, EventCode::NecServerChanged, u"Volume list created"_s,
        u"iSM11701: Volume list is created successfully."_s);
}

/** necDefineControlVolume server ld (spec §1.11, §5.2). */
void defineControlVolume(CommandContext& ctx)
{
    const CopyPath& server = serverArg(ctx);
    const LogicalDrive& ld = ldNamed(ctx, ctx.args.string(u"ld"_s));
    ctx.args.finish();
    const CopyPath* disk = diskOfLd(ctx.config, server.sourcePort, ld.id);
    if (disk == nullptr) {
        fail(ErrorCode::NecControlVolume, {ld.name, u"the server %1 does not see it"_s.arg(server.sourcePort)});
    }
    if (classification(ctx.config, ld.id) != u"IV"_s) {
        fail(ErrorCode::NecControlVolume,
            {ld.name,
                u"it is an %1; use an ordinary volume (IV), never an RV"_s.arg(classification(ctx.config, ld.id))});
    }
    for (const CopyPath& p : ctx.config.copyPaths) {
        if (p.kind != QLatin1String(kDisk) || !hasWord(p.state, u"control=yes"_s)) {
            continue;
        }
        if (p.sourceRef == ld.id && p.sourcePort != server.sourcePort) {
            fail(ErrorCode::NecControlVolume, {ld.name, u"it is the control volume of %1"_s.arg(p.sourcePort)});
        }
        if (p.sourcePort == server.sourcePort && p.subsystemId == ld.subsystemId && p.sourceRef != ld.id) {
            fail(ErrorCode::NecControlVolume,
                {ld.name, u"the server has a control volume on this disk array already (one per disk array)"_s});
        }
    }
    setWord(ctx.config.copyPaths[disk->id].state, u"control=yes"_s, true);
    logServer(ctx, server, EventCode::NecServerChanged, u"Control volume defined"_s,
        u"%1 is the control volume of %2 for disk array %3."_s.arg(
            ld.name, server.sourcePort, ctx.config.subsystems.value(ld.subsystemId).name));
}

const Relationship* rvPairOf(const Configuration& config, const CopyPath& disk)
{
    return pairOfRv(config, disk.sourceRef);
}

/** necMount server drive=G: [mvol=\\?\Volume{...}\] (spec §2.8). */
void mount(CommandContext& ctx)
{
    const CopyPath& server = serverArg(ctx);
    const bool byVolume = ctx.args.has(u"mvol"_s);
    const QString letterArg = ctx.args.string(u"drive"_s).toUpper();
    const CopyPath& found = byVolume ? volumeArg(ctx, server, u"mvol"_s) : volumeArg(ctx, server);
    ctx.args.finish();
    CopyPath& d = ctx.config.copyPaths[found.id];
    QString letter = letterArg.size() == 1 ? letterArg + u':' : letterArg;
    if (hasWord(d.state, u"mounted=yes"_s)) {
        fail(ErrorCode::NecPathNotNormal, {u"%1 is mounted already."_s.arg(letter)});
    }
    for (const CopyPath& other : disksOf(ctx.config, server.sourcePort)) {
        if (other.id != d.id && option(other.state, u"letter"_s) == letter) {
            fail(ErrorCode::NecPathNotNormal, {u"%1 is in use by %2."_s.arg(letter, other.targetPort)});
        }
    }
    for (const Relationship& mvPair : pairsOfMv(ctx.config, d.sourceRef)) {
        if (mvPair.state == QLatin1String(kRstExec)) { // see restrictAccess(): no MV I/O redirection yet
            fail(ErrorCode::NecAccessRefused,
                {u"%1 is an MV being restored (rst/exec); mount it once the Restore has copied everything "
                 "(iSMrc_wait)."_s.arg(ctx.config.logicalDrives.value(d.sourceRef).name)});
        }
    }
    if (const Relationship* r = rvPairOf(ctx.config, d)) {
        if (r->state == QLatin1String(kSepExec)) { // see restrictAccess(): no RV I/O redirection yet
            fail(ErrorCode::NecAccessRefused,
                {u"%1 is an RV being separated (sep/exec); mount it once the separate completes (iSMrc_wait -cond "
                 "sep), also after -rvuse immediate."_s.arg(ctx.config.logicalDrives.value(d.sourceRef).name)});
        }
        if (rvAccessOf(*r) == u"nr"_s) {
            fail(ErrorCode::NecAccessRefused,
                {u"%1 is an RV in %2 with access restriction Not Ready."_s.arg(
                    ctx.config.logicalDrives.value(d.sourceRef).name, r->state)});
        }
        setWord(ctx.config.relationships[r->id].options, u"hostNotReady"_s, false); // released from Not Ready
    }
    const bool letterSet = option(d.state, u"letter"_s).isEmpty() || option(d.state, u"letter"_s) != letter;
    setOption(d.state, u"letter"_s, letter);
    setWord(d.state, u"mounted=yes"_s, true);
    logServer(ctx, server, EventCode::NecMountChanged, u"Volume mounted"_s,
        u"%1 (%2) at %3."_s.arg(d.targetPort, volumeNameOf(d), letter));
    ctx.data = volumeJson(ctx.config, d);
    ctx.data.insert(u"letterSet"_s, letterSet);
}

/** necUmount server drive=G: [force=true] (spec §2.7): flushes the buffer (force: discards it) and unmounts. */
void umount(CommandContext& ctx)
{
    const CopyPath& server = serverArg(ctx);
    const CopyPath& found = volumeArg(ctx, server);
    const bool force = ctx.args.boolean(u"force"_s, false);
    ctx.args.finish();
    CopyPath& d = ctx.config.copyPaths[found.id];
    if (!hasWord(d.state, u"mounted=yes"_s)) {
        fail(ErrorCode::NecPathNotNormal, {u"%1 is not mounted."_s.arg(option(d.state, u"letter"_s, d.targetPort))});
    }
    if (hasWord(d.state, u"inUse=yes"_s) && !force) {
        fail(ErrorCode::NecAccessRefused,
            {u"An application on %1 uses %2; stop it, or use -force."_s.arg(
                server.sourcePort, option(d.state, u"letter"_s))});
    }
    const QJsonObject before = volumeJson(ctx.config, d);
    setWord(d.state, u"mounted=yes"_s, false);
    setWord(d.state, u"inUse=yes"_s, false);
    const Relationship* rv = rvPairOf(ctx.config, d);
    const bool notReady = rv != nullptr && option(server.state, u"UMOUNT_RVACC"_s) == u"NOTREADY"_s;
    if (notReady) {
        // Spec §2.7: with UMOUNT_RVACC=NOTREADY the RV's mount point is deleted (iSM13221) and, on Windows 2000,
        // its access becomes Not Ready.
        setOption(d.state, u"letter"_s, {});
        if (option(server.state, u"os"_s) == u"Windows2000"_s) {
            setWord(ctx.config.relationships[rv->id].options, u"hostNotReady"_s, true);
        }
    }
    ctx.data = before;
    ctx.data.insert(u"letterReset"_s, notReady);
    Engine& engine = ctx.engine;
    const QString name = server.sourcePort;
    const ObjectId ldId = d.sourceRef;
    logServer(ctx, server, EventCode::NecMountChanged, force ? u"Volume unmounted (forced)"_s : u"Volume unmounted"_s,
        u"%1 (%2)%3."_s.arg(d.targetPort, before.value(u"letter"_s).toString(),
            force ? u"; the file system buffer was discarded"_s : QString()));
    if (force) {
        discardBuffer(engine, name, ldId);
        return;
    }
    auto io = engine.volumes().find(ldId);
    const QJsonObject data = ctx.data;
    ctx.deferIo([&engine, name, ldId, io, data]() {
        if (io) {
            if (const IoStatus st = flushBuffer(engine, name, ldId, io); !st.ok()) {
                return CommandResult::failure(Error(ErrorCode::NecAccessRefused, {st.reason}));
            }
        }
        CommandResult result;
        result.data = data;
        return result;
    });
}

/** necFlush server drive=G: (spec §2.6): the buffered data reaches the logical disk. */
void flush(CommandContext& ctx)
{
    const CopyPath& server = serverArg(ctx);
    const CopyPath& d = volumeArg(ctx, server);
    ctx.args.finish();
    if (!hasWord(d.state, u"mounted=yes"_s)) {
        fail(ErrorCode::NecPathNotNormal, {u"%1 is not mounted."_s.arg(option(d.state, u"letter"_s, d.targetPort))});
    }
    Engine& engine = ctx.engine;
    const QString name = server.sourcePort;
    const ObjectId ldId = d.sourceRef;
    auto io = engine.volumes().find(ldId);
    QJsonObject data = volumeJson(ctx.config, d);
    data.insert(u"flushedBytes"_s, bufferedBytes(engine, name, ldId));
    ctx.deferIo([&engine, name, ldId, io, data]() {
        if (io) {
            if (const IoStatus st = flushBuffer(engine, name, ldId, io); !st.ok()) {
                return CommandResult::failure(Error(ErrorCode::NecAccessRefused, {st.reason}));
            }
        }
        CommandResult result;
        result.data = data;
        return result;
    });
}

/** necSetInUse server drive inUse=true: [SIM] an application holds the volume open (umount fails, iSM13609). */
void setInUse(CommandContext& ctx)
{
    const CopyPath& server = serverArg(ctx);
    const CopyPath& found = volumeArg(ctx, server);
    const bool inUse = ctx.args.boolean(u"inUse"_s, true);
    ctx.args.finish();
    setWord(ctx.config.copyPaths[found.id].state, u"inUse=yes"_s, inUse);
}

struct HostRange
{
    std::shared_ptr<VolumeIo> io;
    std::shared_ptr<ServerBuffer> buffer;
    qint64 offset = 0;
    qint64 length = 0;
    QString drive;
};

HostRange hostRange(CommandContext& ctx, bool create, bool lengthRequired)
{
    const CopyPath& server = serverArg(ctx);
    const CopyPath& d = volumeArg(ctx, server);
    const LogicalDrive ld = ctx.config.logicalDrives.value(d.sourceRef);
    HostRange r;
    r.offset = ctx.args.integer(u"offset"_s, 0);
    r.length = lengthRequired ? ctx.args.integer(u"length"_s) : ctx.args.integer(u"length"_s, ld.capacity - r.offset);
    r.drive = option(d.state, u"letter"_s, d.targetPort);
    if (r.offset < 0 || r.length < 0 || r.offset > ld.capacity || r.length > ld.capacity - r.offset) {
        fail(ErrorCode::IoOutOfRange,
            {QString::number(r.offset), QString::number(r.length), ld.name, QString::number(ld.capacity)});
    }
    if (!hasWord(d.state, u"mounted=yes"_s)) {
        fail(ErrorCode::NecPathNotNormal, {u"%1 is not mounted on %2."_s.arg(r.drive, server.sourcePort)});
    }
    r.io = ctx.engine.volumes().find(ld.id);
    if (!r.io) {
        fail(ErrorCode::IoError, {ld.name, u"its volume is not available"_s});
    }
    r.buffer = serverBuffer(ctx.engine, server.sourcePort, ld.id, create);
    return r;
}

Error hostIoError(const QString& drive, const IoStatus& st)
{
    return {ErrorCode::NecAccessRefused, {u"%1: %2"_s.arg(drive, st.reason)}};
}

/** necWrite server drive offset length seed: an application writes a file: into the server's buffer. */
void hostWrite(CommandContext& ctx)
{
    const HostRange r = hostRange(ctx, true, true);
    const auto seed = static_cast<quint64>(ctx.args.integer(u"seed"_s, 1));
    ctx.args.finish();
    if (const HostAccess access = r.io->hostAccess(); !access.write) {
        fail(ErrorCode::NecAccessRefused, {u"%1: %2"_s.arg(r.drive, access.writeReason)});
    }
    ctx.deferIo([r, seed]() {
        std::vector<char> chunk(static_cast<size_t>(std::min(kRun, std::max<qint64>(r.length, 1))));
        Sha256 hash;
        for (qint64 done = 0; done < r.length;) {
            const qint64 n = std::min(kRun, r.length - done);
            const std::span<char> part(chunk.data(), static_cast<size_t>(n));
            fillPattern(seed, done, part);
            if (const IoStatus st = r.buffer->write(*r.io, r.offset + done, part); !st.ok()) {
                return CommandResult::failure(hostIoError(r.drive, st));
            }
            hash.addData(QByteArrayView(part.data(), static_cast<qsizetype>(n)));
            done += n;
        }
        CommandResult result;
        result.data = {
            {u"drive"_s, r.drive}, {u"offset"_s, r.offset}, {u"length"_s, r.length}, {u"sha256"_s, hash.hexResult()}};
        return result;
    });
}

/** necChecksum server drive [offset length]: what the server reads: the LD with its buffered data over it. */
void hostChecksum(CommandContext& ctx)
{
    const HostRange r = hostRange(ctx, false, false);
    ctx.args.finish();
    ctx.deferIo([r]() {
        std::vector<char> chunk(static_cast<size_t>(kRun));
        Sha256 hash;
        for (qint64 done = 0; done < r.length;) {
            const qint64 n = std::min(kRun, r.length - done);
            const std::span<char> part(chunk.data(), static_cast<size_t>(n));
            const IoStatus st
                = r.buffer ? r.buffer->read(*r.io, r.offset + done, part) : r.io->read(r.offset + done, part);
            if (!st.ok()) {
                return CommandResult::failure(hostIoError(r.drive, st));
            }
            hash.addData(QByteArrayView(part.data(), static_cast<qsizetype>(n)));
            done += n;
        }
        CommandResult result;
        result.data = {
            {u"drive"_s, r.drive}, {u"offset"_s, r.offset}, {u"length"_s, r.length}, {u"sha256"_s, hash.hexResult()}};
        return result;
    });
}

/** necSignature server action=read|list (spec §2.10): saves (read) or lists the disks' signatures. */
void signature(CommandContext& ctx)
{
    const CopyPath& server = serverArg(ctx);
    const QString action = ctx.args.string(u"action"_s, u"list"_s);
    ctx.args.finish();
    if (action != u"read"_s && action != u"list"_s) {
        fail(ErrorCode::InvalidParameter, {u"action"_s, action, u"use read or list"_s});
    }
    QJsonArray rows;
    for (const CopyPath& d : disksOf(ctx.config, server.sourcePort)) {
        if (classification(ctx.config, d.sourceRef) == u"IV"_s) {
            continue; // replication-target disks only
        }
        if (action == u"read"_s) {
            setOption(ctx.config.copyPaths[d.id].state, u"savedSignature"_s, option(d.state, u"signature"_s));
        }
        rows.append(volumeJson(ctx.config, d));
    }
    ctx.data.insert(u"disks"_s, rows);
}

/** necScan server (spec §2.11): the server recognizes its disks again; leftover Not Ready is released. */
void scan(CommandContext& ctx)
{
    const CopyPath& server = serverArg(ctx);
    ctx.args.finish();
    for (const CopyPath& d : disksOf(ctx.config, server.sourcePort)) {
        if (const Relationship* r = rvPairOf(ctx.config, d); r != nullptr && hasWord(r->options, u"hostNotReady"_s)) {
            setWord(ctx.config.relationships[r->id].options, u"hostNotReady"_s, false);
        }
    }
    logServer(ctx, server, EventCode::NecServerChanged, u"Disks rescanned"_s, u"iSMrc_scan."_s);
}

} // namespace

QString volumeNameOf(const CopyPath& disk)
{
    return u"\\\\?\\Volume{"_s + option(disk.state, u"guid"_s) + u"}\\"_s;
}

QList<CommandSpec> hostCommands()
{
    return {
        {"necCreateServer", &createServer, true},
        {"necAttachDisk", &attachDisk, true},
        {"necSetServerOption", &setServerOption, true},
        {"necServer", &serverInfo, false},
        {"necListServers", &listServers, false},
        {"necCreateVolumeList", &createVolumeList, true},
        {"necDefineControlVolume", &defineControlVolume, true},
        {"necMount", &mount, true},
        {"necUmount", &umount, true},
        {"necFlush", &flush, false},
        {"necSetInUse", &setInUse, true},
        {"necWrite", &hostWrite, false},
        {"necChecksum", &hostChecksum, false},
        {"necSignature", &signature, true},
        {"necScan", &scan, true},
    };
}

} // namespace Copyline::Nec
