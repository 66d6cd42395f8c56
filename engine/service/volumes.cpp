// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumes.h"

#include "service/engine.h"
#include "storage/volumefile.h"
#include "storage/volumeio.h"

#include <QFile>

namespace Copyline::Volumes
{

void createFile(CommandContext& ctx, const LogicalDrive& volume)
{
    Engine& engine = ctx.engine;
    const QString path = engine.volumePath(volume.fileName);
    IoStatus status;
    auto file = VolumeFile::create(path, volume.capacity, &status);
    if (!file) {
        failFile(path, status);
    }
    auto io = std::make_shared<VolumeIo>(volume.id, std::make_shared<FileBackend>(std::move(file)));
    io->setLatencyListener(engine.rateController(volume.subsystemId));
    engine.volumes().insert(std::move(io));
    const ObjectId id = volume.id;
    ctx.onRollback([&engine, id, path]() {
        engine.volumes().take(id);
        QFile::remove(path);
    });
}

void remove(CommandContext& ctx, const LogicalDrive& volume)
{
    for (auto it = ctx.config.mappings.begin(); it != ctx.config.mappings.end();) {
        it = it->logicalDriveId == volume.id ? ctx.config.mappings.erase(it) : std::next(it);
    }
    ctx.config.logicalDrives.remove(volume.id);
    Engine& engine = ctx.engine;
    const QString path = volume.fileName.isEmpty() ? QString() : engine.volumePath(volume.fileName);
    const ObjectId id = volume.id;
    ctx.onCommit([&engine, id, path]() {
        if (auto io = engine.volumes().take(id)) {
            auto quiet = io->quiesce(); // let in-flight host I/O finish before the file goes
            io->retire();               // whoever still holds the front (an NBD client) gets ENXIO from now on
        }
        if (!path.isEmpty()) {
            QFile::remove(path);
        }
    });
}

} // namespace Copyline::Volumes
