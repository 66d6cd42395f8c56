// SPDX-License-Identifier: GPL-3.0-or-later
// What a family's poll last told each peer of its pairs across engines (issue 17): the engine that manages a pair
// pushes its record to the engine that serves the pair's other volume (ESS PPRC, engine/families/ess/pprcsites.cpp;
// NEC RemoteDataReplication, engine/families/nec/rdrsites.cpp). The whole list of pairs toward a peer goes each time,
// so a lost push is made good by the next; a failed one is tried again after 1 to 5 s.
#pragma once

#include "api/error.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>

namespace Copyline
{

class Engine;

namespace Sites
{

class PairPushes
{
public:
    /**
     * @p toldSetting: the engine setting that keeps the sites told of pairs and not yet of none, so that after a
     * restart they are told again (a terminate they missed before the engine stopped still reaches them).
     */
    explicit PairPushes(QString toldSetting);

    /** A workspace opened: every site told of pairs and not yet of none hears of them again, even of none. */
    void reset(Engine& engine);
    /** @p site was just told in a command: the poll tells it again whatever happens next, even of no pairs. */
    void markUnsent(const QString& site);
    /** After a command that told @p site of pairs committed: it is told again after a restart. */
    void rememberTold(Engine& engine, const QString& site, bool told);

    /** What pushing to one site answered. */
    enum class Outcome
    {
        Told,    /**< the site has the rows */
        Failed,  /**< not reached, or refused: tried again after 1 to 5 s */
        Changed, /**< reached, and the answer changed the rows here: the next poll tells it again */
    };
    /**
     * The poll: every site of @p sites, and every site told before, whose rows (@p rowsFor, the compact JSON array)
     * changed since it was last told, is pushed with @p push, unless it waits for its retry or is not registered.
     */
    void poll(Engine& engine,
        const QSet<QString>& sites,
        const std::function<QByteArray(const QString&)>& rowsFor,
        const std::function<Outcome(const QString&)>& push);

private:
    QString m_toldSetting;
    QHash<QString, QByteArray> m_sent;
    QHash<QString, qint64> m_retryAt;
};

} // namespace Sites
} // namespace Copyline
