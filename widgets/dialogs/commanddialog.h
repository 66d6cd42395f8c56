// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"
#include "api/equivalentcommand.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QAbstractButton;
class QLabel;
class QLineEdit;
class QLayout;
class QPushButton;

namespace Copyline
{

/**
 * Base of the dialogs that end in one engine command (create, rename, define, delete...).
 *
 * Contract for subclasses:
 *  1. Build the inputs and hand their layout to setContentLayout() in the constructor, then call revalidate().
 *  2. validate() checks the inputs live with the engine's own rule functions (storage/rules.h) and returns the
 *     problem in words, or an empty string; OK is enabled only when it is empty and no command is running.
 *     Call revalidate() whenever an input changes; it also runs on every new snapshot.
 *  3. request() builds the command; the base adds "subsystemId" and submits it when OK is pressed.
 *  4. If the engine refuses, its message appears in red under the inputs and the dialog stays open with
 *     everything the user typed. On success the dialog emits succeeded() and closes.
 */
class CommandDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandDialog)

public:
    CommandDialog(EngineConnection* connection, ObjectId subsystemId, QWidget* parent = nullptr);
    ~CommandDialog() override;

    ObjectId subsystemId() const { return m_subsystemId; }
    bool isBusy() const { return m_busy; }
    /** The engine's error of the last attempt, as shown (empty after success or before any attempt). */
    QString errorText() const;
    /** The live validation message, as shown. */
    QString hintText() const;
    QPushButton* okButton() const;
    /** "Show the Equivalent Command…": the copylinectl command that does what OK does (issue 18). */
    QAbstractButton* equivalentCommandButton() const;
    /** What OK would run now, as copylinectl runs it. */
    EquivalentCommand equivalentCommand() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void succeeded(const Copyline::CommandResult& result);

protected:
    EngineConnection* connection() const { return m_connection; }
    SnapshotPtr snapshot() const;
    /** The subsystem this dialog works on, from the current snapshot (a default value if it is gone). */
    Subsystem subsystem() const;

    void setContentLayout(QLayout* layout);
    QDialogButtonBox* buttonBox() const { return m_buttons; }
    void revalidate();
    /** Shows @p message in red (empty hides it). */
    void showError(const QString& message);

    virtual QString validate() const = 0;
    virtual CommandRequest request() const = 0;
    /** The commands OK runs, for "Show the Equivalent Command" (the default: request()). */
    virtual QList<CommandRequest> equivalentRequests() const { return {request()}; }
    /** Called for each new snapshot; the default revalidates. */
    virtual void onSnapshotChanged();
    /** Runs after the command succeeded; the default emits succeeded() and closes the dialog. */
    virtual void onSucceeded(const CommandResult& result);

    /** Submits @p request for this subsystem; @p done runs on success, failures are shown in red. */
    void submit(CommandRequest request, std::function<void(const CommandResult&)> done);

private:
    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    bool m_busy = false;
    QWidget* m_content = nullptr;
    QLabel* m_hintLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_equivalent = nullptr;
};

/**
 * The DS4000 "type Yes" confirmation (spec §2 "Confirmation conventions"): OK is enabled only once "Yes" is typed
 * (case-insensitively); OK then runs the given command.
 */
class TypeYesDialog final : public CommandDialog
{
    Q_OBJECT

public:
    TypeYesDialog(EngineConnection* connection,
        ObjectId subsystemId,
        const QString& title,
        const QString& message,
        CommandRequest request,
        QWidget* parent = nullptr);

protected:
    QString validate() const override;
    CommandRequest request() const override { return m_request; }

private:
    CommandRequest m_request;
    QLineEdit* m_confirm = nullptr;
};

} // namespace Copyline
