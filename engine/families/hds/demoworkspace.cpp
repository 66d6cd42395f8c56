// SPDX-License-Identifier: GPL-3.0-or-later
// The in-controller copy part of the demonstration workspace (issue 15): controller 64015 with OPEN-V volumes on two
// disk adapters and two RAID levels (the copy between different RAID levels of L86): production volumes 00:10 and
// 00:11 on CL1-A, and reserved volumes 00:20-00:23 on CL2-A for T-VOL Auto selection (L217). One pair is created by
// Auto selection without its initial copy (802 paired and not copied, "duplex"): the administrator's first Split
// makes the point-in-time copy; the rest wait for Add Pair. (No copy runs while the demonstration is made, so a first
// start always shows the same workspace.)
#include "families/hds/family.h"
#include "service/engine.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Hds
{

Error populateDemo(Engine& engine)
{
    const QString serial = u"64015"_s;
    QList<std::pair<QString, QJsonObject>> steps {
        {u"hdsCreateController"_s, {{u"serial"_s, serial}}},
    };
    const auto volume = [&](const QString& ldev, const QString& port, int dka, int raid, bool reserve) {
        steps.append({u"hdsCreateVolume"_s,
            {{u"subsystem"_s, serial}, {u"ldev"_s, ldev}, {u"port"_s, port}, {u"emulation"_s, u"OPEN-V"_s},
                {u"capacity"_s, u"256 MB"_s}, {u"dka"_s, dka}, {u"raid"_s, raid}, {u"reserve"_s, reserve}}});
    };
    volume(u"00:10"_s, u"CL1-A"_s, 0, 5, false);
    volume(u"00:11"_s, u"CL1-A"_s, 0, 5, false);
    volume(u"00:20"_s, u"CL2-A"_s, 1, 1, true);
    volume(u"00:21"_s, u"CL2-A"_s, 1, 1, true);
    volume(u"00:22"_s, u"CL2-A"_s, 1, 5, true);
    volume(u"00:23"_s, u"CL2-A"_s, 1, 5, true);
    steps.append({u"writeLogicalDrive"_s,
        {{u"subsystem"_s, serial}, {u"targets"_s, QJsonArray {u"00:10"_s}}, {u"offset"_s, 0},
            {u"length"_s, 4 * 1024 * 1024}, {u"seed"_s, 15}}});
    steps.append({u"hdsPairCreate"_s,
        {{u"subsystem"_s, serial}, {u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"auto"_s}, {u"pace"_s, 15},
            {u"initialCopy"_s, false}}});
    for (const auto& [command, args] : steps) {
        const CommandResult r = engine.execute({command, args});
        if (!r.ok()) {
            return r.error;
        }
    }
    return {};
}

} // namespace Copyline::Hds
