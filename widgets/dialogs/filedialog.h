// SPDX-License-Identifier: GPL-3.0-or-later
// File dialogs with a test seam: setNextFileName() makes the next call return that name without showing a dialog.
#pragma once

#include <QString>

class QWidget;

namespace Copyline
{

class FileDialog final
{
public:
    static QString getOpenFileName(
        QWidget* parent, const QString& caption, const QString& dir = {}, const QString& filter = {});
    static QString getSaveFileName(
        QWidget* parent, const QString& caption, const QString& dir = {}, const QString& filter = {});

    /** The next file dialog returns @p fileName at once (tests); an empty name means "cancelled". */
    static void setNextFileName(const QString& fileName);

private:
    static bool takeNext(QString* fileName);
};

} // namespace Copyline
