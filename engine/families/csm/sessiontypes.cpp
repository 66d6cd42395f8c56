// SPDX-License-Identifier: GPL-3.0-or-later
// The session types Copyline's families can carry (spec §1.7, Table 1-1), as data. The devtypes column follows the
// seed's table by analogy: ESS (2105) stands in the DS8000 column, DS4000 in the Spectrum Virtualize column (the
// mid-range systems whose Global Mirror needs no journal volume), the in-controller copy family carries FlashCopy
// only. Types whose hardware no family has are not offered (docs/csm.md lists them and why): Metro Mirror Single
// Direction on ESS (Table 1-1 says N/A for DS8000, spec conflict 2), Global Mirror on ESS (the 2105 of seed 001 has
// no asynchronous PPRC), the practice, change-volume, three-site and multi-target types.
#include "families/csm/csm.h"

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Csm
{

const QList<SessionType>& sessionTypes()
{
    static const QList<SessionType> types = [] {
        QList<SessionType> t;
        t.append({u"FlashCopy"_s, u"fc"_s, 1, {u"H1"_s, u"T1"_s}, {{u"H1"_s, u"T1"_s, Method::FlashCopy}},
            {u"ess"_s, u"hds"_s}, false, false});
        t.append({u"Metro Mirror Single Direction"_s, u"mmsd"_s, 2, {u"H1"_s, u"H2"_s},
            {{u"H1"_s, u"H2"_s, Method::Synchronous}}, {u"ds4000"_s}, false, false});
        t.append({u"Metro Mirror Failover/Failback"_s, u"mmfofb"_s, 2, {u"H1"_s, u"H2"_s},
            {{u"H1"_s, u"H2"_s, Method::Synchronous}}, {u"ess"_s, u"ds4000"_s}, true, false});
        t.append({u"Global Mirror Single Direction"_s, u"gmsd"_s, 2, {u"H1"_s, u"H2"_s},
            {{u"H1"_s, u"H2"_s, Method::Asynchronous}}, {u"ds4000"_s}, false, false});
        t.append({u"Global Mirror Failover/Failback"_s, u"gmfofb"_s, 2, {u"H1"_s, u"H2"_s},
            {{u"H1"_s, u"H2"_s, Method::Asynchronous}}, {u"ds4000"_s}, true, false});
        return t;
    }();
    return types;
}

const SessionType* findType(const QString& nameOrShort)
{
    for (const SessionType& t : sessionTypes()) {
        if (t.name.compare(nameOrShort, Qt::CaseInsensitive) == 0
            || t.shortName.compare(nameOrShort, Qt::CaseInsensitive) == 0) {
            return &t;
        }
    }
    return nullptr;
}

QString methodName(Method m)
{
    switch (m) {
    case Method::FlashCopy:
        return u"FlashCopy"_s;
    case Method::Synchronous:
        return u"Synchronous"_s;
    case Method::Asynchronous:
        return u"Asynchronous"_s;
    }
    return {};
}

int siteOf(const QString& role)
{
    return role.mid(1).toInt();
}

} // namespace Copyline::Csm
