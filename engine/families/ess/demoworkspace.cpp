// SPDX-License-Identifier: GPL-3.0-or-later
// The ESS part of the demonstration workspace (issue 13), modelled on the seed's examples: ESS 12019 with LSS 16 and
// 17 and ESS FCA31 with LSS 17 and 18 in one Copy Services domain (primary server on 12019, backup on FCA31), ESCON
// links and a path from LSS 16 to LSS 17 of FCA31, an AIX host that sees LSS 16, the seed's CLI user, and saved
// tasks: HPFlash and its withdraw, a path task, a PPRC establish, suspend and the failover terminate scheduled with
// the target storage server. The PPRC pairs of the establish task are in Duplex, so the Volumes panel shows simplex,
// FlashCopy-ready and mirrored volumes at a glance.
#include "families/ess/copyservices.h"
#include "families/ess/family.h"
#include "service/engine.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Ess
{

namespace
{

struct Step
{
    QString command;
    QJsonObject args;
};

QJsonObject task(const QString& name, const QString& description, const QString& command, const QJsonObject& args)
{
    return {{u"name"_s, name}, {u"description"_s, description}, {u"command"_s, command}, {u"arguments"_s, args}};
}

} // namespace

Error populateDemo(Engine& engine)
{
    const QJsonObject pprcPairs {{u"pairs"_s, QJsonArray {u"00212019:100FCA31"_s, u"00312019:101FCA31"_s}}};
    QJsonObject establish = pprcPairs;
    establish.insert(u"copy"_s, u"entire"_s);
    QJsonObject suspend = pprcPairs;
    suspend.insert(u"scheduleOn"_s, u"source"_s);
    QJsonObject terminate = pprcPairs;
    terminate.insert(u"scheduleOn"_s, u"target"_s);
    const QJsonObject paths {{u"subsystem"_s, u"12019"_s}, {u"lss"_s, 16}, {u"remote"_s, u"FCA31"_s},
        {u"remoteLss"_s, QJsonArray {17}}, {u"said"_s, QJsonArray {u"0005"_s, u"0001"_s}}, {u"existing"_s, u"skip"_s}};

    const QList<Step> steps {
        {u"essCreateStorageServer"_s,
            {{u"serial"_s, u"12019"_s}, {u"model"_s, u"F20"_s}, {u"lss"_s, QJsonArray {16, 17}}}},
        {u"essCreateStorageServer"_s,
            {{u"serial"_s, u"FCA31"_s}, {u"model"_s, u"F20"_s}, {u"lss"_s, QJsonArray {17, 18}}}},
        {u"essCreateVolumes"_s,
            {{u"subsystem"_s, u"12019"_s}, {u"lss"_s, 16}, {u"count"_s, 6}, {u"capacity"_s, u"1 GB"_s}}},
        {u"essCreateVolumes"_s,
            {{u"subsystem"_s, u"12019"_s}, {u"lss"_s, 17}, {u"count"_s, 2}, {u"capacity"_s, u"1 GB"_s}}},
        {u"essCreateVolumes"_s,
            {{u"subsystem"_s, u"FCA31"_s}, {u"lss"_s, 17}, {u"count"_s, 4}, {u"capacity"_s, u"1 GB"_s}}},
        {u"essCreateVolumes"_s,
            {{u"subsystem"_s, u"FCA31"_s}, {u"lss"_s, 18}, {u"count"_s, 2}, {u"capacity"_s, u"1 GB"_s}}},
        {u"essSetCopyServicesServers"_s, {{u"primary"_s, u"12019"_s}, {u"backup"_s, u"FCA31"_s}}},
        {u"essConnectEscon"_s,
            {{u"subsystem"_s, u"12019"_s}, {u"said"_s, u"0005"_s}, {u"remote"_s, u"FCA31"_s},
                {u"remoteSaid"_s, u"00a1"_s}}},
        {u"essConnectEscon"_s,
            {{u"subsystem"_s, u"12019"_s}, {u"said"_s, u"0001"_s}, {u"remote"_s, u"FCA31"_s},
                {u"remoteSaid"_s, u"00a0"_s}}},
        {u"essConnectEscon"_s,
            {{u"subsystem"_s, u"FCA31"_s}, {u"said"_s, u"0021"_s}, {u"remote"_s, u"12019"_s},
                {u"remoteSaid"_s, u"0081"_s}}},
        {u"essEstablishPaths"_s, paths},
        {u"essAuthorizeUser"_s, {{u"name"_s, u"storwatch"_s}, {u"password"_s, u"specialist"_s}}},
        {u"essAttachVolume"_s,
            {{u"host"_s, u"aixhost"_s}, {u"volume"_s, u"00012019"_s}, {u"disk"_s, u"hdisk3"_s}, {u"mounted"_s, true}}},
        {u"essAttachVolume"_s, {{u"host"_s, u"aixhost"_s}, {u"volume"_s, u"00112019"_s}, {u"disk"_s, u"hdisk4"_s}}},
        {u"essAttachVolume"_s,
            {{u"host"_s, u"aixhost"_s}, {u"volume"_s, u"00212019"_s}, {u"disk"_s, u"hdisk5"_s}, {u"mounted"_s, true}}},
        {u"essPrimeHost"_s, {{u"host"_s, u"aixhost"_s}}},
        {u"essSaveTask"_s,
            task(u"HPFlash"_s, u"FlashCopy COPY of hdisk3 onto hdisk4 (LSS 16)"_s, u"essEstablishFlashCopy"_s,
                {{u"source"_s, u"00012019"_s}, {u"target"_s, u"00112019"_s}})},
        {u"essSaveTask"_s,
            task(u"HPFlashWithdraw"_s, u"Withdraw the HPFlash pair"_s, u"essWithdrawFlashCopy"_s,
                {{u"volume"_s, u"00012019"_s}})},
        {u"essSaveTask"_s,
            task(u"PathLSS16to17"_s, u"PPRC paths 12019:16 -> FCA31:17 over SAID0005 and SAID0001"_s,
                u"essEstablishPaths"_s, paths)},
        {u"essSaveTask"_s,
            task(u"EstPriSec"_s, u"Establish PPRC pairs hdisk5 and 00312019 to FCA31 LSS 17 (copy entire volume)"_s,
                u"essEstablishPprc"_s, establish)},
        {u"essSaveTask"_s,
            task(u"SuspPriSec"_s, u"Suspend the PPRC pairs (scheduled on the source)"_s, u"essSuspendPprc"_s, suspend)},
        {u"essSaveTask"_s,
            task(u"TermPriSec"_s, u"Failover: terminate the PPRC pairs, scheduled with the target storage server"_s,
                u"essTerminatePprc"_s, terminate)},
        // The pairs of EstPriSec run already. Their volumes are new and empty on both sides, the one case where
        // "Do not copy volume" is right (seed L2799): Duplex at once, nothing for the workspace to copy at its start.
        {u"essEstablishPprc"_s, {{u"pairs"_s, pprcPairs.value(u"pairs"_s)}, {u"copy"_s, u"none"_s}}},
    };
    for (const Step& step : steps) {
        const CommandResult r = engine.execute({step.command, step.args});
        if (!r.ok()) {
            return r.error;
        }
    }
    return {};
}

} // namespace Copyline::Ess
