// SPDX-License-Identifier: GPL-3.0-or-later
// What a family's poll last told each peer of its pairs across engines (issue 17): the engine that manages a pair
// pushes its record to the engine that serves the pair's other volume (ESS PPRC, engine/families/ess/pprcsites.cpp;
// NEC RemoteDataReplication, engine/families/nec/rdrsites.cpp). The whole list of pairs toward a peer goes each time,
// so a lost push is made good by the next; a failed one is tried again after 1 to 5 s.
#pragma once

#include "api/error.h"
#include "storage/configuration.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>

namespace Copyline
{

class CommandContext;
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
    /** The bookkeeping of @p engine under @p toldSetting (one per family; engine thread only). */
    static PairPushes& of(Engine& engine, const QString& toldSetting);

    /** A workspace opened: every site told of pairs and not yet of none hears of them again, even of none. */
    void reset(Engine& engine);
    /**
     * The command of @p ctx told @p site of its pairs: the poll tells it again whatever happens next (even of no
     * pairs), the site is told again after a restart once the command commits, and @p tellAgain runs (telling it the
     * pairs as they are) should the command fail after all.
     */
    void toldInCommand(CommandContext& ctx, const QString& site, std::function<void()> tellAgain);

    /** What pushing to one site answered. */
    enum class Outcome
    {
        Told,    /**< the site has the rows */
        Failed,  /**< not reached, or refused: tried again after 1 to 5 s */
        Changed, /**< reached, and the answer changed the rows here: the next poll tells it again */
    };
    /**
     * The poll: every site that @p siteOf gives for a relationship (empty: none), and every site told before, whose
     * rows (@p rowsFor, the compact JSON array) changed since it was last told, is pushed with @p push, unless it waits
     * for its retry or is not registered.
     */
    void poll(Engine& engine,
        const std::function<QString(const Relationship&)>& siteOf,
        const std::function<QByteArray(const QString&)>& rowsFor,
        const std::function<Outcome(const QString&)>& push);

private:
    void rememberTold(Engine& engine, const QString& site, bool told);

    QString m_toldSetting;
    QHash<QString, QByteArray> m_sent;
    QHash<QString, qint64> m_retryAt;
};

} // namespace Sites
} // namespace Copyline
