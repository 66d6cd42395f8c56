// SPDX-License-Identifier: GPL-3.0-or-later
// The NEC iSM data replication perspective (issue 14, spec §5): what the console shows while a NEC disk array is
// selected — "Replication Management" (the iSM client's Replication Screen) and "Volume List Display" (the servers'
// volume lists, with Define Control Volume).
#pragma once

#include "api/connection.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Copyline::NecUi
{

class ReplicationPanel;
class VolumeListPanel;

class NecPerspective final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NecPerspective)

public:
    enum Panel
    {
        ReplicationManagement,
        VolumeListDisplay,
    };

    explicit NecPerspective(QWidget* parent = nullptr);
    ~NecPerspective() override;

    void setConnection(EngineConnection* connection);
    /** Shows @p snapshot; @p arrayId is the disk array selected in the main window. */
    void setSnapshot(const SnapshotPtr& snapshot, ObjectId arrayId);

    void showPanel(Panel panel);
    Panel currentPanel() const;
    QListWidget* navigation() const { return m_navigation; }
    ReplicationPanel* replicationPanel() const { return m_replication; }
    VolumeListPanel* volumeListPanel() const { return m_volumeList; }

Q_SIGNALS:
    /** "Exit": the console goes back to the storage subsystems of another family. */
    void exitRequested();

private:
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    ReplicationPanel* m_replication = nullptr;
    VolumeListPanel* m_volumeList = nullptr;
};

} // namespace Copyline::NecUi
