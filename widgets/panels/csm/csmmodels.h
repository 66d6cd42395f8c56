// SPDX-License-Identifier: GPL-3.0-or-later
// The item models of the Sessions view: the sessions list (spec CSM §5.2), the role pairs of the selected session
// (§5.3, §3.4) and its console messages (§5.8); the status colours and icons (§3.1: green, yellow, red, grey, always
// with the status word beside them, so no one needs the colour to read it); and the progress-bar delegate.
#pragma once

#include "panels/csm/csmdata.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QPalette>
#include <QStyledItemDelegate>

class QProgressBar;

namespace Copyline::CsmUi
{

/** The role that carries a 0-100 progress value for ProgressBarDelegate. */
inline constexpr int kProgressRole = Qt::UserRole + 40;
/** The role that carries the session name (sessions list) or the role pair name (role pairs). */
inline constexpr int kKeyRole = Qt::UserRole + 41;

/** The colour of @p status readable on @p palette's base (darker shades on a light palette, lighter on a dark one). */
QColor statusColor(const QString& status, const QPalette& palette);
/** A small status icon: Normal a filled circle, Warning a triangle, Severe a square with a cross, Inactive a ring. */
QIcon statusIcon(const QString& status, const QPalette& palette);

class SessionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListModel)

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        StateColumn,
        TypeColumn,
        RecoverableColumn,
        ActiveHostColumn,
        CopySetsColumn,
        ErrorsColumn,
        ProgressColumn,
        ColumnCount
    };

    explicit SessionListModel(QObject* parent = nullptr);
    ~SessionListModel() override;

    void setSessions(const QList<SessionRow>& sessions);
    const QList<SessionRow>& sessions() const { return m_rows; }
    /** The row of @p name, -1 if none. */
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SessionRow> m_rows;
};

class RolePairModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolePairModel)

public:
    enum Column
    {
        NameColumn,
        CopyTypeColumn,
        ActiveColumn,
        RecoverableColumn,
        ProgressColumn,
        ErrorsColumn,
        TimestampColumn,
        ColumnCount
    };

    explicit RolePairModel(QObject* parent = nullptr);
    ~RolePairModel() override;

    void setRolePairs(const QList<RolePairRow>& rows);
    const QList<RolePairRow>& rolePairs() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RolePairRow> m_rows;
};

class MessageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageModel)

public:
    enum Column
    {
        TimeColumn,
        IdColumn,
        SessionColumn,
        TextColumn,
        ColumnCount
    };

    explicit MessageModel(QObject* parent = nullptr);
    ~MessageModel() override;

    /** Newest first (the engine lists them newest last). */
    void setMessages(const QList<MessageRow>& rows);
    const QList<MessageRow>& messages() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MessageRow> m_rows;
};

/** Paints kProgressRole as a progress bar of the current style, with the DisplayRole text on it. */
class ProgressBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressBarDelegate)

public:
    explicit ProgressBarDelegate(QWidget* parent = nullptr);
    ~ProgressBarDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QProgressBar* m_styleSource;
};

} // namespace Copyline::CsmUi
