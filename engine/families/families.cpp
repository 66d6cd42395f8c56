// SPDX-License-Identifier: GPL-3.0-or-later
#include "families.h"

#include "families/csm/family.h"
#include "families/ds4000/family.h"
#include "families/ess/family.h"
#include "families/hds/family.h"
#include "families/nec/family.h"

namespace Copyline::Families
{

FamilyList all()
{
    return {
        Ds4000::family(), Ess::family(), Nec::family(), Hds::family(),
        Csm::family(), // last: it manages the subsystems of the families before it
    };
}

} // namespace Copyline::Families
