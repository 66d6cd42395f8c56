// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow and the Recovery Guru (issue 18): one instance, opened from Storage Subsystem ▸ Recovery Guru…, the
// status area's Needs Attention indicator and the Event Log, and fed every snapshot while it is open.
#include "mainwindow.h"

#include "dialogs/recoverygurudialog.h"

namespace Copyline
{

RecoveryGuruDialog* MainWindow::recoveryGuru() const
{
    return m_recoveryGuruDialog.data();
}

void MainWindow::openRecoveryGuru(const QString& problemKey)
{
    if (!m_recoveryGuruDialog) {
        m_recoveryGuruDialog = new RecoveryGuruDialog(this);
        m_recoveryGuruDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_recoveryGuruDialog, &RecoveryGuruDialog::recheckRequested, this, [this]() {
            // The engine publishes a snapshot on every change; Recheck reads its newest one now.
            if (m_connection) {
                onSnapshot(m_connection->snapshot()); // an unchanged snapshot is skipped by the coalescing
            }
            updateRecoveryGuru();
        });
    }
    updateRecoveryGuru();
    if (!problemKey.isEmpty()) {
        m_recoveryGuruDialog->selectProblem(problemKey);
    }
    m_recoveryGuruDialog->show();
    m_recoveryGuruDialog->raise();
    m_recoveryGuruDialog->activateWindow();
}

void MainWindow::updateRecoveryGuru()
{
    if (m_recoveryGuruDialog) {
        m_recoveryGuruDialog->setSnapshot(m_snapshot, m_subsystemId);
    }
}

} // namespace Copyline
