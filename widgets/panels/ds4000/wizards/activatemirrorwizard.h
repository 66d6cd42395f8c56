// SPDX-License-Identifier: GPL-3.0-or-later
// The Activate Remote Logical Drive Mirroring wizard (spec §2.4.3, §5.6, conflict C16).
#pragma once

#include "api/command.h"
#include "api/snapshot.h"

#include <QWizard>
#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace Copyline
{

class ActivateMirrorWizard;

/** "Activate Remote Logical Drive Mirroring - Introduction": where the two mirror repositories go. */
class ActivateIntroductionPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ActivateIntroductionPage(ActivateMirrorWizard* wizard);
    bool isComplete() const override;
    int nextId() const override;

    bool useFreeCapacity() const;
    ObjectId arrayId() const { return m_arrayId; }
    QTableWidget* arrayTable() const { return m_arrays; }
    QRadioButton* freeCapacityRadio() const { return m_free; }
    QRadioButton* newArrayRadio() const { return m_new; }
    void refresh();

private:
    ActivateMirrorWizard* m_wizard;
    ObjectId m_arrayId = 0;
    QRadioButton* m_free = nullptr;
    QRadioButton* m_new = nullptr;
    QTableWidget* m_arrays = nullptr;
    QLabel* m_newNote = nullptr;
};

/** "Create New Array": the RAID level and the drives, chosen automatically by capacity or by hand (Apply). */
class ActivateNewArrayPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ActivateNewArrayPage(ActivateMirrorWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

    RaidLevel raidLevel() const;
    bool automatic() const;
    /** The drives of the new array: the automatic choice, or the manual one once applied. */
    QList<ObjectId> drives() const;
    QComboBox* raidComboBox() const { return m_raid; }
    QRadioButton* manualRadio() const { return m_manual; }
    QTableWidget* driveTable() const { return m_table; }
    QPushButton* applyButton() const { return m_apply; }
    QString errorText() const;
    void refresh();

private:
    QList<ObjectId> automaticDrives() const;
    void applyManual();

    ActivateMirrorWizard* m_wizard;
    QComboBox* m_raid = nullptr;
    QRadioButton* m_automatic = nullptr;
    QRadioButton* m_manual = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_chosen = nullptr;
    QLabel* m_error = nullptr;
    QList<ObjectId> m_applied;
};

/** "Preview": the repositories, where they go and what activation reserves; Finish activates. */
class ActivatePreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ActivatePreviewPage(ActivateMirrorWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

    QString summaryText() const;
    QString errorText() const;
    void showError(const QString& message);

private:
    ActivateMirrorWizard* m_wizard;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
};

/**
 * Storage Subsystem ▸ Remote Mirroring ▸ Activate: builds an activateRemoteMirror request and hands it to its caller
 * (STYLE.md item 13). Pages: Introduction ("Use free capacity on existing arrays" with an array's Free Capacity, or
 * "Create a new array using unconfigured capacity") → Create New Array (RAID level 1, 3 or 5; Automatic or Manual
 * drive selection; RAID 1 with an odd drive count is refused on Apply) → Preview → Finish.
 *
 * Contract with the caller: feed every snapshot to setSnapshot(); Finish emits submitRequested(request()); answer with
 * showSubmitError() (shown on the Preview page) or submitSucceeded(), which opens the "Completed" window; its OK
 * closes the wizard (accepted).
 */
class ActivateMirrorWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivateMirrorWizard)

public:
    enum PageId
    {
        IntroductionPageId,
        NewArrayPageId,
        PreviewPageId,
    };

    ActivateMirrorWizard(SnapshotPtr snapshot, ObjectId subsystemId, QWidget* parent = nullptr);
    ~ActivateMirrorWizard() override;

    void setSnapshot(const SnapshotPtr& snapshot);
    const Snapshot& snapshot() const { return *m_snapshot; }
    ObjectId subsystemId() const { return m_subsystemId; }
    Subsystem subsystem() const { return m_snapshot->config.subsystems.value(m_subsystemId); }

    CommandRequest request() const;
    /** "Logical Drive Group 1 (RAID 5)" or "a new RAID 1 array of drives [2,1], [2,2]". */
    QString placeText() const;
    /** Why activation cannot go ahead as chosen ("" when it can). */
    QString problem() const;

    bool isBusy() const { return m_busy; }
    void showSubmitError(const QString& message);
    void submitSucceeded(const CommandResult& result);
    /** The "Completed" window while it is open. */
    QDialog* completedDialog() const { return m_completed; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void submitRequested(const Copyline::CommandRequest& request);
    void snapshotChanged();
    void busyChanged(bool busy);

private:
    ActivateIntroductionPage* introduction() const;
    ActivateNewArrayPage* newArray() const;

    SnapshotPtr m_snapshot;
    ObjectId m_subsystemId;
    bool m_busy = false;
    QString m_submittedPlace;
    QDialog* m_completed = nullptr;
};

} // namespace Copyline
