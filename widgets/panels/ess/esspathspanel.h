// SPDX-License-Identifier: GPL-3.0-or-later
// The Paths panel of the ESS Copy Services perspective (spec §5.4, seed 001 §5.1.3, §5.3.1).
#pragma once

#include "api/connection.h"
#include "panels/ess/esstaskwizard.h"

#include <QListWidget>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Copyline
{
class FindBar;
}

namespace Copyline::EssUi
{

/** A list whose left and right presses the panel interprets (selection is the panel's, not the list's). */
class ClickList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClickList)

public:
    explicit ClickList(QWidget* parent = nullptr);
    ~ClickList() override;

Q_SIGNALS:
    void itemPressed(QListWidgetItem* item, Qt::MouseButton button);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
};

/**
 * Source selection (ESS and LSS) at the top; three areas: Path Origin (the source ESS's ESCON adapters, "SAIDxxxx",
 * three blue asterisks under an adapter with defined paths), Common Storage Server Targets (the ESSs the selected
 * adapters reach), Logical Storage Server Targets (the LSSs of the chosen target ESS). Left click selects one item,
 * right click adds more; a right click on a highlighted target LSS opens the Task Wizard (Establish Path). Below: the
 * paths of the source LSS, Information Panel (the selected adapter's paths) and Remove Paths.
 */
class PathsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathsPanel)

public:
    explicit PathsPanel(QWidget* parent = nullptr);
    ~PathsPanel() override;

    void setConnection(EngineConnection* connection) { m_connection = connection; }
    void setSnapshot(const SnapshotPtr& snapshot);

    QComboBox* sourceComboBox() const { return m_source; }
    ClickList* adapterList() const { return m_adapters; }
    ClickList* serverList() const { return m_servers; }
    ClickList* lssList() const { return m_lsses; }
    QTreeWidget* pathsTree() const { return m_paths; }
    /** Find over the paths. */
    FindBar* findBar() const { return m_find; }
    ObjectId sourceLss() const;
    bool setSourceLss(ObjectId lssId);
    QStringList selectedAdapters() const { return m_selectedAdapters; }
    ObjectId targetServer() const { return m_targetServer; }
    QList<ObjectId> selectedTargets() const { return m_selectedTargets; }
    TaskWizard* taskWizard() const { return m_wizard; }
    QDialog* informationDialog() const { return m_information; }

public Q_SLOTS:
    void openTaskWizard();
    void openInformation();
    void removePaths();

private:
    void refresh();
    void adapterPressed(QListWidgetItem* item, Qt::MouseButton button);
    void serverPressed(QListWidgetItem* item, Qt::MouseButton button);
    void lssPressed(QListWidgetItem* item, Qt::MouseButton button);

    EngineConnection* m_connection = nullptr;
    SnapshotPtr m_snapshot;
    QComboBox* m_source = nullptr;
    ClickList* m_adapters = nullptr;
    ClickList* m_servers = nullptr;
    ClickList* m_lsses = nullptr;
    QTreeWidget* m_paths = nullptr;
    FindBar* m_find = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_informationButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QStringList m_selectedAdapters;
    ObjectId m_targetServer = 0;
    QList<ObjectId> m_selectedTargets;
    QPointer<TaskWizard> m_wizard;
    QPointer<QDialog> m_information;
};

} // namespace Copyline::EssUi
