// SPDX-License-Identifier: GPL-3.0-or-later
// The Create FlashCopy Logical Drive wizard (spec §2.2.1, §5.3).
#pragma once

#include "api/command.h"
#include "api/snapshot.h"

#include <QWizard>

namespace Copyline
{

/**
 * Create FlashCopy Logical Drive: builds a createFlashCopy request page by page and hands it to its caller; it never
 * talks to the engine itself (STYLE.md item 13).
 *
 * Pages, in the order of the guide's panel list (spec §5.3, conflict C11):
 *   Introduction → [Advanced] Allocate Capacity → [Unconfigured Capacity] Specify Array Parameters →
 *   Specify Logical Drive Parameters → Specify Names → Specify FlashCopy Repository Logical Drive Capacity → Preview.
 * The Simple path is Introduction → Specify Names → Repository Capacity → Preview, with the repository on the
 * base's array, Automatic mapping, a 50% warning threshold and "Fail FlashCopy logical drive".
 *
 * Contract with the caller:
 *  1. Feed every new snapshot to setSnapshot(); the pages re-check their input against it live.
 *  2. Finish (on Preview, once every page is valid) emits submitRequested(request()). The caller adds the
 *     subsystem and submits it, then answers with showSubmitError() (the engine's message appears on the Preview
 *     page, everything typed is kept, Finish works again) or submitSucceeded() (the wizard closes, accepted).
 *  3. Back/Next never lose input: pages keep their values when left with Back (cleanupPage() does not reset).
 */
class CreateFlashCopyWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateFlashCopyWizard)

public:
    enum PageId
    {
        IntroductionPageId,
        AllocateCapacityPageId,
        ArrayParametersPageId,
        LogicalDriveParametersPageId,
        NamesPageId,
        RepositoryCapacityPageId,
        PreviewPageId,
    };

    /** Where the repository goes (Allocate Capacity page). */
    enum class Location
    {
        SameArray,  /**< free capacity on the base's array */
        OtherArray, /**< free capacity on another array */
        NewArray,   /**< a new array from unconfigured capacity */
    };

    CreateFlashCopyWizard(SnapshotPtr snapshot, ObjectId subsystemId, ObjectId baseId, QWidget* parent = nullptr);
    ~CreateFlashCopyWizard() override;

    void setSnapshot(const SnapshotPtr& snapshot);
    const Snapshot& snapshot() const { return *m_snapshot; }
    ObjectId subsystemId() const { return m_subsystemId; }
    ObjectId baseId() const { return m_baseId; }
    /** The base logical drive as the latest snapshot has it (id 0 once it is gone). */
    LogicalDrive base() const;

    // What the pages describe; on the Simple path the Advanced pages' values are ignored for their defaults.
    bool isSimple() const;
    Location location() const;
    /** The array that receives the repository (0 for a new array). */
    ObjectId repositoryArrayId() const;
    RaidLevel newArrayRaidLevel() const;
    /** The drives of a new array, as "enclosure,slot". */
    QStringList newArrayDrives() const;
    /** Capacity of a new array of @p level on @p drives ("enclosure,slot"); 0 while the RAID rule is not met. */
    qint64 newArrayCapacity(RaidLevel level, const QStringList& drives) const;
    /** Why a new array of @p level on @p drives cannot be made (none chosen, RAID rule, mixed types, taken). */
    QString newArrayProblem(RaidLevel level, const QStringList& drives) const;
    /** Capacity the chosen location offers: the array's free capacity, or the new array's capacity. */
    qint64 locationCapacity() const;
    /** "Free capacity on Logical Drive Group 1 (RAID 5)" / "New RAID 5 array on drives [1,10] [1,11] [1,12]" */
    QString locationText() const;
    bool automaticMapping() const;
    int warningThreshold() const;
    RepositoryFullPolicy fullPolicy() const;
    QString flashCopyName() const;
    QString repositoryName() const;
    int repositoryPercent() const;
    /** The repository capacity the engine will allocate for repositoryPercent(). */
    qint64 repositoryCapacity() const;

    // Live checks against the latest snapshot, in words (empty: fine). The pages show them and use them for
    // isComplete(); Preview runs them all once more before Finish.
    /** Why the base cannot get a FlashCopy at all (feature, kind, state, limits). */
    QString baseProblem() const;
    /** Why the Simple path is unavailable: the base's array lacks 8 MB + 1% of the base. */
    QString simpleProblem() const;
    /** Why the chosen repository location cannot be used (no array chosen, RAID rule, mixed drive types). */
    QString locationProblem() const;
    /** Why the names cannot be used (rules, ≤ 30 characters, in use, equal to each other). */
    QString namesProblem() const;
    /** Why the repository does not fit its location. */
    QString capacityProblem() const;
    /** The first problem of the whole request, in page order. */
    QString problem() const;

    /** Everything on the pages as one createFlashCopy command (without "subsystemId"). */
    CommandRequest request() const;

    bool isBusy() const { return m_busy; }
    /** The engine refused the request: show @p message on the Preview page and let the user change things. */
    void showSubmitError(const QString& message);
    /** The engine created the FlashCopy: the wizard closes (accepted). */
    void submitSucceeded(const CommandResult& result);
    /** The error shown on the Preview page (tests). */
    QString submitErrorText() const;

public Q_SLOTS:
    /** Finish: validates the Preview page and emits submitRequested(); the wizard stays open until answered. */
    void accept() override;

Q_SIGNALS:
    void submitRequested(const Copyline::CommandRequest& request);
    /** A new snapshot arrived (pages refresh their live values). */
    void snapshotChanged();
    /** The busy state changed (Finish and Back are disabled while the engine works). */
    void busyChanged(bool busy);

private:
    SnapshotPtr m_snapshot;
    ObjectId m_subsystemId;
    ObjectId m_baseId;
    bool m_busy = false;
};

} // namespace Copyline
