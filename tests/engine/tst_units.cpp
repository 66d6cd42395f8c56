// SPDX-License-Identifier: GPL-3.0-or-later
// Capacity units and display, RAID rules, name rules, WWPNs: the pure rules every path shares.
#include "storage/rules.h"
#include "util/bytesize.h"
#include "util/pattern.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

class TestUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatGb_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0.000 GB"_s;
        QTest::newRow("4 MB mirror repository") << 4 * MiB << u"0.004 GB"_s;
        QTest::newRow("two GB") << 2 * GiB << u"2.000 GB"_s;
        QTest::newRow("seed free capacity") << qint64(11674664386) << u"10.873 GB"_s;
        QTest::newRow("1 TiB") << TiB << u"1024.000 GB"_s;
    }
    void formatGb()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(Copyline::formatGb(bytes), text);
    }

    void parseCapacity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: invalid
        QTest::newRow("GB with space") << u"2 GB"_s << 2 * GiB;
        QTest::newRow("GB joined") << u"2GB"_s << 2 * GiB;
        QTest::newRow("lower case") << u"512 mb"_s << 512 * MiB;
        QTest::newRow("fraction") << u"1.5 TB"_s << (3 * TiB) / 2;
        QTest::newRow("bytes word") << u"4096 bytes"_s << qint64(4096);
        QTest::newRow("bare number") << u"1048576"_s << MiB;
        QTest::newRow("KB") << u"64 KB"_s << 64 * KiB;
        QTest::newRow("negative") << u"-1 GB"_s << qint64(-1);
        QTest::newRow("garbage") << u"two GB"_s << qint64(-1);
        QTest::newRow("unknown unit") << u"2 PB"_s << qint64(-1);
        QTest::newRow("fractional bytes") << u"1.5"_s << qint64(-1);
        QTest::newRow("overflow") << u"99999999999999999999 GB"_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }
    void parseCapacity()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto parsed = Copyline::parseCapacity(text);
        if (bytes < 0) {
            QVERIFY2(!parsed.has_value(), qPrintable(text));
        } else {
            QVERIFY2(parsed.has_value(), qPrintable(text));
            QCOMPARE(*parsed, bytes);
        }
    }

    void raidDriveCount_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("drives");
        QTest::addColumn<bool>("valid");
        QTest::newRow("RAID 0 one drive") << 0 << 1 << true;
        QTest::newRow("RAID 0 zero drives") << 0 << 0 << false;
        QTest::newRow("RAID 1 two") << 1 << 2 << true;
        QTest::newRow("RAID 1 odd") << 1 << 3 << false;
        QTest::newRow("RAID 1 one") << 1 << 1 << false;
        QTest::newRow("RAID 1 four") << 1 << 4 << true;
        QTest::newRow("RAID 3 two") << 3 << 2 << false;
        QTest::newRow("RAID 3 three") << 3 << 3 << true;
        QTest::newRow("RAID 5 two") << 5 << 2 << false;
        QTest::newRow("RAID 5 thirty") << 5 << 30 << true;
        QTest::newRow("RAID 5 thirty-one") << 5 << 31 << false;
    }
    void raidDriveCount()
    {
        QFETCH(int, level);
        QFETCH(int, drives);
        QFETCH(bool, valid);
        const Error err = checkRaidDriveCount(static_cast<RaidLevel>(level), drives);
        QCOMPARE(!err.isError(), valid);
        if (!valid) {
            QCOMPARE(err.code, ErrorCode::RaidDriveCount);
        }
    }

    void raidCapacity()
    {
        const qint64 d = 67 * GiB;
        QCOMPARE(Copyline::raidCapacity(RaidLevel::Raid0, 3, d), 3 * d);
        QCOMPARE(Copyline::raidCapacity(RaidLevel::Raid1, 4, d), 2 * d);
        QCOMPARE(Copyline::raidCapacity(RaidLevel::Raid3, 4, d), 3 * d);
        QCOMPARE(Copyline::raidCapacity(RaidLevel::Raid5, 5, d), 4 * d);
        // Always a whole number of capacity granules.
        QCOMPARE(Copyline::raidCapacity(RaidLevel::Raid0, 1, 100000) % kCapacityGranule, 0);
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::newRow("plain") << u"Accounting"_s << 0;
        QTest::newRow("spaces and digits") << u"Accounting 2"_s << 0;
        QTest::newRow("thirty") << QString(30, u'a') << 0;
        QTest::newRow("thirty-one") << QString(31, u'a') << int(ErrorCode::NameTooLong);
        QTest::newRow("empty") << QString() << int(ErrorCode::NameEmpty);
        QTest::newRow("blank") << u"   "_s << int(ErrorCode::NameEmpty);
        QTest::newRow("leading space") << u" Data"_s << int(ErrorCode::NameInvalid);
        QTest::newRow("quote") << u"Da\"ta"_s << int(ErrorCode::NameInvalid);
        QTest::newRow("hyphen underscore") << u"DataVol-1_R#2"_s << 0;
        QTest::newRow("slash") << u"a/b"_s << int(ErrorCode::NameInvalid);
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(int, code);
        QCOMPARE(int(checkName(name, u"logical drive"_s).code), code);
    }

    void wwpn()
    {
        QCOMPARE(normalizeWwpn(u"21:00:00:e0:8b:05:05:04"_s), u"210000E08B050504"_s);
        QCOMPARE(normalizeWwpn(u"210000E08B050504"_s), u"210000E08B050504"_s);
        QCOMPARE(normalizeWwpn(u"21:00:00:e0:8b:05:05"_s), QString());
        QCOMPARE(normalizeWwpn(u"21:00:00:e0:8b:05:05:0G"_s), QString());
        QCOMPARE(formatWwpn(u"210000E08B050504"_s), u"21:00:00:E0:8B:05:05:04"_s);
    }

    void patternIsPositionIndependent()
    {
        // Any part of a stream can be produced alone and equals the same part of the whole stream.
        QByteArray whole(1000, '\0');
        fillPattern(42, 0, std::span<char>(whole.data(), size_t(whole.size())));
        QByteArray part(333, '\0');
        fillPattern(42, 101, std::span<char>(part.data(), size_t(part.size())));
        QCOMPARE(part, whole.mid(101, 333));
        QByteArray other(1000, '\0');
        fillPattern(43, 0, std::span<char>(other.data(), size_t(other.size())));
        QVERIFY(other != whole);
    }
};

QTEST_APPLESS_MAIN(TestUnits)
#include "tst_units.moc"
