// SPDX-License-Identifier: GPL-3.0-or-later
// Golden transcripts of copylinectl. They were recorded before the engine's folders were reorganised (issue 12) and
// prove that moving code changed no behaviour: the command list and a DS4000 session on a fresh demonstration
// workspace (storage, host writes, FlashCopy, VolumeCopy, refused commands, the event log) must print exactly what
// tests/golden/*.txt holds, once what legitimately varies (WWNs, times, paths, rates, process ids) is normalised.
//
// To record the transcripts again after an intended change of output:
//     COPYLINE_UPDATE_GOLDEN=1 ctest -R tst_golden
// then read the diff of tests/golden/ before committing it.
#include "testworkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <array>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

QString goldenPath(const QString& name)
{
    return QDir(QStringLiteral(COPYLINE_SOURCE_DIR "/tests/golden")).filePath(name);
}

bool updating()
{
    return qEnvironmentVariableIntValue("COPYLINE_UPDATE_GOLDEN") == 1;
}

/** Replaces what differs from run to run by placeholders; everything else is compared byte for byte. */
QString normalised(QString text, const QStringList& workspacePaths)
{
    for (const QString& path : workspacePaths) {
        if (!path.isEmpty()) {
            text.replace(path, u"<WORKSPACE>"_s);
        }
    }
    struct Rule
    {
        QRegularExpression pattern;
        QString placeholder;
    };
    static const std::array rules {
        // 2026-12-04 06:19:01 (tables) and 2026-12-04T06:19:01.044Z (JSON).
        Rule {QRegularExpression(u"\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z?"_s), u"<TIME>"_s},
        // The random feature enable identifier of a subsystem.
        Rule {QRegularExpression(u"(Feature enable identifier: )\\S+"_s), u"\\1<ID>"_s},
        // World-wide names of subsystems and logical drives: 32 upper-case hex digits (SHA-256 sums are lower case).
        Rule {QRegularExpression(u"\\b[0-9A-F]{32}\\b"_s), u"<WWN>"_s},
        // Copy and mirror rates, and the time left (h:mm:ss) of running work; not a part of a port's WWPN.
        Rule {QRegularExpression(u"\\b\\d+(?:[.,]\\d+)? (?:bytes|KB|MB|GB)/s"_s), u"<RATE>"_s},
        Rule {QRegularExpression(u"(?<![:\\w])\\d+:\\d{2}:\\d{2}(?![:\\w])"_s), u"<ETA>"_s},
        // Process ids (copylined, the console).
        Rule {QRegularExpression(u"\\b(process|pid|PID) \\d+"_s), u"\\1 <PID>"_s},
        // Any other path in the temporary folder.
        Rule {QRegularExpression(QRegularExpression::escape(QDir::tempPath()) + u"/[^\\s\"']+"_s), u"<TMP>"_s},
    };
    for (const Rule& rule : rules) {
        text.replace(rule.pattern, rule.placeholder);
    }
    return text;
}

/** An argument as a shell would need it: single-quoted when it holds anything but plain characters. */
QString quoted(const QString& argument)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./=:,+-]+$"_s);
    if (plain.match(argument).hasMatch()) {
        return argument;
    }
    QString q = argument;
    q.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + q + u"'"_s;
}

/** One copylinectl call as the transcript shows it: the command, stdout, stderr (each line "! ") and exit code. */
QString transcribe(const QStringList& arguments, const Test::CtlRun& run)
{
    QStringList shown {u"$ copylinectl"_s};
    for (const QString& a : arguments) {
        shown.append(quoted(a));
    }
    QString text = shown.join(u' ') + u'\n';
    text += run.out;
    if (!run.out.isEmpty() && !run.out.endsWith(u'\n')) {
        text += u"\\ (no newline at end of output)\n"_s;
    }
    const QStringList errLines = run.err.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : errLines) {
        text += u"! "_s + line + u'\n';
    }
    text += u"[exit %1]\n\n"_s.arg(run.code);
    return text;
}

/**
 * Compares @p actual with the golden file @p name, or records it when COPYLINE_UPDATE_GOLDEN=1. On a difference
 * the actual transcript is written beside the test (name.actual) and the first differing line is reported.
 */
void compareWithGolden(const QString& name, const QString& actual)
{
    QFile file(goldenPath(name));
    if (updating()) {
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
        file.write(actual.toUtf8());
        qInfo("recorded %s", qPrintable(file.fileName()));
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly),
        qPrintable(u"%1: %2 (record it with COPYLINE_UPDATE_GOLDEN=1)"_s.arg(file.fileName(), file.errorString())));
    const QString expected = QString::fromUtf8(file.readAll());
    if (expected == actual) {
        return;
    }
    QFile dump(QDir::current().filePath(name + u".actual"_s));
    if (dump.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        dump.write(actual.toUtf8());
    }
    const QStringList e = expected.split(u'\n');
    const QStringList a = actual.split(u'\n');
    qsizetype line = 0;
    while (line < e.size() && line < a.size() && e[line] == a[line]) {
        ++line;
    }
    QFAIL(qPrintable(u"%1 differs from the golden transcript at line %2:\n  expected: %3\n  actual:   %4\n"
                     "the whole output is in %5"_s.arg(name)
                         .arg(line + 1)
                         .arg(line < e.size() ? e[line] : u"(end of file)"_s,
                             line < a.size() ? a[line] : u"(end of output)"_s, dump.fileName())));
}

/** One step of a session: copylinectl's arguments (after --workspace), and optionally text to wait for. */
struct Step
{
    QStringList arguments;
    /** When set, the call is repeated (unrecorded) until its output contains this text; the last run is recorded. */
    QString until;
};

QList<Step> ds4000Session()
{
    const auto c = [](const QString& script) { return Step {{u"-c"_s, script}, {}}; };
    return {
        c(u"show storageSubsystem;"_s),
        Step {{u"-d"_s}, {}},
        c(u"create array drives=(2,1 2,2 2,3) raidLevel=5;"
          " create logicalDrive array=3 userLabel=\"Src\" capacity=64 MB;"
          " create logicalDrive array=3 userLabel=\"Dst\" capacity=64 MB owner=b;"_s),
        c(u"write logicalDrive [\"Src\"] offset=0 length=1048576 seed=7; show logicalDrive [\"Src\"] checksum;"_s),
        c(u"create FlashCopyLogicalDrive baseLogicalDrive=\"Src\" userLabel=\"Src-FC\";"_s),
        // Copy-before-write: the FlashCopy keeps the image of the establish instant.
        c(u"write logicalDrive [\"Src\"] offset=0 length=65536 seed=8;"
          " show logicalDrive [\"Src-FC\"] checksum; show logicalDrive [\"Src\"] checksum;"_s),
        c(u"disableFlashCopy logicalDrive [\"Src-FC\"]; show logicalDrive [\"Src-FC\"];"_s),
        c(u"recreateFlashCopy logicalDrive [\"Src-FC\"]; show logicalDrive [\"Src-FC\"] checksum;"_s),
        c(u"create volumeCopy source=\"Src\" target=\"Dst\" copyPriority=highest;"_s),
        Step {{u"-c"_s, u"show volumeCopy target [\"Dst\"];"_s}, u"Completed"_s},
        c(u"show logicalDrive [\"Dst\"] checksum;"_s),
        Step {{u"--json"_s, u"-c"_s, u"show volumeCopy target [\"Dst\"];"_s}, {}},
        c(u"show volumeCopy allLogicalDrives;"_s),
        c(u"show allLogicalDrives;"_s),
        Step {{u"-n"_s, u"Secondary Site"_s, u"-c"_s, u"show allLogicalDrives;"_s}, {}},
        // Refused commands and their error lines.
        c(u"create volumeCopy source=\"Src\" target=\"Src-FC\";"_s),
        c(u"write logicalDrive [\"Dst\"] offset=0 length=4096 seed=1;"_s),
        c(u"create logicalDrive array=3 userLabel=\"Src\" capacity=1 GB;"_s),
        c(u"create logicalDrive array=3 userLabel=\"Big\" capacity=9999 GB;"_s),
        c(u"show logicalDrive [\"Nope\"];"_s),
        c(u"show allArrays; delete array [99];"_s),
        c(u"frobnicate logicalDrive [\"Src\"];"_s),
        Step {{u"unexpected"_s}, {}},
        Step {{}, {}},
        c(u"show storageSubsystem events;"_s),
        Step {{u"--stop"_s}, {}},
        Step {{u"--stop"_s}, {}},
    };
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpCommands()
    {
        const QStringList arguments {u"--help-commands"_s};
        const Test::CtlRun run = Test::copylinectl(arguments, 60000);
        QCOMPARE(run.code, 0);
        compareWithGolden(u"help-commands.txt"_s, normalised(transcribe(arguments, run), {}));
    }

    void ds4000Session()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString workspace = QDir(dir.path()).filePath(u"workspace"_s);
        const QStringList paths {workspace, QFileInfo(dir.path()).canonicalFilePath() + u"/workspace"_s};
        // Whatever happens, no copylined outlives the test.
        struct Stopper
        {
            QString workspace;
            ~Stopper() { Test::copylinectl({u"--workspace"_s, workspace, u"--stop"_s, u"-S"_s}, 60000); }
        } stopper {workspace};

        QString transcript
            = u"# Every call also has --workspace <WORKSPACE>, a new folder (the demonstration workspace).\n\n"_s;
        for (const Step& step : ::ds4000Session()) {
            const QStringList arguments = QStringList {u"--workspace"_s, workspace} + step.arguments;
            Test::CtlRun run = Test::copylinectl(arguments, 120000);
            QElapsedTimer waited;
            waited.start();
            while (!step.until.isEmpty() && !run.out.contains(step.until) && waited.elapsed() < 240000) {
                QThread::msleep(200);
                run = Test::copylinectl(arguments, 120000);
            }
            QVERIFY2(run.code != -2 && run.code != -3, qPrintable(step.arguments.join(u' ') + u": " + run.err));
            QVERIFY2(step.until.isEmpty() || run.out.contains(step.until),
                qPrintable(u"never printed \"%1\": %2"_s.arg(step.until, run.out)));
            transcript += transcribe(step.arguments, run);
        }
        compareWithGolden(u"ds4000-session.txt"_s, normalised(transcript, paths));
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
