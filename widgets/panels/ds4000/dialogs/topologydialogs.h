// SPDX-License-Identifier: GPL-3.0-or-later
// Dialogs of the Mappings menu: Define Host Group / Host / Host Port, Define Additional Mapping.
#pragma once

#include "dialogs/commanddialog.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Copyline
{

class DefineHostGroupDialog final : public CommandDialog
{
    Q_OBJECT

public:
    DefineHostGroupDialog(EngineConnection* connection, ObjectId subsystemId, QWidget* parent = nullptr);

protected:
    QString validate() const override;
    CommandRequest request() const override;

private:
    QLineEdit* m_name = nullptr;
};

class DefineHostDialog final : public CommandDialog
{
    Q_OBJECT

public:
    /** @p hostGroupId preselects the group (0 = Default Host Group). */
    DefineHostDialog(
        EngineConnection* connection, ObjectId subsystemId, ObjectId hostGroupId, QWidget* parent = nullptr);

    /** The host types offered, as the DS4000 names them. */
    static QStringList hostTypes();

protected:
    QString validate() const override;
    CommandRequest request() const override;

private:
    QLineEdit* m_name = nullptr;
    QComboBox* m_hostType = nullptr;
    QComboBox* m_group = nullptr;
};

class DefineHostPortDialog final : public CommandDialog
{
    Q_OBJECT

public:
    DefineHostPortDialog(
        EngineConnection* connection, ObjectId subsystemId, ObjectId hostId, QWidget* parent = nullptr);

protected:
    QString validate() const override;
    CommandRequest request() const override;

private:
    QComboBox* m_host = nullptr;
    QLineEdit* m_identifier = nullptr;
    QLineEdit* m_label = nullptr;
};

/**
 * Define Additional Mapping: a host, host group or the Default Host Group, a LUN (default: the lowest free one
 * of that partition) and one of the unmapped logical drives.
 */
class DefineMappingDialog final : public CommandDialog
{
    Q_OBJECT

public:
    /** @p targetId preselects a host or group (0 = Default Host Group); @p logicalDriveId preselects a drive. */
    DefineMappingDialog(EngineConnection* connection,
        ObjectId subsystemId,
        ObjectId targetId,
        ObjectId logicalDriveId,
        QWidget* parent = nullptr);

protected:
    QString validate() const override;
    CommandRequest request() const override;
    void onSnapshotChanged() override;

private:
    void fillDrives(ObjectId select);
    ObjectId targetId() const;
    ObjectId selectedDrive() const;

    QComboBox* m_target = nullptr;
    QSpinBox* m_lun = nullptr;
    QListWidget* m_drives = nullptr;
};

} // namespace Copyline
