// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr const char* kContext = "Copyline::Error";

/** The longest piece of the user's input an error message repeats; longer input is cut and its length said. */
constexpr qsizetype kEchoLimit = 60;

constexpr const char* kLengthNote = QT_TRANSLATE_NOOP("Copyline::Error", "(%1 characters)");

/** True when @p source (an English template) quotes placeholder @p n ("%1"): that argument echoes user input. */
bool quotesPlaceholder(QStringView source, int n)
{
    const QString quoted = u"\"%"_s + QString::number(n) + u'"';
    return source.contains(quoted);
}

QString lengthNote(qsizetype length, bool localized)
{
    const QString note
        = localized ? QCoreApplication::translate(kContext, kLengthNote) : QString::fromUtf8(kLengthNote);
    return note.arg(QLocale::c().toString(length));
}

/**
 * Puts @p args into @p text in one pass: %N becomes the Nth argument, and a %N without an argument stays as it is
 * (a test looks for it). An argument is never scanned for placeholders itself, so input such as "50%1" stays
 * literal. Arguments that a quoted placeholder of @p source echoes are cut to kEchoLimit characters, and their
 * length is said after the closing quote.
 */
QString fill(const QString& text, const QStringList& args, QStringView source, bool localized)
{
    static const QString closers = u"\"\u201C\u201D\u300D\u2019'"_s;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c != u'%' || i + 1 >= text.size() || !text[i + 1].isDigit() || text[i + 1] == u'0') {
            out.append(c);
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        int n = 0;
        while (end < text.size() && text[end].isDigit() && end - i <= 2) {
            n = n * 10 + text[end].digitValue();
            ++end;
        }
        if (n > args.size()) {
            out.append(QStringView(text).mid(i, end - i));
            i = end;
            continue;
        }
        const QString& arg = args[n - 1];
        if (arg.size() <= kEchoLimit || !quotesPlaceholder(source, n)) {
            out.append(arg);
            i = end;
            continue;
        }
        out.append(QStringView(arg).left(kEchoLimit));
        out.append(u'\u2026');
        if (end < text.size() && closers.contains(text[end])) {
            out.append(text[end]);
            ++end;
        }
        out.append(u' ' + lengthNote(arg.size(), localized));
        i = end;
    }
    return out;
}

} // namespace

const char* errorTemplate(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The operation completed successfully.");
    case ErrorCode::Internal:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "Internal error: %1. The configuration was not changed; please report this problem.");
    case ErrorCode::SyntaxError:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Syntax error at line %1, column %2: %3.");
    case ErrorCode::UnknownCommand:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "Unknown command \"%1\". The README lists the script commands Copyline understands.");
    case ErrorCode::MissingParameter:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The command %2 needs the parameter %1.");
    case ErrorCode::InvalidParameter:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The value \"%2\" is not valid for %1: %3.");
    case ErrorCode::UnknownParameter:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The command %2 has no parameter %1.");
    case ErrorCode::NotSupported:
        return QT_TRANSLATE_NOOP("Copyline::Error", "%1 is not supported: %2.");
    case ErrorCode::Busy:
        return QT_TRANSLATE_NOOP("Copyline::Error", "%1 is busy: %2. Wait for it to finish and try again.");
    case ErrorCode::SubsystemNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "There is no storage subsystem named \"%1\" in this workspace. "
            "Run copylinectl -d to list the storage subsystems.");
    case ErrorCode::LogicalDriveNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "There is no logical drive named \"%1\" on storage subsystem \"%2\". "
            "Check the name (names are case sensitive) or run show allLogicalDrives.");
    case ErrorCode::ArrayNotFound:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "There is no array (Logical Drive Group) %1 on storage subsystem \"%2\".");
    case ErrorCode::DriveNotFound:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "There is no drive at enclosure %1, slot %2 on storage subsystem \"%3\".");
    case ErrorCode::HostNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error", "There is no host named \"%1\" on storage subsystem \"%2\".");
    case ErrorCode::HostGroupNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error", "There is no host group named \"%1\" on storage subsystem \"%2\".");
    case ErrorCode::HostPortNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error", "There is no host port \"%1\" on storage subsystem \"%2\".");
    case ErrorCode::MappingNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Logical drive \"%1\" has no LUN mapping to %2.");
    case ErrorCode::ControllerNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error", "There is no controller %1; use A or B.");
    case ErrorCode::NameEmpty:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The %1 name must not be empty. Enter a name.");
    case ErrorCode::NameTooLong:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The name \"%1\" has %2 characters; a name may have at most %3 characters, "
            "spaces included. Shorten it.");
    case ErrorCode::NameInUse:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The name \"%1\" is already used by %2 on this storage subsystem. "
            "Names must be unique; choose another name.");
    case ErrorCode::NameInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The name \"%1\" is not allowed: %2. Use letters, digits, spaces and the characters - _ . #.");
    case ErrorCode::RaidLevelInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "RAID level %1 is not supported; choose RAID 0, 1, 3 or 5.");
    case ErrorCode::RaidLevelNotAllowed:
        return QT_TRANSLATE_NOOP("Copyline::Error", "RAID %1 cannot be used for %2; choose RAID %3.");
    case ErrorCode::RaidDriveCount:
        return QT_TRANSLATE_NOOP("Copyline::Error", "RAID %1 needs %2, but %3 drive(s) were selected.");
    case ErrorCode::DriveNotUnassigned:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "Drive [%1,%2] is %3; only unassigned drives can be used. Choose another drive.");
    case ErrorCode::DriveTypeMixed:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "The selected drives mix %1 and %2 drives; an array uses one drive type only.");
    case ErrorCode::CapacityExceedsFree:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The requested capacity %1 is more than the free capacity of %2 (%3). "
            "Request at most %3.");
    case ErrorCode::CapacityTooSmall:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The capacity %1 is too small; the minimum is %2.");
    case ErrorCode::ArrayNotEmpty:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "%1 still holds %2 logical drive(s). Delete them before deleting the array.");
    case ErrorCode::LogicalDriveLimit:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "Storage subsystem \"%1\" already has %2 logical drives, the most a %3 supports.");
    case ErrorCode::DriveNotHotSpareCandidate:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Drive [%1,%2] cannot change its hot-spare role: %3.");
    case ErrorCode::CapacityNotIncreased:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The capacity of \"%1\" cannot be increased: %2.");
    case ErrorCode::ReservationConflict:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Logical drive \"%1\" is already reserved by %2 (%3 reservation). The host that holds it must release "
            "it, or clear it with clear logicalDrive [\"%1\"] reservations;.");
    case ErrorCode::MixedFirmware:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Storage subsystem \"%1\" runs controller firmware %2 and its mirror partner \"%3\" runs %4. While the "
            "levels differ only mirror deletion, logical drive renaming, synchronization priority changes and "
            "promotion are allowed, not %5. Download the same firmware to both subsystems first.");
    case ErrorCode::FirmwareDownloadRefused:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "Controller firmware cannot be downloaded to storage subsystem \"%1\": %2.");
    case ErrorCode::LogicalDriveKindNotAllowed:
        return QT_TRANSLATE_NOOP("Copyline::Error", "\"%1\" is a %2; %3.");
    case ErrorCode::IoOutOfRange:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The range at offset %1 with length %2 does not lie inside logical drive \"%3\" "
            "(capacity %4 bytes).");
    case ErrorCode::IoError:
        return QT_TRANSLATE_NOOP("Copyline::Error", "I/O error on logical drive \"%1\": %2.");
    case ErrorCode::IoAccessDenied:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Host %1 to logical drive \"%2\" is refused: %3.");
    case ErrorCode::LunInUse:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "LUN %1 is already used by \"%2\" in the partition of %3. Choose a free LUN.");
    case ErrorCode::LunOutOfRange:
        return QT_TRANSLATE_NOOP("Copyline::Error", "LUN %1 is out of range; use a LUN from 0 to %2.");
    case ErrorCode::AlreadyMapped:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Logical drive \"%1\" is already mapped to %2 as LUN %3. "
            "Remove that mapping first; a logical drive has one mapping.");
    case ErrorCode::NotMapped:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Logical drive \"%1\" is not mapped.");
    case ErrorCode::HostGroupNotEmpty:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Host group \"%1\" still has %2. Move or delete them first.");
    case ErrorCode::HostPortIdInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The host port identifier \"%1\" is not valid: enter 16 hexadecimal digits, "
            "for example 21:00:00:E0:8B:05:05:04.");
    case ErrorCode::HostPortIdInUse:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The host port identifier %1 is already defined for host \"%2\".");
    case ErrorCode::FeatureKeyInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The file \"%1\" is not a valid premium feature key: %2.");
    case ErrorCode::FeatureKeyWrongSubsystem:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The key file \"%1\" was generated for feature enable identifier %2, but this "
            "storage subsystem's identifier is %3. Generate a key for this identifier.");
    case ErrorCode::FeatureAlreadyEnabled:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The premium feature %1 is already enabled on \"%2\".");
    case ErrorCode::FeatureNotEnabled:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The premium feature %1 is not enabled on \"%2\". Enable it with its key file "
            "(Storage Subsystem > Premium Features > Enable).");
    case ErrorCode::FeatureUnknown:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "Unknown premium feature \"%1\"; use flashCopy, volumeCopy or remoteMirror.");
    case ErrorCode::FeatureNotSupported:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The premium feature %1 is not supported on a %2.");
    case ErrorCode::FeatureInUse:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The premium feature %1 cannot be changed on \"%2\": %3.");
    case ErrorCode::FlashCopyStateInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "FlashCopy logical drive \"%1\" is %2: %3.");
    case ErrorCode::FlashCopyLimit:
        return QT_TRANSLATE_NOOP("Copyline::Error", "No FlashCopy can be created for \"%1\": %2.");
    case ErrorCode::VolumeCopyCandidateInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "\"%1\" cannot be the %2 of a VolumeCopy: %3.");
    case ErrorCode::VolumeCopyStateInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The VolumeCopy from \"%1\" to \"%2\" is %3: %4.");
    case ErrorCode::VolumeCopyNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "There is no VolumeCopy pair %1 on storage subsystem \"%2\". Run show volumeCopy allLogicalDrives.");
    case ErrorCode::WorkloadNotRunning:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "Host \"%1\" runs no workload. Start one with: start hostWorkload host=\"%1\";");
    case ErrorCode::WorkspaceLocked:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The workspace %1 is in use by another Copyline process (%2). "
            "Attach to it, or stop it with copylinectl --workspace %1 --stop.");
    case ErrorCode::CatalogDamaged:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The catalog %1 is damaged (%2). It has not been changed. Restore it from a backup "
            "or open another workspace.");
    case ErrorCode::CatalogTooNew:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The catalog %1 was written by a newer Copyline (schema version %2; this version "
            "reads up to %3). It has not been changed. Open it with a newer Copyline.");
    case ErrorCode::WorkspaceNotUsable:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The folder %1 cannot be used as a workspace: %2.");
    case ErrorCode::EngineUnreachable:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Cannot reach the Copyline engine of workspace %1: %2.");
    case ErrorCode::EngineStartFailed:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Could not start the Copyline engine for workspace %1: %2");
    case ErrorCode::FileError:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Cannot use the file %1: %2.");
    case ErrorCode::DiskFull:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The disk that holds the workspace is full (%1); nothing was changed. Free space there (delete logical "
            "drives or FlashCopies you no longer need, or other files), then try again.");
    case ErrorCode::WrongFamily:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Storage subsystem \"%1\" belongs to the %2 family; %3 is a command of the %4 family. Address a "
            "subsystem of the %4 family (copylinectl -d lists them), or use the %2 commands.");
    case ErrorCode::ControlSocketUnsafe:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "The control socket %1 %2; another user may be trying to capture your commands. %3");
    case ErrorCode::MirrorNotActivated:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Remote Logical Drive Mirroring is %2 on storage subsystem \"%1\"; mirrors need it Enabled/Activated on "
            "both subsystems. Enable the feature with its key file and run Storage Subsystem > Remote Mirroring > "
            "Activate (activate storageSubsystem feature=remoteMirror;).");
    case ErrorCode::MirrorLimit:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Storage subsystem \"%1\" already has %2 mirrored logical drives, the most a %3 supports. Remove a mirror "
            "relationship first.");
    case ErrorCode::MirrorStateInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The mirrored pair of %1 is %2: %3");
    case ErrorCode::MirrorNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Logical drive \"%1\" is not in a mirror relationship on storage subsystem \"%2\". Run show "
            "remoteMirrors; to list them.");
    case ErrorCode::MirrorCommunication:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "Storage subsystem \"%1\" cannot communicate with storage subsystem \"%2\": %3. %4");
    case ErrorCode::MirrorRoleInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Logical drive \"%1\" %2");
    case ErrorCode::MirrorRepositorySpace:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "There is not enough space available for creating the remote mirror repository logical drives: %1 "
            "needs %2 and has %3 free. Choose another array, or create a new array from unconfigured drives.");
    case ErrorCode::MirrorSubsystemInvalid:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "Storage subsystem \"%1\" cannot mirror to storage subsystem \"%2\": %3");
    case ErrorCode::MirrorCandidateInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The operation cannot complete because the selected logical drive is not a valid "
            "candidate for Remote Mirroring. %1");
    case ErrorCode::EssVolumeNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Volume %1 was not found in the Copy Services domain. A volume ID has 8 characters: the LSS digit, the "
            "volume number in hex and the ESS serial (00012019 is volume 000 of LSS 16 on ESS 12019).");
    case ErrorCode::EssDifferentLss:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "FlashCopy source %1 is on LSS %2 and target %3 on LSS %4: FlashCopy works within one LSS. Choose a "
            "target on LSS %2.");
    case ErrorCode::EssTargetTooSmall:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Target %1 (%2) is smaller than source %3 (%4). Choose a target at least as large as the source.");
    case ErrorCode::EssInFlashCopy:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Volume %1 is already in a FlashCopy relationship with %2; a volume takes part in one FlashCopy at a "
            "time. Wait until its background copy has finished, or withdraw that pair first.");
    case ErrorCode::EssNotInFlashCopy:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "Volume %1 is not in a FlashCopy relationship; there is nothing to withdraw.");
    case ErrorCode::EssLssInvalid:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "LSS %1 %2. Open Systems LSSs are numbered 16 to 31 and hold at most 256 volumes each.");
    case ErrorCode::EssSerialInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "ESS serial \"%1\" is not valid: %2.");
    case ErrorCode::EssNoPath:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "There is no PPRC path from LSS %1 to LSS %2. Paths for PPRC must be defined first: establish a path "
            "on the Paths panel (essEstablishPaths).");
    case ErrorCode::EssPprcInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The PPRC operation on %1 is not possible: %2.");
    case ErrorCode::EssTargetOnline:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Target volume %1 is online to host %2. Demount it from the host first, or check \"Permit if target is "
            "online\".");
    case ErrorCode::EssNoLink:
        return QT_TRANSLATE_NOOP("Copyline::Error", "No ESCON link %1. %2.");
    case ErrorCode::EssPathLimit:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The paths cannot be established: %1.");
    case ErrorCode::EssTaskInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Task \"%1\" %2.");
    case ErrorCode::EssTaskNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "No task named \"%1\" is defined. Tasks are defined on the Volumes, Storage Servers or Paths panel "
            "(Task Wizard, Define task, Save).");
    case ErrorCode::EssCopyServicesUnavailable:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Copy Services is %1: no task can be submitted. %2.");
    case ErrorCode::EssNotAuthorized:
        return QT_TRANSLATE_NOOP("Copyline::Error", "%1 is not authorized: %2.");
    case ErrorCode::NecLdNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Logical disk \"%1\" was not found on any disk array. Name a logical disk by its LD name (-mvflg ld), "
            "such as dev001.");
    case ErrorCode::NecArrayInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Disk array \"%1\": %2.");
    case ErrorCode::NecPairInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The pair %1 - %2 cannot be set: %3.");
    case ErrorCode::NecNotPaired:
        return QT_TRANSLATE_NOOP("Copyline::Error", "%1 and %2 are not paired. Set the pair first (iSMrc_pair).");
    case ErrorCode::NecStateInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "%1 cannot be executed for the pair %2 - %3 in state %4: %5.");
    case ErrorCode::NecRvAccessInvalid:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "RV access restriction %1 is not available for %2 (Table 3-3: %3).");
    case ErrorCode::NecLicense:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "No additional pair can be set or canceled on disk array %1: %2. Replication operations on preset pairs "
            "remain enabled.");
    case ErrorCode::NecServerNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Server \"%1\" is not attached to any disk array.");
    case ErrorCode::NecVolumeNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error", "%1 is not a volume of server %2.");
    case ErrorCode::NecAccessRefused:
        return QT_TRANSLATE_NOOP("Copyline::Error", "iSM13609: Access of specified disk was refused. %1");
    case ErrorCode::NecVolumeList:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The volume list of server %1 does not exist: replication commands are disabled. Run iSMvollist -cr.");
    case ErrorCode::NecControlVolume:
        return QT_TRANSLATE_NOOP("Copyline::Error", "%1 cannot be defined as a control volume: %2.");
    case ErrorCode::NecPathNotNormal:
        return QT_TRANSLATE_NOOP("Copyline::Error", "iSM13639: Specified path is not normal status. %1");
    case ErrorCode::NecWaitTimeout:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The pair %1 - %2 did not reach %3 within %4 seconds.");
    case ErrorCode::HdsControllerInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Controller %1: %2.");
    case ErrorCode::HdsVolumeNotFound:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "No volume \"%1\" on controller %2. Address a volume by CU:LDEV in hex, such as 00:1A.");
    case ErrorCode::HdsVolumeInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Volume %1: %2.");
    case ErrorCode::HdsPairInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The pair %1 - %2 cannot be created: %3.");
    case ErrorCode::HdsNoPair:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "%1 and %2 are not a pair (status 801, no pair). Create the pair first (Add Pair, paircreate).");
    case ErrorCode::HdsNoOp:
        return QT_TRANSLATE_NOOP("Copyline::Error", "%1 does nothing for the pair %2 - %3 in status %4 (Fig. 2): %5.");
    case ErrorCode::HdsNoReserved:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Auto selection found no T-VOL for %1: %2. Reserve a volume (Attribute) of at least the S-VOL's capacity "
            "that is not yet a T-VOL.");
    case ErrorCode::HdsLimit:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Controller %1 allows at most %2 %3; raise the limit (%4) first.");
    case ErrorCode::HdsWaitTimeout:
        return QT_TRANSLATE_NOOP("Copyline::Error", "The pair %1 - %2 did not reach %3 within %4 seconds.");
    case ErrorCode::CsmNotAuthorized:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "IWNR1400E User %1 (%2) is not authorized to %3. Ask an Administrator for the role or the session.");
    case ErrorCode::CsmLoginFailed:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "IWNR1401E The user name or the password is not correct, or the sign-in has expired. Sign in again.");
    case ErrorCode::CsmLoginLocked:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "IWNR1402E Sign-in for %1 is locked for %2 seconds after repeated failures. Wait, then try again.");
    case ErrorCode::CsmSessionNotFound:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "IWNR1003E There is no session \"%1\". List the sessions with lssess.");
    case ErrorCode::CsmSessionExists:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "IWNR1004E A session named \"%1\" already exists. Choose another name.");
    case ErrorCode::CsmNameInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "IWNR1005E \"%1\" is not a valid %2: %3.");
    case ErrorCode::CsmTypeUnknown:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "IWNR1006E \"%1\" is not a session type Copyline offers. Use one of: %2.");
    case ErrorCode::CsmActionNotValid:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "IWNC1302E The action %1 is not currently valid for session %2; valid actions are: %3.");
    case ErrorCode::CsmCopySetInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "IWNR2001E The copy set %1 cannot be added: %2.");
    case ErrorCode::CsmDeviceNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "IWNR3001E There is no storage system \"%1\" here. List the connections with lsdevice, or add one.");
    case ErrorCode::CsmVolumeNotFound:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "IWNR2002E There is no volume \"%1\" on a connected storage system. Volume ids look like "
            "ESS:2105.12019:VOL:00012019 (lsvol lists them).");
    case ErrorCode::CsmCsvInvalid:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "IWNR2010E The CSV file cannot be imported, line %1: %2. Nothing was imported.");
    case ErrorCode::CsmHardware:
        return QT_TRANSLATE_NOOP(
            "Copyline::Error", "IWNR2020E %1 failed on the storage system for %2: %3 Nothing was changed.");
    case ErrorCode::CsmUserInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "IWNR1410E User %1: %2.");
    case ErrorCode::CsmSessionNotDefined:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "IWNR1011E Session %1 is %2; only a Defined session can be removed. Terminate it first.");
    case ErrorCode::CsmStandbyServer:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "IWNR3020E This server is the standby management server of %1: it keeps a copy of that server's sessions "
            "and runs no commands. Run the command on %1, or take over with hatakeover if %1 is lost.");
    case ErrorCode::CsmHaInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "IWNR3021E Management server %1: %2");
    case ErrorCode::ManagementNotAuthorized:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "User %1 (%2) may not run %3 over the network: %4. The engine's owner gives roles with copylinectl "
            "--add-user on the engine's computer.");
    case ErrorCode::ManagementLoginFailed:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Sign-in to the engine at %1 refused: the user name or the password is not correct. Each failure from "
            "the same address makes the next attempt wait longer.");
    case ErrorCode::ManagementNotSignedIn:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Sign in first: the engine answers \"%1\" only after a sign-in.");
    case ErrorCode::EngineIdentityUnknown:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The engine at %1 is not known here. Its certificate's SHA-256 fingerprint is %2. Compare it with the one "
            "copylined printed when it started (or copylinectl --workspace DIR --show-fingerprint on the engine's "
            "computer); if they are the same, run again with --fingerprint %2 to trust it. Nothing was sent.");
    case ErrorCode::EngineIdentityChanged:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "WARNING: THE CERTIFICATE OF THE ENGINE AT %1 HAS CHANGED. It is now %2, but %3 was trusted for it (%4). "
            "Someone may be intercepting the connection; nothing was sent. If the engine's certificate was made "
            "again on purpose, remove the line of %1 from %4 and connect again with --fingerprint.");
    case ErrorCode::EngineIdentityMismatch:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "The engine at %1 presents the certificate %2, not %3 as given with --fingerprint. Nothing was sent.");
    case ErrorCode::ManagementUserInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Management user %1: %2.");
    case ErrorCode::ManagementTlsFailed:
        return QT_TRANSLATE_NOOP("Copyline::Error", "No TLS connection to the engine at %1: %2.");
    case ErrorCode::RemoteSubsystemReadOnly:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Storage subsystem %1 is served by the remote engine %2 and shown here read-only; run the command on "
            "that engine (copylinectl --host, or a console attached to it).");
    case ErrorCode::PeerInvalid:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Remote engine %1: %2.");
    case ErrorCode::PeerUnreachable:
        return QT_TRANSLATE_NOOP("Copyline::Error",
            "Cannot reach the remote engine %1 at %2: %3. Check that its copylined runs with --replication-listen "
            "on that address and that this engine holds its replication key.");
    case ErrorCode::MirrorAcrossEngines:
        return QT_TRANSLATE_NOOP("Copyline::Error", "Mirror relationship of %1: %2.");
    }
    return QT_TRANSLATE_NOOP("Copyline::Error", "Unknown error %1.");
}

QString Error::message() const
{
    const QString source = QString::fromUtf8(errorTemplate(code));
    return fill(source, args, source, false);
}

QString Error::localizedMessage() const
{
    const QString source = QString::fromUtf8(errorTemplate(code));
    return fill(QCoreApplication::translate(kContext, errorTemplate(code)), args, source, true);
}

QString shortenedInput(const QString& text)
{
    if (text.size() <= kEchoLimit) {
        return text;
    }
    return text.left(kEchoLimit) + u"\u2026 "_s + lengthNote(text.size(), false);
}

int errorArgumentCount(ErrorCode code)
{
    const QString text = QString::fromUtf8(errorTemplate(code));
    int most = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'%' && text[i + 1].isDigit()) {
            most = std::max(most, text[i + 1].digitValue());
        }
    }
    return most;
}

QString Error::cliLine() const
{
    return u"Error %1 - %2"_s.arg(number()).arg(message());
}

QJsonObject Error::toJson() const
{
    return {{u"code"_s, number()}, {u"args"_s, QJsonArray::fromStringList(args)}, {u"message"_s, message()}};
}

Error Error::fromJson(const QJsonObject& object)
{
    Error error;
    error.code = static_cast<ErrorCode>(object.value(u"code"_s).toInt());
    for (const auto& value : object.value(u"args"_s).toArray()) {
        error.args.append(value.toString());
    }
    return error;
}

} // namespace Copyline
