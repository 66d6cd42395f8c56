// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "common/findmatch.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

/** True when @p index or one of its ancestors is a hidden row of @p view. */
bool isHiddenIn(const QAbstractItemView* view, QModelIndex index)
{
    if (const auto* tree = qobject_cast<const QTreeView*>(view)) {
        for (; index.isValid() && index != tree->rootIndex(); index = index.parent()) {
            if (tree->isRowHidden(index.row(), index.parent())) {
                return true;
            }
        }
        return false;
    }
    if (const auto* table = qobject_cast<const QTableView*>(view)) {
        return table->isRowHidden(index.row());
    }
    return false;
}

void setRowHiddenIn(QAbstractItemView* view, int row, const QModelIndex& parent, bool hidden)
{
    if (auto* tree = qobject_cast<QTreeView*>(view)) {
        if (tree->isRowHidden(row, parent) != hidden) {
            tree->setRowHidden(row, parent, hidden);
        }
    } else if (auto* table = qobject_cast<QTableView*>(view)) {
        if (table->isRowHidden(row) != hidden) {
            table->setRowHidden(row, hidden);
        }
    }
}

bool rowHidden(const QAbstractItemView* view, int row, const QModelIndex& parent)
{
    if (const auto* tree = qobject_cast<const QTreeView*>(view)) {
        return tree->isRowHidden(row, parent);
    }
    if (const auto* table = qobject_cast<const QTableView*>(view)) {
        return table->isRowHidden(row);
    }
    return false;
}

/**
 * Shows the rows under @p parent that match @p words or have a descendant that does, hides the others; counts the
 * rows that match into @p matches. In a tree, @p expand opens every ancestor of a match, otherwise only those that
 * were hidden until now (a node the user closed while filtering stays closed). True if any row is shown.
 */
bool filterRows(QAbstractItemView* view, const QModelIndex& parent, const QStringList& words, bool expand, int& matches)
{
    const QAbstractItemModel* model = view->model();
    auto* tree = qobject_cast<QTreeView*>(view);
    bool any = false;
    const int rows = model->rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const bool self = FindMatch::rowMatches(model, row, parent, words);
        bool below = false;
        const QModelIndex index = model->index(row, 0, parent);
        if (tree != nullptr && model->rowCount(index) > 0) {
            below = filterRows(view, index, words, expand, matches);
        }
        const bool wasHidden = rowHidden(view, row, parent);
        setRowHiddenIn(view, row, parent, !(self || below));
        if (below && (expand || wasHidden)) {
            tree->expand(index);
        }
        matches += self ? 1 : 0;
        any = any || self || below;
    }
    return any;
}

void showAllRows(QAbstractItemView* view, const QModelIndex& parent)
{
    const QAbstractItemModel* model = view->model();
    const bool tree = qobject_cast<QTreeView*>(view) != nullptr;
    const int rows = model->rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        setRowHiddenIn(view, row, parent, false);
        if (tree) {
            const QModelIndex index = model->index(row, 0, parent);
            if (model->rowCount(index) > 0) {
                showAllRows(view, index);
            }
        }
    }
}

} // namespace

FindBar::FindBar(QWidget* parent, QWidget* scope)
    : QWidget(parent)
{
    setObjectName(u"findBar"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_label = new QLabel(tr("F&ind:"), this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"findLineEdit"_s);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Name, state or type"));
    m_edit->setAccessibleName(tr("Find"));
    m_edit->setToolTip(tr("Shows only what contains every word typed here, in its name, state or type, such as "
                          "\"failed\" or \"flashcopy\". Ctrl+F comes here, Esc clears it."));
    m_edit->setMinimumWidth(120);
    m_edit->installEventFilter(this);
    m_label->setBuddy(m_edit);
    m_status = new QLabel(this);
    m_status->setObjectName(u"findStatusLabel"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    // Room for the longest count, so a narrow pane squeezes the field, never the count ("No matc").
    const QFontMetrics metrics = m_status->fontMetrics();
    m_status->setMinimumWidth(
        std::max(metrics.horizontalAdvance(tr("No match")), metrics.horizontalAdvance(tr("%1 matches").arg(9999))));
    layout->addWidget(m_label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, [this]() {
        m_expandNext = false;
        refilter();
    });
    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::onTextChanged);

    QWidget* context = scope != nullptr ? scope : (parent != nullptr ? parent : this);
    auto* shortcut = new QShortcut(QKeySequence::Find, context);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this]() {
        m_edit->setFocus(Qt::ShortcutFocusReason);
        m_edit->selectAll();
    });
}

FindBar::~FindBar() = default;

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setText(const QString& text)
{
    m_edit->setText(text);
}

void FindBar::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void FindBar::setLabelVisible(bool visible)
{
    m_label->setVisible(visible);
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::addView(QAbstractItemView* view, Mode mode)
{
    Watched w;
    w.view = view;
    w.mode = mode;
    w.notice = new QLabel(view->viewport());
    w.notice->setObjectName(u"findNoMatchLabel"_s);
    w.notice->setAlignment(Qt::AlignCenter);
    w.notice->setWordWrap(true);
    w.notice->setForegroundRole(QPalette::PlaceholderText);
    w.notice->setAttribute(Qt::WA_TransparentForMouseEvents);
    w.notice->hide();
    view->viewport()->installEventFilter(this);
    m_views.append(w);
    connect(view, &QObject::destroyed, this, [this](QObject* gone) {
        m_views.removeIf([gone](const Watched& each) { return each.view == nullptr || each.view == gone; });
    });

    QAbstractItemModel* model = view->model();
    Q_ASSERT(model != nullptr);
    const auto later = [this]() {
        if (!m_words.isEmpty() || m_matches >= 0) {
            schedule();
        }
    };
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::rowsMoved, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, [this, view]() {
        // A reset shows every row again: filter at once, so the rows that do not match never flash.
        for (Watched& each : m_views) {
            if (each.view == view) {
                each.filtered = true;
            }
        }
        if (!m_words.isEmpty()) {
            refilter();
        }
    });
    connect(
        model, &QAbstractItemModel::rowsInserted, this, [this, view](const QModelIndex& parent, int first, int last) {
            if (m_words.isEmpty()) {
                return;
            }
            for (Watched& each : m_views) {
                if (each.view == view && each.mode == Mode::HideRows) {
                    hideUnmatched(each, parent, first, last);
                }
            }
            schedule();
        });
    if (!m_words.isEmpty()) {
        refilter();
    }
}

void FindBar::hideUnmatched(Watched& w, const QModelIndex& parent, int first, int last)
{
    // New rows (a new drive, a new copy) that do not match are hidden before they are painted; their ancestors
    // and the counts follow in refilter().
    const QAbstractItemModel* model = w.view->model();
    auto* tree = qobject_cast<QTreeView*>(w.view.data());
    for (int row = first; row <= last; ++row) {
        int ignored = 0;
        bool below = false;
        const QModelIndex index = model->index(row, 0, parent);
        if (tree != nullptr && model->rowCount(index) > 0) {
            below = filterRows(w.view, index, m_words, true, ignored);
        }
        const bool show = below || FindMatch::rowMatches(model, row, parent, m_words);
        setRowHiddenIn(w.view, row, parent, !show);
        if (show && tree != nullptr) {
            for (QModelIndex up = parent; up.isValid(); up = up.parent()) {
                setRowHiddenIn(w.view, up.row(), up.parent(), false);
            }
        }
    }
}

void FindBar::onTextChanged()
{
    m_words = FindMatch::words(m_edit->text());
    m_expandNext = true;
    Q_EMIT textChanged(m_edit->text()); // Watch views filter themselves first
    refilter();
    m_expandNext = false;
}

void FindBar::schedule()
{
    if (!m_timer->isActive()) {
        m_timer->start();
    }
}

void FindBar::refilter()
{
    m_timer->stop();
    int matches = 0;
    for (Watched& w : m_views) {
        if (w.view) {
            matches += apply(w, m_expandNext);
            updateNotice(w);
        }
    }
    m_matches = m_words.isEmpty() ? -1 : matches;
    if (m_words.isEmpty()) {
        m_status->clear();
    } else if (matches == 0) {
        m_status->setText(tr("No match"));
    } else {
        // Not a %n plural: the English plural would need the .ts file, which only the lead updates.
        m_status->setText(matches == 1 ? tr("1 match") : tr("%1 matches").arg(matches));
    }
}

int FindBar::apply(Watched& w, bool expand)
{
    QAbstractItemView* view = w.view;
    if (view->model() == nullptr) {
        return 0;
    }
    if (w.mode == Mode::Watch) {
        return view->model()->rowCount(view->rootIndex());
    }
    if (m_words.isEmpty()) {
        if (w.filtered) {
            showAllRows(view, view->rootIndex());
            w.filtered = false;
        }
        return 0;
    }
    w.filtered = true;
    int matches = 0;
    filterRows(view, view->rootIndex(), m_words, expand, matches);
    // No action on a row one cannot see: a selected row the filter hides is deselected; the others stay selected.
    if (QItemSelectionModel* selection = view->selectionModel()) {
        const QModelIndexList selected = selection->selectedIndexes();
        QItemSelection hidden;
        for (const QModelIndex& index : selected) {
            if (isHiddenIn(view, index)) {
                hidden.select(index, index);
            }
        }
        if (!hidden.isEmpty()) {
            selection->select(hidden, QItemSelectionModel::Deselect);
        }
    }
    return matches;
}

void FindBar::updateNotice(Watched& w)
{
    bool empty = false;
    if (!m_words.isEmpty() && w.view->model() != nullptr) {
        const QAbstractItemModel* model = w.view->model();
        const QModelIndex root = w.view->rootIndex();
        empty = true;
        const int rows = model->rowCount(root);
        for (int row = 0; row < rows && empty; ++row) {
            empty = rowHidden(w.view, row, root);
        }
    }
    if (empty) {
        const QString text = tr("Nothing here matches \u201c%1\u201d.\nClear the Find field (Esc) to see everything.")
                                 .arg(m_edit->text().simplified());
        if (w.notice->text() != text) {
            w.notice->setText(text);
        }
        placeNotice(w);
    }
    if (w.notice->isVisible() != empty) {
        w.notice->setVisible(empty);
    }
}

void FindBar::placeNotice(const Watched& w)
{
    const QRect area = w.view->viewport()->rect().adjusted(12, 12, -12, -12);
    w.notice->setGeometry(area.x(), area.y(), area.width(), std::min(area.height(), 120));
}

bool FindBar::showsNoMatch(const QAbstractItemView* view) const
{
    for (const Watched& w : m_views) {
        if (w.view == view) {
            return !w.notice->isHidden();
        }
    }
    return false;
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            if (event->type() == QEvent::ShortcutOverride) {
                // Esc belongs to the field while it has text (not to a dialog's Cancel or a window's shortcut).
                if (!m_edit->text().isEmpty()) {
                    event->accept();
                    return true;
                }
                return false;
            }
            if (!m_edit->text().isEmpty()) {
                m_edit->clear();
                return true;
            }
            for (const Watched& w : std::as_const(m_views)) {
                if (w.view && w.view->isVisible()) {
                    w.view->setFocus(Qt::OtherFocusReason);
                    return true;
                }
            }
        }
        return false;
    }
    if (event->type() == QEvent::Resize) {
        for (const Watched& w : std::as_const(m_views)) {
            if (w.view && watched == w.view->viewport() && w.notice->isVisible()) {
                placeNotice(w);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Copyline
