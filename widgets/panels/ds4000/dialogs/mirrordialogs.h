// SPDX-License-Identifier: GPL-3.0-or-later
// The remote mirror windows of the Logical Drive ▸ Remote Mirroring menu (spec §2.4.7-2.4.11, §5.6): Suspend and
// Resume Mirrored Pair with their Confirmation and "- Progress" windows, Change Synchronization Settings, Change
// Write Mode, Remove Mirror Relationship, and the Mirroring tab of the Logical Drive Properties.
#pragma once

#include "api/connection.h"

#include <QDialog>
#include <QTableWidget>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Copyline
{

class CopyPrioritySlider;

/**
 * A multi-select table of mirror records of one storage subsystem (Ctrl+click adds rows): Logical Drive, Role,
 * Remote Logical Drive, Remote Storage Subsystem, Status and a detail column. Records the dialog cannot act on are
 * greyed with the reason as tooltip. With linkGroups(), selecting a member of a write consistency group selects
 * the whole group (the console suspends and resumes a group together, spec §2.4.8-2.4.9).
 */
class MirrorSelectionTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MirrorSelectionTable)

public:
    /** "" if the dialog can act on @p mirror, else why not. */
    using Rule = std::function<QString(const Configuration&, const Mirror&)>;
    /** The detail column's text. */
    using Detail = std::function<QString(const Configuration&, const Mirror&)>;

    MirrorSelectionTable(const QString& detailHeader, QWidget* parent = nullptr);
    ~MirrorSelectionTable() override;

    void setRule(Rule rule) { m_rule = std::move(rule); }
    void setDetail(Detail detail) { m_detail = std::move(detail); }
    /** Lists the records of @p subsystemId that @p include accepts (all if unset), keeping the selection. */
    void setRecords(
        const Configuration& config, ObjectId subsystemId, const std::function<bool(const Mirror&)>& include = {});
    void linkGroups(bool on) { m_linkGroups = on; }

    QList<ObjectId> selectedIds() const;
    /** Selects the rows of @p ids that can be selected (and their groups when linked). */
    void selectIds(const QList<ObjectId>& ids);
    /** The row showing @p ldId, or -1. */
    int rowOf(ObjectId ldId) const;
    /** The local drive names of @p ids, in table order. */
    QStringList namesOf(const QList<ObjectId>& ids) const;
    /** The width that shows every visible column, the last one's texts included, without a horizontal scroll bar. */
    int contentWidth() const;

Q_SIGNALS:
    void selectionEdited();

private:
    void onSelection();

    Rule m_rule;
    Detail m_detail;
    bool m_linkGroups = false;
    bool m_selecting = false;
    Configuration m_config;
    QList<ObjectId> m_shown;
};

/** "Confirmation": the message, and OK only once "Yes" is typed (spec §2.4.8). Runs nothing itself. */
class TypeYesConfirmation final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypeYesConfirmation)

public:
    TypeYesConfirmation(const QString& message, QWidget* parent = nullptr);
    ~TypeYesConfirmation() override;

    QLineEdit* confirmLineEdit() const { return m_confirm; }
    QPushButton* okButton() const;

private:
    QLineEdit* m_confirm = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

/**
 * "Suspend Mirrored Pair - Progress", "Resume Mirrored Pair - Progress": runs one command for the listed pairs and
 * shows how it went, pair by pair; OK becomes available when the engine has answered (spec §2.4.8-2.4.9).
 */
class MirrorProgressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MirrorProgressDialog)

public:
    MirrorProgressDialog(EngineConnection* connection,
        ObjectId subsystemId,
        const QString& title,
        const QString& heading,
        const QStringList& pairs,
        const QString& doneText,
        CommandRequest request,
        QWidget* parent = nullptr);
    ~MirrorProgressDialog() override;

    void start();
    bool isFinished() const { return m_finished; }
    bool failed() const { return m_failed; }
    QString resultText(int row) const;
    QPushButton* okButton() const { return m_ok; }

Q_SIGNALS:
    void finished();

private:
    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    CommandRequest m_request;
    QString m_doneText;
    bool m_started = false;
    bool m_finished = false;
    bool m_failed = false;
    QTableWidget* m_table = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_ok = nullptr;
};

/** Base of the mirror windows below: a title, a text, the pair table, inputs, an error line and the buttons. */
class MirrorPairsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MirrorPairsDialog)

public:
    MirrorPairsDialog(EngineConnection* connection, ObjectId subsystemId, QWidget* parent = nullptr);
    ~MirrorPairsDialog() override;

    MirrorSelectionTable* table() const { return m_table; }
    QPushButton* actionButton() const { return m_action; }
    QString errorText() const;
    QString noteText() const;

protected:
    /** Builds the window: @p intro and @p tableTitle over the table, @p inputs (may be null) under it, @p actionText on
     * the button. */
    void build(const QString& intro,
        const QString& detailHeader,
        QLayout* inputs,
        const QString& actionText,
        const QString& tableTitle = {});
    EngineConnection* connection() const { return m_connection; }
    ObjectId subsystemId() const { return m_subsystemId; }
    SnapshotPtr snapshot() const;
    /** Refills the table from the current snapshot and re-checks the button. */
    virtual void refresh();
    /** Why the action button is disabled ("" to enable it); shown under the table. */
    virtual QString problem() const;
    /** A remark about the selection (consistency groups...), shown under the table; "" hides it. */
    virtual QString note() const { return {}; }
    virtual bool include(const Mirror& mirror) const;
    /** The action button was clicked with a valid selection. */
    virtual void act() = 0;
    /** The command the action runs for the selection (without "subsystemId"), for "Show the Equivalent Command". */
    virtual CommandRequest request() const = 0;
    void showError(const QString& message);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    /** Submits @p request for this subsystem; @p done runs on success, failures show in red. */
    void submit(CommandRequest request, std::function<void(const CommandResult&)> done);
    void updateState();

private:
    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    bool m_busy = false;
    MirrorSelectionTable* m_table = nullptr;
    bool m_fitted = false;
    QLabel* m_note = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_action = nullptr;
    QPushButton* m_equivalent = nullptr;
};

/**
 * "Suspend Mirrored Pair" / "Resume Mirrored Pair" (spec §2.4.8-2.4.9): the primaries of the subsystem, the
 * chosen one selected; a consistency group's members act together. Suspend asks for a typed "Yes", Resume for a
 * Yes; then the "- Progress" window runs the command.
 */
class SuspendResumeMirrorDialog final : public MirrorPairsDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Suspend,
        Resume,
    };

    SuspendResumeMirrorDialog(EngineConnection* connection,
        ObjectId subsystemId,
        Mode mode,
        const QList<ObjectId>& preselected,
        QWidget* parent = nullptr);

    /** The Confirmation window while it is open (Suspend), else nullptr. */
    TypeYesConfirmation* confirmation() const { return m_confirmation; }

protected:
    QString problem() const override;
    QString note() const override;
    bool include(const Mirror& mirror) const override;
    void act() override;
    CommandRequest request() const override;

private:
    void runProgress();

    Mode m_mode;
    TypeYesConfirmation* m_confirmation = nullptr;
};

/**
 * "Change Synchronization Settings" (spec §2.4.7): "Select Logical Drives" (primaries, multi-select, the chosen one
 * selected), the priority (all selected get the same level) and the resynchronization method. OK → Confirmation
 * (Yes) → Completed (OK).
 */
class ChangeSyncSettingsDialog final : public MirrorPairsDialog
{
    Q_OBJECT

public:
    ChangeSyncSettingsDialog(EngineConnection* connection,
        ObjectId subsystemId,
        const QList<ObjectId>& preselected,
        QWidget* parent = nullptr);

    CopyPrioritySlider* prioritySlider() const { return m_priority; }
    QRadioButton* manualRadio() const { return m_manual; }
    QRadioButton* automaticRadio() const { return m_automatic; }

protected:
    QString problem() const override;
    QString note() const override;
    bool include(const Mirror& mirror) const override;
    void act() override;
    CommandRequest request() const override;

private:
    void followSelection();

    CopyPrioritySlider* m_priority = nullptr;
    QRadioButton* m_manual = nullptr;
    QRadioButton* m_automatic = nullptr;
    QList<ObjectId> m_lastSelection;
};

/**
 * "Change Write Mode" (spec §2.4.11): the primaries (multi-select), Synchronous | Asynchronous, and "Add to write
 * consistency group" for Asynchronous only. OK → Confirmation (Yes) → Completed.
 */
class ChangeWriteModeDialog final : public MirrorPairsDialog
{
    Q_OBJECT

public:
    ChangeWriteModeDialog(EngineConnection* connection,
        ObjectId subsystemId,
        const QList<ObjectId>& preselected,
        QWidget* parent = nullptr);

    QRadioButton* synchronousRadio() const { return m_synchronous; }
    QRadioButton* asynchronousRadio() const { return m_asynchronous; }
    QCheckBox* consistencyCheckBox() const { return m_consistency; }

protected:
    QString problem() const override;
    bool include(const Mirror& mirror) const override;
    void act() override;
    CommandRequest request() const override;

private:
    void followSelection();
    void updateConsistency();

    QRadioButton* m_synchronous = nullptr;
    QRadioButton* m_asynchronous = nullptr;
    QCheckBox* m_consistency = nullptr;
    QLabel* m_copyType = nullptr;
    QList<ObjectId> m_lastSelection;
};

/**
 * "Remove Mirror Relationship" (spec §2.4.10): every relationship of this subsystem, in either role; Remove →
 * Confirmation (Yes). With the link down only the local side is removed, and the window says so.
 */
class RemoveMirrorRelationshipDialog final : public MirrorPairsDialog
{
    Q_OBJECT

public:
    RemoveMirrorRelationshipDialog(EngineConnection* connection,
        ObjectId subsystemId,
        const QList<ObjectId>& preselected,
        QWidget* parent = nullptr);

protected:
    QString problem() const override;
    QString note() const override;
    /** Every record, secondaries too: a stale secondary is removed here (spec §5, Error 158). */
    bool include(const Mirror& mirror) const override;
    void act() override;
    CommandRequest request() const override;
};

/**
 * The Mirroring tab of the Logical Drive Properties (spec §2.4.6, §5.6, §5.8): role, remote logical drive and
 * subsystem, direction, write mode and copy type, synchronization priority, resynchronization method, status, the
 * synchronization progress bar while one runs, and the recovery point. Follows the snapshots.
 */
class MirroringPropertiesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MirroringPropertiesWidget)

public:
    MirroringPropertiesWidget(
        EngineConnection* connection, ObjectId subsystemId, ObjectId logicalDriveId, QWidget* parent = nullptr);
    ~MirroringPropertiesWidget() override;

    /** The value shown for @p label (tests). */
    QString value(const QString& label) const;
    QProgressBar* progressBar() const { return m_progress; }

private:
    void refresh();

    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    ObjectId m_ldId;
    QFormLayout* m_form = nullptr;
    QList<QPair<QString, QString>> m_rows;
    QList<QLabel*> m_values;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace Copyline
