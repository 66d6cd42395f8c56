// SPDX-License-Identifier: GPL-3.0-or-later
// ess_screenshots OUTDIR: pictures of the ESS Copy Services perspective for review — the main window at 1366x768
// on the Volumes panel with a FlashCopy pair, a PPRC-ready LSS pair and a selection, the Task Wizard page by page,
// the Information Panel, and the other panels. Not a test: it asserts nothing.
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "panels/ess/essperspective.h"
#include "panels/ess/esstaskwizard.h"
#include "panels/ess/essvolumespanel.h"
#include "panels/ess/essvolumeview.h"
#include "shotsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using namespace Copyline::EssUi;
using Shots::run;
using Shots::save;

namespace
{

void clickVolume(VolumeView* view, ObjectId id, Qt::MouseButton button)
{
    const QModelIndex index = view->indexOfVolume(id);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), button, {}, view->visualRect(index).center());
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    Shots::setOutputDir(argc, argv);

    GuiTest::Workspace ws;
    if (!ws.ok()) {
        qCritical("%s", qPrintable(ws.errorText()));
        return 1;
    }
    // The demonstration workspace has ESS 12019 and FCA31, paths, tasks and a PPRC pair; add a FlashCopy pair.
    run(ws, u"essEstablishFlashCopy"_s,
        {{u"source"_s, u"00412019"_s}, {u"target"_s, u"00512019"_s}, {u"noCopy"_s, true}}, {});
    run(ws, u"essRunTasks"_s, {{u"names"_s, QJsonArray {u"HPFlash"_s}}}, {});

    MainWindow window;
    window.setConnection(ws.connection(), u"screenshots"_s);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    window.selectSubsystem(ws.subsystemId(u"12019"_s));
    CopyServicesPerspective* perspective = window.essPerspective();
    VolumesPanel* volumes = perspective->volumesPanel();
    volumes->showLss(ws.config().arrayByNumber(ws.subsystemId(u"FCA31"_s), 17)->id, true);
    const auto id = [&ws](const QString& name) { return ws.logicalDrive(name, name.mid(3)).id; };
    clickVolume(volumes->sourceView(), id(u"00112019"_s), Qt::LeftButton);
    clickVolume(volumes->targetView(), id(u"102FCA31"_s), Qt::RightButton);
    save(&window, u"ess-1-volumes"_s);

    clickVolume(volumes->targetView(), id(u"102FCA31"_s), Qt::RightButton);
    if (TaskWizard* wizard = volumes->taskWizard()) {
        save(wizard, u"ess-2-wizard-action"_s);
        wizard->next();
        save(wizard, u"ess-3-wizard-pprc-options"_s);
        wizard->next();
        save(wizard, u"ess-4-wizard-define-task"_s);
        wizard->reject();
    }
    QTest::qWait(200);
    clickVolume(volumes->sourceView(), id(u"00012019"_s), Qt::LeftButton);
    clickVolume(volumes->sourceView(), id(u"00212019"_s), Qt::RightButton);
    clickVolume(volumes->sourceView(), id(u"00212019"_s), Qt::RightButton);
    if (TaskWizard* wizard = volumes->taskWizard()) {
        save(wizard, u"ess-5-wizard-flashcopy-blocked"_s);
        wizard->reject();
    }
    QTest::qWait(200);
    clickVolume(volumes->sourceView(), id(u"00012019"_s), Qt::LeftButton);
    volumes->openInformation();
    if (QDialog* info = volumes->informationDialog()) {
        save(info, u"ess-6-information"_s);
        info->close();
    }
    window.resize(1366, 768);
    for (int panel = CopyServicesPerspective::StorageServers; panel <= CopyServicesPerspective::Configuration;
         ++panel) {
        perspective->showPanel(static_cast<CopyServicesPerspective::Panel>(panel));
        save(&window, u"ess-7-panel-%1"_s.arg(panel));
    }
    return 0;
}
