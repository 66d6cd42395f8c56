// SPDX-License-Identifier: GPL-3.0-or-later
// The space-separated option words the families keep in Subsystem::options, Relationship::options and
// CopyPath::state: "key=value" settings and bare flags ("copyMode=full suspended").
#pragma once

#include <QString>

namespace Copyline::OptionWords
{

/** The value of "key=value" among @p words, or @p fallback. */
QString value(const QString& words, const QString& key, const QString& fallback = {});
/** Sets (or, with an empty @p value, removes) "key=value" in @p words. */
void set(QString& words, const QString& key, const QString& value);
bool has(const QString& words, const QString& word);
/** Adds or removes the bare flag @p word. */
void setFlag(QString& words, const QString& word, bool on);

} // namespace Copyline::OptionWords
