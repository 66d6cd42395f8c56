// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkspace.h"

#include "families/ds4000/premiumkeys.h"
#include "service/engine.h"
#include "storage/enums.h"
#include "util/bytesize.h"
#include "util/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::DemoWorkspace
{

namespace
{

class Builder
{
public:
    explicit Builder(Engine& engine)
        : m_engine(engine)
    { }

    /** Runs one command; the first failure sticks and later calls do nothing. */
    QJsonObject run(const QString& name, QJsonObject args)
    {
        if (m_error.isError()) {
            return {};
        }
        if (!m_subsystem.isEmpty() && !args.contains(u"subsystem"_s)) {
            args.insert(u"subsystem"_s, m_subsystem);
        }
        const CommandResult r = m_engine.execute({name, args});
        if (!r.ok()) {
            qWarning("Copyline: building the demonstration workspace failed at %s: %s", qUtf8Printable(name),
                qUtf8Printable(r.error.message()));
            m_error = r.error;
        }
        return r.data;
    }

    void subsystem(const QString& name, const QString& model)
    {
        m_subsystem.clear();
        run(u"createStorageSubsystem"_s, {{u"userLabel"_s, name}, {u"model"_s, model}, {u"enclosures"_s, 2}});
        m_subsystem = name;
    }

    void array(const QStringList& drives, int raid)
    {
        run(u"createArray"_s,
            {{u"drives"_s, QJsonArray::fromStringList(drives)}, {u"raidLevel"_s, QString::number(raid)}});
    }

    void logicalDrive(int array, const QString& name, qint64 capacity)
    {
        run(u"createLogicalDrive"_s, {{u"array"_s, array}, {u"userLabel"_s, name}, {u"capacity"_s, capacity}});
        // Some data in every drive: a header at the start and a block in the middle, deterministic per name.
        const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
        const qint64 seed = (static_cast<quint8>(digest[0]) << 16) | (static_cast<quint8>(digest[1]) << 8)
            | static_cast<quint8>(digest[2]);
        run(u"writeLogicalDrive"_s,
            {{u"targets"_s, QJsonArray {name}}, {u"offset"_s, 0}, {u"length"_s, MiB}, {u"seed"_s, seed}});
        run(u"writeLogicalDrive"_s,
            {{u"targets"_s, QJsonArray {name}}, {u"offset"_s, roundDown(capacity / 2, MiB)}, {u"length"_s, 256 * KiB},
                {u"seed"_s, seed + 1}});
    }

    void hostGroup(const QString& name) { run(u"createHostGroup"_s, {{u"userLabel"_s, name}}); }

    void host(const QString& name, const QString& group, const QStringList& wwpns)
    {
        QJsonObject args {{u"userLabel"_s, name}, {u"hostType"_s, u"Linux"_s}};
        if (!group.isEmpty()) {
            args.insert(u"hostGroup"_s, group);
        }
        run(u"createHost"_s, args);
        for (const QString& wwpn : wwpns) {
            run(u"createHostPort"_s, {{u"host"_s, name}, {u"identifier"_s, wwpn}});
        }
    }

    void map(const QString& drive, const QString& key, const QString& target, int lun)
    {
        run(u"setLogicalDrive"_s, {{u"targets"_s, QJsonArray {drive}}, {u"logicalUnitNumber"_s, lun}, {key, target}});
    }

    void spare(const QString& drive)
    {
        run(u"setDrive"_s, {{u"targets"_s, QJsonArray {drive}}, {u"hotSpare"_s, true}});
    }

    void enable(PremiumFeature feature)
    {
        const QString path = QDir(m_engine.workspacePath()).filePath(u"keys/demo-%1.key"_s.arg(enumName(feature)));
        run(u"saveFeatureKey"_s, {{u"feature"_s, enumName(feature)}, {u"file"_s, path}});
        run(u"enableFeature"_s, {{u"file"_s, path}});
        QFile::remove(path);
    }

    /** Leaves a key file in keys/ so the user can enable the feature later. */
    void offerKey(PremiumFeature feature, const QString& shortName)
    {
        const QString path
            = QDir(m_engine.workspacePath()).filePath(u"keys/%1-%2.key"_s.arg(shortName, enumName(feature)));
        run(u"saveFeatureKey"_s, {{u"feature"_s, enumName(feature)}, {u"file"_s, path}});
    }

    const Error& error() const { return m_error; }

private:
    Engine& m_engine;
    QString m_subsystem;
    Error m_error;
};

} // namespace

Error populate(Engine& engine)
{
    PrivateFiles::makeFolder(QDir(engine.workspacePath()).filePath(u"keys"_s));
    Builder b(engine);

    b.subsystem(u"Primary Site"_s, u"DS4800"_s);
    b.array({u"1,1"_s, u"1,2"_s, u"1,3"_s, u"1,4"_s, u"1,5"_s}, 5);
    b.array({u"1,6"_s, u"1,7"_s, u"1,8"_s, u"1,9"_s}, 1);
    b.logicalDrive(1, u"Accounting"_s, 20 * GiB);
    b.logicalDrive(1, u"Payroll"_s, 10 * GiB);
    b.logicalDrive(1, u"Exchange"_s, 40 * GiB);
    b.logicalDrive(1, u"DataVol"_s, 8 * GiB);
    b.logicalDrive(2, u"Oracle Logs"_s, 12 * GiB);
    b.logicalDrive(2, u"Web Content"_s, 25 * GiB);
    b.spare(u"1,16"_s);
    b.spare(u"2,16"_s);
    b.hostGroup(u"Campus East"_s);
    b.hostGroup(u"backup server"_s);
    b.host(u"east-db01"_s, u"Campus East"_s, {u"21:00:00:E0:8B:05:05:04"_s, u"21:01:00:E0:8B:25:05:04"_s});
    b.host(u"east-app01"_s, u"Campus East"_s, {u"21:00:00:E0:8B:05:11:2A"_s});
    b.host(u"backup01"_s, u"backup server"_s, {u"10:00:00:00:C9:3E:77:01"_s});
    b.host(u"admin-ws"_s, QString(), {u"10:00:00:00:C9:3E:80:5C"_s});
    b.map(u"Accounting"_s, u"hostGroup"_s, u"Campus East"_s, 0);
    b.map(u"Payroll"_s, u"hostGroup"_s, u"Campus East"_s, 1);
    b.map(u"Exchange"_s, u"host"_s, u"east-app01"_s, 2);
    b.map(u"Oracle Logs"_s, u"host"_s, u"east-db01"_s, 2);
    b.map(u"DataVol"_s, u"host"_s, u"east-db01"_s, 3);
    b.enable(PremiumFeature::FlashCopy);
    b.enable(PremiumFeature::VolumeCopy);
    b.offerKey(PremiumFeature::RemoteMirror, u"primary"_s);

    b.subsystem(u"Secondary Site"_s, u"DS4700"_s);
    b.array({u"1,1"_s, u"1,2"_s, u"1,3"_s, u"1,4"_s, u"1,5"_s, u"1,6"_s}, 5);
    b.array({u"2,1"_s, u"2,2"_s, u"2,3"_s, u"2,4"_s}, 5);
    b.logicalDrive(1, u"Accounting 2"_s, 20 * GiB);
    b.logicalDrive(1, u"Payroll 2"_s, 10 * GiB);
    b.logicalDrive(2, u"Backup"_s, 60 * GiB);
    b.spare(u"2,16"_s);
    b.hostGroup(u"Campus West"_s);
    b.host(u"west-db01"_s, u"Campus West"_s, {u"21:00:00:E0:8B:0A:3C:11"_s});
    b.host(u"west-app01"_s, u"Campus West"_s, {u"21:00:00:E0:8B:0A:3C:5F"_s});
    b.map(u"Accounting 2"_s, u"hostGroup"_s, u"Campus West"_s, 0);
    b.map(u"Backup"_s, u"host"_s, u"west-db01"_s, 1);
    b.enable(PremiumFeature::FlashCopy);
    b.enable(PremiumFeature::VolumeCopy);
    b.offerKey(PremiumFeature::RemoteMirror, u"secondary"_s);
    // The two sites are cabled for mirroring: enable and activate Remote Mirroring on both to create mirrors.
    b.run(u"setRemoteMirrorLink"_s, {{u"remoteStorageSubsystemName"_s, u"Primary Site"_s}});
    return b.error();
}

} // namespace Copyline::DemoWorkspace
