// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/nec/family.h"

#include "families/nec/nec.h"
#include "families/nec/serverbuffer.h"

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Nec
{

namespace
{

SubsystemLimits limits(const QString& model)
{
    SubsystemLimits l;
    l.model = model;
    l.maxLogicalDrives = 4096; // [SIM] the seed gives no number of LDs per array
    l.maxFlashCopies = 0;
    l.maxFlashCopiesPerBase = 0;
    l.volumeCopySupported = false;
    l.maxCopyTargetsPerSource = kMaxDdrRvPerMv;
    l.maxRunningCopies = l.maxLogicalDrives;
    l.maxMirrors = 0; // DynamicDataReplication pairs are the family's own relationships
    return l;
}

} // namespace

Family family()
{
    Family f;
    f.id = QString::fromLatin1(kFamily);
    f.name = u"NEC iSM"_s;
    for (const auto& table : {arrayCommands(), pairCommands(), hostCommands(), linkCommands()}) {
        f.commands.append(table);
    }
    f.limits = &limits;
    f.restore = [](Engine& engine) -> Error {
        resetBuffers(engine);
        registerPeerOps(engine);
        return restorePairs(engine);
    };
    f.poll = &poll;
    f.restrictAccess = &restrictAccess;
    f.takesRemoteFrames = &takesRemoteFrames;
    f.listedPathKinds = {QString::fromLatin1(kLdInfo)};
    f.copyRuntime = &pairCopyRuntime;
    f.exports = &serverExports;
    f.populateDemo = &populateDemo;
    return f;
}

} // namespace Copyline::Nec
