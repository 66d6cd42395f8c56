// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace on disk: demonstration content, persistence round trip (same catalog, same bytes), the lock,
// and the refusal of damaged, newer or foreign catalogs without changing a byte of them.
#include "catalog/catalog.h"
#include "families/families.h"
#include "storage/fields.h"
#include "storage/rules.h"
#include "testworkspace.h"
#include "util/bytesize.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using Copyline::Test::TestWorkspace;

namespace
{

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString catalogPath(const QString& dir)
{
    return QDir(dir).filePath(QString::fromLatin1(Catalog::kFileName));
}

/** @p root and everything under it, symbolic links left out. */
QStringList entriesUnder(const QString& root)
{
    QStringList paths {root};
    QDirIterator it(
        root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isSymLink()) {
            paths.append(path);
        }
    }
    return paths;
}

mode_t modeOf(const QString& path)
{
    struct stat st
    { };
    ::lstat(QFile::encodeName(path).constData(), &st);
    return st.st_mode;
}

/** The entries under @p root that group or others may use, with their modes. */
QStringList openToOthers(const QString& root)
{
    QStringList found;
    for (const QString& path : entriesUnder(root)) {
        if ((modeOf(path) & 077) != 0) {
            found.append(u"%1 (%2)"_s.arg(path).arg(modeOf(path) & 07777, 4, 8, QChar(u'0')));
        }
    }
    return found;
}

int permissionEvents(Engine& engine)
{
    int count = 0;
    for (const Event& e : engine.events(0, 0, 100000)) {
        count += e.description == u"Workspace permissions tightened"_s ? 1 : 0;
    }
    return count;
}

} // namespace

class TestWorkspaceFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demonstrationWorkspace()
    {
        TestWorkspace ws;
        QVERIFY2(ws.ok(), qPrintable(ws.openError().message()));
        const Configuration& c = ws.config();
        QCOMPARE(c.subsystems.size(), 6);
        for (const QString& name : {u"12019"_s, u"FCA31"_s}) { // the ESS part (tst_esstasks checks it in depth)
            QVERIFY2(c.subsystemByName(name) != nullptr, qPrintable(name));
            QCOMPARE(c.subsystemByName(name)->family, u"ess"_s);
        }
        // The in-controller copy part: controller 64015 with its demonstration pair created by Auto selection.
        QVERIFY(c.subsystemByName(u"64015"_s) != nullptr);
        QCOMPARE(c.subsystemByName(u"64015"_s)->family, u"hds"_s);
        const Relationship* demoPair = nullptr;
        for (const Relationship& r : c.relationships) {
            demoPair = r.kind == u"hdsPair"_s ? &r : demoPair;
        }
        QVERIFY(demoPair != nullptr);
        QCOMPARE(c.logicalDrives.value(demoPair->targetId).name, u"00:20"_s);
        // The NEC part (tst_nec checks it in depth).
        QVERIFY(c.subsystemByName(u"S2100/1259"_s) != nullptr);
        QCOMPARE(c.subsystemByName(u"S2100/1259"_s)->family, u"nec"_s);
        for (const QString& name : {u"Primary Site"_s, u"Secondary Site"_s}) {
            const Subsystem* s = c.subsystemByName(name);
            QVERIFY2(s, qPrintable(name));
            QCOMPARE(s->family, u"ds4000"_s);
            QCOMPARE(c.controllersOf(s->id).size(), 2);
            QVERIFY(c.arraysOf(s->id).size() >= 2);
            QVERIFY(c.logicalDrivesOf(s->id).size() >= 3);
            QVERIFY(unconfiguredCapacity(c, s->id) > 0);
            QVERIFY(!c.hostsOf(s->id).isEmpty());
            QVERIFY(!c.mappingsOf(s->id).isEmpty());
            bool someFree = false;
            for (const Array& a : c.arraysOf(s->id)) {
                someFree = someFree || arrayFreeCapacity(c, a.id) > 0;
            }
            QVERIFY(someFree);
            bool spare = false;
            for (const Drive& d : c.drivesOf(s->id)) {
                spare = spare || d.role == DriveRole::HotSpare;
            }
            QVERIFY(spare);
        }
        // The logical drives hold data: not all zeros.
        const QString zeros
            = QString::fromLatin1(QCryptographicHash::hash(QByteArray(MiB, '\0'), QCryptographicHash::Sha256).toHex());
        QVERIFY(ws.checksum(u"Accounting"_s, 0, MiB) != zeros);
        QVERIFY(!ws.checksum(u"Accounting"_s, 0, 64 * MiB).startsWith(u"error"_s));
        // A key for the Remote Mirror feature waits in keys/.
        QVERIFY(QFile::exists(QDir(ws.path()).filePath(u"keys/primary-remoteMirror.key"_s)));
    }

    void persistenceRoundTrip()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const CommandResult written = ws.run(u"create logicalDrive array=1 userLabel=\"Kept\" capacity=1 GB; "
                                             "write logicalDrive [\"Kept\"] offset=12345 length=3000000 seed=99;"_s);
        QVERIFY2(written.ok(), qPrintable(written.error.message()));
        const CommandResult r = ws.run(u"create host userLabel=\"h1\" hostGroup=\"Campus East\"; "
                                       "set logicalDrive [\"Kept\"] logicalUnitNumber=7 host=\"h1\";"_s);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        const Configuration before = ws.config();
        // Same bytes: every allocated extent of every volume, hashed with its offset (hashing whole sparse
        // volumes would spend minutes on zeros).
        auto contents = [&ws]() {
            QStringList sums;
            for (const LogicalDrive& ld : std::as_const(ws.config().logicalDrives)) {
                auto io = ws.engine().volumes().find(ld.id);
                QCryptographicHash h(QCryptographicHash::Sha256);
                for (const Extent& e : io->dataExtents(0, ld.capacity)) {
                    QByteArray data(e.length, '\0');
                    io->read(e.offset, std::span<char>(data.data(), size_t(data.size())));
                    h.addData(QByteArray::number(e.offset));
                    h.addData(data);
                }
                sums.append(ld.name + u' ' + QString::fromLatin1(h.result().toHex()));
            }
            return sums;
        };
        const QStringList sums = contents();
        QVERIFY2(!ws.reopen().isError(), qPrintable(ws.openError().message()));
        QCOMPARE(ws.config(), before); // every entity, every field
        QCOMPARE(contents(), sums);
        QCOMPARE(ws.checksum(u"Kept"_s, 12345, 3000000), written.data.value(u"sha256"_s).toString());
        // Events survive too, and ids keep growing.
        const qint64 lastEvent = ws.engine().snapshot()->lastEventId;
        QVERIFY(lastEvent > 0);
        QVERIFY(ws.run(u"create hostGroup userLabel=\"after\";"_s).ok());
        QVERIFY(ws.engine().snapshot()->lastEventId > lastEvent);
        QVERIFY(ws.config().nextId > before.nextId);
    }

    void schemaMatchesFieldLists()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        ws.close();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema-check"_s);
            db.setDatabaseName(catalogPath(ws.path()));
            QVERIFY(db.open());
            Configuration probe;
            forEachTable(probe, [&](const char* table, auto& map) {
                using Entity = typename std::remove_reference_t<decltype(map)>::mapped_type;
                const QSqlRecord rec = db.record(QString::fromLatin1(table));
                QStringList columns;
                for (int i = 0; i < rec.count(); ++i) {
                    columns.append(rec.fieldName(i));
                }
                QCOMPARE(columns, fieldNames<Entity>());
            });
            QStringList eventColumns;
            const QSqlRecord rec = db.record(u"events"_s);
            for (int i = 0; i < rec.count(); ++i) {
                eventColumns.append(rec.fieldName(i));
            }
            QCOMPARE(eventColumns, fieldNames<Event>());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"schema-check"_s);
    }

    void secondEngineIsRefusedByTheLock()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        Engine second(Families::all());
        const Error err = second.openWorkspace(ws.path());
        QCOMPARE(err.code, ErrorCode::WorkspaceLocked);
        QVERIFY(err.message().contains(ws.path()));
        QVERIFY(ws.run(u"show storageSubsystem;"_s).ok()); // the holder is unaffected
        ws.close();
        QVERIFY(!second.openWorkspace(ws.path()).isError()); // released on close
    }

    void damagedCatalogIsNeverTouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::newRow("not sqlite") << QByteArray("this is not a database at all, just text\n")
                                    << int(ErrorCode::CatalogDamaged);
        QTest::newRow("empty file") << QByteArray() << int(ErrorCode::CatalogDamaged);
        QByteArray header("SQLite format 3\0", 16);
        QTest::newRow("truncated sqlite") << header + QByteArray(84, '\x01') << int(ErrorCode::CatalogDamaged);
    }
    void damagedCatalogIsNeverTouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QTemporaryDir dir;
        QFile f(catalogPath(dir.path()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray hash = fileHash(f.fileName());
        Engine engine(Families::all());
        const Error err = engine.openWorkspace(dir.path());
        QCOMPARE(int(err.code), code);
        QVERIFY(err.message().contains(u"has not been changed"_s));
        QCOMPARE(fileHash(f.fileName()), hash);
        QVERIFY(!QFile::exists(catalogPath(dir.path()) + u"-wal"_s));
        // No demonstration content was created over it.
        QVERIFY(!QDir(dir.path()).exists(u"volumes"_s));
    }

    void corruptPagesAreDetected()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        ws.close();
        // Overwrite the middle of the database file: quick_check or the schema check must catch it.
        const QString path = catalogPath(ws.path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        f.seek(4096);
        f.write(QByteArray(4096, '\xAB'));
        f.close();
        const QByteArray hash = fileHash(path);
        Engine engine(Families::all());
        const Error err = engine.openWorkspace(ws.path());
        QCOMPARE(err.code, ErrorCode::CatalogDamaged);
        QCOMPARE(fileHash(path), hash);
    }

    void newerCatalogIsRefused()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        ws.close();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
            db.setDatabaseName(catalogPath(ws.path()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE meta SET value = '99' WHERE name = 'schema_version'"_s));
            q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bump"_s);
        const QByteArray hash = fileHash(catalogPath(ws.path()));
        const Error err = ws.reopen();
        QCOMPARE(err.code, ErrorCode::CatalogTooNew);
        QVERIFY(err.message().contains(u"99"_s));
        QCOMPARE(fileHash(catalogPath(ws.path())), hash);
    }

    void olderCatalogIsMigratedWithABackup()
    {
        // A version-3 catalog (before remote mirroring): opening it adds the mirror tables and the FlashCopy column,
        // keeps every row, and leaves the old file beside it as catalog.sqlite.v3.bak.
        TestWorkspace ws;
        QVERIFY(ws.ok());
        QVERIFY(ws.run(u"create logicalDrive array=1 userLabel=\"Kept\" capacity=1 GB;"
                       "create FlashCopyLogicalDrive baseLogicalDrive=\"Kept\";"_s)
                    .ok());
        ws.close();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(catalogPath(ws.path()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"ALTER TABLE subsystems DROP COLUMN peer"_s)); // version 10
            QVERIFY(q.exec(u"ALTER TABLE subsystems DROP COLUMN remote_id"_s));
            QVERIFY(q.exec(u"ALTER TABLE logical_drives DROP COLUMN remote_id"_s));
            QVERIFY(q.exec(u"DROP TABLE csm_copy_sets"_s)); // version 8
            QVERIFY(q.exec(u"DROP TABLE csm_sessions"_s));
            for (const char* column : {"modification", "modification_added", "modification_basis_points",
                     "modification_priority", "reservation", "reservation_host"}) { // version 7
                QVERIFY(q.exec(u"ALTER TABLE logical_drives DROP COLUMN "_s + QString::fromLatin1(column)));
            }
            QVERIFY(q.exec(u"DROP TABLE users"_s)); // version 6
            QVERIFY(q.exec(u"DROP TABLE tasks"_s));
            QVERIFY(q.exec(u"DROP TABLE copy_paths"_s));
            QVERIFY(q.exec(u"ALTER TABLE arrays DROP COLUMN options"_s));
            QVERIFY(q.exec(u"ALTER TABLE volume_copies DROP COLUMN copied_basis_points"_s));
            QVERIFY(q.exec(u"ALTER TABLE subsystems DROP COLUMN options"_s));
            QVERIFY(q.exec(u"DROP TABLE relationships"_s)); // version 5
            QVERIFY(q.exec(u"DROP TABLE mirrors"_s));
            QVERIFY(q.exec(u"DROP TABLE mirror_links"_s));
            QVERIFY2(q.exec(u"ALTER TABLE flash_copies DROP COLUMN failed_by_mirror_role"_s),
                qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"UPDATE meta SET value = '3' WHERE name = 'schema_version'"_s));
            q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        const QByteArray oldHash = fileHash(catalogPath(ws.path()));
        QVERIFY2(!ws.reopen().isError(), qPrintable(ws.openError().message()));
        QVERIFY(ws.logicalDrive(u"Kept"_s) != nullptr);
        QVERIFY(ws.config().flashCopyOf(ws.logicalDrive(u"Kept-1"_s)->id) != nullptr);
        QCOMPARE(fileHash(catalogPath(ws.path()) + u".v3.bak"_s), oldHash);
        QCOMPARE(modeOf(catalogPath(ws.path()) + u".v3.bak"_s) & 077, mode_t(0)); // as private as the catalog
        // The new tables work: a link between the sites is stored and read back after another reopen.
        QVERIFY(ws.run(u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" roundTrip=7;"_s).ok());
        QVERIFY(!ws.reopen().isError());
        const MirrorLink* link
            = ws.config().linkBetween(ws.subsystemId(u"Primary Site"_s), ws.subsystemId(u"Secondary Site"_s));
        QVERIFY(link != nullptr);
        QCOMPARE(link->roundTripMicros, 7000);
    }

    void foreignFolderIsRefused()
    {
        QTemporaryDir dir;
        QFile f(QDir(dir.path()).filePath(u"thesis.odt"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        Engine engine(Families::all());
        const Error err = engine.openWorkspace(dir.path());
        QCOMPARE(err.code, ErrorCode::WorkspaceNotUsable);
        QVERIFY(!QFile::exists(catalogPath(dir.path())));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList {u"thesis.odt"_s});
    }

    void volumesWithoutCatalogAreRefused()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        ws.close();
        QVERIFY(QFile::remove(catalogPath(ws.path())));
        QFile::remove(catalogPath(ws.path()) + u"-wal"_s);
        QFile::remove(catalogPath(ws.path()) + u"-shm"_s);
        const Error err = ws.reopen();
        QCOMPARE(err.code, ErrorCode::WorkspaceNotUsable);
        QVERIFY(err.message().contains(u"volume files"_s));
        QVERIFY(!QFile::exists(catalogPath(ws.path())));
    }

    void missingVolumeFileMakesTheDriveMissing()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const LogicalDrive payroll = *ws.logicalDrive(u"Payroll"_s);
        ws.close();
        QVERIFY(QFile::remove(QDir(ws.path()).filePath(u"volumes/"_s + payroll.fileName)));
        QVERIFY2(!ws.reopen().isError(), qPrintable(ws.openError().message()));
        QCOMPARE(ws.logicalDrive(u"Payroll"_s)->status, ComponentStatus::Missing);
        QVERIFY(ws.engine().snapshot()->needsAttention.value(payroll.subsystemId));
        const CommandResult r = ws.run(u"show logicalDrive [\"Payroll\"] checksum;"_s);
        QCOMPARE(r.error.code, ErrorCode::IoError);
        // The other drives are fine, and deleting the missing one clears the condition.
        QVERIFY(!ws.checksum(u"Accounting"_s, 0, 64 * MiB).startsWith(u"error"_s));
        QVERIFY(ws.run(u"delete logicalDrive [\"Payroll\"];"_s).ok());
        QVERIFY(!ws.engine().snapshot()->needsAttention.value(payroll.subsystemId));
    }

    void newWorkspaceIsPrivateWhateverTheUmask()
    {
        const mode_t old = ::umask(022);
        QTemporaryDir base;
        QVERIFY(::chmod(QFile::encodeName(base.path()).constData(), 0755) == 0);
        const QString dir = QDir(base.path()).filePath(u"ws"_s);
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir).isError());
        QVERIFY(!QDir(dir + u"/keys"_s).entryList(QDir::Files).isEmpty()); // premium feature keys, too
        QStringList open = openToOthers(dir);
        engine.closeWorkspace();
        ::umask(old);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
        // Nothing needed tightening, so nothing is reported on the next open.
        QVERIFY(!engine.openWorkspace(dir).isError());
        QCOMPARE(permissionEvents(engine), 0);
        engine.closeWorkspace();
    }

    void openMakesAWorldReadableWorkspacePrivate()
    {
        // A workspace written by an older Copyline, or copied with a permissive umask: everyone could read the
        // catalog, the volumes and the premium feature keys. Opening it makes it private and says so.
        TestWorkspace ws;
        QVERIFY(ws.ok());
        ws.close();
        int loosened = 0;
        for (const QString& path : entriesUnder(ws.path())) {
            const mode_t mode = S_ISDIR(modeOf(path)) ? 0755 : 0644;
            QVERIFY(::chmod(QFile::encodeName(path).constData(), mode) == 0);
            ++loosened;
        }
        QVERIFY(loosened > 5);
        QVERIFY(!openToOthers(ws.path()).isEmpty());
        QVERIFY2(!ws.reopen().isError(), qPrintable(ws.openError().message()));
        QStringList open = openToOthers(ws.path());
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
        QVERIFY(permissionEvents(ws.engine()) >= 1);
        // Once is enough.
        QVERIFY(!ws.reopen().isError());
        const int events = permissionEvents(ws.engine());
        QVERIFY(!ws.reopen().isError());
        QCOMPARE(permissionEvents(ws.engine()), events);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFiles)
#include "tst_workspace.moc"
