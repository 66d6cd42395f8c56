// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace catalog (catalog.h): the SQLite schema with its migrations, and creating, opening, validating,
// loading and writing the catalog, its events and its settings.
//
// Why one file of about 660 lines (issue 12): one SQL schema and its life cycle (the schema steps, migrating an older
// catalog with its backup, checking the tables against the entities' fields, loading and applying over the same
// tables) read best in one place. If it grows, the event and setting queries at the end are the seam to cut.
#include "catalog.h"

#include "storage/fields.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr auto kApplication = "copyline";

// The schema, as the steps that build it. Column names equal the entities' visitFields() names (checked by
// tst_workspace). A new catalog runs every step; an older one runs the steps past its version.
const char* const kSchemaV1[] = {
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE subsystems (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, family TEXT NOT NULL, "
    "model TEXT NOT NULL, wwn TEXT NOT NULL, firmware TEXT NOT NULL, feature_enable_id TEXT NOT NULL, "
    "flash_copy_enabled INTEGER NOT NULL, volume_copy_enabled INTEGER NOT NULL, "
    "remote_mirror_enabled INTEGER NOT NULL, remote_mirror_activated INTEGER NOT NULL, created TEXT NOT NULL)",
    "CREATE TABLE controllers (id INTEGER PRIMARY KEY, subsystem_id INTEGER NOT NULL REFERENCES subsystems(id), "
    "slot TEXT NOT NULL, status TEXT NOT NULL, serial TEXT NOT NULL)",
    "CREATE TABLE drives (id INTEGER PRIMARY KEY, subsystem_id INTEGER NOT NULL REFERENCES subsystems(id), "
    "enclosure INTEGER NOT NULL, slot INTEGER NOT NULL, raw_capacity INTEGER NOT NULL, "
    "usable_capacity INTEGER NOT NULL, type TEXT NOT NULL, speed_rpm INTEGER NOT NULL, product TEXT NOT NULL, "
    "serial TEXT NOT NULL, role TEXT NOT NULL, array_id INTEGER NOT NULL, array_position INTEGER NOT NULL, "
    "status TEXT NOT NULL, UNIQUE (subsystem_id, enclosure, slot))",
    "CREATE TABLE arrays (id INTEGER PRIMARY KEY, subsystem_id INTEGER NOT NULL REFERENCES subsystems(id), "
    "number INTEGER NOT NULL, raid_level TEXT NOT NULL, UNIQUE (subsystem_id, number))",
    "CREATE TABLE logical_drives (id INTEGER PRIMARY KEY, subsystem_id INTEGER NOT NULL REFERENCES subsystems(id), "
    "array_id INTEGER NOT NULL, name TEXT NOT NULL, capacity INTEGER NOT NULL, kind TEXT NOT NULL, "
    "wwn TEXT NOT NULL, preferred_owner TEXT NOT NULL, current_owner TEXT NOT NULL, segment_size INTEGER NOT NULL, "
    "created TEXT NOT NULL, status TEXT NOT NULL, file_name TEXT NOT NULL, UNIQUE (subsystem_id, name))",
    "CREATE TABLE host_groups (id INTEGER PRIMARY KEY, subsystem_id INTEGER NOT NULL REFERENCES subsystems(id), "
    "name TEXT NOT NULL, UNIQUE (subsystem_id, name))",
    "CREATE TABLE hosts (id INTEGER PRIMARY KEY, subsystem_id INTEGER NOT NULL REFERENCES subsystems(id), "
    "name TEXT NOT NULL, host_group_id INTEGER NOT NULL, host_type TEXT NOT NULL, UNIQUE (subsystem_id, name))",
    "CREATE TABLE host_ports (id INTEGER PRIMARY KEY, subsystem_id INTEGER NOT NULL REFERENCES subsystems(id), "
    "host_id INTEGER NOT NULL REFERENCES hosts(id), identifier TEXT NOT NULL, label TEXT NOT NULL, "
    "type TEXT NOT NULL, UNIQUE (subsystem_id, identifier))",
    "CREATE TABLE lun_mappings (id INTEGER PRIMARY KEY, subsystem_id INTEGER NOT NULL REFERENCES subsystems(id), "
    "logical_drive_id INTEGER NOT NULL REFERENCES logical_drives(id), target_id INTEGER NOT NULL, "
    "lun INTEGER NOT NULL, UNIQUE (logical_drive_id))",
    "CREATE TABLE events (id INTEGER PRIMARY KEY, subsystem_id INTEGER NOT NULL, time TEXT NOT NULL, "
    "code INTEGER NOT NULL, severity TEXT NOT NULL, component TEXT NOT NULL, description TEXT NOT NULL, "
    "details TEXT NOT NULL, needs_attention INTEGER NOT NULL)",
    "CREATE INDEX events_by_subsystem ON events (subsystem_id, id)",
};

// Version 2: DS4000 FlashCopy.
const char* const kSchemaV2[] = {
    "CREATE TABLE flash_copies (id INTEGER PRIMARY KEY REFERENCES logical_drives(id), "
    "subsystem_id INTEGER NOT NULL REFERENCES subsystems(id), base_id INTEGER NOT NULL REFERENCES logical_drives(id), "
    "repository_id INTEGER NOT NULL REFERENCES logical_drives(id), sequence INTEGER NOT NULL, status TEXT NOT NULL, "
    "status_reason TEXT NOT NULL, point_in_time TEXT NOT NULL, warning_threshold_percent INTEGER NOT NULL, "
    "full_policy TEXT NOT NULL, threshold_exceeded INTEGER NOT NULL, base_writes_failing INTEGER NOT NULL, "
    "grain_size INTEGER NOT NULL, map_file TEXT NOT NULL)",
};

// Version 3: DS4000 VolumeCopy; a copy bandwidth per subsystem.
const char* const kSchemaV3[] = {
    "ALTER TABLE subsystems ADD COLUMN copy_bandwidth INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE volume_copies (id INTEGER PRIMARY KEY, subsystem_id INTEGER NOT NULL REFERENCES subsystems(id), "
    "source_id INTEGER NOT NULL REFERENCES logical_drives(id), "
    "target_id INTEGER NOT NULL REFERENCES logical_drives(id), "
    "status TEXT NOT NULL, status_reason TEXT NOT NULL, priority TEXT NOT NULL, target_read_only INTEGER NOT NULL, "
    "started TEXT NOT NULL, completed TEXT NOT NULL, queue_order INTEGER NOT NULL, map_file TEXT NOT NULL, "
    "UNIQUE (target_id))",
};

// Version 4: DS4000 Enhanced Remote Mirroring: links between subsystems and each side's mirror records.
const char* const kSchemaV4[] = {
    "ALTER TABLE flash_copies ADD COLUMN failed_by_mirror_role INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE mirror_links (id INTEGER PRIMARY KEY, subsystem_a INTEGER NOT NULL REFERENCES subsystems(id), "
    "subsystem_b INTEGER NOT NULL REFERENCES subsystems(id), path_a TEXT NOT NULL, path_b TEXT NOT NULL, "
    "bandwidth INTEGER NOT NULL, round_trip_micros INTEGER NOT NULL, max_round_trip_micros INTEGER NOT NULL, "
    "flap_period_millis INTEGER NOT NULL, UNIQUE (subsystem_a, subsystem_b))",
    "CREATE TABLE mirrors (id INTEGER PRIMARY KEY REFERENCES logical_drives(id), "
    "subsystem_id INTEGER NOT NULL REFERENCES subsystems(id), pair_id INTEGER NOT NULL, "
    "remote_subsystem_id INTEGER NOT NULL, remote_drive_id INTEGER NOT NULL, role TEXT NOT NULL, "
    "status TEXT NOT NULL, status_reason TEXT NOT NULL, write_mode TEXT NOT NULL, "
    "write_consistency INTEGER NOT NULL, sync_priority TEXT NOT NULL, auto_resync INTEGER NOT NULL, "
    "full_sync_needed INTEGER NOT NULL, secondary_inconsistent INTEGER NOT NULL, "
    "synchronized_at_split INTEGER NOT NULL, created TEXT NOT NULL, last_synchronized TEXT NOT NULL, "
    "grain_size INTEGER NOT NULL, map_file TEXT NOT NULL)",
};

// Version 5: the copy relationships of the families after DS4000 (ESS FlashCopy and PPRC first).
const char* const kSchemaV5[] = {
    "CREATE TABLE relationships (id INTEGER PRIMARY KEY, subsystem_id INTEGER NOT NULL REFERENCES subsystems(id), "
    "kind TEXT NOT NULL, source_id INTEGER NOT NULL REFERENCES logical_drives(id), "
    "target_id INTEGER NOT NULL REFERENCES logical_drives(id), state TEXT NOT NULL, state_reason TEXT NOT NULL, "
    "options TEXT NOT NULL, grain_size INTEGER NOT NULL, established TEXT NOT NULL, map_file TEXT NOT NULL)",
};

// Version 6: ESS Copy Services: links and logical paths, saved tasks, CLI users, family properties of
// subsystems and LSSs; the progress a VolumeCopy reached when it stopped or failed.
const char* const kSchemaV6[] = {
    "ALTER TABLE subsystems ADD COLUMN options TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE arrays ADD COLUMN options TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE volume_copies ADD COLUMN copied_basis_points INTEGER NOT NULL DEFAULT -1",
    "CREATE TABLE copy_paths (id INTEGER PRIMARY KEY, subsystem_id INTEGER NOT NULL REFERENCES subsystems(id), "
    "kind TEXT NOT NULL, source_ref INTEGER NOT NULL, target_ref INTEGER NOT NULL, source_port TEXT NOT NULL, "
    "target_port TEXT NOT NULL, state TEXT NOT NULL)",
    "CREATE TABLE tasks (id INTEGER PRIMARY KEY, family TEXT NOT NULL, name TEXT NOT NULL, "
    "description TEXT NOT NULL, command TEXT NOT NULL, arguments TEXT NOT NULL, group_id INTEGER NOT NULL, "
    "last_status TEXT NOT NULL, last_reason TEXT NOT NULL, last_run TEXT NOT NULL)",
    "CREATE TABLE users (id INTEGER PRIMARY KEY, scope TEXT NOT NULL, name TEXT NOT NULL, salt TEXT NOT NULL, "
    "password_hash TEXT NOT NULL, role TEXT NOT NULL, UNIQUE (scope, name))",
};

// Version 7: DS4000 modification operations (Dynamic Volume Expansion as a long operation) and reservations.
const char* const kSchemaV7[] = {
    "ALTER TABLE logical_drives ADD COLUMN modification TEXT NOT NULL DEFAULT 'none'",
    "ALTER TABLE logical_drives ADD COLUMN modification_added INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE logical_drives ADD COLUMN modification_basis_points INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE logical_drives ADD COLUMN modification_priority TEXT NOT NULL DEFAULT 'high'",
    "ALTER TABLE logical_drives ADD COLUMN reservation TEXT NOT NULL DEFAULT 'none'",
    "ALTER TABLE logical_drives ADD COLUMN reservation_host TEXT NOT NULL DEFAULT ''",
};

// Version 8: Copy Services Manager sessions and copy sets, and the sessions an Operator manages.
const char* const kSchemaV8[] = {
    "ALTER TABLE users ADD COLUMN sessions TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE csm_sessions (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, type TEXT NOT NULL, "
    "description TEXT NOT NULL, locations TEXT NOT NULL, state TEXT NOT NULL, options TEXT NOT NULL, "
    "state_changed TEXT NOT NULL, timestamp TEXT NOT NULL)",
    "CREATE TABLE csm_copy_sets (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES csm_sessions(id), "
    "h1_id INTEGER NOT NULL, volumes TEXT NOT NULL, active INTEGER NOT NULL)",
};

// Version 9: a mirror link's transport (issue 17: in process, or over TCP).
const char* const kSchemaV9[] = {
    "ALTER TABLE mirror_links ADD COLUMN transport TEXT NOT NULL DEFAULT 'inProcess'",
};

// Version 10: engines per site (issue 17): a subsystem served by another engine, shown here through a proxy.
const char* const kSchemaV10[] = {
    "ALTER TABLE subsystems ADD COLUMN peer TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE subsystems ADD COLUMN remote_id INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE logical_drives ADD COLUMN remote_id INTEGER NOT NULL DEFAULT 0",
};

struct Step
{
    int version;
    const char* const* begin;
    const char* const* end;
};

const Step kSteps[] = {
    {1, std::begin(kSchemaV1), std::end(kSchemaV1)},
    {2, std::begin(kSchemaV2), std::end(kSchemaV2)},
    {3, std::begin(kSchemaV3), std::end(kSchemaV3)},
    {4, std::begin(kSchemaV4), std::end(kSchemaV4)},
    {5, std::begin(kSchemaV5), std::end(kSchemaV5)},
    {6, std::begin(kSchemaV6), std::end(kSchemaV6)},
    {7, std::begin(kSchemaV7), std::end(kSchemaV7)},
    {8, std::begin(kSchemaV8), std::end(kSchemaV8)},
    {9, std::begin(kSchemaV9), std::end(kSchemaV9)},
    {10, std::begin(kSchemaV10), std::end(kSchemaV10)},
};

bool looksLikeSqlite(const QString& path, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16)) {
        *why = u"the file is not an SQLite database"_s;
        return false;
    }
    return true;
}

/** SQLite's SQLITE_FULL (13), or an I/O error while the file system has no space left. */
bool isDiskFull(const QSqlError& error, const QString& folder)
{
    if (error.nativeErrorCode() == u"13"_s || error.databaseText().contains(u"disk is full"_s)) {
        return true;
    }
    struct statvfs fs
    { };
    return ::statvfs(QFile::encodeName(folder).constData(), &fs) == 0 && fs.f_bavail == 0;
}

/** True when @p after holds an object @p before does not: a change that needs room, not one that frees it. */
bool addsObjects(const Configuration& before, const Configuration& after)
{
    bool adds = false;
    forEachTablePair(before, after, [&](const char*, const auto& oldMap, const auto& newMap) {
        if (adds || oldMap.isSharedWith(newMap)) {
            return;
        }
        for (auto it = newMap.cbegin(); it != newMap.cend() && !adds; ++it) {
            adds = !oldMap.contains(it.key());
        }
    });
    return adds;
}

QString placeholders(const QStringList& columns)
{
    QStringList marks;
    for (const QString& c : columns) {
        marks.append(u":"_s + c);
    }
    return marks.join(u", "_s);
}

} // namespace

Catalog::Catalog()
    : m_connectionName(u"copyline-catalog-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Catalog::~Catalog()
{
    close();
}

QStringList Catalog::schemaStatements(int fromVersion)
{
    QStringList list;
    for (const Step& step : kSteps) {
        if (step.version > fromVersion) {
            for (auto it = step.begin; it != step.end; ++it) {
                list.append(QString::fromLatin1(*it));
            }
        }
    }
    return list;
}

bool Catalog::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void Catalog::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Error Catalog::sqlError(const QString& what, const QSqlError& queryError) const
{
    const QSqlError error
        = queryError.isValid() ? queryError : QSqlDatabase::database(m_connectionName, false).lastError();
    if (isDiskFull(error, QFileInfo(m_path).absolutePath())) {
        return {ErrorCode::DiskFull, {u"writing the catalog %1: %2"_s.arg(m_path, error.text())}};
    }
    return {ErrorCode::Internal, {u"catalog %1 failed: %2"_s.arg(what, error.text())}};
}

QString Catalog::reservePath() const
{
    return QFileInfo(m_path).absoluteDir().filePath(QString::fromLatin1(kReserveFileName));
}

bool Catalog::hasReserve() const
{
    return QFileInfo(reservePath()).size() >= kReserveBytes;
}

void Catalog::ensureReserve()
{
    if (m_reserveHeld || m_path.isEmpty()) {
        return;
    }
    if (hasReserve()) {
        m_reserveHeld = true;
        return;
    }
    const QByteArray path = QFile::encodeName(reservePath());
    struct statvfs fs
    { };
    if (::statvfs(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), &fs) != 0
        || static_cast<qint64>(fs.f_bavail) * static_cast<qint64>(fs.f_frsize) < 2 * kReserveBytes) {
        return; // no room to spare now: tried again after the next change
    }
    // Allocated for real (not a sparse hole): giving it back is what makes room for a transaction on a full disk.
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return;
    }
    m_reserveHeld = ::posix_fallocate(fd, 0, kReserveBytes) == 0;
    ::close(fd);
    if (!m_reserveHeld) {
        QFile::remove(reservePath());
    }
}

bool Catalog::releaseReserve()
{
    m_reserveHeld = false;
    return QFileInfo::exists(reservePath()) && QFile::remove(reservePath());
}

Error Catalog::openConnection(const QString& path)
{
    close();
    m_path = path;
    m_reserveHeld = false;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        return {ErrorCode::CatalogDamaged, {path, db.lastError().text()}};
    }
    return {};
}

Error Catalog::create(const QString& path)
{
    if (QFileInfo::exists(path)) {
        return {ErrorCode::WorkspaceNotUsable, {path, u"a catalog already exists there"_s}};
    }
    // SQLite gives its -wal, -shm and -journal files the mode of the database file: create that one private.
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return {ErrorCode::WorkspaceNotUsable, {path, file.errorString()}};
        }
    }
    if (auto err = openConnection(path); err.isError()) {
        return err;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    q.exec(u"PRAGMA journal_mode=WAL"_s);
    q.exec(u"PRAGMA synchronous=FULL"_s);
    if (!db.transaction()) {
        return sqlError(u"begin"_s);
    }
    for (const QString& statement : schemaStatements()) {
        if (!q.exec(statement)) {
            const Error err = sqlError(statement, q.lastError());
            db.rollback();
            return err;
        }
    }
    q.prepare(u"INSERT INTO meta (name, value) VALUES (:n, :v)"_s);
    const QList<std::pair<QString, QString>> meta {{u"application"_s, QString::fromLatin1(kApplication)},
        {u"schema_version"_s, QString::number(kSchemaVersion)}, {u"next_id"_s, u"1"_s}};
    for (const auto& [name, value] : meta) {
        q.bindValue(u":n"_s, name);
        q.bindValue(u":v"_s, value);
        if (!q.exec()) {
            const Error err = sqlError(u"meta"_s, q.lastError());
            db.rollback();
            return err;
        }
    }
    if (!db.commit()) {
        return sqlError(u"commit"_s);
    }
    ensureReserve();
    return {};
}

Error Catalog::open(const QString& path)
{
    QString why;
    if (!looksLikeSqlite(path, &why)) {
        return {ErrorCode::CatalogDamaged, {path, why}};
    }
    // Validate through a read-only connection first: nothing may be written to a catalog we then refuse.
    {
        const QString probeName = m_connectionName + u"-probe"_s;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(u"QSQLITE"_s, probeName);
            probe.setDatabaseName(path);
            probe.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            Error err;
            if (!probe.open()) {
                err = {ErrorCode::CatalogDamaged, {path, probe.lastError().text()}};
            } else {
                QSqlQuery q(probe);
                if (!q.exec(u"PRAGMA quick_check"_s) || !q.next()) {
                    err = {ErrorCode::CatalogDamaged, {path, q.lastError().text()}};
                } else if (q.value(0).toString() != u"ok"_s) {
                    err = {ErrorCode::CatalogDamaged, {path, q.value(0).toString()}};
                } else if (!q.exec(u"SELECT name, value FROM meta"_s)) {
                    err = {
                        ErrorCode::CatalogDamaged, {path, u"it has no meta table, so it is not a Copyline catalog"_s}};
                } else {
                    QMap<QString, QString> meta;
                    while (q.next()) {
                        meta.insert(q.value(0).toString(), q.value(1).toString());
                    }
                    bool ok = false;
                    const int version = meta.value(u"schema_version"_s).toInt(&ok);
                    if (meta.value(u"application"_s) != QString::fromLatin1(kApplication) || !ok) {
                        err = {ErrorCode::CatalogDamaged,
                            {path, u"its meta table does not describe a Copyline catalog"_s}};
                    } else if (version > kSchemaVersion) {
                        err = {ErrorCode::CatalogTooNew,
                            {path, QString::number(version), QString::number(kSchemaVersion)}};
                    }
                }
            }
            probe.close();
            if (err.isError()) {
                probe = QSqlDatabase();
                QSqlDatabase::removeDatabase(probeName);
                return err;
            }
        }
        QSqlDatabase::removeDatabase(probeName);
    }
    if (auto err = openConnection(path); err.isError()) {
        return err;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.exec(u"PRAGMA journal_mode=WAL"_s);
    q.exec(u"PRAGMA synchronous=FULL"_s);
    Error err = validate();
    if (!err.isError()) {
        ensureReserve();
    }
    return err;
}

Error Catalog::validate()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(u"SELECT value FROM meta WHERE name = 'schema_version'"_s) || !q.next()) {
        return {ErrorCode::CatalogDamaged, {m_path, u"the schema version cannot be read"_s}};
    }
    const int version = q.value(0).toInt();
    if (version < kSchemaVersion) {
        return migrate(version);
    }
    // Every table of the schema must be there with its columns; a catalog missing one is damaged.
    Configuration probe;
    Error err;
    forEachTable(probe, [&](const char* table, auto& map) {
        using Entity = typename std::remove_reference_t<decltype(map)>::mapped_type;
        if (err.isError()) {
            return;
        }
        const QSqlRecord record = QSqlDatabase::database(m_connectionName).record(QString::fromLatin1(table));
        for (const QString& column : fieldNames<Entity>()) {
            if (record.indexOf(column) < 0) {
                err = {ErrorCode::CatalogDamaged,
                    {m_path, u"table %1 lacks column %2"_s.arg(QString::fromLatin1(table), column)}};
                return;
            }
        }
    });
    return err;
}

Error Catalog::migrate(int fromVersion)
{
    if (fromVersion < 1) {
        // Version 1 is the first schema; a catalog claiming an older one did not come from Copyline.
        return {ErrorCode::CatalogDamaged, {m_path, u"unknown schema version %1"_s.arg(fromVersion)}};
    }
    // Keep the old catalog beside the new one before changing anything (the WAL is checkpointed into it first).
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const QString backup = m_path + u".v%1.bak"_s.arg(fromVersion);
    QFile::remove(backup);
    if (!QFile::copy(m_path, backup)
        || !QFile::setPermissions(backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return {ErrorCode::FileError, {backup, u"the catalog could not be backed up before its upgrade"_s}};
    }
    if (!db.transaction()) {
        return sqlError(u"begin"_s);
    }
    for (const QString& statement : schemaStatements(fromVersion)) {
        if (!q.exec(statement)) {
            db.rollback();
            return sqlError(statement);
        }
    }
    q.prepare(u"UPDATE meta SET value = :v WHERE name = 'schema_version'"_s);
    q.bindValue(u":v"_s, QString::number(kSchemaVersion));
    if (!q.exec() || !db.commit()) {
        db.rollback();
        return sqlError(u"schema upgrade"_s);
    }
    return validate();
}

Error Catalog::load(Configuration& config)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Configuration loaded;
    Error err;
    forEachTable(loaded, [&](const char* table, auto& map) {
        using Entity = typename std::remove_reference_t<decltype(map)>::mapped_type;
        if (err.isError()) {
            return;
        }
        QSqlQuery q(db);
        if (!q.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(QString::fromLatin1(table)))) {
            err = {ErrorCode::CatalogDamaged, {m_path, q.lastError().text()}};
            return;
        }
        while (q.next()) {
            QVariantMap row;
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i) {
                row.insert(rec.fieldName(i), rec.value(i));
            }
            auto entity = fromRow<Entity>(row);
            map.insert(entity.id, entity);
        }
    });
    if (err.isError()) {
        return err;
    }
    QSqlQuery q(db);
    if (!q.exec(u"SELECT value FROM meta WHERE name = 'next_id'"_s) || !q.next()) {
        return {ErrorCode::CatalogDamaged, {m_path, u"the id counter cannot be read"_s}};
    }
    loaded.nextId = q.value(0).toLongLong();
    config = loaded;
    return {};
}

Error Catalog::apply(const Configuration& before, const Configuration& after, QList<Event>& events)
{
    Error err = applyOnce(before, after, events);
    // The reserve is for changes that free space or record what happened (deleting, a FlashCopy that failed), not
    // for new objects: those are refused on a full disk, so the reserve is there for the delete that follows.
    if (err.code == ErrorCode::DiskFull && !addsObjects(before, after) && releaseReserve()) {
        err = applyOnce(before, after, events);
    }
    if (!err.isError()) {
        ensureReserve();
    }
    return err;
}

Error Catalog::applyOnce(const Configuration& before, const Configuration& after, QList<Event>& events)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction()) {
        return sqlError(u"begin"_s);
    }
    Error err;
    auto fail = [&](const QString& what, const QSqlQuery& q) { err = sqlError(what, q.lastError()); };
    // Upserts go in dependency order (parents first); deletes are collected and run afterwards, children first.
    QList<std::pair<QString, ObjectId>> deletions;
    forEachTablePair(before, after, [&](const char* tableName, const auto& oldMap, const auto& newMap) {
        using Entity = typename std::remove_cvref_t<decltype(newMap)>::mapped_type;
        if (err.isError() || oldMap.isSharedWith(newMap)) {
            return;
        }
        const QString table = QString::fromLatin1(tableName);
        for (auto it = oldMap.cbegin(); it != oldMap.cend(); ++it) {
            if (!newMap.contains(it.key())) {
                deletions.prepend({table, it.key()});
            }
        }
        const QStringList columns = fieldNames<Entity>();
        QSqlQuery q(db);
        q.prepare(
            u"INSERT OR REPLACE INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), placeholders(columns)));
        for (auto it = newMap.cbegin(); it != newMap.cend(); ++it) {
            const auto old = oldMap.constFind(it.key());
            if (old != oldMap.cend() && *old == *it) {
                continue;
            }
            const QVariantMap row = toRow(*it);
            for (auto col = row.cbegin(); col != row.cend(); ++col) {
                q.bindValue(u":"_s + col.key(), col.value());
            }
            if (!q.exec()) {
                fail(u"write to "_s + table, q);
                return;
            }
        }
    });
    for (const auto& [table, id] : std::as_const(deletions)) {
        if (err.isError()) {
            break;
        }
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM %1 WHERE id = :id"_s.arg(table));
        q.bindValue(u":id"_s, id);
        if (!q.exec()) {
            fail(u"delete from "_s + table, q);
        }
    }
    if (!err.isError() && before.nextId != after.nextId) {
        QSqlQuery q(db);
        q.prepare(u"UPDATE meta SET value = :v WHERE name = 'next_id'"_s);
        q.bindValue(u":v"_s, QString::number(after.nextId));
        if (!q.exec()) {
            fail(u"id counter"_s, q);
        }
    }
    if (!err.isError() && !events.isEmpty()) {
        const QStringList columns = fieldNames<Event>().mid(1); // the id is assigned by SQLite
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO events (%1) VALUES (%2)"_s.arg(columns.join(u", "_s), placeholders(columns)));
        for (Event& event : events) {
            const QVariantMap row = toRow(event);
            for (const QString& c : columns) {
                q.bindValue(u":"_s + c, row.value(c));
            }
            if (!q.exec()) {
                fail(u"event log"_s, q);
                break;
            }
            event.id = q.lastInsertId().toLongLong();
        }
    }
    if (err.isError()) {
        db.rollback();
        return err;
    }
    if (!db.commit()) {
        const Error commitError = sqlError(u"commit"_s);
        db.rollback();
        return commitError;
    }
    return {};
}

QList<Event> Catalog::events(ObjectId subsystemId, qint64 afterId, int limit) const
{
    QList<Event> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT * FROM events WHERE id > :after AND (:sub = 0 OR subsystem_id = :sub) ORDER BY id LIMIT :lim"_s);
    q.bindValue(u":after"_s, afterId);
    q.bindValue(u":sub"_s, subsystemId);
    q.bindValue(u":lim"_s, limit);
    if (!q.exec()) {
        return list;
    }
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i) {
            row.insert(rec.fieldName(i), rec.value(i));
        }
        list.append(fromRow<Event>(row));
    }
    return list;
}

QList<Event> Catalog::latestEvents(ObjectId subsystemId, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT MIN(id) FROM (SELECT id FROM events WHERE (:sub = 0 OR subsystem_id = :sub) "
              "ORDER BY id DESC LIMIT :lim)"_s);
    q.bindValue(u":sub"_s, subsystemId);
    q.bindValue(u":lim"_s, limit);
    if (!q.exec() || !q.next() || q.value(0).isNull()) {
        return {};
    }
    return events(subsystemId, q.value(0).toLongLong() - 1, limit);
}

qint64 Catalog::lastEventId() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(u"SELECT MAX(id) FROM events"_s) || !q.next()) {
        return 0;
    }
    return q.value(0).toLongLong();
}

QString Catalog::setting(const QString& key, const QString& defaultValue) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT value FROM settings WHERE key = :k"_s);
    q.bindValue(u":k"_s, key);
    if (!q.exec() || !q.next()) {
        return defaultValue;
    }
    return q.value(0).toString();
}

Error Catalog::setSetting(const QString& key, const QString& value)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES (:k, :v)"_s);
    q.bindValue(u":k"_s, key);
    q.bindValue(u":v"_s, value);
    if (!q.exec()) {
        return sqlError(u"settings"_s);
    }
    return {};
}

} // namespace Copyline
