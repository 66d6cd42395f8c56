// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskfull.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Test
{

bool mountSmallDisk(const QString& folder, int megabytes, QString* why)
{
    if (::geteuid() != 0) {
        *why = u"mounting a small tmpfs to fill needs root (CI runs as root)"_s;
        return false;
    }
    const QByteArray options = "size=" + QByteArray::number(megabytes) + "m,mode=0700";
    if (::mount("copyline-diskfull", QFile::encodeName(folder).constData(), "tmpfs", 0, options.constData()) != 0) {
        *why = u"mount(tmpfs) is not allowed here"_s;
        return false;
    }
    return true;
}

void unmountSmallDisk(const QString& folder)
{
    ::umount2(QFile::encodeName(folder).constData(), MNT_DETACH);
}

QString fillDisk(const QString& folder)
{
    QString path = QDir(folder).filePath(u"filler"_s);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        return {};
    }
    constexpr size_t kMiB = size_t {1024} * 1024;
    std::vector<char> block(kMiB, 'x');
    for (const size_t size : {kMiB, size_t {4096}}) {
        while (::write(fd, block.data(), size) == static_cast<ssize_t>(size)) { }
    }
    ::close(fd);
    return path;
}

} // namespace Copyline::Test
