// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/ess/models.h"

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Ess
{

QStringList models()
{
    return {u"E10"_s, u"E20"_s, u"F10"_s, u"F20"_s};
}

SubsystemLimits limits(const QString& model)
{
    SubsystemLimits l;
    l.model = model;
    // 16 Open Systems LSSs of 256 volumes (spec §3.7); a volume is in one FlashCopy at a time, so an ESS holds at
    // most half its volumes' worth of FlashCopy pairs.
    l.maxLogicalDrives = (kLastOpenSystemsLss - kFirstOpenSystemsLss + 1) * kVolumesPerLss;
    l.maxFlashCopies = l.maxLogicalDrives / 2;
    l.maxFlashCopiesPerBase = 1;
    l.volumeCopySupported = false;
    l.maxCopyTargetsPerSource = 1;
    // [SIM] The seed gives no limit of concurrent background copies (spec §3.7 "not specified"); every pair copies
    // at once and shares the bandwidth, as the seed describes (L1698).
    l.maxRunningCopies = l.maxFlashCopies;
    l.maxMirrors = 0; // PPRC pairs come with the PPRC part of the family
    return l;
}

QString serialProblem(const QString& serial)
{
    if (serial.size() != 5) {
        return u"an ESS serial has 5 characters, such as 12019 or FCA31"_s;
    }
    for (const QChar c : serial) {
        if (!(c.isDigit() || (c >= u'A' && c <= u'Z'))) {
            return u"use digits and upper-case letters only, such as 12019 or FCA31"_s;
        }
    }
    return {};
}

QString volumeId(const QString& serial, int lss, int number)
{
    return u"%1%2%3"_s.arg(lss - kFirstOpenSystemsLss, 1, 16)
        .arg(number, 2, 16, QLatin1Char('0'))
        .arg(serial)
        .toUpper();
}

std::optional<VolumeAddress> parseVolumeId(const QString& id)
{
    if (id.size() != 8 || !serialProblem(id.mid(3)).isEmpty()) {
        return std::nullopt;
    }
    bool ok1 = false;
    bool ok2 = false;
    const int lssDigit = id.left(1).toInt(&ok1, 16);
    const int number = id.mid(1, 2).toInt(&ok2, 16);
    if (!ok1 || !ok2) {
        return std::nullopt;
    }
    return VolumeAddress {id.mid(3), kFirstOpenSystemsLss + lssDigit, number};
}

QString volumeNumberText(int number)
{
    return u"%1"_s.arg(number, 3, 10, QLatin1Char('0'));
}

} // namespace Copyline::Ess
