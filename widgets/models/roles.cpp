// SPDX-License-Identifier: GPL-3.0-or-later
#include "roles.h"

#include <QCollator>
#include <QModelIndex>
#include <QVariant>

namespace Copyline
{

bool rawValueLessThan(const QModelIndex& left, const QModelIndex& right)
{
    const QVariant l = left.data(RawValueRole);
    const QVariant r = right.data(RawValueRole);
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString) {
        static thread_local QCollator collator = [] {
            QCollator c;
            c.setNumericMode(true);
            c.setCaseSensitivity(Qt::CaseInsensitive);
            return c;
        }();
        if (const int c = collator.compare(l.toString(), r.toString()); c != 0) {
            return c < 0;
        }
    } else {
        const QPartialOrdering order = QVariant::compare(l, r);
        if (order == QPartialOrdering::Less) {
            return true;
        }
        if (order == QPartialOrdering::Greater) {
            return false;
        }
    }
    return left.data(IdRole).toLongLong() < right.data(IdRole).toLongLong();
}

} // namespace Copyline
