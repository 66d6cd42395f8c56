// SPDX-License-Identifier: GPL-3.0-or-later
#include "csmmodels.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QProgressBar>
#include <QStyleOptionProgressBar>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::CsmUi
{

namespace
{

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString percentText(int percent)
{
    return QCoreApplication::translate("Copyline::CsmUi::CsmTexts", "%1%").arg(QLocale().toString(percent));
}

} // namespace

QColor statusColor(const QString& status, const QPalette& palette)
{
    // Shades chosen against the palette's base: dark enough on a light base, light enough on a dark one.
    const bool dark = isDark(palette);
    if (status == u"Normal"_s) {
        return dark ? QColor(0x6d, 0xd0, 0x7a) : QColor(0x1b, 0x7a, 0x32);
    }
    if (status == u"Warning"_s) {
        return dark ? QColor(0xf0, 0xcf, 0x4c) : QColor(0x8f, 0x66, 0x00);
    }
    if (status == u"Severe"_s) {
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1f, 0x2a);
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QIcon statusIcon(const QString& status, const QPalette& palette)
{
    constexpr int size = 16;
    QPixmap pixmap(size * 2, size * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = statusColor(status, palette);
    const QColor mark = isDark(palette) ? QColor(0x10, 0x10, 0x10) : QColor(0xff, 0xff, 0xff);
    const QRectF r(2, 2, size - 4, size - 4);
    if (status == u"Normal"_s) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(r);
        p.setPen(QPen(mark, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF {QPointF(5, 8.5), QPointF(7.2, 10.8), QPointF(11.2, 5.6)});
    } else if (status == u"Warning"_s) {
        QPainterPath path;
        path.moveTo(size / 2.0, 1.5);
        path.lineTo(size - 1.5, size - 2);
        path.lineTo(1.5, size - 2);
        path.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPath(path);
        p.setPen(QPen(mark, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 6), QPointF(8, 9.5));
        p.drawPoint(QPointF(8, 12));
    } else if (status == u"Severe"_s) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(r, 2, 2);
        p.setPen(QPen(mark, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
        p.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
    } else {
        p.setPen(QPen(colour, 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(1, 1, -1, -1));
    }
    p.end();
    return QIcon(pixmap);
}

// --- Sessions list ---------------------------------------------------------------------------------------------

SessionListModel::SessionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

SessionListModel::~SessionListModel() = default;

void SessionListModel::setSessions(const QList<SessionRow>& sessions)
{
    QStringList oldNames;
    QStringList newNames;
    for (const SessionRow& s : m_rows) {
        oldNames.append(s.name);
    }
    for (const SessionRow& s : sessions) {
        newNames.append(s.name);
    }
    if (oldNames != newNames) {
        beginResetModel();
        m_rows = sessions;
        endResetModel();
        return;
    }
    // The same sessions: only the cells change, the selection stays.
    m_rows = sessions;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int SessionListModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].name == name) {
            return i;
        }
    }
    return -1;
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const SessionRow& s = m_rows[index.row()];
    if (role == kKeyRole) {
        return s.name;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole) {
            return s.name;
        }
        if (role == Qt::ToolTipRole && !s.description.isEmpty()) {
            return s.description;
        }
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            return CsmTexts::status(s.status);
        }
        if (role == Qt::DecorationRole) {
            return statusIcon(s.status, QApplication::palette());
        }
        if (role == Qt::ForegroundRole) {
            return statusColor(s.status, QApplication::palette());
        }
        if (role == Qt::ToolTipRole) {
            if (s.status == u"Normal"_s) {
                return CsmTexts::tr("Normal: a consistent copy of the data either exists or is being maintained.");
            }
            if (s.status == u"Warning"_s) {
                return CsmTexts::tr("Warning: volumes are being synchronized or are about to be, or the targets do "
                                    "not yet have a consistent copy; nothing is suspended.");
            }
            if (s.status == u"Severe"_s) {
                return CsmTexts::tr("Severe: one or more errors must be dealt with immediately (volumes suspended "
                                    "or not copying correctly).");
            }
            return CsmTexts::tr("Inactive: the session is defined, with no activity on the hardware.");
        }
        break;
    case StateColumn:
        if (role == Qt::DisplayRole) {
            return CsmTexts::state(s.state);
        }
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole) {
            return s.type;
        }
        break;
    case RecoverableColumn:
        if (role == Qt::DisplayRole) {
            return CsmTexts::yesNo(s.recoverable);
        }
        if (role == Qt::ToolTipRole) {
            return CsmTexts::tr("Recoverable: the target volumes hold a consistent copy of the data");
        }
        break;
    case ActiveHostColumn:
        if (role == Qt::DisplayRole) {
            return s.activeHost;
        }
        break;
    case CopySetsColumn:
        if (role == Qt::DisplayRole) {
            return QLocale().toString(s.copySets);
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case ErrorsColumn:
        if (role == Qt::DisplayRole) {
            return QLocale().toString(s.errors);
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (role == Qt::ForegroundRole && s.errors > 0) {
            return statusColor(u"Severe"_s, QApplication::palette());
        }
        break;
    case ProgressColumn:
        if (role == Qt::DisplayRole) {
            return percentText(s.progress);
        }
        if (role == kProgressRole) {
            return s.progress;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return CsmTexts::tr("Name");
        case StatusColumn:
            return CsmTexts::tr("Status");
        case StateColumn:
            return CsmTexts::tr("State");
        case TypeColumn:
            return CsmTexts::tr("Copy Type");
        case RecoverableColumn:
            return CsmTexts::tr("Recoverable");
        case ActiveHostColumn:
            return CsmTexts::tr("Active Host");
        case CopySetsColumn:
            return CsmTexts::tr("Copy Sets");
        case ErrorsColumn:
            return CsmTexts::tr("Errors");
        case ProgressColumn:
            return CsmTexts::tr("Progress");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ActiveHostColumn:
            return CsmTexts::tr("The site whose host volumes (H1 or H2) the servers use now");
        case ErrorsColumn:
            return CsmTexts::tr("Pairs in error");
        case ProgressColumn:
            return CsmTexts::tr("The least progress over the active role pairs");
        default:
            break;
        }
    }
    return {};
}

// --- Role pairs ------------------------------------------------------------------------------------------------

RolePairModel::RolePairModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

RolePairModel::~RolePairModel() = default;

void RolePairModel::setRolePairs(const QList<RolePairRow>& rows)
{
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int RolePairModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RolePairModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolePairModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const RolePairRow& r = m_rows[index.row()];
    if (role == kKeyRole) {
        return r.name;
    }
    if (role == Qt::ForegroundRole && !r.active && index.column() != ErrorsColumn) {
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole) {
            return r.direction.isEmpty() || r.direction == r.sourceRole + u"->"_s + r.targetRole
                ? r.name
                : CsmTexts::tr("%1 (%2)", "role pair (direction)").arg(r.name, r.direction);
        }
        break;
    case CopyTypeColumn:
        if (role == Qt::DisplayRole) {
            return CsmTexts::method(r.copyType);
        }
        break;
    case ActiveColumn:
        if (role == Qt::DisplayRole) {
            return CsmTexts::yesNo(r.active);
        }
        break;
    case RecoverableColumn:
        if (role == Qt::DisplayRole) {
            return CsmTexts::yesNo(r.recoverable);
        }
        break;
    case ProgressColumn:
        if (role == Qt::DisplayRole) {
            return percentText(r.progress);
        }
        if (role == kProgressRole) {
            return r.progress;
        }
        break;
    case ErrorsColumn:
        if (role == Qt::DisplayRole) {
            return QLocale().toString(r.errors);
        }
        if (role == Qt::ForegroundRole && r.errors > 0) {
            return statusColor(u"Severe"_s, QApplication::palette());
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case TimestampColumn:
        if (role == Qt::DisplayRole) {
            return CsmTexts::time(r.timestamp);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RolePairModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return CsmTexts::tr("Role Pair");
    case CopyTypeColumn:
        return CsmTexts::tr("Copy Type");
    case ActiveColumn:
        return CsmTexts::tr("Active");
    case RecoverableColumn:
        return CsmTexts::tr("Recoverable");
    case ProgressColumn:
        return CsmTexts::tr("Progress");
    case ErrorsColumn:
        return CsmTexts::tr("Errors");
    case TimestampColumn:
        return CsmTexts::tr("Timestamp");
    default:
        return {};
    }
}

// --- Console messages ------------------------------------------------------------------------------------------

MessageModel::MessageModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

MessageModel::~MessageModel() = default;

void MessageModel::setMessages(const QList<MessageRow>& rows)
{
    QList<MessageRow> newestFirst(rows.crbegin(), rows.crend());
    const bool same = newestFirst.size() == m_rows.size()
        && std::equal(newestFirst.cbegin(), newestFirst.cend(), m_rows.cbegin(),
            [](const MessageRow& a, const MessageRow& b) { return a.time == b.time && a.text == b.text; });
    if (same) {
        return;
    }
    beginResetModel();
    m_rows = std::move(newestFirst);
    endResetModel();
}

int MessageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MessageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const MessageRow& m = m_rows[index.row()];
    const QString status = m.severity == u"E"_s ? u"Severe"_s : m.severity == u"W"_s ? u"Warning"_s : QString();
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole) {
            return CsmTexts::time(m.time);
        }
        break;
    case IdColumn:
        if (role == Qt::DisplayRole) {
            return m.id;
        }
        if (role == Qt::DecorationRole && !status.isEmpty()) {
            return statusIcon(status, QApplication::palette());
        }
        if (role == Qt::ToolTipRole) {
            return m.severity == u"E"_s ? CsmTexts::tr("Error")
                : m.severity == u"W"_s  ? CsmTexts::tr("Warning")
                                        : CsmTexts::tr("Information");
        }
        break;
    case SessionColumn:
        if (role == Qt::DisplayRole) {
            return m.session;
        }
        break;
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return m.text;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant MessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return CsmTexts::tr("Time");
    case IdColumn:
        return CsmTexts::tr("Message ID");
    case SessionColumn:
        return CsmTexts::tr("Session");
    case TextColumn:
        return CsmTexts::tr("Message");
    default:
        return {};
    }
}

// --- Progress delegate -----------------------------------------------------------------------------------------

ProgressBarDelegate::ProgressBarDelegate(QWidget* parent)
    : QStyledItemDelegate(parent)
    , m_styleSource(new QProgressBar(parent))
{
    m_styleSource->setObjectName(u"csmProgressStyleSource"_s);
    m_styleSource->hide();
}

ProgressBarDelegate::~ProgressBarDelegate() = default;

void ProgressBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, option.widget);

    QStyleOptionProgressBar bar;
    bar.initFrom(m_styleSource);
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = std::clamp(index.data(kProgressRole).toInt(), 0, 100);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = (option.state & ~QStyle::State_Selected) | QStyle::State_Horizontal;
    bar.palette = option.palette;
    painter->save();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, m_styleSource);
    painter->restore();
}

} // namespace Copyline::CsmUi
