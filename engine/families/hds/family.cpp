// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/hds/family.h"

#include "families/hds/hds.h"

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Hds
{

namespace
{

SubsystemLimits limits(const QString& model)
{
    SubsystemLimits l;
    l.model = model;
    l.maxLogicalDrives = 4096; // [SIM] 16 CU images of 256 LDEVs; the seed gives no number
    l.maxFlashCopies = 0;
    l.maxFlashCopiesPerBase = 0;
    l.volumeCopySupported = false;
    l.maxCopyTargetsPerSource = 0; // one primary may have several secondaries (L87); the pair limit bounds them
    l.maxRunningCopies = 16384;
    l.maxMirrors = 0; // remote copy is the prior art this controller avoids (spec §3.12)
    return l;
}

} // namespace

Family family()
{
    Family f;
    f.id = QString::fromLatin1(kFamily);
    f.name = u"In-controller copy"_s;
    for (const auto& table : {controllerCommands(), pairCommands()}) {
        f.commands.append(table);
    }
    f.limits = &limits;
    f.restore = &restorePairs;
    f.restrictAccess = &restrictAccess;
    f.populateDemo = &populateDemo;
    return f;
}

} // namespace Copyline::Hds
