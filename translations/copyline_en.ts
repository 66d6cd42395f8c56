<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Duplex Pending</source>
        <comment>PPRC pair state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplex (full copy mode)</source>
        <comment>PPRC pair state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>PPRC pair state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPRC · %1</source>
        <comment>ESS pair, its state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate</source>
        <comment>NEC pair activity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <comment>NEC pair activity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate</source>
        <comment>NEC pair activity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated</source>
        <comment>NEC pair activity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication · %1</source>
        <comment>NEC pair, its activity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy · background copy</source>
        <comment>ESS FlashCopy</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::ActivateIntroductionPage</name>
    <message>
        <source>Activate Remote Logical Drive Mirroring - Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation creates the two mirror repository logical drives and reserves a host port of each controller for mirroring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two &lt;b&gt;mirror repository logical drives&lt;/b&gt; of %1 each are created, one per controller (CTL A and CTL B). They log the remote writes not yet written to the secondaries, so that a controller can recover after a reset or a power loss. Host port 2 of each controller (A2, B2) is reserved for mirroring: host I/O on it stops. Keep at least 0.25 GB free per mirrored pair in the array of the repositories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;free capacity on existing arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrays with free capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unassigned drive(s) (%1) can form the new array.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not available: the storage subsystem has fewer than two unassigned drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new array using &amp;unconfigured capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::ActivateMirrorWizard</name>
    <message>
        <source>RAID 0 has no redundancy; the mirror repositories need RAID 1, 3 or 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free; the two repositories need %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate Remote Logical Drive Mirroring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new RAID %1 array of drives %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an array with enough free capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot hold the repositories: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the drives of the new array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate Remote Logical Drive Mirroring - Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is now %1 on %2. The mirror repository logical drives CTL A Mirror Repository and CTL B Mirror Repository were created on %3.

Create mirrors with Logical Drive ▸ Remote Mirroring ▸ Create once the remote storage subsystem is activated too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::ActivateNewArrayPage</name>
    <message>
        <source>Create New Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new array holds the two mirror repository logical drives; its remaining capacity stays free for logical drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RAID level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID 0 is not offered: the repositories need redundancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive selection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic: the drives with the most available capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual: select the drives (Ctrl+click), then Apply</source>
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
        <source>Unassigned drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the drives of the new array first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are not enough unassigned drives of one type for RAID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives of the new array: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drives applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: %1 (RAID %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::ActivatePreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the settings, then click Finish to activate Remote Logical Drive Mirroring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage subsystem: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror repository logical drives: &lt;b&gt;CTL A Mirror Repository (%1)&lt;/b&gt; and &lt;b&gt;CTL B Mirror Repository (%1)&lt;/b&gt;, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for mirroring: host port 2 of each controller (A2 and B2). Hosts connected only through these ports lose access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring becomes &lt;b&gt;%1&lt;/b&gt;; the status area&apos;s icon turns green. Mirrors need the option Enabled/Activated on the remote storage subsystem too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::AllocateCapacityPage</name>
    <message>
        <source>Allocate Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the FlashCopy repository logical drive gets its capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free capacity on &amp;same array as base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free capacity on &amp;different array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrays with free capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unconfigured capacity (create a new array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than the 8 MB a repository needs at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 free, less than the 8 MB a repository needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n unassigned drive(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No unassigned drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the array that is to hold the repository.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::ArrayParametersPage</name>
    <message>
        <source>Specify Array Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the RAID level and the unassigned drives of the new array that will hold the repository.</source>
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
        <source>Unassigned drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Array capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID 0 stripes data over the drives without redundancy: 1 drive or more. A failed drive loses the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID 1 mirrors pairs of drives: an even number of drives, at least 2. Half of their capacity is usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID 3 keeps parity on one drive: at least 3 drives. One drive&apos;s capacity holds the parity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID 5 spreads parity over all drives: at least 3 drives. One drive&apos;s capacity holds the parity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n drive(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
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
    <name>Copyline::AttachEngineDialog</name>
    <message>
        <source>Attach Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the storage subsystems of another Copyline engine from this console, next to the ones shown now. The engine must serve management over TLS (copylined --listen) and know the user (copylinectl --add-user on its computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT, e.g. 192.0.2.7:7443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on first contact: the SHA-256 the engine printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copylined prints its certificate&apos;s fingerprint when it starts; copylinectl --show-fingerprint on the engine&apos;s computer shows it too. Once trusted, the engine is remembered (known_engines) and this stays empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine at %1 is not known here. Its certificate&apos;s SHA-256 fingerprint is:
%2
Compare it with the one copylined printed when it started (or copylinectl --show-fingerprint on the engine&apos;s computer): if they are the same, click Attach to trust it. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching to %1… (a sign-in after failed ones may wait up to 30 s; Cancel stops)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::ChangeCopyPriorityDialog</name>
    <message>
        <source>Change Copy Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new priority applies at once, even to a copy in progress. A higher priority copies faster at the cost of host I/O performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected copy pairs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <comment>pair (current priority)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Copy Priority - Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the copy priority to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::ChangeSyncSettingsDialog</name>
    <message>
        <source>Change Synchronization Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization &amp;priority (all selected pairs get the same level):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest takes about 8 times as long as Highest, Low 6, Medium 3.5, High 2; a higher priority costs host I/O performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual (recommended): after a link interruption, wait for Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic: resynchronize as soon as the storage subsystems communicate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the logical drives (primaries) whose synchronization settings change; Ctrl+click selects several. The priority sets how fast a synchronization copies; the resynchronization method what happens when a broken link is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 priority, %2 resynchronization</source>
        <comment>current synchronization settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This storage subsystem has no primary logical drives of mirrored pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the write consistency group: its members must use Manual resynchronization, because an automatic resynchronization after repeated interruptions leaves the group&apos;s secondaries unusable for recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Automatic resynchronization, several interruptions during one resynchronization can leave a secondary with a mix of old and new data that is unusable for disaster recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the synchronization priority to %1 and the resynchronization method to %2 for these pairs?

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The synchronization settings of %n mirrored pair(s) were changed: priority %1, resynchronization %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select &amp;Logical Drives:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::ChangeWriteModeDialog</name>
    <message>
        <source>Change Write Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronous: a host write completes once the secondary has stored it (recommended up to 10 km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asynchronous: a host write completes at once and is sent behind it (recommended beyond 10 km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;write consistency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the primaries whose write mode changes; Ctrl+click selects several. Synchronous mirroring is Metro Mirroring; asynchronous mirroring is Global Copy, or Global Mirroring when the pair is in the write consistency group, which keeps the order of writes across all its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>write mode (copy type)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding pairs to the write consistency group might impact host I/O performance: remote writes of the group are applied one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This storage subsystem has no primary logical drives of mirrored pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses Automatic resynchronization: members of the write consistency group must use Manual (Change ▸ Synchronization Settings first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected pairs already use this write mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the write mode of these pairs to %1 (%2)?

%3

A pair that is synchronized first copies what the old mode had not yet sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The write mode of %n mirrored pair(s) was changed: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the &amp;mirrored pairs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CommandProgressDialog</name>
    <message>
        <source>Copy pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) failed; the engine&apos;s reason is listed with each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CommunicationTestDialog</name>
    <message>
        <source>Not measured</source>
        <comment>round trip time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test data round trip time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum allowed round trip time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average round trip time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests the communication between %1 on %2 and %3 on %4 over the remote mirror path of controller %5: test data is sent and acknowledged, then ten bare round trips are timed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>communication test</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>communication test</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed with Caution</source>
        <comment>communication test</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The test goes on in the background until communication is restored; then the pair resynchronizes by itself if its resynchronization is Automatic, otherwise select Resume. The event log has the details (Recovery Guru).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round trip time is approaching the maximum allowed (more than 75% of it): host writes to synchronous mirrors wait that long. Consider asynchronous mirroring or a faster link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round trip time exceeds the maximum allowed: host writes to synchronous mirrors wait that long. Consider asynchronous mirroring or a faster link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <comment>numbered recovery step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::Confirm</name>
    <message>
        <source>Type %1 and click %2.</source>
        <extracomment>%1 is the word to type (Yes, not translated), %2 the button that runs the action (OK, Finish)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CopyBandwidthWidget</name>
    <message>
        <source> MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;bandwidth (simulation):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VolumeCopy pairs: %1 (%2 in progress, %3 pending). At most 8 copies run at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (fixed rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host write &amp;latency bound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate a VolumeCopy reaches at Highest priority; lower priorities get a share of it (High 1/2, Medium 1/3.5, Low 1/6, Lowest 1/8), and running copies share it. Unlimited: as fast as the volume files can be copied. A low bandwidth lets you watch copies progress. With a latency bound, VolumeCopies and mirror synchronizations slow down while the subsystem&apos;s host writes take longer than the bound, and speed up again when they are fast (never below 4 MB/s, so copies always finish).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CopyManagerWindow</name>
    <message>
        <source>Copy Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All copy pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress and pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the selected copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Copy Pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target Logical Drive Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VolumeCopy pairs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Manager — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Needs Attention: %n failed copy pair(s) (Event 6600). Stop a failed copy to clear the condition, or Re-Copy it to start again; its status tells why it failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a copy pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly one copy pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more copy pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>pair: reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the source to the target again, from the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the copy; the target is left incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the copy pairs; the data on both logical drives is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the copy priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject host writes to the target logical drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let hosts write to the target logical drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <comment>source → target: progress</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 remaining</source>
        <comment>progress, time remaining</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the copy of %1 to %2?

Hosts can write to %1 again. %2 is left with a partial copy: there is no guarantee that its data is usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the failed copy clears its Needs Attention condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n copy pair(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The data on the source and target logical drives is not changed. The targets&apos; read-only attribute is removed, and both logical drives can take part in new copies in any role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Copy Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>pair: error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drive, status or priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the target with its source grain by grain, leaving out what changed since the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with its source %2 grain by grain? Hosts keep working meanwhile; both logical drives are read once. Grains written on either drive since the copy are left out: they differ rightly. A grain that differs otherwise is damage to the target; Verify and Repair copies it from the source again (the source still holds the copy&apos;s point in time there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and &amp;Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repair needs a read-only target, so that no host writes it meanwhile: enable Read-Only first (Change &gt; Target Logical Drive Permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the %n compared grain(s) hold the same bytes as the source.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n grain(s) differ from the source.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grain(s) written on either drive since the copy were not compared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grain(s) were copied from the source again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verify again with Repair to copy them from the source, or Re-Copy the pair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CopyPrioritySlider</name>
    <message>
        <source>Copy priority</source>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n drive(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
    <name>Copyline::CreateFlashCopyWizard</name>
    <message>
        <source>Create FlashCopy Logical Drive Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the drives of the new array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive [%1] is no longer unassigned; select another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free capacity on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New RAID %1 array from unconfigured capacity, drives %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base logical drive no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple is not available: %1 has %2 free, and the Simple path needs 8 MB + 1% of the base logical drive there (%3). Choose Advanced to put the repository on another array or on unconfigured capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the array that is to hold the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy repository logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FlashCopy logical drive and its repository need different names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the percentage, or go Back and choose another location for the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository does not fit: it needs %1, and the new RAID %2 array holds only %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository does not fit: it needs %1, and %2 has only %3 free.</source>
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
    <name>Copyline::CreateMirrorWizard</name>
    <message>
        <source>Create Remote Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the primary logical drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the remote storage subsystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the secondary logical drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secondary logical drive no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 on %3 (%4)</source>
        <comment>primary → secondary on subsystem (copy type)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirror relationship %1 was created; its full synchronization has started.

Do you want to create another mirror?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Remote Mirror - Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror relationships created:
%1

Each is Synchronization-in-Progress until its full synchronization completes, then Synchronized. Follow them in Logical Drive ▸ Remote Mirroring ▸ Remote Mirrors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CreateVolumeCopyWizard</name>
    <message>
        <source>Create Copy Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the source logical drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source logical drive no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be the source of a VolumeCopy: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the target logical drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target logical drive no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be the target of a VolumeCopy: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 to %2 is pending: 8 copies are in progress on this storage subsystem, and it starts when one of them ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 to %2 has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Copy Manager (Logical Drive ▸ VolumeCopy ▸ Copy Manager) shows its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to create a new VolumeCopy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes - Create a new VolumeCopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No - Exit the wizard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::AddCopySetsWizard</name>
    <message>
        <source>Add Copy Sets — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CreateSessionDialog</name>
    <message>
        <source>Create Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MM_Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 250 characters: letters, digits and - _ . : starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles %1; storage systems: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location of site %1: only storage systems at this location can hold its volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is Inactive and Defined: nothing happens on the storage systems until you add copy sets and start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch Add Copy Sets Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 was successfully created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing happens on the storage systems until the session is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the copy sets of %1 into session %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n copy set(s) to session %1:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmController</name>
    <message>
        <source>All Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmMatchingPage</name>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Services Manager checks the volumes and the sites of each copy set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy sets cannot be matched: %1
Go Back to change the volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copy set(s) matched.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be added (see Result); go Back to choose other volumes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings can be ignored: a volume in another session is copied by both, which is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmResultsPage</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the copy sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy set was added:
%1

Go Back to change your choices; they are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add copy sets complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copy set(s) added to session %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmRolePage</name>
    <message>
        <source>Choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the storage system and the volumes of role %1; each one starts a copy set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the storage system and the volumes of role %1, as many as for H1; they are matched in the order shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volumes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a volume of site %2; the session gives the site no location, so every storage system of the session type is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a volume of site %2, at location &quot;%3&quot;: only the storage systems there are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage system of this session type is connected to Copy Services Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage system of this session type is at location &quot;%1&quot;. An administrator can set a storage system&apos;s location, or change the session&apos;s site locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the volumes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in session %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This storage system has no volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 volume(s) are selected for %2 and %3 for %4: select as many for %4 as for %2, one per copy set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already chosen for %2; choose another volume for %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmSelectPage</name>
    <message>
        <source>Select Copy Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the copy sets to add to session %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmServersDialog</name>
    <message>
        <source>Management Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active management server runs the sessions. A standby — the Copy Services Manager of another site&apos;s engine — keeps a copy of them and takes over only when you tell it to: there is no automatic takeover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Define Standby…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Takeover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Standby…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an Administrator manages the management servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standby cannot define a standby of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the manager of that site&apos;s engine this server&apos;s standby; its sessions, copy sets and users are overwritten with this server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this server the active management server, stand-alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a standby takes over; this server is the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the standby %1; it keeps its copy of the sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Copy Services Manager of site %1 becomes the standby of this server. Its sessions, copy sets and users are overwritten with this server&apos;s, and it runs no commands until it takes over. Save its configuration first (mkbackup on that server) if you may need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takeover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this server the active management server? It runs the sessions it last received from %1 from now on, stand-alone. When %1 comes back it is Disconnected Consistent and its sessions are not actual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the standby %1? It keeps its copy of the sessions; this server no longer sends it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site of the other server&apos;s engine (registered with copylinectl --add-peer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set this Server as Standby…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a server without a standby or an active server of its own can become a standby; remove its standby first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this server the standby of that site&apos;s active management server; this server&apos;s sessions, copy sets and users are overwritten with that server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this Server as Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server becomes the standby of the active management server of site %1. Its sessions, copy sets and users are overwritten with that server&apos;s, and it runs no commands until it takes over. Save its configuration first (mkbackup) if you may need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the standby %1 everything now (reconnect); otherwise it is tried every 10 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active server whose standby is Disconnected reconnects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Active…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the active server %1 while it is not synchronized with this one (it cannot be reached, or it removed this standby); this server keeps its sessions, stand-alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a standby removes its active server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the active management server %1? This server stops being its standby and runs the sessions it last received, stand-alone. Refused while the two are synchronized: use Takeover then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmSessionsWindow</name>
    <message>
        <source>Copy Services Manager — Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a new session: its name, type and site locations (Administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Copy Services Manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Copy Services Manager user exists yet. Create the administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Copy Services Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View/Modify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Copy Sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Copy Sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Copy Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Services Manager refused this: your role does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see and manage the sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor: you can see every session, but not run commands or change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: you can run commands and change copy sets of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; enter the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator %1 created and signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>state / status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last flash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Monitor cannot change sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not assigned to session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an Administrator can remove a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a session in the Defined state can be removed; Terminate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a new session: its name, type and site locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an Administrator can create sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commands for a Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned to this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command is available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; on session %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 on session %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on session %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The properties of session %1 were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Copy Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy sets of session %1 were exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove session %1 and its copy sets from Copy Services Manager? The volumes and their data stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management &amp;Servers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmSourcePage</name>
    <message>
        <source>Add Copy Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the volumes of each role of the copy sets, or import copy sets from a CSV file (Export Copy Set writes one in this format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select the volumes for each role (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s content: &quot;#&quot; comment lines, the role header (e.g. H1,H2), then one copy set per line. It can be edited here before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Copy Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a copy set file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file, or select the volumes for each role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmTexts</name>
    <message>
        <source>Normal</source>
        <comment>session status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>session status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <comment>session status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>session status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended (Partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal: a consistent copy of the data either exists or is being maintained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: volumes are being synchronized or are about to be, or the targets do not yet have a consistent copy; nothing is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe: one or more errors must be dealt with immediately (volumes suspended or not copying correctly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive: the session is defined, with no activity on the hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoverable: the target volumes hold a consistent copy of the data</source>
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
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site whose host volumes (H1 or H2) the servers use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least progress over the active role pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>role pair (direction)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::RemoveCopySetsDialog</name>
    <message>
        <source>Remove Copy Sets — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the copy sets to remove, by their source volume (H1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, keep base hardware relationships on the storage system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, remove the hardware relationships too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hardware relationships stay on the storage systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hardware relationships are removed from the storage systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Copy Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n copy set(s) from session %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy set(s) removed from session %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::SessionPictogram</name>
    <message>
        <source>host volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session pictogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at site %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active host: the servers use these volumes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3, %4, progress %5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors on one or more pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a consistent copy of the data (recoverable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session to see its sites, volume roles and copy directions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1%</source>
        <comment>arrow label: progress</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid: synchronous · dashed: asynchronous · dotted: FlashCopy · grey: inactive · ✓ recoverable · ✕ errors · framed: active host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::SessionPropertiesDialog</name>
    <message>
        <source>View/Modify Properties — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later Flash copies only the tracks changed since the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every track in the background; without it a track is copied only when it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start also flashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first Start takes the point-in-time copy at once, as Flash does</source>
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
    <name>Copyline::EquivalentCommandButton</name>
    <message>
        <source>Show the E&amp;quivalent Command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the command line that does the same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::EquivalentCommandDialog</name>
    <message>
        <source>Equivalent Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as script statements, for copylinectl -f FILE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command line to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to run yet: complete the inputs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copylinectl command does what this window does when you confirm it. Run it in a shell, also while the console is open, or keep it in a script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window&apos;s commands have no script statement; copylinectl --call runs them by name with the same arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 command does what this window does when you confirm it. %1 signs in with the user and password in csmcli-auth.properties (the current folder, then ~/csm-cli/), not with the console&apos;s sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 command does what this window does when you confirm it. Put the name and the password of a Copy Services user in place of %2 and %3:</source>
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
    <message>
        <source>&quot;%1&quot; cannot be the %2 of a VolumeCopy: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VolumeCopy from &quot;%1&quot; to &quot;%2&quot; is %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no VolumeCopy pair %1 on storage subsystem &quot;%2&quot;. Run show volumeCopy allLogicalDrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; runs no workload. Start one with: start hostWorkload host=&quot;%1&quot;;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is %2 on storage subsystem &quot;%1&quot;; mirrors need it Enabled/Activated on both subsystems. Enable the feature with its key file and run Storage Subsystem &gt; Remote Mirroring &gt; Activate (activate storageSubsystem feature=remoteMirror;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; already has %2 mirrored logical drives, the most a %3 supports. Remove a mirror relationship first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirrored pair of %1 is %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; is not in a mirror relationship on storage subsystem &quot;%2&quot;. Run show remoteMirrors; to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; cannot communicate with storage subsystem &quot;%2&quot;: %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space available for creating the remote mirror repository logical drives: %1 needs %2 and has %3 free. Choose another array, or create a new array from unconfigured drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; cannot mirror to storage subsystem &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAID %1 cannot be used for %2; choose RAID %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The premium feature %1 cannot be changed on &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the workspace is full (%1); nothing was changed. Free space there (delete logical drives or FlashCopies you no longer need, or other files), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control socket %1 %2; another user may be trying to capture your commands. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 was not found in the Copy Services domain. A volume ID has 8 characters: the LSS digit, the volume number in hex and the ESS serial (00012019 is volume 000 of LSS 16 on ESS 12019).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy source %1 is on LSS %2 and target %3 on LSS %4: FlashCopy works within one LSS. Choose a target on LSS %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 (%2) is smaller than source %3 (%4). Choose a target at least as large as the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 is already in a FlashCopy relationship with %2; a volume takes part in one FlashCopy at a time. Wait until its background copy has finished, or withdraw that pair first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 is not in a FlashCopy relationship; there is nothing to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSS %1 %2. Open Systems LSSs are numbered 16 to 31 and hold at most 256 volumes each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS serial &quot;%1&quot; is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no PPRC path from LSS %1 to LSS %2. Paths for PPRC must be defined first: establish a path on the Paths panel (essEstablishPaths).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PPRC operation on %1 is not possible: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target volume %1 is online to host %2. Demount it from the host first, or check &quot;Permit if target is online&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ESCON link %1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paths cannot be established: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task named &quot;%1&quot; is defined. Tasks are defined on the Volumes, Storage Servers or Paths panel (Task Wizard, Define task, Save).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Services is %1: no task can be submitted. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not authorized: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; is already reserved by %2 (%3 reservation). The host that holds it must release it, or clear it with clear logicalDrive [&quot;%1&quot;] reservations;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; runs controller firmware %2 and its mirror partner &quot;%3&quot; runs %4. While the levels differ only mirror deletion, logical drive renaming, synchronization priority changes and promotion are allowed, not %5. Download the same firmware to both subsystems first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller firmware cannot be downloaded to storage subsystem &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical disk &quot;%1&quot; was not found on any disk array. Name a logical disk by its LD name (-mvflg ld), such as dev001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk array &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair %1 - %2 cannot be set: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are not paired. Set the pair first (iSMrc_pair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be executed for the pair %2 - %3 in state %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RV access restriction %1 is not available for %2 (Table 3-3: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No additional pair can be set or canceled on disk array %1: %2. Replication operations on preset pairs remain enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is not attached to any disk array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a volume of server %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iSM13609: Access of specified disk was refused. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume list of server %1 does not exist: replication commands are disabled. Run iSMvollist -cr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be defined as a control volume: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iSM13639: Specified path is not normal status. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair %1 - %2 did not reach %3 within %4 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; belongs to the %2 family; %3 is a command of the %4 family. Address a subsystem of the %4 family (copylinectl -d lists them), or use the %2 commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volume &quot;%1&quot; on controller %2. Address a volume by CU:LDEV in hex, such as 00:1A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair %1 - %2 cannot be created: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are not a pair (status 801, no pair). Create the pair first (Add Pair, paircreate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does nothing for the pair %2 - %3 in status %4 (Fig. 2): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto selection found no T-VOL for %1: %2. Reserve a volume (Attribute) of at least the S-VOL&apos;s capacity that is not yet a T-VOL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller %1 allows at most %2 %3; raise the limit (%4) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR1400E User %1 (%2) is not authorized to %3. Ask an Administrator for the role or the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR1401E The user name or the password is not correct, or the sign-in has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR1402E Sign-in for %1 is locked for %2 seconds after repeated failures. Wait, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR1003E There is no session &quot;%1&quot;. List the sessions with lssess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR1004E A session named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR1005E &quot;%1&quot; is not a valid %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR1006E &quot;%1&quot; is not a session type Copyline offers. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNC1302E The action %1 is not currently valid for session %2; valid actions are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR2001E The copy set %1 cannot be added: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR3001E There is no storage system &quot;%1&quot; here. List the connections with lsdevice, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR2002E There is no volume &quot;%1&quot; on a connected storage system. Volume ids look like ESS:2105.12019:VOL:00012019 (lsvol lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR2010E The CSV file cannot be imported, line %1: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR2020E %1 failed on the storage system for %2: %3 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR1410E User %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR1011E Session %1 is %2; only a Defined session can be removed. Terminate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 (%2) may not run %3 over the network: %4. The engine&apos;s owner gives roles with copylinectl --add-user on the engine&apos;s computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in to the engine at %1 refused: the user name or the password is not correct. Each failure from the same address makes the next attempt wait longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the engine answers &quot;%1&quot; only after a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine at %1 is not known here. Its certificate&apos;s SHA-256 fingerprint is %2. Compare it with the one copylined printed when it started (or copylinectl --workspace DIR --show-fingerprint on the engine&apos;s computer); if they are the same, run again with --fingerprint %2 to trust it. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: THE CERTIFICATE OF THE ENGINE AT %1 HAS CHANGED. It is now %2, but %3 was trusted for it (%4). Someone may be intercepting the connection; nothing was sent. If the engine&apos;s certificate was made again on purpose, remove the line of %1 from %4 and connect again with --fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine at %1 presents the certificate %2, not %3 as given with --fingerprint. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management user %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS connection to the engine at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage subsystem %1 is served by the remote engine %2 and shown here read-only; run the command on that engine (copylinectl --host, or a console attached to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote engine %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the remote engine %1 at %2: %3. Check that its copylined runs with --replication-listen on that address and that this engine holds its replication key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror relationship of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR3020E This server is the standby management server of %1: it keeps a copy of that server&apos;s sessions and runs no commands. Run the command on %1, or take over with hatakeover if %1 is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWNR3021E Management server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::ConfigurationPanel</name>
    <message>
        <source>Copy Services server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Services log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task execution status and the time operations took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host (command line) commands need a user name and password defined below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Password protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user may use the command line interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Services disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the backup server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the primary server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Copy Services server: %1
Backup Copy Services server: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage server</source>
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
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line users are separate from the ESS Specialist accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the command line user %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the Copy Services log? Its records are deleted and cannot be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::CopyServicesPerspective</name>
    <message>
        <source>Copy Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit Copy Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the storage subsystems the console showed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS Copy Services — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::EssTexts</name>
    <message>
        <source>The console is not connected to an engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a copy pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplex Pending</source>
        <comment>PPRC pair state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplex (full copy mode)</source>
        <comment>PPRC pair state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>PPRC pair state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplex</source>
        <comment>PPRC pair state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simplex</source>
        <comment>PPRC role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary (source)</source>
        <comment>PPRC role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary (target)</source>
        <comment>PPRC role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>FlashCopy state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source (failed)</source>
        <comment>FlashCopy state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target (failed)</source>
        <comment>FlashCopy state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <comment>FlashCopy state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <comment>FlashCopy state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::PathsPanel</name>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Storage Server Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical Storage Server Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source LSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target LSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This adapter carries paths of the source LSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2105:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (path established)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>established</source>
        <comment>path state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>path state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source storage server has no ESCON adapters connected to another storage server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left click an adapter of the path origin; right click to add more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the target storage server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left click a target LSS; right click to add more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right click a highlighted target LSS to open the Task Wizard (Establish Path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSS %1 → %2:%3 using %4 and %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Panel — %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paths are defined over %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the paths from %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSS, adapter or state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::StorageServersPanel</name>
    <message>
        <source>PPRC Consistency Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical Heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time out %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSS colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no copy pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In FlashCopy pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In PPRC pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical Storage Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2105-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical Storage Server %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Copy Services server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Copy Services server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered: only LSSs with volumes in a copy relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a logical storage server (LSS) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of them in FlashCopy or PPRC pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in FlashCopy pairs, %2 in PPRC pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains 1 volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains %1 volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSS %1 of ESS %2, Open Systems, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Panel — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy properties: none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy properties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSS properties — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPRC Critical Heavy mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Critical Volume mode: writes fail on any failure to update the secondary, not only when the last path is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairs of this LSS freeze together with the other members when one cannot update its secondary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply to Open Systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long write I/O is withheld from the devices of a consistency group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XRC Session Time Out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONCOPY Session Time Out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPRC Consistency Time Out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find logical storage server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS serial and LSS number, e.g. 12019:22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no LSS %1 in the Copy Services domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show physical and logical storage servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Systems devices only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Copy Services domain has Open Systems LSSs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only LSSs containing volumes currently in a copy relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSS-level PPRC: left click the source LSS, right click the target LSS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source LSS %1. Right click the target LSS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source LSS %1, target LSS %2. Right click the target again to open the Task Wizard for all their volumes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::TaskWizard</name>
    <message>
        <source>Establish FlashCopy pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw FlashCopy pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establish PPRC copy pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend PPRC copy pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate PPRC copy pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establish Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a source volume (left click) and a target volume (right click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a target volume other than the source volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 is selected twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy source and target must be in the same LSS: %1 and %2 are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPRC copies from one LSS to another: choose the target volume in another LSS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target volume %1 is smaller than source volume %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 is already in a FlashCopy pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 is already in a PPRC copy pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a volume of a PPRC copy pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a volume of a FlashCopy pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 is not in a PPRC copy pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 is not in a FlashCopy pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PPRC copy pair is suspended already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths are established from the Paths panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a task name to save the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task name may not contain blanks (the command line could not run it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task name can be no more than %1 characters in length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the action for the selected volumes and click Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select copy options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of the FlashCopy pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not perform background copy if checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the tracks modified on the source are copied to the target; the pair stays until it is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerate destage mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FlashCopy I/O gets a higher priority than other I/O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit if target is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy initialization and options of the PPRC pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not copy volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy entire volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy out-of-sync cylinders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a suspended pair: copies only what the primary recorded as changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical Volume mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select path options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with paths that exist already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not establish paths if they already exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force removal of existing paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server that runs the task: the target&apos;s when the primary is not reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule task with source storage server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule task with target storage server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the task to run it later from the Tasks panel, or run it now. A name and a description help to read the Copy Services log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path origin %1 over %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1, target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several pairs are saved as one task each, named %1_1, %1_2, ...: use a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establish the FlashCopy even if the target volume is mounted on a host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::TasksPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift-click or Ctrl-click to select several tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: its tasks run together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>successful</source>
        <comment>task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <comment>task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run yet</source>
        <comment>task status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more tasks that are not in a group (groups do not nest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungroup the task before changing its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task properties — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options are not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tasks %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group; its tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %n task(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A FlashCopy or PPRC pair that a task establishes overwrites the target volumes: what they hold now is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::VolumesPanel</name>
    <message>
        <source>FlashCopy pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPRC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source LSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target LSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter multiple selection mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no LSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1, number %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPRC %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n volume(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Multiple selection mode: %n pair(s) selected. Left click a source, right click its target; right click the last target again to open the Task Wizard.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Source %1 waits for its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left click a volume to select the source, right click to select the target; right click the target again to open the Task Wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right click the target again to open the Task Wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right click the target volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit multiple selection mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered: not showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Panel — Volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2105-%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPRC role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPRC status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPRC partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical Volume mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-sync tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (NOCOPY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a volume with a click, then click Information Panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-digit volume ID, e.g. 00112019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 was not found in the Copy Services domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Copy Services domain has Open Systems LSSs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplex (not in a copy relationship)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (FlashCopy source, PPRC primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (FlashCopy target, PPRC secondary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1: %2, mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (mounted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nolabel</source>
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
    <message>
        <source>Needs Attention: see the Recovery Guru procedure for this event.</source>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the events shown (after the filters) as CSV or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events could not be saved to %1: %2. Choose another folder or free space, and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;Guru…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event that made the storage subsystem Need Attention to see its recovery procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Recovery Guru with the recovery procedure of the problem this event reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem this event reported is no longer present; the Recovery Guru shows what still needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type, component or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the events whose type, component, description or details contain every word typed here, such as &quot;6600 failed&quot;. Ctrl+F comes here, Esc clears it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::FindBar</name>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, state or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only what contains every word typed here, in its name, state or type, such as &quot;failed&quot; or &quot;flashcopy&quot;. Ctrl+F comes here, Esc clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here matches “%1”.
Clear the Find field (Esc) to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::FlashCopyRules</name>
    <message>
        <source>No storage subsystem is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FlashCopy premium feature is not enabled on this storage subsystem. Enable it with Storage Subsystem ▸ Premium Features ▸ Enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the standard logical drive that is to be the base of the FlashCopy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 logical drive; only a standard logical drive can be the base of a FlashCopy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; only an optimal logical drive can be the base of a FlashCopy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 FlashCopy logical drives, the most a base logical drive can have. Delete or re-create one of them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage subsystem already has %1 FlashCopy logical drives, the most a %2 supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage subsystem already has the most logical drives a %1 supports (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No array has the %1 a repository needs at least, and there is no unconfigured capacity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::AddPairDialog</name>
    <message>
        <source>Add Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TID/LUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CU:LDEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S-VOL (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the S-VOL, then choose its T-VOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-VOL (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVP takes the reserved volume with the lowest LDEV ID that is in no pair and at least as large as the S-VOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the T-VOL from the list; filter it by port and reserve attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve attri&amp;bute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the volumes with the reserve attribute (a T-VOL must have it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initial copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy each S-VOL to its T-VOL as soon as the pair is added (pending, then split). Unchecked, the pair stays duplex until Split Pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the T-VOL of the highlighted pair in the list with the T-VOL chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a pair of the highlighted S-VOL and the T-VOL chosen above (another T-VOL for the same S-VOL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Omit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the highlighted pairs from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last Change, Set or Omit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S-VOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-VOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create every pair of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in a pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is smaller than the S-VOL %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the T-VOL of %2 in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (no reserved volume left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight an S-VOL, choose its T-VOL (Auto or Select), then Set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) refused; correct them (Change, Omit) and Add again:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pair of the list was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to add.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No S-VOL highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>S-VOL %1 (port %2, TID:LUN %3, CU:LDEV %4): %5, %6, %n existing pair(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: pair %1, T-VOL %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::AttributeDialog</name>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or reset the reserve attribute. Only a reserved volume can become a T-VOL, and a reserved volume refuses host writes unless its pair is split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CU:LDEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>reserve attribute</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::HdsMainScreen</name>
    <message>
        <source>Display mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the volumes (LUs) of the port (Fig. 11A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the pairs, with their copy progress (Fig. 11B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port whose volumes are listed: one port (cluster and channel) or all ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: only the volumes with the reserve attribute (the T-VOL candidates). Unchecked: reserved and unreserved volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the volumes that belong to a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the volumes that belong to no pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pairs (Pair mode) or the volumes (Volume mode) in these pair statuses; simplex is a volume in no pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TID/LUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CU:LDEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port: cluster and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target ID and logical unit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume number: control unit and logical device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reserve attribute: only a reserved volume can become a T-VOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S-VOL Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-VOL Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy pointer / max address, in tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks copied by this copy, and (after the +) tracks copied before a host write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the list shows with the filters above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pair Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;&amp;His&amp;tory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Pai&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uspend Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spl&amp;it Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-s&amp;ync Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attri&amp;bute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-VOL Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pair status of the selected volumes or pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair status and history of the selected volumes or pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pairs: the selected volumes become S-VOLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected pairs (back to simplex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend (or resume) the copy of the selected pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the S-VOL to the T-VOL of the selected pairs (the copy command): SP-Pending, then split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-synchronize the selected split pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or reset the reserve attribute of the selected volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The T-VOLs&apos; SCSI paths are not modelled by this simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the controller for its volumes and pairs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the storage subsystems of another family</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>S-VOL (source) of %n pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>T-VOL (target) of a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy pointer %1 of %2 tracks; %3 tracks still unequal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open volumes: %1    Reserved: %2 / %3    Pairs: %4 / %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-system volumes of the controller; reserved volumes and pairs, each with its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select volumes that belong to pairs, or pairs in Pair mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select volumes in Volume mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find (Ctrl+F): CU:LDEV, port or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the T-VOLs of the selected split pairs with their S-VOLs while hosts go on (Copyline&apos;s extension)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::HdsPerspective</name>
    <message>
        <source>SVP — In-controller copy — controller %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::HdsTexts</name>
    <message>
        <source>simplex</source>
        <comment>pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <comment>pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplex</source>
        <comment>pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SP-Pending</source>
        <comment>pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split</source>
        <comment>pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-sync</source>
        <comment>pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspend</source>
        <comment>pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow (1 track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium (3 tracks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast (15 tracks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Slow (1)</source>
        <comment>pace: tracks at a time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium (3)</source>
        <comment>pace: tracks at a time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast (15)</source>
        <comment>pace: tracks at a time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>volume status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying</source>
        <comment>volume status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S-VOL: the source (primary) volume of the pair, the one that is copied. In this SVP the source is the &quot;S-VOL&quot; (the engine&apos;s commands call it pvol).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-VOL: the target (secondary) volume of the pair, the one that receives the copy; it must have the reserve attribute (the engine&apos;s commands call it svol).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy pace: the tracks copied at a time (slow 1, medium 3, fast 15)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::PairOperationDialog</name>
    <message>
        <source>Split Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies each S-VOL to its T-VOL as of now (the copy command): the pair goes SP-Pending while the tracks are copied, then split, and the T-VOL can be read and written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-sync Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-synchronizes each split pair: the T-VOL leaves host access and the tracks that differ are copied again (re-sync, then duplex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes each pair: a running copy stops at once, both volumes become simplex and the T-VOL keeps what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend stops the copy of each pair and keeps its track maps; Resume goes on from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S-VOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-VOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Omit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the highlighted pairs from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair in the list: select pairs on the main screen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) refused:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n pair(s)? A running copy stops at once and the T-VOLs keep what they hold now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-sync started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares the T-VOL of each split pair with its S-VOL, track by track, while hosts go on using both. Tracks written on either volume since the Split are left out, so a difference found is damage. Verify and Repair copies the S-VOL&apos;s track, which still holds the Split&apos;s image there, into the T-VOL again. (Copyline&apos;s extension: the SVP has no such screen.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and &amp;Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify, and copy each differing track from the S-VOL into the T-VOL again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tracks compared, %2 differ; %3 written since the Split not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n track(s) repaired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; the T-VOL does not hold the Split&apos;s image at track %1: Verify and Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) need attention:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::StatusHistoryDialog</name>
    <message>
        <source>Status &amp; History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp; History — port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S-VOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-VOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the status was acquired (opened or refreshed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-VOL Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The T-VOLs&apos; SCSI paths are not modelled by this simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S-&amp;VOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;T-VOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current S-VOLs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current T-VOLs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::HelpWindow</name>
    <message>
        <source>Copyline Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical/Physical View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create FlashCopy Logical Drive Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Copy Wizard (VolumeCopy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Remote Mirror Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Mirrors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Equivalent Command and copylinectl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS Copy Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEC Data Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-Controller Copy (SVP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Services Manager Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Copyline Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::HostIoServerDialog</name>
    <message>
        <source>Host I/O Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyline serves every LUN mapping to real NBD clients (nbdinfo, qemu-img, qemu-io, nbdcopy, fio) as an export named host/lunN: a host&apos;s view of its logical drives. Their requests follow the copy-services rules like any host&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve mapped logical drives over &amp;NBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port; 10809 is the NBD standard port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NBD exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy nbd&amp;info Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1:%2  ·  %n client(s) connected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not running: the NBD server is turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: port %1 on %2 is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the NBD server with these settings; connected clients are cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an export (the server needs a port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &quot;nbdinfo %1&quot; to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export has a URI yet: map a logical drive to a host and start the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client reads an export with, for example:  &lt;code&gt;nbdinfo %1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner-Only URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through a unix socket that only your own processes can open; the TCP URI is open to every local user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Owner-Only URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a loopback address: anyone who can reach this machine on that network can read and write every mapped LUN, without authentication. Use 127.0.0.1 or the owner-only URIs unless the network is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::HostWorkloadModel</name>
    <message>
        <source>Stopped</source>
        <comment>host workload state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <comment>host workload state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>host workload state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaced</source>
        <comment>workload rate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% reads, %2 %3 requests, %4</source>
        <comment>read percent, block size, pattern, rate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logical drive is mapped to %1 or its host group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads and writes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests the copy-services rules refused (read-only, no access, secondary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>host workload state column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical Drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Refusal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::HostWorkloadsWindow</name>
    <message>
        <source>Host Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated host reads and writes the logical drives mapped to it, or to its host group, at the pace you choose. Its requests follow the same rules as an NBD client&apos;s: a VolumeCopy source or read-only target, a copy in progress or a mirror secondary refuses them, and the refusals are counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts and their workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <comment>percent suffix</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the requests that are reads; the rest are writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace of the host&apos;s requests; Unpaced goes as fast as the logical drives allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random offsets, or each logical drive read and written from start to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated host workloads on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host Workloads — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected hosts&apos; workloads with these settings (stopped ones start, paused ones resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected hosts&apos; workloads with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the running workloads; their counters are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selected host&apos;s workload is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the paused workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selected workload is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the workloads; their counters start from zero next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selected host has a workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a host to see which logical drives it reads and writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sees no logical drive: map one to it or to its host group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 sees %n logical drive(s): %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) refused. Last refusal: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>host: error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the copylinectl command that starts the selected hosts&apos; workloads with these settings</source>
        <translation type="unfinished"></translation>
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
    <name>Copyline::IncreaseRepositoryCapacityDialog</name>
    <message>
        <source>Increase Repository Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository grows with free capacity of its own array. The FlashCopy stays usable while it grows; a repository that was full accepts copy-on-write data again, and writes to the base resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository logical drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy logical drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base logical drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used:</source>
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
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository logical drive no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository&apos;s array has no free capacity left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the capacity to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase the capacity of repository logical drive &quot;%1&quot; by %2, from %3 to %4? The capacity is taken from the free capacity of %5 and cannot be given back without deleting the FlashCopy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::IntroductionPage</name>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A FlashCopy logical drive is a point-in-time image of a base logical drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you create a FlashCopy&lt;/b&gt;, stop the applications that write to the base logical drive or put them in backup mode, and flush the host&apos;s caches (unmount the file system, or run &lt;tt&gt;SMrepassist -f&lt;/tt&gt;). Otherwise the image is only crash-consistent. The controller holds writes to the base for a few seconds while it creates the FlashCopy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A FlashCopy has two parts: the &lt;b&gt;FlashCopy logical drive&lt;/b&gt;, which hosts map, read and write like any logical drive, and its &lt;b&gt;FlashCopy repository logical drive&lt;/b&gt;, which keeps the original data of every block written to the base after the point in time (copy-on-write), plus metadata. The repository needs only a fraction of the base&apos;s capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simple: the repository on the base&apos;s array, with the default settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repository of 20% of the base on its array; the FlashCopy is mapped automatically, warns at 50% full and fails if its repository fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced: choose where the repository goes and set every parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free capacity on the same or another array, or a new array from unconfigured capacity; mapping, warning threshold and full policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base logical drive: &lt;b&gt;%1&lt;/b&gt; (%2) on %3, which has %4 free.</source>
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
    <message numerus="yes">
        <source>Base of %n FlashCopy logical drive(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, repository full</source>
        <comment>FlashCopy status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, repository threshold exceeded</source>
        <comment>FlashCopy status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VolumeCopy source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VolumeCopy target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy in progress %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy failed, needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <comment>copy state, read-only</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>role, state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VolumeCopy source of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VolumeCopy target of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1% copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; read-only to hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; writable by hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>status, copy state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy Logical Drive %1
%2
Point-in-time image of %3, taken %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository: %1, %2% used of %3 (warning at %4% full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When full: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository of %1, %2% used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy Repository Logical Drive %1
%2
Used: %3 of %4
Array: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning at %1% full; when full: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full: writes to %1 fail until the repository capacity is increased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the warning threshold: increase its capacity before it fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror repository of controller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror repository logical drive of controller %1: it logs the remote writes not yet written to the secondaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <comment>status percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirror primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirror secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>status, mirror state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote mirror primary of %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote mirror secondary of %1 on %2: %3 (hosts may read, not write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logical drive %2 on %3
Mirrored pair: %4
Manage it in the Logical view of %3, or in Logical Drive ▸ Remote Mirroring ▸ Remote Mirrors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer lists this relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>secondary drive on subsystem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <comment>remote drive (role) on subsystem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% complete, adding %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage Subsystem ▸ Recovery Guru… shows the recovery steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · site %3</source>
        <comment>model · status · remote engine</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by the engine of site %1 and shown here read-only: manage it on that engine. copylinectl --refresh-peer %1 shows its latest state.</source>
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
    <name>Copyline::LogicalDriveParametersPage</name>
    <message>
        <source>Specify Logical Drive Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the FlashCopy is mapped and what happens as its repository fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy logical drive parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to the Default Host Group at its lowest free LUN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map later with Storage Partitioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left under Undefined Mappings; map it with Mappings ▸ Define Additional Mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository logical drive parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn when the repository is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent (%) full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the repository becomes full:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point-in-time image is lost; the base logical drive is not affected. Recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attention:&lt;/b&gt; host writes to the base logical drive then fail until the repository&apos;s capacity is increased. Not recommended, and not supported for AIX hosts.</source>
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
    <message>
        <source>FlashCopy Logical Drive Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy Repository Logical Drive - Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status (reason)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>FlashCopy (status)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy logical drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirroring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the mirrored pair&apos;s smaller drive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity being added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in progress</source>
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
    <message>
        <source>Find (Ctrl+F)</source>
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
        <source>&amp;Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the host I/O rate of every logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;e-create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every VolumeCopy pair with its progress; re-copy, stop, remove, change priority and target permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;Workloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause and stop simulated hosts reading and writing their mapped logical drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host I/O &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of the NBD server that serves mapped logical drives to real clients, and its exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FlashCopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VolumeCopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the logical drive or FlashCopy repository to grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A FlashCopy logical drive has its base&apos;s capacity; increase its repository instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror repository logical drives cannot be expanded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the base of FlashCopy logical drives, which cannot grow with it; delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no free capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add free capacity of its array to the FlashCopy repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a FlashCopy logical drive: a point-in-time image of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a FlashCopy logical drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop copy-on-write for %1; it keeps its repository and mappings until it is re-created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an optimal FlashCopy can be disabled; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a new point-in-time image for %1; the current image is discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all data of %1 onto another logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage subsystem is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1, the source of the copy to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the target logical drive of a VolumeCopy in the Logical view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1, the target of the copy from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the source logical drive of a VolumeCopy in the Logical view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the repository of FlashCopy logical drive &quot;%2&quot;, which is deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting FlashCopy logical drive &quot;%1&quot; also deletes its repository &quot;%2&quot; (%3): the point-in-time image of &quot;%4&quot; and everything written to the FlashCopy are destroyed. The capacity returns to the free capacity of %5. The base logical drive is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete FlashCopy Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It is the base of %n FlashCopy logical drive(s), which are deleted with it, with their repositories: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create FlashCopy Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is not connected to an engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling FlashCopy logical drive &quot;%1&quot; stops copy-on-write from its base &quot;%2&quot;: the FlashCopy cannot be used until it is re-created. Its repository &quot;%3&quot; and its mappings are kept, and the other FlashCopies of the base keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable FlashCopy Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-creating FlashCopy logical drive &quot;%1&quot; takes a new point-in-time image of &quot;%2&quot;. The current image is discarded: everything in repository &quot;%3&quot; is deleted, including data written to the FlashCopy. Its name, repository, settings and mappings are kept.

Stop host I/O to the base and flush the host&apos;s caches first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create FlashCopy Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host I/O of the storage subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host I/O: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host I/O: read %1 MB/s, write %2 MB/s</source>
        <comment>status bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host I/O of all logical drives of the storage subsystem; View ▸ Performance shows each logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &amp;Mirroring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote Mirroring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VolumeCopy %1 to %2: Copy In Progress (%3% complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VolumeCopy %1 to %2: Copy Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirrored pair %1: Synchronization-in-Progress (%2% complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1: workload paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1: workload running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Host I/O server: %n connection(s) from hosts over NBD</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following operations are in progress on this console&apos;s storage subsystems:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Running in Background hands the workspace to the Copyline engine (copylined), which continues them; start the console again to attach to it.

Stop and Quit stops them until the workspace is opened again. Hosts connected over NBD are disconnected either way and must reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Running in Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit closes the workspace with the console; while copies, mirrors or workloads run it asks whether to keep them running in the background (copylined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit detaches the console; copylined keeps running the workspace and its copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent &amp;Reservations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and clear the reservations hosts hold on logical drives (a reserved drive cannot be copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adva&amp;nced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Services Manager: sessions of copy sets over the storage systems, their role pairs, commands and console messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Services Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;Guru…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show why the storage subsystem Needs Attention: each problem with its cause and recovery steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help for This View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help page of the view in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the list of help pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create FlashCopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create VolumeCopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Remote Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium feature enabled: %1 is now enabled on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The premium feature of the key file is now enabled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine Unresponsive: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The views show the last state the engine sent; commands fail until it answers again. The console reconnects by itself when the engine is back (started again, or the network restored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine Unresponsive: %1 Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &amp;Engines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach Engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the storage subsystems of another Copyline engine from this console, over TLS: they are listed under that engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detach Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the engine of the selected storage subsystem from this console&apos;s list; the engine and its copies go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detach Engine of Site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine of site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresponsive: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresponsive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engines of other sites: register one, and its DS4000, ESS and NEC storage subsystems are shown here read-only to mirror to</source>
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
    <message>
        <source>Logical drive, host, LUN or type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::MessageBox</name>
    <message>
        <source>Show the equivalent command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorActions</name>
    <message>
        <source>&amp;Activate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role to &amp;Primary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role to &amp;Secondary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynchronization Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Communication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Mirror Relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every mirrored pair of both storage subsystems with its status and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Mirror &amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the paths of a remote mirror link up or down, let them flap, change bandwidth and round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is not connected to an engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the mirror repository logical drives and reserve the mirror ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mirror repository logical drives and free the mirror ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror %1 to a logical drive of the remote storage subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop mirroring %1 and record its writes for a later delta resynchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the regions of %1 written since mirroring stopped, and mirror again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one mirrored logical drive to change its role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote %1 to primary; its partner becomes the secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demote %1 to secondary; its partner becomes the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the synchronization priority and resynchronization method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between Metro Mirroring, Global Copy and Global Mirroring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one mirrored logical drive to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the round trip to the remote storage subsystem over the mirror path of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mirror relationships of this storage subsystem; the data stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote mirror link exists yet: links connect storage subsystems once Remote Logical Drive Mirroring is activated on both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate Remote Logical Drive Mirroring on %1?

Both mirror repository logical drives are deleted and host port 2 of each controller returns to host use. Mirrors can be created again only after a new activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate Remote Logical Drive Mirroring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 on %2 the primary to resolve the Dual Secondary condition? %3 on %4 stays the secondary, and the regions written on either side since the roles split are copied from %2 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 on %2 the secondary to resolve the Dual Primary condition? %3 on %4 stays the primary, and the regions written on either side since the roles split are copied from %4 to %2; what was written to %1 since then is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 on %2 to the primary role?

%3 on %4 becomes the secondary, and data is then copied from %2 to %4. Hosts mapped to %1 can read and write it; hosts using %3 can no longer write to it and must be restarted if they had the same LUN mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 on %2 to the secondary role?

%3 on %4 becomes the primary, and data is then copied from %4 to %2. Hosts can no longer write to %1 (they may still read it); its FlashCopy logical drives fail until it is promoted again, and VolumeCopies from it that are in progress or pending fail. Stop host I/O to %1 and unmount its file systems first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceeding anyway makes %1 a primary without demoting %2, which stays a primary too: a Dual Primary condition (&quot;Dual-role conflict detected&quot;). Both logical drives then take host writes and differ; once the storage subsystems communicate, change the role of one of them to resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceeding anyway makes %1 a secondary without promoting %2, which stays a secondary too: a Dual Secondary condition (&quot;Dual-role conflict detected&quot;). Hosts can then write to neither; once the storage subsystems communicate, change the role of one of them to resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2

Proceed anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proceed Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Mirror…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one mirrored logical drive to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with its secondary grain by grain while hosts keep writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with its secondary %2 grain by grain? Hosts keep writing meanwhile; both drives are read once. Grains found different can be resynchronized from the primary at once (Verify and Repair) or only reported (Verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and &amp;Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the %n compared grain(s) are identical on both sides.</source>
        <translation>
            <numerusform>%1: the %n compared grain is identical on both sides.</numerusform>
            <numerusform>%1: the %n compared grains are identical on both sides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n grain(s) differ between the primary and the secondary.</source>
        <translation>
            <numerusform>%1: %n grain differs between the primary and the secondary.</numerusform>
            <numerusform>%1: %n grains differ between the primary and the secondary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grain(s) were not compared: recorded out of sync or being written.</source>
        <translation>
            <numerusform>%n grain was not compared: recorded out of sync or being written.</numerusform>
            <numerusform>%n grains were not compared: recorded out of sync or being written.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are being resynchronized from the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify again with Repair to resynchronize them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote M&amp;irrors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is served by the engine of site %2: that engine takes the primary role, asking this one to step down first, and the roles show here a moment later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorIntroductionPage</name>
    <message>
        <source>Create Remote Mirror - Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote mirror keeps a secondary logical drive on another storage subsystem a copy of a primary logical drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start: Remote Logical Drive Mirroring must be &lt;b&gt;Enabled/Activated on both storage subsystems&lt;/b&gt;, which are cabled through their mirror ports; the secondary must be a standard logical drive at least as large as the primary, in no other mirror relationship and not the base of a FlashCopy. Create primary and secondary on the same preferred controller. A full synchronization then copies the primary to the secondary; the primary stays fully accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select the primary logical drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical Drive</source>
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
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary logical drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorPairModel</name>
    <message>
        <source>Starting</source>
        <comment>synchronization progress</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>progress percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>out of sync</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>write mode (copy type)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flapping (up)</source>
        <comment>link path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flapping (down)</source>
        <comment>link path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last synchronized</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is the primary; %3 on %4 is its secondary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is the secondary of %3 on %4: hosts may read it, but not write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer lists this relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization is Automatic: it starts when the storage subsystems communicate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs Attention. Resynchronization is Manual: restore communication, then select Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes to the primary are recorded; Resume copies only the regions written since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs Attention: change the role of one side once the storage subsystems communicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs Attention: remove the mirror relationship on this storage subsystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a resynchronization would copy now (regions written since the secondary last confirmed them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of controller %1 (controller %1 talks only to controller %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the secondary last held exactly the primary&apos;s data: the recovery point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: after a link interruption the pair resynchronizes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual (recommended): after a link interruption the pair waits for Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <comment>mirror role column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Storage Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>mirror status column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Synchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization priority: Lowest takes about 8 times as long as Highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>synchronization priority column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorPairsDialog</name>
    <message>
        <source>Select one or more mirrored pairs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the mirror, then click Finish to create it; a full synchronization starts at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the mirror relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>drive on subsystem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>write mode (copy type)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write consistency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;All data on %1 will be overwritten&lt;/b&gt; by a full synchronization from %2. While it is the secondary, hosts can read %1 but not write to it; stop their I/O and unmount its file systems first. %2 stays fully accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the base of FlashCopy logical drives: quiesce its host I/O while the mirror is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped to %2 (LUN %3), which can then only read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorProgressDialog</name>
    <message>
        <source>Mirrored pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the storage subsystem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorSelectionTable</name>
    <message>
        <source>Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <comment>mirror role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Storage Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>mirror status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirrored pairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::MirroringPropertiesWidget</name>
    <message>
        <source>Synchronization progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <comment>mirror role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote storage subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>mirror status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last synchronized</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote mirror link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of controller %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization progress: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 remaining at %3</source>
        <comment>progress — time remaining at rate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror repository logical drive of controller %1: it logs the remote writes not yet written to the secondaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a mirror relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: reason</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::NamesPage</name>
    <message>
        <source>Specify Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Name the FlashCopy logical drive and its repository, with at most %n characters each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;FlashCopy logical drive name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy &amp;repository logical drive name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The defaults are &lt;i&gt;base&lt;/i&gt;-&lt;i&gt;n&lt;/i&gt; and &lt;i&gt;base&lt;/i&gt;-R&lt;i&gt;n&lt;/i&gt;, where &lt;i&gt;n&lt;/i&gt; is the lowest number not used by the base&apos;s FlashCopies; a long base name is shortened to fit. Custom names do not use up a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::DefineControlVolumeDialog</name>
    <message>
        <source>Disk No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LD Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define Control Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1. A control volume is used when the server issues control I/O to the disk array: select one logical disk for each disk array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Volume List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes back a logical disk added in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate Volume List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not select an RV or a link-volume (LV) for the snapshot function as a control volume because it may enter the Not Ready state during operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added; saved with OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an RV. Do not select an RV or a link-volume (LV) for the snapshot function as a control volume because it may enter the Not Ready state during operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an %2. Prepare a volume such as IV with which the server can properly issue I/O to the disk array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can select one logical disk for each disk array as a control volume: %1 is already selected for disk array %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save definition information?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition information has been saved. Select File &gt; Create/Update Volume List to reflect it to the volume list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to cancel the definition?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::NecPerspective</name>
    <message>
        <source>Data Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume List Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the storage subsystems of another family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEC Storage Manager Data Replication — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::NecTexts</name>
    <message>
        <source>Replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore (RV protection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read/Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RemoteDataReplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamicDataReplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi Sync Mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::OperationDialog</name>
    <message>
        <source>The console is not connected to an engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MV %1, RV %2 — %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk array has no logical disk that can become an MV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ordinary volume (IV) of the MV&apos;s capacity and OS type can become its RV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels the pair: both logical disks become ordinary volumes (IV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced unpair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In any state; the RV may hold partly copied data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair is not separated: separate it first, or use forced unpair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the MV to the RV (rpl/exec); afterwards MV updates are reflected to the RV (rpl/sync). The RV must be unmounted on every server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference (only what changed since the separate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full (the whole MV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Mode (foreground copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy control state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RV access during replicate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separates the RV from the MV: the difference still to reflect is copied (sep/exec), then the RV holds the MV as of the separate (separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RV access after separate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the separate completes (complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediately, while the difference is reflected (immediate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RV use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced separate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an ordinary separate is not possible: at once, in any state; what is not yet copied stays recorded as difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 only a forced separate is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the RV back to the MV (rst/exec). MV and RV must be unmounted on every server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RV protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MV updates are not reflected to the RV, and the pair separates automatically when the restore ends. Without it, MV updates are reflected to the RV until you separate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RV access during restore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RV Access Restriction Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Separated state the RV can be Read/Write or Read Only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While MV and RV are paired the RV can be Not Ready or Read Only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RV access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyline gives the RV to hosts when the separate completes either way: it does not redirect RV reads to the MV while the difference is reflected, as the disk array does. In Sync Mode that is at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RemoteDataReplication from disk array %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binds an RV to an MV of disk array %1. The pair starts Separated; its first Replicate copies the whole MV. MV and RV need the same capacity and OS type. An RV on a disk array linked to this one makes a RemoteDataReplication pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on disk array %2 (RemoteDataReplication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Disk Arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cables the Replication Director of disk array %1 to another disk array&apos;s. RemoteDataReplication pairs copy over this link; both arrays need the RemoteDataReplication licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk array:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other disk array is linked to this one already, or there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link between disk arrays %1 and %2, path state %3. A link fault (path down) separates the pairs replicating over it due to a failure when their copies cannot reach the RV; after repairing it, check that the path state is normal and Replicate them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up (normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down (link fault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flapping (intermittent fault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated fault of the cable or the Replication Director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect Disk Arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the link between disk arrays %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n RemoteDataReplication pair(s) use this link: unpair them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Semi Sync Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host writes complete without waiting for the RV while less than the disk array&apos;s Semi Sync limit waits to be reflected; beyond it, as in Sync Mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For RemoteDataReplication only: inside one disk array Sync Mode costs little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine of site %1 manages this pair. Here only a Forced Separate is possible, and only while that engine cannot be reached (a failover): the RV is then usable on this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine of site %1 manages this pair: here only a forced separate is possible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::ReplicationPanel</name>
    <message>
        <source>Pair Setting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RV Access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind an RV to an MV (pair setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RV access restriction change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Control State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RV Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LD name (LDN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk array %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pair first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair is Separated: Replicate or Restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair is in %1: Separate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair is already separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pair to see its states; Pair Setting binds a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MV %1 (%2, %3) — RV %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity State: %1    Sync State: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Control State: %1    RV Access: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Time: %1    Separate Diff: %2    Copy Diff: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MV, RV or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Links to other disk arrays&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable this disk array&apos;s Replication Director to another&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RemoteDataReplication Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (RV of %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link: Connect… cables this disk array to another for RemoteDataReplication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RemoteDataReplication from disk array %1 to %2; path state of the link: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link fault: remove the cause, then check that the path state is normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi Sync buffer: %1 of %2 not yet reflected to the RV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine of site %1 serves this disk array: set its pairs there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MV is on the engine of site %1, which manages the pair: attach that engine to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RV is on another engine&apos;s disk array: Copyline does not restore across engines yet. Unpair, then set a pair with it as the MV on its engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine of site %1 serves this disk array: connect it from one of this engine&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MV is on the engine of site %1, which manages the pair: this engine serves the RV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a Forced Separate, while the engine of site %1 cannot be reached (a failover).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::VolumeListPanel</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create/Update Volume List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define Control Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Volume List Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume List Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume list of a server: the logical disks of the disk arrays the server sees, with their drive letters, mount point volume names and disk numbers. Create/Update Volume List makes it (iSMvollist -cr); the replication commands of the server use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk Array Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive Letter/Path Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LD Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired/Linked Logical Disk Information List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unmounted (the file system buffer was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file system buffer was written to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume list of %1 has not been created: select File &gt; Create/Update Volume List.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOLUME : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: iSM11701: Volume list is created successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts %1 (%2, %3) on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iSM13221: Resetting drive letter (%1) has succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::PerformanceModel</name>
    <message>
        <source>LUN %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not mapped: no host can read or write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Megabytes per second (1 MB = 1,048,576 bytes), averaged over the last %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Host requests per second, averaged over the last %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read IOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write IOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::PerformanceView</name>
    <message>
        <source>Host I/O per logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical Drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the whole storage subsystem instead of the selected logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host I/O of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: read %1 MB/s (%2 IOPS), write %3 MB/s (%4 IOPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host workload running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host workload(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host workload(s) paused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n paused</source>
        <comment>host workloads running, paused</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>host I/O server (NBD) on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host I/O server (NBD) not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All logical drives of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host, copy and mirror traffic in MB/s, last two minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host reads and writes per second, last two minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean host read and write latency in milliseconds, last two minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of repository capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy repository use in percent, last ten minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Mirror recovery point objective in seconds, last ten minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy Repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Mirror RPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host I/O, copies (FlashCopy copy-on-write, VolumeCopy) and mirror traffic (synchronization, writes shipped, journal) in MB/s; copies and mirrors count on their source drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host read and write requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean service time of the host reads and writes in each interval, in milliseconds (copy-on-write and synchronous mirroring included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository use of each FlashCopy logical drive in percent of its capacity; the dashed line is the warning threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery point objective of each Global Mirroring pair: how many seconds of writes the secondary lags behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning threshold (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest warning threshold (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No FlashCopy logical drives on this storage subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopies of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 fullest of %2 FlashCopies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All FlashCopies of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Global Mirroring pairs (asynchronous with write consistency) on this storage subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Mirror pair of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Mirroring pairs of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::PersistentReservationsDialog</name>
    <message>
        <source>Legacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>reservation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View Associated Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logical drive of this storage subsystem holds a reservation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clearing removes the registrations and reservations of %n logical drive(s): %1. The hosts lose their hold on them; do this only when no host depends on it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Registrations/Reservations</source>
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
    <name>Copyline::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the FlashCopy logical drive and its repository, then click Finish to create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the FlashCopy logical drive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (Default Host Group, lowest free LUN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map later with Storage Partitioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy repository logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2% of base logical drive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the repository is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wizard path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple</source>
        <comment>wizard path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>wizard path</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::PropertiesDialog</name>
    <message>
        <source>%1 MB/s (%2 IOPS)</source>
        <comment>host I/O rate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VolumeCopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a source or target of any copy pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2% copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status (reason)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>VolumeCopy role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <comment>VolumeCopy role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target WWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source WWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::ReCopyDialog</name>
    <message>
        <source>Re-Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-Copy copies &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; again from the beginning, with the image %1 has when the copy starts. All data on %2 is overwritten, and %2 becomes read-only to hosts again when the copy completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop host I/O to both logical drives and unmount their file systems first. Until the copy completes, hosts cannot write to %1 unless it is a FlashCopy, and cannot read or write %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy pair no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::RecoveryGuruDialog</name>
    <message>
        <source>Recovery Guru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage subsystem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component reporting problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the storage subsystem again; a problem that has been fixed leaves the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Guru - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failures detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failures were detected on the storage subsystem.

Storage subsystem %1 is Optimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What caused the problem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteEnginesDialog</name>
    <message>
        <source>Remote Engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage Subsystems Shown Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the engine of another site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>siteB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT of its replication listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy of its workspace&apos;s replication.key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the selected engine again what it serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected engine and its storage subsystems here (refused while mirrors with its logical drives exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Key of the Remote Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage subsystems of %1 were asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is not connected to an engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This engine is site &lt;b&gt;%1&lt;/b&gt;. Other engines reach it at %2:%3 with the key in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This engine is site &lt;b&gt;%1&lt;/b&gt;. It does not listen for other engines; to let them reach it, run copylinectl --replication-listen ADDRESS:PORT on its computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a replication key: give the file replication.key of the other engine&apos;s workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered: its storage subsystems are shown read-only as NAME@%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the engine…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteMirrorLinkDialog</name>
    <message>
        <source>carrying frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Mirror Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation: the Fibre Channel link between the mirror ports of two storage subsystems. Controller A talks only to controller A, B only to B, so each path carries the pairs whose logical drives that controller owns. Take a path down or let it flap to rehearse a link failure; a pair notices on its next write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote mirror link exists. Links connect storage subsystems once Remote Logical Drive Mirroring is activated on both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ⇄ %2</source>
        <comment>link between subsystems</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path &amp;%1 (controller %1 ↔ controller %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round trip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum allowed round trip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flap period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = as fast as the volume files go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what each remote write waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Communication Test&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long a flapping path stays up, then down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the copylinectl command that does what Apply does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: every transfer crosses a real connection (checksummed frames, keyed peers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over TCP to %2 (connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over TCP to %2 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteMirrorRules</name>
    <message>
        <source>Synchronization-in-Progress</source>
        <comment>mirror pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronized</source>
        <comment>mirror pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsynchronized</source>
        <comment>mirror pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimal/Suspended</source>
        <comment>mirror pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <comment>mirror pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual Primary</source>
        <comment>mirror pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual Secondary</source>
        <comment>mirror pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (secondary inconsistent)</source>
        <comment>mirror pair status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <comment>mirror role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <comment>mirror role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous, write consistency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metro Mirroring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Mirroring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>resynchronization method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>resynchronization method</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <comment>link path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <comment>link path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flapping</source>
        <comment>link path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 on %3</source>
        <comment>primary → secondary on subsystem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← %2 on %3</source>
        <comment>secondary ← primary on subsystem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is copied from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage subsystem is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not support Remote Logical Drive Mirroring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is already activated (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is %1: enable the premium feature with its key file first (Storage Subsystem ▸ Premium Features ▸ Enable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is not activated (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mirror relationship(s) exist on this storage subsystem: remove them first (Logical Drive ▸ Remote Mirroring ▸ Remove Mirror Relationship).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is %1 on this storage subsystem; mirrors need it Enabled/Activated (Storage Subsystem ▸ Premium Features ▸ Enable, then Storage Subsystem ▸ Remote Mirroring ▸ Activate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 already has %2 mirrored logical drives, its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the logical drive to mirror (it becomes the primary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the primary logical drive of a mirrored pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secondary: suspend the pair from its primary %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair is %1; only a Synchronized, synchronizing or Unsynchronized pair can be suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secondary: resume the pair from its primary %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair is %1; only a Suspended or Unsynchronized pair can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a logical drive of a mirrored pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is not activated on this storage subsystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote storage subsystem no longer lists this relationship (Unresponsive): remove it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a %2 (%3): change the role of one side to resolve the conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the %2 of its mirrored pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secondary: change the settings from its primary %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the primary or secondary logical drive of a mirrored pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote mirror link connects the two storage subsystems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This storage subsystem has no mirror relationships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secondary: verify the pair from its primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification compares both sides over the link: resume the pair first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteMirrorsWindow</name>
    <message>
        <source>Remote Mirrors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each storage subsystem keeps its own record of every mirrored pair it takes part in; the panes show both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage subsystem of this workspace supports Enhanced Remote Mirroring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &amp;Mirroring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;mulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization progress of the selected pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the link, then Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the relationship on this storage subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the role of one side once the storage subsystems communicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is %3: %4.</source>
        <comment>drive on subsystem is status: advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs Attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mirror record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mirror records of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Remote Logical Drive Mirroring %2 · %3 of %4 mirrored logical drives</source>
        <comment>model · option state · count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <comment>primary → secondary: progress</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 remaining</source>
        <comment>progress, time remaining</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it resynchronizes by itself once the link is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more pair(s) need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>mirrors with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical drive, status, role or mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteSubsystemPage</name>
    <message>
        <source>Select Remote Storage Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secondary logical drive is on the remote storage subsystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only storage subsystems with Remote Logical Drive Mirroring &lt;b&gt;Enabled/Activated&lt;/b&gt; are listed; at most two storage subsystems take part in a mirror configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the &amp;remote storage subsystem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirrored Logical Drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Mirror Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote storage subsystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 has no Remote Logical Drive Mirroring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Remote Logical Drive Mirroring is %2 (it must be Enabled/Activated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote mirror link connects it to this storage subsystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This storage subsystem already mirrors with %1; at most two storage subsystems take part in a mirror configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It already has %1 mirrored logical drives, the most a %2 supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path A %1, path B %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote storage subsystem has Remote Logical Drive Mirroring Enabled/Activated. Enable and activate it there first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::RemoveMirrorRelationshipDialog</name>
    <message>
        <source>Remove Mirror Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mirror relationships of this storage subsystem are listed; select the ones to remove (Ctrl+click selects several). The data on both logical drives is not changed: the primary goes on serving hosts, and the secondary becomes a standard logical drive hosts can write. To keep the relationship while you back up the secondary, use Suspend instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>write mode (copy type)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This storage subsystem has no mirror relationships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote storage subsystem cannot be reached for %1, or no longer lists it: only this storage subsystem&apos;s side of the relationship is removed. Remove it on the other storage subsystem too once the link is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove these mirror relationships?

%1

The data on both logical drives is not changed. The relationships can be created again later, with a full synchronization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed on this storage subsystem only: %1. The remote storage subsystem still lists the relationship; remove it there too once the link is back.</source>
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
    <name>Copyline::RepositoryCapacityPage</name>
    <message>
        <source>Specify FlashCopy Repository Logical Drive Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size the repository for the data that will change on the base while the FlashCopy exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base logical drive capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;percent (%) of base logical drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopy repository logical drive capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the new RAID %2 array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 of it holds metadata; the rest keeps the original data of base blocks written after the point in time. 20% suits a base of which up to a fifth changes while you keep the FlashCopy. A full repository can be grown later with Logical Drive ▸ Increase Capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the base is less than the 8 MB minimum, so the repository gets 8 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::RepositorySettingsWidget</name>
    <message>
        <source>Repository usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository logical drive parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn when the repository is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent (%) full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the repository becomes full:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attention:&lt;/b&gt; with &quot;Fail writes to base logical drive&quot;, host writes to the base fail while the repository is full. Not recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This FlashCopy no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository &lt;b&gt;%1&lt;/b&gt; (%2) on %3, for FlashCopy &lt;b&gt;%4&lt;/b&gt; of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 used (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository is full: writes to %1 fail until its capacity is increased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FlashCopy has failed (%1); re-create or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository is past its warning threshold: increase its capacity before it fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 available · warning at %2% full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::RunningOperations</name>
    <message>
        <source>%1 → %2</source>
        <comment>source → target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VolumeCopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>running operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>running operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>running operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>running operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>running operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>running operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>running operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>operation, objects, state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>notification, reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>remote drive on subsystem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1% reads, %n logical drive(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pair synchronization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::RunningOperationsDock</name>
    <message>
        <source>Running Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Running Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every copy, mirror synchronization and host workload that runs, with progress, rate and ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyline running operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::RunningOperationsModel</name>
    <message>
        <source>—</source>
        <comment>ETA unknown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>ETA seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>ETA minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>ETA hours minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>progress</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::RunningOperationsPanel</name>
    <message>
        <source>Cl&amp;ear Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>running operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operations are running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the operations that have ended from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operations are running; the ended ones stay listed for five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::RunningOperationsSummary</name>
    <message>
        <source>Show the running operations (View ▸ Running Operations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 operation running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operations running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>progress</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>operations running — progress · ETA</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::SecondaryPage</name>
    <message>
        <source>Select Secondary Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data on the secondary is overwritten by the primary&apos;s. Only logical drives at least as large as the primary are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the &amp;secondary logical drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical Drive</source>
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
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary logical drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for candidates on the remote storage subsystem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed, smaller than %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary logical drive: &lt;b&gt;%1&lt;/b&gt; (%2) on %3. Secondary candidates on &lt;b&gt;%4&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no logical drive of at least %2 that can be the secondary. Create one (Logical Drive ▸ Create on that storage subsystem), then come back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::StatusArea</name>
    <message>
        <source>Premium features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage subsystem Needs Attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the Recovery Guru with the recovery steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Needs Attention: %n problem(s); opens the Recovery Guru</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Needs Attention (%1)</source>
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
    <message>
        <source>Unresponsive</source>
        <comment>storage subsystem status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>model · status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its engine does not answer: shown as it last said; the console reconnects by itself.</source>
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
    <message>
        <source>Copy Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::SuspendResumeMirrorDialog</name>
    <message>
        <source>Suspend Mirrored Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Mirrored Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the mirrored pairs to suspend (Ctrl+click selects several). Data transfer to the secondary stops and the relationship is kept: writes to the primary are recorded in the mirror repository, and Resume copies only the regions written since. No attempt is made to contact the secondary. Use it, for example, to take a backup of the secondary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the mirrored pairs to resume (Ctrl+click selects several). Only the regions written since the pair was suspended or became unsynchronized are copied to the secondary; the secondary is inconsistent until that resynchronization completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair is %1; only a Synchronized, synchronizing or Unsynchronized pair can be suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair is %1; only a Suspended or Unsynchronized pair can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>write mode (copy type)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This storage subsystem has no primary logical drives of mirrored pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belong to the write consistency group of this storage subsystem: the console suspends the whole group together, so that the secondaries keep one common point in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belong to the write consistency group of this storage subsystem: the console resumes the whole group together (the script interface can resume a single member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend mirroring of these pairs?

%1

Data transfer to the secondaries stops; no attempt is made to contact them. Writes to the primaries are recorded, and Resume copies only the regions written since. Suspending clears a Needs Attention condition caused by a communication failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: from %3 to %4</source>
        <comment>pair: from subsystem to subsystem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume mirroring of these pairs?

%1

Only the regions written since mirroring stopped are copied. Until that completes the secondaries hold a mix of old and new data and cannot be used for recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend Mirrored Pair - Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Mirrored Pair - Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suspending %n mirrored pair(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n mirrored pair(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed: synchronizing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::SyncSettingsPage</name>
    <message>
        <source>Select Synchronization Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast synchronizations copy, and what happens when a broken link is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization &amp;priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with Highest, a synchronization takes about 2 times as long at High, 3.5 at Medium, 6 at Low and 8 at Lowest. A higher priority costs host I/O performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a link interruption the pair stays Unsynchronized until you select Resume: you decide when the secondary is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair resynchronizes as soon as the storage subsystems communicate again. Several interruptions during one resynchronization can leave the secondary with a mix of old and new data that is unusable for disaster recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs in the write consistency group resynchronize manually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair joins the write consistency group: its resynchronization is Manual, so that one Resume brings the whole group back together.</source>
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
    <message>
        <source>Optimal</source>
        <comment>FlashCopy status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>FlashCopy status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>FlashCopy status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Pending</source>
        <comment>VolumeCopy status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy In Progress</source>
        <comment>VolumeCopy status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>VolumeCopy status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>VolumeCopy status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Failed</source>
        <comment>VolumeCopy status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <comment>copy priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <comment>copy priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>copy priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <comment>copy priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <comment>copy priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>time remaining</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail FlashCopy logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail writes to base logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation in Progress</source>
        <comment>logical drive status during a modification (spec §1.4)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic logical drive expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>modification operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <comment>transfer rate</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::TimeChart</name>
    <message>
        <source>Seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::TlsAttacher</name>
    <message>
        <source>the engine&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the HOST:PORT its copylined --listen serves, e.g. 192.0.2.7:7443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a user the engine&apos;s owner added with copylinectl --add-user</source>
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
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::TypeYesConfirmation</name>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::TypedConfirmationDialog</name>
    <message>
        <source>Show the Equivalent Command…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::ViewDrivesPanel</name>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives of %1, which holds %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyIntroductionPage</name>
    <message>
        <source>Create Copy Wizard - Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VolumeCopy copies all data of a source logical drive onto a target logical drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller that owns the source reads it and writes the target in the background, at the priority you choose; the target is overwritten and becomes read-only to hosts. The copy is the image the source has when the copy starts: while it runs, hosts can read the source but not write to it. Copy a &lt;b&gt;FlashCopy&lt;/b&gt; of production data instead of the data itself, so that its base stays writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select the source logical drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical Drive</source>
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
        <source>Type</source>
        <comment>logical drive type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source logical drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;Drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a standard logical drive: while the copy runs, hosts can read it but their writes to it are rejected. For production data, create a FlashCopy of %1 (Logical Drive ▸ FlashCopy ▸ Create) and copy the FlashCopy instead; %1 then stays writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyModel</name>
    <message>
        <source>%1%</source>
        <comment>progress percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a copy slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <comment>progress percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>progress</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>progress</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only to hosts: their writes are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts may write to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Failed: %1.
Needs Attention: Stop the copy to clear the condition, or Re-Copy to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting until fewer than 8 copies are in progress on the storage subsystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target Logical Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>copy status column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated Time Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target logical drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled: host writes are rejected once the copy completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: hosts may write to the target once the copy completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source while copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable; its base %1 stays writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only to hosts until the copy completes or is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;All data on %1 will be overwritten.&lt;/b&gt; Hosts cannot read or write %1 until the copy completes; stop their I/O and unmount its file systems first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashCopies of a target fail when its copy starts; %1 has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its FlashCopy logical drives fail when the copy starts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the copy, type Yes, then click Finish to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyRules</name>
    <message>
        <source>No storage subsystem is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VolumeCopy is not supported by the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VolumeCopy premium feature is not enabled on this storage subsystem. Enable it with Storage Subsystem ▸ Premium Features ▸ Enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the logical drive to copy (ideally a FlashCopy of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be the source of a VolumeCopy: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is %1; Re-Copy is possible once it is completed, stopped or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is %1; only a pending, in-progress or failed copy can be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is %1; stop it before removing the pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is %1; the target&apos;s permissions can change once it is completed, stopped or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>source → target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is %1; a copy is verified once it is completed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyTargetPage</name>
    <message>
        <source>Select Target Logical Drive and Copy Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data on the target is overwritten. Logical drives that cannot be the target say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the &amp;target logical drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical Drive</source>
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
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target logical drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give targets names that tell them apart from their sources, for example &lt;i&gt;Accounting&lt;/i&gt; → &lt;i&gt;Accounting-Copy&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;Drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A higher priority copies faster at the cost of host I/O performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the target &amp;read-only to hosts when the copy completes (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be the target: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source logical drive: &lt;b&gt;%1&lt;/b&gt; (%2) on %3. The target needs at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the base of FlashCopy logical drives %2; they fail when the copy starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logical drive can be the target of %1; the list says why for each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copyline::WriteModePage</name>
    <message>
        <source>Set Write Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When does a host write to the primary complete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metro Mirroring: the write completes once the secondary has stored it. The best recoverability, slower host writes; recommended up to 10 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asynchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Copy: the write completes at once and is sent to the secondary behind it. Faster host writes; recommended beyond 10 km. Writes may arrive at the secondary out of order, so it may be inconsistent after a disaster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;write consistency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Mirroring: the order of writes is kept across all asynchronous pairs of the group on this storage subsystem, so their secondaries always show one common earlier moment. Remote writes may become single-threaded, which might impact host I/O performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy type: &lt;b&gt;%1&lt;/b&gt;</source>
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
    <message>
        <source>Cannot Keep Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies could not be handed to the Copyline engine (copylined); they stopped with the console and resume when the workspace is opened again.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control Socket Not Safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to the engine at HOST:PORT over TLS (copylined --listen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user to sign in as with --host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the engine&apos;s certificate, to trust it on first contact with --host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host takes HOST:PORT (e.g. 192.0.2.7:7443) and needs --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on the engine at %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust This Engine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine at %1 is not known here. The SHA-256 fingerprint of its certificate is:

%2

Trust it only if it is the fingerprint copylined printed when it started (copylinectl --show-fingerprint on the engine&apos;s computer). Trust it and attach?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
