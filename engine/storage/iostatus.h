// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cerrno>

namespace Copyline
{

/** Outcome of one I/O request: 0 or an errno value (EIO, EPERM, EINVAL, ENOSPC...), with a reason for the log. */
struct IoStatus
{
    int error = 0;
    QString reason;

    bool ok() const { return error == 0; }
    static IoStatus success() { return {}; }
    static IoStatus failure(int err, QString why) { return {err, std::move(why)}; }
};

/** A byte range of a volume. */
struct Extent
{
    qint64 offset = 0;
    qint64 length = 0;

    qint64 end() const { return offset + length; }
    friend bool operator==(const Extent&, const Extent&) = default;
};

} // namespace Copyline
