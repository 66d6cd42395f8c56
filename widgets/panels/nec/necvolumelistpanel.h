// SPDX-License-Identifier: GPL-3.0-or-later
// Volume List Display (spec §5.1, seed §1.5.1 Figure 1-8): a server's volume list — menu bar File, View, Operation,
// Help; the server and the "Disk Array Subsystem" filter (ALL); the seed's columns; the "Paired/Linked Logical Disk
// Information List" of the selected row; "VOLUME : N" in the status bar. File > Create/Update Volume List
// (iSMvollist -cr), Operation > Define Control Volume, and Mount / Unmount / Flush of the selected volume.
#pragma once

#include "api/connection.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMenuBar;
class QStatusBar;
class QTreeWidget;

namespace Copyline::NecUi
{

class DefineControlVolumeDialog;
class OperationDialog;

class VolumeListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeListPanel)

public:
    enum Column
    {
        DriveColumn,
        VolumeNameColumn,
        DiskColumn,
        DefinitionColumn,
        LunColumn,
        LdnColumn,
        LdNameColumn,
        ArrayColumn,
        ClassificationColumn,
        ColumnCount
    };

    explicit VolumeListPanel(QWidget* parent = nullptr);
    ~VolumeListPanel() override;

    void setConnection(EngineConnection* connection);
    void setSnapshot(const SnapshotPtr& snapshot);

    QMenuBar* menuBar() const { return m_menuBar; }
    QComboBox* serverCombo() const { return m_server; }
    QComboBox* arrayCombo() const { return m_array; }
    QTreeWidget* volumeList() const { return m_volumes; }
    QTreeWidget* pairedList() const { return m_paired; }
    QLabel* volumeCountLabel() const { return m_count; }
    QStatusBar* statusBar() const { return m_status; }
    QAction* createVolumeListAction() const { return m_createList; }
    QAction* defineControlVolumeAction() const { return m_defineControl; }
    QAction* mountAction() const { return m_mount; }
    QAction* unmountAction() const { return m_umount; }
    QAction* flushAction() const { return m_flush; }
    DefineControlVolumeDialog* defineControlVolumeDialog() const;
    OperationDialog* mountDialog() const;
    QString server() const;
    /** Selects the row of disk @p disk (disk10); false if it is not listed. */
    bool selectDisk(const QString& disk);

private:
    void fillServers();
    void fillVolumes();
    void fillPaired();
    void updateActions();
    void createVolumeList();
    void defineControlVolume();
    void mount();
    void hostCommand(const QString& command, const QString& done);

    EngineConnection* m_connection = nullptr;
    SnapshotPtr m_snapshot;
    QMenuBar* m_menuBar = nullptr;
    QComboBox* m_server = nullptr;
    QComboBox* m_array = nullptr;
    QTreeWidget* m_volumes = nullptr;
    QTreeWidget* m_paired = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_noList = nullptr;
    QStatusBar* m_status = nullptr;
    QAction* m_createList = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_defineControl = nullptr;
    QAction* m_mount = nullptr;
    QAction* m_umount = nullptr;
    QAction* m_flush = nullptr;
    QStringList m_key;
    QPointer<DefineControlVolumeDialog> m_defineDialog;
    QPointer<OperationDialog> m_mountDialog;
};

} // namespace Copyline::NecUi
