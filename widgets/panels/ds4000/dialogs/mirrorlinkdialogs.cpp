// SPDX-License-Identifier: GPL-3.0-or-later
#include "mirrorlinkdialogs.h"

#include "api/units.h"
#include "common/formwidgets.h"
#include "common/icons.h"
#include "common/messagelabel.h"
#include "common/texts.h"
#include "panels/ds4000/rules/remotemirrorrules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using Rules = RemoteMirrorRules;

QString milliseconds(qint64 micros)
{
    if (micros < 0) {
        return CommunicationTestDialog::tr("Not measured", "round trip time");
    }
    return CommunicationTestDialog::tr("%1 ms").arg(QLocale().toString(static_cast<double>(micros) / 1000.0, 'f', 3));
}

// The guide's three values (spec §2.4.15), in English as the keys of value().
const char* const kTestData = QT_TRANSLATE_NOOP("Copyline::CommunicationTestDialog", "Test data round trip time");
const char* const kMaximum = QT_TRANSLATE_NOOP("Copyline::CommunicationTestDialog", "Maximum allowed round trip time");
const char* const kAverage = QT_TRANSLATE_NOOP("Copyline::CommunicationTestDialog", "Average round trip time");

double megabytes(qint64 bytes)
{
    return std::round(static_cast<double>(bytes) / static_cast<double>(MiB) * 10.0) / 10.0;
}

double roundTripMs(qint64 micros)
{
    return static_cast<double>(micros) / 1000.0;
}

void setLive(QLabel* label, bool up)
{
    const QString text = up ? RemoteMirrorLinkDialog::tr("carrying frames") : RemoteMirrorLinkDialog::tr("no frames");
    if (label->text() != text) {
        label->setText(text);
        label->setStyleSheet(u"QLabel { color: %1; font-weight: bold; }"_s.arg(
            (up ? Icons::Palette::optimal : Icons::Palette::failed).darker(120).name()));
    }
}

} // namespace

CommunicationTestDialog::CommunicationTestDialog(
    EngineConnection* connection, ObjectId subsystemId, ObjectId logicalDriveId, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
    , m_ldId(logicalDriveId)
{
    setObjectName(u"communicationTestDialog"_s);
    setWindowTitle(tr("Communication Test"));
    const Configuration& c = connection->snapshot()->config;
    const LogicalDrive ld = c.logicalDrives.value(logicalDriveId);
    m_name = ld.name;
    const Mirror m = c.mirrors.value(logicalDriveId);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    QLabel* intro
        = wrappedLabel(tr("Tests the communication between %1 on %2 and %3 on %4 over the remote mirror path "
                          "of controller %5: test data is sent and acknowledged, then ten bare round trips are "
                          "timed.")
                           .arg(ld.name, Texts::subsystemLabel(c.subsystems.value(m.subsystemId).name),
                               c.logicalDrives.value(m.remoteDriveId).name,
                               Texts::subsystemLabel(c.subsystems.value(m.remoteSubsystemId).name), ld.currentOwner),
            this, u"introLabel"_s);
    intro->setMinimumWidth(460);
    layout->addWidget(intro);
    auto* statusRow = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_icon->setFixedSize(36, 36);
    statusRow->addWidget(m_icon);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setStyleSheet(u"QLabel { font-size: 13pt; font-weight: bold; }"_s);
    statusRow->addWidget(m_statusLabel, 1);
    layout->addLayout(statusRow);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(16);
    const QStringList names {u"testDataRoundTripLabel"_s, u"maximumRoundTripLabel"_s, u"averageRoundTripLabel"_s};
    int i = 0;
    for (const char* key : {kTestData, kMaximum, kAverage}) {
        auto* value = new QLabel(this);
        value->setObjectName(names.at(i++));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values.insert(QString::fromLatin1(key), value);
        form->addRow(new QLabel(tr(key) + u':', this), value);
    }
    layout->addLayout(form);
    m_reason = wrappedLabel({}, this, u"reasonLabel"_s);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->hide();
    layout->addWidget(m_reason);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_again = buttons->addButton(tr("&Test Again"), QDialogButtonBox::ActionRole);
    m_again->setObjectName(u"testAgainButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_again, &QPushButton::clicked, this, &CommunicationTestDialog::runTest);
    layout->addWidget(buttons);
    resize(520, 340);
    runTest();
}

CommunicationTestDialog::~CommunicationTestDialog() = default;

QString CommunicationTestDialog::value(const QString& label) const
{
    const QLabel* l = m_values.value(label);
    return l ? l->text() : QString();
}

QString CommunicationTestDialog::reasonText() const
{
    return m_reason->isHidden() ? QString() : m_reason->text();
}

void CommunicationTestDialog::runTest()
{
    if (m_running || m_connection == nullptr) {
        return;
    }
    m_running = true;
    m_status.clear();
    m_again->setEnabled(false);
    m_icon->setPixmap(Icons::icon(u"mirror-synchronizing"_s).pixmap(32, 32));
    m_statusLabel->setText(tr("Testing…"));
    m_statusLabel->setStyleSheet(u"QLabel { font-size: 13pt; font-weight: bold; }"_s);
    for (QLabel* l : std::as_const(m_values)) {
        l->clear();
    }
    m_reason->hide();
    const CommandRequest request {u"diagnoseRemoteMirror"_s,
        {{u"subsystemId"_s, m_subsystemId}, {u"localLogicalDrive"_s, QJsonArray {m_name}},
            {u"testID"_s, u"connectivity"_s}}};
    m_connection->submit(request, this, [this](const CommandResult& result) { show(result); });
}

void CommunicationTestDialog::show(const CommandResult& result)
{
    m_running = false;
    m_again->setEnabled(true);
    if (!result.ok()) {
        m_status = u"Failed"_s;
        m_icon->setPixmap(Icons::icon(u"mirror-unsynchronized"_s).pixmap(32, 32));
        m_statusLabel->setText(tr("Failed", "communication test"));
        m_reason->setText(result.error.localizedMessage());
        m_reason->show();
        Q_EMIT finished();
        return;
    }
    const QJsonObject& d = result.data;
    m_status = d.value(u"status"_s).toString();
    QString icon = u"status-optimal"_s;
    QColor color = Icons::Palette::optimal;
    QString text = tr("Passed", "communication test");
    if (m_status == u"Passed with Caution"_s) {
        // Conflict C20: the guide's "Warning" state is shown as "Passed with Caution".
        icon = u"severity-warning"_s;
        color = Icons::Palette::warning;
        text = tr("Passed with Caution", "communication test");
    } else if (m_status == u"Failed"_s) {
        icon = u"status-attention"_s;
        color = Icons::Palette::failed;
        text = tr("Failed", "communication test");
    }
    m_icon->setPixmap(Icons::icon(icon).pixmap(32, 32));
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(
        u"QLabel { font-size: 13pt; font-weight: bold; color: %1; }"_s.arg(color.darker(125).name()));
    m_values.value(QString::fromLatin1(kTestData))
        ->setText(milliseconds(d.value(u"testDataRoundTripMicros"_s).toInteger(-1)));
    m_values.value(QString::fromLatin1(kMaximum))
        ->setText(milliseconds(d.value(u"maxAllowedRoundTripMicros"_s).toInteger(-1)));
    m_values.value(QString::fromLatin1(kAverage))
        ->setText(milliseconds(d.value(u"averageRoundTripMicros"_s).toInteger(-1)));
    QString reason;
    if (m_status == u"Failed"_s) {
        reason = tr("%1. The test goes on in the background until communication is restored; then the pair "
                    "resynchronizes by itself if its resynchronization is Automatic, otherwise select Resume. The "
                    "event log has the details (Recovery Guru).")
                     .arg(d.value(u"reason"_s).toString());
        QStringList steps;
        for (const auto& v : d.value(u"recovery"_s).toArray()) {
            steps.append(tr("%1. %2.", "numbered recovery step").arg(steps.size() + 1).arg(v.toString()));
        }
        if (!steps.isEmpty()) {
            reason += u"\n\n"_s + tr("Recovery:") + u'\n' + steps.join(u'\n');
        }
    } else if (m_status == u"Passed with Caution"_s) {
        const qint64 maximum = d.value(u"maxAllowedRoundTripMicros"_s).toInteger(-1);
        const qint64 measured = std::max(
            d.value(u"testDataRoundTripMicros"_s).toInteger(-1), d.value(u"averageRoundTripMicros"_s).toInteger(-1));
        reason = maximum > 0 && measured > maximum
            ? tr("The round trip time exceeds the maximum allowed: host writes to synchronous mirrors wait that long. "
                 "Consider asynchronous mirroring or a faster link.")
            : tr("The round trip time is approaching the maximum allowed (more than 75% of it): host writes to "
                 "synchronous mirrors wait that long. Consider asynchronous mirroring or a faster link.");
    }
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    Q_EMIT finished();
}

// ---------------------------------------------------------------------------------------------------------------

RemoteMirrorLinkDialog::RemoteMirrorLinkDialog(EngineConnection* connection, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
{
    setObjectName(u"remoteMirrorLinkDialog"_s);
    setWindowTitle(tr("Remote Mirror Link"));
    setWindowIcon(Icons::icon(u"feature-remotemirror-enabled-activated"_s));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    QLabel* intro
        = wrappedLabel(tr("Simulation: the Fibre Channel link between the mirror ports of two storage subsystems. "
                          "Controller A talks only to controller A, B only to B, so each path carries the pairs "
                          "whose logical drives that controller owns. Take a path down or let it flap to "
                          "rehearse a link failure; a pair notices on its next write."),
            this, u"introLabel"_s);
    intro->setMinimumWidth(560);
    layout->addWidget(intro);
    m_body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_body, 1);
    m_empty
        = wrappedLabel(tr("No remote mirror link exists. Links connect storage subsystems once Remote Logical Drive "
                          "Mirroring is activated on both."),
            this, u"noLinkLabel"_s);
    m_empty->hide();
    layout->addWidget(m_empty);
    m_error = makeMessageLabel(u"errorLabel"_s, MessageKind::Error, this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(QDialogButtonBox::Apply);
    m_apply->setObjectName(u"applyButton"_s);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(m_apply, &QPushButton::clicked, this, &RemoteMirrorLinkDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_poll = new QTimer(this);
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, &RemoteMirrorLinkDialog::poll);
    if (m_connection) {
        connect(m_connection, &EngineConnection::snapshotChanged, this, &RemoteMirrorLinkDialog::onSnapshot);
    }
    onSnapshot();
    resize(640, 520);
}

RemoteMirrorLinkDialog::~RemoteMirrorLinkDialog() = default;

void RemoteMirrorLinkDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_poll->start();
    poll();
}

void RemoteMirrorLinkDialog::hideEvent(QHideEvent* event)
{
    m_poll->stop();
    QDialog::hideEvent(event);
}

QComboBox* RemoteMirrorLinkDialog::pathCombo(ObjectId linkId, const QString& controller) const
{
    const auto it = m_links.constFind(linkId);
    return it == m_links.cend() ? nullptr : (controller == u"B"_s ? it->pathB : it->pathA);
}

QSpinBox* RemoteMirrorLinkDialog::bandwidthSpinBox(ObjectId linkId) const
{
    const auto it = m_links.constFind(linkId);
    return it == m_links.cend() ? nullptr : it->bandwidth;
}

QDoubleSpinBox* RemoteMirrorLinkDialog::roundTripSpinBox(ObjectId linkId) const
{
    const auto it = m_links.constFind(linkId);
    return it == m_links.cend() ? nullptr : it->roundTrip;
}

QSpinBox* RemoteMirrorLinkDialog::maxRoundTripSpinBox(ObjectId linkId) const
{
    const auto it = m_links.constFind(linkId);
    return it == m_links.cend() ? nullptr : it->maxRoundTrip;
}

QSpinBox* RemoteMirrorLinkDialog::flapPeriodSpinBox(ObjectId linkId) const
{
    const auto it = m_links.constFind(linkId);
    return it == m_links.cend() ? nullptr : it->flapPeriod;
}

QComboBox* RemoteMirrorLinkDialog::transportCombo(ObjectId linkId) const
{
    const auto it = m_links.constFind(linkId);
    return it == m_links.cend() ? nullptr : it->transport;
}

QLabel* RemoteMirrorLinkDialog::liveLabel(ObjectId linkId, const QString& controller) const
{
    const auto it = m_links.constFind(linkId);
    return it == m_links.cend() ? nullptr : (controller == u"B"_s ? it->liveB : it->liveA);
}

QLabel* RemoteMirrorLinkDialog::bytesSentLabel(ObjectId linkId) const
{
    const auto it = m_links.constFind(linkId);
    return it == m_links.cend() ? nullptr : it->bytesSent;
}

QString RemoteMirrorLinkDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RemoteMirrorLinkDialog::rebuild()
{
    const Configuration& c = m_connection->snapshot()->config;
    for (Editors& e : m_links) {
        e.box->deleteLater();
    }
    m_links.clear();
    auto* bodyLayout = qobject_cast<QVBoxLayout*>(m_body->layout());
    for (const MirrorLink& link : c.mirrorLinks) {
        Editors e;
        const QString a = c.subsystems.value(link.subsystemA).name;
        const QString b = c.subsystems.value(link.subsystemB).name;
        e.box = new QGroupBox(
            tr("%1 ⇄ %2", "link between subsystems").arg(Texts::subsystemLabel(a), Texts::subsystemLabel(b)), m_body);
        e.box->setObjectName(u"linkGroupBox%1"_s.arg(link.id));
        auto* grid = new QGridLayout(e.box);
        grid->setHorizontalSpacing(12);
        grid->setVerticalSpacing(8);
        int row = 0;
        auto addPath = [&](const QString& controller, QComboBox*& combo, QLabel*& live) {
            combo = new QComboBox(e.box);
            combo->setObjectName(u"path%1ComboBox"_s.arg(controller));
            for (const LinkPathState s : {LinkPathState::Up, LinkPathState::Down, LinkPathState::Flapping}) {
                combo->addItem(Rules::pathStateText(s), static_cast<int>(s));
            }
            live = new QLabel(e.box);
            live->setObjectName(u"path%1LiveLabel"_s.arg(controller));
            live->setMinimumWidth(130);
            auto* label = new QLabel(tr("Path &%1 (controller %1 ↔ controller %1):").arg(controller), e.box);
            label->setBuddy(combo);
            grid->addWidget(label, row, 0, Qt::AlignRight);
            grid->addWidget(combo, row, 1);
            grid->addWidget(live, row, 2);
            ++row;
            connect(combo, &QComboBox::currentIndexChanged, this, &RemoteMirrorLinkDialog::updateApply);
        };
        addPath(u"A"_s, e.pathA, e.liveA);
        addPath(u"B"_s, e.pathB, e.liveB);
        e.bandwidth = new QSpinBox(e.box);
        e.bandwidth->setObjectName(u"bandwidthSpinBox"_s);
        e.bandwidth->setRange(0, 100000);
        e.bandwidth->setSuffix(tr(" MB/s"));
        e.bandwidth->setSpecialValueText(tr("Unlimited"));
        e.bandwidth->setAlignment(Qt::AlignRight);
        e.roundTrip = new QDoubleSpinBox(e.box);
        e.roundTrip->setObjectName(u"roundTripSpinBox"_s);
        e.roundTrip->setRange(0, 600000);
        e.roundTrip->setDecimals(3);
        e.roundTrip->setSuffix(tr(" ms"));
        e.roundTrip->setAlignment(Qt::AlignRight);
        e.maxRoundTrip = new QSpinBox(e.box);
        e.maxRoundTrip->setObjectName(u"maxRoundTripSpinBox"_s);
        e.maxRoundTrip->setRange(1, 600000);
        e.maxRoundTrip->setSuffix(tr(" ms"));
        e.maxRoundTrip->setAlignment(Qt::AlignRight);
        e.flapPeriod = new QSpinBox(e.box);
        e.flapPeriod->setObjectName(u"flapPeriodSpinBox"_s);
        e.flapPeriod->setRange(1, 600000);
        e.flapPeriod->setSuffix(tr(" ms"));
        e.flapPeriod->setAlignment(Qt::AlignRight);
        e.transport = new QComboBox(e.box);
        e.transport->setObjectName(u"transportComboBox"_s);
        e.transport->addItem(tr("In process"), static_cast<int>(LinkTransport::InProcess));
        e.transport->addItem(tr("TCP"), static_cast<int>(LinkTransport::Tcp));
        const QList<QPair<QString, QWidget*>> fields {{tr("&Bandwidth:"), e.bandwidth},
            {tr("&Round trip:"), e.roundTrip}, {tr("&Maximum allowed round trip:"), e.maxRoundTrip},
            {tr("&Flap period:"), e.flapPeriod}, {tr("&Transport:"), e.transport}};
        const QStringList notes {tr("0 = as fast as the volume files go"), tr("what each remote write waits for"),
            tr("the Communication Test's limit"), tr("how long a flapping path stays up, then down"),
            tr("TCP: every transfer crosses a real connection (checksummed frames, keyed peers)")};
        for (qsizetype i = 0; i < fields.size(); ++i) {
            auto* label = new QLabel(fields.at(i).first, e.box);
            label->setBuddy(fields.at(i).second);
            fields.at(i).second->setMinimumWidth(130);
            grid->addWidget(label, row, 0, Qt::AlignRight);
            grid->addWidget(fields.at(i).second, row, 1);
            auto* note = new QLabel(notes.at(i), e.box);
            note->setStyleSheet(u"QLabel { color: #4a5968; }"_s);
            grid->addWidget(note, row, 2);
            ++row;
        }
        connect(e.bandwidth, &QSpinBox::valueChanged, this, &RemoteMirrorLinkDialog::updateApply);
        connect(e.roundTrip, &QDoubleSpinBox::valueChanged, this, &RemoteMirrorLinkDialog::updateApply);
        connect(e.maxRoundTrip, &QSpinBox::valueChanged, this, &RemoteMirrorLinkDialog::updateApply);
        connect(e.flapPeriod, &QSpinBox::valueChanged, this, &RemoteMirrorLinkDialog::updateApply);
        connect(e.transport, &QComboBox::currentIndexChanged, this, &RemoteMirrorLinkDialog::updateApply);
        grid->addWidget(new QLabel(tr("Data sent:"), e.box), row, 0, Qt::AlignRight);
        e.bytesSent = new QLabel(tr("—"), e.box);
        e.bytesSent->setObjectName(u"bytesSentLabel"_s);
        grid->addWidget(e.bytesSent, row, 1, 1, 2);
        grid->setColumnStretch(2, 1);
        bodyLayout->addWidget(e.box);
        follow(e, link, true);
        m_links.insert(link.id, e);
    }
    bodyLayout->addStretch(1);
    m_empty->setVisible(m_links.isEmpty());
}

void RemoteMirrorLinkDialog::follow(Editors& e, const MirrorLink& link, bool force)
{
    // A field the user has not edited takes the engine's value; an edited one keeps the user's until Apply.
    auto combo = [force](QComboBox* box, LinkPathState was, LinkPathState now) {
        if (force || box->currentData().toInt() == static_cast<int>(was)) {
            box->setCurrentIndex(box->findData(static_cast<int>(now)));
        }
    };
    combo(e.pathA, e.engine.pathA, link.pathA);
    combo(e.pathB, e.engine.pathB, link.pathB);
    if (force || e.bandwidth->value() == static_cast<int>(megabytes(e.engine.bandwidth))) {
        e.bandwidth->setValue(static_cast<int>(megabytes(link.bandwidth)));
    }
    if (force || std::abs(e.roundTrip->value() - roundTripMs(e.engine.roundTripMicros)) < 0.0005) {
        e.roundTrip->setValue(roundTripMs(link.roundTripMicros));
    }
    if (force || e.maxRoundTrip->value() == static_cast<int>(e.engine.maxRoundTripMicros / 1000)) {
        e.maxRoundTrip->setValue(static_cast<int>(link.maxRoundTripMicros / 1000));
    }
    if (force || e.flapPeriod->value() == static_cast<int>(e.engine.flapPeriodMillis)) {
        e.flapPeriod->setValue(static_cast<int>(link.flapPeriodMillis));
    }
    if (force || e.transport->currentData().toInt() == static_cast<int>(e.engine.transport)) {
        e.transport->setCurrentIndex(e.transport->findData(static_cast<int>(link.transport)));
    }
    e.engine = link;
}

MirrorLink RemoteMirrorLinkDialog::edited(const Editors& e, const MirrorLink& base) const
{
    MirrorLink l = base;
    l.pathA = static_cast<LinkPathState>(e.pathA->currentData().toInt());
    l.pathB = static_cast<LinkPathState>(e.pathB->currentData().toInt());
    if (e.bandwidth->value() != static_cast<int>(megabytes(base.bandwidth))) {
        l.bandwidth = static_cast<qint64>(e.bandwidth->value()) * MiB;
    }
    if (std::abs(e.roundTrip->value() - roundTripMs(base.roundTripMicros)) >= 0.0005) {
        l.roundTripMicros = std::llround(e.roundTrip->value() * 1000.0);
    }
    if (e.maxRoundTrip->value() != static_cast<int>(base.maxRoundTripMicros / 1000)) {
        l.maxRoundTripMicros = static_cast<qint64>(e.maxRoundTrip->value()) * 1000;
    }
    l.flapPeriodMillis = e.flapPeriod->value();
    l.transport = static_cast<LinkTransport>(e.transport->currentData().toInt());
    return l;
}

void RemoteMirrorLinkDialog::onSnapshot()
{
    const Configuration& c = m_connection->snapshot()->config;
    if (c.mirrorLinks.keys() != m_links.keys()) {
        rebuild();
    } else {
        for (auto it = m_links.begin(); it != m_links.end(); ++it) {
            follow(*it, c.mirrorLinks.value(it.key()), false);
        }
    }
    for (Editors& e : m_links) {
        const bool flapping = static_cast<LinkPathState>(e.pathA->currentData().toInt()) == LinkPathState::Flapping
            || static_cast<LinkPathState>(e.pathB->currentData().toInt()) == LinkPathState::Flapping;
        e.flapPeriod->setEnabled(flapping);
    }
    updateApply();
}

void RemoteMirrorLinkDialog::updateApply()
{
    bool changed = false;
    for (const Editors& e : std::as_const(m_links)) {
        changed = changed || !(edited(e, e.engine) == e.engine);
        const bool flapping = static_cast<LinkPathState>(e.pathA->currentData().toInt()) == LinkPathState::Flapping
            || static_cast<LinkPathState>(e.pathB->currentData().toInt()) == LinkPathState::Flapping;
        e.flapPeriod->setEnabled(flapping);
    }
    m_apply->setEnabled(changed && m_pending == 0);
}

void RemoteMirrorLinkDialog::apply()
{
    if (m_pending > 0 || m_connection == nullptr) {
        return;
    }
    const Configuration& c = m_connection->snapshot()->config;
    QList<CommandRequest> requests;
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        const MirrorLink want = edited(*it, it->engine);
        if (want == it->engine) {
            continue;
        }
        QJsonObject base {{u"subsystemId"_s, want.subsystemA},
            {u"remoteStorageSubsystemName"_s, c.subsystems.value(want.subsystemB).name},
            {u"bandwidth"_s, want.bandwidth}, {u"roundTripMicros"_s, want.roundTripMicros},
            {u"maxRoundTrip"_s, want.maxRoundTripMicros / 1000}, {u"flapPeriod"_s, want.flapPeriodMillis},
            {u"transport"_s, enumName(want.transport)}};
        if (want.pathA == want.pathB) {
            base.insert(u"controller"_s, u"both"_s);
            base.insert(u"state"_s, enumName(want.pathA));
            requests.append({u"setRemoteMirrorLink"_s, base});
        } else {
            QJsonObject a = base;
            a.insert(u"controller"_s, u"A"_s);
            a.insert(u"state"_s, enumName(want.pathA));
            requests.append({u"setRemoteMirrorLink"_s, a});
            QJsonObject b = base;
            b.insert(u"controller"_s, u"B"_s);
            b.insert(u"state"_s, enumName(want.pathB));
            requests.append({u"setRemoteMirrorLink"_s, b});
        }
    }
    if (requests.isEmpty()) {
        return;
    }
    m_error->hide();
    m_pending = static_cast<int>(requests.size());
    updateApply();
    auto failures = std::make_shared<QStringList>();
    // The engine runs commands in the order they are submitted.
    for (const CommandRequest& request : std::as_const(requests)) {
        m_connection->submit(request, this, [this, failures](const CommandResult& result) {
            if (!result.ok()) {
                failures->append(result.error.localizedMessage());
            }
            if (--m_pending == 0) {
                if (!failures->isEmpty()) {
                    m_error->setText(failures->join(u'\n'));
                    m_error->show();
                }
                // The snapshot with the new settings may have come before the answer: the fields follow it now.
                const Configuration& now = m_connection->snapshot()->config;
                for (auto it = m_links.begin(); it != m_links.end(); ++it) {
                    follow(*it, now.mirrorLinks.value(it.key()), failures->isEmpty());
                }
                updateApply();
                poll();
            }
        });
    }
}

void RemoteMirrorLinkDialog::poll()
{
    if (m_polling || m_connection == nullptr || m_links.isEmpty()) {
        return;
    }
    const Configuration& c = m_connection->snapshot()->config;
    QSet<ObjectId> subsystems;
    for (const Editors& e : std::as_const(m_links)) {
        subsystems.insert(e.engine.subsystemA);
    }
    m_polling = true;
    auto pending = std::make_shared<int>(static_cast<int>(subsystems.size()));
    for (const ObjectId subsystem : std::as_const(subsystems)) {
        const CommandRequest request {u"showRemoteMirrorLinks"_s, {{u"subsystemId"_s, subsystem}}};
        m_connection->submit(request, this, [this, pending, c](const CommandResult& result) {
            if (--*pending == 0) {
                m_polling = false;
            }
            if (!result.ok()) {
                return;
            }
            for (const auto& v : result.data.value(u"links"_s).toArray()) {
                const QJsonObject o = v.toObject();
                const Subsystem* a = c.subsystemByName(o.value(u"storageSubsystemA"_s).toString());
                const Subsystem* b = c.subsystemByName(o.value(u"storageSubsystemB"_s).toString());
                const MirrorLink* link = a && b ? c.linkBetween(a->id, b->id) : nullptr;
                if (link == nullptr || !m_links.contains(link->id)) {
                    continue;
                }
                Editors& e = m_links[link->id];
                setLive(e.liveA, o.value(u"pathAUp"_s).toBool());
                setLive(e.liveB, o.value(u"pathBUp"_s).toBool());
                const QString sent = formatBytes(o.value(u"bytesSent"_s).toInteger(), QLocale());
                const QJsonObject wire = o.value(u"wire"_s).toObject();
                if (wire.isEmpty()) {
                    e.bytesSent->setText(sent);
                } else {
                    const QString peer
                        = u"%1:%2"_s.arg(wire.value(u"address"_s).toString()).arg(wire.value(u"port"_s).toInt());
                    e.bytesSent->setText(wire.value(u"connected"_s).toBool()
                            ? tr("%1 over TCP to %2 (connected)").arg(sent, peer)
                            : tr("%1 over TCP to %2 (not connected)").arg(sent, peer));
                }
            }
        });
    }
}

} // namespace Copyline
