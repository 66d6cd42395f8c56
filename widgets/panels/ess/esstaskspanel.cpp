// SPDX-License-Identifier: GPL-3.0-or-later
#include "esstaskspanel.h"

#include "common/confirm.h"
#include "common/theme.h"
#include "dialogs/messagebox.h"
#include "panels/ess/esscommands.h"
#include "panels/ess/esscopystate.h"
#include "panels/ess/esstaskwizard.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::EssUi
{

namespace
{

enum Column
{
    NameColumn,
    DescriptionColumn,
    StatusColumn,
    LastRunColumn,
    ActionColumn,
};

const QMap<QString, TaskWizard::Action>& actionOfCommand()
{
    static const QMap<QString, TaskWizard::Action> map {
        {u"essEstablishFlashCopy"_s, TaskWizard::Action::EstablishFlashCopy},
        {u"essWithdrawFlashCopy"_s, TaskWizard::Action::WithdrawFlashCopy},
        {u"essEstablishPprc"_s, TaskWizard::Action::EstablishPprc},
        {u"essSuspendPprc"_s, TaskWizard::Action::SuspendPprc},
        {u"essTerminatePprc"_s, TaskWizard::Action::TerminatePprc},
        {u"essEstablishPaths"_s, TaskWizard::Action::EstablishPath},
    };
    return map;
}

QColor statusColour(const QString& status)
{
    if (status == u"successful"_s) {
        return {0x2e, 0x9d, 0x5b};
    }
    if (status == u"failed"_s) {
        return {0xd6, 0x45, 0x41};
    }
    if (status == u"running"_s) {
        return {0x2f, 0x7b, 0xd8};
    }
    return {0x6b, 0x76, 0x82};
}

} // namespace

TasksPanel::TasksPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"essTasksPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"tasksTree"_s);
    m_tree->setHeaderLabels({tr("Name"), tr("Description"), tr("Last status"), tr("Last run"), tr("Action")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(NameColumn, 170);
    m_tree->setColumnWidth(DescriptionColumn, 320);
    m_tree->setColumnWidth(StatusColumn, 110);
    m_tree->setColumnWidth(LastRunColumn, 150);
    layout->addWidget(m_tree, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Shift-click or Ctrl-click to select several tasks."), this));
    buttons->addStretch(1);
    const auto add = [this, buttons](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    m_run = add(tr("Run"), u"runButton"_s);
    m_properties = add(tr("Properties"), u"propertiesButton"_s);
    m_group = add(tr("Group"), u"groupButton"_s);
    m_ungroup = add(tr("Ungroup"), u"ungroupButton"_s);
    m_remove = add(tr("Remove"), u"removeButton"_s);
    m_information = add(tr("Information"), u"informationButton"_s);
    layout->addLayout(buttons);

    connect(m_run, &QPushButton::clicked, this, &TasksPanel::runSelected);
    connect(m_properties, &QPushButton::clicked, this, &TasksPanel::openProperties);
    connect(m_group, &QPushButton::clicked, this, &TasksPanel::groupSelected);
    connect(m_ungroup, &QPushButton::clicked, this, &TasksPanel::ungroupSelected);
    connect(m_remove, &QPushButton::clicked, this, &TasksPanel::removeSelected);
    connect(m_information, &QPushButton::clicked, this, &TasksPanel::openInformation);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &TasksPanel::updateButtons);
    updateButtons();
}

TasksPanel::~TasksPanel() = default;

QString TasksPanel::actionText(const SavedTask& task)
{
    if (task.isGroup()) {
        return tr("Group: its tasks run together");
    }
    const QJsonObject args = QJsonDocument::fromJson(task.arguments.toUtf8()).object();
    QStringList parts;
    for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isArray()) {
            QStringList items;
            for (const QJsonValue& item : v.toArray()) {
                items.append(item.toVariant().toString());
            }
            text = items.join(u", "_s);
        } else if (v.isBool()) {
            text = v.toBool() ? tr("yes") : tr("no");
        } else {
            text = v.toVariant().toString();
        }
        parts.append(u"%1 %2"_s.arg(it.key(), text));
    }
    const auto it = actionOfCommand().constFind(task.command);
    const QString verb = it != actionOfCommand().cend() ? TaskWizard::actionText(*it) : task.command;
    return parts.isEmpty() ? verb : u"%1 (%2)"_s.arg(verb, parts.join(u"; "_s));
}

QString TasksPanel::statusText(const SavedTask& task)
{
    if (task.lastStatus == u"successful"_s) {
        return tr("successful", "task status");
    }
    if (task.lastStatus == u"failed"_s) {
        return tr("failed", "task status");
    }
    if (task.lastStatus == u"running"_s) {
        return tr("running", "task status");
    }
    return tr("not run yet", "task status");
}

void TasksPanel::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    rebuild();
}

void TasksPanel::rebuild()
{
    const Configuration& config = m_snapshot->config;
    QList<SavedTask> tops;
    QMap<ObjectId, QList<SavedTask>> members;
    for (const SavedTask& t : config.tasks) {
        if (t.family != QLatin1String(kFamilyId)) {
            continue;
        }
        if (t.groupId != 0) {
            members[t.groupId].append(t);
        } else {
            tops.append(t);
        }
    }
    const auto byName = [](const SavedTask& a, const SavedTask& b) { return a.name < b.name; };
    std::sort(tops.begin(), tops.end(), byName);
    // Rebuild only when the rows change (ids and order): a rebuild would lose the selection.
    QList<ObjectId> wanted;
    for (const SavedTask& t : tops) {
        wanted.append(t.id);
        QList<SavedTask>& m = members[t.id];
        std::sort(m.begin(), m.end(), byName);
        for (const SavedTask& member : m) {
            wanted.append(member.id);
        }
    }
    QList<ObjectId> have;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        have.append((*it)->data(0, Qt::UserRole).toLongLong());
    }
    if (have != wanted) {
        const QStringList selected = selectedNames();
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        for (const SavedTask& t : tops) {
            auto* item = new QTreeWidgetItem(m_tree);
            item->setData(0, Qt::UserRole, t.id);
            for (const SavedTask& member : members.value(t.id)) {
                auto* child = new QTreeWidgetItem(item);
                child->setData(0, Qt::UserRole, member.id);
            }
            item->setExpanded(true);
        }
        selectNames(selected);
    }
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem* item = *it;
        const SavedTask t = config.tasks.value(item->data(0, Qt::UserRole).toLongLong());
        item->setText(NameColumn, t.name);
        item->setText(DescriptionColumn, t.description);
        item->setText(StatusColumn, statusText(t));
        item->setForeground(StatusColumn, statusColour(t.lastStatus));
        item->setToolTip(StatusColumn, t.lastReason);
        item->setText(LastRunColumn,
            t.lastRun.isValid() ? QLocale().toString(t.lastRun.toLocalTime(), QLocale::ShortFormat) : QString());
        item->setText(ActionColumn, actionText(t));
        item->setToolTip(ActionColumn, actionText(t));
    }
    updateButtons();
}

QStringList TasksPanel::selectedNames() const
{
    QStringList names;
    for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::Selected); *it; ++it) {
        names.append((*it)->text(NameColumn));
    }
    return names;
}

bool TasksPanel::selectNames(const QStringList& names)
{
    int found = 0;
    m_tree->clearSelection();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (names.contains((*it)->text(NameColumn))) {
            (*it)->setSelected(true);
            ++found;
        }
    }
    return found == names.size();
}

SavedTask TasksPanel::taskNamed(const QString& name) const
{
    for (const SavedTask& t : m_snapshot->config.tasks) {
        if (t.name == name && t.family == QLatin1String(kFamilyId)) {
            return t;
        }
    }
    return {};
}

QList<SavedTask> TasksPanel::selectedTasks() const
{
    QList<SavedTask> result;
    if (!m_snapshot) {
        return result;
    }
    for (const QString& name : selectedNames()) {
        result.append(taskNamed(name));
    }
    return result;
}

void TasksPanel::updateButtons()
{
    const QList<SavedTask> tasks = selectedTasks();
    const bool one = tasks.size() == 1;
    m_run->setEnabled(!tasks.isEmpty());
    m_properties->setEnabled(one);
    m_information->setEnabled(one);
    m_remove->setEnabled(!tasks.isEmpty());
    m_ungroup->setEnabled(one && tasks.first().isGroup());
    m_group->setEnabled(tasks.size() >= 2 && std::none_of(tasks.cbegin(), tasks.cend(), [](const SavedTask& t) {
        return t.isGroup() || t.groupId != 0;
    }));
    m_group->setToolTip(m_group->isEnabled()
            ? QString()
            : tr("Select two or more tasks that are not in a group (groups do not nest)."));
}

bool TasksPanel::overwritesVolumes(const SavedTask& task) const
{
    if (task.isGroup()) {
        return std::any_of(m_snapshot->config.tasks.cbegin(), m_snapshot->config.tasks.cend(),
            [&](const SavedTask& member) { return member.groupId == task.id && overwritesVolumes(member); });
    }
    if (task.command == u"essEstablishFlashCopy"_s) {
        return true;
    }
    const QJsonObject args = QJsonDocument::fromJson(task.arguments.toUtf8()).object();
    return task.command == u"essEstablishPprc"_s && args.value(u"copy"_s).toString(u"entire"_s) != u"none"_s;
}

void TasksPanel::runSelected()
{
    const QList<SavedTask> tasks = selectedTasks();
    if (tasks.isEmpty()) {
        return;
    }
    QStringList names;
    QStringList lines;
    bool overwrites = false;
    for (const SavedTask& t : tasks) {
        names.append(t.name);
        lines.append(u"• "_s + t.name + (t.description.isEmpty() ? QString() : u" — "_s + t.description));
        overwrites = overwrites || overwritesVolumes(t);
    }
    // The one rule of the console (issue 18): a task that establishes a FlashCopy pair or a PPRC pair that copies
    // overwrites its target volumes, so it asks for "Yes" typed, as the DS4000 Re-copy does; any other a question.
    // The ESS Specialist ran a saved task at once; Copyline asks, and offers the rs* CLI's rsExecuteTask.
    QString text = tr("Run %n task(s)?", nullptr, static_cast<int>(names.size())) + u"\n\n"_s + lines.join(u'\n');
    if (overwrites) {
        text += u"\n\n"_s
            + tr("A FlashCopy or PPRC pair that a task establishes overwrites the target volumes: what they hold now "
                 "is lost.");
    }
    if (!Confirm::ask(this, overwrites ? Consequence::LosesData : Consequence::ChangesState, tr("Run"), text,
            rsExecuteTaskCommand(names))) {
        return;
    }
    submitInOrder(m_connection, {{u"essRunTasks"_s, {{u"names"_s, QJsonArray::fromStringList(names)}}}}, this,
        [this](const QString& error) {
            if (!error.isEmpty()) {
                MessageBox::warning(this, tr("Run"), error);
            }
        });
}

void TasksPanel::openProperties()
{
    const QList<SavedTask> tasks = selectedTasks();
    if (tasks.size() != 1 || m_dialog) {
        return;
    }
    const SavedTask task = tasks.first();
    if (task.isGroup() || task.groupId != 0) {
        MessageBox::information(this, tr("Properties"), tr("Ungroup the task before changing its properties."));
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"essTaskPropertiesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Task properties — %1").arg(task.name));
    auto* layout = new QVBoxLayout(dialog);
    auto* form = new QFormLayout;
    auto* name = new QLineEdit(task.name, dialog);
    name->setObjectName(u"taskNameLineEdit"_s);
    auto* description = new QLineEdit(task.description, dialog);
    description->setObjectName(u"taskDescriptionLineEdit"_s);
    auto* arguments = new QPlainTextEdit(
        QString::fromUtf8(QJsonDocument::fromJson(task.arguments.toUtf8()).toJson(QJsonDocument::Indented)), dialog);
    arguments->setObjectName(u"argumentsTextEdit"_s);
    form->addRow(tr("Task Name:"), name);
    form->addRow(tr("Task Description:"), description);
    form->addRow(tr("Action:"),
        new QLabel(actionOfCommand().contains(task.command)
                ? TaskWizard::actionText(actionOfCommand().value(task.command))
                : task.command,
            dialog));
    form->addRow(tr("Options:"), arguments);
    layout->addLayout(form);
    auto* hint = new QLabel(dialog);
    hint->setObjectName(u"errorLabel"_s);
    hint->setWordWrap(true);
    hint->setStyleSheet(Theme::css(u"color: #c0392b;"_s));
    layout->addWidget(hint);
    auto* buttons = new QDialogButtonBox(dialog);
    QPushButton* replace = buttons->addButton(tr("Replace"), QDialogButtonBox::AcceptRole);
    replace->setObjectName(u"replaceButton"_s);
    QPushButton* create = buttons->addButton(tr("New"), QDialogButtonBox::ActionRole);
    create->setObjectName(u"newButton"_s);
    QPushButton* remove = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(u"deleteButton"_s);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const auto submit = [this, dialog, hint](QList<CommandRequest> requests) {
        hint->clear();
        submitInOrder(m_connection, std::move(requests), dialog, [dialog, hint](const QString& error) {
            if (error.isEmpty()) {
                dialog->accept();
            } else {
                hint->setText(error);
            }
        });
    };
    const auto save = [task, name, description, arguments, hint](bool replacing) -> std::optional<CommandRequest> {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(arguments->toPlainText().toUtf8(), &parseError);
        if (!doc.isObject()) {
            hint->setText(tr("The options are not a JSON object: %1").arg(parseError.errorString()));
            return std::nullopt;
        }
        if (const QString problem = TaskWizard::taskNameProblem(name->text().trimmed()); !problem.isEmpty()) {
            hint->setText(problem);
            return std::nullopt;
        }
        return CommandRequest {u"essSaveTask"_s,
            {{u"name"_s, name->text().trimmed()}, {u"description"_s, description->text().trimmed()},
                {u"command"_s, task.command}, {u"arguments"_s, doc.object()}, {u"replace"_s, replacing}}};
    };
    connect(replace, &QPushButton::clicked, dialog, [task, name, save, submit] {
        if (const auto request = save(true)) {
            QList<CommandRequest> requests {*request};
            if (name->text().trimmed() != task.name) {
                requests.append({u"essRemoveTask"_s, {{u"name"_s, task.name}}}); // renamed: the old one goes
            }
            submit(requests);
        }
    });
    connect(create, &QPushButton::clicked, dialog, [save, submit] {
        if (const auto request = save(false)) {
            submit({*request});
        }
    });
    connect(remove, &QPushButton::clicked, dialog, [task, submit] {
        submit({{u"essRemoveTask"_s, {{u"name"_s, task.name}}}});
    });
    dialog->setMinimumSize(480, 360);
    m_dialog = dialog;
    dialog->open();
}

void TasksPanel::groupSelected()
{
    const QStringList members = selectedNames();
    if (members.size() < 2 || m_dialog) {
        return;
    }
    auto* dialog = new RequestDialog(m_connection, tr("Group"), u"essGroupTasksDialog"_s, this);
    auto* form = new QFormLayout;
    auto* name = new QLineEdit(dialog);
    name->setObjectName(u"groupNameLineEdit"_s);
    form->addRow(tr("Group name:"), name);
    dialog->content()->addWidget(new QLabel(tr("Tasks: %1").arg(members.join(u", "_s)), dialog));
    dialog->content()->addLayout(form);
    dialog->setValidator([name] { return TaskWizard::taskNameProblem(name->text().trimmed()); });
    connect(name, &QLineEdit::textChanged, dialog, &RequestDialog::revalidate);
    dialog->setRequests([name, members] {
        return QList<CommandRequest> {{u"essGroupTasks"_s,
            {{u"name"_s, name->text().trimmed()}, {u"members"_s, QJsonArray::fromStringList(members)}}}};
    });
    m_dialog = dialog;
    dialog->open();
}

void TasksPanel::ungroupSelected()
{
    const QList<SavedTask> tasks = selectedTasks();
    if (tasks.size() != 1 || !tasks.first().isGroup()) {
        return;
    }
    submitInOrder(
        m_connection, {{u"essUngroupTasks"_s, {{u"name"_s, tasks.first().name}}}}, this, [this](const QString& error) {
            if (!error.isEmpty()) {
                MessageBox::warning(this, tr("Ungroup"), error);
            }
        });
}

void TasksPanel::removeSelected()
{
    const QStringList names = selectedNames();
    if (names.isEmpty()) {
        return;
    }
    // Members of a selected group go first: removing a group ungroups its members.
    QList<CommandRequest> requests;
    for (const QString& name : names) {
        requests.append({u"essRemoveTask"_s, {{u"name"_s, name}}});
    }
    if (!Confirm::ask(this, Consequence::ChangesState, tr("Remove"),
            tr("Remove the tasks %1?").arg(names.join(u", "_s)), equivalentOf(m_snapshot, requests))) {
        return;
    }
    submitInOrder(m_connection, requests, this, [this](const QString& error) {
        if (!error.isEmpty()) {
            MessageBox::warning(this, tr("Remove"), error);
        }
    });
}

void TasksPanel::openInformation()
{
    const QList<SavedTask> tasks = selectedTasks();
    if (tasks.size() != 1) {
        return;
    }
    if (m_dialog) {
        m_dialog->close();
    }
    const SavedTask task = tasks.first();
    QStringList lines {tr("Task %1: %2").arg(task.name, task.description)};
    if (task.isGroup()) {
        lines.append(tr("A group; its tasks:"));
        for (const SavedTask& t : m_snapshot->config.tasks) {
            if (t.groupId == task.id) {
                lines.append(u"  \u2022 %1: %2"_s.arg(t.name, actionText(t)));
            }
        }
    } else {
        lines.append(tr("Action: %1").arg(actionText(task)));
    }
    lines.append(tr("Last status: %1").arg(statusText(task)));
    if (!task.lastReason.isEmpty()) {
        lines.append(tr("Reason: %1").arg(task.lastReason));
    }
    if (task.lastRun.isValid()) {
        lines.append(tr("Last run: %1").arg(QLocale().toString(task.lastRun.toLocalTime(), QLocale::LongFormat)));
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"essTaskInformationDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Information — %1").arg(task.name));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QLabel(lines.join(u'\n'), dialog);
    text->setObjectName(u"informationLabel"_s);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(460);
    m_dialog = dialog;
    dialog->show();
}

} // namespace Copyline::EssUi
