// SPDX-License-Identifier: GPL-3.0-or-later
// The Replication Management's operation windows (spec §2.1-2.4, §2.13): Pair setting, Unpair, Replicate, Separate,
// Restore and the RV access restriction change, each with the options of its iSMrc_* command. Each window builds one
// engine command; OK submits it, a refusal shows the engine's message (with the seed's iSM message id where there is
// one) in a message box and the window stays open with what was chosen.
#pragma once

#include "api/connection.h"

#include <QDialog>

#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace Copyline
{
class EquivalentCommandButton;
}

namespace Copyline::NecUi
{

class OperationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationDialog)

public:
    OperationDialog(EngineConnection* connection, const QString& title, const QString& objectName, QWidget* parent);
    ~OperationDialog() override;

    QFormLayout* form() const { return m_form; }
    QPushButton* okButton() const { return m_ok; }
    /** "Show the Equivalent Command…": the command that does what OK does (issue 18). */
    EquivalentCommandButton* equivalentCommandButton() const { return m_equivalent; }
    /** A line above the form: what the operation does to which pair. */
    void setIntro(const QString& text);
    void setRequest(std::function<CommandRequest()> request) { m_request = std::move(request); }
    /** While @p validator returns a reason, OK stays disabled and the reason shows under the form. */
    void setValidator(std::function<QString()> validator);
    void revalidate();
    QString hintText() const;

public Q_SLOTS:
    void accept() override;

private:
    EngineConnection* m_connection;
    QLabel* m_intro = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_ok = nullptr;
    EquivalentCommandButton* m_equivalent = nullptr;
    bool m_busy = false;
    std::function<CommandRequest()> m_request;
    std::function<QString()> m_validator;
};

/**
 * Submits @p requests one after another, each once the previous one succeeded; @p done gets an empty text when all
 * succeeded, else the engine's message of the first refusal. Nothing is called back once @p context is gone.
 */
void submitInOrder(EngineConnection* connection,
    QList<CommandRequest> requests,
    QObject* context,
    std::function<void(const QString& error)> done);

/** Pair setting (bind an MV and an RV of @p arrayId), @p mvPreset preselected if not empty. */
OperationDialog* pairSettingDialog(EngineConnection* connection,
    const SnapshotPtr& snapshot,
    ObjectId arrayId,
    const QString& mvPreset,
    QWidget* parent);
OperationDialog* unpairDialog(
    EngineConnection* connection, const Relationship& pair, const Configuration& config, QWidget* parent);
OperationDialog* replicateDialog(
    EngineConnection* connection, const Relationship& pair, const Configuration& config, QWidget* parent);
OperationDialog* separateDialog(
    EngineConnection* connection, const Relationship& pair, const Configuration& config, QWidget* parent);
OperationDialog* restoreDialog(
    EngineConnection* connection, const Relationship& pair, const Configuration& config, QWidget* parent);
OperationDialog* rvAccessDialog(
    EngineConnection* connection, const Relationship& pair, const Configuration& config, QWidget* parent);

/** Cable this disk array's Replication Director to another disk array (necConnectDiskArrays). */
OperationDialog* connectDiskArraysDialog(
    EngineConnection* connection, const SnapshotPtr& snapshot, ObjectId arrayId, QWidget* parent);
/** A link's path state (simulated faults), bandwidth and round trip (necSetLink). */
OperationDialog* linkSettingsDialog(EngineConnection* connection,
    const MirrorLink& link,
    const Configuration& config,
    ObjectId arrayId,
    QWidget* parent);
/** Remove a link no RemoteDataReplication pair uses (necDisconnectDiskArrays). */
OperationDialog* disconnectDiskArraysDialog(EngineConnection* connection,
    const MirrorLink& link,
    const Configuration& config,
    ObjectId arrayId,
    QWidget* parent);

} // namespace Copyline::NecUi
