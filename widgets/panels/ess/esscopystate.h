// SPDX-License-Identifier: GPL-3.0-or-later
// What the ESS Copy Services panels read from a snapshot (spec ESS-copy-services.md §1, §5): the ESSs of the Copy
// Services domain and their LSSs, a volume's copy roles (FlashCopy and PPRC) and their words, the LSS address
// "2105:serial:LSS". Pure functions over the published Configuration; the panels never ask the engine for state.
#pragma once

#include "api/snapshot.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Copyline::EssUi
{

inline constexpr auto kFamilyId = "ess";
inline constexpr auto kFlashCopyKind = "flashcopy";
inline constexpr auto kPprcKind = "pprc";

/** A volume's copy role as the Volumes panel colours it (spec §5.2): the union of its FlashCopy and PPRC roles. */
enum class CopyRole
{
    None,   /**< not in any copy pair (simplex) */
    Source, /**< FlashCopy source and/or PPRC primary */
    Target, /**< FlashCopy target and/or PPRC secondary */
    Mixed,  /**< source of one pair and target of another (an LSS: both kinds of volumes) */
};

bool isEss(const Subsystem& subsystem);
/** The ESSs of the domain, by serial. */
QList<Subsystem> servers(const Configuration& config);
/** "2105:12019:16" (spec §1.3). */
QString lssAddress(const Configuration& config, const Array& lss);
/** The volumes of an LSS, by volume number. */
QList<LogicalDrive> volumesOf(const Configuration& config, ObjectId lssId);
/** The volume number within its LSS from the 8-character ID ("00112019" → 1); -1 for another name. */
int volumeNumber(const LogicalDrive& volume);
/** "001" */
QString volumeNumberText(const LogicalDrive& volume);

/** The FlashCopy pair a volume is in (one at most), or nothing. */
std::optional<Relationship> flashCopyOf(const Configuration& config, ObjectId volumeId);
/** The PPRC pair a volume is in (one at most), or nothing. */
std::optional<Relationship> pprcOf(const Configuration& config, ObjectId volumeId);
CopyRole copyRoleOf(const Configuration& config, ObjectId volumeId);
/** An LSS's copy role: which kinds of pair volumes it holds (spec §5.3). */
CopyRole lssCopyRole(const Configuration& config, ObjectId lssId);
/**
 * The volume a name (8-character ID, any case) stands for on an ESS of the domain, or ID@site on an ESS the engine of
 * that site serves (a proxy); nothing if none.
 */
std::optional<LogicalDrive> volumeNamed(const Configuration& config, const QString& id);
/**
 * The ID commands take for a volume: "00012019", or "00012019@siteB" for one of an ESS another engine serves (the
 * same ESS serial may be served by both engines).
 */
QString volumeId(const Configuration& config, ObjectId volumeId);
/** FlashCopy tracks not yet copied (the source's Information panel); -1 when the engine has no figure. */
qint64 tracksRemaining(const Snapshot& snapshot, const Relationship& flashCopy);
/** The option words of @p options present as words. */
bool hasWord(const QString& options, const QString& word);

/** The value of the option word "key=value" in @p options; @p fallback when it is not there (a bare "key" gives ""). */
QString optionValue(const QString& options, const QString& key, const QString& fallback = {});
/** The ESS that keeps the domain's settings (password protection, the log): the primary server, else the first ESS. */
std::optional<Subsystem> domainHolder(const Configuration& config);
/** Whether host (CLI) commands need a user and password (on by default, seed L2491). */
bool passwordProtection(const Configuration& config);

/** A host's name for a volume (rsPrimeServer, spec §1.4): the disk it sees, whether it is mounted and primed. */
struct HostDisk
{
    QString host;
    QString disk;
    bool mounted = false;
    bool primed = false; /**< the Copy Services server knows the name: the Volumes panel shows it */
};
/** The hosts' names for volume @p volumeId, by host. */
QList<HostDisk> hostDisksOf(const Configuration& config, ObjectId volumeId);
/** What the Volumes panel writes under a volume: a primed host's device name, else the 8-digit volume ID. */
QString volumeLabel(const Configuration& config, const LogicalDrive& volume);

/** The panels' words for the model's values, translated in one place (context "Copyline::EssUi::EssTexts"). */
class EssTexts final
{
    Q_DECLARE_TR_FUNCTIONS(Copyline::EssUi::EssTexts)

public:
    static QString copyRole(CopyRole role);
    /** "Simplex", "Duplex Pending", "Duplex (full copy mode)", "Suspended" (spec §3.2). */
    static QString pprcState(const QString& state);
    /** "primary (source)", "secondary (target)", "simplex" */
    static QString pprcRole(const Configuration& config, ObjectId volumeId);
    /** "source", "target", "none", "source (failed)" */
    static QString flashCopyState(const Configuration& config, ObjectId volumeId);
    static QString size(qint64 bytes);
};

} // namespace Copyline::EssUi
