// SPDX-License-Identifier: GPL-3.0-or-later
// The script language: statement forms to commands, targets, parameters, units, lists, comments and errors.
#include "families/ds4000/scriptparser.h"
#include "server/protocol.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

class TestScript : public QObject
{
    Q_OBJECT

private:
    static QList<ScriptStatement> parse(const QString& script)
    {
        QList<ScriptStatement> out;
        const Error err = parseScript(script, &out);
        if (err.isError()) {
            qWarning("%s", qPrintable(err.message()));
        }
        return out;
    }

private Q_SLOTS:
    void createLogicalDrive()
    {
        const auto s = parse(u"create logicalDrive array=1 userLabel=\"Data\" capacity=2 GB;"_s);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].request.name, u"createLogicalDrive"_s);
        QCOMPARE(s[0].request.args.value(u"array"_s).toInteger(), 1);
        QCOMPARE(s[0].request.args.value(u"userLabel"_s).toString(), u"Data"_s);
        QCOMPARE(s[0].request.args.value(u"capacity"_s).toString(), u"2 GB"_s);
    }

    void numbersKeepTheirExponent()
    {
        // "1e309 GB" is one (bad) capacity for the command to judge, not 1 followed by the keywords "e309 GB".
        const auto s = parse(u"create logicalDrive array=1 userLabel=\"Z\" capacity=1e309 GB;\n"
                             "create logicalDrive array=1 userLabel=\"Y\" capacity=2E+3;"_s);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].request.name, u"createLogicalDrive"_s);
        QCOMPARE(s[0].request.args.value(u"capacity"_s).toString(), u"1e309 GB"_s);
        QCOMPARE(s[1].request.args.value(u"capacity"_s).toString(), u"2E+3"_s);
    }

    void keywordsAreCaseInsensitive()
    {
        const auto s = parse(u"SHOW STORAGESUBSYSTEM; Show AllLogicalDrives;"_s);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].request.name, u"showStorageSubsystem"_s);
        QCOMPARE(s[1].request.name, u"showAllLogicalDrives"_s);
    }

    void targetsAndModifiers()
    {
        const auto s = parse(u"show logicalDrive [\"Data Vol\"] checksum offset=0 length=4096;\n"
                             "remove logicalDrive [\"x\"] lunMapping host=\"h\";\n"
                             "set drive [1,3] hotSpare=TRUE;\n"
                             "delete logicalDrive [\"a\" \"b\"];"_s);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s[0].request.name, u"checksumLogicalDrive"_s);
        QCOMPARE(s[0].request.args.value(u"targets"_s).toArray(), QJsonArray {u"Data Vol"_s});
        QCOMPARE(s[0].request.args.value(u"length"_s).toInteger(), 4096);
        QCOMPARE(s[1].request.name, u"removeLunMapping"_s);
        QCOMPARE(s[1].line, 2);
        QCOMPARE(s[2].request.args.value(u"targets"_s).toArray(), QJsonArray {u"1,3"_s});
        QCOMPARE(s[2].request.args.value(u"hotSpare"_s).toString(), u"TRUE"_s);
        QCOMPARE(s[3].request.args.value(u"targets"_s).toArray(), (QJsonArray {u"a"_s, u"b"_s}));
    }

    void listsAndComments()
    {
        const auto s
            = parse(u"// make an array\ncreate array /* five drives */ drives=(1,1 1,2 1,3 1,4 1,5) raidLevel=5;"_s);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].line, 2);
        QCOMPARE(s[0].request.args.value(u"drives"_s).toArray().size(), 5);
        QCOMPARE(s[0].request.args.value(u"drives"_s).toArray().at(4).toString(), u"1,5"_s);
        QCOMPARE(s[0].request.args.value(u"raidLevel"_s).toInteger(), 5);
    }

    void escapes()
    {
        const auto s = parse(u"create host userLabel=\"say \\\"hi\\\"\";"_s);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].request.args.value(u"userLabel"_s).toString(), u"say \"hi\""_s);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("where");
        QTest::newRow("missing semicolon") << u"show storageSubsystem"_s << ErrorCode::SyntaxError << u"line 1"_s;
        QTest::newRow("unknown command") << u"show storageSubsystem;\nfrobnicate all;"_s << ErrorCode::UnknownCommand
                                         << u"frobnicate all"_s;
        QTest::newRow("open string") << u"create host userLabel=\"abc;"_s << ErrorCode::SyntaxError << u"not closed"_s;
        QTest::newRow("open list") << u"create array drives=(1,1 1,2 raidLevel=5;"_s << ErrorCode::SyntaxError
                                   << u"list"_s;
        QTest::newRow("no value") << u"create host userLabel=;"_s << ErrorCode::SyntaxError << u"no value"_s;
        QTest::newRow("duplicate parameter")
            << u"create host userLabel=\"a\" userLabel=\"b\";"_s << ErrorCode::SyntaxError << u"twice"_s;
        QTest::newRow("stray character") << u"show storageSubsystem $;"_s << ErrorCode::SyntaxError << u"'$'"_s;
        QTest::newRow("open comment") << u"/* show storageSubsystem;"_s << ErrorCode::SyntaxError << u"comment"_s;
        QTest::newRow("line and column") << u"show storageSubsystem;\n  create host userLabel=;"_s
                                         << ErrorCode::SyntaxError << u"line 2, column 25"_s;
    }
    void errors()
    {
        QFETCH(QString, script);
        QFETCH(ErrorCode, code);
        QFETCH(QString, where);
        QList<ScriptStatement> out;
        const Error err = parseScript(script, &out);
        QCOMPARE(err.code, code);
        QVERIFY2(err.message().contains(where), qPrintable(err.message()));
        QVERIFY(out.isEmpty()); // nothing runs from a script with an error
    }

    void namedLists()
    {
        const auto s = parse(u"recopy volumeCopy target [\"T\"] source [\"S\"] copyPriority=high;\n"
                             "re-create flashCopy logicalDrive [\"F\"];"_s);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].request.name, u"recopyVolumeCopy"_s);
        QCOMPARE(s[0].request.args.value(u"target"_s).toArray(), QJsonArray {u"T"_s});
        QCOMPARE(s[0].request.args.value(u"source"_s).toArray(), QJsonArray {u"S"_s});
        QCOMPARE(s[1].request.name, u"recreateFlashCopy"_s);
        QCOMPARE(s[1].request.args.value(u"targets"_s).toArray(), QJsonArray {u"F"_s});
    }

    void protocolFrames()
    {
        // Frames split at any byte boundary come out whole and in order.
        const QByteArray a = Protocol::encode({{u"type"_s, u"hello"_s}, {u"n"_s, 1}});
        const QByteArray b = Protocol::encode({{u"type"_s, u"command"_s}, {u"n"_s, 2}});
        const QByteArray stream = a + b;
        for (int cut = 0; cut <= stream.size(); ++cut) {
            Protocol::FrameReader reader;
            reader.append(stream.left(cut));
            QList<int> seen;
            while (const auto m = reader.next()) {
                seen.append(m->value(u"n"_s).toInt());
            }
            reader.append(stream.mid(cut));
            while (const auto m = reader.next()) {
                seen.append(m->value(u"n"_s).toInt());
            }
            QCOMPARE(seen, (QList<int> {1, 2}));
            QVERIFY(!reader.hasError());
        }
        Protocol::FrameReader huge;
        huge.append(QByteArray("\x7f\xff\xff\xff", 4));
        QVERIFY(!huge.next());
        QVERIFY(huge.hasError());
        Protocol::FrameReader garbage;
        garbage.append(QByteArray("\x00\x00\x00\x03{x}", 7));
        QVERIFY(!garbage.next());
        QVERIFY(garbage.hasError());
    }
};

QTEST_APPLESS_MAIN(TestScript)
#include "tst_script.moc"
