// SPDX-License-Identifier: GPL-3.0-or-later
// What the SVP screens of the in-controller copy family ("hds", seed 004 Figs. 11A-11G) read: the rows of
// hdsListVolumes and hdsPairDisplay, parsed into small value types, and HdsData, which asks the engine for them
// through the connection whenever the snapshot shows that the controller changed, and twice a second while a copy
// runs and a screen shows it (the pace of the NEC panel). The console never reads the family's records in the
// snapshot: the two commands are the contract (notes/hds-api.md).
//
// Words: in the patent's GUI the source (primary) volume of a pair is the "S-VOL" and the target (secondary) the
// "T-VOL" (L209). The engine's commands say pvol and svol (svol = the secondary). Every screen here uses S-VOL/T-VOL.
#pragma once

#include "api/connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>

class QTimer;

namespace Copyline::HdsUi
{

inline constexpr auto kFamily = "hds";
/** The copy paces of pulldowns 1523, 1553, 1563: tracks per elemental copy. */
inline constexpr int kPaceSlow = 1;
inline constexpr int kPaceMedium = 3;
inline constexpr int kPaceFast = 15;

/** One volume (LU) of hdsListVolumes. */
struct Volume
{
    QString ldev; /**< "00:1A" */
    int cu = 0;
    QString port; /**< "CL1-A" */
    int tid = 0;
    int lun = 0;
    QString emulation;
    qint64 capacity = 0;
    bool reserved = false;
    int pairs = 0;
    QString status; /**< "normal", "copying" */
    QString role;   /**< "P-VOL", "T-VOL" or "" */

    static Volume fromJson(const QJsonObject& o);
    /** "0:3": TID:LUN as the list shows it. */
    QString tidLun() const;
    /** CU × 256 + LDEV, the order of "lowest to highest LDEV ID" (L217); -1 when the text is not a CU:LDEV. */
    int number() const;
};

/** The "Define status" area 1508. */
struct DefineStatus
{
    int volumes = 0;
    int reserved = 0;
    int maxReserved = 0;
    int pairs = 0;
    int maxPairs = 0;

    static DefineStatus fromJson(const QJsonObject& o);
};

/** One pair of hdsPairDisplay. pvol is the S-VOL (source), svol the T-VOL (target). */
struct Pair
{
    int pairNumber = 0;
    QString pvol;
    QString svol;
    int status = 801;
    QString statusText; /**< "paired and not copied", ... */
    QString guiStatus;  /**< "pending", "duplex", "SP-Pending", "split", "re-sync", "suspend" */
    int pace = kPaceFast;
    qint64 copyPointer = 0;
    qint64 maxAddress = 0;
    qint64 tracksCopied = 0;
    qint64 tracksCopiedBeforeWrite = 0;
    qint64 unequalTracks = 0;
    QString t0;
    double percent = 0;

    static Pair fromJson(const QJsonObject& o);
    /** "00:10-00:20": the key of a pair within its controller. */
    QString key() const { return pvol + u'-' + svol; }
    /** A copy runs: the pair's tracks move (803, the initial copy, or the sweep after a re-sync). */
    bool copying() const;
};

/** "CU:LDEV" numbers for sorting; -1 when @p ldev is not one. */
int ldevNumber(const QString& ldev);
/** The GUI statuses of the pair-status filter 1507, in its order (simplex first). */
QStringList guiStatuses();

/** The seed's words, translated (context "Copyline::HdsUi::HdsTexts"). */
class HdsTexts
{
    Q_DECLARE_TR_FUNCTIONS(Copyline::HdsUi::HdsTexts)

public:
    /** "simplex", "pending", ... as the filter and the lists show them. */
    static QString guiStatus(const QString& status);
    /** "Slow (1 track)", "Medium (3 tracks)", "Fast (15 tracks)". */
    static QString pace(int tracks);
    /** "Slow (1)", "Medium (3)", "Fast (15)": the pace in a narrow column (the tooltip has the long form). */
    static QString paceShort(int tracks);
    /** "Normal", "Copying" (the volume status of 1504). */
    static QString volumeStatus(const QString& status);
    static QString capacity(qint64 bytes);
    /** "1234 / 5000 (24.7 %)": copy pointer / max address. */
    static QString progress(const Pair& pair);
    /** What "S-VOL" and "T-VOL" mean in this GUI (the tooltip of every S-VOL / T-VOL header). */
    static QString svolTip();
    static QString tvolTip();
};

/**
 * The volumes and pairs of one controller, fetched with hdsListVolumes and hdsPairDisplay. Lives on the GUI thread;
 * every query is one command through the connection (never more than one of a kind in flight).
 */
class HdsData final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HdsData)

public:
    explicit HdsData(QObject* parent = nullptr);
    ~HdsData() override;

    void setConnection(EngineConnection* connection);
    EngineConnection* connection() const { return m_connection; }
    /** @p subsystemId is the controller shown; a new snapshot asks again when the controller's records changed. */
    void setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId);
    /** Whether someone shows the data now: only then does it poll while a copy runs. */
    void setWatched(QObject* watcher, bool watched);

    /** The controller's serial ("64015"), the subsystem argument of every hds command. */
    QString serial() const { return m_serial; }
    ObjectId subsystemId() const { return m_subsystemId; }
    SnapshotPtr snapshot() const { return m_snapshot; }
    const QList<Volume>& volumes() const { return m_volumes; }
    const QList<Pair>& pairs() const { return m_pairs; }
    const DefineStatus& define() const { return m_define; }
    /** The volume @p ldev, nullptr if none. */
    const Volume* volume(const QString& ldev) const;
    const Pair* pair(const QString& pvol, const QString& svol) const;
    /** When the pairs were last acquired. */
    QDateTime acquired() const { return m_acquired; }
    /** The last refusal of a query (empty when both answered). */
    QString lastError() const { return m_lastError; }
    bool loaded() const { return m_volumesLoaded && m_pairsLoaded; }

    /** Asks for the volumes and the pairs now. */
    void refresh();
    /** Asks for the pairs now (what moves while a copy runs). */
    void refreshPairs();

Q_SIGNALS:
    void changed();

private:
    void requestVolumes();
    void requestPairs();
    void updatePolling();

    EngineConnection* m_connection = nullptr;
    SnapshotPtr m_snapshot;
    ObjectId m_subsystemId = 0;
    QString m_serial;
    QString m_configKey;
    QList<Volume> m_volumes;
    QList<Pair> m_pairs;
    DefineStatus m_define;
    QDateTime m_acquired;
    QString m_lastError;
    QList<QObject*> m_watchers;
    QTimer* m_poll = nullptr;
    bool m_volumesBusy = false;
    bool m_volumesAgain = false;
    bool m_pairsBusy = false;
    bool m_pairsAgain = false;
    bool m_volumesLoaded = false;
    bool m_pairsLoaded = false;
    quint64 m_generation = 0; /**< answers for an earlier connection or controller are dropped */
};

} // namespace Copyline::HdsUi
