// SPDX-License-Identifier: GPL-3.0-or-later
// The family layer (issue 12): an engine speaks every family it is given, side by side in one workspace. A small
// family made here, from service/ and core only, stands for the next family: its subsystems live beside the DS4000
// ones, the family-neutral simulator commands work on its volumes, its limits reach the snapshot, its hooks run, and a
// family's command never acts on another family's subsystem.
#include "families/ds4000/models.h"
#include "families/families.h"
#include "service/engine.h"
#include "service/volumes.h"
#include "util/bytesize.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

int g_restores = 0;
int g_polls = 0;

void labCreateSubsystem(CommandContext& ctx)
{
    Subsystem s;
    s.id = ctx.config.allocateId();
    s.name = ctx.args.string(u"name"_s);
    s.family = u"lab"_s;
    s.model = ctx.args.string(u"model"_s, u"L1"_s);
    s.created = ctx.clock.now();
    ctx.args.finish();
    ctx.config.subsystems.insert(s.id, s);
    ctx.data.insert(u"id"_s, s.id);
}

void labCreateVolume(CommandContext& ctx)
{
    LogicalDrive v;
    v.id = ctx.config.allocateId();
    v.subsystemId = ctx.subsystemId();
    v.name = ctx.args.string(u"name"_s);
    v.capacity = ctx.args.capacity(u"capacity"_s);
    v.created = ctx.clock.now();
    v.fileName = u"lab-%1.img"_s.arg(v.id);
    ctx.args.finish();
    ctx.config.logicalDrives.insert(v.id, v);
    Volumes::createFile(ctx, v);
}

void labDeleteVolume(CommandContext& ctx)
{
    const LogicalDrive v = ctx.logicalDrive();
    ctx.args.finish();
    Volumes::remove(ctx, v);
}

SubsystemLimits labLimits(const QString& model)
{
    SubsystemLimits l;
    l.model = model;
    l.maxLogicalDrives = 7;
    l.maxMirrors = 0;
    l.volumeCopySupported = false;
    return l;
}

Error labDemo(Engine& engine)
{
    CommandResult r = engine.execute({u"labCreateSubsystem"_s, {{u"name"_s, u"Lab"_s}}});
    if (r.ok()) {
        r = engine.execute({u"labCreateVolume"_s,
            {{u"subsystem"_s, u"Lab"_s}, {u"name"_s, u"VOL0001"_s}, {u"capacity"_s, u"8 MB"_s}}});
    }
    return r.error;
}

Family labFamily()
{
    Family f;
    f.id = u"lab"_s;
    f.name = u"Lab"_s;
    f.commands = {
        {"labCreateSubsystem", &labCreateSubsystem, true},
        {"labCreateVolume", &labCreateVolume, true},
        {"labDeleteVolume", &labDeleteVolume, true},
    };
    f.limits = &labLimits;
    f.restore = [](Engine&) {
        ++g_restores;
        return Error();
    };
    f.poll = [](Engine&) { ++g_polls; };
    f.populateDemo = &labDemo;
    return f;
}

/** The lab family first, so its subsystem has the lowest id: "the first subsystem" must still mean a DS4000 one. */
FamilyList labAndTheRest()
{
    return FamilyList {labFamily()} + Families::all();
}

} // namespace

class TestFamilies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        g_restores = 0;
        g_polls = 0;
    }

    void familiesLiveSideBySide()
    {
        QTemporaryDir dir;
        Engine engine(labAndTheRest());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        const Configuration& c = engine.configuration();
        const Subsystem* lab = c.subsystemByName(u"Lab"_s);
        const Subsystem* primary = c.subsystemByName(u"Primary Site"_s);
        QVERIFY(lab != nullptr && primary != nullptr);
        QCOMPARE(lab->family, u"lab"_s);
        QCOMPARE(primary->family, QString::fromLatin1(Ds4000::kFamily));
        QVERIFY(lab->id < primary->id);
        QCOMPARE(engine.familyOf(lab->id)->name, u"Lab"_s);
        QCOMPARE(g_restores, 1);

        // Each subsystem's limits come from its own family.
        engine.refreshRuntimeNow();
        const SnapshotPtr snap = engine.snapshot();
        QCOMPARE(snap->limits(lab->id).maxLogicalDrives, 7);
        QCOMPARE(snap->limits(primary->id), Ds4000::limits(primary->model));
        QVERIFY(snap->limits(primary->id).maxLogicalDrives > 7);
        // A console attached to copylined gets the snapshot as JSON: the limits travel with it.
        const Snapshot remote = Snapshot::fromJson(snap->toJson());
        QCOMPARE(remote.limits(lab->id), snap->limits(lab->id));
        QCOMPARE(remote.limits(primary->id), snap->limits(primary->id));
    }

    void simulatorCommandsWorkOnEveryFamilysVolumes()
    {
        QTemporaryDir dir;
        Engine engine(labAndTheRest());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        const QJsonObject where {{u"subsystem"_s, u"Lab"_s}, {u"targets"_s, QJsonArray {u"VOL0001"_s}}};
        QJsonObject write = where;
        write.insert(u"offset"_s, 4096);
        write.insert(u"length"_s, 1 << 20);
        write.insert(u"seed"_s, 7);
        const CommandResult written = engine.execute({u"writeLogicalDrive"_s, write});
        QVERIFY2(written.ok(), qPrintable(written.error.cliLine()));
        QJsonObject sum = where;
        sum.insert(u"offset"_s, 4096);
        sum.insert(u"length"_s, 1 << 20);
        const CommandResult read = engine.execute({u"checksumLogicalDrive"_s, sum});
        QVERIFY2(read.ok(), qPrintable(read.error.cliLine()));
        QCOMPARE(read.data.value(u"sha256"_s), written.data.value(u"sha256"_s));

        // The bytes survive a restart of the engine, and the family's restore hook runs again.
        engine.closeWorkspace();
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        QCOMPARE(g_restores, 2);
        const CommandResult again = engine.execute({u"checksumLogicalDrive"_s, sum});
        QVERIFY2(again.ok(), qPrintable(again.error.cliLine()));
        QCOMPARE(again.data.value(u"sha256"_s), written.data.value(u"sha256"_s));

        // The family's delete takes the volume and its file after the commit.
        const LogicalDrive* v = engine.configuration().logicalDriveByName(
            engine.configuration().subsystemByName(u"Lab"_s)->id, u"VOL0001"_s);
        QVERIFY(v != nullptr);
        const QString path = engine.volumePath(v->fileName);
        QVERIFY(QFileInfo::exists(path));
        const CommandResult removed = engine.execute({u"labDeleteVolume"_s, where});
        QVERIFY2(removed.ok(), qPrintable(removed.error.cliLine()));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(engine.execute({u"checksumLogicalDrive"_s, where}).error.code, ErrorCode::LogicalDriveNotFound);
    }

    void aFamilysCommandsKeepToItsSubsystems()
    {
        QTemporaryDir dir;
        Engine engine(labAndTheRest());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());

        // A DS4000 command on the lab subsystem, by either name form, is refused with the reason, and changes nothing.
        const int drivesBefore = static_cast<int>(engine.configuration().logicalDrives.size());
        for (const QString& name : {u"Lab"_s, u"Storage Subsystem Lab"_s}) {
            const CommandResult r = engine.execute({u"createLogicalDrive"_s,
                {{u"subsystem"_s, name}, {u"array"_s, u"1"_s}, {u"userLabel"_s, u"X"_s}, {u"capacity"_s, u"1 GB"_s}}});
            QCOMPARE(r.error.code, ErrorCode::WrongFamily);
            QVERIFY2(r.error.cliLine().startsWith(u"Error 79 - Storage subsystem \"Lab\" belongs to the Lab family; "
                                                  "create logicalDrive is a command of the DS4000 family."_s),
                qPrintable(r.error.cliLine()));
        }
        QCOMPARE(engine.configuration().logicalDrives.size(), drivesBefore);

        // The lab's command on a DS4000 subsystem is refused the same way.
        const CommandResult r = engine.execute({u"labCreateVolume"_s,
            {{u"subsystem"_s, u"Primary Site"_s}, {u"name"_s, u"Y"_s}, {u"capacity"_s, u"1 MB"_s}}});
        QCOMPARE(r.error.code, ErrorCode::WrongFamily);
        QCOMPARE(engine.configuration().logicalDrives.size(), drivesBefore);

        // Without a subsystem, a family's command addresses the first subsystem of its own family.
        const CommandResult shown = engine.execute({u"showStorageSubsystem"_s, {}});
        QVERIFY2(shown.ok(), qPrintable(shown.error.cliLine()));
        const QByteArray shownJson = QJsonDocument(shown.data).toJson();
        QVERIFY2(shownJson.contains("Primary Site"), shownJson.constData());
        QVERIFY(!shownJson.contains("\"Lab\""));
        const CommandResult made
            = engine.execute({u"labCreateVolume"_s, {{u"name"_s, u"VOL0002"_s}, {u"capacity"_s, u"1 MB"_s}}});
        QVERIFY2(made.ok(), qPrintable(made.error.cliLine()));
        const Subsystem* lab = engine.configuration().subsystemByName(u"Lab"_s);
        QVERIFY(engine.configuration().logicalDriveByName(lab->id, u"VOL0002"_s) != nullptr);
    }

    void everyFamilyIsPolled()
    {
        QTemporaryDir dir;
        Engine engine(labAndTheRest());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        QTRY_VERIFY_WITH_TIMEOUT(g_polls >= 2, 5000);
    }

    void theShippedFamiliesAreDistinct()
    {
        // Every family has an id, a name, commands and limits; no two share an id or a command name.
        QSet<QString> ids;
        QSet<QString> commands;
        for (const Family& f : Families::all()) {
            QVERIFY(!f.id.isEmpty() && !f.name.isEmpty() && f.limits != nullptr && !f.commands.isEmpty());
            QVERIFY2(!ids.contains(f.id), qPrintable(f.id));
            ids.insert(f.id);
            for (const CommandSpec& spec : f.commands) {
                QVERIFY2(!commands.contains(QString::fromLatin1(spec.name)), spec.name);
                commands.insert(QString::fromLatin1(spec.name));
            }
        }
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestFamilies)
#include "tst_families.moc"
