// SPDX-License-Identifier: GPL-3.0-or-later
#include "models.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Ds4000
{

namespace
{

struct Row
{
    const char* model;
    int maxLogicalDrives;
    bool volumeCopy;
    int maxMirrors;
    int hostPorts;
    int slots;
};

// Table 3 (L1204-1365): logical drive maxima, VolumeCopy support and ERM mirror maxima per model. FlashCopy totals
// are half the logical drive maximum (note 5); copy targets per source are one less than that half's double.
// Conflict C21: the DS4100 dual-controller with firmware 06.12+ is modelled as ERM-capable with 32 pairs.
constexpr std::array<Row, 7> kRows {{
    {"DS4100", 1024, true, 32, 2, 14},
    {"DS4300", 1024, false, 0, 2, 14},
    {"DS4300 Turbo", 1024, true, 32, 2, 14},
    {"DS4400", 2048, true, 64, 2, 14},
    {"DS4500", 2048, true, 64, 2, 14},
    {"DS4700", 1024, true, 32, 4, 16},
    {"DS4800", 2048, true, 64, 4, 16},
}};

ModelLimits fromRow(const Row& row)
{
    ModelLimits l;
    l.model = QString::fromLatin1(row.model);
    l.maxLogicalDrives = row.maxLogicalDrives;
    l.maxFlashCopies = row.maxLogicalDrives / 2;
    l.volumeCopySupported = row.volumeCopy;
    l.maxCopyTargetsPerSource = row.volumeCopy ? row.maxLogicalDrives - 1 : 0;
    l.maxMirrors = row.maxMirrors;
    l.hostPortsPerController = row.hostPorts;
    l.enclosureSlots = row.slots;
    return l;
}

} // namespace

ModelLimits limits(const QString& model)
{
    for (const Row& row : kRows) {
        if (model.compare(QLatin1String(row.model), Qt::CaseInsensitive) == 0) {
            return fromRow(row);
        }
    }
    return fromRow(kRows.back());
}

QStringList models()
{
    QStringList list;
    for (const Row& row : kRows) {
        list.append(QString::fromLatin1(row.model));
    }
    return list;
}

} // namespace Copyline::Ds4000
