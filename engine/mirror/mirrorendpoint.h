// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copy/rangelock.h"
#include "mirror/outofsyncmap.h"
#include "mirror/remotelink.h"
#include "mirror/wireprotocol.h"
#include "storage/volumeio.h"
#include "util/fairsharedmutex.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace Copyline
{

class ConsistencyGroup;

/**
 * The data path of one side of a mirrored pair (DESIGN.md primitive 3), attached to its logical drive as a write
 * hook. On a primary, every write is first admitted to the out-of-sync map (spec §4.4 step 2, "logs the write"),
 * then reaches the drive, then — by mode —
 *  - Ship (Metro Mirroring): is sent to the secondary before the host hears of it; if that fails the pair falls
 *    to Track and the grains are recorded, and the host write still completes (§3.4);
 *  - Drain (Global Copy): is recorded, and a shipper sends the recorded grains in LBA order behind the host;
 *  - Journal (Global Mirroring): is appended to the subsystem's consistency group, applied in write order;
 *  - Track (Unsynchronized, Suspended, a dual role): is only recorded, for the delta resynchronization.
 * A secondary's hook does nothing: hosts cannot write it (access rules) and replication writes are in sync.
 *
 * Overlapping writes in Ship and Journal mode are serialised from drive write to shipment by a range lock, so
 * the secondary sees them in the primary's order; a synchronization shipment takes the same lock.
 */
class MirrorEndpoint final : public WriteObserver, public std::enable_shared_from_this<MirrorEndpoint>
{
public:
    enum class Mode
    {
        Track,
        Ship,
        Drain,
        Journal,
    };

    /** Where this primary's writes go: the partner's drive, over the link, on the path of the owning controller. */
    struct Route
    {
        std::shared_ptr<VolumeIo> remote;
        std::shared_ptr<RemoteLink> link;
        QString controller;
    };

    /**
     * What a synchronous primary does when its secondary cannot be updated (ESS "Critical Volume mode", spec
     * ESS §3.4 Table 1): Never — the write completes and is recorded; WhenUnreachable — it fails, and so do all
     * later writes, when no path to the secondary is left; Always — it fails whenever the secondary cannot be
     * updated. A critical primary ships each write before the local write, so a refused write never reaches
     * either drive (the write "ages out of NVS", ESS §4.2).
     */
    enum class Inhibit
    {
        Never,
        WhenUnreachable,
        Always,
    };

    /** Called on the thread that found the link (or the secondary) failing, once per fall to Track. */
    using FailureListener = std::function<void(ObjectId driveId, const QString& reason)>;

    MirrorEndpoint(ObjectId driveId,
        ObjectId subsystemId,
        std::shared_ptr<VolumeIo> local,
        std::unique_ptr<OutOfSyncMap> map,
        qint64 grainSize);

    ObjectId driveId() const { return m_driveId; }
    ObjectId subsystemId() const { return m_subsystemId; }
    qint64 grainSize() const { return m_grainSize; }
    qint64 grains() const { return m_map->grains(); }
    OutOfSyncMap& map() { return *m_map; }
    const OutOfSyncMap& map() const { return *m_map; }
    qint64 outOfSyncBytes() const;
    std::shared_ptr<VolumeIo> local() const { return m_local.lock(); }

    // Reconfiguration (engine thread). Each waits until no write is between its hooks, so it takes effect at a
    // clean cut: after setMode(Track) returns, every later write is recorded and none is shipped.
    void setPrimary(bool primary);
    bool isPrimary() const { return m_primary.load(); }
    void setMode(Mode mode);
    Mode mode() const { return m_mode.load(); }
    void setRoute(Route route);
    Route route() const;
    /** The drive this primary's route leads to (whatever the transport), 0 without a route. */
    ObjectId routedTo() const;
    void setGroup(std::shared_ptr<ConsistencyGroup> group);
    void setFailureListener(FailureListener listener);
    /** Called after a write was recorded in Drain mode (wakes the Global Copy shipper). */
    void setWake(std::function<void()> wake);

    /** Critical mode (engine thread). */
    void setWriteInhibit(Inhibit policy);
    /** Whether host writes are refused after a critical failure; cleared by a resynchronization or terminate. */
    bool inhibited() const { return m_inhibited.load(); }
    void setInhibited(bool on);
    /**
     * A freeze flag shared by the members of a consistency group (ESS §2.9, §4.4): the first member that cannot
     * update its secondary raises it before its host write completes, and from then on no member ships, so no
     * secondary receives a write that depends on one another secondary missed. Writes are recorded instead.
     */
    void setFreezeFlag(std::shared_ptr<std::atomic<bool>> flag);
    bool frozen() const;

    /**
     * The I/O paths fall to Track on a failure without waiting; the listener hears of it once. Returns whether this
     * call moved the endpoint (false when it was in Track already).
     */
    bool fail(const QString& reason);

    // WriteObserver
    IoStatus beforeWrite(const WriteOp& op) override;
    void afterWrite(const WriteOp& op, const IoStatus& result) override;
    IoStatus beforeFlush() override;
    /** A secondary's hook does nothing with any write (beforeWrite looks at nothing but the role). */
    bool inertFor(IoOrigin origin) const override;

    /**
     * Ships up to @p maxGrains recorded grains from @p *cursor on (one contiguous run, holes of the primary as
     * discards) and clears their bits; returns the grains shipped, 0 when none is recorded at or after the
     * cursor. A failure puts the grains back and the endpoint to Track. @p paced: the caller keeps to the link's
     * bandwidth itself.
     */
    qint64 shipRecorded(qint64* cursor, qint64 maxGrains, bool paced, IoStatus* status);

    enum class Finish
    {
        Done,   /**< nothing recorded: the endpoint is now in the new mode */
        NotYet, /**< grains were recorded meanwhile */
        Failed, /**< the endpoint fell to Track meanwhile */
    };
    /**
     * Ends a synchronization: from @p expected to @p to, atomically with finding nothing recorded (and
     * @p ready true, e.g. the consistency group's journal drained) while no write is between its hooks.
     */
    Finish finishSync(Mode expected, Mode to, const std::function<bool()>& ready = {});

    /** Applies one journal entry to the partner (consistency group applier); the entry's grains settle. */
    IoStatus applyJournal(qint64 offset, std::span<const char> data, qint64 length, bool discard);
    /** A journal entry that will not be applied: its grains are recorded instead. */
    void dropJournal(qint64 offset, qint64 length);

    /** What an online verification found so far (verify()). */
    struct VerifyTally
    {
        qint64 compared = 0;    /**< grains compared, both sides read and hashed */
        qint64 differing = 0;   /**< compared grains whose hashes differ */
        qint64 outOfSync = 0;   /**< grains recorded out of sync: known to differ, not compared */
        qint64 busy = 0;        /**< grains a host write was changing while they were read: not compared */
        qint64 bytesRead = 0;   /**< both sides */
        QList<qint64> examples; /**< the first differing grains */
    };
    /**
     * Online verification (DRBD's verify; no seed system has it): compares up to @p maxGrains grains from @p first
     * with the partner's by per-grain hashes while host I/O continues. Grains recorded out of sync and grains a
     * write is changing are not compared (counted apart), so a difference found is a real one: the grain is not
     * recorded, no write on it is under way, and the two sides' bytes differ. With @p repair a differing grain is
     * recorded out of sync, for the next synchronization to copy. Returns the grains passed (0 at the end).
     */
    qint64 verify(qint64 first, qint64 maxGrains, bool repair, VerifyTally* tally, IoStatus* status);

    /** Waits until no shipment of recorded grains is under way (after setMode(Track), none starts again). */
    void waitForShipping() { std::lock_guard lock(m_shipMutex); }

    /** Bytes this endpoint sent to its partner (shipping, synchronization, journal). */
    quint64 bytesShipped() const { return m_bytesShipped.load(); }

    /**
     * How far, in ms at @p nowMs (steady clock, steadyMs()), the partner's image lags this primary: the recovery
     * point objective as it stands. Ship (synchronous): 0. Journal (Global Mirroring): the age of the oldest write
     * of the consistency group not yet applied to the secondaries, 0 when the journal is empty. Track (suspended,
     * unsynchronized, resynchronizing): the time since the pair last left Ship or Journal, the secondaries holding
     * the image of that moment. -1 when no consistent image is known (Drain: a Global Copy's secondary is fuzzy;
     * a pair never synchronized since this engine started).
     */
    qint64 recoveryPointAgeMs(qint64 nowMs) const;
    /** Milliseconds on the steady clock (what Snapshot::publishedMs uses). */
    static qint64 steadyMs();

    struct InFlight;

private:
    qint64 firstGrain(qint64 offset) const { return offset / m_grainSize; }
    qint64 lastGrain(qint64 offset, qint64 length) const;
    void record(qint64 offset, qint64 length);
    IoStatus ship(const Route& route, const WriteOp& op);
    bool fallToTrack(Mode from, const QString& reason);
    void raiseFreeze();
    /** Notes a mode change for the recovery point (from Ship/Journal to Track: the image is of now, or older). */
    void noteMode(Mode from, Mode to);
    void countShipped(qint64 bytes);
    IoStatus shipFirst(const WriteOp& op, InFlight& inFlight, qint64 first, qint64 last);

    const ObjectId m_driveId;
    const ObjectId m_subsystemId;
    const std::shared_ptr<TrafficCounters> m_traffic; // the local drive's: what this side ships is its traffic
    const std::weak_ptr<VolumeIo> m_local;            // the drive owns its hooks: no reference cycle
    const std::unique_ptr<OutOfSyncMap> m_map;
    const qint64 m_grainSize;
    FairSharedMutex m_gate; // held shared by a write from beforeWrite to afterWrite
    std::atomic<bool> m_primary {false};
    std::atomic<Mode> m_mode {Mode::Track};
    RangeLock m_ranges;
    mutable std::mutex m_mutex; // route, group, listener
    Route m_route;
    std::shared_ptr<ConsistencyGroup> m_group;
    FailureListener m_listener;
    std::function<void()> m_wake;
    std::atomic<quint64> m_bytesShipped {0};
    /** The steady ms of the image the partner holds while in Track; -1 while current (Ship, Journal); -2 unknown. */
    std::atomic<qint64> m_pointMs {-2};
    std::atomic<Inhibit> m_inhibit {Inhibit::Never};
    std::atomic<bool> m_inhibited {false};
    std::shared_ptr<std::atomic<bool>> m_freeze; // guarded by m_mutex
    std::vector<char> m_shipBuffer;              // shipRecorded() runs on one thread at a time
    std::vector<char> m_verifyLocal;             // verify() runs on one thread at a time (m_verifyMutex)
    std::vector<char> m_verifyRemote;
    std::vector<Wire::GrainDigest> m_localDigests; // over TCP: each side's grain checksums
    std::vector<Wire::GrainDigest> m_remoteDigests;
    std::mutex m_verifyMutex;
    std::mutex m_shipMutex;
};

} // namespace Copyline
