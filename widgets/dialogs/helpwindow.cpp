// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpwindow.h"

#include "common/icons.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

// The pages are in resources/help.qrc, compiled into this static library: without this call the linker would drop
// them, since nothing else refers to them (as common/icons.cpp does for the icons).
static void initHelpResources()
{
    Q_INIT_RESOURCE(help);
}

namespace Copyline
{

namespace
{

QPointer<HelpWindow>& theWindow()
{
    static QPointer<HelpWindow> window;
    return window;
}

QHash<const QWidget*, std::function<QString()>>& providers()
{
    static QHash<const QWidget*, std::function<QString()>> map;
    return map;
}

/** The windows and wizards with a page of their own, by objectName. */
QString pageOfObjectName(const QString& name)
{
    static const QHash<QString, QString> map {
        {u"createFlashCopyWizard"_s, u"flashcopy-wizard"_s},
        {u"createVolumeCopyWizard"_s, u"volumecopy-wizard"_s},
        {u"createMirrorWizard"_s, u"mirror-wizard"_s},
        {u"activateMirrorWizard"_s, u"remote-mirrors"_s},
        {u"copyManagerWindow"_s, u"copy-manager"_s},
        {u"remoteMirrorsWindow"_s, u"remote-mirrors"_s},
        {u"hostWorkloadsWindow"_s, u"host-workloads"_s},
        {u"csmSessionsWindow"_s, u"csm"_s},
        {u"csmAddCopySetsWizard"_s, u"csm"_s},
        {u"essTaskWizard"_s, u"ess"_s},
        {u"essLogWindow"_s, u"ess"_s},
        {u"hdsMainScreen"_s, u"hds"_s},
        {u"equivalentCommandDialog"_s, u"command-line"_s},
    };
    return map.value(name);
}

/** F1 anywhere: the page of the window in front. Runs only when no F1 shortcut of that window took the key. */
class F1Filter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress || !watched->isWidgetType()) {
            return false;
        }
        const auto* key = static_cast<QKeyEvent*>(event);
        if (!key->matches(QKeySequence::HelpContents)) {
            return false;
        }
        auto* widget = static_cast<QWidget*>(watched);
        if (widget->window() == HelpWindow::existing()) {
            return false;
        }
        HelpWindow::instance()->showPage(HelpWindow::pageFor(widget));
        return true;
    }
};

} // namespace

HelpWindow* HelpWindow::instance()
{
    if (!theWindow()) {
        initHelpResources();
        theWindow() = new HelpWindow;
    }
    return theWindow();
}

HelpWindow* HelpWindow::existing()
{
    return theWindow();
}

QStringList HelpWindow::pages()
{
    return {u"index"_s, u"logical-physical"_s, u"mappings"_s, u"event-log"_s, u"performance"_s, u"flashcopy-wizard"_s,
        u"volumecopy-wizard"_s, u"copy-manager"_s, u"mirror-wizard"_s, u"remote-mirrors"_s, u"host-workloads"_s,
        u"command-line"_s, u"keyboard"_s, u"ess"_s, u"nec"_s, u"hds"_s, u"csm"_s};
}

QString HelpWindow::title(const QString& page)
{
    static const QHash<QString, const char*> titles {
        {u"index"_s, QT_TR_NOOP("Copyline Help")},
        {u"logical-physical"_s, QT_TR_NOOP("Logical/Physical View")},
        {u"mappings"_s, QT_TR_NOOP("Mappings View")},
        {u"event-log"_s, QT_TR_NOOP("Event Log")},
        {u"performance"_s, QT_TR_NOOP("Performance View")},
        {u"flashcopy-wizard"_s, QT_TR_NOOP("Create FlashCopy Logical Drive Wizard")},
        {u"volumecopy-wizard"_s, QT_TR_NOOP("Create Copy Wizard (VolumeCopy)")},
        {u"copy-manager"_s, QT_TR_NOOP("Copy Manager")},
        {u"mirror-wizard"_s, QT_TR_NOOP("Create Remote Mirror Wizard")},
        {u"remote-mirrors"_s, QT_TR_NOOP("Remote Mirrors")},
        {u"host-workloads"_s, QT_TR_NOOP("Host Workloads")},
        {u"command-line"_s, QT_TR_NOOP("The Equivalent Command and copylinectl")},
        {u"keyboard"_s, QT_TR_NOOP("Keyboard Shortcuts")},
        {u"ess"_s, QT_TR_NOOP("ESS Copy Services")},
        {u"nec"_s, QT_TR_NOOP("NEC Data Replication")},
        {u"hds"_s, QT_TR_NOOP("In-Controller Copy (SVP)")},
        {u"csm"_s, QT_TR_NOOP("Copy Services Manager Sessions")},
    };
    const char* text = titles.value(page, nullptr);
    return text != nullptr ? tr(text) : page;
}

QString HelpWindow::pageFor(const QWidget* widget)
{
    const QWidget* w = widget != nullptr ? widget->window() : nullptr;
    while (w != nullptr) {
        if (const auto it = providers().constFind(w); it != providers().cend() && *it) {
            const QString page = (*it)();
            if (!page.isEmpty()) {
                return page;
            }
        }
        if (const QString page = pageOfObjectName(w->objectName()); !page.isEmpty()) {
            return page;
        }
        w = w->parentWidget() != nullptr ? w->parentWidget()->window() : nullptr;
    }
    return u"index"_s;
}

void HelpWindow::registerWindow(QWidget* window, std::function<QString()> provider)
{
    providers().insert(window, std::move(provider));
    QObject::connect(window, &QObject::destroyed, window, [window]() { providers().remove(window); });
}

void HelpWindow::installF1()
{
    static QPointer<F1Filter> filter;
    if (!filter && qApp != nullptr) {
        filter = new F1Filter(qApp);
        qApp->installEventFilter(filter);
    }
}

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(u"helpWindow"_s);
    setWindowTitle(tr("Copyline Help"));
    setWindowIcon(Icons::icon(u"org.copyline.Copyline"_s));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setAttribute(Qt::WA_QuitOnClose, false); // closing the main window quits, with help open or not

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* bar = new QToolBar(this);
    bar->setObjectName(u"helpToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back = bar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"));
    m_back->setObjectName(u"helpBackAction"_s);
    m_back->setShortcut(QKeySequence::Back);
    m_forward = bar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"));
    m_forward->setObjectName(u"helpForwardAction"_s);
    m_forward->setShortcut(QKeySequence::Forward);
    QAction* home = bar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("&Contents"));
    home->setObjectName(u"helpContentsAction"_s);
    bar->addSeparator();
    auto* findLabel = new QLabel(tr("F&ind:"), bar);
    findLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(findLabel);
    m_find = new QLineEdit(bar);
    m_find->setObjectName(u"helpFindEdit"_s);
    m_find->setPlaceholderText(tr("Text on this page"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(260);
    findLabel->setBuddy(m_find);
    bar->addWidget(m_find);
    QAction* next = bar->addAction(tr("&Next"));
    next->setObjectName(u"helpFindNextAction"_s);
    next->setShortcut(QKeySequence::FindNext);
    QAction* previous = bar->addAction(tr("&Previous"));
    previous->setObjectName(u"helpFindPreviousAction"_s);
    previous->setShortcut(QKeySequence::FindPrevious);
    m_findStatus = new QLabel(bar);
    m_findStatus->setObjectName(u"helpFindStatusLabel"_s);
    m_findStatus->setContentsMargins(8, 0, 0, 0);
    bar->addWidget(m_findStatus);
    auto* focusFind = new QAction(this);
    focusFind->setShortcut(QKeySequence::Find);
    addAction(focusFind);
    layout->addWidget(bar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_contents = new QListWidget(splitter);
    m_contents->setObjectName(u"helpContentsList"_s);
    for (const QString& page : pages()) {
        auto* item = new QListWidgetItem(title(page), m_contents);
        item->setData(Qt::UserRole, page);
    }
    m_contents->setMinimumWidth(200);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_contents->setTextElideMode(Qt::ElideRight);
    m_contents->setSpacing(2);
    m_browser = new QTextBrowser(splitter);
    m_browser->setObjectName(u"helpBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({u":/help"_s});
    m_browser->document()->setDocumentMargin(14);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({290, 670});
    layout->addWidget(splitter, 1);

    connect(m_back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(home, &QAction::triggered, this, [this]() { showPage(u"index"_s); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl& url) {
        // The signal can come before source() has the new address: the page is taken from the signal's.
        QString page = url.fileName();
        syncContents(page.endsWith(u".html"_s) ? page.chopped(5) : page);
        m_findStatus->clear();
    });
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item != nullptr && item->data(Qt::UserRole).toString() != currentPage()) {
            showPage(item->data(Qt::UserRole).toString());
        }
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this]() { find(m_find->text()); });
    connect(next, &QAction::triggered, this, [this]() { find(m_find->text()); });
    connect(previous, &QAction::triggered, this, [this]() { find(m_find->text(), true); });
    connect(focusFind, &QAction::triggered, this, [this]() {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    resize(960, 640);
}

HelpWindow::~HelpWindow() = default;

void HelpWindow::showPage(const QString& page)
{
    const QString id = pages().contains(page) ? page : u"index"_s;
    if (currentPage() != id) {
        m_browser->setSource(QUrl(u"qrc:/help/%1.html"_s.arg(id)));
    }
    syncContents(id);
    show();
    raise();
    activateWindow();
}

QString HelpWindow::currentPage() const
{
    const QString file = m_browser->source().fileName();
    return file.endsWith(u".html"_s) ? file.chopped(5) : file;
}

bool HelpWindow::find(const QString& text, bool backward)
{
    if (text.isEmpty()) {
        m_findStatus->clear();
        return false;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Wrap around once.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_findStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

void HelpWindow::syncContents(const QString& page)
{
    setWindowTitle(page == u"index"_s ? tr("Copyline Help") : tr("%1 - Copyline Help").arg(title(page)));
    for (int row = 0; row < m_contents->count(); ++row) {
        if (m_contents->item(row)->data(Qt::UserRole).toString() == page) {
            if (m_contents->currentRow() != row) {
                const QSignalBlocker block(m_contents);
                m_contents->setCurrentRow(row);
            }
            return;
        }
    }
}

} // namespace Copyline
