// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandcontext.h"

#include "service/engine.h"

#include "util/bytesize.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

/** "createLogicalDrive" → "create logicalDrive": how the script language spells the command. */
QString scriptSpelling(const QString& command)
{
    for (qsizetype i = 1; i < command.size(); ++i) {
        if (command[i].isUpper()) {
            return command.left(i) + u' ' + command[i].toLower() + command.mid(i + 1);
        }
    }
    return command;
}

} // namespace

Args::Args(const QString& command, QJsonObject object)
    : m_command(scriptSpelling(command))
    , m_object(std::move(object))
{ }

bool Args::has(const QString& key) const
{
    return m_object.contains(key);
}

QJsonValue Args::value(const QString& key)
{
    m_used.insert(key);
    return m_object.value(key);
}

void Args::invalid(const QString& key, const QString& value, const QString& why) const
{
    fail(ErrorCode::InvalidParameter, {key, value, why});
}

QString Args::string(const QString& key)
{
    if (!has(key)) {
        fail(ErrorCode::MissingParameter, {key, m_command});
    }
    return string(key, {});
}

QString Args::string(const QString& key, const QString& fallback)
{
    if (!has(key)) {
        return fallback;
    }
    const QJsonValue v = value(key);
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) {
        return QString::number(v.toInteger());
    }
    if (v.isBool()) {
        return v.toBool() ? u"TRUE"_s : u"FALSE"_s;
    }
    invalid(key, u"(list)"_s, u"a single value is expected"_s);
}

qint64 Args::integer(const QString& key)
{
    if (!has(key)) {
        fail(ErrorCode::MissingParameter, {key, m_command});
    }
    return integer(key, 0);
}

qint64 Args::integer(const QString& key, qint64 fallback)
{
    if (!has(key)) {
        return fallback;
    }
    const QJsonValue v = value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != static_cast<double>(v.toInteger())) {
            invalid(key, QString::number(d), u"a whole number is expected"_s);
        }
        return v.toInteger();
    }
    bool ok = false;
    const qint64 n = v.toString().trimmed().toLongLong(&ok);
    if (!ok) {
        invalid(key, v.toString(), u"a whole number is expected"_s);
    }
    return n;
}

qint64 Args::capacity(const QString& key)
{
    if (!has(key)) {
        fail(ErrorCode::MissingParameter, {key, m_command});
    }
    const QJsonValue v = value(key);
    if (v.isDouble()) {
        if (v.toDouble() < 0 || v.toDouble() != static_cast<double>(v.toInteger())) {
            invalid(key, QString::number(v.toDouble()), u"a whole, positive number of bytes is expected"_s);
        }
        return v.toInteger();
    }
    const QString text = v.toString();
    const auto parsed = parseCapacity(text);
    if (!parsed) {
        invalid(key, text,
            capacityProblem(text) == CapacityProblem::TooLarge
                ? u"the capacity is too large; a capacity is at most 8388607 TB"_s
                : u"the capacity is not a valid number; write it as digits with a unit, such as 2 GB, 1.5 TB, "
                  "512 MB or a number of bytes"_s);
    }
    return *parsed;
}

bool Args::boolean(const QString& key, bool fallback)
{
    if (!has(key)) {
        return fallback;
    }
    const QJsonValue v = value(key);
    if (v.isBool()) {
        return v.toBool();
    }
    const QString s = v.toString();
    if (s.compare(u"TRUE"_s, Qt::CaseInsensitive) == 0 || s.compare(u"enabled"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    if (s.compare(u"FALSE"_s, Qt::CaseInsensitive) == 0 || s.compare(u"disabled"_s, Qt::CaseInsensitive) == 0) {
        return false;
    }
    invalid(key, s, u"use TRUE or FALSE"_s);
}

QStringList Args::list(const QString& key)
{
    if (!has(key)) {
        fail(ErrorCode::MissingParameter, {key, m_command});
    }
    const QJsonValue v = value(key);
    if (v.isArray()) {
        QStringList out;
        for (const auto& item : v.toArray()) {
            out.append(item.isDouble() ? QString::number(item.toInteger()) : item.toString());
        }
        return out;
    }
    return {v.isDouble() ? QString::number(v.toInteger()) : v.toString()};
}

QJsonArray Args::array(const QString& key)
{
    if (!has(key)) {
        fail(ErrorCode::MissingParameter, {key, m_command});
    }
    const QJsonValue v = value(key);
    if (v.isArray()) {
        return v.toArray();
    }
    if (v.isObject()) {
        return {v};
    }
    invalid(key, v.toString(), u"expected a list such as [{\"H1\": \"...\", \"H2\": \"...\"}]"_s);
}

QJsonObject Args::object(const QString& key)
{
    if (!has(key)) {
        fail(ErrorCode::MissingParameter, {key, m_command});
    }
    const QJsonValue v = value(key);
    if (!v.isObject()) {
        invalid(key, v.toString(), u"expected an object of parameters such as {\"source\": \"00012019\"}"_s);
    }
    return v.toObject();
}

QStringList Args::targets()
{
    if (!has(u"targets"_s)) {
        return {};
    }
    return list(u"targets"_s);
}

void Args::finish() const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_used.contains(it.key())) {
            fail(ErrorCode::UnknownParameter, {shortenedInput(it.key()), m_command});
        }
    }
}

CommandContext::CommandContext(Engine& e,
    const CommandRequest& request,
    Configuration& c,
    const Clock& k,
    const QString& familyId,
    const QString& familyName)
    : engine(e)
    , args(request.name, request.args)
    , config(c)
    , clock(k)
    , m_familyId(familyId)
    , m_familyName(familyName)
{ }

const Subsystem& CommandContext::ofFamily(const Subsystem& s) const
{
    if (m_familyId.isEmpty() || s.family == m_familyId) {
        return s;
    }
    QString theirs = s.family;
    for (const Family& family : engine.families()) {
        if (family.id == s.family) {
            theirs = family.name;
        }
    }
    fail(ErrorCode::WrongFamily, {s.name, theirs, args.command(), m_familyName});
}

const Subsystem& CommandContext::subsystemNamed(const QString& name) const
{
    const Subsystem* s = config.subsystemByName(name);
    static const QString prefix = u"Storage Subsystem "_s;
    if (s == nullptr && name.startsWith(prefix)) {
        // The name as the console shows it: "Storage Subsystem <name>".
        s = config.subsystemByName(name.mid(prefix.size()));
    }
    if (s == nullptr) {
        fail(ErrorCode::SubsystemNotFound, {name});
    }
    return ofFamily(*s);
}

const Subsystem& CommandContext::subsystem()
{
    if (m_subsystemId != 0) {
        if (const auto it = config.subsystems.constFind(m_subsystemId); it != config.subsystems.cend()) {
            return *it;
        }
    }
    if (args.has(u"subsystemId"_s)) {
        const ObjectId id = args.integer(u"subsystemId"_s);
        const auto it = config.subsystems.constFind(id);
        if (it == config.subsystems.cend()) {
            fail(ErrorCode::SubsystemNotFound, {QString::number(id)});
        }
        m_subsystemId = id;
        return ofFamily(*it);
    }
    if (args.has(u"subsystem"_s)) {
        const Subsystem& s = subsystemNamed(args.string(u"subsystem"_s));
        m_subsystemId = s.id;
        return s;
    }
    for (const Subsystem& s : std::as_const(config.subsystems)) {
        if (m_familyId.isEmpty() || s.family == m_familyId) {
            m_subsystemId = s.id;
            return s;
        }
    }
    fail(ErrorCode::SubsystemNotFound, {u"(none)"_s});
}

const LogicalDrive& CommandContext::logicalDrive()
{
    if (args.has(u"id"_s)) {
        const ObjectId id = args.integer(u"id"_s);
        const auto it = config.logicalDrives.constFind(id);
        if (it == config.logicalDrives.cend() || it->subsystemId != subsystemId()) {
            fail(ErrorCode::LogicalDriveNotFound, {QString::number(id), subsystem().name});
        }
        return *it;
    }
    const QStringList names = args.targets();
    if (names.isEmpty()) {
        fail(ErrorCode::MissingParameter, {u"[\"logical drive name\"]"_s, args.command()});
    }
    return logicalDriveNamed(names.first());
}

const LogicalDrive& CommandContext::logicalDriveNamed(const QString& name)
{
    const LogicalDrive* ld = config.logicalDriveByName(subsystemId(), name);
    if (ld == nullptr) {
        fail(ErrorCode::LogicalDriveNotFound, {name, subsystem().name});
    }
    return *ld;
}

const Array& CommandContext::arrayNumbered(const QString& numberText)
{
    bool ok = false;
    const int number = numberText.trimmed().toInt(&ok);
    const Array* a = ok ? config.arrayByNumber(subsystemId(), number) : nullptr;
    if (a == nullptr) {
        fail(ErrorCode::ArrayNotFound, {numberText, subsystem().name});
    }
    return *a;
}

const Drive& CommandContext::driveAt(const QString& enclosureCommaSlot)
{
    static const QRegularExpression pattern(uR"(^\s*(\d+)\s*,\s*(\d+)\s*$)"_s);
    const auto match = pattern.match(enclosureCommaSlot);
    if (!match.hasMatch()) {
        fail(ErrorCode::InvalidParameter,
            {u"drive"_s, enclosureCommaSlot, u"write a drive as enclosure,slot, for example 1,3"_s});
    }
    const Drive* d = config.driveAt(subsystemId(), match.captured(1).toInt(), match.captured(2).toInt());
    if (d == nullptr) {
        fail(ErrorCode::DriveNotFound, {match.captured(1), match.captured(2), subsystem().name});
    }
    return *d;
}

const Host& CommandContext::hostNamed(const QString& name)
{
    const Host* h = config.hostByName(subsystemId(), name);
    if (h == nullptr) {
        fail(ErrorCode::HostNotFound, {name, subsystem().name});
    }
    return *h;
}

const HostGroup& CommandContext::hostGroupNamed(const QString& name)
{
    const HostGroup* g = config.hostGroupByName(subsystemId(), name);
    if (g == nullptr) {
        fail(ErrorCode::HostGroupNotFound, {name, subsystem().name});
    }
    return *g;
}

void CommandContext::logEvent(int code,
    EventSeverity severity,
    const QString& component,
    const QString& description,
    const QString& details,
    bool needsAttention)
{
    logEventOn(subsystemId(), code, severity, component, description, details, needsAttention);
}

void CommandContext::logEventOn(ObjectId onSubsystem,
    int code,
    EventSeverity severity,
    const QString& component,
    const QString& description,
    const QString& details,
    bool needsAttention)
{
    Event e;
    e.subsystemId = onSubsystem;
    e.time = clock.now();
    e.code = code;
    e.severity = severity;
    e.component = component;
    e.description = description;
    e.details = details;
    e.needsAttention = needsAttention;
    m_events.append(e);
}

} // namespace Copyline
