// SPDX-License-Identifier: GPL-3.0-or-later
// The console's one rule for confirmations (issue 18), in one place:
//   - an action that loses data (deletes a logical drive, a FlashCopy or its point in time, overwrites a target,
//     discards what a failover or role change would lose, clears a log...) asks for "Yes" typed, as DS4000 Storage
//     Manager does ("Type Yes and click OK.");
//   - an action that changes state without losing data asks a plain Yes/No question;
//   - a read-only action asks nothing.
// Every confirmation in widgets/ goes through Confirm::ask() or, for a dialog that has its own OK button, shows
// Confirm's prompt and enables OK with Confirm::isConfirmed().
#pragma once

#include "api/equivalentcommand.h"

#include <QCoreApplication>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace Copyline
{

/** What an action does to the storage; it alone decides how the action is confirmed. */
enum class Consequence
{
    ReadOnly,     /**< shows or saves information: no confirmation */
    ChangesState, /**< changes the configuration or a copy, nothing is lost: a Yes/No question */
    LosesData,    /**< destroys or overwrites data (or a point in time): "Yes" typed */
};

/** How an action is confirmed. */
enum class ConfirmationKind
{
    None,
    Question,
    TypedYes,
};

class Confirm final
{
    Q_DECLARE_TR_FUNCTIONS(Copyline::Confirm)

public:
    /** The rule: LosesData → TypedYes, ChangesState → Question, ReadOnly → None. */
    static ConfirmationKind kindFor(Consequence consequence);

    /** The word to type, "Yes" (not translated: DS4000 Storage Manager asks for the English word). */
    static QString word();
    /** "Type Yes and click OK." (the seed's wording; @p button names the button that runs the action). */
    static QString prompt(const QString& button = {});
    /** True when @p typed is the word (ignoring case and surrounding spaces). */
    static bool isConfirmed(const QString& typed);

    /**
     * Confirms an action of @p consequence: nothing (true), a Yes/No question, or the typed confirmation window.
     * @p command adds "Show the equivalent command" (questions and typed confirmations alike).
     */
    static bool ask(QWidget* parent,
        Consequence consequence,
        const QString& title,
        const QString& text,
        const EquivalentCommand& command = {});

    /**
     * Tests: the next typed confirmation is answered with @p typed at once (confirmed only if it is the word),
     * without showing anything. MessageBox::setNextAnswer() answers the next question.
     */
    static void setNextTypedAnswer(const QString& typed);
    /** The consequence and the text of the last confirmation asked for (tests). */
    static Consequence lastConsequence();
    static QString lastText();
    /** The equivalent command the last confirmation offered (tests); empty when it offered none. */
    static EquivalentCommand lastCommand();
};

/**
 * The typed confirmation window: the message, Confirm::prompt() and a field; OK is enabled only once "Yes" is typed.
 * Confirm::ask() shows it for Consequence::LosesData.
 */
class TypedConfirmationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypedConfirmationDialog)

public:
    TypedConfirmationDialog(
        const QString& title, const QString& text, const EquivalentCommand& command, QWidget* parent = nullptr);
    ~TypedConfirmationDialog() override;

    QLineEdit* field() const { return m_field; }
    QPushButton* okButton() const { return m_ok; }

private:
    QLineEdit* m_field = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace Copyline
