// SPDX-License-Identifier: GPL-3.0-or-later
#include "family.h"

#include "families/ds4000/commands.h"
#include "families/ds4000/demoworkspace.h"
#include "families/ds4000/flashcopyops.h"
#include "families/ds4000/mirrorops.h"
#include "families/ds4000/models.h"
#include "families/ds4000/storageops.h"
#include "families/ds4000/volumecopyops.h"

namespace Copyline::Ds4000
{

namespace
{

Error restore(Engine& engine)
{
    Error err = FlashCopyOps::restore(engine);
    if (!err.isError()) {
        // Mirrors first: a VolumeCopy into a mirror primary writes through the mirror's hook from its first chunk.
        err = MirrorOps::restore(engine);
    }
    if (!err.isError()) {
        err = VolumeCopyOps::restore(engine);
    }
    return err;
}

void poll(Engine& engine)
{
    StorageOps::pollModifications(engine);
    MirrorOps::poll(engine);
}

} // namespace

Family family()
{
    Family f;
    f.id = QString::fromLatin1(kFamily);
    f.name = QStringLiteral("DS4000");
    for (const auto& table : {storageCommands(), hostCommands(), featureCommands(), showCommands(), flashCopyCommands(),
             volumeCopyCommands(), mirrorLinkCommands(), mirrorPairCommands(), mirrorShowCommands(), mirrorVerifyCommands()}) {
        f.commands.append(table);
    }
    f.limits = &Ds4000::limits;
    f.restore = &restore;
    f.poll = &poll;
    f.populateDemo = &DemoWorkspace::populate;
    return f;
}

} // namespace Copyline::Ds4000
