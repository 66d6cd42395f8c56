// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/snapshot.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace Copyline
{

/**
 * The Recovery Guru (DS4000 spec §1.11, §5.1): why the storage subsystem Needs Attention. The problems on the left;
 * on the right the Summary (storage subsystem, component, status), the Details (the affected objects) and the
 * Recovery Procedure (the cause and numbered steps). It follows the snapshots, so a problem leaves the list once it
 * is fixed; Recheck reads the engine's newest snapshot at once. With no problem it says so plainly.
 */
class RecoveryGuruDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryGuruDialog)

public:
    explicit RecoveryGuruDialog(QWidget* parent = nullptr);
    ~RecoveryGuruDialog() override;

    /** Shows the problems of @p subsystemId in @p snapshot; the selected problem stays selected while it lasts. */
    void setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId);
    /** Selects the problem with @p key; false (and the selection unchanged) if it is not present. */
    bool selectProblem(const QString& key);
    /** The key of the problem shown on the right; empty when none is. */
    QString currentKey() const;
    /** The keys of the problems listed, in order. */
    QStringList problemKeys() const;

    QListWidget* problemList() const { return m_list; }
    QTextBrowser* procedureView() const { return m_procedure; }
    QTextBrowser* detailsView() const { return m_details; }
    QLabel* noFailuresLabel() const { return m_noFailures; }
    QPushButton* recheckButton() const { return m_recheck; }
    /** The Summary's three values (storage subsystem, component, status). */
    QString summaryText() const;

Q_SIGNALS:
    /** Recheck was clicked: the owner hands over the newest snapshot (setSnapshot). */
    void recheckRequested();

private:
    void rebuild();
    void showCurrent();

    SnapshotPtr m_snapshot;
    ObjectId m_subsystemId = 0;
    QList<RecoveryProblem> m_problems;
    bool m_built = false;
    QListWidget* m_list = nullptr;
    QStackedWidget* m_right = nullptr;
    QLabel* m_noFailures = nullptr;
    QLabel* m_subsystem = nullptr;
    QLabel* m_component = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_details = nullptr;
    QTextBrowser* m_procedure = nullptr;
    QLabel* m_checked = nullptr;
    QPushButton* m_recheck = nullptr;
};

} // namespace Copyline
