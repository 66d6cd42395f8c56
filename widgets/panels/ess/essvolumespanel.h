// SPDX-License-Identifier: GPL-3.0-or-later
// The Volumes panel of the ESS Copy Services perspective (spec §5.2, seed 001 §5.1.1, §5.2).
#pragma once

#include "api/connection.h"
#include "panels/ess/esstaskwizard.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDialog;
class QFormLayout;
class QLabel;
class QPushButton;

namespace Copyline::EssUi
{

class VolumeView;

/**
 * Source area (left) and target area (right), each showing the volumes of the LSS chosen in its drop-down
 * ("2105:serial:LSS"; one LSS is never shown in both). Left click selects the source, right click the target; a
 * second right click on the selected target (or a right click on a volume of the selected source's pair) opens the
 * Task Wizard. In multiple selection mode pairs are collected one after another (the drop-downs are disabled) and a
 * right click on the last target opens the wizard for all of them. Information Panel, Find and Filter at the bottom.
 */
class VolumesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumesPanel)

public:
    /** Which volumes the Filter volumes window lets through (by copy role). */
    struct Filter
    {
        bool simplex = true;
        bool source = true;
        bool target = true;
        bool isActive() const { return !(simplex && source && target); }
    };

    explicit VolumesPanel(QWidget* parent = nullptr);
    ~VolumesPanel() override;

    void setConnection(EngineConnection* connection);
    /** Shows @p snapshot; the source area starts on the first LSS of @p server (and moves there when it changes). */
    void setSnapshot(const SnapshotPtr& snapshot, ObjectId server);

    VolumeView* sourceView() const { return m_sourceView; }
    VolumeView* targetView() const { return m_targetView; }
    QComboBox* sourceLssComboBox() const { return m_sourceLss; }
    QComboBox* targetLssComboBox() const { return m_targetLss; }
    ObjectId sourceLss() const;
    ObjectId targetLss() const;
    /** Shows LSS @p lssId in the source (or target) area; false if it is not an LSS of the domain. */
    bool showLss(ObjectId lssId, bool target);

    bool isMultipleSelection() const { return m_multiple; }
    void setMultipleSelection(bool on);
    /** The pairs the selection stands for (single mode: at most one). */
    QList<VolumePair> selection() const;
    /** The volume last clicked (the Information Panel's volume); 0 if none. */
    ObjectId currentVolume() const { return m_current; }
    /** Locates volume @p id (8 characters) in its LSS, shown in an area, and marks it; false if there is none. */
    bool findVolume(const QString& id);
    void setFilter(const Filter& filter);
    Filter filter() const { return m_filter; }

    TaskWizard* taskWizard() const { return m_wizard; }
    QDialog* informationDialog() const { return m_information; }
    QDialog* findDialog() const { return m_find; }
    QDialog* filterDialog() const { return m_filterDialog; }

    /** What a click on volume @p id with @p button does (the views' clicks come here). */
    void volumeClicked(ObjectId id, Qt::MouseButton button);

public Q_SLOTS:
    void openTaskWizard();
    void openInformation();
    void openFind();
    void openFilter();

private:
    void rebuildLssChoices();
    void refresh();
    void fillView(VolumeView* view, ObjectId lssId);
    void updateStatus();
    void refreshInformation();
    void clearSelection();

    EngineConnection* m_connection = nullptr;
    SnapshotPtr m_snapshot;
    ObjectId m_server = 0;

    QComboBox* m_sourceLss = nullptr;
    QComboBox* m_targetLss = nullptr;
    VolumeView* m_sourceView = nullptr;
    VolumeView* m_targetView = nullptr;
    QLabel* m_sourceCount = nullptr;
    QLabel* m_targetCount = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_filterLabel = nullptr;
    QPushButton* m_informationButton = nullptr;
    QPushButton* m_findButton = nullptr;
    QPushButton* m_filterButton = nullptr;
    QPushButton* m_multipleButton = nullptr;

    bool m_multiple = false;
    ObjectId m_source = 0;
    ObjectId m_target = 0;
    QList<VolumePair> m_pairs;    /**< multiple selection mode: the complete pairs */
    ObjectId m_pendingSource = 0; /**< multiple selection mode: a source waiting for its target */
    ObjectId m_current = 0;
    ObjectId m_found = 0;
    Filter m_filter;

    QPointer<TaskWizard> m_wizard;
    QPointer<QDialog> m_information;
    QFormLayout* m_informationForm = nullptr;
    QPointer<QDialog> m_find;
    QPointer<QDialog> m_filterDialog;
};

} // namespace Copyline::EssUi
