// SPDX-License-Identifier: GPL-3.0-or-later
// The limits of one subsystem as its family and model set them. The engine publishes them per subsystem in the
// snapshot (Snapshot::limits), so the console checks the same numbers the commands enforce without knowing the
// family's model tables.
#pragma once

#include <QJsonObject>
#include <QString>

namespace Copyline
{

struct SubsystemLimits
{
    QString model;
    int maxLogicalDrives = 0; /**< includes repositories and mirror logical drives */
    int maxFlashCopies = 0;   /**< point-in-time copies of the whole subsystem */
    int maxFlashCopiesPerBase = 4;
    bool volumeCopySupported = true;
    int maxCopyTargetsPerSource = 0;
    int maxRunningCopies = 8;       /**< full copies running at once per subsystem */
    int maxMirrors = 0;             /**< 0: remote mirroring not available */
    int hostPortsPerController = 2; /**< the last one is reserved when remote mirroring is activated */
    int enclosureSlots = 14;

    friend bool operator==(const SubsystemLimits&, const SubsystemLimits&) = default;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("model"), model}, {QStringLiteral("maxLogicalDrives"), maxLogicalDrives},
            {QStringLiteral("maxFlashCopies"), maxFlashCopies},
            {QStringLiteral("maxFlashCopiesPerBase"), maxFlashCopiesPerBase},
            {QStringLiteral("volumeCopySupported"), volumeCopySupported},
            {QStringLiteral("maxCopyTargetsPerSource"), maxCopyTargetsPerSource},
            {QStringLiteral("maxRunningCopies"), maxRunningCopies}, {QStringLiteral("maxMirrors"), maxMirrors},
            {QStringLiteral("hostPortsPerController"), hostPortsPerController},
            {QStringLiteral("enclosureSlots"), enclosureSlots}};
    }
    static SubsystemLimits fromJson(const QJsonObject& o)
    {
        SubsystemLimits l;
        l.model = o.value(QStringLiteral("model")).toString();
        l.maxLogicalDrives = o.value(QStringLiteral("maxLogicalDrives")).toInt();
        l.maxFlashCopies = o.value(QStringLiteral("maxFlashCopies")).toInt();
        l.maxFlashCopiesPerBase = o.value(QStringLiteral("maxFlashCopiesPerBase")).toInt(l.maxFlashCopiesPerBase);
        l.volumeCopySupported = o.value(QStringLiteral("volumeCopySupported")).toBool(l.volumeCopySupported);
        l.maxCopyTargetsPerSource = o.value(QStringLiteral("maxCopyTargetsPerSource")).toInt();
        l.maxRunningCopies = o.value(QStringLiteral("maxRunningCopies")).toInt(l.maxRunningCopies);
        l.maxMirrors = o.value(QStringLiteral("maxMirrors")).toInt();
        l.hostPortsPerController = o.value(QStringLiteral("hostPortsPerController")).toInt(l.hostPortsPerController);
        l.enclosureSlots = o.value(QStringLiteral("enclosureSlots")).toInt(l.enclosureSlots);
        return l;
    }
};

} // namespace Copyline
