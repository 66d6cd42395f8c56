// SPDX-License-Identifier: GPL-3.0-or-later
// KeyedTreeModel: update() turns any new tree into the right rows with fine-grained signals (never a reset),
// keeps persistent indexes on their keys, and passes QAbstractItemModelTester throughout.
#include "models/keyedtreemodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Copyline::KeyedTreeModel;
using Copyline::TreeItem;
using Copyline::TreeSpec;

namespace
{

TreeSpec node(const QString& key, const QString& text, QList<TreeSpec> children = {})
{
    TreeItem item;
    item.key = key;
    item.text = {text, text + u" (second column)"_s};
    return {item, std::move(children)};
}

/** "key[child,child[...]]" of the model, to compare structures in one string. */
QString dump(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList parts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        QString part = index.data(Copyline::KeyRole).toString() + u'=' + index.data().toString();
        if (model.rowCount(index) > 0) {
            part += u'[' + dump(model, index) + u']';
        }
        parts.append(part);
    }
    return parts.join(u',');
}

QString dump(const QList<TreeSpec>& specs)
{
    QStringList parts;
    for (const TreeSpec& s : specs) {
        QString part = s.item.key + u'=' + s.item.text.first();
        if (!s.children.isEmpty()) {
            part += u'[' + dump(s.children) + u']';
        }
        parts.append(part);
    }
    return parts.join(u',');
}

/** A random forest: keys are drawn from a small pool, so updates keep, move, drop and add rows. */
QList<TreeSpec> randomForest(QRandomGenerator& rng, int depth, QSet<QString>& used)
{
    QList<TreeSpec> list;
    const int count = rng.bounded(depth == 0 ? 7 : 5);
    for (int i = 0; i < count; ++i) {
        const QString key = u"k%1"_s.arg(rng.bounded(40));
        if (used.contains(key)) {
            continue;
        }
        used.insert(key);
        TreeSpec spec = node(key, u"text %1"_s.arg(rng.bounded(3)));
        if (depth < 2) {
            spec.children = randomForest(rng, depth + 1, used);
        }
        list.append(spec);
    }
    return list;
}

} // namespace

class TestKeyedTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertsRemovesAndMoves();
    void dataChangesOnlyChangedRows();
    void persistentIndexesFollowKeys();
    void resetOnlyOnReset();
    void randomUpdatesMatchSpecs();
};

void TestKeyedTreeModel::insertsRemovesAndMoves()
{
    KeyedTreeModel model({u"Name"_s, u"Detail"_s});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

    QList<TreeSpec> v1 {node(u"a"_s, u"A"_s, {node(u"a1"_s, u"A1"_s), node(u"a2"_s, u"A2"_s)}), node(u"b"_s, u"B"_s)};
    model.update(v1);
    QCOMPARE(dump(model), dump(v1));
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(0, 1).data().toString(), u"A (second column)"_s);

    // Reorder top level, drop a1, add a3 and c.
    QList<TreeSpec> v2 {node(u"b"_s, u"B"_s), node(u"a"_s, u"A"_s, {node(u"a2"_s, u"A2"_s), node(u"a3"_s, u"A3"_s)}),
        node(u"c"_s, u"C"_s)};
    inserted.clear();
    removed.clear();
    moved.clear();
    model.update(v2);
    QCOMPARE(dump(model), dump(v2));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 2);

    model.update({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexOfKey(u"a2"_s).isValid());
}

void TestKeyedTreeModel::dataChangesOnlyChangedRows()
{
    KeyedTreeModel model({u"Name"_s});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.update({node(u"a"_s, u"A"_s, {node(u"a1"_s, u"A1"_s)}), node(u"b"_s, u"B"_s)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.update({node(u"a"_s, u"A"_s, {node(u"a1"_s, u"A1 renamed"_s)}), node(u"b"_s, u"B"_s)});
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.first().at(0).value<QModelIndex>();
    QCOMPARE(topLeft.data(Copyline::KeyRole).toString(), u"a1"_s);
    QCOMPARE(topLeft.data().toString(), u"A1 renamed"_s);
    changed.clear();
    model.update({node(u"a"_s, u"A"_s, {node(u"a1"_s, u"A1 renamed"_s)}), node(u"b"_s, u"B"_s)});
    QCOMPARE(changed.size(), 0);
}

void TestKeyedTreeModel::persistentIndexesFollowKeys()
{
    KeyedTreeModel model({u"Name"_s});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.update({node(u"a"_s, u"A"_s, {node(u"x"_s, u"X"_s), node(u"y"_s, u"Y"_s), node(u"z"_s, u"Z"_s)})});
    const QPersistentModelIndex z = model.indexOfKey(u"z"_s);
    const QPersistentModelIndex a = model.indexOfKey(u"a"_s);
    QCOMPARE(z.row(), 2);
    // z moves to the front, w is inserted before everything, x goes away.
    model.update({node(u"w"_s, u"W"_s), node(u"a"_s, u"A"_s, {node(u"z"_s, u"Z"_s), node(u"y"_s, u"Y"_s)})});
    QVERIFY(z.isValid());
    QCOMPARE(z.data(Copyline::KeyRole).toString(), u"z"_s);
    QCOMPARE(z.row(), 0);
    QCOMPARE(a.row(), 1);
    QCOMPARE(model.indexOfKey(u"y"_s).row(), 1);
    QCOMPARE(model.indexOfKey(u"y"_s).parent(), QModelIndex(a));
}

void TestKeyedTreeModel::resetOnlyOnReset()
{
    KeyedTreeModel model({u"Name"_s});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.update({node(u"a"_s, u"A"_s)});
    model.update({node(u"b"_s, u"B"_s)});
    QCOMPARE(resets.size(), 0);
    model.reset({node(u"c"_s, u"C"_s, {node(u"d"_s, u"D"_s)})});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(dump(model), u"c=C[d=D]"_s);
    QCOMPARE(model.item(model.indexOfKey(u"d"_s))->text.first(), u"D"_s);
}

void TestKeyedTreeModel::randomUpdatesMatchSpecs()
{
    KeyedTreeModel model({u"Name"_s, u"Detail"_s});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QRandomGenerator rng(20240611);
    for (int round = 0; round < 300; ++round) {
        QSet<QString> used;
        const QList<TreeSpec> specs = randomForest(rng, 0, used);
        model.update(specs);
        QCOMPARE(dump(model), dump(specs));
        for (const QString& key : std::as_const(used)) {
            QCOMPARE(model.indexOfKey(key).data(Copyline::KeyRole).toString(), key);
        }
    }
    QCOMPARE(resets.size(), 0);
}

QTEST_MAIN(TestKeyedTreeModel)
#include "tst_keyedtreemodel.moc"
