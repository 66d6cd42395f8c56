// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Testmainwindow : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Testmainwindow)
#include "tst_mainwindow.moc"
