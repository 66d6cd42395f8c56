// SPDX-License-Identifier: GPL-3.0-or-later
// The Define Control Volume screen (spec §5.2, seed §1.5.2-1.5.3): the "Selected Volume List" (control volumes
// already registered on the server) and the "Candidate Volume List" (the server's logical disks that can be
// registered). [Add] moves a candidate up; [Remove] takes back one added in this window (a saved definition is the
// engine's). [OK] asks whether to save the definition information, saves it (necDefineControlVolume for each LD
// added) and shows the termination message; [Cancel] asks whether to cancel the definition. One LD per disk array;
// an RV (or a link volume) is refused with the seed's warning, since it may become Not Ready during operation.
#pragma once

#include "api/connection.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace Copyline::NecUi
{

class DefineControlVolumeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefineControlVolumeDialog)

public:
    DefineControlVolumeDialog(
        EngineConnection* connection, const SnapshotPtr& snapshot, const QString& server, QWidget* parent);
    ~DefineControlVolumeDialog() override;

    /** What OK submits: one necDefineControlVolume per LD picked. */
    QList<CommandRequest> pendingRequests() const;

    QTreeWidget* selectedList() const { return m_selected; }
    QTreeWidget* candidateList() const { return m_candidates; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* okButton() const { return m_ok; }
    QPushButton* cancelButton() const { return m_cancel; }
    /** LD names added in this window, not saved yet. */
    QStringList pending() const { return m_pending; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void fill();
    void addSelected();
    void removeSelected();
    void updateButtons();

    EngineConnection* m_connection;
    SnapshotPtr m_snapshot;
    QString m_server;
    QStringList m_pending;
    QTreeWidget* m_selected = nullptr;
    QTreeWidget* m_candidates = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_busy = false;
};

} // namespace Copyline::NecUi
