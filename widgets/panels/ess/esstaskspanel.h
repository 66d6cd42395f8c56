// SPDX-License-Identifier: GPL-3.0-or-later
// The Tasks panel of the ESS Copy Services perspective (spec §5.5, seed 001 §5.1.4).
#pragma once

#include "api/connection.h"

#include <QPointer>
#include <QWidget>

class QDialog;
class QPushButton;
class QTreeWidget;

namespace Copyline::EssUi
{

/**
 * The saved tasks with name, description and the last status of execution; a group shows its members under it.
 * Shift/Ctrl-click selects several. Run, Properties (Replace / New / Delete; a grouped task must be ungrouped first),
 * Group (asks for the group's name), Ungroup, Remove, Information at the lower right.
 */
class TasksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksPanel)

public:
    explicit TasksPanel(QWidget* parent = nullptr);
    ~TasksPanel() override;

    void setConnection(EngineConnection* connection) { m_connection = connection; }
    void setSnapshot(const SnapshotPtr& snapshot);

    QTreeWidget* tree() const { return m_tree; }
    /** The names of the selected tasks, in list order. */
    QStringList selectedNames() const;
    /** Selects exactly the tasks named @p names; false if one is not listed. */
    bool selectNames(const QStringList& names);
    QDialog* dialog() const { return m_dialog; }

    /** "essEstablishFlashCopy (source 00012019, target 00112019)" in the words of the Task Wizard. */
    static QString actionText(const SavedTask& task);
    static QString statusText(const SavedTask& task);

public Q_SLOTS:
    /** Whether running @p task (a group: any member) overwrites volumes: a FlashCopy, or a PPRC pair that copies. */
    bool overwritesVolumes(const SavedTask& task) const;
    void runSelected();
    void openProperties();
    void groupSelected();
    void ungroupSelected();
    void removeSelected();
    void openInformation();

private:
    void rebuild();
    void updateButtons();
    QList<SavedTask> selectedTasks() const;
    SavedTask taskNamed(const QString& name) const;

    EngineConnection* m_connection = nullptr;
    SnapshotPtr m_snapshot;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_properties = nullptr;
    QPushButton* m_group = nullptr;
    QPushButton* m_ungroup = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_information = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace Copyline::EssUi
