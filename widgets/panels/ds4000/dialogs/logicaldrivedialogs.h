// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/commanddialog.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace Copyline
{

/** Capacity in GB or MB as typed → bytes, clamped to @p limit when it only exceeds it by display rounding. */
qint64 capacityFromInput(double value, qint64 unit, qint64 limit);

/**
 * Create Logical Drive: array (with its free capacity), name (≤ 30 characters, unique), capacity with
 * "Use all free capacity", unit GB/MB, preferred owner. Emits succeeded() with data {id, capacity}.
 */
class CreateLogicalDriveDialog final : public CommandDialog
{
    Q_OBJECT

public:
    CreateLogicalDriveDialog(
        EngineConnection* connection, ObjectId subsystemId, ObjectId preferredArrayId, QWidget* parent = nullptr);

    /** The capacity the inputs stand for, in bytes. */
    qint64 requestedCapacity() const;

protected:
    QString validate() const override;
    CommandRequest request() const override;
    void onSnapshotChanged() override;

private:
    void fillArrays(ObjectId select);
    ObjectId selectedArrayId() const;
    qint64 selectedArrayFree() const;
    qint64 unit() const;
    void updateCapacityInput();

    QComboBox* m_array = nullptr;
    QLabel* m_free = nullptr;
    QLineEdit* m_name = nullptr;
    QDoubleSpinBox* m_capacity = nullptr;
    QComboBox* m_unit = nullptr;
    QCheckBox* m_useAll = nullptr;
    QComboBox* m_owner = nullptr;
    qint64 m_lastUnit = 1024 * 1024 * 1024;
};

/** Increase Capacity (dynamic logical drive expansion) with the free capacity of the drive's array (spec §2.2.7). */
class IncreaseCapacityDialog final : public CommandDialog
{
    Q_OBJECT

public:
    IncreaseCapacityDialog(
        EngineConnection* connection, ObjectId subsystemId, ObjectId logicalDriveId, QWidget* parent = nullptr);

protected:
    QString validate() const override;
    CommandRequest request() const override;
    void onSnapshotChanged() override;

private:
    void updateLabels();
    qint64 freeCapacity() const;
    qint64 requested() const;

    ObjectId m_logicalDriveId;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_currentLabel = nullptr;
    QLabel* m_freeLabel = nullptr;
    QDoubleSpinBox* m_add = nullptr;
};

/**
 * Rename for every object with a user label: logical drive, host, host group, storage subsystem. Checks the name
 * rules and uniqueness live.
 */
class RenameDialog final : public CommandDialog
{
    Q_OBJECT

public:
    enum class Target
    {
        LogicalDrive,
        Host,
        HostGroup,
        Subsystem,
    };

    RenameDialog(
        EngineConnection* connection, ObjectId subsystemId, Target target, ObjectId id, QWidget* parent = nullptr);

protected:
    QString validate() const override;
    CommandRequest request() const override;

private:
    QString currentName() const;

    Target m_target;
    ObjectId m_id;
    QLineEdit* m_name = nullptr;
};

} // namespace Copyline
