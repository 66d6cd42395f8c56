// SPDX-License-Identifier: GPL-3.0-or-later
// The ESS Copy Services Task Wizard (spec §5.2 "Task Wizard", seed 001 §5.2-§5.3).
#pragma once

#include "api/command.h"
#include "api/snapshot.h"

#include <QWizard>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Copyline
{
class EquivalentCommandButton;
}

namespace Copyline::EssUi
{

/** One source/target selection of the Volumes panel (target 0: only a source was chosen; source 0: only a target). */
struct VolumePair
{
    ObjectId source = 0;
    ObjectId target = 0;
    friend bool operator==(const VolumePair&, const VolumePair&) = default;
};

/** The Paths panel's selection: a source LSS, its ESCON adapters (SAIDs) and the target LSSs of one remote ESS. */
struct PathSelection
{
    ObjectId sourceLss = 0;
    QStringList saids;       /**< "0005" */
    QList<ObjectId> targets; /**< LSS (Array) ids of one remote ESS */
};

/**
 * The Task Wizard: Action → options (FlashCopy: three check boxes; PPRC: three copy options and two check boxes;
 * Path: two check boxes) → [Suspend/Terminate: schedule with the source or target storage server] → Define task
 * (Task Name, Task Description; Save, Run, Cancel).
 *
 * The first page offers every action of its context; those the selection does not allow are greyed out with the
 * reason under them (spec §5.2 [SIM]). The wizard builds the requests and never talks to the engine (STYLE item 13):
 * Run emits runRequested() and Save saveRequested(); the caller submits requests() or saveRequests() and answers
 * with showSubmitError() (the message appears on the Define task page, the wizard stays) or submitSucceeded().
 */
class TaskWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskWizard)

public:
    enum PageId
    {
        ActionPageId,
        FlashCopyOptionsPageId,
        PprcOptionsPageId,
        PathOptionsPageId,
        SchedulePageId,
        DefineTaskPageId,
    };

    enum class Action
    {
        EstablishFlashCopy,
        WithdrawFlashCopy,
        EstablishPprc,
        SuspendPprc,
        TerminatePprc,
        EstablishPath,
    };

    /** The wizard of the Volumes panel over the selected pairs. */
    TaskWizard(SnapshotPtr snapshot, QList<VolumePair> pairs, QWidget* parent = nullptr);
    /** The wizard of the Paths panel. */
    TaskWizard(SnapshotPtr snapshot, PathSelection paths, QWidget* parent = nullptr);
    ~TaskWizard() override;

    /** Why @p action is not possible for @p pairs; empty when it is. */
    static QString blocker(Action action, const Configuration& config, const QList<VolumePair>& pairs);
    /** Why a task name cannot be saved (spec §1.9: no blanks, at most 16 characters); empty when it can. */
    static QString taskNameProblem(const QString& name);
    static QString actionText(Action action);

    Action action() const;
    bool isActionEnabled(Action action) const;
    /** The commands Run submits, in order. */
    QList<CommandRequest> requests() const;
    /** The commands Save submits: essSaveTask for each command (several pairs of FlashCopy: one task each, grouped). */
    QList<CommandRequest> saveRequests() const;
    QString taskName() const;
    QString taskDescription() const;
    bool isBusy() const { return m_busy; }
    QString errorText() const;
    /** "Show the Equivalent Command…" on the Define task page: the copylinectl command(s) Run submits (issue 18). */
    EquivalentCommandButton* equivalentCommandButton() const { return m_equivalent; }

    void showSubmitError(const QString& message);
    void submitSucceeded();

Q_SIGNALS:
    void runRequested();
    void saveRequested();

private:
    void build();
    void updateButtons();
    void setBusy(bool busy);
    /** "00012019:00112019" per PPRC pair the selection names. */
    QStringList pprcPairs() const;
    QList<Relationship> flashCopies() const;

    SnapshotPtr m_snapshot;
    QList<VolumePair> m_pairs;
    PathSelection m_paths;
    bool m_pathContext = false;
    bool m_busy = false;

    QButtonGroup* m_actions = nullptr;
    QLabel* m_selectionLabel = nullptr;
    QCheckBox* m_noCopy = nullptr;
    QCheckBox* m_accelerate = nullptr;
    QCheckBox* m_fcPermit = nullptr;
    QRadioButton* m_copyNone = nullptr;
    QRadioButton* m_copyEntire = nullptr;
    QRadioButton* m_copyOutOfSync = nullptr;
    QCheckBox* m_critical = nullptr;
    QCheckBox* m_pprcPermit = nullptr;
    QCheckBox* m_skipExisting = nullptr;
    QCheckBox* m_forceRemoval = nullptr;
    QRadioButton* m_scheduleSource = nullptr;
    QRadioButton* m_scheduleTarget = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_summary = nullptr;
    EquivalentCommandButton* m_equivalent = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Copyline::EssUi
