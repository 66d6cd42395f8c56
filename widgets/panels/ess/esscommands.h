// SPDX-License-Identifier: GPL-3.0-or-later
// How the ESS panels change the engine: by submitting commands, one after another, never by touching state.
#pragma once

#include "api/connection.h"
#include "api/equivalentcommand.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Copyline
{
class EquivalentCommandButton;
}

namespace Copyline::EssUi
{

class TaskWizard;

/**
 * Submits @p requests one after another, each once the previous one succeeded, and calls @p done with an empty text
 * when all succeeded, or with the engine's message of the first failure (the rest are not submitted). Nothing is
 * called back once @p context is gone.
 */
void submitInOrder(EngineConnection* connection,
    QList<CommandRequest> requests,
    QObject* context,
    std::function<void(const QString& error)> done);

/**
 * The copylinectl lines that do what @p requests do (--call lines: the ESS commands have no script statement), for a
 * confirmation's or a wizard's "Show the Equivalent Command"; empty without a snapshot.
 */
EquivalentCommand equivalentOf(const SnapshotPtr& snapshot, const QList<CommandRequest>& requests);

/**
 * The rs* CLI's rsExecuteTask for the saved tasks @p names (seed: "rsExecuteTask <taskName...>"), as the README
 * writes it: rsExecuteTask.sh -s DIR -u USER -p PASSWORD names. The user and the password are those of an ESS Copy
 * Services user (Administration ▸ Users); the line has placeholders for both, never a password.
 */
EquivalentCommand rsExecuteTaskCommand(const QStringList& names);

/** Makes @p wizard's Run and Save submit its requests over @p connection; @p succeeded runs after either worked. */
void connectTaskWizard(TaskWizard* wizard, EngineConnection* connection, std::function<void()> succeeded);

/**
 * A small window that ends in engine commands (LSS properties, group tasks, authorize a user...): the caller fills
 * content() and sets setRequests(); OK submits them in order. A refusal shows the engine's message in red and the
 * window stays with what was typed; success closes it. setValidator() keeps OK disabled while it returns a reason.
 */
class RequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDialog)

public:
    RequestDialog(EngineConnection* connection, const QString& title, const QString& objectName, QWidget* parent);
    ~RequestDialog() override;

    QVBoxLayout* content() const { return m_content; }
    QPushButton* okButton() const { return m_ok; }
    /** "Show the Equivalent Command…": the copylinectl command that does what OK does (issue 18). */
    EquivalentCommandButton* equivalentCommandButton() const { return m_equivalent; }
    void setRequests(std::function<QList<CommandRequest>()> requests) { m_requests = std::move(requests); }
    void setValidator(std::function<QString()> validator);
    /** Re-runs the validator (call it when an input changes). */
    void revalidate();
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    EngineConnection* m_connection;
    QVBoxLayout* m_content = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    EquivalentCommandButton* m_equivalent = nullptr;
    bool m_busy = false;
    std::function<QList<CommandRequest>()> m_requests;
    std::function<QString()> m_validator;
};

} // namespace Copyline::EssUi
