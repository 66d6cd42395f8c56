// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialog.h"

#include <QFileDialog>

#include <optional>

namespace Copyline
{

namespace
{
std::optional<QString> g_nextFileName;
} // namespace

void FileDialog::setNextFileName(const QString& fileName)
{
    g_nextFileName = fileName;
}

bool FileDialog::takeNext(QString* fileName)
{
    if (!g_nextFileName) {
        return false;
    }
    *fileName = *g_nextFileName;
    g_nextFileName.reset();
    return true;
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QString name;
    if (takeNext(&name)) {
        return name;
    }
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QString name;
    if (takeNext(&name)) {
        return name;
    }
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

} // namespace Copyline
