// SPDX-License-Identifier: GPL-3.0-or-later
// "Show the Equivalent Command" (issue 18): the copylinectl command line that does what a wizard's Finish or a
// dialog's OK does, in a read-only, selectable, monospace box with a Copy button.
#pragma once

#include "api/equivalentcommand.h"

#include <QDialog>
#include <QPointer>
#include <QPushButton>

#include <functional>

class QLabel;
class QPlainTextEdit;

namespace Copyline
{

/** The workspace folder the command lines name (copylinectl -w); the console's main() sets it. */
void setEquivalentCommandWorkspace(const QString& path);
QString equivalentCommandWorkspace();

class EquivalentCommandDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EquivalentCommandDialog)

public:
    explicit EquivalentCommandDialog(QWidget* parent = nullptr);
    ~EquivalentCommandDialog() override;

    void setCommand(const EquivalentCommand& command);
    /** The command line(s) as shown (and copied). */
    QString commandText() const;
    /** The script statements as shown, one per line (empty for --call commands). */
    QString scriptText() const;

private:
    QLabel* m_intro = nullptr;
    QPlainTextEdit* m_command = nullptr;
    QLabel* m_scriptLabel = nullptr;
    QPlainTextEdit* m_script = nullptr;
};

/**
 * The "Show the Equivalent Command…" button of a summary page or a dialog. @p provider gives the command for what
 * the window would submit now; clicking opens (or refreshes) one EquivalentCommandDialog.
 */
class EquivalentCommandButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EquivalentCommandButton)

public:
    using Provider = std::function<EquivalentCommand()>;

    explicit EquivalentCommandButton(Provider provider, QWidget* parent = nullptr);
    ~EquivalentCommandButton() override;

    /** Opens the dialog with the current command and returns it (tests use the return value). */
    EquivalentCommandDialog* showCommand();
    EquivalentCommandDialog* dialog() const { return m_dialog; }

private:
    Provider m_provider;
    QPointer<EquivalentCommandDialog> m_dialog;
};

} // namespace Copyline
