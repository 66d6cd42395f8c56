// SPDX-License-Identifier: GPL-3.0-or-later
// The randomized reference-model test of FlashCopy: random host writes to bases and FlashCopy logical drives,
// random create / disable / re-create / delete steps, base deletion and workspace restarts, run against the real
// engine and a plain in-memory model. After every step every base and every FlashCopy is read back in full and
// compared with the model; the first divergence fails with the seed that replays it (COPYLINE_SEED=<seed>).
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

constexpr qint64 kBaseSize = 64 * KiB;
constexpr int kBases = 2;

struct ModelCopy
{
    QString name;
    int base = 0;
    QByteArray image;
    FlashCopyStatus status = FlashCopyStatus::Optimal;
};

struct Model
{
    QByteArray bases[kBases];
    QList<ModelCopy> copies;
};

QString baseName(int i)
{
    return u"RB%1"_s.arg(i);
}

} // namespace

class TestFlashCopyRandom : public QObject
{
    Q_OBJECT

private:
    int m_operations = 100000;

    QByteArray read(TestWorkspace& ws, const QString& name, int* error)
    {
        const LogicalDrive* ld = ws.logicalDrive(name);
        if (!ld) {
            *error = ENOENT;
            return {};
        }
        auto io = ws.engine().volumes().find(ld->id);
        QByteArray out(ld->capacity, '\0');
        const IoStatus st = io->read(0, std::span<char>(out.data(), size_t(out.size())));
        *error = st.error;
        return out;
    }

    IoStatus write(TestWorkspace& ws, const QString& name, qint64 offset, const QByteArray& data)
    {
        auto io = ws.engine().volumes().find(ws.logicalDrive(name)->id);
        return io->write(offset, std::span<const char>(data.constData(), size_t(data.size())));
    }

    QString check(TestWorkspace& ws, const Model& model)
    {
        int error = 0;
        for (int i = 0; i < kBases; ++i) {
            if (read(ws, baseName(i), &error) != model.bases[i] || error != 0) {
                return u"base %1 differs"_s.arg(baseName(i));
            }
        }
        for (const ModelCopy& c : model.copies) {
            const QByteArray image = read(ws, c.name, &error);
            const FlashCopy* fc = ws.config().flashCopyOf(ws.logicalDrive(c.name)->id);
            if (!fc || fc->status != c.status) {
                return u"%1 has status %2, the model says %3"_s.arg(
                    c.name, fc ? enumName(fc->status) : u"none"_s, enumName(c.status));
            }
            if (c.status == FlashCopyStatus::Optimal && (error != 0 || image != c.image)) {
                return u"FlashCopy %1 does not read its image (error %2)"_s.arg(c.name).arg(error);
            }
            if (c.status != FlashCopyStatus::Optimal && error == 0) {
                return u"FlashCopy %1 is %2 but could be read"_s.arg(c.name, enumName(c.status));
            }
        }
        if (ws.config().flashCopies.size() != model.copies.size()) {
            return u"the engine has %1 FlashCopies, the model %2"_s.arg(ws.config().flashCopies.size())
                .arg(model.copies.size());
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
        const quint32 seed = qEnvironmentVariableIsSet("COPYLINE_SEED")
            ? quint32(qEnvironmentVariableIntValue("COPYLINE_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("seed %u — replay with COPYLINE_SEED=%u; %d operations", seed, seed, m_operations);
        QRandomGenerator rng(seed);
        TestWorkspace ws;
        QVERIFY(ws.ok());
        Model model;
        for (int i = 0; i < kBases; ++i) {
            const CommandResult r = ws.run(
                u"create logicalDrive array=1 userLabel=\"%1\" capacity=%2 bytes;"_s.arg(baseName(i)).arg(kBaseSize));
            QVERIFY2(r.ok(), qPrintable(r.error.message()));
            model.bases[i] = QByteArray(kBaseSize, '\0');
        }
        int nextName = 0;
        for (int op = 0; op < m_operations; ++op) {
            const int roll = rng.bounded(1000);
            QString what;
            if (roll < 420) {
                const int b = rng.bounded(kBases);
                const qint64 len = 1 + rng.bounded(kBaseSize / 2);
                const qint64 at = rng.bounded(kBaseSize - len + 1);
                QByteArray data(len, '\0');
                fillPattern(rng.generate64(), 0, std::span<char>(data.data(), size_t(len)));
                const IoStatus st = write(ws, baseName(b), at, data);
                QVERIFY2(st.ok(), qPrintable(st.reason));
                model.bases[b].replace(at, len, data);
                what = u"write %1+%2 to %3"_s.arg(at).arg(len).arg(baseName(b));
            } else if (roll < 600 && !model.copies.isEmpty()) {
                ModelCopy& c = model.copies[rng.bounded(int(model.copies.size()))];
                const qint64 len = 1 + rng.bounded(kBaseSize / 2);
                const qint64 at = rng.bounded(kBaseSize - len + 1);
                QByteArray data(len, '\0');
                fillPattern(rng.generate64(), 0, std::span<char>(data.data(), size_t(len)));
                const IoStatus st = write(ws, c.name, at, data);
                if (c.status == FlashCopyStatus::Optimal) {
                    QVERIFY2(st.ok(), qPrintable(st.reason));
                    c.image.replace(at, len, data);
                } else {
                    QVERIFY2(!st.ok(), "a write to a disabled FlashCopy succeeded");
                }
                what = u"write %1+%2 to %3"_s.arg(at).arg(len).arg(c.name);
            } else if (roll < 720) {
                const int b = rng.bounded(kBases);
                int count = 0;
                for (const ModelCopy& c : std::as_const(model.copies)) {
                    count += c.base == b ? 1 : 0;
                }
                const QString name = u"RF%1"_s.arg(nextName++);
                const CommandResult r = ws.run(u"create FlashCopyLogicalDrive baseLogicalDrive=\"%1\" userLabel=\"%2\" "
                                               "repositoryUserLabel=\"%2R\" grainSize=4096;"_s.arg(baseName(b), name));
                if (count >= 4) {
                    QCOMPARE(r.error.code, ErrorCode::FlashCopyLimit);
                } else {
                    QVERIFY2(r.ok(), qPrintable(r.error.message()));
                    model.copies.append({name, b, model.bases[b], FlashCopyStatus::Optimal});
                }
                what = u"create %1 of %2"_s.arg(name, baseName(b));
            } else if (roll < 800 && !model.copies.isEmpty()) {
                ModelCopy& c = model.copies[rng.bounded(int(model.copies.size()))];
                const CommandResult r = ws.run(u"disableFlashCopy logicalDrive [\"%1\"];"_s.arg(c.name));
                if (c.status == FlashCopyStatus::Optimal) {
                    QVERIFY2(r.ok(), qPrintable(r.error.message()));
                    c.status = FlashCopyStatus::Disabled;
                } else {
                    QCOMPARE(r.error.code, ErrorCode::FlashCopyStateInvalid);
                }
                what = u"disable %1"_s.arg(c.name);
            } else if (roll < 900 && !model.copies.isEmpty()) {
                ModelCopy& c = model.copies[rng.bounded(int(model.copies.size()))];
                const CommandResult r = ws.run(u"recreateFlashCopy logicalDrive [\"%1\"];"_s.arg(c.name));
                QVERIFY2(r.ok(), qPrintable(r.error.message()));
                c.status = FlashCopyStatus::Optimal;
                c.image = model.bases[c.base];
                what = u"re-create %1"_s.arg(c.name);
            } else if (roll < 980 && !model.copies.isEmpty()) {
                const int index = rng.bounded(int(model.copies.size()));
                const ModelCopy c = model.copies.takeAt(index);
                // Either the FlashCopy or its repository: both delete the pair.
                const QString victim = rng.bounded(2) ? c.name : c.name + u'R';
                const CommandResult r = ws.run(u"delete logicalDrive [\"%1\"];"_s.arg(victim));
                QVERIFY2(r.ok(), qPrintable(r.error.message()));
                what = u"delete %1"_s.arg(victim);
            } else if (roll < 995) {
                // Delete a base with its FlashCopies and create it again, empty.
                const int b = rng.bounded(kBases);
                QVERIFY(ws.run(u"delete logicalDrive [\"%1\"];"_s.arg(baseName(b))).ok());
                model.copies.removeIf([b](const ModelCopy& c) { return c.base == b; });
                QVERIFY(ws.run(u"create logicalDrive array=1 userLabel=\"%1\" capacity=%2 bytes;"_s.arg(baseName(b))
                                   .arg(kBaseSize))
                            .ok());
                model.bases[b] = QByteArray(kBaseSize, '\0');
                what = u"delete and re-create base %1"_s.arg(baseName(b));
            } else {
                const Error err = ws.reopen();
                QVERIFY2(!err.isError(), qPrintable(err.message()));
                what = u"restart the engine"_s;
            }
            if (!what.isEmpty()) {
                const QString divergence = check(ws, model);
                if (!divergence.isEmpty()) {
                    QFAIL(qPrintable(u"after operation %1 (%2): %3. Replay with COPYLINE_SEED=%4"_s.arg(op)
                                         .arg(what, divergence)
                                         .arg(seed)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFlashCopyRandom)
#include "tst_flashcopy_random.moc"
