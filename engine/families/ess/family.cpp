// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/ess/family.h"

#include "families/ess/commands.h"
#include "families/ess/models.h"

namespace Copyline::Ess
{

Family family()
{
    Family f;
    f.id = QString::fromLatin1(kFamily);
    f.name = QStringLiteral("ESS");
    for (const auto& table : {storageCommands(), flashCopyCommands()}) {
        f.commands.append(table);
    }
    f.limits = &Ess::limits;
    f.restore = &restoreFlashCopies;
    return f;
}

} // namespace Copyline::Ess
