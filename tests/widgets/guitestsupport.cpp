// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::GuiTest
{

Workspace::Workspace()
    : m_connection(std::make_unique<LocalConnection>())
{
    // The tests' settings are their own (not the administrator's console's), and every test opens the console as
    // on a first start: the first subsystem shown.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(u"mainWindow/subsystem"_s);
    QSettings().remove(u"attachEngine"_s); // the engine a console attached last (AttachEngineDialog)
    m_error = m_connection->openBlocking(m_dir.path());
}

Workspace::~Workspace()
{
    close();
}

void Workspace::close()
{
    if (m_connection) {
        m_connection->close();
    }
}

ObjectId Workspace::subsystemId(const QString& name) const
{
    const Subsystem* s = config().subsystemByName(name);
    return s ? s->id : 0;
}

LogicalDrive Workspace::logicalDrive(const QString& name, const QString& subsystem) const
{
    const LogicalDrive* ld = config().logicalDriveByName(subsystemId(subsystem), name);
    return ld ? *ld : LogicalDrive {};
}

const Drive* Workspace::driveAt(int enclosure, int slot, const QString& subsystem) const
{
    return config().driveAt(subsystemId(subsystem), enclosure, slot);
}

CommandResult Workspace::createDrive(
    const QString& name, qint64 capacity, const QString& subsystem, qint64 data, int seed)
{
    const ObjectId array
        = logicalDrive(subsystem == u"Primary Site"_s ? u"Accounting"_s : u"Accounting 2"_s, subsystem).arrayId;
    CommandResult r = run(
        u"createLogicalDrive"_s, {{u"arrayId"_s, array}, {u"userLabel"_s, name}, {u"capacity"_s, capacity}}, subsystem);
    if (r.ok() && data > 0) {
        r = run(u"writeLogicalDrive"_s,
            {{u"id"_s, logicalDrive(name, subsystem).id}, {u"offset"_s, 0}, {u"length"_s, data}, {u"seed"_s, seed}},
            subsystem);
    }
    return r;
}

CommandResult Workspace::run(const QString& name, QJsonObject args, const QString& subsystem)
{
    if (!subsystem.isEmpty()) {
        args.insert(u"subsystemId"_s, subsystemId(subsystem));
    }
    bool done = false;
    CommandResult result;
    QObject context;
    m_connection->submit({name, args}, &context, [&](const CommandResult& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done]() { return done; }, 15000)) {
        return CommandResult::failure({ErrorCode::Internal, {u"the command did not finish in time"_s}});
    }
    return result;
}

QStringList allTexts(const QAbstractItemModel* model, const QModelIndex& parent)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        texts.append(index.data().toString());
        texts += allTexts(model, index);
    }
    return texts;
}

QModelIndex findText(const QAbstractItemModel* model, const QString& text, const QModelIndex& parent)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == text) {
            return index;
        }
        if (const QModelIndex found = findText(model, text, index); found.isValid()) {
            return found;
        }
    }
    return {};
}

QStringList mnemonicConflicts(const QWidget* root)
{
    QMap<QChar, QStringList> users;
    const auto note = [&users](const QString& text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&') {
                continue;
            }
            if (text.at(i + 1) == u'&') {
                ++i; // "&&" is a literal ampersand
                continue;
            }
            users[text.at(i + 1).toLower()].append(text);
            return;
        }
    };
    QList<const QWidget*> widgets {root};
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        widgets.append(w);
    }
    for (const QWidget* w : std::as_const(widgets)) {
        if (w != root && !w->isVisibleTo(root)) {
            continue;
        }
        if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            note(button->text());
        } else if (const auto* label = qobject_cast<const QLabel*>(w); label != nullptr && label->buddy() != nullptr) {
            note(label->text());
        } else if (const auto* box = qobject_cast<const QGroupBox*>(w)) {
            note(box->title());
        }
    }
    QStringList clashes;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1) {
            clashes.append(QString(it.key().toUpper()) + u": "_s + it.value().join(u" / "_s));
        }
    }
    return clashes;
}

void retype(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Backspace);
    QTest::keyClicks(widget, text);
}

void typeInto(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit != nullptr);
    retype(edit, text);
}

QAction* action(const QWidget* window, const QString& objectName)
{
    return window->findChild<QAction*>(objectName);
}

std::unique_ptr<MainWindow> openMainWindow(Workspace& ws, const QString& connectionLabel)
{
    auto window = std::make_unique<MainWindow>();
    window->setConnection(ws.connection(), connectionLabel);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        return nullptr;
    }
    return window;
}

} // namespace Copyline::GuiTest
