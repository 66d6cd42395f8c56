// SPDX-License-Identifier: GPL-3.0-or-later
// Stable error codes of the command API. The GUI, the CLI and the management protocol all report these codes;
// scripts may rely on the numbers. Each code has one message template (English source text, translated by the
// widgets through QCoreApplication::translate("Copyline::Error", ...)) that says what is wrong and what to do.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Copyline
{

enum class ErrorCode : int
{
    None = 0,
    // General
    Internal = 1,
    SyntaxError = 2,
    UnknownCommand = 3,
    MissingParameter = 4,
    InvalidParameter = 5,
    UnknownParameter = 6,
    NotSupported = 7,
    Busy = 8,
    // Lookups
    SubsystemNotFound = 10,
    LogicalDriveNotFound = 11,
    ArrayNotFound = 12,
    DriveNotFound = 13,
    HostNotFound = 14,
    HostGroupNotFound = 15,
    HostPortNotFound = 16,
    MappingNotFound = 17,
    ControllerNotFound = 18,
    // Names
    NameEmpty = 20,
    NameTooLong = 21,
    NameInUse = 22,
    NameInvalid = 23,
    // Arrays, drives, capacity
    RaidLevelInvalid = 30,
    RaidDriveCount = 31,
    DriveNotUnassigned = 32,
    DriveTypeMixed = 33,
    CapacityExceedsFree = 34,
    CapacityTooSmall = 35,
    ArrayNotEmpty = 36,
    LogicalDriveLimit = 37,
    DriveNotHotSpareCandidate = 38,
    CapacityNotIncreased = 39,
    LogicalDriveKindNotAllowed = 40,
    RaidLevelNotAllowed = 41,
    ReservationConflict = 42,
    // Host I/O
    IoOutOfRange = 45,
    IoError = 46,
    IoAccessDenied = 47,
    // Hosts and mappings
    LunInUse = 50,
    LunOutOfRange = 51,
    AlreadyMapped = 52,
    NotMapped = 53,
    HostGroupNotEmpty = 54,
    HostPortIdInvalid = 55,
    HostPortIdInUse = 56,
    // Premium features
    FeatureKeyInvalid = 60,
    FeatureKeyWrongSubsystem = 61,
    FeatureAlreadyEnabled = 62,
    FeatureNotEnabled = 63,
    FeatureUnknown = 64,
    FeatureNotSupported = 65,
    FeatureInUse = 66,
    // Copy services
    FlashCopyStateInvalid = 80,
    FlashCopyLimit = 81,
    VolumeCopyCandidateInvalid = 82,
    VolumeCopyStateInvalid = 83,
    VolumeCopyNotFound = 84,
    // Controller firmware
    MixedFirmware = 85,
    FirmwareDownloadRefused = 86,
    WorkloadNotRunning = 90,
    // Workspace and engine
    WorkspaceLocked = 70,
    CatalogDamaged = 71,
    CatalogTooNew = 72,
    WorkspaceNotUsable = 73,
    EngineUnreachable = 74,
    EngineStartFailed = 75,
    FileError = 76,
    ControlSocketUnsafe = 77,
    DiskFull = 78,
    WrongFamily = 79,
    // Remote mirroring. 158 is the DS4000 Storage Manager's own number; 150-157 are Copyline's.
    MirrorNotActivated = 150,
    MirrorLimit = 151,
    MirrorStateInvalid = 152,
    MirrorNotFound = 153,
    MirrorCommunication = 154,
    MirrorRoleInvalid = 155,
    MirrorRepositorySpace = 156,
    MirrorSubsystemInvalid = 157,
    MirrorCandidateInvalid = 158,
    // ESS Copy Services (200-299).
    EssVolumeNotFound = 200,
    EssDifferentLss = 201,
    EssTargetTooSmall = 202,
    EssInFlashCopy = 203,
    EssNotInFlashCopy = 204,
    EssLssInvalid = 205,
    EssSerialInvalid = 206,
    EssNoPath = 207,
    EssPprcInvalid = 208,
    EssTargetOnline = 209,
    EssNoLink = 210,
    EssPathLimit = 211,
    EssTaskInvalid = 212,
    EssTaskNotFound = 213,
    EssCopyServicesUnavailable = 214,
    EssNotAuthorized = 215,
    // NEC iSM data replication (300-399).
    NecLdNotFound = 300,
    NecArrayInvalid = 301,
    NecPairInvalid = 302,
    NecNotPaired = 303,
    NecStateInvalid = 304,
    NecRvAccessInvalid = 305,
    NecLicense = 306,
    NecServerNotFound = 307,
    NecVolumeNotFound = 308,
    NecAccessRefused = 309,
    NecVolumeList = 310,
    NecControlVolume = 311,
    NecPathNotNormal = 312,
    NecWaitTimeout = 313,
    // The in-controller copy family of seed 004 (400-499).
    HdsControllerInvalid = 400,
    HdsVolumeNotFound = 401,
    HdsVolumeInvalid = 402,
    HdsPairInvalid = 403,
    HdsNoPair = 404,
    HdsNoOp = 405,
    HdsNoReserved = 406,
    HdsLimit = 407,
    HdsWaitTimeout = 408,
    // Copy Services Manager sessions of seed 003 (500-599). The texts carry the manager's message ids.
    CsmNotAuthorized = 500,
    CsmLoginFailed = 501,
    CsmLoginLocked = 502,
    CsmSessionNotFound = 503,
    CsmSessionExists = 504,
    CsmNameInvalid = 505,
    CsmTypeUnknown = 506,
    CsmActionNotValid = 507,
    CsmCopySetInvalid = 508,
    CsmDeviceNotFound = 509,
    CsmVolumeNotFound = 510,
    CsmCsvInvalid = 511,
    CsmHardware = 512,
    CsmUserInvalid = 513,
    CsmSessionNotDefined = 514,
    CsmStandbyServer = 515,
    CsmHaInvalid = 516,
    // Management over TLS (issue 17, 600-619): sign-in, roles, the engine's certificate.
    ManagementNotAuthorized = 600,
    ManagementLoginFailed = 601,
    ManagementNotSignedIn = 602,
    EngineIdentityUnknown = 603,
    EngineIdentityChanged = 604,
    EngineIdentityMismatch = 605,
    ManagementUserInvalid = 606,
    ManagementTlsFailed = 607,
    // Engines per site (issue 17, 620-639): remote engines, the proxies of their subsystems, mirrors across them.
    RemoteSubsystemReadOnly = 620,
    PeerInvalid = 621,
    PeerUnreachable = 622,
    MirrorAcrossEngines = 623,
};

/**
 * An error as a value: a stable code, its message template and the arguments that fill %1, %2, ...
 * A default-constructed Error means success. Raising sites pass exactly errorArgumentCount(code) arguments
 * (tst_errors checks the sources).
 */
struct Error
{
    ErrorCode code = ErrorCode::None;
    QStringList args;

    Error() = default;
    Error(ErrorCode c, QStringList a = {})
        : code(c)
        , args(std::move(a))
    { }

    bool isError() const { return code != ErrorCode::None; }
    int number() const { return static_cast<int>(code); }

    /** The English message, arguments filled in. */
    QString message() const;
    /** The message in the application's language (falls back to English). */
    QString localizedMessage() const;
    /** "Error 22 - The name ... " as the CLI prints it. */
    QString cliLine() const;

    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject& object);

    friend bool operator==(const Error&, const Error&) = default;
};

/** The untranslated template of @p code (for tools and tests). */
const char* errorTemplate(ErrorCode code);

/** How many arguments the template of @p code takes: its highest %N. */
int errorArgumentCount(ErrorCode code);

/**
 * @p text as an error message may repeat it inside a reason it composes: input longer than 60 characters is cut
 * with an ellipsis and its length said ("abc… (10,485,760 characters)"). Quoted placeholders of the templates
 * ("%1") get the same treatment when the message is filled.
 */
QString shortenedInput(const QString& text);

} // namespace Copyline
