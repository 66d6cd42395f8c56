// SPDX-License-Identifier: GPL-3.0-or-later
// hds_screenshots OUTDIR: pictures of the in-controller copy family's SVP screens for review — the main screen 1500
// in Volume mode (Fig. 11A) and in Pair mode while a Split copies (Fig. 11B, live progress), Add Pair (11C) with an
// Auto and two Set rows and a refused row, Status & History (11D), Split (11E), Re-sync (11F), Delete (11G), Suspend,
// Attribute and Verify Pair. Not a test: it asserts nothing.
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "models/roles.h"
#include "panels/hds/hdsdata.h"
#include "panels/hds/hdsdialogs.h"
#include "panels/hds/hdsmainscreen.h"
#include "panels/hds/hdsperspective.h"
#include "shotsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using namespace Copyline::HdsUi;
using Shots::save;

namespace
{

const QString kSerial = u"64015"_s;

CommandResult run(GuiTest::Workspace& ws, const QString& name, QJsonObject args)
{
    args.insert(u"subsystem"_s, kSerial);
    return Shots::run(ws, name, args, {});
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
    if (ws.subsystemId(kSerial) == 0) {
        Shots::run(ws, u"hdsCreateController"_s, {{u"serial"_s, kSerial}}, {});
    }
    // Besides the demonstration's 00:10, 00:11 (CL1-A) and the reserved 00:20-00:23 (CL2-A), with the pair
    // 00:10 - 00:20: an OPEN-3 and an OPEN-V on CL1-B, a reserved and an unreserved volume on CL2-B.
    struct Spec
    {
        QString ldev;
        QString port;
        QString emulation;
        bool reserve;
    };
    const QList<Spec> specs {
        {u"00:12"_s, u"CL1-B"_s, u"OPEN-3"_s, false},
        {u"00:13"_s, u"CL1-B"_s, u"OPEN-V"_s, false},
        {u"00:24"_s, u"CL2-B"_s, u"OPEN-V"_s, true},
        {u"00:30"_s, u"CL2-B"_s, u"OPEN-V"_s, false},
    };
    for (const Spec& s : specs) {
        QJsonObject args {
            {u"ldev"_s, s.ldev}, {u"port"_s, s.port}, {u"emulation"_s, s.emulation}, {u"reserve"_s, s.reserve}};
        if (s.emulation == u"OPEN-V"_s) {
            args.insert(u"capacity"_s, u"256 MB"_s);
        }
        run(ws, u"hdsCreateVolume"_s, args);
    }
    if (run(ws, u"hdsListVolumes"_s, {}).data.value(u"volumes"_s).toArray().isEmpty()) {
        // No demonstration controller: make its volumes and its pair.
        for (const auto& [ldev, port, reserve] :
            {std::tuple {u"00:10"_s, u"CL1-A"_s, false}, std::tuple {u"00:11"_s, u"CL1-A"_s, false},
                std::tuple {u"00:20"_s, u"CL2-A"_s, true}, std::tuple {u"00:21"_s, u"CL2-A"_s, true},
                std::tuple {u"00:22"_s, u"CL2-A"_s, true}, std::tuple {u"00:23"_s, u"CL2-A"_s, true}}) {
            run(ws, u"hdsCreateVolume"_s,
                {{u"ldev"_s, ldev}, {u"port"_s, port}, {u"emulation"_s, u"OPEN-V"_s}, {u"capacity"_s, u"256 MB"_s},
                    {u"reserve"_s, reserve}});
        }
        run(ws, u"hdsPairCreate"_s, {{u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"00:20"_s}});
    }
    run(ws, u"writeLogicalDrive"_s,
        {{u"targets"_s, QJsonArray {u"00:10"_s}}, {u"offset"_s, 0}, {u"length"_s, 256LL << 20}, {u"seed"_s, 3}});
    run(ws, u"hdsPairCreate"_s, {{u"pvol"_s, u"00:11"_s}, {u"svol"_s, u"00:21"_s}, {u"initialCopy"_s, false}});
    run(ws, u"hdsPairCreate"_s,
        {{u"pvol"_s, u"00:13"_s}, {u"svol"_s, u"00:22"_s}, {u"initialCopy"_s, false}, {u"pace"_s, kPaceMedium}});
    // 00:13 - 00:22 suspended in the middle of its copy: through the host channels at 16 MB/s it is still copying.
    run(ws, u"hdsSetController"_s, {{u"copyPath"_s, u"remotecopy"_s}, {u"chaBandwidth"_s, u"16 MB"_s}});
    run(ws, u"hdsPairSplit"_s, {{u"pvol"_s, u"00:13"_s}, {u"svol"_s, u"00:22"_s}});
    QTest::qWait(1500);
    run(ws, u"hdsPairSuspend"_s, {{u"pvol"_s, u"00:13"_s}, {u"svol"_s, u"00:22"_s}});
    run(ws, u"hdsSetController"_s, {{u"copyPath"_s, u"incontroller"_s}});
    // The demonstration pair is duplex, or split after an initial copy: then re-synchronize it, so that a Split can
    // be caught copying.
    const auto statusOf = [&ws](const QString& pvol) {
        const QJsonArray pairs = run(ws, u"hdsPairDisplay"_s, {{u"pvol"_s, pvol}}).data.value(u"pairs"_s).toArray();
        return pairs.isEmpty() ? QString() : pairs.at(0).toObject().value(u"guiStatus"_s).toString();
    };
    if (!QTest::qWaitFor(
            [&]() { return statusOf(u"00:10"_s) == u"duplex"_s || statusOf(u"00:10"_s) == u"split"_s; }, 60000)) {
        qWarning("00:10 - 00:20 is neither duplex nor split");
    }
    if (statusOf(u"00:10"_s) == u"split"_s) {
        run(ws, u"hdsPairResync"_s, {{u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"00:20"_s}});
        if (!QTest::qWaitFor([&]() { return statusOf(u"00:10"_s) == u"duplex"_s; }, 60000)) {
            qWarning("00:10 - 00:20 did not come back to duplex");
        }
    }

    MainWindow window;
    window.setConnection(ws.connection(), u"screenshots"_s);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    window.selectSubsystem(ws.subsystemId(kSerial));
    HdsMainScreen* screen = window.hdsPerspective()->mainScreen();
    if (!QTest::qWaitFor([screen]() { return screen->shownVolumes().size() == 10; }, 10000)) {
        qWarning("the volume list did not show the 10 volumes");
    }
    screen->selectVolumes({u"00:10"_s});
    save(&window, u"hds-1-main-volumes"_s);

    // Fig. 11B while the slow Split of 00:10 copies.
    // Through the host channels at 32 MB/s, so that the picture catches it whatever the machine's disks do.
    run(ws, u"hdsSetController"_s, {{u"copyPath"_s, u"remotecopy"_s}, {u"chaBandwidth"_s, u"32 MB"_s}});
    run(ws, u"hdsPairSplit"_s, {{u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"00:20"_s}, {u"pace"_s, kPaceSlow}});
    screen->setMode(HdsMainScreen::Mode::Pair);
    const bool caught = QTest::qWaitFor(
        [screen]() {
            for (int i = 0; i < screen->pairList()->topLevelItemCount(); ++i) {
                const QTreeWidgetItem* item = screen->pairList()->topLevelItem(i);
                const double p = item->data(HdsMainScreen::ProgressColumn, ProgressRole).toDouble();
                if (item->text(HdsMainScreen::SLdevColumn) == u"00:10"_s && p > 10 && p < 90) {
                    return true;
                }
            }
            return false;
        },
        60000);
    if (!caught) {
        qWarning("the split was not caught between 10 and 90 %%");
    }
    screen->selectPairs({u"00:10-00:20"_s});
    run(ws, u"hdsSetController"_s, {{u"copyPath"_s, u"incontroller"_s}});
    const QString path = QDir(Shots::outputDir()).filePath(u"hds-2-main-pairs-copying.png"_s);
    window.grab().save(path);
    qInfo("%s", qPrintable(path));

    const auto shoot = [&](HdsMainScreen::Button button, const QString& name) {
        screen->openPanel(button);
        if (const QPointer<QDialog> d = screen->dialog()) {
            save(d, name);
            if (d) {
                d->reject();
            }
        }
        QTest::qWait(100);
    };
    shoot(HdsMainScreen::SplitPairButton, u"hds-3-split"_s);
    screen->selectPairs({u"00:11-00:21"_s});
    shoot(HdsMainScreen::ResyncPairButton, u"hds-4-resync"_s);
    shoot(HdsMainScreen::DeletePairButton, u"hds-5-delete"_s);
    screen->selectPairs({u"00:13-00:22"_s});
    shoot(HdsMainScreen::SuspendPairButton, u"hds-6-suspend"_s);
    screen->selectPairs({});
    shoot(HdsMainScreen::StatHistoryButton, u"hds-7-status-history"_s);

    // Fig. 11C: 00:13 with Auto, 00:11 with two T-VOLs by Set, one refused.
    screen->setMode(HdsMainScreen::Mode::Volume);
    screen->selectVolumes({u"00:13"_s, u"00:11"_s});
    screen->openPanel(HdsMainScreen::AddPairButton);
    if (auto* add = qobject_cast<AddPairDialog*>(screen->dialog())) {
        add->selectRadio()->setChecked(true);
        add->chooseSVol(u"00:11"_s);
        add->chooseTVol(u"00:23"_s);
        add->setButton()->click();
        add->reserveCheck()->setChecked(false);
        add->chooseTVol(u"00:30"_s);
        add->setButton()->click();
        save(add, u"hds-8-add-pair"_s);
        add->initialCopyCheck()->setChecked(false);
        add->addButton()->click();
        if (!QTest::qWaitFor([add]() { return !add->busy(); }, 10000)) {
            qWarning("Add did not finish");
        }
        save(add, u"hds-9-add-pair-results"_s);
        add->reject();
    }
    screen->selectVolumes({u"00:30"_s, u"00:24"_s});
    shoot(HdsMainScreen::AttributeButton, u"hds-10-attribute"_s);
    screen->setMode(HdsMainScreen::Mode::Pair);
    save(&window, u"hds-11-main-pairs"_s);

    // Verify Pair (Copyline's extension) of the split 00:10 - 00:20, after a Verify.
    if (!QTest::qWaitFor([&]() { return statusOf(u"00:10"_s) == u"split"_s; }, 60000)) {
        qWarning("00:10 - 00:20 did not reach split");
    }
    screen->selectPairs({u"00:10-00:20"_s});
    screen->openPanel(HdsMainScreen::VerifyPairButton);
    if (auto* verify = qobject_cast<PairOperationDialog*>(screen->dialog())) {
        verify->runButton()->click();
        if (!QTest::qWaitFor([verify]() { return !verify->busy(); }, 30000)) {
            qWarning("Verify did not finish");
        }
        save(verify, u"hds-12-verify"_s);
        verify->reject();
    }
    return 0;
}
