// SPDX-License-Identifier: GPL-3.0-or-later
// Widget test fixture: a fresh demonstration workspace in a temporary folder, opened through LocalConnection (the
// same path the console takes), plus helpers to run commands and to find things in models and windows.
#pragma once

#include "api/command.h"
#include "server/localconnection.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QTemporaryDir>

#include <memory>

class QLineEdit;
class QWidget;

namespace Copyline
{
class MainWindow;
}

namespace Copyline::GuiTest
{

class Workspace final
{
public:
    Workspace();
    ~Workspace();

    bool ok() const { return !m_error.isError(); }
    QString errorText() const { return m_error.message(); }
    QString path() const { return m_dir.path(); }
    LocalConnection* connection() const { return m_connection.get(); }
    SnapshotPtr snapshot() const { return m_connection->snapshot(); }
    const Configuration& config() const { return m_connection->snapshot()->config; }

    ObjectId subsystemId(const QString& name = QStringLiteral("Primary Site")) const;
    /** A copy of the logical drive named @p name (id 0 if there is none). */
    LogicalDrive logicalDrive(const QString& name, const QString& subsystem = QStringLiteral("Primary Site")) const;
    const Drive* driveAt(int enclosure, int slot, const QString& subsystem = QStringLiteral("Primary Site")) const;

    /** Submits @p name with @p args (plus subsystemId of @p subsystem unless empty) and waits for the result. */
    CommandResult run(const QString& name, QJsonObject args, const QString& subsystem = QStringLiteral("Primary Site"));
    /**
     * Creates logical drive @p name of @p capacity bytes in the first array of @p subsystem ("Accounting" on the
     * Primary Site, "Accounting 2" on the Secondary Site) and, when @p data > 0, writes that many bytes of the
     * pattern @p seed from offset 0. The first failing command's result is returned.
     */
    CommandResult createDrive(const QString& name,
        qint64 capacity,
        const QString& subsystem = QStringLiteral("Primary Site"),
        qint64 data = 0,
        int seed = 7);
    /** Closes the connection (the engine thread stops); done by the destructor too. */
    void close();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalConnection> m_connection;
    Error m_error;
};

/** Every DisplayRole text of column 0 of @p model, depth first. */
QStringList allTexts(const QAbstractItemModel* model, const QModelIndex& parent = {});
/** The first index whose DisplayRole text is @p text, depth first; invalid if none. */
QModelIndex findText(const QAbstractItemModel* model, const QString& text, const QModelIndex& parent = {});
/**
 * Mnemonics (Alt+letter) used twice among the widgets of @p root that are visible now (buttons, labels, group
 * boxes): "N: Create a &new array / &Next >" for each clash; empty when every Alt+letter reaches one widget.
 */
QStringList mnemonicConflicts(const QWidget* root);
/** Selects everything in @p widget (Ctrl+A) and types @p text over it with the keyboard, as a user would. */
void retype(QWidget* widget, const QString& text);
/** retype() for a line edit that must exist (the test fails when @p edit is null). */
void typeInto(QLineEdit* edit, const QString& text);
/** The action named @p objectName of @p window (nullptr if none). */
QAction* action(const QWidget* window, const QString& objectName);
/** The console's main window on @p ws, shown; nullptr if it never appeared on screen. */
std::unique_ptr<MainWindow> openMainWindow(Workspace& ws, const QString& connectionLabel = QStringLiteral("test"));

} // namespace Copyline::GuiTest
