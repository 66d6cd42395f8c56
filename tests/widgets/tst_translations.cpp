// SPDX-License-Identifier: GPL-3.0-or-later
// The console in German and Japanese: the translations compiled into copyline_widgets are found, installTranslators
// (what the console's main() calls with the system locale) puts them in force, and the main window's menus, its
// models, an engine error message, a plural form and Qt's own buttons come out in the chosen language.
#include "common/translations.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"

#include <QFile>
#include <QLibraryInfo>
#include <QListView>
#include <QMenu>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void translationsAreEmbedded();
    void mainWindowInLanguage_data();
    void mainWindowInLanguage();
};

void TestTranslations::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::cleanupTestCase()
{
    installTranslators(QLocale::c());
}

void TestTranslations::translationsAreEmbedded()
{
    QVERIFY(QFile::exists(u":/i18n/copyline_de.qm"_s));
    QVERIFY(QFile::exists(u":/i18n/copyline_ja.qm"_s));
}

void TestTranslations::mainWindowInLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("subsystemMenu");
    QTest::addColumn<QString>("logicalDriveMenu");
    QTest::addColumn<QString>("subsystemLabel");
    QTest::addColumn<QString>("errorPhrase");
    QTest::addColumn<QString>("threeDrives");
    QTest::addColumn<QString>("cancel");

    QTest::newRow("German") << u"de_DE"_s << u"&Speichersubsystem"_s << u"&Logisches Laufwerk"_s
                            << u"Speichersubsystem Primary Site"_s << u"gibt es kein logisches Laufwerk"_s
                            << u"3 Laufwerke ausgewählt"_s << u"Abbrechen"_s;
    QTest::newRow("Japanese") << u"ja_JP"_s << u"ストレージ・サブシステム(&S)"_s << u"論理ドライブ(&L)"_s
                              << u"ストレージ・サブシステム Primary Site"_s << u"という名前の論理ドライブはありません"_s
                              << u"3 台のドライブを選択"_s << u"キャンセル"_s;
    QTest::newRow("English") << u"en_US"_s << u"&Storage Subsystem"_s << u"&Logical Drive"_s
                             << u"Storage Subsystem Primary Site"_s << u"There is no logical drive named"_s
                             << u"3 drives selected"_s << u"Cancel"_s;
}

void TestTranslations::mainWindowInLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, subsystemMenu);
    QFETCH(QString, logicalDriveMenu);
    QFETCH(QString, subsystemLabel);
    QFETCH(QString, errorPhrase);
    QFETCH(QString, threeDrives);
    QFETCH(QString, cancel);

    QVERIFY(installTranslators(QLocale(locale)));

    // The main window is built after the translators are installed, as in main().
    GuiTest::Workspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
    MainWindow window;
    window.setConnection(ws.connection(), u"test connection"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const auto* subsystem = window.findChild<QMenu*>(u"menuStorageSubsystem"_s);
    QVERIFY(subsystem != nullptr);
    QCOMPARE(subsystem->title(), subsystemMenu);
    const auto* logicalDrive = window.findChild<QMenu*>(u"menuLogicalDrive"_s);
    QVERIFY(logicalDrive != nullptr);
    QCOMPARE(logicalDrive->title(), logicalDriveMenu);
    QCOMPARE(window.subsystemList()->model()->index(0, 0).data().toString(), subsystemLabel);

    // An error the engine returns (code and arguments), in the words of the translation.
    const CommandResult result = ws.run(u"showLogicalDrive"_s, {{u"id"_s, 99999}});
    QVERIFY(!result.ok());
    QCOMPARE(result.error.code, ErrorCode::LogicalDriveNotFound);
    const QString message = result.error.localizedMessage();
    QVERIFY2(message.contains(errorPhrase), qPrintable(message));
    QVERIFY2(message.contains(u"99999"_s) && message.contains(u"Primary Site"_s), qPrintable(message));

    // Plural forms: German has two, Japanese one.
    QCOMPARE(QCoreApplication::translate("Copyline::PhysicalView", "%n drives selected", nullptr, 3), threeDrives);

    // Qt's own texts (standard buttons) come from qt6-translations-l10n when it is installed.
    if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s)) {
        QSKIP("qtbase translations are not installed (Debian: qt6-translations-l10n)");
    }
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
