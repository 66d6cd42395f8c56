// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemView;
class QLabel;
class QLineEdit;
class QTimer;

namespace Copyline
{

/**
 * The console's Find field (issue 18), one for every list and tree: "Find:" and a line edit; what is typed filters
 * the views added with addView() by name, state and type (FindMatch: every word must occur in what the row shows).
 *
 *  - Ctrl+F (QKeySequence::Find) focuses the field while the focus is anywhere in its scope widget, so each view
 *    has its own; Esc clears the field (a second Esc returns to the first view).
 *  - HideRows: the bar hides the rows that do not match; in a tree the ancestors of a match stay shown and are
 *    expanded. The filter is applied again on every change of the model (live snapshots, progress ticks), never
 *    reset by one, and the selection of the rows still shown is kept; a selected row the filter hides is
 *    deselected, so no action works on a row one cannot see.
 *  - Watch: the view filters itself (its proxy listens to textChanged()); the bar only tells when nothing is left.
 *  - A view that nothing matches says so over its empty area ("No match for ..."), instead of going blank; the bar
 *    shows the number of matches, or "No match".
 */
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    enum class Mode
    {
        HideRows,
        Watch,
    };

    /** @p scope: Ctrl+F focuses this field while the focus is in @p scope or its children (default: @p parent). */
    explicit FindBar(QWidget* parent = nullptr, QWidget* scope = nullptr);
    ~FindBar() override;

    void addView(QAbstractItemView* view, Mode mode = Mode::HideRows);

    QLineEdit* lineEdit() const { return m_edit; }
    QString text() const;
    void setText(const QString& text);
    void setPlaceholderText(const QString& text);
    /** Shows or hides the "Find:" label (hidden in narrow panes; the placeholder then says "Find"). */
    void setLabelVisible(bool visible);
    /** The "1 match" / "No match" text next to the field (empty while nothing is typed). */
    QString statusText() const;
    /** True when something is typed and @p view shows no row because of it (its "No match" notice is shown). */
    bool showsNoMatch(const QAbstractItemView* view) const;
    /** Matching rows in the views (HideRows: rows that match themselves; Watch: rows shown), -1 without a filter. */
    int matchCount() const { return m_matches; }
    /** Applies the filter to the views now (it is otherwise applied on the next turn of the event loop). */
    void refilter();

Q_SIGNALS:
    void textChanged(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Watched
    {
        QPointer<QAbstractItemView> view;
        Mode mode = Mode::HideRows;
        QLabel* notice = nullptr;
        bool filtered = false; /**< rows may be hidden (something was typed when it was last applied) */
    };

    void onTextChanged();
    void schedule();
    /** Applies the filter to one view; counts the matches. */
    int apply(Watched& w, bool expand);
    void hideUnmatched(Watched& w, const QModelIndex& parent, int first, int last);
    void updateNotice(Watched& w);
    void placeNotice(const Watched& w);

    QLabel* m_label = nullptr;
    QLineEdit* m_edit = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_timer = nullptr;
    QList<Watched> m_views;
    QStringList m_words;
    int m_matches = -1;
    bool m_expandNext = false;
};

} // namespace Copyline
