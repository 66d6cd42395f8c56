// SPDX-License-Identifier: GPL-3.0-or-later
// What the NEC panels read of a snapshot: the family keeps its data as words in generic records (see the engine's
// families/nec/nec.h header), so the console reads them back here — LDN, OS type, classification, servers and their
// disks, pairs — and turns necListPairs rows (progress and differences, which the snapshot does not carry) into
// PairStatus values. The console only reads engine/api, so this is its own small reader of the same words.
#pragma once

#include "api/model.h"
#include "api/snapshot.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Copyline::NecUi
{

inline constexpr auto kFamily = "nec";

/** The value of "key=value" among space-separated @p words, or @p fallback. */
QString wordValue(const QString& words, const QString& key, const QString& fallback = {});
bool hasWord(const QString& words, const QString& word);

QList<Subsystem> diskArrays(const Configuration& config);
/** The LDs of a disk array, by LDN. */
QList<LogicalDrive> logicalDisks(const Configuration& config, ObjectId arrayId);
/** "0006h" */
QString ldnOf(const Configuration& config, ObjectId ldId);
/**
 * The LD name as the engine takes it: "dev002", or "dev002@siteB" for an LD of a disk array another engine serves
 * (a proxy: the RV of a RemoteDataReplication pair across engines).
 */
QString ldName(const Configuration& config, ObjectId ldId);
/**
 * The site of the engine that manages @p pair when it is not the attached one (its MV is on another engine's disk
 * array: this engine serves only the RV); empty when the pair is this engine's to change.
 */
QString managingSite(const Configuration& config, const Relationship& pair);
/** WN or A2 */
QString osTypeOf(const Configuration& config, ObjectId ldId);
/** IV, MV or RV */
QString classificationOf(const Configuration& config, ObjectId ldId);

/**
 * The DynamicDataReplication and RemoteDataReplication pairs (relationships of kind "ddr"), of @p arrayId (its MVs
 * and its RVs) or of every array (0).
 */
QList<Relationship> pairs(const Configuration& config, ObjectId arrayId = 0);
/** The disk array of a pair's RV (the record's subsystemId is the MV's). */
ObjectId rvArrayOf(const Configuration& config, const Relationship& pair);
/** RemoteDataReplication: MV and RV on two disk arrays. */
bool isRemotePair(const Configuration& config, const Relationship& pair);
/** The links between @p arrayId and other disk arrays (not an array's own DynamicDataReplication wire). */
QList<MirrorLink> linksOf(const Configuration& config, ObjectId arrayId);
/** The link between two different disk arrays, nullptr if they are not cabled. */
const MirrorLink* linkBetweenArrays(const Configuration& config, ObjectId a, ObjectId b);
/** The other end of @p link as seen from @p arrayId. */
ObjectId otherEnd(const MirrorLink& link, ObjectId arrayId);
/** The path state of the Replication screen: normal when the link's path is up (the engine's linkNormal). */
bool linkNormal(const MirrorLink& link);
/** The RemoteDataReplication pairs that copy over the link (the engine counts them the same way for necListLinks). */
int remotePairsOn(const Configuration& config, const MirrorLink& link);
const Relationship* pairOfRv(const Configuration& config, ObjectId rvId);
QList<Relationship> pairsOfMv(const Configuration& config, ObjectId mvId);

/** The servers' names, in the order the engine created them. */
QStringList serverNames(const Configuration& config);
/** A server's record (kind necServer), nullptr if none. */
const CopyPath* serverRecord(const Configuration& config, const QString& name);
/** A server's disks (kind necDisk) by disk number. */
QList<CopyPath> disksOf(const Configuration& config, const QString& server);
/** "\\?\Volume{GUID}\" */
QString volumeNameOf(const CopyPath& disk);
bool isMounted(const CopyPath& disk);
bool isControl(const CopyPath& disk);

/** One pair as necListPairs reports it. */
struct PairStatus
{
    QString mv;
    QString rv;
    QString syncState;
    QString rvAccess;
    double progress = -1;
    qint64 separateDiffKB = 0;
    qint64 copyDiffKB = 0;
    qint64 semiSyncPendingKB = -1; /**< Semi Sync Mode's buffer: what it holds; -1 for other pairs */
    qint64 semiSyncLimitKB = 0;
    QString startTime;
    QString reason;
    bool valid = false;

    static PairStatus fromJson(const QJsonObject& o);
};

/** The seed's words for the states, translated (context "Copyline::NecUi::NecTexts"). */
class NecTexts
{
    Q_DECLARE_TR_FUNCTIONS(Copyline::NecUi::NecTexts)

public:
    /** Replicate, Separated, Separate (while sep/exec), Restore, Restore (RV protection). */
    static QString activity(const Relationship& pair);
    /** The sync state, or "failure separation" when a copy fault separated the pair. */
    static QString syncState(const Relationship& pair);
    /** Sync Mode or Background Copy. */
    static QString copyControl(const Relationship& pair);
    /** rw, ro or nr as the RV has it now. */
    static QString rvAccessCode(const Relationship& pair);
    /** Table 3-3: Read/Write, Read Only, Not Ready. */
    static QString rvAccess(const QString& code);
    static QString kilobytes(qint64 kb);
    /** "Normal" or "Abnormal": a link's path state (seed L2378). */
    static QString pathState(const MirrorLink& link);
    /** "DynamicDataReplication" or "RemoteDataReplication". */
    static QString replicationType(const Configuration& config, const Relationship& pair);
};

} // namespace Copyline::NecUi
