// SPDX-License-Identifier: GPL-3.0-or-later
// copyline: the GUI console. Attaches to a running copylined that serves the workspace, or runs the engine in
// this process; wiring only, the console itself is copyline_widgets.
#include "common/translations.h"
#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/messagebox.h"
#include "mainwindow/mainwindow.h"
#include "server/engineclient.h"
#include "server/localconnection.h"
#include "server/remoteconnection.h"
#include "service/engine.h"
#include "views/logicalphysicalview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace
{

/** Hidden --screenshot FILE: grabs the main window after the first snapshot and exits (README pictures). */
void scheduleScreenshot(Copyline::MainWindow* window, const QString& file, const QString& view)
{
    auto taken = std::make_shared<bool>(false);
    QObject::connect(window, &Copyline::MainWindow::snapshotShown, window, [window, file, view, taken]() {
        if (*taken) {
            return;
        }
        *taken = true;
        // Show a logical drive selected, so the picture has the drives of its array highlighted.
        const QAbstractItemModel* tree = window->logicalPhysicalView()->logicalTree()->model();
        const QModelIndex root = tree->index(0, 0);
        for (int row = 0; row < tree->rowCount(root); ++row) {
            const QModelIndex child = tree->index(row, 0, root);
            if (child.data(Copyline::KindRole).toInt() == static_cast<int>(Copyline::NodeKind::Array)
                && tree->rowCount(child) > 0) {
                window->logicalPhysicalView()->logicalTree()->setCurrentIndex(tree->index(0, 0, child));
                break;
            }
        }
        if (view == u"mappings"_s) {
            window->showView(Copyline::MainWindow::Mappings);
        } else if (view == u"events"_s) {
            window->showView(Copyline::MainWindow::EventLog);
        } else if (view == u"performance"_s) {
            window->showView(Copyline::MainWindow::Performance);
        }
        // Give the views a moment to lay out and to fetch the event log.
        QTimer::singleShot(1500, window, [window, file]() {
            const bool ok = window->grab().save(file);
            QCoreApplication::exit(ok ? 0 : 1);
        });
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"copyline"_s);
    QApplication::setOrganizationName(u"Copyline"_s);
    QApplication::setApplicationDisplayName(u"Copyline"_s);
    QApplication::setApplicationVersion(QStringLiteral(COPYLINE_VERSION));
    QApplication::setDesktopFileName(u"org.copyline.Copyline"_s);

    // The system language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): Copyline's translation and Qt's own.
    Copyline::installTranslators(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Copyline storage copy services console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s},
        QCoreApplication::translate("main", "Workspace folder (default: %1).")
            .arg(Copyline::Engine::defaultWorkspace()),
        QCoreApplication::translate("main", "dir"));
    parser.addOption(workspaceOption);
    QCommandLineOption screenshotOption(
        u"screenshot"_s, u"Save a picture of the main window to FILE and exit."_s, u"file"_s);
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    QCommandLineOption viewOption(
        u"view"_s, u"View to show first: logical, mappings, events or performance."_s, u"view"_s);
    viewOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(viewOption);
    parser.process(app);

    const QString workspace
        = parser.isSet(workspaceOption) ? parser.value(workspaceOption) : Copyline::Engine::defaultWorkspace();
    // "Show the Equivalent Command" names this workspace (copylinectl -w).
    Copyline::setEquivalentCommandWorkspace(QFileInfo(workspace).absoluteFilePath());

    Copyline::MainWindow window;
    if (!parser.isSet(screenshotOption)) {
        window.restoreSettings(); // pictures always use the default 1280 × 800 layout
    }
    if (parser.isSet(screenshotOption)) {
        scheduleScreenshot(&window, parser.value(screenshotOption), parser.value(viewOption));
    } else if (parser.value(viewOption) == u"mappings"_s) {
        window.showView(Copyline::MainWindow::Mappings);
    } else if (parser.value(viewOption) == u"events"_s) {
        window.showView(Copyline::MainWindow::EventLog);
    } else if (parser.value(viewOption) == u"performance"_s) {
        window.showView(Copyline::MainWindow::Performance);
    }

    // First try to attach to an engine that already serves the workspace (copylined); otherwise run one here.
    auto remote = std::make_unique<Copyline::RemoteConnection>();
    std::unique_ptr<Copyline::LocalConnection> local;
    if (const Copyline::Error err = remote->connectTo(workspace, 2000); !err.isError()) {
        window.setConnection(
            remote.get(), QCoreApplication::translate("main", "Attached to %1").arg(remote->description()));
        window.show();
    } else {
        if (err.code == Copyline::ErrorCode::ControlSocketUnsafe) {
            // Not fatal: the console can still run the engine itself, but nothing will be served on that socket.
            Copyline::MessageBox::warning(
                nullptr, QCoreApplication::translate("main", "Control Socket Not Safe"), err.localizedMessage());
        }
        remote.reset();
        local = std::make_unique<Copyline::LocalConnection>();
        window.showOpening(workspace);
        window.show();
        local->open(workspace, [&window, &local, workspace](const Copyline::Error& error) {
            if (error.isError()) {
                // Never overwrite anything: a damaged catalog or a locked workspace is reported and left alone.
                Copyline::MessageBox::critical(&window, QCoreApplication::translate("main", "Cannot Open Workspace"),
                    QCoreApplication::translate("main", "The workspace %1 cannot be opened.\n\n%2")
                        .arg(workspace, error.localizedMessage()));
                QCoreApplication::exit(1);
                return;
            }
            window.setConnection(local.get(),
                QCoreApplication::translate("main", "Workspace %1 · %2").arg(workspace, local->description()));
        });
    }

    int rc = QApplication::exec();
    const bool keepRunning = window.quitChoice() == Copyline::MainWindow::QuitChoice::KeepRunning;
    window.setConnection(nullptr, QString());
    if (local && keepRunning) {
        // Keep Running in Background: copylined takes the workspace over and goes on with the copies.
        if (const Copyline::Error err = local->handOverToDaemon(Copyline::EngineClient::defaultDaemonPath());
            err.isError()) {
            Copyline::MessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot Keep Running"),
                QCoreApplication::translate("main",
                    "The copies could not be handed to the Copyline engine (copylined); they stopped with the "
                    "console and resume when the workspace is opened again.\n\n%1")
                    .arg(err.localizedMessage()));
            rc = 1;
        }
    } else if (local) {
        local->close();
    }
    return rc;
}
