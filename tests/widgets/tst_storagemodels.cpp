// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot adapters (Logical tree, Topology, Mappings list, subsystem list, event log) over a real engine:
// they show the seed's labels, pass QAbstractItemModelTester while snapshots change, and never reset on an update.
#include "guitestsupport.h"
#include "models/eventlogmodel.h"
#include "models/storagemodels.h"
#include "util/bytesize.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using GuiTest::allTexts;
using GuiTest::findText;

class TestStorageModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void logicalTree();
    void logicalTreeFollowsCommandsWithoutReset();
    void logicalTreeRuntimeUpdateEqualsRebuild();
    void topologyAndMappings();
    void subsystemList();
    void eventLog();
};

void TestStorageModels::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestStorageModels::logicalTree()
{
    GuiTest::Workspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    LogicalTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(ws.snapshot(), ws.subsystemId());

    QCOMPARE(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(root.data().toString(), u"Storage Subsystem Primary Site"_s);
    QCOMPARE(static_cast<NodeKind>(root.data(KindRole).toInt()), NodeKind::Subsystem);
    QCOMPARE(root.data(Qt::AccessibleDescriptionRole).toString(), u"Optimal"_s);
    // Unconfigured capacity: 21 unassigned drives of 67.5 GB.
    QCOMPARE(model.index(0, 0, root).data().toString(), u"Unconfigured Capacity (1417.500 GB)"_s);
    const QModelIndex group1 = model.index(1, 0, root);
    QCOMPARE(group1.data().toString(), u"Logical Drive Group 1 (RAID 5)"_s);
    QStringList children;
    for (int row = 0; row < model.rowCount(group1); ++row) {
        children.append(model.index(row, 0, group1).data().toString());
    }
    QCOMPARE(children,
        (QStringList {u"Accounting (20.000 GB)"_s, u"DataVol (8.000 GB)"_s, u"Exchange (40.000 GB)"_s,
            u"Payroll (10.000 GB)"_s, u"Free Capacity (192.000 GB)"_s}));
    const QModelIndex accounting = model.index(0, 0, group1);
    QCOMPARE(static_cast<NodeKind>(accounting.data(KindRole).toInt()), NodeKind::LogicalDrive);
    QCOMPARE(accounting.data(IdRole).toLongLong(), ws.logicalDrive(u"Accounting"_s).id);
    QCOMPARE(accounting.data(Qt::AccessibleTextRole).toString(), u"Accounting (20.000 GB), Optimal"_s);
    QVERIFY(accounting.data(Qt::ToolTipRole).toString().contains(u"LUN 0 of Host Group Campus East"_s));
    QVERIFY(!accounting.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(2, 0, root).data().toString(), u"Logical Drive Group 2 (RAID 1)"_s);
    QCOMPARE(model.indexOfKey(u"free:%1"_s.arg(group1.data(IdRole).toLongLong())).data().toString(),
        u"Free Capacity (192.000 GB)"_s);

    // Another subsystem is a reset, to its own tree.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setSnapshot(ws.snapshot(), ws.subsystemId(u"Secondary Site"_s));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"Storage Subsystem Secondary Site"_s);
    QVERIFY(allTexts(&model).contains(u"Accounting 2 (20.000 GB)"_s));
}

void TestStorageModels::logicalTreeFollowsCommandsWithoutReset()
{
    GuiTest::Workspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    LogicalTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ObjectId sid = ws.subsystemId();
    model.setSnapshot(ws.snapshot(), sid);
    QObject::connect(ws.connection(), &EngineConnection::snapshotChanged, &model,
        [&model, sid](const SnapshotPtr& s) { model.setSnapshot(s, sid); });
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const QPersistentModelIndex payroll = findText(&model, u"Payroll (10.000 GB)"_s);
    QVERIFY(payroll.isValid());
    const ObjectId payrollId = ws.logicalDrive(u"Payroll"_s).id;

    QVERIFY(ws.run(u"setLogicalDrive"_s, {{u"id"_s, payrollId}, {u"userLabel"_s, u"Payroll Archive"_s}}).ok());
    QTRY_COMPARE(payroll.data().toString(), u"Payroll Archive (10.000 GB)"_s);
    QVERIFY(changed.size() >= 1);

    // A new drive is inserted in name order and the free capacity shrinks: rows inserted, nothing reset.
    const CommandResult created = ws.run(u"createLogicalDrive"_s,
        {{u"arrayId"_s, ws.logicalDrive(u"Accounting"_s).arrayId}, {u"userLabel"_s, u"Billing"_s},
            {u"capacity"_s, 2 * GiB}});
    QVERIFY2(created.ok(), qPrintable(created.error.message()));
    QTRY_VERIFY(findText(&model, u"Billing (2.000 GB)"_s).isValid());
    QCOMPARE(findText(&model, u"Billing (2.000 GB)"_s).row(), 1); // Accounting, Billing, DataVol, ...
    QVERIFY(findText(&model, u"Free Capacity (190.000 GB)"_s).isValid());
    QVERIFY(inserted.size() >= 1);
    QVERIFY(payroll.isValid());
    QCOMPARE(payroll.data(IdRole).toLongLong(), payrollId);
    QCOMPARE(resets.size(), 0);

    // Using all free capacity removes the Free Capacity node.
    QVERIFY(ws.run(u"createLogicalDrive"_s,
                  {{u"arrayId"_s, ws.logicalDrive(u"Accounting"_s).arrayId}, {u"userLabel"_s, u"Rest"_s}})
                .ok());
    QTRY_VERIFY(findText(&model, u"Rest (190.000 GB)"_s).isValid());
    QVERIFY(!findText(&model, u"Free Capacity (190.000 GB)"_s).isValid());
    QCOMPARE(resets.size(), 0);
}

namespace
{

/** Every row of @p model as text: key, display, status, tooltip, overlay, attention, depth first. */
QStringList rows(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QStringList out;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        out.append(QStringList {index.data(KeyRole).toString(), index.data().toString(),
            index.data(StatusRole).toString(), index.data(Qt::ToolTipRole).toString(),
            index.data(OverlayRole).toString(), index.data(AttentionRole).toString()}
                       .join(u" | "_s));
        out += rows(model, index);
    }
    return out;
}

} // namespace

void TestStorageModels::logicalTreeRuntimeUpdateEqualsRebuild()
{
    // A snapshot that changes only runtime figures (the configuration is the same, implicitly shared) updates the rows
    // that show them in place (issue 19): the tree must be exactly the one a rebuild from that snapshot gives.
    GuiTest::Workspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    QVERIFY(ws.run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 2 * MiB}}).ok());
    QVERIFY(ws.createDrive(u"Ledger"_s, 64 * MiB, u"Primary Site"_s, 64 * MiB).ok());
    QVERIFY(ws.createDrive(u"Ledger-Copy"_s, 64 * MiB).ok());
    QVERIFY(ws.run(u"createFlashCopy"_s, {{u"baseLogicalDrive"_s, u"Accounting"_s}}).ok());
    const CommandResult copy = ws.run(u"createVolumeCopy"_s,
        {{u"sourceId"_s, ws.logicalDrive(u"Ledger"_s).id}, {u"targetId"_s, ws.logicalDrive(u"Ledger-Copy"_s).id},
            {u"copyPriority"_s, u"highest"_s}});
    QVERIFY2(copy.ok(), qPrintable(copy.error.message()));
    const ObjectId copyId = copy.data.value(u"id"_s).toInteger();
    const auto copied = [&ws, copyId]() {
        const CopyRuntime rt = ws.snapshot()->copies.value(copyId);
        return rt.grains > 0 ? 100 * rt.grainsCopied / rt.grains : -1;
    };
    QTRY_VERIFY(ws.config().volumeCopies.value(copyId).status == VolumeCopyStatus::InProgress && copied() >= 1);

    const ObjectId sid = ws.subsystemId();
    LogicalTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SnapshotPtr first = ws.snapshot();
    model.setSnapshot(first, sid);
    const QStringList before = rows(&model);
    const qint64 percent = copied();
    QTRY_VERIFY_WITH_TIMEOUT(copied() >= percent + 2, 20000);
    const SnapshotPtr later = ws.snapshot();
    QVERIFY(later->config == first->config);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSnapshot(later, sid);
    LogicalTreeModel rebuilt;
    rebuilt.setSnapshot(later, sid);
    QCOMPARE(rows(&model), rows(&rebuilt));
    QVERIFY(rows(&model) != before); // the percent copied moved on the source and target rows
    QVERIFY(model.indexOfKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Ledger"_s).id))
                .data(StatusRole)
                .toString()
                .contains(u"copy in progress"_s));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QVERIFY(!changed.isEmpty());
}

void TestStorageModels::topologyAndMappings()
{
    GuiTest::Workspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    TopologyModel topology;
    MappingsModel mappings;
    QAbstractItemModelTester t1(&topology, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&mappings, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ObjectId sid = ws.subsystemId();
    topology.setSnapshot(ws.snapshot(), sid);
    mappings.setSnapshot(ws.snapshot(), sid);

    const QModelIndex root = topology.index(0, 0);
    QCOMPARE(root.data().toString(), u"Storage Subsystem Primary Site"_s);
    QCOMPARE(topology.index(0, 0, root).data().toString(), u"Undefined Mappings"_s);
    QCOMPARE(topology.rowCount(topology.index(0, 0, root)), 1); // Web Content
    QCOMPARE(topology.index(0, 0, topology.index(0, 0, root)).data().toString(), u"Web Content (25.000 GB)"_s);
    QCOMPARE(topology.index(1, 0, root).data().toString(), u"Default Host Group"_s);
    const QStringList texts = allTexts(&topology);
    QVERIFY(texts.contains(u"Host Group Campus East"_s));
    QVERIFY(texts.contains(u"Host Group backup server"_s));
    QVERIFY(texts.contains(u"Host east-db01"_s));
    QVERIFY(texts.contains(u"Host Port 21:00:00:E0:8B:05:05:04"_s));
    QVERIFY(texts.contains(u"Host admin-ws"_s));
    // admin-ws is a member of the Default Host Group.
    QCOMPARE(topology.index(0, 0, topology.index(1, 0, root)).data().toString(), u"Host admin-ws"_s);

    // All mappings for the subsystem node.
    QCOMPARE(mappings.rowCount(), 5);
    QCOMPARE(mappings.columnCount(), 5);
    QCOMPARE(mappings.headerData(MappingsModel::AccessibleByColumn, Qt::Horizontal).toString(), u"Accessible By"_s);
    QCOMPARE(mappings.index(0, MappingsModel::LunColumn).data(Qt::TextAlignmentRole).toInt(),
        static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));
    // east-db01 sees its own LUNs 2 and 3 and its group's 0 and 1.
    const ObjectId eastDb = ws.config().hostByName(sid, u"east-db01"_s)->id;
    mappings.setScope(NodeKind::Host, eastDb);
    QCOMPARE(mappings.rowCount(), 4);
    QStringList names;
    for (int row = 0; row < mappings.rowCount(); ++row) {
        names.append(mappings.index(row, MappingsModel::NameColumn).data().toString());
    }
    names.sort();
    QCOMPARE(names, (QStringList {u"Accounting"_s, u"DataVol"_s, u"Oracle Logs"_s, u"Payroll"_s}));
    mappings.setScope(NodeKind::UndefinedMappings, 0);
    QCOMPARE(mappings.rowCount(), 1);
    QCOMPARE(mappings.index(0, 0).data().toString(), u"Web Content"_s);

    // Mapping Web Content moves it out of Undefined Mappings, without a reset.
    QSignalSpy resets(&topology, &QAbstractItemModel::modelReset);
    QObject::connect(ws.connection(), &EngineConnection::snapshotChanged, &topology, [&](const SnapshotPtr& s) {
        topology.setSnapshot(s, sid);
        mappings.setSnapshot(s, sid);
    });
    QVERIFY(
        ws.run(u"setLogicalDrive"_s,
              {{u"id"_s, ws.logicalDrive(u"Web Content"_s).id}, {u"logicalUnitNumber"_s, 4}, {u"targetId"_s, eastDb}})
            .ok());
    QTRY_COMPARE(topology.rowCount(topology.index(0, 0, topology.index(0, 0))), 0);
    QCOMPARE(mappings.rowCount(), 0);
    mappings.setScope(NodeKind::Host, eastDb);
    QCOMPARE(mappings.rowCount(), 5);
    QCOMPARE(resets.size(), 0);
}

void TestStorageModels::subsystemList()
{
    GuiTest::Workspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    SubsystemListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(ws.snapshot());
    // The two DS4000 sites, the ESS machines 12019 and FCA31, the NEC disk array, the in-controller copy controller.
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(5, 0).data(DetailRole).toString(), u"DKC · Optimal"_s);
    QCOMPARE(model.index(0, 0).data().toString(), u"Storage Subsystem Primary Site"_s);
    QCOMPARE(model.index(1, 0).data().toString(), u"Storage Subsystem Secondary Site"_s);
    QCOMPARE(model.index(0, 0).data(DetailRole).toString(), u"DS4800 · Optimal"_s);
    QCOMPARE(model.index(1, 0).data(DetailRole).toString(), u"DS4700 · Optimal"_s);
    {
        // A subsystem another site's engine serves (engines per site) says so, and that it is read-only here.
        auto withProxy = std::make_shared<Snapshot>(*ws.snapshot());
        Subsystem proxy = withProxy->config.subsystems.first();
        proxy.id = withProxy->config.allocateId();
        proxy.name = u"Secondary Site@siteB"_s;
        proxy.peer = u"siteB"_s;
        proxy.remoteId = 2;
        withProxy->config.subsystems.insert(proxy.id, proxy);
        model.setSnapshot(withProxy);
        QCOMPARE(model.rowCount(), 7);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            row = model.index(r, 0).data().toString() == u"Storage Subsystem Secondary Site@siteB"_s ? r : row;
        }
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, 0).data(DetailRole).toString(), u"DS4800 · Optimal · site siteB"_s);
        QVERIFY(model.index(row, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Served by the engine of site siteB and shown here read-only"_s));
        model.setSnapshot(ws.snapshot());
        QCOMPARE(model.rowCount(), 6);
    }
    QObject::connect(ws.connection(), &EngineConnection::snapshotChanged, &model,
        [&model](const SnapshotPtr& s) { model.setSnapshot(s); });
    QVERIFY(ws.run(u"setStorageSubsystem"_s, {{u"userLabel"_s, u"Main Site"_s}}).ok());
    QTRY_COMPARE(model.index(0, 0).data().toString(), u"Storage Subsystem Main Site"_s);
}

void TestStorageModels::eventLog()
{
    GuiTest::Workspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    EventLogModel model;
    EventFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CommandResult r = ws.run(u"getEvents"_s, {}, QString());
    QVERIFY(r.ok());
    model.appendJson(r.data.value(u"events"_s).toArray());
    QVERIFY(model.rowCount() > 10);
    QCOMPARE(model.lastId(), ws.snapshot()->lastEventId);
    QCOMPARE(model.headerData(EventLogModel::TypeColumn, Qt::Horizontal).toString(), u"Event Type"_s);

    // The same page again adds nothing; a newer page appends.
    const int before = model.rowCount();
    model.appendJson(r.data.value(u"events"_s).toArray());
    QCOMPARE(model.rowCount(), before);
    QVERIFY(ws.run(u"createHostGroup"_s, {{u"userLabel"_s, u"Lab"_s}}).ok());
    r = ws.run(u"getEvents"_s, {{u"afterId"_s, model.lastId()}}, QString());
    model.appendJson(r.data.value(u"events"_s).toArray());
    QCOMPARE(model.rowCount(), before + 1);
    const QModelIndex last = model.index(model.rowCount() - 1, 0);
    QCOMPARE(model.index(last.row(), EventLogModel::TypeColumn).data().toString(), u"1300"_s);
    QCOMPARE(model.index(last.row(), EventLogModel::ComponentColumn).data().toString(), u"Host Group Lab"_s);
    QCOMPARE(model.index(last.row(), EventLogModel::SeverityColumn).data().toString(), u"Informational"_s);

    // Filters: per subsystem, and by severity (the demo log has only informational events).
    filter.setSubsystemFilter(ws.subsystemId(u"Secondary Site"_s));
    const int secondary = filter.rowCount();
    QVERIFY(secondary > 0 && secondary < model.rowCount());
    filter.setSeverityFilter(EventFilterModel::SeverityFilter::WarningsAndCritical);
    QCOMPARE(filter.rowCount(), 0);
    filter.setSeverityFilter(EventFilterModel::SeverityFilter::All);
    QCOMPARE(filter.rowCount(), secondary);
}

QTEST_MAIN(TestStorageModels)
#include "tst_storagemodels.moc"
