// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Testdialogs : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Testdialogs)
#include "tst_dialogs.moc"
