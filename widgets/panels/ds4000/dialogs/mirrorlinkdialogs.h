// SPDX-License-Identifier: GPL-3.0-or-later
// The remote mirror link as the console shows it: the Communication Test of a mirrored pair (spec §2.4.15,
// conflict C20) and the simulated link itself (Simulation ▸ Remote Mirror Link…), where paths go up, down or flap
// and bandwidth and round trip change, to rehearse link failures.
#pragma once

#include "api/connection.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace Copyline
{

/**
 * "Communication Test" (spec §2.4.15): runs diagnoseRemoteMirror for a primary or secondary when opened and shows
 * the status — Passed, Passed with Caution (round trip above 75% of the maximum allowed, conflict C20) or Failed
 * with the reason — and the "Test data round trip time", "Maximum allowed round trip time" and "Average round trip
 * time". A failed test goes on in the background after the window closes, until communication is restored.
 */
class CommunicationTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommunicationTestDialog)

public:
    CommunicationTestDialog(
        EngineConnection* connection, ObjectId subsystemId, ObjectId logicalDriveId, QWidget* parent = nullptr);
    ~CommunicationTestDialog() override;

    /** Runs the test (again). */
    void runTest();
    bool isRunning() const { return m_running; }
    /** "Passed", "Passed with Caution", "Failed" once the test has answered, "" before. */
    QString status() const { return m_status; }
    /** The value shown for @p label (tests). */
    QString value(const QString& label) const;
    QString reasonText() const;

Q_SIGNALS:
    void finished();

private:
    void show(const CommandResult& result);

    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    ObjectId m_ldId;
    QString m_name;
    bool m_running = false;
    QString m_status;
    QLabel* m_icon = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_reason = nullptr;
    QHash<QString, QLabel*> m_values;
    QPushButton* m_again = nullptr;
};

/**
 * Simulation ▸ Remote Mirror Link… [SIM]: one group per link between two storage subsystems with its path A and path
 * B (controller A talks only to A, B to B) Up, Down or Flapping, its bandwidth, round trip, maximum allowed round
 * trip and flap period; Apply runs setRemoteMirrorLink. While open it shows each path's live state and the bytes sent
 * (showRemoteMirrorLinks, polled once a second). Non-modal; fields the user has not edited follow the engine.
 */
class RemoteMirrorLinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteMirrorLinkDialog)

public:
    explicit RemoteMirrorLinkDialog(EngineConnection* connection, QWidget* parent = nullptr);
    ~RemoteMirrorLinkDialog() override;

    /** The editors of the link between the two named subsystems (tests); nullptr if there is no such link. */
    QComboBox* pathCombo(ObjectId linkId, const QString& controller) const;
    QComboBox* transportCombo(ObjectId linkId) const;
    QSpinBox* bandwidthSpinBox(ObjectId linkId) const;
    QDoubleSpinBox* roundTripSpinBox(ObjectId linkId) const;
    QSpinBox* maxRoundTripSpinBox(ObjectId linkId) const;
    QSpinBox* flapPeriodSpinBox(ObjectId linkId) const;
    QLabel* liveLabel(ObjectId linkId, const QString& controller) const;
    QLabel* bytesSentLabel(ObjectId linkId) const;
    QPushButton* applyButton() const { return m_apply; }
    QString errorText() const;
    bool isBusy() const { return m_pending > 0; }
    QList<ObjectId> linkIds() const { return m_links.keys(); }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct Editors
    {
        QGroupBox* box = nullptr;
        QComboBox* pathA = nullptr;
        QComboBox* pathB = nullptr;
        QSpinBox* bandwidth = nullptr;
        QDoubleSpinBox* roundTrip = nullptr;
        QSpinBox* maxRoundTrip = nullptr;
        QSpinBox* flapPeriod = nullptr;
        QComboBox* transport = nullptr;
        QLabel* liveA = nullptr;
        QLabel* liveB = nullptr;
        QLabel* bytesSent = nullptr;
        MirrorLink engine; /**< the engine's values last shown: edited fields no longer follow them */
    };

    void rebuild();
    void onSnapshot();
    void follow(Editors& e, const MirrorLink& link, bool force);
    MirrorLink edited(const Editors& e, const MirrorLink& base) const;
    void updateApply();
    void apply();
    void poll();

    EngineConnection* m_connection;
    QMap<ObjectId, Editors> m_links;
    QWidget* m_body = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_apply = nullptr;
    QTimer* m_poll = nullptr;
    bool m_polling = false;
    int m_pending = 0;
};

} // namespace Copyline
