// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

QJsonArray idsToJson(const QList<ObjectId>& ids)
{
    QJsonArray out;
    for (const ObjectId id : ids) {
        out.append(id);
    }
    return out;
}

QStringList stringsFromJson(const QJsonValue& value)
{
    QStringList out;
    for (const auto& v : value.toArray()) {
        out.append(v.toString());
    }
    return out;
}

} // namespace

QJsonObject RecoveryProblem::toJson() const
{
    QJsonArray codes;
    for (const int code : eventCodes) {
        codes.append(code);
    }
    return {{u"kind"_s, kind}, {u"key"_s, key}, {u"title"_s, title}, {u"summary"_s, summary},
        {u"component"_s, component}, {u"status"_s, status}, {u"cause"_s, cause}, {u"objects"_s, idsToJson(objects)},
        {u"objectNames"_s, QJsonArray::fromStringList(objectNames)}, {u"steps"_s, QJsonArray::fromStringList(steps)},
        {u"eventCodes"_s, codes}, {u"eventComponents"_s, QJsonArray::fromStringList(eventComponents)}};
}

RecoveryProblem RecoveryProblem::fromJson(const QJsonObject& o)
{
    RecoveryProblem p;
    p.kind = o.value(u"kind"_s).toString();
    p.key = o.value(u"key"_s).toString();
    p.title = o.value(u"title"_s).toString();
    p.summary = o.value(u"summary"_s).toString();
    p.component = o.value(u"component"_s).toString();
    p.status = o.value(u"status"_s).toString();
    p.cause = o.value(u"cause"_s).toString();
    for (const auto& v : o.value(u"objects"_s).toArray()) {
        p.objects.append(v.toInteger());
    }
    p.objectNames = stringsFromJson(o.value(u"objectNames"_s));
    p.steps = stringsFromJson(o.value(u"steps"_s));
    for (const auto& v : o.value(u"eventCodes"_s).toArray()) {
        p.eventCodes.append(v.toInt());
    }
    p.eventComponents = stringsFromJson(o.value(u"eventComponents"_s));
    return p;
}

const RecoveryProblem* problemReportedBy(const QList<RecoveryProblem>& problems, const Event& event)
{
    // Several may match (the three premium features share their event's component): the one the details name.
    const RecoveryProblem* found = nullptr;
    for (const RecoveryProblem& p : problems) {
        if (p.reportedBy(event)) {
            if (event.details.contains(p.summary)) {
                return &p;
            }
            found = found != nullptr ? found : &p;
        }
    }
    return found;
}

} // namespace Copyline
