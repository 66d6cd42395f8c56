// SPDX-License-Identifier: GPL-3.0-or-later
// VolumeCopy windows besides the wizard and the Copy Manager (spec §2.3.3-2.3.5, §5.5): the Copy Priority slider,
// Re-Copy (priority and typed "Yes"), Change Copy Priority with its "- Progress" window, and the simulated copy
// bandwidth of the Storage Subsystem Properties.
#pragma once

#include "dialogs/commanddialog.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;

namespace Copyline
{

class EquivalentCommandButton;

/** The 5-stop Copy Priority slider, Lowest … Highest, with the stops named under it (spec §5.4 Figure 21). */
class CopyPrioritySlider final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyPrioritySlider)

public:
    explicit CopyPrioritySlider(QWidget* parent = nullptr);
    ~CopyPrioritySlider() override;

    CopyPriority priority() const;
    void setPriority(CopyPriority priority);
    QSlider* slider() const { return m_slider; }

Q_SIGNALS:
    void priorityChanged(Copyline::CopyPriority priority);

private:
    QSlider* m_slider = nullptr;
    QList<QLabel*> m_stops;
};

/** "Re-Copy" (spec §2.3.5): what happens, the priority, and OK once "Yes" is typed; runs recopyVolumeCopy. */
class ReCopyDialog final : public CommandDialog
{
    Q_OBJECT

public:
    ReCopyDialog(EngineConnection* connection, ObjectId subsystemId, ObjectId pairId, QWidget* parent = nullptr);

    CopyPrioritySlider* prioritySlider() const { return m_priority; }

protected:
    QString validate() const override;
    CommandRequest request() const override;

private:
    ObjectId m_pairId;
    CopyPrioritySlider* m_priority = nullptr;
    QLineEdit* m_confirm = nullptr;
};

/**
 * Runs one command per item, one after the other, and shows how each went: "Change Copy Priority - Progress"
 * (spec §2.3.3). OK is enabled when every command has answered; failures stay listed with the engine's message.
 */
class CommandProgressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandProgressDialog)

public:
    struct Item
    {
        QString label;
        CommandRequest request;
    };

    CommandProgressDialog(EngineConnection* connection,
        ObjectId subsystemId,
        const QString& title,
        const QString& heading,
        QList<Item> items,
        QWidget* parent = nullptr);
    ~CommandProgressDialog() override;

    /** Submits the first command; the rest follow as each one answers. */
    void start();
    bool isFinished() const { return m_next >= m_items.size() && !m_busy; }
    int failures() const { return m_failures; }
    /** The result text of item @p row (tests). */
    QString resultText(int row) const;

Q_SIGNALS:
    void finished();

private:
    void submitNext();

    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    QList<Item> m_items;
    qsizetype m_next = 0;
    bool m_busy = false;
    int m_failures = 0;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_ok = nullptr;
};

/**
 * "Change Copy Priority" (spec §2.3.3): the selected pairs and the slider. OK closes it and opens the
 * "Change Copy Priority - Progress" window, which runs setVolumeCopy {copyPriority} for each pair.
 */
class ChangeCopyPriorityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeCopyPriorityDialog)

public:
    ChangeCopyPriorityDialog(
        EngineConnection* connection, ObjectId subsystemId, const QList<ObjectId>& pairIds, QWidget* parent = nullptr);
    ~ChangeCopyPriorityDialog() override;

    CopyPrioritySlider* prioritySlider() const { return m_priority; }
    /** The progress window opened by OK (nullptr before). */
    CommandProgressDialog* progressDialog() const { return m_progressDialog; }

public Q_SLOTS:
    void accept() override;

private:
    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    QList<ObjectId> m_pairIds;
    QListWidget* m_pairs = nullptr;
    CopyPrioritySlider* m_priority = nullptr;
    CommandProgressDialog* m_progressDialog = nullptr;
};

/**
 * [SIM] The copy bandwidth of a storage subsystem, in the Storage Subsystem Properties: the rate a copy reaches at
 * Highest priority (lower priorities get their share of it), 0 = as fast as the disks go. Lets a user slow copies
 * down to watch them; applied with setStorageSubsystem {copyBandwidth}.
 */
class CopyBandwidthWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyBandwidthWidget)

public:
    CopyBandwidthWidget(EngineConnection* connection, ObjectId subsystemId, QWidget* parent = nullptr);
    ~CopyBandwidthWidget() override;

    QSpinBox* bandwidthSpinBox() const { return m_bandwidth; }
    /** Issue 19: the host write latency bound in ms the copies are held to; 0 = off (fixed rate). */
    QSpinBox* latencyBoundSpinBox() const { return m_latencyBound; }
    QPushButton* applyButton() const { return m_apply; }
    QString errorText() const;
    /** "Show the Equivalent Command…" beside Apply (issue 18). */
    EquivalentCommandButton* equivalentCommandButton() const { return m_equivalent; }
    /** What Apply submits: the settings that differ from the engine's. */
    CommandRequest applyRequest() const;

private:
    void refresh();
    void apply();
    void updateApply();
    qint64 engineBandwidth() const;
    qint64 engineLatencyBound() const;

    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    bool m_busy = false;
    qint64 m_lastEngineBandwidth = 0;
    qint64 m_lastEngineLatencyBound = 0;
    QLabel* m_copies = nullptr;
    QSpinBox* m_bandwidth = nullptr;
    QSpinBox* m_latencyBound = nullptr;
    QPushButton* m_apply = nullptr;
    EquivalentCommandButton* m_equivalent = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Copyline
