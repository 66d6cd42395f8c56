// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/ess/family.h"

#include "families/ess/commands.h"
#include "families/ess/copyservices.h"
#include "families/ess/models.h"
#include "families/ess/pprc.h"

namespace Copyline::Ess
{

Family family()
{
    Family f;
    f.id = QString::fromLatin1(kFamily);
    f.name = QStringLiteral("ESS");
    for (const auto& table : {storageCommands(), flashCopyCommands(), pathCommands(), pprcCommands(),
             copyServicesCommands(), taskCommands()}) {
        f.commands.append(table);
    }
    f.limits = &Ess::limits;
    f.restore = [](Engine& engine) -> Error {
        if (Error e = restoreFlashCopies(engine); e.isError()) {
            return e;
        }
        return restorePprc(engine);
    };
    f.poll = &pushChangedPairs;
    f.restrictAccess = &restrictAccess;
    f.takesRemoteFrames = &takesRemoteFrames;
    f.copyRuntime = &pprcCopyRuntime;
    f.populateDemo = &populateDemo;
    return f;
}

} // namespace Copyline::Ess
