// SPDX-License-Identifier: GPL-3.0-or-later
// The Storage Servers panel of the ESS Copy Services perspective (spec §5.3, seed 001 §5.1.2).
#pragma once

#include "api/connection.h"
#include "panels/ess/esstaskwizard.h"

#include <QPointer>
#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Copyline::EssUi
{

/**
 * Every ESS of the domain ("physical storage server") with its LSSs ("logical storage servers"), each LSS coloured by
 * the copy roles of its volumes (source, target, mixed, none). Information Panel, Properties (the LSS copy
 * properties: essSetLss), Find (an LSS by serial and number) and Filter ("Filter devices").
 *
 * LSS-level PPRC (seed L2915-2922): a left click on an LSS makes it the source, a right click on another the target,
 * and a second right click on the target opens the Task Wizard with all volumes of the two LSSs paired by volume
 * number (000 with 000, 001 with 001, ...; [SIM] the seed gives no pairing rule).
 */
class StorageServersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageServersPanel)

public:
    explicit StorageServersPanel(QWidget* parent = nullptr);
    ~StorageServersPanel() override;

    void setConnection(EngineConnection* connection) { m_connection = connection; }
    void setSnapshot(const SnapshotPtr& snapshot);

    QTreeWidget* tree() const { return m_tree; }
    /** The LSS (Array id) selected; 0 when an ESS or nothing is. */
    ObjectId selectedLss() const;
    bool selectLss(ObjectId lssId);
    /** Finds "12019:22" (or "2105:12019:22") and selects it; false if there is no such LSS. */
    bool findLss(const QString& address);
    /** Filter devices: only LSSs that contain volumes in a copy relationship. */
    void setCopyOnly(bool on);

    /** "LSS 16, Open Systems, contains 13 volumes, none in FlashCopy or PPRC pairs" (seed L2307). */
    static QString lssInformation(const Configuration& config, ObjectId lssId);
    /** The volume pairs of an LSS-level operation: equal volume numbers of @p sourceLss and @p targetLss. */
    static QList<VolumePair> lssPairs(const Configuration& config, ObjectId sourceLss, ObjectId targetLss);

    ObjectId sourceLss() const { return m_sourceLss; }
    ObjectId targetLss() const { return m_targetLss; }
    /** What a left or right press on LSS @p lssId does (the tree's presses come here). */
    void lssPressed(ObjectId lssId, Qt::MouseButton button);
    TaskWizard* taskWizard() const { return m_wizard; }

    QDialog* propertiesDialog() const { return m_properties; }
    QDialog* findDialog() const { return m_find; }
    QDialog* informationDialog() const { return m_information; }

public Q_SLOTS:
    void openProperties();
    void openInformation();
    void openFind();
    void openFilter();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void updateButtons();

    EngineConnection* m_connection = nullptr;
    SnapshotPtr m_snapshot;
    bool m_copyOnly = false;
    ObjectId m_sourceLss = 0;
    ObjectId m_targetLss = 0;
    QPointer<TaskWizard> m_wizard;
    QLabel* m_status = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_filterLabel = nullptr;
    QPushButton* m_informationButton = nullptr;
    QPushButton* m_propertiesButton = nullptr;
    QPointer<QDialog> m_properties;
    QPointer<QDialog> m_find;
    QPointer<QDialog> m_information;
};

} // namespace Copyline::EssUi
