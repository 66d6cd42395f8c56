// SPDX-License-Identifier: GPL-3.0-or-later
// Error messages: every template filled with its own number of arguments leaves no %N, the sources raise each code
// with that number of arguments, arguments are never read as placeholders, and long echoed input is cut.
#include "api/error.h"
#include "util/bytesize.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

const QRegularExpression& placeholder()
{
    static const QRegularExpression re(u"%[1-9]"_s);
    return re;
}

/** Every code the engine defines: the ones whose template is not the fallback. */
QList<ErrorCode> allCodes()
{
    const QByteArray fallback = errorTemplate(static_cast<ErrorCode>(-1));
    QList<ErrorCode> codes;
    for (int n = 0; n < 1000; ++n) {
        if (QByteArray(errorTemplate(static_cast<ErrorCode>(n))) != fallback) {
            codes.append(static_cast<ErrorCode>(n));
        }
    }
    return codes;
}

/** Maps ErrorCode names to codes by reading error.h (the enum's own spelling). */
QHash<QString, ErrorCode> codeNames()
{
    QFile header(QStringLiteral(COPYLINE_SOURCE_DIR "/engine/api/error.h"));
    if (!header.open(QIODevice::ReadOnly)) {
        return {};
    }
    QHash<QString, ErrorCode> names;
    static const QRegularExpression entry(u"^\\s*(\\w+) = (\\d+),"_s, QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(header.readAll());
    for (auto it = entry.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        names.insert(m.captured(1), static_cast<ErrorCode>(m.captured(2).toInt()));
    }
    return names;
}

/**
 * The number of top-level elements of the brace list that starts at @p open in @p text, or -1 when it cannot be
 * read (a raw string, say). Strings, characters, parentheses, brackets and nested braces are skipped whole.
 */
int braceListSize(const QString& text, qsizetype open)
{
    int depth = 0;
    int elements = 0;
    bool sawToken = false;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"' || c == u'\'') {
            if (i > 0 && text[i - 1] == u'R') {
                return -1;
            }
            for (++i; i < text.size() && text[i] != c; ++i) {
                if (text[i] == u'\\') {
                    ++i;
                }
            }
            sawToken = true;
            continue;
        }
        if (c == u'{' || c == u'(' || c == u'[') {
            ++depth;
            if (depth > 1) {
                sawToken = true;
            }
            continue;
        }
        if (c == u'}' || c == u')' || c == u']') {
            --depth;
            if (depth == 0) {
                return sawToken ? elements + 1 : 0;
            }
            continue;
        }
        if (depth == 1 && c == u',') {
            ++elements;
            sawToken = false;
            continue;
        }
        if (!c.isSpace()) {
            sawToken = true;
        }
    }
    return -1;
}

struct Site
{
    QString where;
    ErrorCode code;
    int arguments;
};

/** Every "ErrorCode::X, {a, b, ...}" in the engine, widgets and app sources: a code raised with a literal list. */
QList<Site> raisingSites()
{
    const QHash<QString, ErrorCode> names = codeNames();
    static const QRegularExpression raise(u"ErrorCode::(\\w+)\\s*,\\s*\\{"_s);
    QList<Site> sites;
    for (const char* folder : {"engine", "widgets", "app"}) {
        QDirIterator it(QStringLiteral(COPYLINE_SOURCE_DIR "/") + QLatin1String(folder), {u"*.cpp"_s, u"*.h"_s},
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = raise.globalMatch(text); m.hasNext();) {
                const auto match = m.next();
                if (!names.contains(match.captured(1))) {
                    continue;
                }
                const int size = braceListSize(text, match.capturedEnd() - 1);
                if (size < 0) {
                    continue;
                }
                const qsizetype line = text.left(match.capturedStart()).count(u'\n') + 1;
                sites.append({u"%1:%2"_s.arg(path.mid(path.indexOf(QLatin1String(folder)))).arg(line),
                    names.value(match.captured(1)), size});
            }
        }
    }
    return sites;
}

} // namespace

class TestErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTemplateFilledLeavesNoPlaceholder()
    {
        const QList<ErrorCode> codes = allCodes();
        QVERIFY(codes.size() > 60);
        for (const ErrorCode code : codes) {
            const int count = errorArgumentCount(code);
            QStringList args;
            for (int i = 0; i < count; ++i) {
                args.append(u"arg%1"_s.arg(i + 1));
            }
            const Error error(code, args);
            const QString message = error.message();
            QVERIFY2(!message.contains(placeholder()), qPrintable(message));
            // Every argument shows: no placeholder number is skipped.
            for (const QString& arg : std::as_const(args)) {
                QVERIFY2(message.contains(arg), qPrintable(u"%1 lacks %2"_s.arg(message, arg)));
            }
        }
    }

    void sourcesRaiseEachCodeWithItsArgumentCount()
    {
        const QList<Site> sites = raisingSites();
        QVERIFY2(sites.size() > 200, qPrintable(QString::number(sites.size())));
        QStringList wrong;
        for (const Site& site : sites) {
            const int expected = errorArgumentCount(site.code);
            if (site.arguments != expected) {
                wrong.append(u"%1: error %2 takes %3 argument(s), the site passes %4"_s.arg(site.where)
                                 .arg(static_cast<int>(site.code))
                                 .arg(expected)
                                 .arg(site.arguments));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void argumentsAreNotPlaceholders()
    {
        // A name with %1 in it stays as typed; the next argument still goes to its own place.
        const Error error(ErrorCode::NameInUse, {u"50%1 off"_s, u"another logical drive"_s});
        QCOMPARE(error.message(),
            u"The name \"50%1 off\" is already used by another logical drive on this storage subsystem. "
            "Names must be unique; choose another name."_s);
        // Too few arguments: the missing one stays visible rather than a warning on stderr.
        QVERIFY(Error(ErrorCode::NameInUse, {u"a"_s}).message().contains(u"%2"_s));
    }

    void longInputIsCut()
    {
        const QString label(10 * 1024 * 1024, u'x');
        const QString message
            = Error(ErrorCode::NameTooLong, {label, QString::number(label.size()), u"30"_s}).message();
        QVERIFY2(message.size() < 300, qPrintable(message.left(400)));
        QVERIFY(message.contains(QString(60, u'x') + u"\u2026\" (10485760 characters) has 10485760"_s));
        QVERIFY(!message.contains(QString(61, u'x')));
        // Short input is shown whole; reasons (unquoted) are never cut.
        const QString reason(80, u'r');
        QCOMPARE(Error(ErrorCode::InvalidParameter, {u"capacity"_s, u"lots"_s, reason}).message(),
            u"The value \"lots\" is not valid for capacity: %1."_s.arg(reason));
        QCOMPARE(shortenedInput(u"short"_s), u"short"_s);
        QCOMPARE(shortenedInput(QString(100, u'y')), QString(60, u'y') + u"\u2026 (100 characters)"_s);
    }

    void capacitiesInTheirUnit_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0 bytes"_s;
        QTest::newRow("one") << qint64(1) << u"1 byte"_s;
        QTest::newRow("granule") << 64 * KiB << u"64 KB"_s;
        QTest::newRow("repository minimum") << 8 * MiB << u"8 MB"_s;
        QTest::newRow("fraction") << 3 * MiB / 2 << u"1.5 MB"_s;
        QTest::newRow("gigabytes") << 2 * GiB << u"2.000 GB"_s;
    }
    void capacitiesInTheirUnit()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(formatCapacity(bytes), text);
    }

    void capacityProblems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("problem");
        QTest::newRow("fine") << u"2 GB"_s << int(CapacityProblem::None);
        QTest::newRow("exponent") << u"1e309 GB"_s << int(CapacityProblem::NotANumber);
        QTest::newRow("word") << u"lots"_s << int(CapacityProblem::NotANumber);
        QTest::newRow("fractional bytes") << u"1.5"_s << int(CapacityProblem::NotANumber);
        QTest::newRow("overflowing bytes") << u"99999999999999999999"_s << int(CapacityProblem::TooLarge);
        QTest::newRow("overflowing TB") << u"9999999999 TB"_s << int(CapacityProblem::TooLarge);
        QTest::newRow("overflowing fraction") << u"99999999999.5 TB"_s << int(CapacityProblem::TooLarge);
    }
    void capacityProblems()
    {
        QFETCH(QString, text);
        QFETCH(int, problem);
        QCOMPARE(int(capacityProblem(text)), problem);
    }
};

QTEST_APPLESS_MAIN(TestErrors)
#include "tst_errors.moc"
