// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/error.h"
#include "api/event.h"
#include "storage/configuration.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace Copyline
{

/**
 * The workspace catalog: one SQLite database holding the configuration, the event log and settings.
 *
 * Opening validates before anything is written: the file must be an SQLite database (header check with a
 * read-only connection), pass `PRAGMA quick_check`, carry Copyline's meta table and a schema version this build
 * understands. A damaged or newer catalog is refused with CatalogDamaged / CatalogTooNew and left byte for byte
 * as it was. An older schema is migrated step by step in one transaction, after a copy of the file was saved
 * beside it.
 *
 * Every configuration change is one transaction (apply()), committed with synchronous=FULL in WAL mode before
 * the command that made it is acknowledged. Used from one thread (the engine's).
 */
class Catalog final
{
public:
    static constexpr int kSchemaVersion = 9;
    static constexpr auto kFileName = "catalog.sqlite";

    Catalog();
    ~Catalog();
    Catalog(const Catalog&) = delete;
    Catalog& operator=(const Catalog&) = delete;

    /** Creates a new, empty catalog at @p path (which must not exist). */
    Error create(const QString& path);
    /** Opens and validates an existing catalog. */
    Error open(const QString& path);
    void close();
    bool isOpen() const;
    const QString& path() const { return m_path; }

    Error load(Configuration& config);
    /**
     * Writes the difference between @p before and @p after plus @p events in one transaction. On a full disk the
     * space reserve is given up and the transaction tried once more, so a change that frees space (deleting a
     * logical drive) can still be recorded; DiskFull when even that fails.
     */
    Error apply(const Configuration& before, const Configuration& after, QList<Event>& events);

    /** Bytes kept allocated beside the catalog for the transactions of a full disk. */
    static constexpr qint64 kReserveBytes = 16 * 1024 * 1024;
    static constexpr auto kReserveFileName = "catalog.reserve";
    /** The reserve file exists and holds kReserveBytes. */
    bool hasReserve() const;

    /** Events of @p subsystemId (0: all) with id > @p afterId, oldest first, at most @p limit. */
    QList<Event> events(ObjectId subsystemId, qint64 afterId, int limit) const;
    /** Newest @p limit events of @p subsystemId (0: all), oldest first. */
    QList<Event> latestEvents(ObjectId subsystemId, int limit) const;
    qint64 lastEventId() const;

    QString setting(const QString& key, const QString& defaultValue = {}) const;
    Error setSetting(const QString& key, const QString& value);

    /** The statements that bring a catalog from @p fromVersion (0: empty) to the current schema. */
    static QStringList schemaStatements(int fromVersion = 0);

private:
    Error openConnection(const QString& path);
    Error validate();
    Error migrate(int fromVersion);
    /** Internal, or DiskFull when the file system under the catalog has no room left. */
    Error sqlError(const QString& what, const QSqlError& queryError = {}) const;
    Error applyOnce(const Configuration& before, const Configuration& after, QList<Event>& events);
    /** (Re)creates the reserve when it is missing and the disk has room for it and as much again. */
    void ensureReserve();
    bool releaseReserve();
    QString reservePath() const;

    QString m_path;
    QString m_connectionName;
    bool m_reserveHeld = false; /**< the reserve was made or seen whole: no need to look at it after each change */
};

} // namespace Copyline
