// SPDX-License-Identifier: GPL-3.0-or-later
// The randomized reference-model test of the copy services: random host writes to bases, FlashCopies and copy
// targets; random FlashCopy create / disable / re-create / delete; random VolumeCopy create / Re-Copy / Stop /
// Remove / permission changes; base deletion and engine restarts — against the real engine and a plain in-memory
// model. After every step every base, every readable FlashCopy and every copy target whose contents the model knows
// is read back in full and compared; every access the rules forbid must be refused. The first divergence fails with
// the seed that replays it (COPYLINE_SEED=<seed>; COPYLINE_RANDOM_OPERATIONS=<n> changes the length).
#include "testworkspace.h"
#include "util/bytesize.h"
#include "util/pattern.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using Copyline::Test::TestWorkspace;

namespace
{

constexpr qint64 kSize = 64 * KiB;
constexpr int kBases = 2;
constexpr int kTargets = 3;

struct ModelFlash
{
    QString name;
    int base = 0;
    QByteArray image;
    FlashCopyStatus status = FlashCopyStatus::Optimal;
};

struct ModelPair
{
    QString source;
    int target = 0;
    VolumeCopyStatus status = VolumeCopyStatus::InProgress;
    QByteArray image; /**< the source as the copy (or Re-Copy) started */
    bool readOnly = true;

    bool active() const
    {
        return status == VolumeCopyStatus::InProgress || status == VolumeCopyStatus::Pending ||
               status == VolumeCopyStatus::Failed;
    }
};

struct Model
{
    QByteArray bases[kBases];
    QList<ModelFlash> flashes;
    QByteArray targets[kTargets];
    bool targetKnown[kTargets] = {true, true, true};
    QList<ModelPair> pairs;

    ModelFlash* flash(const QString& name)
    {
        for (ModelFlash& f : flashes) {
            if (f.name == name) {
                return &f;
            }
        }
        return nullptr;
    }
    ModelPair* pairOf(int target)
    {
        for (ModelPair& p : pairs) {
            if (p.target == target) {
                return &p;
            }
        }
        return nullptr;
    }
    bool sourceBusy(const QString& name) const
    {
        return std::any_of(pairs.cbegin(), pairs.cend(), [&](const ModelPair& p) { return p.source == name && p.active(); });
    }
};

QString baseName(int i)
{
    return u"RB%1"_s.arg(i);
}

QString targetName(int i)
{
    return u"RT%1"_s.arg(i);
}

QByteArray randomData(QRandomGenerator& rng, qint64 length)
{
    QByteArray data(length, '\0');
    fillPattern(rng.generate64(), 0, std::span<char>(data.data(), size_t(length)));
    return data;
}

} // namespace

class TestCopyServicesRandom : public QObject
{
    Q_OBJECT

private:
    int m_operations = 100000;

    static QByteArray read(TestWorkspace& ws, const QString& name, int* error)
    {
        const LogicalDrive* ld = ws.logicalDrive(name);
        if (!ld) {
            *error = ENOENT;
            return {};
        }
        QByteArray out(ld->capacity, '\0');
        *error = ws.engine().volumes().find(ld->id)->read(0, std::span<char>(out.data(), size_t(out.size()))).error;
        return out;
    }

    static IoStatus write(TestWorkspace& ws, const QString& name, qint64 offset, const QByteArray& data)
    {
        auto io = ws.engine().volumes().find(ws.logicalDrive(name)->id);
        return io->write(offset, std::span<const char>(data.constData(), size_t(data.size())));
    }

    static const VolumeCopy* enginePair(TestWorkspace& ws, int target)
    {
        return ws.config().volumeCopyTargeting(ws.logicalDrive(targetName(target))->id);
    }

    /** Lets finished copies report to the engine, and takes their results into the model. */
    static QString absorb(TestWorkspace& ws, Model& model)
    {
        QCoreApplication::processEvents();
        for (ModelPair& p : model.pairs) {
            const VolumeCopy* vc = enginePair(ws, p.target);
            if (!vc) {
                return u"the engine lost the pair onto %1"_s.arg(targetName(p.target));
            }
            if (p.active() && vc->status == VolumeCopyStatus::Completed) {
                p.status = VolumeCopyStatus::Completed;
                model.targets[p.target] = p.image;
                model.targetKnown[p.target] = true;
            } else if (vc->status == VolumeCopyStatus::Failed) {
                return u"the copy onto %1 failed: %2"_s.arg(targetName(p.target), vc->statusReason);
            } else if (p.active() != vc->isActive()) {
                return u"the copy onto %1 is %2 in the engine"_s.arg(targetName(p.target), enumName(vc->status));
            }
        }
        return {};
    }

    static QString check(TestWorkspace& ws, Model& model)
    {
        int error = 0;
        for (int i = 0; i < kBases; ++i) {
            if (read(ws, baseName(i), &error) != model.bases[i] || error != 0) {
                return u"base %1 differs"_s.arg(baseName(i));
            }
        }
        for (const ModelFlash& f : std::as_const(model.flashes)) {
            const QByteArray image = read(ws, f.name, &error);
            const FlashCopy* fc = ws.config().flashCopyOf(ws.logicalDrive(f.name)->id);
            if (!fc || fc->status != f.status) {
                return u"%1 has status %2, the model says %3"_s.arg(f.name, fc ? enumName(fc->status) : u"none"_s,
                    enumName(f.status));
            }
            if (f.status == FlashCopyStatus::Optimal && (error != 0 || image != f.image)) {
                return u"FlashCopy %1 does not read its image (error %2)"_s.arg(f.name).arg(error);
            }
            if (f.status != FlashCopyStatus::Optimal && error == 0) {
                return u"FlashCopy %1 is %2 but could be read"_s.arg(f.name, enumName(f.status));
            }
        }
        for (int t = 0; t < kTargets; ++t) {
            const QByteArray data = read(ws, targetName(t), &error);
            const ModelPair* p = model.pairOf(t);
            if (p && p->active()) {
                if (error == 0) {
                    return u"target %1 of an active copy could be read"_s.arg(targetName(t));
                }
            } else if (error != 0 || (model.targetKnown[t] && data != model.targets[t])) {
                return u"target %1 differs (error %2)"_s.arg(targetName(t)).arg(error);
            }
        }
        if (ws.config().flashCopies.size() != model.flashes.size() ||
            ws.config().volumeCopies.size() != model.pairs.size()) {
            return u"the engine has %1 FlashCopies and %2 pairs, the model %3 and %4"_s.arg(ws.config().flashCopies.size())
                .arg(ws.config().volumeCopies.size())
                .arg(model.flashes.size())
                .arg(model.pairs.size());
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("COPYLINE_RANDOM_OPERATIONS")) {
            m_operations = qEnvironmentVariableIntValue("COPYLINE_RANDOM_OPERATIONS");
        }
    }

    void randomOperations()
    {
        const quint32 seed = qEnvironmentVariableIsSet("COPYLINE_SEED") ? quint32(qEnvironmentVariableIntValue("COPYLINE_SEED"))
                                                                          : QRandomGenerator::global()->generate();
        qInfo("seed %u — replay with COPYLINE_SEED=%u; %d operations", seed, seed, m_operations);
        QRandomGenerator rng(seed);
        TestWorkspace ws;
        QVERIFY(ws.ok());
        QVERIFY(ws.run(u"set storageSubsystem copyBandwidth=0;"_s).ok());
        Model model;
        for (int i = 0; i < kBases; ++i) {
            QVERIFY(ws.run(u"create logicalDrive array=1 userLabel=\"%1\" capacity=%2 bytes;"_s.arg(baseName(i)).arg(kSize)).ok());
            model.bases[i] = QByteArray(kSize, '\0');
        }
        for (int t = 0; t < kTargets; ++t) {
            QVERIFY(ws.run(u"create logicalDrive array=2 userLabel=\"%1\" capacity=%2 bytes;"_s.arg(targetName(t)).arg(kSize)).ok());
            model.targets[t] = QByteArray(kSize, '\0');
        }
        int nextName = 0;
        for (int op = 0; op < m_operations; ++op) {
            const int roll = rng.bounded(1000);
            const qint64 len = 1 + rng.bounded(kSize / 2);
            const qint64 at = rng.bounded(kSize - len + 1);
            QString what;
            CommandResult r;
            if (roll < 280) {
                const int b = rng.bounded(kBases);
                const QByteArray data = randomData(rng, len);
                const IoStatus st = write(ws, baseName(b), at, data);
                if (model.sourceBusy(baseName(b))) {
                    QVERIFY2(!st.ok(), "a VolumeCopy source accepted a host write");
                } else {
                    QVERIFY2(st.ok(), qPrintable(st.reason));
                    model.bases[b].replace(at, len, data);
                }
                what = u"write %1+%2 to %3"_s.arg(at).arg(len).arg(baseName(b));
            } else if (roll < 390 && !model.flashes.isEmpty()) {
                ModelFlash& f = model.flashes[rng.bounded(int(model.flashes.size()))];
                const QByteArray data = randomData(rng, len);
                const IoStatus st = write(ws, f.name, at, data);
                if (f.status == FlashCopyStatus::Optimal && !model.sourceBusy(f.name)) {
                    QVERIFY2(st.ok(), qPrintable(st.reason));
                    f.image.replace(at, len, data);
                } else {
                    QVERIFY2(!st.ok(), "a write the rules forbid succeeded on a FlashCopy");
                }
                what = u"write %1+%2 to %3"_s.arg(at).arg(len).arg(f.name);
            } else if (roll < 440) {
                const int t = rng.bounded(kTargets);
                const QByteArray data = randomData(rng, len);
                const IoStatus st = write(ws, targetName(t), at, data);
                const ModelPair* p = model.pairOf(t);
                if (p && (p->active() || p->readOnly)) {
                    QVERIFY2(!st.ok(), "a write to an inaccessible or read-only target succeeded");
                } else {
                    QVERIFY2(st.ok(), qPrintable(st.reason));
                    model.targets[t].replace(at, len, data);
                }
                what = u"write %1+%2 to %3"_s.arg(at).arg(len).arg(targetName(t));
            } else if (roll < 530) {
                const int b = rng.bounded(kBases);
                const auto count = std::count_if(model.flashes.cbegin(), model.flashes.cend(),
                    [b](const ModelFlash& f) { return f.base == b; });
                const QString name = u"RF%1"_s.arg(nextName++);
                r = ws.run(u"create FlashCopyLogicalDrive baseLogicalDrive=\"%1\" userLabel=\"%2\" "
                           "repositoryUserLabel=\"%2R\" grainSize=4096;"_s.arg(baseName(b), name));
                if (count >= 4) {
                    QCOMPARE(r.error.code, ErrorCode::FlashCopyLimit);
                } else {
                    QVERIFY2(r.ok(), qPrintable(r.error.message()));
                    model.flashes.append({name, b, model.bases[b], FlashCopyStatus::Optimal});
                }
                what = u"create %1 of %2"_s.arg(name, baseName(b));
            } else if (roll < 600 && !model.flashes.isEmpty()) {
                ModelFlash& f = model.flashes[rng.bounded(int(model.flashes.size()))];
                const bool recreate = rng.bounded(2) == 0;
                r = ws.run((recreate ? u"recreateFlashCopy logicalDrive [\"%1\"];"_s : u"disableFlashCopy logicalDrive [\"%1\"];"_s)
                               .arg(f.name));
                if (model.sourceBusy(f.name)) {
                    QCOMPARE(r.error.code, ErrorCode::LogicalDriveKindNotAllowed);
                } else if (recreate) {
                    QVERIFY2(r.ok(), qPrintable(r.error.message()));
                    f.status = FlashCopyStatus::Optimal;
                    f.image = model.bases[f.base];
                } else if (f.status == FlashCopyStatus::Optimal) {
                    QVERIFY2(r.ok(), qPrintable(r.error.message()));
                    f.status = FlashCopyStatus::Disabled;
                } else {
                    QCOMPARE(r.error.code, ErrorCode::FlashCopyStateInvalid);
                }
                what = u"%1 %2"_s.arg(recreate ? u"re-create"_s : u"disable"_s, f.name);
            } else if (roll < 640 && !model.flashes.isEmpty()) {
                const int index = rng.bounded(int(model.flashes.size()));
                const ModelFlash f = model.flashes[index];
                const QString victim = rng.bounded(2) ? f.name : f.name + u'R';
                r = ws.run(u"delete logicalDrive [\"%1\"];"_s.arg(victim));
                if (model.sourceBusy(f.name)) {
                    QCOMPARE(r.error.code, ErrorCode::LogicalDriveKindNotAllowed);
                } else {
                    QVERIFY2(r.ok(), qPrintable(r.error.message()));
                    model.flashes.removeAt(index);
                    model.pairs.removeIf([&](const ModelPair& p) { return p.source == f.name; });
                }
                what = u"delete %1"_s.arg(victim);
            } else if (roll < 740) {
                // A VolumeCopy from a base or a FlashCopy onto one of the targets.
                QStringList sources{baseName(0), baseName(1)};
                for (const ModelFlash& f : std::as_const(model.flashes)) {
                    sources.append(f.name);
                }
                const QString source = sources[rng.bounded(int(sources.size()))];
                const int t = rng.bounded(kTargets);
                r = ws.run(u"create volumeCopy source=\"%1\" target=\"%2\" copyPriority=%3;"_s.arg(source, targetName(t),
                    QStringList{u"lowest"_s, u"medium"_s, u"highest"_s}[rng.bounded(3)]));
                const ModelFlash* f = model.flash(source);
                if (model.pairOf(t) || (f && f->status != FlashCopyStatus::Optimal)) {
                    QCOMPARE(r.error.code, ErrorCode::VolumeCopyCandidateInvalid);
                } else {
                    QVERIFY2(r.ok(), qPrintable(r.error.message()));
                    const QByteArray image = f ? f->image : model.bases[sources.indexOf(source)];
                    model.pairs.append({source, t, VolumeCopyStatus::InProgress, image, true});
                    model.targetKnown[t] = false;
                }
                what = u"copy %1 onto %2"_s.arg(source, targetName(t));
            } else if (roll < 850 && !model.pairs.isEmpty()) {
                ModelPair& p = model.pairs[rng.bounded(int(model.pairs.size()))];
                const QString target = targetName(p.target);
                const int action = rng.bounded(4);
                if (action == 0) { // Re-Copy
                    r = ws.run(u"recopy volumeCopy target [\"%1\"];"_s.arg(target));
                    const ModelFlash* f = model.flash(p.source);
                    if (p.status == VolumeCopyStatus::InProgress || p.status == VolumeCopyStatus::Pending) {
                        QCOMPARE(r.error.code, ErrorCode::VolumeCopyStateInvalid);
                    } else if (f && f->status != FlashCopyStatus::Optimal) {
                        QCOMPARE(r.error.code, ErrorCode::VolumeCopyCandidateInvalid);
                    } else {
                        QVERIFY2(r.ok(), qPrintable(r.error.message()));
                        p.status = VolumeCopyStatus::InProgress;
                        p.image = f ? f->image : model.bases[p.source == baseName(0) ? 0 : 1];
                        p.readOnly = true;
                        model.targetKnown[p.target] = false;
                    }
                    what = u"re-copy onto %1"_s.arg(target);
                } else if (action == 1) { // Stop
                    r = ws.run(u"stop volumeCopy target [\"%1\"];"_s.arg(target));
                    QCoreApplication::processEvents();
                    if (p.active()) {
                        // It may have completed just before the stop reached it.
                        if (r.ok()) {
                            p.status = VolumeCopyStatus::Stopped;
                            model.targetKnown[p.target] = false;
                        } else {
                            QCOMPARE(r.error.code, ErrorCode::VolumeCopyStateInvalid);
                        }
                    } else {
                        QCOMPARE(r.error.code, ErrorCode::VolumeCopyStateInvalid);
                    }
                    what = u"stop the copy onto %1"_s.arg(target);
                } else if (action == 2) { // Remove
                    r = ws.run(u"remove volumeCopy target [\"%1\"];"_s.arg(target));
                    const bool running = p.status == VolumeCopyStatus::InProgress || p.status == VolumeCopyStatus::Pending;
                    if (r.ok()) {
                        if (running) {
                            // The engine only removes a finished pair: this copy completed just before.
                            model.targets[p.target] = p.image;
                            model.targetKnown[p.target] = true;
                        }
                        const int t = p.target;
                        model.pairs.removeIf([t](const ModelPair& q) { return q.target == t; });
                    } else {
                        QCOMPARE(r.error.code, ErrorCode::VolumeCopyStateInvalid);
                        QVERIFY2(running, "the engine refused to remove a finished pair");
                    }
                    what = u"remove the pair onto %1"_s.arg(target);
                } else { // Read-only on or off
                    const bool readOnly = rng.bounded(2) == 0;
                    r = ws.run(u"set volumeCopy target [\"%1\"] targetReadOnlyEnabled=%2;"_s.arg(target,
                        readOnly ? u"TRUE"_s : u"FALSE"_s));
                    if (p.status == VolumeCopyStatus::InProgress || p.status == VolumeCopyStatus::Pending) {
                        if (!r.ok()) {
                            QCOMPARE(r.error.code, ErrorCode::VolumeCopyStateInvalid);
                        }
                    } else {
                        QVERIFY2(r.ok(), qPrintable(r.error.message()));
                    }
                    if (r.ok()) {
                        p.readOnly = readOnly;
                    }
                    what = u"read-only %1 on %2"_s.arg(readOnly).arg(target);
                }
            } else if (roll < 990) {
                // Give running copies time to finish.
                for (int i = 0; i < 50 && std::any_of(model.pairs.cbegin(), model.pairs.cend(),
                                              [](const ModelPair& p) { return p.status == VolumeCopyStatus::InProgress; });
                     ++i) {
                    QTest::qWait(2);
                    const QString problem = absorb(ws, model);
                    if (!problem.isEmpty()) {
                        QFAIL(qPrintable(u"after operation %1: %2. Replay with COPYLINE_SEED=%3"_s.arg(op).arg(problem).arg(seed)));
                    }
                }
                what = u"wait for copies"_s;
            } else if (roll < 996) {
                const int b = rng.bounded(kBases);
                const bool busy = model.sourceBusy(baseName(b)) ||
                                  std::any_of(model.flashes.cbegin(), model.flashes.cend(),
                                      [&](const ModelFlash& f) { return f.base == b && model.sourceBusy(f.name); });
                r = ws.run(u"delete logicalDrive [\"%1\"];"_s.arg(baseName(b)));
                if (busy) {
                    QCOMPARE(r.error.code, ErrorCode::LogicalDriveKindNotAllowed);
                } else {
                    QVERIFY2(r.ok(), qPrintable(r.error.message()));
                    QStringList gone{baseName(b)};
                    for (const ModelFlash& f : std::as_const(model.flashes)) {
                        if (f.base == b) {
                            gone.append(f.name);
                        }
                    }
                    model.flashes.removeIf([b](const ModelFlash& f) { return f.base == b; });
                    model.pairs.removeIf([&](const ModelPair& p) { return gone.contains(p.source); });
                    QVERIFY(ws.run(u"create logicalDrive array=1 userLabel=\"%1\" capacity=%2 bytes;"_s.arg(baseName(b)).arg(kSize)).ok());
                    model.bases[b] = QByteArray(kSize, '\0');
                }
                what = u"delete and re-create base %1"_s.arg(baseName(b));
            } else {
                const Error err = ws.reopen();
                QVERIFY2(!err.isError(), qPrintable(err.message()));
                what = u"restart the engine"_s;
            }
            if (what.isEmpty()) {
                continue;
            }
            QString divergence = absorb(ws, model);
            if (divergence.isEmpty()) {
                divergence = check(ws, model);
            }
            if (!divergence.isEmpty()) {
                QFAIL(qPrintable(u"after operation %1 (%2): %3. Replay with COPYLINE_SEED=%4"_s.arg(op).arg(what, divergence).arg(seed)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCopyServicesRandom)
#include "tst_copyservices_random.moc"
