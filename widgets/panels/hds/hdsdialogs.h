// SPDX-License-Identifier: GPL-3.0-or-later
// The panels the buttons of screen 1500 open (seed 004 Figs. 11C-11G, L211-233; spec §3.14): Add Pair 1520,
// Status & History 1531, Split 1550, Re-sync 1561, Delete 1571, plus Suspend (button 1509) and Attribute (1516,
// set / reset the reserve attribute). Each one works on a list of pairs or volumes and submits one engine command
// per entry, one after another; each entry's row shows what the engine answered, a refusal in red with the engine's
// message, so that a partly failed batch says which pairs failed and why. Live rows follow HdsData.
#pragma once

#include "panels/hds/hdsdata.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Copyline
{
class EquivalentCommandButton;
}

namespace Copyline::HdsUi
{

/** A pace pulldown (1523, 1553, 1563): Slow 1 / Medium 3 / Fast 15 tracks, the track count as item data. */
QComboBox* paceCombo(QWidget* parent, int current = kPaceFast);

/**
 * Submits @p requests one after another (each after the previous one answered, whatever it answered); @p each gets
 * every result with its index, @p done runs after the last. Nothing is called once @p context is gone.
 */
void submitEach(EngineConnection* connection,
    QList<CommandRequest> requests,
    QObject* context,
    std::function<void(int index, const CommandResult& result)> each,
    std::function<void()> done,
    int offset = 0);

/** Fig. 11C: Add Pair panel 1520. */
class AddPairDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddPairDialog)

public:
    /** What Add submits now: one hdsPairCreate per row not yet added (chosen T-VOLs first); @p rows: their rows. */
    QList<CommandRequest> pendingRequests(QList<int>* rows = nullptr) const;
    /** "Show the Equivalent Command…" beside Add (issue 18). */
    EquivalentCommandButton* equivalentCommandButton() const { return m_equivalent; }
    enum ListColumn
    {
        SVolColumn, /**< "CL1-A 0:1 00:10" */
        TVolColumn, /**< "CL1-B 0:5 00:20" or "Auto (00:20)" */
        CapacityColumn,
        PaceColumn,
        ResultColumn,
        ListColumnCount
    };
    enum VolumeColumn
    {
        PortColumn,
        TidLunColumn,
        LdevColumn, /**< Qt::UserRole holds the CU:LDEV */
        StatusColumn,
        EmulationColumn,
        VolCapacityColumn,
        PairsColumn,
        VolumeColumnCount
    };

    /** @p svols: the S-VOLs chosen on screen 1500; each starts in the list with an Auto T-VOL. */
    AddPairDialog(HdsData* data, const QStringList& svols, QWidget* parent = nullptr);
    ~AddPairDialog() override;

    QTreeWidget* svolList() const { return m_svols; }
    QTreeWidget* tvolList() const { return m_tvols; }
    QTreeWidget* pairList() const { return m_list; }
    QComboBox* pace() const { return m_pace; }
    QRadioButton* autoRadio() const { return m_auto; }
    QRadioButton* selectRadio() const { return m_select; }
    QComboBox* portCombo() const { return m_port; }
    QCheckBox* reserveCheck() const { return m_reserveOnly; }
    /** Initial copy on create (spec §3.3 step 4, default on): off leaves the pairs duplex until a Split. */
    QCheckBox* initialCopyCheck() const { return m_initialCopy; }
    QPushButton* changeButton() const { return m_change; }
    QPushButton* setButton() const { return m_set; }
    QPushButton* omitButton() const { return m_omit; }
    QPushButton* undoButton() const { return m_undoButton; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* exitButton() const { return m_exit; }
    QLabel* detailLabel() const { return m_detail; }
    /** Selects @p ldev in the S-VOL list (1521) / the T-VOL list (1524); false if it is not offered. */
    bool chooseSVol(const QString& ldev);
    bool chooseTVol(const QString& ldev);
    /** The list's entries as "S>T" ("00:10>auto" for Auto), in order. */
    QStringList entries() const;
    /** The result text of entry @p row. */
    QString result(int row) const;
    bool busy() const { return m_busy; }

private:
    struct Entry
    {
        QString svol;
        QString tvol; /**< empty: Auto */
        int pace = kPaceFast;
        QString result;
        bool done = false;
        bool failed = false;
    };

    void fillVolumes();
    void fillList();
    void updateButtons();
    void updateDetail();
    /** The T-VOL chosen in 1524: the selected volume under Select, "" under Auto; std::nullopt when none is. */
    std::optional<QString> chosenTVol() const;
    QString currentSVol() const;
    /** What Auto would take for @p svol: the lowest reserved, unpaired LDEV large enough and not in the list. */
    QString autoPreview(int row) const;
    QString volumeText(const QString& ldev) const;
    void changeEntry();
    void setEntry();
    void omitEntries();
    void undo();
    void submit();

    HdsData* m_data;
    QList<Entry> m_entries;
    QList<QList<Entry>> m_undo;
    QTreeWidget* m_svols = nullptr;
    QTreeWidget* m_tvols = nullptr;
    QTreeWidget* m_list = nullptr;
    QComboBox* m_pace = nullptr;
    QRadioButton* m_auto = nullptr;
    QRadioButton* m_select = nullptr;
    QComboBox* m_port = nullptr;
    QCheckBox* m_reserveOnly = nullptr;
    QCheckBox* m_initialCopy = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_set = nullptr;
    QPushButton* m_omit = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_exit = nullptr;
    EquivalentCommandButton* m_equivalent = nullptr;
    bool m_busy = false;
};

/** Figs. 11E, 11F, 11G and Suspend Pair: a list of pairs, a pace where the command takes one, the command, Exit. */
class PairOperationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairOperationDialog)

public:
    /** What Run (Resume: @p resume) submits for the pairs listed. */
    QList<CommandRequest> operationRequests(bool resume) const;
    /** "Show the Equivalent Command…" beside Exit: what Run submits (issue 18). */
    EquivalentCommandButton* equivalentCommandButton() const { return m_equivalent; }
    enum class Operation
    {
        Split,   /**< 1550: the copy command 213 (hdsPairSplit) */
        Resync,  /**< 1561: re-synchronize 214 (hdsPairResync) */
        Delete,  /**< 1571: delete pair 212 (hdsPairDelete), after a confirmation */
        Suspend, /**< 1509: hdsPairSuspend, and Resume */
        Verify,  /**< Copyline's extension: hdsPairVerify, and Verify and Repair */
    };
    enum Column
    {
        SVolColumn,
        TVolColumn,
        StatusColumn,
        PaceColumn,
        ProgressColumn,
        ResultColumn,
        ColumnCount
    };

    PairOperationDialog(HdsData* data, Operation operation, const QList<Pair>& pairs, QWidget* parent = nullptr);
    ~PairOperationDialog() override;

    Operation operation() const { return m_operation; }
    QTreeWidget* pairList() const { return m_list; }
    /** The pace pulldown, nullptr for Delete and Suspend. */
    QComboBox* pace() const { return m_pace; }
    QPushButton* runButton() const { return m_run; }
    /** Suspend's Resume, Verify's Verify and Repair: the dialog's second way to run. */
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* omitButton() const { return m_omit; }
    QPushButton* exitButton() const { return m_exit; }
    /** The result text of the pair @p pvol - @p svol, empty before a run. */
    QString result(const QString& pvol, const QString& svol) const;
    bool busy() const { return m_busy; }

private:
    static QString verifyResult(const CommandResult& result);
    void fillList();
    void updateButtons();
    void run(bool resume);

    HdsData* m_data;
    Operation m_operation;
    QStringList m_keys;
    QHash<QString, QString> m_results;
    QSet<QString> m_failed;
    QTreeWidget* m_list = nullptr;
    QComboBox* m_pace = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_omit = nullptr;
    QPushButton* m_exit = nullptr;
    EquivalentCommandButton* m_equivalent = nullptr;
    QLabel* m_summary = nullptr;
    bool m_busy = false;
};

/** Fig. 11D: Status & History panel 1531. */
class StatusHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusHistoryDialog)

public:
    enum StatusColumn
    {
        StatusSVolColumn,
        StatusTVolColumn,
        StatusStatusColumn,
        StatusPaceColumn,
        StatusAcquiredColumn,
        StatusColumnCount
    };
    enum HistoryColumn
    {
        DateTimeColumn,
        HistorySVolColumn,
        HistoryTVolColumn,
        CodeColumn,
        MessageColumn,
        HistoryColumnCount
    };

    /** @p port: the port chosen on screen 1500, empty for all; @p pairs: the pairs selected there (all if empty). */
    StatusHistoryDialog(HdsData* data, const QString& port, const QList<Pair>& pairs, QWidget* parent = nullptr);
    ~StatusHistoryDialog() override;

    QTreeWidget* statusList() const { return m_status; }
    QTreeWidget* historyList() const { return m_history; }
    QPushButton* sortButton(HistoryColumn column) const { return m_sort.value(column); }
    QPushButton* refreshStatusButton() const { return m_refreshStatus; }
    QPushButton* refreshHistoryButton() const { return m_refreshHistory; }
    QPushButton* refreshAllButton() const { return m_refreshAll; }
    QPushButton* exitButton() const { return m_exit; }
    QLabel* primariesLabel() const { return m_primaries; }
    QLabel* secondariesLabel() const { return m_secondaries; }
    /** Whether the history has been answered once. */
    bool historyLoaded() const { return m_historyLoaded; }

private:
    void fillStatus();
    void fetchHistory();
    bool onPort(const QString& ldev) const;

    HdsData* m_data;
    QString m_port;
    QStringList m_keys;
    QTreeWidget* m_status = nullptr;
    QTreeWidget* m_history = nullptr;
    QList<QPushButton*> m_sort;
    QPushButton* m_refreshStatus = nullptr;
    QPushButton* m_refreshHistory = nullptr;
    QPushButton* m_refreshAll = nullptr;
    QPushButton* m_exit = nullptr;
    QLabel* m_primaries = nullptr;
    QLabel* m_secondaries = nullptr;
    QLabel* m_historyCount = nullptr;
    bool m_historyLoaded = false;
    bool m_fetching = false;
};

/** Attribute button 1516: set or reset the reserve attribute of the chosen volumes (hdsSetAttribute). */
class AttributeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributeDialog)

public:
    enum Column
    {
        LdevColumn,
        PortColumn,
        ReserveColumn,
        PairsColumn,
        ResultColumn,
        ColumnCount
    };

    AttributeDialog(HdsData* data, const QStringList& ldevs, QWidget* parent = nullptr);
    ~AttributeDialog() override;

    QTreeWidget* volumeList() const { return m_list; }
    QPushButton* setButton() const { return m_set; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* exitButton() const { return m_exit; }
    QString result(const QString& ldev) const { return m_results.value(ldev); }
    bool busy() const { return m_busy; }

private:
    void fillList();
    void apply(bool reserve);

    HdsData* m_data;
    QStringList m_ldevs;
    QHash<QString, QString> m_results;
    QSet<QString> m_failed;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_set = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_exit = nullptr;
    bool m_busy = false;
};

} // namespace Copyline::HdsUi
