// SPDX-License-Identifier: GPL-3.0-or-later
// Dark mode (issue 18): under a dark Fusion palette the console's light-palette colours (pane title bars, muted
// labels, the physical view's cards, the Recovery Guru) are derived from the palette, and under a light palette
// they stay exactly as drawn. COPYLINE_DARK_SHOT=<file.png> saves a picture of the main window.
#include "common/theme.h"
#include "dialogs/recoverygurudialog.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/statusarea.h"
#include "util/bytesize.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

QPalette darkFusionPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7f, 0x7f, 0x7f));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7f, 0x7f, 0x7f));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7f, 0x7f, 0x7f));
    return p;
}

/** The colour a style sheet gives to "color:" (the first one), invalid if none. */
QColor styleSheetColor(const QWidget* w)
{
    static const QRegularExpression color(u"(?:^|[;{ ])color:\\s*(#[0-9a-fA-F]{6})"_s);
    const QRegularExpressionMatch m = color.match(w->styleSheet());
    return m.hasMatch() ? QColor::fromString(m.captured(1)) : QColor();
}

/** The lightness (0-255) of the middle of @p w as drawn. */
int drawnLightness(QWidget* w, QPoint at = {-1, -1})
{
    const QImage image = w->grab().toImage();
    const QPoint p = at.x() < 0 ? QPoint(image.width() / 2, image.height() / 2) : at;
    return QColor(image.pixel(p)).lightness();
}

} // namespace

class TestDarkMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lightPaletteKeepsTheColoursAsDrawn();
    void darkPaletteDerivesTheColours();
    void mainWindowAndRecoveryGuruAreDark();

private:
    QPalette m_light;
};

void TestDarkMode::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    m_light = QApplication::style()->standardPalette();
    QApplication::setPalette(darkFusionPalette());
    QVERIFY(Theme::isDark());
}

void TestDarkMode::lightPaletteKeepsTheColoursAsDrawn()
{
    QVERIFY(!Theme::isDark(m_light));
    const QString sheet = u"QLabel { color: #4a5968; background: #fdecea; border: 1px solid #f1b8b4; }"_s;
    QCOMPARE(Theme::css(sheet, m_light), sheet);
    QCOMPARE(Theme::adapt(QColor(0xf4, 0xf6, 0xf8), m_light), QColor(0xf4, 0xf6, 0xf8));
}

void TestDarkMode::darkPaletteDerivesTheColours()
{
    const QPalette dark = darkFusionPalette();
    // Dark text becomes light text, light surfaces dark ones; hues stay (red stays red).
    QVERIFY(Theme::adapt(QColor(0x4a, 0x59, 0x68), dark).lightness() > 150);
    QVERIFY(Theme::adapt(QColor(0xee, 0xf2, 0xf6), dark).lightness() < 90);
    const QColor red = Theme::adapt(QColor(0xb3, 0x26, 0x1e), dark);
    QVERIFY(red.lightness() > 140);
    QVERIFY(red.hue() < 15 || red.hue() > 345);
    const QString sheet = Theme::css(u"QLabel { color: #b3261e; background: #fdecea; }"_s, dark);
    QVERIFY2(!sheet.contains(u"#b3261e"_s) && !sheet.contains(u"#fdecea"_s), qPrintable(sheet));
    // A deliberately dark navigation bar is left as it is.
    const QString navigation = u"QListWidget { background: #2b3a4a; color: #e8eef4; }"_s;
    QCOMPARE(Theme::css(navigation, dark), navigation);
}

void TestDarkMode::mainWindowAndRecoveryGuruAreDark()
{
    GuiTest::Workspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    // A failed FlashCopy, so that the Needs Attention indicator and the Recovery Guru have something to show.
    const auto run = [&ws](const QString& name, const QJsonObject& args) {
        const CommandResult r = ws.run(name, args);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
    };
    run(u"createLogicalDrive"_s,
        {{u"arrayId"_s, ws.logicalDrive(u"Accounting"_s).arrayId}, {u"userLabel"_s, u"Small"_s},
            {u"capacity"_s, 64 * MiB}});
    run(u"createFlashCopy"_s, {{u"baseId"_s, ws.logicalDrive(u"Small"_s).id}, {u"repositoryPercentOfBase"_s, 1}});
    run(u"writeLogicalDrive"_s,
        {{u"targets"_s, QJsonArray {u"Small"_s}}, {u"offset"_s, 0}, {u"length"_s, 20 * MiB}, {u"seed"_s, 4}});
    std::unique_ptr<MainWindow> window = GuiTest::openMainWindow(ws);
    QVERIFY(window);
    window->resize(1366, 768);
    QTRY_VERIFY(window->statusArea()->attentionButton()->isVisible());

    // The pane title bars ("Storage Subsystems", "Logical", "Physical") are drawn dark.
    const QList<QWidget*> bars = window->findChildren<QWidget*>(u"paneTitleBar"_s);
    QVERIFY(!bars.isEmpty());
    for (QWidget* bar : bars) {
        if (bar->isVisible()) {
            QVERIFY2(drawnLightness(bar, {4, bar->height() / 2}) < 90, qPrintable(bar->styleSheet()));
        }
    }
    // Muted labels are light on the dark window: the status area's connection label, the Event Log's count.
    for (const QString& name : {u"connectionLabel"_s, u"eventCountLabel"_s}) {
        auto* label = window->findChild<QLabel*>(name);
        QVERIFY(label);
        const QColor color = styleSheetColor(label);
        QVERIFY2(color.isValid() && color.lightness() > 150, qPrintable(label->styleSheet()));
    }
    // The physical view's details card: a dark surface, not the light grey one.
    window->showView(MainWindow::LogicalPhysical);
    if (const QString shot = qEnvironmentVariable("COPYLINE_DARK_SHOT"); !shot.isEmpty()) {
        QVERIFY(window->grab().save(shot));
    }

    // The Recovery Guru: its panes and text on dark.
    QTest::mouseClick(window->statusArea()->attentionButton(), Qt::LeftButton);
    RecoveryGuruDialog* guru = window->recoveryGuru();
    QVERIFY(guru);
    QVERIFY(QTest::qWaitForWindowExposed(guru));
    QVERIFY(guru->procedureView()->palette().color(QPalette::Base).lightness() < 90);
    QVERIFY(drawnLightness(guru->procedureView()) < 110);
    for (QWidget* bar : guru->findChildren<QWidget*>(u"paneTitleBar"_s)) {
        QVERIFY(drawnLightness(bar, {4, bar->height() / 2}) < 90);
    }
    if (const QString shot = qEnvironmentVariable("COPYLINE_DARK_GURU_SHOT"); !shot.isEmpty()) {
        QVERIFY(guru->grab().save(shot));
    }
}

QTEST_MAIN(TestDarkMode)
#include "tst_darkmode.moc"
