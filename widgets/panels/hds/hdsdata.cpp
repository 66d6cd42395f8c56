// SPDX-License-Identifier: GPL-3.0-or-later
#include "hdsdata.h"

#include <QJsonArray>
#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::HdsUi
{

namespace
{

constexpr int kPollMs = 500; // as the NEC Replication Management while a copy runs

} // namespace

Volume Volume::fromJson(const QJsonObject& o)
{
    Volume v;
    v.ldev = o.value(u"ldev"_s).toString();
    v.cu = o.value(u"cu"_s).toInt();
    v.port = o.value(u"port"_s).toString();
    v.tid = o.value(u"tid"_s).toInt();
    v.lun = o.value(u"lun"_s).toInt();
    v.emulation = o.value(u"emulation"_s).toString();
    v.capacity = o.value(u"capacity"_s).toInteger();
    v.reserved = o.value(u"reserved"_s).toBool();
    v.pairs = o.value(u"pairs"_s).toInt();
    v.status = o.value(u"status"_s).toString();
    v.role = o.value(u"role"_s).toString();
    return v;
}

QString Volume::tidLun() const
{
    return u"%1:%2"_s.arg(tid).arg(lun);
}

int Volume::number() const
{
    return ldevNumber(ldev);
}

DefineStatus DefineStatus::fromJson(const QJsonObject& o)
{
    DefineStatus d;
    d.volumes = o.value(u"volumes"_s).toInt();
    d.reserved = o.value(u"reserved"_s).toInt();
    d.maxReserved = o.value(u"maxReserved"_s).toInt();
    d.pairs = o.value(u"pairs"_s).toInt();
    d.maxPairs = o.value(u"maxPairs"_s).toInt();
    return d;
}

Pair Pair::fromJson(const QJsonObject& o)
{
    Pair p;
    p.pairNumber = o.value(u"pairNumber"_s).toInt();
    p.pvol = o.value(u"pvol"_s).toString();
    p.svol = o.value(u"svol"_s).toString();
    p.status = o.value(u"status"_s).toInt(801);
    p.statusText = o.value(u"statusText"_s).toString();
    p.guiStatus = o.value(u"guiStatus"_s).toString();
    p.pace = o.value(u"pace"_s).toInt(kPaceFast);
    p.copyPointer = o.value(u"copyPointer"_s).toInteger();
    p.maxAddress = o.value(u"maxAddress"_s).toInteger();
    p.tracksCopied = o.value(u"tracksCopied"_s).toInteger();
    p.tracksCopiedBeforeWrite = o.value(u"tracksCopiedBeforeWrite"_s).toInteger();
    p.unequalTracks = o.value(u"unequalTracks"_s).toInteger();
    p.t0 = o.value(u"t0"_s).toString();
    p.percent = o.value(u"percent"_s).toDouble();
    return p;
}

bool Pair::copying() const
{
    return status == 803 || guiStatus == u"re-sync"_s || guiStatus == u"pending"_s || guiStatus == u"SP-Pending"_s;
}

int ldevNumber(const QString& ldev)
{
    const QStringList parts = ldev.split(u':');
    bool okCu = false;
    bool okLdev = false;
    const int cu = parts.value(0).toInt(&okCu, 16);
    const int id = parts.value(1).toInt(&okLdev, 16);
    return parts.size() == 2 && okCu && okLdev ? cu * 256 + id : -1;
}

QStringList guiStatuses()
{
    return {u"simplex"_s, u"pending"_s, u"duplex"_s, u"SP-Pending"_s, u"split"_s, u"re-sync"_s, u"suspend"_s};
}

QString HdsTexts::guiStatus(const QString& status)
{
    // The seed's words (L207): they stay as the patent writes them, in lower case.
    if (status == u"simplex"_s) {
        return tr("simplex", "pair status");
    }
    if (status == u"pending"_s) {
        return tr("pending", "pair status");
    }
    if (status == u"duplex"_s) {
        return tr("duplex", "pair status");
    }
    if (status == u"SP-Pending"_s) {
        return tr("SP-Pending", "pair status");
    }
    if (status == u"split"_s) {
        return tr("split", "pair status");
    }
    if (status == u"re-sync"_s) {
        return tr("re-sync", "pair status");
    }
    if (status == u"suspend"_s) {
        return tr("suspend", "pair status");
    }
    return status;
}

QString HdsTexts::pace(int tracks)
{
    switch (tracks) {
    case kPaceSlow:
        return tr("Slow (1 track)");
    case kPaceMedium:
        return tr("Medium (3 tracks)");
    case kPaceFast:
        return tr("Fast (15 tracks)");
    default:
        return tr("%n track(s)", nullptr, tracks);
    }
}

QString HdsTexts::paceShort(int tracks)
{
    switch (tracks) {
    case kPaceSlow:
        return tr("Slow (1)", "pace: tracks at a time");
    case kPaceMedium:
        return tr("Medium (3)", "pace: tracks at a time");
    case kPaceFast:
        return tr("Fast (15)", "pace: tracks at a time");
    default:
        return QLocale().toString(tracks);
    }
}

QString HdsTexts::volumeStatus(const QString& status)
{
    if (status == u"normal"_s) {
        return tr("Normal", "volume status");
    }
    if (status == u"copying"_s) {
        return tr("Copying", "volume status");
    }
    return status;
}

QString HdsTexts::capacity(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeTraditionalFormat);
}

QString HdsTexts::progress(const Pair& pair)
{
    return tr("%1 / %2 (%3 %)")
        .arg(QLocale().toString(pair.copyPointer), QLocale().toString(pair.maxAddress),
            QLocale().toString(pair.percent, 'f', 1));
}

QString HdsTexts::svolTip()
{
    return tr("S-VOL: the source (primary) volume of the pair, the one that is copied. In this SVP the source is the "
              "\"S-VOL\" (the engine's commands call it pvol).");
}

QString HdsTexts::tvolTip()
{
    return tr("T-VOL: the target (secondary) volume of the pair, the one that receives the copy; it must have the "
              "reserve attribute (the engine's commands call it svol).");
}

HdsData::HdsData(QObject* parent)
    : QObject(parent)
{
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &HdsData::refreshPairs);
}

HdsData::~HdsData() = default;

void HdsData::setConnection(EngineConnection* connection)
{
    m_connection = connection;
    ++m_generation;
    m_volumesBusy = m_pairsBusy = m_volumesAgain = m_pairsAgain = false;
    m_volumesLoaded = m_pairsLoaded = false;
    m_volumes.clear();
    m_pairs.clear();
    m_configKey.clear();
    updatePolling();
}

void HdsData::setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId)
{
    m_snapshot = snapshot;
    if (!snapshot) {
        return;
    }
    const Configuration& config = snapshot->config;
    if (subsystemId != m_subsystemId) {
        m_subsystemId = subsystemId;
        ++m_generation;
        m_volumesBusy = m_pairsBusy = m_volumesAgain = m_pairsAgain = false;
        m_volumesLoaded = m_pairsLoaded = false;
        m_volumes.clear();
        m_pairs.clear();
        m_configKey.clear();
        Q_EMIT changed();
    }
    m_serial = config.subsystems.value(subsystemId).name;
    // Asked again only when what the controller holds changed: snapshots come several times a second while a copy
    // runs, and the timer follows the copy itself.
    QStringList key;
    for (const LogicalDrive& ld : config.logicalDrives) {
        if (ld.subsystemId == subsystemId) {
            key << u"v%1:%2:%3"_s.arg(ld.id).arg(ld.name).arg(ld.capacity);
        }
    }
    for (const CopyPath& p : config.copyPaths) {
        if (p.subsystemId == subsystemId) {
            key << u"c%1:%2:%3:%4"_s.arg(p.id).arg(p.sourcePort, p.targetPort, p.state);
        }
    }
    for (const Relationship& r : config.relationships) {
        if (r.subsystemId == subsystemId) {
            key << u"r%1:%2:%3:%4"_s.arg(r.id).arg(r.state, r.options, r.stateReason);
        }
    }
    key << config.subsystems.value(subsystemId).options;
    const QString joined = key.join(u'|');
    if (joined != m_configKey) {
        m_configKey = joined;
        refresh();
    }
}

void HdsData::setWatched(QObject* watcher, bool watched)
{
    if (watched && !m_watchers.contains(watcher)) {
        m_watchers.append(watcher);
        connect(watcher, &QObject::destroyed, this, [this, watcher]() {
            m_watchers.removeAll(watcher);
            updatePolling();
        });
        refresh();
    } else if (!watched && m_watchers.contains(watcher)) {
        m_watchers.removeAll(watcher);
        disconnect(watcher, &QObject::destroyed, this, nullptr);
    }
    updatePolling();
}

const Volume* HdsData::volume(const QString& ldev) const
{
    for (const Volume& v : m_volumes) {
        if (v.ldev == ldev) {
            return &v;
        }
    }
    return nullptr;
}

const Pair* HdsData::pair(const QString& pvol, const QString& svol) const
{
    for (const Pair& p : m_pairs) {
        if (p.pvol == pvol && p.svol == svol) {
            return &p;
        }
    }
    return nullptr;
}

void HdsData::refresh()
{
    requestVolumes();
    requestPairs();
}

void HdsData::refreshPairs()
{
    requestPairs();
}

void HdsData::requestVolumes()
{
    if (m_connection == nullptr || m_serial.isEmpty()) {
        return;
    }
    if (m_volumesBusy) {
        m_volumesAgain = true;
        return;
    }
    m_volumesBusy = true;
    const quint64 generation = m_generation;
    m_connection->submit(
        {u"hdsListVolumes"_s, {{u"subsystem"_s, m_serial}}}, this, [this, generation](const CommandResult& result) {
            if (generation != m_generation) {
                return;
            }
            m_volumesBusy = false;
            if (result.ok()) {
                m_lastError.clear();
                m_volumes.clear();
                for (const QJsonValue& v : result.data.value(u"volumes"_s).toArray()) {
                    m_volumes.append(Volume::fromJson(v.toObject()));
                }
                std::sort(m_volumes.begin(), m_volumes.end(),
                    [](const Volume& a, const Volume& b) { return a.number() < b.number(); });
                m_define = DefineStatus::fromJson(result.data.value(u"define"_s).toObject());
                m_volumesLoaded = true;
            } else {
                m_lastError = result.error.localizedMessage();
            }
            Q_EMIT changed();
            if (m_volumesAgain) {
                m_volumesAgain = false;
                requestVolumes();
            }
        });
}

void HdsData::requestPairs()
{
    if (m_connection == nullptr || m_serial.isEmpty()) {
        return;
    }
    if (m_pairsBusy) {
        m_pairsAgain = true;
        return;
    }
    m_pairsBusy = true;
    const quint64 generation = m_generation;
    m_connection->submit(
        {u"hdsPairDisplay"_s, {{u"subsystem"_s, m_serial}}}, this, [this, generation](const CommandResult& result) {
            if (generation != m_generation) {
                return;
            }
            m_pairsBusy = false;
            if (result.ok()) {
                m_lastError.clear();
                m_pairs.clear();
                for (const QJsonValue& v : result.data.value(u"pairs"_s).toArray()) {
                    m_pairs.append(Pair::fromJson(v.toObject()));
                }
                std::sort(m_pairs.begin(), m_pairs.end(), [](const Pair& a, const Pair& b) {
                    return std::pair(ldevNumber(a.pvol), ldevNumber(a.svol))
                        < std::pair(ldevNumber(b.pvol), ldevNumber(b.svol));
                });
                m_acquired = QDateTime::currentDateTime();
                m_pairsLoaded = true;
            } else {
                m_lastError = result.error.localizedMessage();
            }
            updatePolling();
            Q_EMIT changed();
            if (m_pairsAgain) {
                m_pairsAgain = false;
                requestPairs();
            }
        });
}

void HdsData::updatePolling()
{
    const bool copying = std::any_of(m_pairs.cbegin(), m_pairs.cend(), [](const Pair& p) { return p.copying(); });
    const bool poll = copying && m_connection != nullptr && !m_watchers.isEmpty();
    if (poll && !m_poll->isActive()) {
        m_poll->start();
    } else if (!poll && m_poll->isActive()) {
        m_poll->stop();
    }
}

} // namespace Copyline::HdsUi
