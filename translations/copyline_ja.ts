<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Copyline::ArrayPropertiesDialog</name>
    <message>
        <source>Array Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This array no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives [enclosure,slot]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CreateArrayDialog</name>
    <message>
        <source>Create Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the unassigned drives for the new array (Logical Drive Group) and its RAID level. All drives of an array have the same type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>drive type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RAID level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Array capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID %1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n drive(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no unassigned drives: the storage subsystem has no unconfigured capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the drives of the new array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CreateLogicalDriveDialog</name>
    <message>
        <source>Create Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Array:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Up to %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Logical drive &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New logical drive &amp;capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use all free capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (balance the controllers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred controller &amp;ownership:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No array has free capacity. Create an array from unconfigured capacity first (Array ▸ Create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a capacity greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::DefineHostDialog</name>
    <message>
        <source>Define Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;type (operating system):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of host &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::DefineHostGroupDialog</name>
    <message>
        <source>Define Host Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host group &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::DefineHostPortDialog</name>
    <message>
        <source>Define Host Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host port &amp;identifier (WWPN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; default &lt;host&gt;_HBA&lt;n&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a host first (Mappings ▸ Define ▸ Host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host port identifier: the 16 hexadecimal digits of the HBA&apos;s worldwide port name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::DefineMappingDialog</name>
    <message>
        <source>Define Additional Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host group or host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logical unit number (LUN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical &amp;drive (unmapped logical drives):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every standard logical drive is already mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the logical drive to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All LUNs of %1 are in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::DisablePremiumFeatureDialog</name>
    <message>
        <source>Disable Premium Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the premium feature to disable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No premium feature is enabled on this storage subsystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the feature to disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling a premium feature is not recommended. Existing objects keep working, but no new ones can be created, and enabling the feature again requires its key file.

Are you sure you want to disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::DrivePropertiesDialog</name>
    <message>
        <source>Drive Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::EnablePremiumFeatureDialog</name>
    <message>
        <source>Enable Premium Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the premium feature key file for Storage Subsystem %1 (feature enable identifier %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the .key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated activation web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyline&apos;s subsystems are simulated, so Copyline stands in for the activation web site: it writes a key file bound to this subsystem&apos;s feature enable identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Key File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Premium Feature Key File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature key files (*.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Premium Feature Key File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature key files (*.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key file, or generate one for this subsystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::Error</name>
    <message>
        <source>The operation completed successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1. The configuration was not changed; please report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The README lists the script commands Copyline understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command %2 needs the parameter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value &quot;%2&quot; is not valid for %1: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command %2 has no parameter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: %2. Wait for it to finish and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no storage subsystem named &quot;%1&quot; in this workspace. Run copylinectl -d to list the storage subsystems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no logical drive named &quot;%1&quot; on storage subsystem &quot;%2&quot;. Check the name (names are case sensitive) or run show allLogicalDrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no array (Logical Drive Group) %1 on storage subsystem &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no drive at enclosure %1, slot %2 on storage subsystem &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no host named &quot;%1&quot; on storage subsystem &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no host group named &quot;%1&quot; on storage subsystem &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no host port &quot;%1&quot; on storage subsystem &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; has no LUN mapping to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no controller %1; use A or B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name must not be empty. Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has %2 characters; a name may have at most %3 characters, spaces included. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by %2 on this storage subsystem. Names must be unique; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is not allowed: %2. Use letters, digits, spaces and the characters - _ . #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID level %1 is not supported; choose RAID 0, 1, 3 or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID %1 needs %2, but %3 drive(s) were selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive [%1,%2] is %3; only unassigned drives can be used. Choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected drives mix %1 and %2 drives; an array uses one drive type only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested capacity %1 is more than the free capacity of %2 (%3). Request at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity %1 is too small; the minimum is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still holds %2 logical drive(s). Delete them before deleting the array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; already has %2 logical drives, the most a %3 supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive [%1,%2] cannot change its hot-spare role: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity of &quot;%1&quot; cannot be increased: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range at offset %1 with length %2 does not lie inside logical drive &quot;%3&quot; (capacity %4 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O error on logical drive &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 to logical drive &quot;%2&quot; is refused: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN %1 is already used by &quot;%2&quot; in the partition of %3. Choose a free LUN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN %1 is out of range; use a LUN from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; is already mapped to %2 as LUN %3. Remove that mapping first; a logical drive has one mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; is not mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host group &quot;%1&quot; still has %2. Move or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host port identifier &quot;%1&quot; is not valid: enter 16 hexadecimal digits, for example 21:00:00:E0:8B:05:05:04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host port identifier %1 is already defined for host &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a valid premium feature key: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; was generated for feature enable identifier %2, but this storage subsystem&apos;s identifier is %3. Generate a key for this identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The premium feature %1 is already enabled on &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The premium feature %1 is not enabled on &quot;%2&quot;. Enable it with its key file (Storage Subsystem &gt; Premium Features &gt; Enable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown premium feature &quot;%1&quot;; use flashCopy, volumeCopy or remoteMirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The premium feature %1 is not supported on a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The premium feature %1 cannot be changed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy logical drive &quot;%1&quot; is %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No FlashCopy can be created for &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is in use by another Copyline process (%2). Attach to it, or stop it with copylinectl --workspace %1 --stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 is damaged (%2). It has not been changed. Restore it from a backup or open another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer Copyline (schema version %2; this version reads up to %3). It has not been changed. Open it with a newer Copyline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be used as a workspace: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the Copyline engine of workspace %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the Copyline engine for workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation cannot complete because the selected logical drive is not a valid candidate for Remote Mirroring. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::EventLogModel</name>
    <message>
        <source>Date/Time: %1
Sequence number: %2
Event type: %3
Description: %4
Event specific codes: none
Event category: %5
Component: %6
Storage subsystem: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date/Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::EventLogView</name>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning and critical events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical events only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::IncreaseCapacityDialog</name>
    <message>
        <source>Increase Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free capacity available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Increase Capacity by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic logical drive expansion uses free capacity of the same array; the data stays accessible while the capacity grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logical drive no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The array of this logical drive has no free capacity left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the capacity to add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::KeyedTreeModel</name>
    <message>
        <source>%1, %2</source>
        <comment>item, status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>model · status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage Subsystem %1
Model: %2
Firmware: %3
Status: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical Drive %1
Capacity: %2
Array: %3
Status: %4
Current owner: %5, preferred owner: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped: LUN %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped to any host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::ListPremiumFeaturesDialog</name>
    <message>
        <source>List Premium Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium features of Storage Subsystem %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>premium feature status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature Enable Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported by this model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::LogicalDrivePropertiesDialog</name>
    <message>
        <source>Logical Drive Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This logical drive no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drive name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drive ID (WWN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>logical drive type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated in the volume file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::LogicalPhysicalView</name>
    <message>
        <source>Logical view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::LogicalTreeModel</name>
    <message>
        <source>Logical</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unassigned drive(s), %1 in total.
Use Array ▸ Create to build an array from them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Capacity: %2, free: %3
Drives: %4
Status: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated space in %1.
Use Logical Drive ▸ Create to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::MainWindow</name>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the storage subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the premium features and the feature enable identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a premium feature with its key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable a premium feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the properties of the storage subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logical/Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;Port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define &amp;Additional Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a logical drive to a host or host group with a LUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an array (Logical Drive Group) from unassigned drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a logical drive in the free capacity of an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Increase Capacity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add free capacity of the array to the logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the logical drive and all of its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Copyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium &amp;Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ownership/Preferred Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hot Spare Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mapping of logical drive &quot;%1&quot; (LUN %2 of %3)?

The hosts of that partition lose access to the logical drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove host &quot;%1&quot; with its host ports and its LUN mappings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove host group &quot;%1&quot; and its LUN mappings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove host port %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 returns its drives to unconfigured capacity. An array that still holds logical drives cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting logical drive &quot;%1&quot; (%2) destroys all of its data. Its capacity returns to the free capacity of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its mapping (LUN %1 of %2) is removed: stop all host I/O to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Logical Drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot Spare Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Copyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Copyline %1&lt;/h3&gt;&lt;p&gt;A console for storage copy services — FlashCopy, VolumeCopy and remote mirroring — over simulated DS4000 storage subsystems whose volumes hold real bytes.&lt;/p&gt;&lt;p&gt;Engine: %2&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage subsystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage Subsystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical/Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening workspace…

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening workspace %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyline — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::MappingsModel</name>
    <message>
        <source>Logical Drive Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical Drive Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>logical drive type column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is LUN %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::MappingsView</name>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined Mappings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::PhysicalView</name>
    <message>
        <source>Physical view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive [%1,%2]
Capacity: %3
Type: %4, %5 rpm
Role: %6
Status: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · serial %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage subsystem selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclosure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drives · %2 assigned · %3 unassigned · %4 hot spare(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives of the selected array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a drive for its details · Ctrl+click selects several drives for Array ▸ Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, %3 rpm · %4 · %5 · %6 serial %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drives selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 usable in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) · capacity %1 · free %2 · %3 logical drive(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 drives in %2 enclosure(s) · %3 unconfigured · %4 hot spare(s) · %5 not optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G%1</source>
        <comment>array number on a drive bay</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::RenameDialog</name>
    <message>
        <source>Rename Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Host Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Storage Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::StatusArea</name>
    <message>
        <source>Premium features:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::SubsystemDelegate</name>
    <message>
        <source>Storage Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::SubsystemListModel</name>
    <message>
        <source>Storage Subsystems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::SubsystemPropertiesDialog</name>
    <message>
        <source>Storage Subsystem Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World-wide name (WWN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature enable identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, serial number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host ports per controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 assigned, %3 unassigned, %4 hot spares, %5 not optimal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free capacity in arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfigured capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN mappings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::Texts</name>
    <message>
        <source>logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another host group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another storage subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another host port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage Subsystem %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (capacity)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfigured Capacity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free Capacity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimal</source>
        <comment>component status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <comment>component status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>component status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <comment>component status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>component status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <comment>storage subsystem status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <comment>drive role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <comment>drive role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spare</source>
        <comment>drive role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibre Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>logical drive type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy</source>
        <comment>logical drive type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy Repository</source>
        <comment>logical drive type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror Repository</source>
        <comment>logical drive type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informational</source>
        <comment>event severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>event severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>event severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VolumeCopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <comment>premium feature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>premium feature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>enabled state/activation state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <comment>remote mirroring</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <comment>remote mirroring</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>feature - state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Host Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive [%1,%2]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::TopologyModel</name>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefined Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drives that are not mapped to any host or host group.
Use Mappings ▸ Define Additional Mapping to map them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Host %1
Host type: %2
%n host port(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Host Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host port %1
Label: %2
Type: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Host Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts without a host group share the mappings of the Default Host Group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Host Group %1
%n host(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::TypeYesDialog</name>
    <message>
        <source>Are you sure you want to continue? Type &lt;b&gt;Yes&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Copyline storage copy services console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
