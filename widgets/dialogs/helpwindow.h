// SPDX-License-Identifier: GPL-3.0-or-later
// Help (issue 18): F1 opens the page for the window or view in front, Help ▸ Contents the contents. The pages are
// HTML files bundled as Qt resources (resources/help/), shown in a QTextBrowser with a contents list, Back/Forward
// and Find. The page texts are English; the window's own strings and the page titles are translated.
#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QLabel;

namespace Copyline
{

class HelpWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    /** The application's help window, made on first use (a top-level window, deleted at exit). */
    static HelpWindow* instance();
    /** The instance if it exists (tests), else nullptr. */
    static HelpWindow* existing();

    /** Every page id, in the order of the contents list ("index" first). */
    static QStringList pages();
    /** The translated title of @p page. */
    static QString title(const QString& page);
    /**
     * The page for what @p widget's window shows: a provider registered for that window (the main window: its view),
     * else its objectName (the wizards and windows), else the window it belongs to; "index" when none fits.
     */
    static QString pageFor(const QWidget* widget);
    /** @p window answers pageFor() with @p provider (the main window registers its current view). */
    static void registerWindow(QWidget* window, std::function<QString()> provider);
    /**
     * Makes F1 open help for the window in front, wherever the focus is (an application event filter; idempotent).
     * Windows with their own F1 action (the main window's Help ▸ Contents) keep it.
     */
    static void installF1();

    /** Shows the window with @p page ("index", "flashcopy-wizard", ...). */
    void showPage(const QString& page);
    QString currentPage() const;
    /** Looks for @p text from the cursor on (backward: before it); false when it is not found. */
    bool find(const QString& text, bool backward = false);

    QTextBrowser* browser() const { return m_browser; }
    QListWidget* contents() const { return m_contents; }

private:
    explicit HelpWindow(QWidget* parent = nullptr);
    ~HelpWindow() override;

    /** The contents list and the title follow the page shown. */
    void syncContents(const QString& page);

    QListWidget* m_contents = nullptr;
    QTextBrowser* m_browser = nullptr;
    QLineEdit* m_find = nullptr;
    QLabel* m_findStatus = nullptr;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
};

} // namespace Copyline
