// SPDX-License-Identifier: GPL-3.0-or-later
// The ESS Copy Services perspective (spec §5.1): what the console shows while an ESS is selected.
#pragma once

#include "api/connection.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Copyline::EssUi
{

class ConfigurationPanel;
class PathsPanel;
class StorageServersPanel;
class TasksPanel;
class VolumesPanel;

/**
 * The main frame of the ESS Copy Services Web Interface (seed Figure 20) as a Qt perspective: the navigation on the
 * left ("Volumes", "Storage Servers", "Paths", "Tasks", "Configuration", "Exit Copy Services"), the chosen panel on
 * the right. Every panel reads the published snapshot and changes the engine only through commands.
 */
class CopyServicesPerspective final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyServicesPerspective)

public:
    enum Panel
    {
        Volumes,
        StorageServers,
        Paths,
        Tasks,
        Configuration,
    };

    explicit CopyServicesPerspective(QWidget* parent = nullptr);
    ~CopyServicesPerspective() override;

    void setConnection(EngineConnection* connection);
    /** Shows @p snapshot; @p server is the ESS selected in the main window. */
    void setSnapshot(const SnapshotPtr& snapshot, ObjectId server);

    void showPanel(Panel panel);
    Panel currentPanel() const;
    QListWidget* navigation() const { return m_navigation; }
    QWidget* panel(Panel panel) const;
    VolumesPanel* volumesPanel() const { return m_volumes; }
    StorageServersPanel* storageServersPanel() const { return m_storageServers; }
    PathsPanel* pathsPanel() const { return m_paths; }
    TasksPanel* tasksPanel() const { return m_tasks; }
    ConfigurationPanel* configurationPanel() const { return m_configuration; }

Q_SIGNALS:
    /** "Exit Copy Services": the console goes back to the storage subsystems it showed before. */
    void exitRequested();

private:
    EngineConnection* m_connection = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    VolumesPanel* m_volumes = nullptr;
    StorageServersPanel* m_storageServers = nullptr;
    PathsPanel* m_paths = nullptr;
    TasksPanel* m_tasks = nullptr;
    ConfigurationPanel* m_configuration = nullptr;
    QList<QWidget*> m_panels;
};

} // namespace Copyline::EssUi
