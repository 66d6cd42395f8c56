// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/commanddialog.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace Copyline
{

/**
 * Create Array: a checkable table of the unassigned drives (enclosure, slot, capacity, type), the RAID level, the
 * resulting capacity live, and the RAID drive-count rule explained when it is violated. Emits succeeded() with
 * data {id, number}.
 */
class CreateArrayDialog final : public CommandDialog
{
    Q_OBJECT

public:
    CreateArrayDialog(EngineConnection* connection,
        ObjectId subsystemId,
        const QList<ObjectId>& preselectedDrives,
        QWidget* parent = nullptr);

    QList<ObjectId> checkedDrives() const;
    RaidLevel raidLevel() const;

protected:
    QString validate() const override;
    CommandRequest request() const override;

private:
    void updateCapacity();

    QTableWidget* m_drives = nullptr;
    QComboBox* m_raid = nullptr;
    QLabel* m_requirement = nullptr;
    QLabel* m_capacity = nullptr;
};

} // namespace Copyline
