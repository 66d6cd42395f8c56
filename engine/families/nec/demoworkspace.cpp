// SPDX-License-Identifier: GPL-3.0-or-later
// The NEC part of the demonstration workspace (issue 14), after the seed's examples: disk array S2100/1259
// "Tokyo_Customer_DataBase" with LDs dev001 (MV) and dev002 (RV) on different RANKs and a control volume
// BACKUP_CV; the business server with dev001 as disk10 mounted at G:, the backup server that sees dev002 (disk11,
// no drive letter until it is separated and mounted) and its control volume; UMOUNT_RVACC=NOTREADY on both
// (spec §6.2) and their volume lists made. The pair is set and Separated: the first Replicate copies dev001.
#include "families/nec/family.h"
#include "service/engine.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Nec
{

Error populateDemo(Engine& engine)
{
    const QString array = u"S2100/1259"_s;
    const QList<std::pair<QString, QJsonObject>> steps {
        {u"necCreateDiskArray"_s,
            {{u"id"_s, array}, {u"name"_s, u"Tokyo_Customer_DataBase"_s}, {u"physical"_s, u"1 TB"_s}}},
        {u"necCreateRank"_s, {{u"subsystem"_s, array}, {u"rank"_s, 0}, {u"pdGroup"_s, u"00"_s}, {u"raid"_s, 5}}},
        {u"necCreateRank"_s, {{u"subsystem"_s, array}, {u"rank"_s, 1}, {u"pdGroup"_s, u"00"_s}, {u"raid"_s, 5}}},
        {u"necCreateRank"_s, {{u"subsystem"_s, array}, {u"rank"_s, 2}, {u"pdGroup"_s, u"00"_s}, {u"raid"_s, 0}}},
        {u"necCreateLd"_s,
            {{u"subsystem"_s, array}, {u"rank"_s, 0}, {u"name"_s, u"dev001"_s}, {u"capacity"_s, u"1 GB"_s},
                {u"ldn"_s, u"0006"_s}}},
        {u"necCreateLd"_s,
            {{u"subsystem"_s, array}, {u"rank"_s, 1}, {u"name"_s, u"dev002"_s}, {u"capacity"_s, u"1 GB"_s},
                {u"ldn"_s, u"0008"_s}}},
        {u"necCreateLd"_s,
            {{u"subsystem"_s, array}, {u"rank"_s, 2}, {u"name"_s, u"BACKUP_CV"_s}, {u"capacity"_s, u"64 MB"_s},
                {u"ldn"_s, u"000a"_s}}},
        {u"necCreateServer"_s, {{u"subsystem"_s, array}, {u"name"_s, u"BUSINESS"_s}}},
        {u"necCreateServer"_s, {{u"subsystem"_s, array}, {u"name"_s, u"BACKUP"_s}}},
        {u"necAttachDisk"_s,
            {{u"server"_s, u"BUSINESS"_s}, {u"ld"_s, u"dev001"_s}, {u"disk"_s, u"disk10"_s}, {u"letter"_s, u"G:"_s}}},
        {u"necAttachDisk"_s, {{u"server"_s, u"BACKUP"_s}, {u"ld"_s, u"BACKUP_CV"_s}, {u"disk"_s, u"disk1"_s}}},
        {u"necAttachDisk"_s, {{u"server"_s, u"BACKUP"_s}, {u"ld"_s, u"dev002"_s}, {u"disk"_s, u"disk11"_s}}},
        {u"necDefineControlVolume"_s, {{u"server"_s, u"BACKUP"_s}, {u"ld"_s, u"BACKUP_CV"_s}}},
        {u"necSetServerOption"_s,
            {{u"server"_s, u"BUSINESS"_s}, {u"key"_s, u"UMOUNT_RVACC"_s}, {u"value"_s, u"NOTREADY"_s}}},
        {u"necSetServerOption"_s,
            {{u"server"_s, u"BACKUP"_s}, {u"key"_s, u"UMOUNT_RVACC"_s}, {u"value"_s, u"NOTREADY"_s}}},
        {u"necSetPair"_s, {{u"mv"_s, u"dev001"_s}, {u"rv"_s, u"dev002"_s}}},
        {u"necCreateVolumeList"_s, {{u"server"_s, u"BUSINESS"_s}}},
        {u"necCreateVolumeList"_s, {{u"server"_s, u"BACKUP"_s}}},
    };
    for (const auto& [command, args] : steps) {
        const CommandResult r = engine.execute({command, args});
        if (!r.ok()) {
            return r.error;
        }
    }
    return {};
}

} // namespace Copyline::Nec
