// SPDX-License-Identifier: GPL-3.0-or-later
// What a product family (DS4000, ESS, NEC iSM, ...) adds to the engine. The engine knows no family by name: it is
// built with the list of families (engine/families/families.h, one line per family) and runs their commands and
// hooks. A family lives in engine/families/<family>/ and sees the service layer (Engine, CommandContext) and core.
#pragma once

#include "api/error.h"
#include "api/limits.h"
#include "api/snapshot.h"
#include "hostio/nbdserver.h"
#include "service/commandcontext.h"
#include "storage/volumeio.h"

#include <QList>
#include <QString>

namespace Copyline
{

class Engine;

struct Family
{
    /** The value of Subsystem::family for this family's subsystems: "ds4000". */
    QString id;
    /** The family's name as administrators say it: "DS4000". */
    QString name;
    /** The commands of the family's command API. A name must be unique across the engine. */
    QList<CommandSpec> commands;
    /** The limits of one of the family's models (published in every snapshot). */
    SubsystemLimits (*limits)(const QString& model) = nullptr;
    /** After a workspace opened: give the family's relationships their runtime engines again. */
    Error (*restore)(Engine& engine) = nullptr;
    /** Once a second on the engine thread: what the family's controllers notice without host I/O. */
    void (*poll)(Engine& engine) = nullptr;
    /**
     * What the family's relationships forbid hosts on one of its logical drives, after the core rules (a PPRC
     * secondary refuses reads and writes). Use denyRead/denyWrite (copy/accessrules.h): the first reason stays.
     */
    void (*restrictAccess)(const Configuration& config, ObjectId logicalDriveId, HostAccess& access) = nullptr;
    /**
     * Whether a relationship whose source is another engine's drive (a proxy) still takes that engine's frames on its
     * target here. Without a hook it does; a family says no once its own rules have given the target back to its
     * hosts (an ESS failover: the pair terminated on the target storage server).
     */
    bool (*takesRemoteFrames)(const Relationship& relationship) = nullptr;
    /**
     * The CopyPath kinds that describe the family's logical drives beyond the core's fields (NEC: an LD's LDN and OS
     * type): listed to other engines with the drives, and kept on their proxies there, so a pair across engines can be
     * checked and shown in the family's words.
     */
    QStringList listedPathKinds;
    /**
     * NBD exports the family adds to those of the LUN mappings (engine thread, at every published change): drives
     * as the family's hosts see them, each with its own front (NbdExport::front).
     */
    QList<NbdExport> (*exports)(Engine& engine) = nullptr;
    /**
     * At every published change (engine thread): the copy figures of the family's pairs that run on the mirror
     * engine, by relationship id, into Snapshot::copies (CopyRuntime::synchronization set); entries already there
     * (point-in-time copies) stay. A pair that copies now has a rate or an estimate; one that is in sync reports
     * every grain copied, so a view sees it complete.
     */
    void (*copyRuntime)(Engine& engine, QHash<ObjectId, CopyRuntime>& copies) = nullptr;
    /** A first start: the family's part of the demonstration workspace, made through the command API. */
    Error (*populateDemo)(Engine& engine) = nullptr;
};

using FamilyList = QList<Family>;

} // namespace Copyline
