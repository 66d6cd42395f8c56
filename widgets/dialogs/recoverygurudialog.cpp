// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverygurudialog.h"

#include "common/icons.h"
#include "views/panetitle.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr int KeyRole = Qt::UserRole + 1;

QString iconFor(const RecoveryProblem& p)
{
    if (p.kind.startsWith(u"flashCopy"_s)) {
        return u"flashcopy-failed"_s;
    }
    if (p.kind == u"repositoryFull"_s) {
        return u"flashcopy-repository-full"_s;
    }
    if (p.kind == u"repositoryThreshold"_s) {
        return u"flashcopy-repository-warning"_s;
    }
    if (p.kind == u"volumeCopyFailed"_s) {
        return u"copy-failed"_s;
    }
    if (p.kind == u"mirrorUnsynchronized"_s) {
        return u"mirror-unsynchronized"_s;
    }
    if (p.kind == u"mirrorUnresponsive"_s) {
        return u"mirror-unresponsive"_s;
    }
    if (p.kind == u"dualPrimary"_s || p.kind == u"dualSecondary"_s) {
        return u"mirror-dual-role"_s;
    }
    if (p.kind == u"logicalDriveFailed"_s) {
        return p.status == u"Missing"_s ? u"logical-drive-missing"_s : u"logical-drive-failed"_s;
    }
    if (p.kind == u"driveFailed"_s) {
        return u"drive-failed"_s;
    }
    return u"status-attention"_s;
}

QTextBrowser* textPane(const QString& objectName, QWidget* parent)
{
    auto* view = new QTextBrowser(parent);
    view->setObjectName(objectName);
    view->setOpenLinks(false);
    view->setFrameShape(QFrame::StyledPanel);
    return view;
}

} // namespace

RecoveryGuruDialog::RecoveryGuruDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"recoveryGuruDialog"_s);
    setWindowTitle(tr("Recovery Guru"));
    setWindowIcon(Icons::icon(u"status-attention"_s));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"recoveryProblemList"_s);
    m_list->setIconSize({20, 20});
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Problems"));
    m_list->setMinimumWidth(240);

    m_right = new QStackedWidget(this);
    m_noFailures = new QLabel(m_right);
    m_noFailures->setObjectName(u"noFailuresLabel"_s);
    m_noFailures->setAlignment(Qt::AlignCenter);
    m_noFailures->setWordWrap(true);
    m_noFailures->setMargin(24);
    m_right->addWidget(m_noFailures);

    auto* procedurePage = new QSplitter(Qt::Vertical, m_right);
    procedurePage->setChildrenCollapsible(false);
    auto* summary = new QWidget(procedurePage);
    auto* form = new QFormLayout(summary);
    form->setContentsMargins(8, 6, 8, 6);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_subsystem = new QLabel(summary);
    m_subsystem->setObjectName(u"summarySubsystemLabel"_s);
    m_component = new QLabel(summary);
    m_component->setObjectName(u"summaryComponentLabel"_s);
    m_status = new QLabel(summary);
    m_status->setObjectName(u"summaryStatusLabel"_s);
    for (QLabel* label : {m_subsystem, m_component, m_status}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    form->addRow(tr("Storage subsystem:"), m_subsystem);
    form->addRow(tr("Component reporting problem:"), m_component);
    form->addRow(tr("Status:"), m_status);
    summary->setMinimumHeight(summary->sizeHint().height());
    m_details = textPane(u"recoveryDetailsView"_s, procedurePage);
    m_procedure = textPane(u"recoveryProcedureView"_s, procedurePage);
    procedurePage->addWidget(titledPane(tr("Summary"), summary, procedurePage));
    procedurePage->addWidget(titledPane(tr("Details"), m_details, procedurePage));
    procedurePage->addWidget(titledPane(tr("Recovery Procedure"), m_procedure, procedurePage));
    procedurePage->setStretchFactor(0, 0);
    procedurePage->setStretchFactor(1, 1);
    procedurePage->setStretchFactor(2, 3);
    procedurePage->setSizes({90, 110, 330});
    m_right->addWidget(procedurePage);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"recoveryGuruSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(titledPane(tr("Problems"), m_list, splitter));
    splitter->addWidget(m_right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 620});

    m_checked = new QLabel(this);
    m_checked->setObjectName(u"lastCheckedLabel"_s);
    m_checked->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(this);
    m_recheck = buttons->addButton(tr("&Recheck"), QDialogButtonBox::ActionRole);
    m_recheck->setObjectName(u"recheckButton"_s);
    m_recheck->setToolTip(tr("Checks the storage subsystem again; a problem that has been fixed leaves the list."));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_checked, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryGuruDialog::showCurrent);
    connect(m_recheck, &QPushButton::clicked, this, &RecoveryGuruDialog::recheckRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(960, 600);
}

RecoveryGuruDialog::~RecoveryGuruDialog() = default;

void RecoveryGuruDialog::setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId)
{
    m_snapshot = snapshot;
    const bool otherSubsystem = subsystemId != m_subsystemId;
    m_subsystemId = subsystemId;
    m_checked->setText(tr("Last checked: %1").arg(QLocale().toString(QTime::currentTime(), QLocale::LongFormat)));
    QList<RecoveryProblem> problems = snapshot ? snapshot->problemsOf(subsystemId) : QList<RecoveryProblem>();
    if (m_built && !otherSubsystem && problems == m_problems) {
        return; // nothing changed: no redraw, the reader keeps the scroll position
    }
    m_problems = std::move(problems);
    m_built = true;
    rebuild();
}

void RecoveryGuruDialog::rebuild()
{
    const QString keep = currentKey();
    const QString subsystem = m_snapshot ? m_snapshot->config.subsystems.value(m_subsystemId).name : QString();
    setWindowTitle(subsystem.isEmpty() ? tr("Recovery Guru") : tr("Recovery Guru - %1").arg(subsystem));
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const RecoveryProblem& p : std::as_const(m_problems)) {
            auto* item = new QListWidgetItem(Icons::icon(iconFor(p)), p.title, m_list);
            item->setData(KeyRole, p.key);
            item->setToolTip(p.summary);
        }
        if (m_problems.isEmpty()) {
            auto* item = new QListWidgetItem(Icons::icon(u"status-optimal"_s), tr("No failures detected"), m_list);
            item->setFlags(Qt::ItemIsEnabled);
        }
    }
    if (m_problems.isEmpty()) {
        m_noFailures->setText(
            tr("No failures were detected on the storage subsystem.\n\nStorage subsystem %1 is Optimal.")
                .arg(subsystem));
        m_right->setCurrentIndex(0);
        return;
    }
    m_right->setCurrentIndex(1);
    int row = 0;
    for (int i = 0; i < m_problems.size(); ++i) {
        row = m_problems[i].key == keep ? i : row;
    }
    m_list->setCurrentRow(row);
    showCurrent();
}

void RecoveryGuruDialog::showCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_problems.size()) {
        m_subsystem->clear();
        m_component->clear();
        m_status->clear();
        m_details->clear();
        m_procedure->clear();
        return;
    }
    const RecoveryProblem& p = m_problems[row];
    m_subsystem->setText(m_snapshot ? m_snapshot->config.subsystems.value(m_subsystemId).name : QString());
    m_component->setText(p.component);
    m_status->setText(p.status);

    QString details = u"<p>%1</p><ul>"_s.arg(tr("Affected objects:").toHtmlEscaped());
    for (const QString& name : p.objectNames) {
        details += u"<li>%1</li>"_s.arg(name.toHtmlEscaped());
    }
    details += u"</ul>"_s;
    m_details->setHtml(details);

    QString html = u"<h3>%1</h3>"_s.arg(p.title.toHtmlEscaped());
    html += u"<p><b>%1</b><br/>%2</p>"_s.arg(tr("What caused the problem?").toHtmlEscaped(), p.cause.toHtmlEscaped());
    html += u"<p><b>%1</b></p><ol>"_s.arg(tr("Recovery steps").toHtmlEscaped());
    for (const QString& step : p.steps) {
        html += u"<li style=\"margin-bottom: 4px\">%1</li>"_s.arg(step.toHtmlEscaped());
    }
    html += u"</ol>"_s;
    m_procedure->setHtml(html);
}

bool RecoveryGuruDialog::selectProblem(const QString& key)
{
    for (int i = 0; i < m_problems.size(); ++i) {
        if (m_problems[i].key == key) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString RecoveryGuruDialog::currentKey() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_problems.size() ? m_problems[row].key : QString();
}

QStringList RecoveryGuruDialog::problemKeys() const
{
    QStringList keys;
    for (const RecoveryProblem& p : m_problems) {
        keys.append(p.key);
    }
    return keys;
}

QString RecoveryGuruDialog::summaryText() const
{
    return QStringList {m_subsystem->text(), m_component->text(), m_status->text()}.join(u'\n');
}

} // namespace Copyline
