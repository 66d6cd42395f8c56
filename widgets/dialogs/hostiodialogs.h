// SPDX-License-Identifier: GPL-3.0-or-later
// Host I/O windows: the simulated host workloads of a storage subsystem, and the host I/O (NBD) server's settings
// with the exports a real NBD client connects to.
#pragma once

#include "api/connection.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTimer;

namespace Copyline
{

class EquivalentCommandButton;
class HostIoSortModel;
class HostWorkloadModel;

/**
 * Host Workloads (Simulation ▸ Host Workloads…): every host of the storage subsystem with its simulated workload,
 * live — state, what it does, the logical drives it sees, reads, writes, refused requests and the last refusal's
 * reason — and the workload settings (read percentage, block size, rate, pattern). Start (or Apply Settings, for a
 * host already running), Pause, Resume and Stop act on the selected hosts (Ctrl+click for several) through the
 * engine's startHostWorkload / pauseHostWorkload / resumeHostWorkload / stopHostWorkload commands; the engine's
 * answer to a refused command appears in red. The simulated hosts do their I/O on the engine's threads.
 *
 * Non-modal; the main window keeps one instance and tells it which subsystem to show.
 */
class HostWorkloadsWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostWorkloadsWindow)

public:
    HostWorkloadsWindow(EngineConnection* connection, ObjectId subsystemId, QWidget* parent = nullptr);
    ~HostWorkloadsWindow() override;

    void setSubsystem(ObjectId subsystemId);
    ObjectId subsystemId() const { return m_subsystemId; }
    /** Makes @p hostId the only selected host (false if it is not shown). */
    bool selectHost(ObjectId hostId);
    /** The selected hosts, in the order shown. */
    QList<ObjectId> selectedHosts() const;

    QTableView* table() const { return m_table; }
    HostWorkloadModel* model() const { return m_model; }
    HostIoSortModel* sortModel() const { return m_sort; }
    QSpinBox* readPercentSpinBox() const { return m_readPercent; }
    QComboBox* blockSizeComboBox() const { return m_blockSize; }
    QSpinBox* rateSpinBox() const { return m_rate; }
    QComboBox* patternComboBox() const { return m_pattern; }
    QPushButton* startButton() const { return m_start; }
    /** "Show the Equivalent Command…": the command(s) Start runs for the selected hosts with these settings. */
    EquivalentCommandButton* equivalentCommandButton() const { return m_equivalent; }
    /** What Start submits now: one startHostWorkload per selected host. */
    QList<CommandRequest> startRequests() const;
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* stopButton() const { return m_stop; }
    /** The engine's message for the last refused command, as shown (empty if none). */
    QString errorText() const;
    /** The details under the table for the current host, as shown. */
    QString detailsText() const;

protected:
    void hideEvent(QHideEvent* event) override;

private:
    enum class Verb
    {
        Start,
        Pause,
        Resume,
        Stop,
    };

    void onSnapshot(const SnapshotPtr& snapshot);
    void onSelectionChanged();
    void updateButtons();
    void updateDetails();
    /** Shows the settings of the first selected host with a workload (the inputs keep theirs otherwise). */
    void loadSettings();
    QList<CommandRequest> requests(Verb verb) const;
    void run(Verb verb);
    void showError(const QString& message);

    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    SnapshotPtr m_snapshot;
    QString m_detailsText;

    QLabel* m_heading = nullptr;
    QTableView* m_table = nullptr;
    HostWorkloadModel* m_model = nullptr;
    HostIoSortModel* m_sort = nullptr;
    QLabel* m_details = nullptr;
    QSpinBox* m_readPercent = nullptr;
    QComboBox* m_blockSize = nullptr;
    QSpinBox* m_rate = nullptr;
    QComboBox* m_pattern = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_stop = nullptr;
    EquivalentCommandButton* m_equivalent = nullptr;
    QLabel* m_error = nullptr;
};

/**
 * Host I/O Server (Simulation ▸ Host I/O Server…): whether the NBD server runs, where it listens and how many
 * clients are connected; its settings (on/off, IPv4 address, port — 0 picks any free port) applied with
 * setHostIoServer; and every export, named as an NBD client types it ("east-db01/lun2"), with its URI
 * (nbd://127.0.0.1:10809/east-db01/lun2) to copy to the clipboard, alone or as an nbdinfo command, and its
 * owner-only URI (nbd+unix:///east-db01/lun2?socket=...), which only the user's own processes can open. An address
 * that is not loopback shows a warning: the LUNs are then open to that network without authentication.
 *
 * Everything shown comes from showHostIoServer, asked again when the mappings or the port change and every few
 * seconds while the window is open (for the connection count). Input the user is typing is never overwritten.
 */
class HostIoServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostIoServerDialog)

public:
    /** @p subsystemId is where the settings change is logged (the storage subsystem the console shows). */
    HostIoServerDialog(EngineConnection* connection, ObjectId subsystemId, QWidget* parent = nullptr);
    ~HostIoServerDialog() override;

    /** Asks the engine for the server's state again. */
    void refresh();

    /** "nbd://127.0.0.1:10809/east-db01/lun2": the export's URI (0.0.0.0 becomes 127.0.0.1; empty for port 0). */
    static QString exportUri(const QString& address, int port, const QString& exportName);

    QCheckBox* enabledCheckBox() const { return m_enabled; }
    QLineEdit* addressLineEdit() const { return m_address; }
    QSpinBox* portSpinBox() const { return m_port; }
    QPushButton* applyButton() const { return m_apply; }
    /** "Show the Equivalent Command…" beside Apply: the set hostIoServer statement of these settings. */
    EquivalentCommandButton* equivalentCommandButton() const { return m_equivalent; }
    /** What Apply submits. */
    CommandRequest applyRequest() const;
    QTableWidget* exportTable() const { return m_exports; }
    QPushButton* copyUriButton() const { return m_copyUri; }
    QPushButton* copyCommandButton() const { return m_copyCommand; }
    /** "Listening on 127.0.0.1:10809 · 1 client connected" as shown. */
    QString statusText() const;
    QString errorText() const;
    /** The warning about a listen address beyond the loopback (empty when there is none). */
    QString warningText() const;
    /** The URI of the selected export (empty if none is selected). */
    QString selectedUri() const;
    /** The last answer of showHostIoServer or setHostIoServer. */
    QJsonObject serverState() const { return m_state; }

Q_SIGNALS:
    /** An answer of the engine has been shown. */
    void refreshed();

private:
    void showState(const QJsonObject& state);
    void updateApply();
    void updateCopyButtons();
    void apply();
    bool inputsDiffer() const;
    void onSnapshot(const SnapshotPtr& snapshot);

    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    QJsonObject m_state;
    SnapshotPtr m_seen; /**< the snapshot of the last refresh, to see whether exports may have changed */
    bool m_busy = false;
    bool m_refreshQueued = false;

    QLabel* m_status = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLineEdit* m_address = nullptr;
    QSpinBox* m_port = nullptr;
    QPushButton* m_apply = nullptr;
    EquivalentCommandButton* m_equivalent = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_warning = nullptr;
    QTableWidget* m_exports = nullptr;
    QLabel* m_example = nullptr;
    QPushButton* m_copyUri = nullptr;
    QPushButton* m_copyCommand = nullptr;
    QTimer* m_poll = nullptr;
};

} // namespace Copyline
