// SPDX-License-Identifier: GPL-3.0-or-later
// FlashCopy windows besides the wizard: Increase Repository Capacity (spec §2.2.7) and the repository's Capacity
// tab with its editable warning threshold and full policy (spec §2.2.3-2.2.4).
#pragma once

#include "dialogs/commanddialog.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Copyline
{

class EquivalentCommandButton;

/**
 * "Increase Repository Capacity": the repository, its FlashCopy and base, the current capacity, the free capacity
 * of its array, and "Increase Capacity by" prefilled with all of it (or 0). OK asks for a typed "Yes" in a
 * TypeYesDialog, which runs setLogicalDrive {id, addCapacity}; both close when it succeeds.
 */
class IncreaseRepositoryCapacityDialog final : public CommandDialog
{
    Q_OBJECT

public:
    IncreaseRepositoryCapacityDialog(
        EngineConnection* connection, ObjectId subsystemId, ObjectId repositoryId, QWidget* parent = nullptr);

    /** The capacity to add, in bytes, as the input stands. */
    qint64 requestedIncrease() const;

public Q_SLOTS:
    /** OK: the typed-Yes confirmation, which submits the command. */
    void accept() override;

protected:
    QString validate() const override;
    CommandRequest request() const override;
    void onSnapshotChanged() override;

private:
    void updateLabels();
    qint64 freeCapacity() const;

    ObjectId m_repositoryId;
    QLabel* m_repositoryLabel = nullptr;
    QLabel* m_flashCopyLabel = nullptr;
    QLabel* m_baseLabel = nullptr;
    QLabel* m_currentLabel = nullptr;
    QLabel* m_usedLabel = nullptr;
    QLabel* m_freeLabel = nullptr;
    QDoubleSpinBox* m_add = nullptr;
};

/**
 * The Capacity tab of a FlashCopy's or repository's Properties: repository usage as a progress bar (live), and the
 * warning threshold and full policy, editable and applied with setLogicalDrive on the repository. Values the user
 * is editing are not overwritten by new snapshots; Apply is enabled while they differ from the engine's.
 */
class RepositorySettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepositorySettingsWidget)

public:
    RepositorySettingsWidget(
        EngineConnection* connection, ObjectId subsystemId, ObjectId flashCopyId, QWidget* parent = nullptr);
    ~RepositorySettingsWidget() override;

    QProgressBar* usageBar() const { return m_usage; }
    QString errorText() const;
    /** "Show the Equivalent Command…" beside Apply (issue 18). */
    EquivalentCommandButton* equivalentCommandButton() const { return m_equivalent; }
    /** What Apply submits: the repository's threshold and full policy as chosen now. */
    CommandRequest applyRequest() const;

private:
    void refresh();
    void apply();
    void updateApply();
    FlashCopy flashCopy() const;
    RepositoryFullPolicy chosenPolicy() const;

    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    ObjectId m_flashCopyId;
    bool m_edited = false;
    bool m_busy = false;
    quint64 m_appliedRevision = 0;

    QLabel* m_repositoryLabel = nullptr;
    QProgressBar* m_usage = nullptr;
    QLabel* m_usedLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QSpinBox* m_threshold = nullptr;
    QRadioButton* m_failFlashCopy = nullptr;
    QRadioButton* m_failBaseWrites = nullptr;
    QPushButton* m_apply = nullptr;
    EquivalentCommandButton* m_equivalent = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Copyline
