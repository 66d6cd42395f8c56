// SPDX-License-Identifier: GPL-3.0-or-later
// copyline: the GUI console. Attaches to a running copylined that serves the workspace, or runs the engine in
// this process; wiring only, the console itself is copyline_widgets.
#include "common/translations.h"
#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/messagebox.h"
#include "mainwindow/mainwindow.h"
#include "server/engineclient.h"
#include "server/knownengines.h"
#include "server/localconnection.h"
#include "server/protocol.h"
#include "server/remoteconnection.h"
#include "server/tlsattacher.h"
#include "service/engine.h"
#include "views/logicalphysicalview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
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
    // An engine on another computer, over TLS (issue 17, docs/management.md).
    const QCommandLineOption hostOption(u"host"_s,
        QCoreApplication::translate("main", "Attach to the engine at HOST:PORT over TLS (copylined --listen)."),
        QCoreApplication::translate("main", "host:port"));
    const QCommandLineOption userOption(u"user"_s,
        QCoreApplication::translate("main", "The user to sign in as with --host."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption fingerprintOption(u"fingerprint"_s,
        QCoreApplication::translate(
            "main", "The SHA-256 fingerprint of the engine's certificate, to trust it on first contact with --host."),
        QCoreApplication::translate("main", "sha256"));
    parser.addOptions({hostOption, userOption, fingerprintOption});
    parser.process(app);

    const QString workspace
        = parser.isSet(workspaceOption) ? parser.value(workspaceOption) : Copyline::Engine::defaultWorkspace();
    // "Show the Equivalent Command" names this workspace (copylinectl -w).
    Copyline::setEquivalentCommandWorkspace(QFileInfo(workspace).absoluteFilePath());

    Copyline::MainWindow window;
    // Storage Subsystem ▸ Attach Engine…: further engines over TLS, trusted as copylinectl --host trusts them.
    Copyline::TlsAttacher attacher(Copyline::KnownEngines::defaultPath());
    window.setEngineAttacher(&attacher);
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

    if (parser.isSet(hostOption)) {
        // Over TLS: the certificate trusted as copylinectl trusts it (known_engines), then a sign-in; no engine here.
        Copyline::EngineAddress address {
            parser.value(hostOption), parser.value(userOption), {}, parser.value(fingerprintOption)};
        QString host;
        quint16 port = 0;
        if (!Copyline::Protocol::parseHostPort(address.endpoint, &host, &port) || !parser.isSet(userOption)) {
            Copyline::MessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot Attach"),
                QCoreApplication::translate(
                    "main", "--host takes HOST:PORT (e.g. 192.0.2.7:7443) and needs --user NAME."));
            return 2;
        }
        bool entered = false;
        address.password = QInputDialog::getText(nullptr, QCoreApplication::translate("main", "Sign In"),
            QCoreApplication::translate("main", "Password of %1 on the engine at %2:")
                .arg(address.user, address.endpoint),
            QLineEdit::Password, QString(), &entered);
        if (!entered) {
            return 1;
        }
        Copyline::Error err;
        QString presented;
        std::unique_ptr<Copyline::EngineConnection> remote = attacher.attachAndWait(address, &err, &presented);
        if (err.code == Copyline::ErrorCode::EngineIdentityUnknown) {
            // Trust on first use, as ssh asks: nothing was sent yet.
            const auto answer
                = Copyline::MessageBox::question(nullptr, QCoreApplication::translate("main", "Trust This Engine?"),
                    QCoreApplication::translate("main",
                        "The engine at %1 is not known here. The SHA-256 fingerprint of its certificate is:\n\n%2\n\n"
                        "Trust it only if it is the fingerprint copylined printed when it started (copylinectl "
                        "--show-fingerprint on the engine's computer). Trust it and attach?")
                        .arg(address.endpoint, presented));
            if (answer != QMessageBox::Yes) {
                return 1;
            }
            address.fingerprint = presented;
            remote = attacher.attachAndWait(address, &err, &presented);
        }
        if (!remote) {
            Copyline::MessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Cannot Attach"), err.localizedMessage());
            return 1;
        }
        window.setConnection(
            remote.get(), QCoreApplication::translate("main", "Attached to %1").arg(remote->description()));
        window.show();
        const int rc = QApplication::exec();
        window.setConnection(nullptr, QString());
        return rc;
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
