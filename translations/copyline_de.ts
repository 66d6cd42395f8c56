<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Duplex Pending</source>
        <comment>PPRC pair state</comment>
        <translation>Duplex Pending</translation>
    </message>
    <message>
        <source>Duplex (full copy mode)</source>
        <comment>PPRC pair state</comment>
        <translation>Duplex (Vollkopiemodus)</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>PPRC pair state</comment>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>PPRC · %1</source>
        <comment>ESS pair, its state</comment>
        <translation>PPRC · %1</translation>
    </message>
    <message>
        <source>Replicate</source>
        <comment>NEC pair activity</comment>
        <translation>Replicate</translation>
    </message>
    <message>
        <source>Restore</source>
        <comment>NEC pair activity</comment>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Separate</source>
        <comment>NEC pair activity</comment>
        <translation>Separate</translation>
    </message>
    <message>
        <source>Separated</source>
        <comment>NEC pair activity</comment>
        <translation>Separated</translation>
    </message>
    <message>
        <source>Replication · %1</source>
        <comment>NEC pair, its activity</comment>
        <translation>Replikation · %1</translation>
    </message>
    <message>
        <source>FlashCopy · background copy</source>
        <comment>ESS FlashCopy</comment>
        <translation>FlashCopy · Hintergrundkopie</translation>
    </message>
</context>
<context>
    <name>Copyline::ActivateIntroductionPage</name>
    <message>
        <source>Activate Remote Logical Drive Mirroring - Introduction</source>
        <translation>Fernspiegelung logischer Laufwerke aktivieren – Einführung</translation>
    </message>
    <message>
        <source>Activation creates the two mirror repository logical drives and reserves a host port of each controller for mirroring.</source>
        <translation>Die Aktivierung erstellt die beiden logischen Spiegelrepository-Laufwerke und reserviert an jedem Controller einen Host-Port für die Spiegelung.</translation>
    </message>
    <message>
        <source>Two &lt;b&gt;mirror repository logical drives&lt;/b&gt; of %1 each are created, one per controller (CTL A and CTL B). They log the remote writes not yet written to the secondaries, so that a controller can recover after a reset or a power loss. Host port 2 of each controller (A2, B2) is reserved for mirroring: host I/O on it stops. Keep at least 0.25 GB free per mirrored pair in the array of the repositories.</source>
        <translation>Zwei &lt;b&gt;logische Spiegelrepository-Laufwerke&lt;/b&gt; mit je %1 werden erstellt, eines pro Controller (CTL A und CTL B). Sie protokollieren die fernen Schreibzugriffe, die noch nicht auf die Sekundärlaufwerke geschrieben wurden, damit sich ein Controller nach einem Reset oder Stromausfall erholen kann. Host-Port 2 jedes Controllers (A2, B2) wird für die Spiegelung reserviert: Die Host-E/A darüber endet. Halten Sie im Array der Repositorys mindestens 0,25 GB pro gespiegeltem Paar frei.</translation>
    </message>
    <message>
        <source>Use &amp;free capacity on existing arrays</source>
        <translation>&amp;Freie Kapazität in vorhandenen Arrays verwenden</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>RAID Level</source>
        <translation>RAID-Level</translation>
    </message>
    <message>
        <source>Free Capacity</source>
        <translation>Freie Kapazität</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Arrays with free capacity</source>
        <translation>Arrays mit freier Kapazität</translation>
    </message>
    <message>
        <source>RAID %1</source>
        <translation>RAID %1</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n unassigned drive(s) (%1) can form the new array.</source>
        <translation>
            <numerusform>%n nicht zugeordnetes Laufwerk (%1) kann das neue Array bilden.</numerusform>
            <numerusform>%n nicht zugeordnete Laufwerke (%1) können das neue Array bilden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available: the storage subsystem has fewer than two unassigned drives.</source>
        <translation>Nicht verfügbar: Das Speichersubsystem hat weniger als zwei nicht zugeordnete Laufwerke.</translation>
    </message>
    <message>
        <source>Create a new array using &amp;unconfigured capacity</source>
        <translation>Neues Array aus &amp;nicht konfigurierter Kapazität erstellen</translation>
    </message>
</context>
<context>
    <name>Copyline::ActivateMirrorWizard</name>
    <message>
        <source>RAID 0 has no redundancy; the mirror repositories need RAID 1, 3 or 5</source>
        <translation>RAID 0 hat keine Redundanz; die Spiegelrepositorys benötigen RAID 1, 3 oder 5</translation>
    </message>
    <message>
        <source>%1 free; the two repositories need %2</source>
        <translation>%1 frei; die beiden Repositorys benötigen %2</translation>
    </message>
    <message>
        <source>Activate Remote Logical Drive Mirroring</source>
        <translation>Fernspiegelung logischer Laufwerke aktivieren</translation>
    </message>
    <message>
        <source>a new RAID %1 array of drives %2</source>
        <translation>ein neues RAID-%1-Array aus den Laufwerken %2</translation>
    </message>
    <message>
        <source>Select an array with enough free capacity.</source>
        <translation>Wählen Sie ein Array mit genügend freier Kapazität aus.</translation>
    </message>
    <message>
        <source>%1 cannot hold the repositories: %2.</source>
        <translation>%1 kann die Repositorys nicht aufnehmen: %2.</translation>
    </message>
    <message>
        <source>Choose the drives of the new array.</source>
        <translation>Wählen Sie die Laufwerke des neuen Arrays aus.</translation>
    </message>
    <message>
        <source>Activate Remote Logical Drive Mirroring - Completed</source>
        <translation>Fernspiegelung logischer Laufwerke aktivieren – Abgeschlossen</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is now %1 on %2. The mirror repository logical drives CTL A Mirror Repository and CTL B Mirror Repository were created on %3.

Create mirrors with Logical Drive ▸ Remote Mirroring ▸ Create once the remote storage subsystem is activated too.</source>
        <translation>Die Fernspiegelung logischer Laufwerke ist jetzt auf %2 %1. Die logischen Spiegelrepository-Laufwerke CTL A Mirror Repository und CTL B Mirror Repository wurden auf %3 erstellt.

Erstellen Sie Spiegel mit Logisches Laufwerk ▸ Fernspiegelung ▸ Erstellen, sobald auch das ferne Speichersubsystem aktiviert ist.</translation>
    </message>
</context>
<context>
    <name>Copyline::ActivateNewArrayPage</name>
    <message>
        <source>Create New Array</source>
        <translation>Neues Array erstellen</translation>
    </message>
    <message>
        <source>The new array holds the two mirror repository logical drives; its remaining capacity stays free for logical drives.</source>
        <translation>Das neue Array nimmt die beiden logischen Spiegelrepository-Laufwerke auf; seine restliche Kapazität bleibt für logische Laufwerke frei.</translation>
    </message>
    <message>
        <source>&amp;RAID level:</source>
        <translation>&amp;RAID-Level:</translation>
    </message>
    <message>
        <source>RAID %1</source>
        <translation>RAID %1</translation>
    </message>
    <message>
        <source>RAID 0 is not offered: the repositories need redundancy.</source>
        <translation>RAID 0 wird nicht angeboten: Die Repositorys benötigen Redundanz.</translation>
    </message>
    <message>
        <source>Drive selection:</source>
        <translation>Laufwerkauswahl:</translation>
    </message>
    <message>
        <source>&amp;Automatic: the drives with the most available capacity</source>
        <translation>&amp;Automatisch: die Laufwerke mit der meisten verfügbaren Kapazität</translation>
    </message>
    <message>
        <source>&amp;Manual: select the drives (Ctrl+click), then Apply</source>
        <translation>&amp;Manuell: Laufwerke auswählen (Strg+Klick), dann „Übernehmen“</translation>
    </message>
    <message>
        <source>Enclosure</source>
        <translation>Gehäuse</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Steckplatz</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>drive type</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Unassigned drives</source>
        <translation>Nicht zugeordnete Laufwerke</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Select the drives of the new array first.</source>
        <translation>Wählen Sie zuerst die Laufwerke des neuen Arrays aus.</translation>
    </message>
    <message>
        <source>There are not enough unassigned drives of one type for RAID %1.</source>
        <translation>Es gibt nicht genügend nicht zugeordnete Laufwerke eines Typs für RAID %1.</translation>
    </message>
    <message>
        <source>Drives of the new array: %1.</source>
        <translation>Laufwerke des neuen Arrays: %1.</translation>
    </message>
    <message>
        <source>No drives applied yet.</source>
        <translation>Noch keine Laufwerke übernommen.</translation>
    </message>
    <message>
        <source>Capacity: %1 (RAID %2).</source>
        <translation>Kapazität: %1 (RAID %2).</translation>
    </message>
</context>
<context>
    <name>Copyline::ActivatePreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Check the settings, then click Finish to activate Remote Logical Drive Mirroring.</source>
        <translation>Prüfen Sie die Einstellungen, und klicken Sie dann auf „Abschließen“, um die Fernspiegelung logischer Laufwerke zu aktivieren.</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Wird aktiviert…</translation>
    </message>
    <message>
        <source>Storage subsystem: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Speichersubsystem: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Mirror repository logical drives: &lt;b&gt;CTL A Mirror Repository (%1)&lt;/b&gt; and &lt;b&gt;CTL B Mirror Repository (%1)&lt;/b&gt;, on %2.</source>
        <translation>Logische Spiegelrepository-Laufwerke: &lt;b&gt;CTL A Mirror Repository (%1)&lt;/b&gt; und &lt;b&gt;CTL B Mirror Repository (%1)&lt;/b&gt;, auf %2.</translation>
    </message>
    <message>
        <source>Reserved for mirroring: host port 2 of each controller (A2 and B2). Hosts connected only through these ports lose access.</source>
        <translation>Für die Spiegelung reserviert: Host-Port 2 jedes Controllers (A2 und B2). Hosts, die nur über diese Ports verbunden sind, verlieren den Zugriff.</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring becomes &lt;b&gt;%1&lt;/b&gt;; the status area&apos;s icon turns green. Mirrors need the option Enabled/Activated on the remote storage subsystem too.</source>
        <translation>Die Fernspiegelung logischer Laufwerke wird &lt;b&gt;%1&lt;/b&gt;; das Symbol im Statusbereich wird grün. Spiegel setzen voraus, dass die Option auch auf dem fernen Speichersubsystem freigeschaltet/aktiviert ist.</translation>
    </message>
</context>
<context>
    <name>Copyline::AllocateCapacityPage</name>
    <message>
        <source>Allocate Capacity</source>
        <translation>Kapazität zuordnen</translation>
    </message>
    <message>
        <source>Choose where the FlashCopy repository logical drive gets its capacity.</source>
        <translation>Wählen Sie aus, woher das logische FlashCopy-Repository-Laufwerk seine Kapazität erhält.</translation>
    </message>
    <message>
        <source>Free capacity on &amp;same array as base</source>
        <translation>Freie Kapazität im &amp;selben Array wie die Basis</translation>
    </message>
    <message>
        <source>Free capacity on &amp;different array</source>
        <translation>Freie Kapazität in einem &amp;anderen Array</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>Free Capacity</source>
        <translation>Freie Kapazität</translation>
    </message>
    <message>
        <source>Arrays with free capacity</source>
        <translation>Arrays mit freier Kapazität</translation>
    </message>
    <message>
        <source>&amp;Unconfigured capacity (create a new array)</source>
        <translation>&amp;Nicht konfigurierte Kapazität (neues Array erstellen)</translation>
    </message>
    <message>
        <source>Less than the 8 MB a repository needs at least.</source>
        <translation>Weniger als die 8 MB, die ein Repository mindestens benötigt.</translation>
    </message>
    <message>
        <source>%1: %2 free</source>
        <translation>%1: %2 frei</translation>
    </message>
    <message>
        <source>%1: %2 free, less than the 8 MB a repository needs</source>
        <translation>%1: %2 frei, weniger als die 8 MB, die ein Repository benötigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n unassigned drive(s)</source>
        <translation>
            <numerusform>%1 auf %n nicht zugeordnetem Laufwerk</numerusform>
            <numerusform>%1 auf %n nicht zugeordneten Laufwerken</numerusform>
        </translation>
    </message>
    <message>
        <source>No unassigned drives.</source>
        <translation>Keine nicht zugeordneten Laufwerke.</translation>
    </message>
    <message>
        <source>Select the array that is to hold the repository.</source>
        <translation>Wählen Sie das Array aus, das das Repository aufnehmen soll.</translation>
    </message>
</context>
<context>
    <name>Copyline::ArrayParametersPage</name>
    <message>
        <source>Specify Array Parameters</source>
        <translation>Array-Parameter angeben</translation>
    </message>
    <message>
        <source>Choose the RAID level and the unassigned drives of the new array that will hold the repository.</source>
        <translation>Wählen Sie den RAID-Level und die nicht zugeordneten Laufwerke des neuen Arrays aus, das das Repository aufnehmen soll.</translation>
    </message>
    <message>
        <source>RAID %1</source>
        <translation>RAID %1</translation>
    </message>
    <message>
        <source>&amp;RAID level:</source>
        <translation>&amp;RAID-Level:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <source>Enclosure</source>
        <translation>Gehäuse</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Steckplatz</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>drive type</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Unassigned drives</source>
        <translation>Nicht zugeordnete Laufwerke</translation>
    </message>
    <message>
        <source>Array capacity:</source>
        <translation>Array-Kapazität:</translation>
    </message>
    <message>
        <source>RAID 0 stripes data over the drives without redundancy: 1 drive or more. A failed drive loses the repository.</source>
        <translation>RAID 0 verteilt die Daten ohne Redundanz über die Laufwerke: mindestens 1 Laufwerk. Fällt ein Laufwerk aus, ist das Repository verloren.</translation>
    </message>
    <message>
        <source>RAID 1 mirrors pairs of drives: an even number of drives, at least 2. Half of their capacity is usable.</source>
        <translation>RAID 1 spiegelt Laufwerkpaare: eine gerade Anzahl von Laufwerken, mindestens 2. Die Hälfte ihrer Kapazität ist nutzbar.</translation>
    </message>
    <message>
        <source>RAID 3 keeps parity on one drive: at least 3 drives. One drive&apos;s capacity holds the parity.</source>
        <translation>RAID 3 speichert die Parität auf einem Laufwerk: mindestens 3 Laufwerke. Die Kapazität eines Laufwerks nimmt die Parität auf.</translation>
    </message>
    <message>
        <source>RAID 5 spreads parity over all drives: at least 3 drives. One drive&apos;s capacity holds the parity.</source>
        <translation>RAID 5 verteilt die Parität über alle Laufwerke: mindestens 3 Laufwerke. Die Kapazität eines Laufwerks nimmt die Parität auf.</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n drive(s)</source>
        <translation>
            <numerusform>%1 aus %n Laufwerk</numerusform>
            <numerusform>%1 aus %n Laufwerken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) selected</source>
        <translation>
            <numerusform>%n Laufwerk ausgewählt</numerusform>
            <numerusform>%n Laufwerke ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::ArrayPropertiesDialog</name>
    <message>
        <source>Array Properties</source>
        <translation>Array-Eigenschaften</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This array no longer exists.</source>
        <translation>Dieses Array ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>RAID level</source>
        <translation>RAID-Level</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Used capacity</source>
        <translation>Belegte Kapazität</translation>
    </message>
    <message>
        <source>Free capacity</source>
        <translation>Freie Kapazität</translation>
    </message>
    <message>
        <source>Drive type</source>
        <translation>Laufwerktyp</translation>
    </message>
    <message>
        <source>Drives [enclosure,slot]</source>
        <translation>Laufwerke [Gehäuse,Steckplatz]</translation>
    </message>
    <message>
        <source>Logical drives</source>
        <translation>Logische Laufwerke</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Copyline::AttachEngineDialog</name>
    <message>
        <source>Attach Engine</source>
        <translation>Engine anbinden</translation>
    </message>
    <message>
        <source>Manage the storage subsystems of another Copyline engine from this console, next to the ones shown now. The engine must serve management over TLS (copylined --listen) and know the user (copylinectl --add-user on its computer).</source>
        <translation>Die Speichersubsysteme einer anderen Copyline-Engine von dieser Konsole aus verwalten, neben den jetzt angezeigten. Die Engine muss die Verwaltung über TLS anbieten (copylined --listen) und den Benutzer kennen (copylinectl --add-user auf ihrem Computer).</translation>
    </message>
    <message>
        <source>HOST:PORT, e.g. 192.0.2.7:7443</source>
        <translation>HOST:PORT, z. B. 192.0.2.7:7443</translation>
    </message>
    <message>
        <source>Only on first contact: the SHA-256 the engine printed</source>
        <translation>Nur beim ersten Kontakt: der SHA-256, den die Engine ausgab</translation>
    </message>
    <message>
        <source>copylined prints its certificate&apos;s fingerprint when it starts; copylinectl --show-fingerprint on the engine&apos;s computer shows it too. Once trusted, the engine is remembered (known_engines) and this stays empty.</source>
        <translation>copylined gibt beim Start den Fingerabdruck seines Zertifikats aus; copylinectl --show-fingerprint auf dem Computer der Engine zeigt ihn ebenfalls. Einmal vertraut, bleibt die Engine gespeichert (known_engines) und dieses Feld leer.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>A&amp;ttach</source>
        <translation>A&amp;nbinden</translation>
    </message>
    <message>
        <source>The engine at %1 is not known here. Its certificate&apos;s SHA-256 fingerprint is:
%2
Compare it with the one copylined printed when it started (or copylinectl --show-fingerprint on the engine&apos;s computer): if they are the same, click Attach to trust it. Nothing was sent.</source>
        <translation>Die Engine unter %1 ist hier nicht bekannt. Der SHA-256-Fingerabdruck ihres Zertifikats ist:
%2
Vergleichen Sie ihn mit dem, den copylined beim Start ausgab (oder copylinectl --show-fingerprint auf dem Computer der Engine): Sind sie gleich, klicken Sie auf Anbinden, um ihr zu vertrauen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Attaching to %1… (a sign-in after failed ones may wait up to 30 s; Cancel stops)</source>
        <translation>Verbindung mit %1 wird hergestellt… (eine Anmeldung nach fehlgeschlagenen kann bis zu 30 s warten; Abbrechen beendet den Versuch)</translation>
    </message>
</context>
<context>
    <name>Copyline::ChangeCopyPriorityDialog</name>
    <message>
        <source>Change Copy Priority</source>
        <translation>Kopierpriorität ändern</translation>
    </message>
    <message>
        <source>The new priority applies at once, even to a copy in progress. A higher priority copies faster at the cost of host I/O performance.</source>
        <translation>Die neue Priorität gilt sofort, auch für eine laufende Kopie. Eine höhere Priorität kopiert schneller, geht aber zu Lasten der Host-E/A-Leistung.</translation>
    </message>
    <message>
        <source>Selected copy pairs:</source>
        <translation>Ausgewählte Kopierpaare:</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <comment>pair (current priority)</comment>
        <translation>%1 (bisher %2)</translation>
    </message>
    <message>
        <source>Copy &amp;priority:</source>
        <translation>Kopier&amp;priorität:</translation>
    </message>
    <message>
        <source>Change Copy Priority - Progress</source>
        <translation>Kopierpriorität ändern – Fortschritt</translation>
    </message>
    <message>
        <source>Changing the copy priority to %1.</source>
        <translation>Die Kopierpriorität wird auf %1 geändert.</translation>
    </message>
</context>
<context>
    <name>Copyline::ChangeSyncSettingsDialog</name>
    <message>
        <source>Change Synchronization Settings</source>
        <translation>Synchronisationseinstellungen ändern</translation>
    </message>
    <message>
        <source>Synchronization &amp;priority (all selected pairs get the same level):</source>
        <translation>Synchronisations&amp;priorität (alle ausgewählten Paare erhalten dieselbe Stufe):</translation>
    </message>
    <message>
        <source>Synchronization priority</source>
        <translation>Synchronisationspriorität</translation>
    </message>
    <message>
        <source>Lowest takes about 8 times as long as Highest, Low 6, Medium 3.5, High 2; a higher priority costs host I/O performance.</source>
        <translation>„Niedrigste“ dauert etwa 8-mal so lange wie „Höchste“, „Niedrig“ 6-mal, „Mittel“ 3,5-mal, „Hoch“ 2-mal; eine höhere Priorität geht zu Lasten der Host-E/A-Leistung.</translation>
    </message>
    <message>
        <source>Resynchronization method:</source>
        <translation>Resynchronisationsmethode:</translation>
    </message>
    <message>
        <source>&amp;Manual (recommended): after a link interruption, wait for Resume</source>
        <translation>&amp;Manuell (empfohlen): Nach einer Verbindungsunterbrechung auf „Fortsetzen“ warten</translation>
    </message>
    <message>
        <source>&amp;Automatic: resynchronize as soon as the storage subsystems communicate again</source>
        <translation>&amp;Automatisch: Resynchronisieren, sobald die Speichersubsysteme wieder kommunizieren</translation>
    </message>
    <message>
        <source>Select the logical drives (primaries) whose synchronization settings change; Ctrl+click selects several. The priority sets how fast a synchronization copies; the resynchronization method what happens when a broken link is restored.</source>
        <translation>Wählen Sie die logischen Laufwerke (Primärlaufwerke) aus, deren Synchronisationseinstellungen sich ändern; Strg+Klick wählt mehrere aus. Die Priorität bestimmt, wie schnell eine Synchronisation kopiert; die Resynchronisationsmethode, was geschieht, wenn eine unterbrochene Verbindung wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>Current Settings</source>
        <translation>Aktuelle Einstellungen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 priority, %2 resynchronization</source>
        <comment>current synchronization settings</comment>
        <translation>Priorität %1, Resynchronisation %2</translation>
    </message>
    <message>
        <source>This storage subsystem has no primary logical drives of mirrored pairs.</source>
        <translation>Dieses Speichersubsystem hat keine primären logischen Laufwerke gespiegelter Paare.</translation>
    </message>
    <message>
        <source>%1 is in the write consistency group: its members must use Manual resynchronization, because an automatic resynchronization after repeated interruptions leaves the group&apos;s secondaries unusable for recovery.</source>
        <translation>%1 gehört zur Schreibkonsistenzgruppe: Ihre Mitglieder müssen die manuelle Resynchronisation verwenden, da eine automatische Resynchronisation nach wiederholten Unterbrechungen die Sekundärlaufwerke der Gruppe für die Wiederherstellung unbrauchbar macht.</translation>
    </message>
    <message>
        <source>With Automatic resynchronization, several interruptions during one resynchronization can leave a secondary with a mix of old and new data that is unusable for disaster recovery.</source>
        <translation>Bei automatischer Resynchronisation können mehrere Unterbrechungen während einer Resynchronisation ein Sekundärlaufwerk mit einer Mischung aus alten und neuen Daten hinterlassen, die für die Notfallwiederherstellung unbrauchbar ist.</translation>
    </message>
    <message>
        <source>Change the synchronization priority to %1 and the resynchronization method to %2 for these pairs?

%3</source>
        <translation>Synchronisationspriorität für diese Paare in %1 und Resynchronisationsmethode in %2 ändern?

%3</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>The synchronization settings of %n mirrored pair(s) were changed: priority %1, resynchronization %2.</source>
        <translation>
            <numerusform>Die Synchronisationseinstellungen von %n gespiegelten Paar wurden geändert: Priorität %1, Resynchronisation %2.</numerusform>
            <numerusform>Die Synchronisationseinstellungen von %n gespiegelten Paaren wurden geändert: Priorität %1, Resynchronisation %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select &amp;Logical Drives:</source>
        <translation>&amp;Logische Laufwerke auswählen:</translation>
    </message>
</context>
<context>
    <name>Copyline::ChangeWriteModeDialog</name>
    <message>
        <source>Change Write Mode</source>
        <translation>Schreibmodus ändern</translation>
    </message>
    <message>
        <source>Write mode:</source>
        <translation>Schreibmodus:</translation>
    </message>
    <message>
        <source>&amp;Synchronous: a host write completes once the secondary has stored it (recommended up to 10 km)</source>
        <translation>&amp;Synchron: Ein Host-Schreibzugriff ist abgeschlossen, sobald das Sekundärlaufwerk ihn gespeichert hat (empfohlen bis 10 km)</translation>
    </message>
    <message>
        <source>&amp;Asynchronous: a host write completes at once and is sent behind it (recommended beyond 10 km)</source>
        <translation>&amp;Asynchron: Ein Host-Schreibzugriff ist sofort abgeschlossen und wird nachträglich gesendet (empfohlen ab 10 km)</translation>
    </message>
    <message>
        <source>Add to &amp;write consistency group</source>
        <translation>Zur Sc&amp;hreibkonsistenzgruppe hinzufügen</translation>
    </message>
    <message>
        <source>Select the primaries whose write mode changes; Ctrl+click selects several. Synchronous mirroring is Metro Mirroring; asynchronous mirroring is Global Copy, or Global Mirroring when the pair is in the write consistency group, which keeps the order of writes across all its members.</source>
        <translation>Wählen Sie die Primärlaufwerke aus, deren Schreibmodus sich ändert; Strg+Klick wählt mehrere aus. Synchrone Spiegelung ist Metro Mirroring; asynchrone Spiegelung ist Global Copy oder, wenn das Paar in der Schreibkonsistenzgruppe ist, Global Mirroring, das die Reihenfolge der Schreibzugriffe über alle Mitglieder hinweg einhält.</translation>
    </message>
    <message>
        <source>Write Mode</source>
        <translation>Schreibmodus</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>write mode (copy type)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy type: %1.</source>
        <translation>Kopiertyp: %1.</translation>
    </message>
    <message>
        <source>Adding pairs to the write consistency group might impact host I/O performance: remote writes of the group are applied one after the other.</source>
        <translation>Das Hinzufügen von Paaren zur Schreibkonsistenzgruppe kann die Host-E/A-Leistung beeinträchtigen: Ferne Schreibzugriffe der Gruppe werden nacheinander angewendet.</translation>
    </message>
    <message>
        <source>This storage subsystem has no primary logical drives of mirrored pairs.</source>
        <translation>Dieses Speichersubsystem hat keine primären logischen Laufwerke gespiegelter Paare.</translation>
    </message>
    <message>
        <source>%1 uses Automatic resynchronization: members of the write consistency group must use Manual (Change ▸ Synchronization Settings first).</source>
        <translation>%1 verwendet automatische Resynchronisation: Mitglieder der Schreibkonsistenzgruppe müssen die manuelle verwenden (zuerst Ändern ▸ Synchronisationseinstellungen).</translation>
    </message>
    <message>
        <source>The selected pairs already use this write mode.</source>
        <translation>Die ausgewählten Paare verwenden diesen Schreibmodus bereits.</translation>
    </message>
    <message>
        <source>Change the write mode of these pairs to %1 (%2)?

%3

A pair that is synchronized first copies what the old mode had not yet sent.</source>
        <translation>Schreibmodus dieser Paare in %1 (%2) ändern?

%3

Ein synchronisiertes Paar kopiert zuerst, was der alte Modus noch nicht gesendet hatte.</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>The write mode of %n mirrored pair(s) was changed: %1.</source>
        <translation>
            <numerusform>Der Schreibmodus von %n gespiegelten Paar wurde geändert: %1.</numerusform>
            <numerusform>Der Schreibmodus von %n gespiegelten Paaren wurde geändert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the &amp;mirrored pairs:</source>
        <translation>&amp;Gespiegelte Paare auswählen:</translation>
    </message>
</context>
<context>
    <name>Copyline::CommandProgressDialog</name>
    <message>
        <source>Copy pair</source>
        <translation>Kopierpaar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) failed; the engine&apos;s reason is listed with each.</source>
        <translation>
            <numerusform>%n Änderung ist fehlgeschlagen; der Grund der Engine steht jeweils dabei.</numerusform>
            <numerusform>%n Änderungen sind fehlgeschlagen; der Grund der Engine steht jeweils dabei.</numerusform>
        </translation>
    </message>
    <message>
        <source>In progress…</source>
        <translation>In Bearbeitung…</translation>
    </message>
    <message>
        <source>Changing %1 of %2…</source>
        <translation>Änderung %1 von %2…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Copyline::CommunicationTestDialog</name>
    <message>
        <source>Not measured</source>
        <comment>round trip time</comment>
        <translation>Nicht gemessen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Test data round trip time</source>
        <translation>Umlaufzeit der Testdaten</translation>
    </message>
    <message>
        <source>Maximum allowed round trip time</source>
        <translation>Maximal zulässige Umlaufzeit</translation>
    </message>
    <message>
        <source>Average round trip time</source>
        <translation>Durchschnittliche Umlaufzeit</translation>
    </message>
    <message>
        <source>Communication Test</source>
        <translation>Kommunikationstest</translation>
    </message>
    <message>
        <source>Tests the communication between %1 on %2 and %3 on %4 over the remote mirror path of controller %5: test data is sent and acknowledged, then ten bare round trips are timed.</source>
        <translation>Testet die Kommunikation zwischen %1 auf %2 und %3 auf %4 über den Fernspiegelpfad von Controller %5: Testdaten werden gesendet und bestätigt, dann werden zehn einfache Umläufe gemessen.</translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>Erneut &amp;testen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>communication test</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>communication test</comment>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Passed with Caution</source>
        <comment>communication test</comment>
        <translation>Mit Vorbehalt bestanden</translation>
    </message>
    <message>
        <source>%1. The test goes on in the background until communication is restored; then the pair resynchronizes by itself if its resynchronization is Automatic, otherwise select Resume. The event log has the details (Recovery Guru).</source>
        <translation>%1. Der Test läuft im Hintergrund weiter, bis die Kommunikation wiederhergestellt ist; dann resynchronisiert sich das Paar selbst, wenn seine Resynchronisation automatisch ist, andernfalls wählen Sie „Fortsetzen“. Das Ereignisprotokoll enthält die Details (Recovery Guru).</translation>
    </message>
    <message>
        <source>The round trip time is approaching the maximum allowed (more than 75% of it): host writes to synchronous mirrors wait that long. Consider asynchronous mirroring or a faster link.</source>
        <translation>Die Umlaufzeit nähert sich dem zulässigen Maximum (mehr als 75 % davon): So lange warten Host-Schreibzugriffe auf synchrone Spiegel. Erwägen Sie asynchrone Spiegelung oder eine schnellere Verbindung.</translation>
    </message>
    <message>
        <source>The round trip time exceeds the maximum allowed: host writes to synchronous mirrors wait that long. Consider asynchronous mirroring or a faster link.</source>
        <translation>Die Umlaufzeit überschreitet das zulässige Maximum: So lange warten Host-Schreibzugriffe auf synchrone Spiegel. Erwägen Sie asynchrone Spiegelung oder eine schnellere Verbindung.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <comment>numbered recovery step</comment>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>Recovery:</source>
        <translation>Wiederherstellung:</translation>
    </message>
</context>
<context>
    <name>Copyline::Confirm</name>
    <message>
        <source>Type %1 and click %2.</source>
        <extracomment>%1 is the word to type (Yes, not translated), %2 the button that runs the action (OK, Finish)</extracomment>
        <translation>Geben Sie %1 ein, und klicken Sie auf „%2“.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Copyline::CopyBandwidthWidget</name>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Copy &amp;bandwidth (simulation):</source>
        <translation>Kopier&amp;bandbreite (Simulation):</translation>
    </message>
    <message>
        <source>VolumeCopy pairs: %1 (%2 in progress, %3 pending). At most 8 copies run at once.</source>
        <translation>VolumeCopy-Paare: %1 (%2 laufend, %3 ausstehend). Höchstens 8 Kopien laufen gleichzeitig.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Off (fixed rate)</source>
        <translation>Aus (feste Rate)</translation>
    </message>
    <message>
        <source>Host write &amp;latency bound:</source>
        <translation>&amp;Latenzgrenze für Host-Schreibvorgänge:</translation>
    </message>
    <message>
        <source>The rate a VolumeCopy reaches at Highest priority; lower priorities get a share of it (High 1/2, Medium 1/3.5, Low 1/6, Lowest 1/8), and running copies share it. Unlimited: as fast as the volume files can be copied. A low bandwidth lets you watch copies progress. With a latency bound, VolumeCopies and mirror synchronizations slow down while the subsystem&apos;s host writes take longer than the bound, and speed up again when they are fast (never below 4 MB/s, so copies always finish).</source>
        <translation>Die Rate, die eine VolumeCopy bei höchster Priorität erreicht; niedrigere Prioritäten erhalten einen Anteil davon (Hoch 1/2, Mittel 1/3,5, Niedrig 1/6, Niedrigste 1/8), und laufende Kopien teilen sie sich. Unbegrenzt: so schnell, wie die Volume-Dateien kopiert werden können. Eine niedrige Bandbreite lässt den Fortschritt der Kopien verfolgen. Mit einer Latenzgrenze werden VolumeCopies und Spiegelsynchronisationen langsamer, solange die Host-Schreibvorgänge des Subsystems länger als die Grenze dauern, und wieder schneller, wenn sie schnell sind (nie unter 4 MB/s, damit Kopien immer fertig werden).</translation>
    </message>
</context>
<context>
    <name>Copyline::CopyManagerWindow</name>
    <message>
        <source>Copy Manager</source>
        <translation>Kopiermanager</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>All copy pairs</source>
        <translation>Alle Kopierpaare</translation>
    </message>
    <message>
        <source>In progress and pending</source>
        <translation>Laufend und ausstehend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Copy pairs</source>
        <translation>Kopierpaare</translation>
    </message>
    <message>
        <source>Progress of the selected copy</source>
        <translation>Fortschritt der ausgewählten Kopie</translation>
    </message>
    <message>
        <source>&amp;Re-Copy…</source>
        <translation>Erneut &amp;kopieren…</translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation>&amp;Stoppen…</translation>
    </message>
    <message>
        <source>Re&amp;move Copy Pairs…</source>
        <translation>Kopierpaare &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Copy &amp;Priority…</source>
        <translation>Kopier&amp;priorität…</translation>
    </message>
    <message>
        <source>&amp;Enable Read-Only</source>
        <translation>Schreibschutz &amp;aktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable Read-Only</source>
        <translation>Schreibschutz &amp;deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Target Logical Drive Permissions</source>
        <translation>Berechtigungen für logisches &amp;Ziellaufwerk</translation>
    </message>
    <message>
        <source>VolumeCopy pairs of %1</source>
        <translation>VolumeCopy-Paare von %1</translation>
    </message>
    <message>
        <source>Copy Manager — %1</source>
        <translation>Kopiermanager – %1</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 gestoppt</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Needs Attention: %n failed copy pair(s) (Event 6600). Stop a failed copy to clear the condition, or Re-Copy it to start again; its status tells why it failed.</source>
        <translation>
            <numerusform>Eingriff erforderlich: %n fehlgeschlagenes Kopierpaar (Ereignis 6600). Stoppen Sie eine fehlgeschlagene Kopie, um den Zustand zu beheben, oder kopieren Sie sie erneut, um neu zu beginnen; ihr Status nennt den Grund des Fehlers.</numerusform>
            <numerusform>Eingriff erforderlich: %n fehlgeschlagene Kopierpaare (Ereignis 6600). Stoppen Sie eine fehlgeschlagene Kopie, um den Zustand zu beheben, oder kopieren Sie sie erneut, um neu zu beginnen; ihr Status nennt den Grund des Fehlers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy pair(s)</source>
        <translation>
            <numerusform>%n Kopierpaar</numerusform>
            <numerusform>%n Kopierpaare</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a copy pair.</source>
        <translation>Wählen Sie ein Kopierpaar aus.</translation>
    </message>
    <message>
        <source>Select exactly one copy pair.</source>
        <translation>Wählen Sie genau ein Kopierpaar aus.</translation>
    </message>
    <message>
        <source>Select one or more copy pairs.</source>
        <translation>Wählen Sie ein oder mehrere Kopierpaare aus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>pair: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copy the source to the target again, from the beginning</source>
        <translation>Quelle erneut von Anfang an auf das Ziel kopieren</translation>
    </message>
    <message>
        <source>Stop the copy; the target is left incomplete</source>
        <translation>Kopie stoppen; das Ziel bleibt unvollständig</translation>
    </message>
    <message>
        <source>Remove the copy pairs; the data on both logical drives is kept</source>
        <translation>Kopierpaare entfernen; die Daten auf beiden logischen Laufwerken bleiben erhalten</translation>
    </message>
    <message>
        <source>Change the copy priority</source>
        <translation>Kopierpriorität ändern</translation>
    </message>
    <message>
        <source>Reject host writes to the target logical drives</source>
        <translation>Schreibzugriffe von Hosts auf die logischen Ziellaufwerke abweisen</translation>
    </message>
    <message>
        <source>Let hosts write to the target logical drives</source>
        <translation>Hosts das Schreiben auf die logischen Ziellaufwerke erlauben</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <comment>source → target: progress</comment>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>%1, %2 remaining</source>
        <comment>progress, time remaining</comment>
        <translation>%1, %2 verbleibend</translation>
    </message>
    <message>
        <source>Stop the copy of %1 to %2?

Hosts can write to %1 again. %2 is left with a partial copy: there is no guarantee that its data is usable.</source>
        <translation>Kopie von %1 nach %2 stoppen?

Hosts können wieder auf %1 schreiben. %2 bleibt mit einer unvollständigen Kopie zurück: Es gibt keine Garantie, dass seine Daten verwendbar sind.</translation>
    </message>
    <message>
        <source>Stopping the failed copy clears its Needs Attention condition.</source>
        <translation>Das Stoppen der fehlgeschlagenen Kopie behebt ihren Zustand „Eingriff erforderlich“.</translation>
    </message>
    <message>
        <source>Stop Copy</source>
        <translation>Kopie stoppen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n copy pair(s)?</source>
        <translation>
            <numerusform>%n Kopierpaar entfernen?</numerusform>
            <numerusform>%n Kopierpaare entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The data on the source and target logical drives is not changed. The targets&apos; read-only attribute is removed, and both logical drives can take part in new copies in any role.</source>
        <translation>Die Daten auf den logischen Quell- und Ziellaufwerken werden nicht geändert. Der Schreibschutz der Ziele wird aufgehoben, und beide logischen Laufwerke können in jeder Rolle an neuen Kopien teilnehmen.</translation>
    </message>
    <message>
        <source>Remove Copy Pairs</source>
        <translation>Kopierpaare entfernen</translation>
    </message>
    <message>
        <source>Enable Read-Only</source>
        <translation>Schreibschutz aktivieren</translation>
    </message>
    <message>
        <source>Disable Read-Only</source>
        <translation>Schreibschutz deaktivieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>pair: error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Logical drive, status or priority</source>
        <translation>Logisches Laufwerk, Status oder Priorität</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>Ü&amp;berprüfen…</translation>
    </message>
    <message>
        <source>Compare the target with its source grain by grain, leaving out what changed since the copy</source>
        <translation>Das Ziel Grain für Grain mit seiner Quelle vergleichen, ohne das, was sich seit der Kopie geändert hat</translation>
    </message>
    <message>
        <source>Verify Copy</source>
        <translation>Kopie überprüfen</translation>
    </message>
    <message>
        <source>Compare %1 with its source %2 grain by grain? Hosts keep working meanwhile; both logical drives are read once. Grains written on either drive since the copy are left out: they differ rightly. A grain that differs otherwise is damage to the target; Verify and Repair copies it from the source again (the source still holds the copy&apos;s point in time there).</source>
        <translation>%1 Grain für Grain mit seiner Quelle %2 vergleichen? Die Hosts arbeiten währenddessen weiter; beide logischen Laufwerke werden einmal gelesen. Grains, die seit der Kopie auf einem der Laufwerke geschrieben wurden, bleiben außen vor: Sie unterscheiden sich zu Recht. Ein Grain, das sich sonst unterscheidet, ist ein Schaden am Ziel; Überprüfen und reparieren kopiert es erneut von der Quelle (die Quelle enthält dort noch den Zeitpunkt der Kopie).</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Ü&amp;berprüfen</translation>
    </message>
    <message>
        <source>Verify and &amp;Repair</source>
        <translation>Überprüfen und &amp;reparieren</translation>
    </message>
    <message>
        <source>A repair needs a read-only target, so that no host writes it meanwhile: enable Read-Only first (Change &gt; Target Logical Drive Permissions).</source>
        <translation>Eine Reparatur braucht ein schreibgeschütztes Ziel, damit kein Host es währenddessen beschreibt: Aktivieren Sie zuerst den Schreibschutz (Ändern &gt; Berechtigungen des logischen Ziellaufwerks).</translation>
    </message>
    <message numerus="yes">
        <source>%1: the %n compared grain(s) hold the same bytes as the source.</source>
        <translation>
            <numerusform>%1: Das %n verglichene Grain enthält dieselben Bytes wie die Quelle.</numerusform>
            <numerusform>%1: Die %n verglichenen Grains enthalten dieselben Bytes wie die Quelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n grain(s) differ from the source.</source>
        <translation>
            <numerusform>%1: %n Grain unterscheidet sich von der Quelle.</numerusform>
            <numerusform>%1: %n Grains unterscheiden sich von der Quelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grain(s) written on either drive since the copy were not compared.</source>
        <translation>
            <numerusform>%n seit der Kopie auf einem der Laufwerke geschriebenes Grain wurde nicht verglichen.</numerusform>
            <numerusform>%n seit der Kopie auf einem der Laufwerke geschriebene Grains wurden nicht verglichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grain(s) were copied from the source again.</source>
        <translation>
            <numerusform>%n Grain wurde erneut von der Quelle kopiert.</numerusform>
            <numerusform>%n Grains wurden erneut von der Quelle kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify again with Repair to copy them from the source, or Re-Copy the pair.</source>
        <translation>Überprüfen Sie erneut mit Reparieren, um sie von der Quelle zu kopieren, oder kopieren Sie das Paar erneut.</translation>
    </message>
</context>
<context>
    <name>Copyline::CopyPrioritySlider</name>
    <message>
        <source>Copy priority</source>
        <translation>Kopierpriorität</translation>
    </message>
</context>
<context>
    <name>Copyline::CreateArrayDialog</name>
    <message>
        <source>Create Array</source>
        <translation>Array erstellen</translation>
    </message>
    <message>
        <source>Select the unassigned drives for the new array (Logical Drive Group) and its RAID level. All drives of an array have the same type.</source>
        <translation>Wählen Sie die nicht zugeordneten Laufwerke für das neue Array (Gruppe logischer Laufwerke) und seinen RAID-Level aus. Alle Laufwerke eines Arrays haben denselben Typ.</translation>
    </message>
    <message>
        <source>Enclosure</source>
        <translation>Gehäuse</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Steckplatz</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>drive type</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>RAID %1</source>
        <translation>RAID %1</translation>
    </message>
    <message>
        <source>&amp;RAID level:</source>
        <translation>&amp;RAID-Level:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <source>Array capacity:</source>
        <translation>Array-Kapazität:</translation>
    </message>
    <message>
        <source>RAID %1 needs %2.</source>
        <translation>RAID %1 benötigt %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) selected</source>
        <translation>
            <numerusform>%n Laufwerk ausgewählt</numerusform>
            <numerusform>%n Laufwerke ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n drive(s)</source>
        <translation>
            <numerusform>%1 aus %n Laufwerk</numerusform>
            <numerusform>%1 aus %n Laufwerken</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no unassigned drives: the storage subsystem has no unconfigured capacity.</source>
        <translation>Es gibt keine nicht zugeordneten Laufwerke: Das Speichersubsystem hat keine nicht konfigurierte Kapazität.</translation>
    </message>
    <message>
        <source>Select the drives of the new array.</source>
        <translation>Wählen Sie die Laufwerke des neuen Arrays aus.</translation>
    </message>
</context>
<context>
    <name>Copyline::CreateFlashCopyWizard</name>
    <message>
        <source>Create FlashCopy Logical Drive Wizard</source>
        <translation>Assistent zum Erstellen logischer FlashCopy-Laufwerke</translation>
    </message>
    <message>
        <source>Select the drives of the new array.</source>
        <translation>Wählen Sie die Laufwerke des neuen Arrays aus.</translation>
    </message>
    <message>
        <source>Drive [%1] is no longer unassigned; select another one.</source>
        <translation>Laufwerk [%1] ist nicht mehr nicht zugeordnet; wählen Sie ein anderes aus.</translation>
    </message>
    <message>
        <source>Free capacity on %1</source>
        <translation>Freie Kapazität in %1</translation>
    </message>
    <message>
        <source>New RAID %1 array from unconfigured capacity, drives %2</source>
        <translation>Neues RAID-%1-Array aus nicht konfigurierter Kapazität, Laufwerke %2</translation>
    </message>
    <message>
        <source>The base logical drive no longer exists.</source>
        <translation>Das logische Basislaufwerk ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Simple is not available: %1 has %2 free, and the Simple path needs 8 MB + 1% of the base logical drive there (%3). Choose Advanced to put the repository on another array or on unconfigured capacity.</source>
        <translation>„Einfach“ ist nicht verfügbar: %1 hat %2 frei, und der einfache Weg benötigt dort 8 MB + 1 % des logischen Basislaufwerks (%3). Wählen Sie „Erweitert“, um das Repository in ein anderes Array oder in nicht konfigurierte Kapazität zu legen.</translation>
    </message>
    <message>
        <source>Select the array that is to hold the repository.</source>
        <translation>Wählen Sie das Array aus, das das Repository aufnehmen soll.</translation>
    </message>
    <message>
        <source>FlashCopy logical drive</source>
        <translation>Logisches FlashCopy-Laufwerk</translation>
    </message>
    <message>
        <source>FlashCopy repository logical drive</source>
        <translation>Logisches FlashCopy-Repository-Laufwerk</translation>
    </message>
    <message>
        <source>The FlashCopy logical drive and its repository need different names.</source>
        <translation>Das logische FlashCopy-Laufwerk und sein Repository benötigen unterschiedliche Namen.</translation>
    </message>
    <message>
        <source>Lower the percentage, or go Back and choose another location for the repository.</source>
        <translation>Verringern Sie den Prozentsatz, oder gehen Sie zurück und wählen Sie einen anderen Ort für das Repository.</translation>
    </message>
    <message>
        <source>The repository does not fit: it needs %1, and the new RAID %2 array holds only %3.</source>
        <translation>Das Repository passt nicht: Es benötigt %1, und das neue RAID-%2-Array fasst nur %3.</translation>
    </message>
    <message>
        <source>The repository does not fit: it needs %1, and %2 has only %3 free.</source>
        <translation>Das Repository passt nicht: Es benötigt %1, und %2 hat nur %3 frei.</translation>
    </message>
</context>
<context>
    <name>Copyline::CreateLogicalDriveDialog</name>
    <message>
        <source>Create Logical Drive</source>
        <translation>Logisches Laufwerk erstellen</translation>
    </message>
    <message>
        <source>&amp;Array:</source>
        <translation>&amp;Array:</translation>
    </message>
    <message>
        <source>Free capacity:</source>
        <translation>Freie Kapazität:</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n characters</source>
        <translation>
            <numerusform>Bis zu %n Zeichen</numerusform>
            <numerusform>Bis zu %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Logical drive &amp;name:</source>
        <translation>&amp;Name des logischen Laufwerks:</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>New logical drive &amp;capacity:</source>
        <translation>&amp;Kapazität des neuen logischen Laufwerks:</translation>
    </message>
    <message>
        <source>&amp;Use all free capacity</source>
        <translation>Gesamte freie Kapazität &amp;verwenden</translation>
    </message>
    <message>
        <source>Automatic (balance the controllers)</source>
        <translation>Automatisch (Controller ausgleichen)</translation>
    </message>
    <message>
        <source>Preferred controller &amp;ownership:</source>
        <translation>Bevorzugter Controller-&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>%1 — %2 free</source>
        <translation>%1 – %2 frei</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No array has free capacity. Create an array from unconfigured capacity first (Array ▸ Create).</source>
        <translation>Kein Array hat freie Kapazität. Erstellen Sie zuerst ein Array aus nicht konfigurierter Kapazität (Array ▸ Erstellen).</translation>
    </message>
    <message>
        <source>Enter a capacity greater than zero.</source>
        <translation>Geben Sie eine Kapazität größer als null ein.</translation>
    </message>
</context>
<context>
    <name>Copyline::CreateMirrorWizard</name>
    <message>
        <source>Create Remote Mirror</source>
        <translation>Fernspiegel erstellen</translation>
    </message>
    <message>
        <source>Select the primary logical drive.</source>
        <translation>Wählen Sie das primäre logische Laufwerk aus.</translation>
    </message>
    <message>
        <source>Select the remote storage subsystem.</source>
        <translation>Wählen Sie das ferne Speichersubsystem aus.</translation>
    </message>
    <message>
        <source>Select the secondary logical drive.</source>
        <translation>Wählen Sie das sekundäre logische Laufwerk aus.</translation>
    </message>
    <message>
        <source>The secondary logical drive no longer exists.</source>
        <translation>Das sekundäre logische Laufwerk ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>%1 → %2 on %3 (%4)</source>
        <comment>primary → secondary on subsystem (copy type)</comment>
        <translation>%1 → %2 auf %3 (%4)</translation>
    </message>
    <message>
        <source>The mirror relationship %1 was created; its full synchronization has started.

Do you want to create another mirror?</source>
        <translation>Die Spiegelbeziehung %1 wurde erstellt; ihre vollständige Synchronisation hat begonnen.

Möchten Sie einen weiteren Spiegel erstellen?</translation>
    </message>
    <message>
        <source>Create Remote Mirror - Completed</source>
        <translation>Fernspiegel erstellen – Abgeschlossen</translation>
    </message>
    <message>
        <source>Mirror relationships created:
%1

Each is Synchronization-in-Progress until its full synchronization completes, then Synchronized. Follow them in Logical Drive ▸ Remote Mirroring ▸ Remote Mirrors.</source>
        <translation>Erstellte Spiegelbeziehungen:
%1

Jede hat den Status „Synchronisation läuft“, bis ihre vollständige Synchronisation abgeschlossen ist, dann „Synchronisiert“. Verfolgen Sie sie unter Logisches Laufwerk ▸ Fernspiegelung ▸ Fernspiegel.</translation>
    </message>
</context>
<context>
    <name>Copyline::CreateVolumeCopyWizard</name>
    <message>
        <source>Create Copy Wizard</source>
        <translation>Assistent zum Erstellen von Kopien</translation>
    </message>
    <message>
        <source>Select the source logical drive.</source>
        <translation>Wählen Sie das logische Quelllaufwerk aus.</translation>
    </message>
    <message>
        <source>The source logical drive no longer exists.</source>
        <translation>Das logische Quelllaufwerk ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>%1 cannot be the source of a VolumeCopy: %2.</source>
        <translation>%1 kann nicht die Quelle einer VolumeCopy sein: %2.</translation>
    </message>
    <message>
        <source>Select the target logical drive.</source>
        <translation>Wählen Sie das logische Ziellaufwerk aus.</translation>
    </message>
    <message>
        <source>The target logical drive no longer exists.</source>
        <translation>Das logische Ziellaufwerk ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>%1 cannot be the target of a VolumeCopy: %2.</source>
        <translation>%1 kann nicht das Ziel einer VolumeCopy sein: %2.</translation>
    </message>
    <message>
        <source>Copy Started</source>
        <translation>Kopie gestartet</translation>
    </message>
    <message>
        <source>The copy of %1 to %2 is pending: 8 copies are in progress on this storage subsystem, and it starts when one of them ends.</source>
        <translation>Die Kopie von %1 nach %2 ist ausstehend: Auf diesem Speichersubsystem laufen bereits 8 Kopien, und sie beginnt, sobald eine davon endet.</translation>
    </message>
    <message>
        <source>The copy of %1 to %2 has started.</source>
        <translation>Die Kopie von %1 nach %2 wurde gestartet.</translation>
    </message>
    <message>
        <source>The Copy Manager (Logical Drive ▸ VolumeCopy ▸ Copy Manager) shows its progress.</source>
        <translation>Der Kopiermanager (Logisches Laufwerk ▸ VolumeCopy ▸ Kopiermanager) zeigt ihren Fortschritt.</translation>
    </message>
    <message>
        <source>Do you want to create a new VolumeCopy?</source>
        <translation>Möchten Sie eine neue VolumeCopy erstellen?</translation>
    </message>
    <message>
        <source>&amp;Yes - Create a new VolumeCopy</source>
        <translation>&amp;Ja – Neue VolumeCopy erstellen</translation>
    </message>
    <message>
        <source>&amp;No - Exit the wizard</source>
        <translation>&amp;Nein – Assistenten beenden</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::AddCopySetsWizard</name>
    <message>
        <source>Add Copy Sets — %1</source>
        <translation>Kopiersätze hinzufügen — %1</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CreateSessionDialog</name>
    <message>
        <source>Create Session</source>
        <translation>Sitzung erstellen</translation>
    </message>
    <message>
        <source>e.g. MM_Test</source>
        <translation>z. B. MM_Test</translation>
    </message>
    <message>
        <source>Up to 250 characters: letters, digits and - _ . : starting with a letter or digit</source>
        <translation>Bis zu 250 Zeichen: Buchstaben, Ziffern und - _ . :, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>Session &amp;name:</source>
        <translation>Sitzungs&amp;name:</translation>
    </message>
    <message>
        <source>Roles %1; storage systems: %2</source>
        <translation>Rollen %1; Speichersysteme: %2</translation>
    </message>
    <message>
        <source>Session &amp;type:</source>
        <translation>Sitzungs&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>The location of site %1: only storage systems at this location can hold its volumes</source>
        <translation>Der Standort von Site %1: Nur Speichersysteme an diesem Standort können ihre Datenträger enthalten</translation>
    </message>
    <message>
        <source>Site %1 location:</source>
        <translation>Standort von Site %1:</translation>
    </message>
    <message>
        <source>The session is Inactive and Defined: nothing happens on the storage systems until you add copy sets and start it.</source>
        <translation>Die Sitzung ist Inaktiv und Definiert: Auf den Speichersystemen geschieht nichts, bis Sie Kopiersätze hinzufügen und die Sitzung starten.</translation>
    </message>
    <message>
        <source>Launch Add Copy Sets Wizard</source>
        <translation>Assistenten „Kopiersätze hinzufügen“ starten</translation>
    </message>
    <message>
        <source>Enter a name for the session.</source>
        <translation>Geben Sie einen Namen für die Sitzung ein.</translation>
    </message>
    <message>
        <source>Choose a session type.</source>
        <translation>Wählen Sie einen Sitzungstyp aus.</translation>
    </message>
    <message>
        <source>Session %1 was successfully created.</source>
        <translation>Die Sitzung %1 wurde erfolgreich erstellt.</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Nothing happens on the storage systems until the session is started.</source>
        <translation>Auf den Speichersystemen geschieht nichts, bis die Sitzung gestartet wird.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Import the copy sets of %1 into session %2.</source>
        <translation>Die Kopiersätze aus %1 in die Sitzung %2 importieren.</translation>
    </message>
    <message>
        <source>the CSV text</source>
        <translation>dem CSV-Text</translation>
    </message>
    <message numerus="yes">
        <source>Add %n copy set(s) to session %1:</source>
        <translation>
            <numerusform>%n Kopiersatz zur Sitzung %1 hinzufügen:</numerusform>
            <numerusform>%n Kopiersätze zur Sitzung %1 hinzufügen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmController</name>
    <message>
        <source>All Sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>keine Sitzungen</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmMatchingPage</name>
    <message>
        <source>Matching</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Copy Services Manager checks the volumes and the sites of each copy set.</source>
        <translation>Copy Services Manager prüft die Datenträger und die Sites jedes Kopiersatzes.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>The copy sets cannot be matched: %1
Go Back to change the volumes.</source>
        <translation>Die Kopiersätze können nicht abgeglichen werden: %1
Gehen Sie zurück, um die Datenträger zu ändern.</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Abgeglichen</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Nicht gültig: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n copy set(s) matched.</source>
        <translation>
            <numerusform>%n Kopiersatz abgeglichen.</numerusform>
            <numerusform>%n Kopiersätze abgeglichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be added (see Result); go Back to choose other volumes.</source>
        <translation>
            <numerusform>%n kann nicht hinzugefügt werden (siehe Ergebnis); gehen Sie zurück, um andere Datenträger auszuwählen.</numerusform>
            <numerusform>%n können nicht hinzugefügt werden (siehe Ergebnis); gehen Sie zurück, um andere Datenträger auszuwählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings can be ignored: a volume in another session is copied by both, which is allowed.</source>
        <translation>Warnungen können ignoriert werden: Ein Datenträger einer anderen Sitzung wird von beiden kopiert, was zulässig ist.</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Adding the copy sets…</source>
        <translation>Kopiersätze werden hinzugefügt…</translation>
    </message>
    <message>
        <source>No copy set was added:
%1

Go Back to change your choices; they are kept.</source>
        <translation>Es wurde kein Kopiersatz hinzugefügt:
%1

Gehen Sie zurück, um Ihre Auswahl zu ändern; sie bleibt erhalten.</translation>
    </message>
    <message>
        <source>Add copy sets complete</source>
        <translation>Kopiersätze hinzufügen abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n copy set(s) added to session %1.</source>
        <translation>
            <numerusform>%n Kopiersatz zur Sitzung %1 hinzugefügt.</numerusform>
            <numerusform>%n Kopiersätze zur Sitzung %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmRolePage</name>
    <message>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Choose the storage system and the volumes of role %1; each one starts a copy set.</source>
        <translation>Wählen Sie das Speichersystem und die Datenträger der Rolle %1 aus; jeder Datenträger beginnt einen Kopiersatz.</translation>
    </message>
    <message>
        <source>Choose the storage system and the volumes of role %1, as many as for H1; they are matched in the order shown.</source>
        <translation>Wählen Sie das Speichersystem und die Datenträger der Rolle %1 aus, ebenso viele wie für H1; sie werden in der angezeigten Reihenfolge zugeordnet.</translation>
    </message>
    <message>
        <source>&amp;Storage system:</source>
        <translation>&amp;Speichersystem:</translation>
    </message>
    <message>
        <source>&amp;Volumes:</source>
        <translation>&amp;Datenträger:</translation>
    </message>
    <message>
        <source>%1 is a volume of site %2; the session gives the site no location, so every storage system of the session type is offered.</source>
        <translation>%1 ist ein Datenträger von Site %2; die Sitzung gibt der Site keinen Standort, daher wird jedes Speichersystem des Sitzungstyps angeboten.</translation>
    </message>
    <message>
        <source>%1 is a volume of site %2, at location &quot;%3&quot;: only the storage systems there are offered.</source>
        <translation>%1 ist ein Datenträger von Site %2 am Standort „%3“: Nur die Speichersysteme dort werden angeboten.</translation>
    </message>
    <message>
        <source>No storage system of this session type is connected to Copy Services Manager.</source>
        <translation>Kein Speichersystem dieses Sitzungstyps ist mit Copy Services Manager verbunden.</translation>
    </message>
    <message>
        <source>No storage system of this session type is at location &quot;%1&quot;. An administrator can set a storage system&apos;s location, or change the session&apos;s site locations.</source>
        <translation>Kein Speichersystem dieses Sitzungstyps befindet sich am Standort „%1“. Ein Administrator kann den Standort eines Speichersystems oder die Site-Standorte der Sitzung ändern.</translation>
    </message>
    <message>
        <source>Reading the volumes…</source>
        <translation>Datenträger werden gelesen…</translation>
    </message>
    <message>
        <source>(in session %1)</source>
        <translation>(in Sitzung %1)</translation>
    </message>
    <message>
        <source>This storage system has no volumes.</source>
        <translation>Dieses Speichersystem hat keine Datenträger.</translation>
    </message>
    <message>
        <source>%1 volume(s) are selected for %2 and %3 for %4: select as many for %4 as for %2, one per copy set.</source>
        <translation>%1 Datenträger sind für %2 ausgewählt und %3 für %4: Wählen Sie für %4 ebenso viele aus wie für %2, einen pro Kopiersatz.</translation>
    </message>
    <message>
        <source>%1 is already chosen for %2; choose another volume for %3.</source>
        <translation>%1 ist bereits für %2 ausgewählt; wählen Sie einen anderen Datenträger für %3.</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmSelectPage</name>
    <message>
        <source>Select Copy Sets</source>
        <translation>Kopiersätze auswählen</translation>
    </message>
    <message>
        <source>Check the copy sets to add to session %1.</source>
        <translation>Markieren Sie die Kopiersätze, die zur Sitzung %1 hinzugefügt werden sollen.</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmServersDialog</name>
    <message>
        <source>Management Servers</source>
        <translation>Management-Server</translation>
    </message>
    <message>
        <source>The active management server runs the sessions. A standby — the Copy Services Manager of another site&apos;s engine — keeps a copy of them and takes over only when you tell it to: there is no automatic takeover.</source>
        <translation>Der aktive Management-Server führt die Sitzungen aus. Ein Standby — der Copy Services Manager der Engine eines anderen Standorts — hält eine Kopie davon und übernimmt nur, wenn Sie es anweisen: Es gibt keine automatische Übernahme.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Define Standby…</source>
        <translation>Standby &amp;definieren…</translation>
    </message>
    <message>
        <source>&amp;Takeover…</source>
        <translation>Über&amp;nahme…</translation>
    </message>
    <message>
        <source>&amp;Remove Standby…</source>
        <translation>Standby &amp;entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>Dieser Server</translation>
    </message>
    <message>
        <source>Only an Administrator manages the management servers.</source>
        <translation>Nur ein Administrator verwaltet die Management-Server.</translation>
    </message>
    <message>
        <source>A standby cannot define a standby of its own.</source>
        <translation>Ein Standby kann keinen eigenen Standby definieren.</translation>
    </message>
    <message>
        <source>Make the manager of that site&apos;s engine this server&apos;s standby; its sessions, copy sets and users are overwritten with this server&apos;s.</source>
        <translation>Den Manager der Engine dieses Standorts zum Standby dieses Servers machen; seine Sitzungen, Kopiersätze und Benutzer werden mit denen dieses Servers überschrieben.</translation>
    </message>
    <message>
        <source>Make this server the active management server, stand-alone.</source>
        <translation>Diesen Server zum aktiven Management-Server machen, eigenständig.</translation>
    </message>
    <message>
        <source>Only a standby takes over; this server is the active one.</source>
        <translation>Nur ein Standby übernimmt; dieser Server ist der aktive.</translation>
    </message>
    <message>
        <source>This server has no standby.</source>
        <translation>Dieser Server hat keinen Standby.</translation>
    </message>
    <message>
        <source>Forget the standby %1; it keeps its copy of the sessions.</source>
        <translation>Den Standby %1 vergessen; er behält seine Kopie der Sitzungen.</translation>
    </message>
    <message>
        <source>Define Standby</source>
        <translation>Standby definieren</translation>
    </message>
    <message>
        <source>The Copy Services Manager of site %1 becomes the standby of this server. Its sessions, copy sets and users are overwritten with this server&apos;s, and it runs no commands until it takes over. Save its configuration first (mkbackup on that server) if you may need it.</source>
        <translation>Der Copy Services Manager des Standorts %1 wird zum Standby dieses Servers. Seine Sitzungen, Kopiersätze und Benutzer werden mit denen dieses Servers überschrieben, und er führt keine Befehle aus, bis er übernimmt. Sichern Sie zuerst seine Konfiguration (mkbackup auf jenem Server), falls Sie sie noch brauchen.</translation>
    </message>
    <message>
        <source>Takeover</source>
        <translation>Übernahme</translation>
    </message>
    <message>
        <source>Make this server the active management server? It runs the sessions it last received from %1 from now on, stand-alone. When %1 comes back it is Disconnected Consistent and its sessions are not actual.</source>
        <translation>Diesen Server zum aktiven Management-Server machen? Er führt ab jetzt eigenständig die Sitzungen aus, die er zuletzt von %1 erhalten hat. Wenn %1 zurückkommt, ist er „Disconnected Consistent“, und seine Sitzungen sind nicht aktuell.</translation>
    </message>
    <message>
        <source>Remove Standby</source>
        <translation>Standby entfernen</translation>
    </message>
    <message>
        <source>Remove the standby %1? It keeps its copy of the sessions; this server no longer sends it changes.</source>
        <translation>Den Standby %1 entfernen? Er behält seine Kopie der Sitzungen; dieser Server sendet ihm keine Änderungen mehr.</translation>
    </message>
    <message>
        <source>Site of the other server&apos;s engine (registered with copylinectl --add-peer)</source>
        <translation>Standort der Engine des anderen Servers (registriert mit copylinectl --add-peer)</translation>
    </message>
    <message>
        <source>&amp;Set this Server as Standby…</source>
        <translation>Diesen &amp;Server als Standby festlegen…</translation>
    </message>
    <message>
        <source>Only a server without a standby or an active server of its own can become a standby; remove its standby first.</source>
        <translation>Nur ein Server ohne Standby und ohne eigenen aktiven Server kann Standby werden; entfernen Sie zuerst seinen Standby.</translation>
    </message>
    <message>
        <source>Make this server the standby of that site&apos;s active management server; this server&apos;s sessions, copy sets and users are overwritten with that server&apos;s.</source>
        <translation>Diesen Server zum Standby des aktiven Management-Servers dieses Standorts machen; Sitzungen, Kopiergruppen und Benutzer dieses Servers werden mit denen jenes Servers überschrieben.</translation>
    </message>
    <message>
        <source>Set this Server as Standby</source>
        <translation>Diesen Server als Standby festlegen</translation>
    </message>
    <message>
        <source>This server becomes the standby of the active management server of site %1. Its sessions, copy sets and users are overwritten with that server&apos;s, and it runs no commands until it takes over. Save its configuration first (mkbackup) if you may need it.</source>
        <translation>Dieser Server wird Standby des aktiven Management-Servers des Standorts %1. Seine Sitzungen, Kopiergruppen und Benutzer werden mit denen jenes Servers überschrieben, und er führt keine Befehle aus, bis er übernimmt. Sichern Sie zuerst seine Konfiguration (mkbackup), falls Sie sie noch brauchen.</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Send the standby %1 everything now (reconnect); otherwise it is tried every 10 s.</source>
        <translation>Dem Standby %1 jetzt alles senden (reconnect); sonst wird es alle 10 s versucht.</translation>
    </message>
    <message>
        <source>Only an active server whose standby is Disconnected reconnects.</source>
        <translation>Nur ein aktiver Server, dessen Standby getrennt (Disconnected) ist, verbindet neu.</translation>
    </message>
    <message>
        <source>Remove &amp;Active…</source>
        <translation>&amp;Aktiven entfernen…</translation>
    </message>
    <message>
        <source>Forget the active server %1 while it is not synchronized with this one (it cannot be reached, or it removed this standby); this server keeps its sessions, stand-alone.</source>
        <translation>Den aktiven Server %1 vergessen, solange er nicht mit diesem synchronisiert ist (er ist nicht erreichbar oder hat diesen Standby entfernt); dieser Server behält seine Sitzungen, eigenständig.</translation>
    </message>
    <message>
        <source>Only a standby removes its active server.</source>
        <translation>Nur ein Standby entfernt seinen aktiven Server.</translation>
    </message>
    <message>
        <source>Remove Active</source>
        <translation>Aktiven entfernen</translation>
    </message>
    <message>
        <source>Remove the active management server %1? This server stops being its standby and runs the sessions it last received, stand-alone. Refused while the two are synchronized: use Takeover then.</source>
        <translation>Den aktiven Verwaltungsserver %1 entfernen? Dieser Server ist dann nicht mehr sein Standby und führt die zuletzt empfangenen Sitzungen eigenständig aus. Solange beide synchronisiert sind, wird dies abgelehnt: dann Übernahme verwenden.</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmSessionsWindow</name>
    <message>
        <source>Copy Services Manager — Sessions</source>
        <translation>Copy Services Manager — Sitzungen</translation>
    </message>
    <message>
        <source>Create Session</source>
        <translation>Sitzung erstellen</translation>
    </message>
    <message>
        <source>Define a new session: its name, type and site locations (Administrator)</source>
        <translation>Eine neue Sitzung definieren: Name, Typ und Site-Standorte (Administrator)</translation>
    </message>
    <message>
        <source>Session Actions</source>
        <translation>Sitzungsaktionen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>Role pairs</source>
        <translation>Rollenpaare</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Console messages</source>
        <translation>Konsolmeldungen</translation>
    </message>
    <message>
        <source>Connecting to Copy Services Manager…</source>
        <translation>Verbindung zu Copy Services Manager wird hergestellt…</translation>
    </message>
    <message>
        <source>No Copy Services Manager user exists yet. Create the administrator:</source>
        <translation>Es gibt noch keinen Copy Services Manager-Benutzer. Erstellen Sie den Administrator:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Administratorname</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Kennwort wiederholen</translation>
    </message>
    <message>
        <source>Create Administrator</source>
        <translation>Administrator erstellen</translation>
    </message>
    <message>
        <source>Sign in to Copy Services Manager:</source>
        <translation>Bei Copy Services Manager anmelden:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>&amp;Create Session…</source>
        <translation>Sitzung &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>Session &amp;Actions</source>
        <translation>Sitzungs&amp;aktionen</translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation>&amp;Befehle</translation>
    </message>
    <message>
        <source>&amp;View/Modify</source>
        <translation>&amp;Anzeigen/Ändern</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>&amp;Remove Copy Sets…</source>
        <translation>Kopiersätze ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Add Copy Sets…</source>
        <translation>Kopiersätze &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Export Copy Set…</source>
        <translation>Kopiersatz e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Remove &amp;Session…</source>
        <translation>&amp;Sitzung entfernen…</translation>
    </message>
    <message>
        <source>Not Authorized</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>Copy Services Manager refused this: your role does not allow it.</source>
        <translation>Copy Services Manager hat dies abgelehnt: Ihre Rolle erlaubt es nicht.</translation>
    </message>
    <message>
        <source>Signed in as %1 — %2 (%3)</source>
        <translation>Angemeldet als %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Sign in to see and manage the sessions.</source>
        <translation>Melden Sie sich an, um die Sitzungen anzuzeigen und zu verwalten.</translation>
    </message>
    <message>
        <source>Monitor: you can see every session, but not run commands or change anything.</source>
        <translation>Monitor: Sie können jede Sitzung sehen, aber keine Befehle ausführen und nichts ändern.</translation>
    </message>
    <message>
        <source>Operator: you can run commands and change copy sets of %1.</source>
        <translation>Operator: Sie können Befehle ausführen und die Kopiersätze von %1 ändern.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>Geben Sie den Namen des Administrators ein.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Kennwort ein.</translation>
    </message>
    <message>
        <source>The two passwords differ; enter the same password twice.</source>
        <translation>Die beiden Kennwörter unterscheiden sich; geben Sie zweimal dasselbe Kennwort ein.</translation>
    </message>
    <message>
        <source>Administrator %1 created and signed in.</source>
        <translation>Administrator %1 wurde erstellt und angemeldet.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>state / status</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>Richtung %1</translation>
    </message>
    <message>
        <source>state since %1</source>
        <translation>Status seit %1</translation>
    </message>
    <message>
        <source>last flash %1</source>
        <translation>letzter Flash %1</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>A Monitor cannot change sessions.</source>
        <translation>Ein Monitor kann keine Sitzungen ändern.</translation>
    </message>
    <message>
        <source>Select a session.</source>
        <translation>Wählen Sie eine Sitzung aus.</translation>
    </message>
    <message>
        <source>You are not assigned to session %1.</source>
        <translation>Sie sind der Sitzung %1 nicht zugeordnet.</translation>
    </message>
    <message>
        <source>Only an Administrator can remove a session.</source>
        <translation>Nur ein Administrator kann eine Sitzung entfernen.</translation>
    </message>
    <message>
        <source>Only a session in the Defined state can be removed; Terminate it first.</source>
        <translation>Nur eine Sitzung im Status Definiert kann entfernt werden; beenden Sie sie zuerst (Terminate).</translation>
    </message>
    <message>
        <source>Define a new session: its name, type and site locations</source>
        <translation>Eine neue Sitzung definieren: Name, Typ und Site-Standorte</translation>
    </message>
    <message>
        <source>Only an Administrator can create sessions.</source>
        <translation>Nur ein Administrator kann Sitzungen erstellen.</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>Melden Sie sich zuerst an</translation>
    </message>
    <message>
        <source>No commands for a Monitor</source>
        <translation>Keine Befehle für einen Monitor</translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation>Wählen Sie eine Sitzung aus</translation>
    </message>
    <message>
        <source>Not assigned to this session</source>
        <translation>Dieser Sitzung nicht zugeordnet</translation>
    </message>
    <message>
        <source>No command is available now</source>
        <translation>Derzeit ist kein Befehl verfügbar</translation>
    </message>
    <message>
        <source>Session %1 was created.</source>
        <translation>Die Sitzung %1 wurde erstellt.</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; on session %2?</source>
        <translation>„%1“ für die Sitzung %2 ausführen?</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message>
        <source>%1 was not run.</source>
        <translation>%1 wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Running %1 on session %2…</source>
        <translation>%1 wird für die Sitzung %2 ausgeführt…</translation>
    </message>
    <message>
        <source>%1 Failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 on session %2: %3</source>
        <translation>%1 für die Sitzung %2: %3</translation>
    </message>
    <message>
        <source>The properties of session %1 were changed.</source>
        <translation>Die Eigenschaften der Sitzung %1 wurden geändert.</translation>
    </message>
    <message>
        <source>Export Copy Set</source>
        <translation>Kopiersatz exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The copy sets of session %1 were exported to %2.</source>
        <translation>Die Kopiersätze der Sitzung %1 wurden nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Remove Session</source>
        <translation>Sitzung entfernen</translation>
    </message>
    <message>
        <source>Remove session %1 and its copy sets from Copy Services Manager? The volumes and their data stay.</source>
        <translation>Sitzung %1 und ihre Kopiersätze aus Copy Services Manager entfernen? Die Datenträger und ihre Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Session %1 was removed.</source>
        <translation>Die Sitzung %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Management &amp;Servers…</source>
        <translation>Management-&amp;Server…</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmSourcePage</name>
    <message>
        <source>Add Copy Sets</source>
        <translation>Kopiersätze hinzufügen</translation>
    </message>
    <message>
        <source>Choose the volumes of each role of the copy sets, or import copy sets from a CSV file (Export Copy Set writes one in this format).</source>
        <translation>Wählen Sie die Datenträger jeder Rolle der Kopiersätze aus, oder importieren Sie Kopiersätze aus einer CSV-Datei („Kopiersatz exportieren“ schreibt eine Datei in diesem Format).</translation>
    </message>
    <message>
        <source>&amp;Select the volumes for each role (%1)</source>
        <translation>Datenträger für jede Rolle au&amp;swählen (%1)</translation>
    </message>
    <message>
        <source>&amp;Use a CSV file</source>
        <translation>CSV-Datei &amp;verwenden</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The file&apos;s content: &quot;#&quot; comment lines, the role header (e.g. H1,H2), then one copy set per line. It can be edited here before the import.</source>
        <translation>Der Inhalt der Datei: Kommentarzeilen mit „#“, die Rollenkopfzeile (z. B. H1,H2), dann ein Kopiersatz pro Zeile. Er kann hier vor dem Import bearbeitet werden.</translation>
    </message>
    <message>
        <source>Import Copy Sets</source>
        <translation>Kopiersätze importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a copy set file.</source>
        <translation>%1 ist zu groß für eine Kopiersatzdatei.</translation>
    </message>
    <message>
        <source>Choose a CSV file, or select the volumes for each role.</source>
        <translation>Wählen Sie eine CSV-Datei, oder wählen Sie die Datenträger für jede Rolle aus.</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmTexts</name>
    <message>
        <source>Normal</source>
        <comment>session status</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>session status</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Severe</source>
        <comment>session status</comment>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>session status</comment>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Defined</source>
        <translation>Definiert</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Suspended (Partial)</source>
        <translation>Ausgesetzt (teilweise)</translation>
    </message>
    <message>
        <source>Target Available</source>
        <translation>Ziel verfügbar</translation>
    </message>
    <message>
        <source>Flashing</source>
        <translation>Flash läuft</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>Wird ausgesetzt</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>FlashCopy</source>
        <translation>FlashCopy</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Normal: a consistent copy of the data either exists or is being maintained.</source>
        <translation>Normal: Eine konsistente Kopie der Daten ist vorhanden oder wird aufrechterhalten.</translation>
    </message>
    <message>
        <source>Warning: volumes are being synchronized or are about to be, or the targets do not yet have a consistent copy; nothing is suspended.</source>
        <translation>Warnung: Datenträger werden synchronisiert oder werden es gleich, oder die Ziele haben noch keine konsistente Kopie; nichts ist ausgesetzt.</translation>
    </message>
    <message>
        <source>Severe: one or more errors must be dealt with immediately (volumes suspended or not copying correctly).</source>
        <translation>Schwerwiegend: Ein oder mehrere Fehler müssen sofort behoben werden (Datenträger ausgesetzt oder Kopieren fehlerhaft).</translation>
    </message>
    <message>
        <source>Inactive: the session is defined, with no activity on the hardware.</source>
        <translation>Inaktiv: Die Sitzung ist definiert, ohne Aktivität auf der Hardware.</translation>
    </message>
    <message>
        <source>Recoverable: the target volumes hold a consistent copy of the data</source>
        <translation>Wiederherstellbar: Die Zieldatenträger enthalten eine konsistente Kopie der Daten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Copy Type</source>
        <translation>Kopiertyp</translation>
    </message>
    <message>
        <source>Recoverable</source>
        <translation>Wiederherstellbar</translation>
    </message>
    <message>
        <source>Active Host</source>
        <translation>Aktiver Host</translation>
    </message>
    <message>
        <source>Copy Sets</source>
        <translation>Kopiersätze</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>The site whose host volumes (H1 or H2) the servers use now</source>
        <translation>Die Site, deren Hostdatenträger (H1 oder H2) die Server jetzt verwenden</translation>
    </message>
    <message>
        <source>Pairs in error</source>
        <translation>Paare mit Fehlern</translation>
    </message>
    <message>
        <source>The least progress over the active role pairs</source>
        <translation>Der geringste Fortschritt über die aktiven Rollenpaare</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>role pair (direction)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Role Pair</source>
        <translation>Rollenpaar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::RemoveCopySetsDialog</name>
    <message>
        <source>Remove Copy Sets — %1</source>
        <translation>Kopiersätze entfernen — %1</translation>
    </message>
    <message>
        <source>Select the copy sets to remove, by their source volume (H1):</source>
        <translation>Wählen Sie die zu entfernenden Kopiersätze anhand ihres Quelldatenträgers (H1) aus:</translation>
    </message>
    <message>
        <source>Hardware relationships</source>
        <translation>Hardwarebeziehungen</translation>
    </message>
    <message>
        <source>Yes, keep base hardware relationships on the storage system</source>
        <translation>Ja, Basis-Hardwarebeziehungen auf dem Speichersystem beibehalten</translation>
    </message>
    <message>
        <source>No, remove the hardware relationships too</source>
        <translation>Nein, die Hardwarebeziehungen ebenfalls entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The hardware relationships stay on the storage systems.</source>
        <translation>Die Hardwarebeziehungen bleiben auf den Speichersystemen erhalten.</translation>
    </message>
    <message>
        <source>The hardware relationships are removed from the storage systems.</source>
        <translation>Die Hardwarebeziehungen werden von den Speichersystemen entfernt.</translation>
    </message>
    <message>
        <source>Remove Copy Sets</source>
        <translation>Kopiersätze entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n copy set(s) from session %1?</source>
        <translation>
            <numerusform>%n Kopiersatz aus der Sitzung %1 entfernen?</numerusform>
            <numerusform>%n Kopiersätze aus der Sitzung %1 entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy set(s) removed from session %1.</source>
        <translation>
            <numerusform>%n Kopiersatz aus der Sitzung %1 entfernt.</numerusform>
            <numerusform>%n Kopiersätze aus der Sitzung %1 entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::SessionPictogram</name>
    <message>
        <source>host volume</source>
        <translation>Hostdatenträger</translation>
    </message>
    <message>
        <source>intermediate volume</source>
        <translation>Zwischendatenträger</translation>
    </message>
    <message>
        <source>journal volume</source>
        <translation>Journaldatenträger</translation>
    </message>
    <message>
        <source>target volume</source>
        <translation>Zieldatenträger</translation>
    </message>
    <message>
        <source>change volume</source>
        <translation>Änderungsdatenträger</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Session pictogram</source>
        <translation>Sitzungspiktogramm</translation>
    </message>
    <message>
        <source>%1: %2 at site %3</source>
        <translation>%1: %2 an Site %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Active host: the servers use these volumes now.</source>
        <translation>Aktiver Host: Die Server verwenden jetzt diese Datenträger.</translation>
    </message>
    <message>
        <source>%1 → %2: %3, %4, progress %5%</source>
        <translation>%1 → %2: %3, %4, Fortschritt %5 %</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Errors on one or more pairs.</source>
        <translation>Fehler bei einem oder mehreren Paaren.</translation>
    </message>
    <message>
        <source>%1 holds a consistent copy of the data (recoverable).</source>
        <translation>%1 enthält eine konsistente Kopie der Daten (wiederherstellbar).</translation>
    </message>
    <message>
        <source>Select a session to see its sites, volume roles and copy directions.</source>
        <translation>Wählen Sie eine Sitzung aus, um ihre Sites, Datenträgerrollen und Kopierrichtungen zu sehen.</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>Site %1: %2</source>
        <translation>Site %1: %2</translation>
    </message>
    <message>
        <source> %1%</source>
        <comment>arrow label: progress</comment>
        <translation> %1 %</translation>
    </message>
    <message>
        <source>Solid: synchronous · dashed: asynchronous · dotted: FlashCopy · grey: inactive · ✓ recoverable · ✕ errors · framed: active host</source>
        <translation>Durchgezogen: synchron · gestrichelt: asynchron · gepunktet: FlashCopy · grau: inaktiv · ✓ wiederherstellbar · ✕ Fehler · gerahmt: aktiver Host</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::SessionPropertiesDialog</name>
    <message>
        <source>View/Modify Properties — %1</source>
        <translation>Eigenschaften anzeigen/ändern — %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>FlashCopy options</source>
        <translation>FlashCopy-Optionen</translation>
    </message>
    <message>
        <source>&amp;Incremental</source>
        <translation>&amp;Inkrementell</translation>
    </message>
    <message>
        <source>A later Flash copies only the tracks changed since the previous one</source>
        <translation>Ein späterer Flash kopiert nur die seit dem vorherigen geänderten Spuren</translation>
    </message>
    <message>
        <source>&amp;Background copy</source>
        <translation>&amp;Hintergrundkopie</translation>
    </message>
    <message>
        <source>Copy every track in the background; without it a track is copied only when it is written</source>
        <translation>Jede Spur im Hintergrund kopieren; ohne diese Option wird eine Spur erst kopiert, wenn sie geschrieben wird</translation>
    </message>
    <message>
        <source>&amp;Start also flashes</source>
        <translation>&amp;Start führt auch Flash aus</translation>
    </message>
    <message>
        <source>The first Start takes the point-in-time copy at once, as Flash does</source>
        <translation>Der erste Start erstellt die Point-in-Time-Kopie sofort, wie Flash</translation>
    </message>
</context>
<context>
    <name>Copyline::DefineHostDialog</name>
    <message>
        <source>Define Host</source>
        <translation>Host definieren</translation>
    </message>
    <message>
        <source>Host &amp;name:</source>
        <translation>Host&amp;name:</translation>
    </message>
    <message>
        <source>Host &amp;type (operating system):</source>
        <translation>Host&amp;typ (Betriebssystem):</translation>
    </message>
    <message>
        <source>Member of host &amp;group:</source>
        <translation>Mitglied der Host&amp;gruppe:</translation>
    </message>
</context>
<context>
    <name>Copyline::DefineHostGroupDialog</name>
    <message>
        <source>Define Host Group</source>
        <translation>Hostgruppe definieren</translation>
    </message>
    <message>
        <source>Host group &amp;name:</source>
        <translation>&amp;Name der Hostgruppe:</translation>
    </message>
</context>
<context>
    <name>Copyline::DefineHostPortDialog</name>
    <message>
        <source>Define Host Port</source>
        <translation>Host-Port definieren</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Host port &amp;identifier (WWPN):</source>
        <translation>Host-Port-&amp;Kennung (WWPN):</translation>
    </message>
    <message>
        <source>Optional; default &lt;host&gt;_HBA&lt;n&gt;</source>
        <translation>Optional; Standard: &lt;host&gt;_HBA&lt;n&gt;</translation>
    </message>
    <message>
        <source>User &amp;label:</source>
        <translation>Benutzer&amp;bezeichnung:</translation>
    </message>
    <message>
        <source>Define a host first (Mappings ▸ Define ▸ Host).</source>
        <translation>Definieren Sie zuerst einen Host (Zuordnungen ▸ Definieren ▸ Host).</translation>
    </message>
    <message>
        <source>Enter the host port identifier: the 16 hexadecimal digits of the HBA&apos;s worldwide port name.</source>
        <translation>Geben Sie die Host-Port-Kennung ein: die 16 Hexadezimalziffern des World Wide Port Name des HBA.</translation>
    </message>
</context>
<context>
    <name>Copyline::DefineMappingDialog</name>
    <message>
        <source>Define Additional Mapping</source>
        <translation>Zusätzliche Zuordnung definieren</translation>
    </message>
    <message>
        <source>&amp;Host group or host:</source>
        <translation>&amp;Hostgruppe oder Host:</translation>
    </message>
    <message>
        <source>&amp;Logical unit number (LUN):</source>
        <translation>&amp;Logische Einheitennummer (LUN):</translation>
    </message>
    <message>
        <source>Logical &amp;drive (unmapped logical drives):</source>
        <translation>Logisches &amp;Laufwerk (nicht zugeordnete logische Laufwerke):</translation>
    </message>
    <message>
        <source>Every standard logical drive is already mapped.</source>
        <translation>Jedes logische Standardlaufwerk ist bereits zugeordnet.</translation>
    </message>
    <message>
        <source>Select the logical drive to map.</source>
        <translation>Wählen Sie das logische Laufwerk aus, das zugeordnet werden soll.</translation>
    </message>
    <message>
        <source>All LUNs of %1 are in use.</source>
        <translation>Alle LUNs von %1 sind belegt.</translation>
    </message>
</context>
<context>
    <name>Copyline::DisablePremiumFeatureDialog</name>
    <message>
        <source>Disable Premium Feature</source>
        <translation>Freischaltung eines Premium-Features aufheben</translation>
    </message>
    <message>
        <source>Select the premium feature to disable:</source>
        <translation>Wählen Sie das Premium-Feature aus, dessen Freischaltung aufgehoben werden soll:</translation>
    </message>
    <message>
        <source>No premium feature is enabled on this storage subsystem.</source>
        <translation>Auf diesem Speichersubsystem ist kein Premium-Feature freigeschaltet.</translation>
    </message>
    <message>
        <source>Select the feature to disable.</source>
        <translation>Wählen Sie das Feature aus, dessen Freischaltung aufgehoben werden soll.</translation>
    </message>
    <message>
        <source>Disabling a premium feature is not recommended. Existing objects keep working, but no new ones can be created, and enabling the feature again requires its key file.

Are you sure you want to disable %1?</source>
        <translation>Es wird nicht empfohlen, die Freischaltung eines Premium-Features aufzuheben. Vorhandene Objekte funktionieren weiter, aber es können keine neuen erstellt werden, und für eine erneute Freischaltung ist wieder die Schlüsseldatei erforderlich.

Möchten Sie die Freischaltung von %1 wirklich aufheben?</translation>
    </message>
</context>
<context>
    <name>Copyline::DrivePropertiesDialog</name>
    <message>
        <source>Drive Properties</source>
        <translation>Laufwerkeigenschaften</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Enclosure</source>
        <translation>Gehäuse</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Steckplatz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>Usable capacity</source>
        <translation>Nutzbare Kapazität</translation>
    </message>
    <message>
        <source>Raw capacity</source>
        <translation>Rohkapazität</translation>
    </message>
    <message>
        <source>Interface type</source>
        <translation>Schnittstellentyp</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Drehzahl</translation>
    </message>
    <message>
        <source>%1 rpm</source>
        <translation>%1 U/min</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
</context>
<context>
    <name>Copyline::EnablePremiumFeatureDialog</name>
    <message>
        <source>Enable Premium Feature</source>
        <translation>Premium-Feature freischalten</translation>
    </message>
    <message>
        <source>Select the premium feature key file for Storage Subsystem %1 (feature enable identifier %2).</source>
        <translation>Wählen Sie die Premium-Feature-Schlüsseldatei für Speichersubsystem %1 aus (Feature-Aktivierungs-ID %2).</translation>
    </message>
    <message>
        <source>Path of the .key file</source>
        <translation>Pfad der .key-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Simulated activation web site</source>
        <translation>Simulierte Aktivierungswebsite</translation>
    </message>
    <message>
        <source>Copyline&apos;s subsystems are simulated, so Copyline stands in for the activation web site: it writes a key file bound to this subsystem&apos;s feature enable identifier.</source>
        <translation>Die Subsysteme von Copyline sind simuliert, daher übernimmt Copyline die Rolle der Aktivierungswebsite: Es schreibt eine Schlüsseldatei, die an die Feature-Aktivierungs-ID dieses Subsystems gebunden ist.</translation>
    </message>
    <message>
        <source>&amp;Generate Key File…</source>
        <translation>Schlüsseldatei &amp;generieren…</translation>
    </message>
    <message>
        <source>Select Premium Feature Key File</source>
        <translation>Premium-Feature-Schlüsseldatei auswählen</translation>
    </message>
    <message>
        <source>Feature key files (*.key);;All files (*)</source>
        <translation>Feature-Schlüsseldateien (*.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Premium Feature Key File</source>
        <translation>Premium-Feature-Schlüsseldatei speichern</translation>
    </message>
    <message>
        <source>Feature key files (*.key)</source>
        <translation>Feature-Schlüsseldateien (*.key)</translation>
    </message>
    <message>
        <source>Select a key file, or generate one for this subsystem.</source>
        <translation>Wählen Sie eine Schlüsseldatei aus, oder generieren Sie eine für dieses Subsystem.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 ist nicht vorhanden.</translation>
    </message>
</context>
<context>
    <name>Copyline::EquivalentCommandButton</name>
    <message>
        <source>Show the E&amp;quivalent Command…</source>
        <translation>&amp;Entsprechenden Befehl anzeigen…</translation>
    </message>
    <message>
        <source>Show the command line that does the same</source>
        <translation>Die Befehlszeile anzeigen, die dasselbe bewirkt</translation>
    </message>
</context>
<context>
    <name>Copyline::EquivalentCommandDialog</name>
    <message>
        <source>Equivalent Command</source>
        <translation>Entsprechender Befehl</translation>
    </message>
    <message>
        <source>The same as script statements, for copylinectl -f FILE:</source>
        <translation>Dasselbe als Skriptanweisungen, für copylinectl -f FILE:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the command line to the clipboard</source>
        <translation>Die Befehlszeile in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>There is nothing to run yet: complete the inputs first.</source>
        <translation>Es gibt noch nichts auszuführen: Vervollständigen Sie zuerst die Eingaben.</translation>
    </message>
    <message>
        <source>This copylinectl command does what this window does when you confirm it. Run it in a shell, also while the console is open, or keep it in a script:</source>
        <translation>Dieser copylinectl-Befehl bewirkt dasselbe wie dieses Fenster, wenn Sie es bestätigen. Führen Sie ihn in einer Shell aus, auch während die Konsole geöffnet ist, oder bewahren Sie ihn in einem Skript auf:</translation>
    </message>
    <message>
        <source>This window&apos;s commands have no script statement; copylinectl --call runs them by name with the same arguments:</source>
        <translation>Für die Befehle dieses Fensters gibt es keine Skriptanweisung; copylinectl --call führt sie über ihren Namen mit denselben Argumenten aus:</translation>
    </message>
    <message>
        <source>This %1 command does what this window does when you confirm it. %1 signs in with the user and password in csmcli-auth.properties (the current folder, then ~/csm-cli/), not with the console&apos;s sign-in:</source>
        <translation>Dieser %1-Befehl bewirkt, was dieses Fenster nach Ihrer Bestätigung tut. %1 meldet sich mit Benutzer und Kennwort aus csmcli-auth.properties an (im aktuellen Ordner, sonst in ~/csm-cli/), nicht mit der Anmeldung der Konsole:</translation>
    </message>
    <message>
        <source>This %1 command does what this window does when you confirm it. Put the name and the password of a Copy Services user in place of %2 and %3:</source>
        <translation>Dieser %1-Befehl bewirkt, was dieses Fenster nach Ihrer Bestätigung tut. Setzen Sie den Namen und das Kennwort eines Copy-Services-Benutzers anstelle von %2 und %3 ein:</translation>
    </message>
</context>
<context>
    <name>Copyline::Error</name>
    <message>
        <source>The operation completed successfully.</source>
        <translation>Der Vorgang wurde erfolgreich abgeschlossen.</translation>
    </message>
    <message>
        <source>Internal error: %1. The configuration was not changed; please report this problem.</source>
        <translation>Interner Fehler: %1. Die Konfiguration wurde nicht geändert; bitte melden Sie dieses Problem.</translation>
    </message>
    <message>
        <source>Syntax error at line %1, column %2: %3.</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The README lists the script commands Copyline understands.</source>
        <translation>Unbekannter Befehl „%1“. Die README-Datei listet die Scriptbefehle auf, die Copyline versteht.</translation>
    </message>
    <message>
        <source>The command %2 needs the parameter %1.</source>
        <translation>Der Befehl %2 benötigt den Parameter %1.</translation>
    </message>
    <message>
        <source>The value &quot;%2&quot; is not valid for %1: %3.</source>
        <translation>Der Wert „%2“ ist für %1 nicht gültig: %3.</translation>
    </message>
    <message>
        <source>The command %2 has no parameter %1.</source>
        <translation>Der Befehl %2 hat keinen Parameter %1.</translation>
    </message>
    <message>
        <source>%1 is not supported: %2.</source>
        <translation>%1 wird nicht unterstützt: %2.</translation>
    </message>
    <message>
        <source>%1 is busy: %2. Wait for it to finish and try again.</source>
        <translation>%1 ist belegt: %2. Warten Sie, bis der Vorgang beendet ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no storage subsystem named &quot;%1&quot; in this workspace. Run copylinectl -d to list the storage subsystems.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Speichersubsystem mit dem Namen „%1“. Mit copylinectl -d können Sie die Speichersubsysteme auflisten.</translation>
    </message>
    <message>
        <source>There is no logical drive named &quot;%1&quot; on storage subsystem &quot;%2&quot;. Check the name (names are case sensitive) or run show allLogicalDrives.</source>
        <translation>Auf dem Speichersubsystem „%2“ gibt es kein logisches Laufwerk mit dem Namen „%1“. Prüfen Sie den Namen (Groß-/Kleinschreibung wird beachtet), oder führen Sie show allLogicalDrives aus.</translation>
    </message>
    <message>
        <source>There is no array (Logical Drive Group) %1 on storage subsystem &quot;%2&quot;.</source>
        <translation>Auf dem Speichersubsystem „%2“ gibt es kein Array (Gruppe logischer Laufwerke) %1.</translation>
    </message>
    <message>
        <source>There is no drive at enclosure %1, slot %2 on storage subsystem &quot;%3&quot;.</source>
        <translation>Auf dem Speichersubsystem „%3“ gibt es kein Laufwerk in Gehäuse %1, Steckplatz %2.</translation>
    </message>
    <message>
        <source>There is no host named &quot;%1&quot; on storage subsystem &quot;%2&quot;.</source>
        <translation>Auf dem Speichersubsystem „%2“ gibt es keinen Host mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>There is no host group named &quot;%1&quot; on storage subsystem &quot;%2&quot;.</source>
        <translation>Auf dem Speichersubsystem „%2“ gibt es keine Hostgruppe mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>There is no host port &quot;%1&quot; on storage subsystem &quot;%2&quot;.</source>
        <translation>Auf dem Speichersubsystem „%2“ gibt es keinen Host-Port „%1“.</translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; has no LUN mapping to %2.</source>
        <translation>Das logische Laufwerk „%1“ hat keine LUN-Zuordnung zu %2.</translation>
    </message>
    <message>
        <source>There is no controller %1; use A or B.</source>
        <translation>Es gibt keinen Controller %1; verwenden Sie A oder B.</translation>
    </message>
    <message>
        <source>The %1 name must not be empty. Enter a name.</source>
        <translation>Der Name (%1) darf nicht leer sein. Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has %2 characters; a name may have at most %3 characters, spaces included. Shorten it.</source>
        <translation>Der Name „%1“ hat %2 Zeichen; ein Name darf höchstens %3 Zeichen einschließlich Leerzeichen haben. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by %2 on this storage subsystem. Names must be unique; choose another name.</source>
        <translation>Der Name „%1“ ist auf diesem Speichersubsystem bereits vergeben (%2). Namen müssen eindeutig sein; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is not allowed: %2. Use letters, digits, spaces and the characters - _ . #.</source>
        <translation>Der Name „%1“ ist nicht zulässig: %2. Verwenden Sie Buchstaben, Ziffern, Leerzeichen und die Zeichen - _ . #.</translation>
    </message>
    <message>
        <source>RAID level %1 is not supported; choose RAID 0, 1, 3 or 5.</source>
        <translation>RAID-Level %1 wird nicht unterstützt; wählen Sie RAID 0, 1, 3 oder 5.</translation>
    </message>
    <message>
        <source>RAID %1 needs %2, but %3 drive(s) were selected.</source>
        <translation>RAID %1 benötigt %2, aber es wurden %3 Laufwerk(e) ausgewählt.</translation>
    </message>
    <message>
        <source>Drive [%1,%2] is %3; only unassigned drives can be used. Choose another drive.</source>
        <translation>Laufwerk [%1,%2] ist %3; nur nicht zugeordnete Laufwerke können verwendet werden. Wählen Sie ein anderes Laufwerk.</translation>
    </message>
    <message>
        <source>The selected drives mix %1 and %2 drives; an array uses one drive type only.</source>
        <translation>Die ausgewählten Laufwerke mischen %1- und %2-Laufwerke; ein Array verwendet nur einen Laufwerktyp.</translation>
    </message>
    <message>
        <source>The requested capacity %1 is more than the free capacity of %2 (%3). Request at most %3.</source>
        <translation>Die angeforderte Kapazität %1 ist größer als die freie Kapazität von %2 (%3). Fordern Sie höchstens %3 an.</translation>
    </message>
    <message>
        <source>The capacity %1 is too small; the minimum is %2.</source>
        <translation>Die Kapazität %1 ist zu klein; das Minimum ist %2.</translation>
    </message>
    <message>
        <source>%1 still holds %2 logical drive(s). Delete them before deleting the array.</source>
        <translation>%1 enthält noch logische Laufwerke (%2). Löschen Sie sie, bevor Sie das Array löschen.</translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; already has %2 logical drives, the most a %3 supports.</source>
        <translation>Das Speichersubsystem „%1“ hat bereits %2 logische Laufwerke, die Höchstzahl für ein %3.</translation>
    </message>
    <message>
        <source>Drive [%1,%2] cannot change its hot-spare role: %3.</source>
        <translation>Laufwerk [%1,%2] kann seine Hot-Spare-Rolle nicht ändern: %3.</translation>
    </message>
    <message>
        <source>The capacity of &quot;%1&quot; cannot be increased: %2.</source>
        <translation>Die Kapazität von „%1“ kann nicht erhöht werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2; %3.</source>
        <translation>„%1“ ist vom Typ %2; %3.</translation>
    </message>
    <message>
        <source>The range at offset %1 with length %2 does not lie inside logical drive &quot;%3&quot; (capacity %4 bytes).</source>
        <translation>Der Bereich ab Offset %1 mit der Länge %2 liegt nicht innerhalb des logischen Laufwerks „%3“ (Kapazität %4 Byte).</translation>
    </message>
    <message>
        <source>I/O error on logical drive &quot;%1&quot;: %2.</source>
        <translation>E/A-Fehler auf dem logischen Laufwerk „%1“: %2.</translation>
    </message>
    <message>
        <source>Host %1 to logical drive &quot;%2&quot; is refused: %3.</source>
        <translation>Host-Zugriff (%1) auf das logische Laufwerk „%2“ wird abgewiesen: %3.</translation>
    </message>
    <message>
        <source>LUN %1 is already used by &quot;%2&quot; in the partition of %3. Choose a free LUN.</source>
        <translation>LUN %1 wird in der Partition von %3 bereits von „%2“ verwendet. Wählen Sie eine freie LUN.</translation>
    </message>
    <message>
        <source>LUN %1 is out of range; use a LUN from 0 to %2.</source>
        <translation>LUN %1 liegt außerhalb des gültigen Bereichs; verwenden Sie eine LUN von 0 bis %2.</translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; is already mapped to %2 as LUN %3. Remove that mapping first; a logical drive has one mapping.</source>
        <translation>Das logische Laufwerk „%1“ ist %2 bereits als LUN %3 zugeordnet. Entfernen Sie zuerst diese Zuordnung; ein logisches Laufwerk hat nur eine Zuordnung.</translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; is not mapped.</source>
        <translation>Das logische Laufwerk „%1“ ist nicht zugeordnet.</translation>
    </message>
    <message>
        <source>Host group &quot;%1&quot; still has %2. Move or delete them first.</source>
        <translation>Die Hostgruppe „%1“ enthält noch %2. Verschieben oder löschen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>The host port identifier &quot;%1&quot; is not valid: enter 16 hexadecimal digits, for example 21:00:00:E0:8B:05:05:04.</source>
        <translation>Die Host-Port-Kennung „%1“ ist nicht gültig: Geben Sie 16 Hexadezimalziffern ein, zum Beispiel 21:00:00:E0:8B:05:05:04.</translation>
    </message>
    <message>
        <source>The host port identifier %1 is already defined for host &quot;%2&quot;.</source>
        <translation>Die Host-Port-Kennung %1 ist bereits für den Host „%2“ definiert.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a valid premium feature key: %2.</source>
        <translation>Die Datei „%1“ ist kein gültiger Premium-Feature-Schlüssel: %2.</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; was generated for feature enable identifier %2, but this storage subsystem&apos;s identifier is %3. Generate a key for this identifier.</source>
        <translation>Die Schlüsseldatei „%1“ wurde für die Feature-Aktivierungs-ID %2 generiert, die ID dieses Speichersubsystems ist aber %3. Generieren Sie einen Schlüssel für diese ID.</translation>
    </message>
    <message>
        <source>The premium feature %1 is already enabled on &quot;%2&quot;.</source>
        <translation>Das Premium-Feature %1 ist auf „%2“ bereits freigeschaltet.</translation>
    </message>
    <message>
        <source>The premium feature %1 is not enabled on &quot;%2&quot;. Enable it with its key file (Storage Subsystem &gt; Premium Features &gt; Enable).</source>
        <translation>Das Premium-Feature %1 ist auf „%2“ nicht freigeschaltet. Schalten Sie es mit seiner Schlüsseldatei frei (Speichersubsystem &gt; Premium-Features &gt; Freischalten).</translation>
    </message>
    <message>
        <source>Unknown premium feature &quot;%1&quot;; use flashCopy, volumeCopy or remoteMirror.</source>
        <translation>Unbekanntes Premium-Feature „%1“; verwenden Sie flashCopy, volumeCopy oder remoteMirror.</translation>
    </message>
    <message>
        <source>The premium feature %1 is not supported on a %2.</source>
        <translation>Das Premium-Feature %1 wird auf einem %2 nicht unterstützt.</translation>
    </message>
    <message>
        <source>FlashCopy logical drive &quot;%1&quot; is %2: %3.</source>
        <translation>Das logische FlashCopy-Laufwerk „%1“ ist %2: %3.</translation>
    </message>
    <message>
        <source>No FlashCopy can be created for &quot;%1&quot;: %2.</source>
        <translation>Für „%1“ kann keine FlashCopy erstellt werden: %2.</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by another Copyline process (%2). Attach to it, or stop it with copylinectl --workspace %1 --stop.</source>
        <translation>Der Arbeitsbereich %1 wird von einem anderen Copyline-Prozess verwendet (%2). Stellen Sie eine Verbindung zu ihm her, oder stoppen Sie ihn mit copylinectl --workspace %1 --stop.</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged (%2). It has not been changed. Restore it from a backup or open another workspace.</source>
        <translation>Der Katalog %1 ist beschädigt (%2). Er wurde nicht geändert. Stellen Sie ihn aus einer Sicherung wieder her, oder öffnen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer Copyline (schema version %2; this version reads up to %3). It has not been changed. Open it with a newer Copyline.</source>
        <translation>Der Katalog %1 wurde von einer neueren Copyline-Version geschrieben (Schemaversion %2; diese Version liest bis %3). Er wurde nicht geändert. Öffnen Sie ihn mit einer neueren Copyline-Version.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be used as a workspace: %2.</source>
        <translation>Der Ordner %1 kann nicht als Arbeitsbereich verwendet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot reach the Copyline engine of workspace %1: %2.</source>
        <translation>Die Copyline-Engine des Arbeitsbereichs %1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>Could not start the Copyline engine for workspace %1: %2</source>
        <translation>Die Copyline-Engine für den Arbeitsbereich %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Cannot use the file %1: %2.</source>
        <translation>Die Datei %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The operation cannot complete because the selected logical drive is not a valid candidate for Remote Mirroring. %1</source>
        <translation>Der Vorgang kann nicht abgeschlossen werden, weil das ausgewählte logische Laufwerk kein gültiger Kandidat für die Fernspiegelung ist. %1</translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation>Unbekannter Fehler %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the %2 of a VolumeCopy: %3.</source>
        <translation>„%1“ kann nicht %2 einer VolumeCopy sein: %3.</translation>
    </message>
    <message>
        <source>The VolumeCopy from &quot;%1&quot; to &quot;%2&quot; is %3: %4.</source>
        <translation>Die VolumeCopy von „%1“ nach „%2“ ist %3: %4.</translation>
    </message>
    <message>
        <source>There is no VolumeCopy pair %1 on storage subsystem &quot;%2&quot;. Run show volumeCopy allLogicalDrives.</source>
        <translation>Auf dem Speichersubsystem „%2“ gibt es kein VolumeCopy-Paar %1. Führen Sie show volumeCopy allLogicalDrives aus.</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; runs no workload. Start one with: start hostWorkload host=&quot;%1&quot;;</source>
        <translation>Auf dem Host „%1“ läuft keine Arbeitslast. Starten Sie eine mit: start hostWorkload host=&quot;%1&quot;;</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is %2 on storage subsystem &quot;%1&quot;; mirrors need it Enabled/Activated on both subsystems. Enable the feature with its key file and run Storage Subsystem &gt; Remote Mirroring &gt; Activate (activate storageSubsystem feature=remoteMirror;).</source>
        <translation>Die Fernspiegelung logischer Laufwerke ist auf dem Speichersubsystem „%1“ %2; Spiegel setzen voraus, dass sie auf beiden Subsystemen freigeschaltet/aktiviert ist. Schalten Sie das Feature mit seiner Schlüsseldatei frei, und führen Sie Speichersubsystem &gt; Fernspiegelung &gt; Aktivieren aus (activate storageSubsystem feature=remoteMirror;).</translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; already has %2 mirrored logical drives, the most a %3 supports. Remove a mirror relationship first.</source>
        <translation>Das Speichersubsystem „%1“ hat bereits %2 gespiegelte logische Laufwerke, die Höchstzahl für ein %3. Entfernen Sie zuerst eine Spiegelbeziehung.</translation>
    </message>
    <message>
        <source>The mirrored pair of %1 is %2: %3</source>
        <translation>Das gespiegelte Paar von %1 ist %2: %3</translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; is not in a mirror relationship on storage subsystem &quot;%2&quot;. Run show remoteMirrors; to list them.</source>
        <translation>Das logische Laufwerk „%1“ befindet sich auf dem Speichersubsystem „%2“ in keiner Spiegelbeziehung. Führen Sie show remoteMirrors; aus, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; cannot communicate with storage subsystem &quot;%2&quot;: %3. %4</source>
        <translation>Das Speichersubsystem „%1“ kann nicht mit dem Speichersubsystem „%2“ kommunizieren: %3. %4</translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; %2</source>
        <translation>Logisches Laufwerk „%1“: %2</translation>
    </message>
    <message>
        <source>There is not enough space available for creating the remote mirror repository logical drives: %1 needs %2 and has %3 free. Choose another array, or create a new array from unconfigured drives.</source>
        <translation>Es ist nicht genügend Speicherplatz zum Erstellen der logischen Spiegelrepository-Laufwerke verfügbar: %1 benötigt %2 und hat %3 frei. Wählen Sie ein anderes Array, oder erstellen Sie ein neues Array aus nicht konfigurierten Laufwerken.</translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; cannot mirror to storage subsystem &quot;%2&quot;: %3</source>
        <translation>Das Speichersubsystem „%1“ kann nicht auf das Speichersubsystem „%2“ spiegeln: %3</translation>
    </message>
    <message>
        <source>(%1 characters)</source>
        <translation>(%1 Zeichen)</translation>
    </message>
    <message>
        <source>RAID %1 cannot be used for %2; choose RAID %3.</source>
        <translation>RAID %1 kann nicht für %2 verwendet werden; wählen Sie RAID %3.</translation>
    </message>
    <message>
        <source>The premium feature %1 cannot be changed on &quot;%2&quot;: %3.</source>
        <translation>Die Premium-Funktion %1 kann auf „%2“ nicht geändert werden: %3.</translation>
    </message>
    <message>
        <source>The disk that holds the workspace is full (%1); nothing was changed. Free space there (delete logical drives or FlashCopies you no longer need, or other files), then try again.</source>
        <translation>Der Datenträger mit dem Arbeitsbereich ist voll (%1); es wurde nichts geändert. Schaffen Sie dort Platz (löschen Sie nicht mehr benötigte logische Laufwerke oder FlashCopies oder andere Dateien) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The control socket %1 %2; another user may be trying to capture your commands. %3</source>
        <translation>Der Steuer-Socket %1 %2; möglicherweise versucht ein anderer Benutzer, Ihre Befehle abzufangen. %3</translation>
    </message>
    <message>
        <source>Volume %1 was not found in the Copy Services domain. A volume ID has 8 characters: the LSS digit, the volume number in hex and the ESS serial (00012019 is volume 000 of LSS 16 on ESS 12019).</source>
        <translation>Volume %1 wurde in der Copy-Services-Domäne nicht gefunden. Eine Volume-ID hat 8 Zeichen: die LSS-Ziffer, die Volume-Nummer hexadezimal und die ESS-Seriennummer (00012019 ist Volume 000 von LSS 16 auf ESS 12019).</translation>
    </message>
    <message>
        <source>FlashCopy source %1 is on LSS %2 and target %3 on LSS %4: FlashCopy works within one LSS. Choose a target on LSS %2.</source>
        <translation>FlashCopy-Quelle %1 liegt auf LSS %2 und Ziel %3 auf LSS %4: FlashCopy arbeitet innerhalb eines LSS. Wählen Sie ein Ziel auf LSS %2.</translation>
    </message>
    <message>
        <source>Target %1 (%2) is smaller than source %3 (%4). Choose a target at least as large as the source.</source>
        <translation>Ziel %1 (%2) ist kleiner als Quelle %3 (%4). Wählen Sie ein Ziel, das mindestens so groß ist wie die Quelle.</translation>
    </message>
    <message>
        <source>Volume %1 is already in a FlashCopy relationship with %2; a volume takes part in one FlashCopy at a time. Wait until its background copy has finished, or withdraw that pair first.</source>
        <translation>Volume %1 ist bereits in einer FlashCopy-Beziehung mit %2; ein Volume nimmt jeweils nur an einer FlashCopy teil. Warten Sie, bis die Hintergrundkopie beendet ist, oder ziehen Sie dieses Paar zuerst zurück (Withdraw).</translation>
    </message>
    <message>
        <source>Volume %1 is not in a FlashCopy relationship; there is nothing to withdraw.</source>
        <translation>Volume %1 ist in keiner FlashCopy-Beziehung; es gibt nichts zurückzuziehen.</translation>
    </message>
    <message>
        <source>LSS %1 %2. Open Systems LSSs are numbered 16 to 31 and hold at most 256 volumes each.</source>
        <translation>LSS %1 %2. Open-Systems-LSS sind von 16 bis 31 nummeriert und enthalten jeweils höchstens 256 Volumes.</translation>
    </message>
    <message>
        <source>ESS serial &quot;%1&quot; is not valid: %2.</source>
        <translation>ESS-Seriennummer &quot;%1&quot; ist ungültig: %2.</translation>
    </message>
    <message>
        <source>There is no PPRC path from LSS %1 to LSS %2. Paths for PPRC must be defined first: establish a path on the Paths panel (essEstablishPaths).</source>
        <translation>Es gibt keinen PPRC-Pfad von LSS %1 zu LSS %2. PPRC-Pfade müssen zuerst definiert werden: Legen Sie im Bereich „Paths“ einen Pfad an (essEstablishPaths).</translation>
    </message>
    <message>
        <source>The PPRC operation on %1 is not possible: %2.</source>
        <translation>Die PPRC-Operation für %1 ist nicht möglich: %2.</translation>
    </message>
    <message>
        <source>Target volume %1 is online to host %2. Demount it from the host first, or check &quot;Permit if target is online&quot;.</source>
        <translation>Der Zieldatenträger %1 ist auf Host %2 online. Hängen Sie ihn dort zuerst aus oder wählen Sie &quot;Permit if target is online&quot;.</translation>
    </message>
    <message>
        <source>No ESCON link %1. %2.</source>
        <translation>Keine ESCON-Verbindung %1. %2.</translation>
    </message>
    <message>
        <source>The paths cannot be established: %1.</source>
        <translation>Die Pfade können nicht eingerichtet werden: %1.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; %2.</source>
        <translation>Task &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>No task named &quot;%1&quot; is defined. Tasks are defined on the Volumes, Storage Servers or Paths panel (Task Wizard, Define task, Save).</source>
        <translation>Es ist kein Task namens &quot;%1&quot; definiert. Tasks werden in den Bereichen Volumes, Storage Servers oder Paths definiert (Task Wizard, Define task, Save).</translation>
    </message>
    <message>
        <source>Copy Services is %1: no task can be submitted. %2.</source>
        <translation>Copy Services ist %1: Es kann kein Task übergeben werden. %2.</translation>
    </message>
    <message>
        <source>%1 is not authorized: %2.</source>
        <translation>%1 ist nicht berechtigt: %2.</translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; is already reserved by %2 (%3 reservation). The host that holds it must release it, or clear it with clear logicalDrive [&quot;%1&quot;] reservations;.</source>
        <translation>Das logische Laufwerk &quot;%1&quot; ist bereits von %2 reserviert (%3-Reservierung). Der Host, der sie hält, muss sie freigeben, oder Sie löschen sie mit clear logicalDrive [&quot;%1&quot;] reservations;.</translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; runs controller firmware %2 and its mirror partner &quot;%3&quot; runs %4. While the levels differ only mirror deletion, logical drive renaming, synchronization priority changes and promotion are allowed, not %5. Download the same firmware to both subsystems first.</source>
        <translation>Das Speichersubsystem &quot;%1&quot; läuft mit Controller-Firmware %2, sein Spiegelpartner &quot;%3&quot; mit %4. Solange die Stände verschieden sind, sind nur das Löschen von Spiegeln, das Umbenennen logischer Laufwerke, Änderungen der Synchronisationspriorität und die Hochstufung erlaubt, nicht %5. Laden Sie zuerst dieselbe Firmware auf beide Subsysteme.</translation>
    </message>
    <message>
        <source>Controller firmware cannot be downloaded to storage subsystem &quot;%1&quot;: %2.</source>
        <translation>Die Controller-Firmware kann nicht auf das Speichersubsystem &quot;%1&quot; geladen werden: %2.</translation>
    </message>
    <message>
        <source>Logical disk &quot;%1&quot; was not found on any disk array. Name a logical disk by its LD name (-mvflg ld), such as dev001.</source>
        <translation>Die logische Disk &quot;%1&quot; wurde auf keinem Disk-Array gefunden. Geben Sie eine logische Disk mit ihrem LD-Namen an (-mvflg ld), z. B. dev001.</translation>
    </message>
    <message>
        <source>Disk array &quot;%1&quot;: %2.</source>
        <translation>Disk-Array &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The pair %1 - %2 cannot be set: %3.</source>
        <translation>Das Paar %1 - %2 kann nicht eingerichtet werden: %3.</translation>
    </message>
    <message>
        <source>%1 and %2 are not paired. Set the pair first (iSMrc_pair).</source>
        <translation>%1 und %2 sind nicht gepaart. Richten Sie zuerst das Paar ein (iSMrc_pair).</translation>
    </message>
    <message>
        <source>%1 cannot be executed for the pair %2 - %3 in state %4: %5.</source>
        <translation>%1 kann für das Paar %2 - %3 im Zustand %4 nicht ausgeführt werden: %5.</translation>
    </message>
    <message>
        <source>RV access restriction %1 is not available for %2 (Table 3-3: %3).</source>
        <translation>Die RV-Zugriffsbeschränkung %1 ist für %2 nicht verfügbar (Tabelle 3-3: %3).</translation>
    </message>
    <message>
        <source>No additional pair can be set or canceled on disk array %1: %2. Replication operations on preset pairs remain enabled.</source>
        <translation>Auf dem Disk-Array %1 können keine weiteren Paare eingerichtet oder aufgehoben werden: %2. Replikationsvorgänge für bestehende Paare bleiben möglich.</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is not attached to any disk array.</source>
        <translation>Der Server &quot;%1&quot; ist an kein Disk-Array angeschlossen.</translation>
    </message>
    <message>
        <source>%1 is not a volume of server %2.</source>
        <translation>%1 ist kein Volume des Servers %2.</translation>
    </message>
    <message>
        <source>iSM13609: Access of specified disk was refused. %1</source>
        <translation>iSM13609: Der Zugriff auf die angegebene Disk wurde verweigert. %1</translation>
    </message>
    <message>
        <source>The volume list of server %1 does not exist: replication commands are disabled. Run iSMvollist -cr.</source>
        <translation>Die Volume-Liste des Servers %1 existiert nicht: Replikationsbefehle sind gesperrt. Führen Sie iSMvollist -cr aus.</translation>
    </message>
    <message>
        <source>%1 cannot be defined as a control volume: %2.</source>
        <translation>%1 kann nicht als Steuer-Volume definiert werden: %2.</translation>
    </message>
    <message>
        <source>iSM13639: Specified path is not normal status. %1</source>
        <translation>iSM13639: Der angegebene Pfad ist nicht im Normalzustand. %1</translation>
    </message>
    <message>
        <source>The pair %1 - %2 did not reach %3 within %4 seconds.</source>
        <translation>Das Paar %1 - %2 hat %3 nicht innerhalb von %4 Sekunden erreicht.</translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; belongs to the %2 family; %3 is a command of the %4 family. Address a subsystem of the %4 family (copylinectl -d lists them), or use the %2 commands.</source>
        <translation>Das Speichersubsystem „%1“ gehört zur Familie %2; %3 ist ein Befehl der Familie %4. Sprechen Sie ein Subsystem der Familie %4 an (copylinectl -d listet sie auf), oder verwenden Sie die Befehle der Familie %2.</translation>
    </message>
    <message>
        <source>Controller %1: %2.</source>
        <translation>Controller %1: %2.</translation>
    </message>
    <message>
        <source>No volume &quot;%1&quot; on controller %2. Address a volume by CU:LDEV in hex, such as 00:1A.</source>
        <translation>Kein Volume „%1“ auf Controller %2. Geben Sie ein Volume als CU:LDEV in Hexadezimalschreibweise an, z. B. 00:1A.</translation>
    </message>
    <message>
        <source>Volume %1: %2.</source>
        <translation>Volume %1: %2.</translation>
    </message>
    <message>
        <source>The pair %1 - %2 cannot be created: %3.</source>
        <translation>Das Paar %1 - %2 kann nicht erstellt werden: %3.</translation>
    </message>
    <message>
        <source>%1 and %2 are not a pair (status 801, no pair). Create the pair first (Add Pair, paircreate).</source>
        <translation>%1 und %2 sind kein Paar (Status 801, kein Paar). Erstellen Sie zuerst das Paar (Paar hinzufügen, paircreate).</translation>
    </message>
    <message>
        <source>%1 does nothing for the pair %2 - %3 in status %4 (Fig. 2): %5.</source>
        <translation>%1 bewirkt nichts für das Paar %2 - %3 im Status %4 (Abb. 2): %5.</translation>
    </message>
    <message>
        <source>Auto selection found no T-VOL for %1: %2. Reserve a volume (Attribute) of at least the S-VOL&apos;s capacity that is not yet a T-VOL.</source>
        <translation>Die automatische Auswahl hat kein T-VOL für %1 gefunden: %2. Reservieren Sie ein Volume (Attribut) mit mindestens der Kapazität des S-VOL, das noch kein T-VOL ist.</translation>
    </message>
    <message>
        <source>Controller %1 allows at most %2 %3; raise the limit (%4) first.</source>
        <translation>Controller %1 erlaubt höchstens %2 %3; erhöhen Sie zuerst das Limit (%4).</translation>
    </message>
    <message>
        <source>IWNR1400E User %1 (%2) is not authorized to %3. Ask an Administrator for the role or the session.</source>
        <translation>IWNR1400E Benutzer %1 (%2) hat keine Berechtigung für: %3. Bitten Sie einen Administrator um die Rolle oder die Sitzung.</translation>
    </message>
    <message>
        <source>IWNR1401E The user name or the password is not correct, or the sign-in has expired. Sign in again.</source>
        <translation>IWNR1401E Der Benutzername oder das Kennwort ist falsch, oder die Anmeldung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>IWNR1402E Sign-in for %1 is locked for %2 seconds after repeated failures. Wait, then try again.</source>
        <translation>IWNR1402E Die Anmeldung für %1 ist nach wiederholten Fehlversuchen für %2 Sekunden gesperrt. Warten Sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>IWNR1003E There is no session &quot;%1&quot;. List the sessions with lssess.</source>
        <translation>IWNR1003E Es gibt keine Sitzung „%1“. Listen Sie die Sitzungen mit lssess auf.</translation>
    </message>
    <message>
        <source>IWNR1004E A session named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>IWNR1004E Eine Sitzung namens „%1“ ist bereits vorhanden. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>IWNR1005E &quot;%1&quot; is not a valid %2: %3.</source>
        <translation>IWNR1005E „%1“ ist kein gültiger Wert für %2: %3.</translation>
    </message>
    <message>
        <source>IWNR1006E &quot;%1&quot; is not a session type Copyline offers. Use one of: %2.</source>
        <translation>IWNR1006E „%1“ ist kein Sitzungstyp, den Copyline anbietet. Verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>IWNC1302E The action %1 is not currently valid for session %2; valid actions are: %3.</source>
        <translation>IWNC1302E Die Aktion %1 ist für die Sitzung %2 derzeit nicht gültig; gültige Aktionen sind: %3.</translation>
    </message>
    <message>
        <source>IWNR2001E The copy set %1 cannot be added: %2.</source>
        <translation>IWNR2001E Der Kopiersatz %1 kann nicht hinzugefügt werden: %2.</translation>
    </message>
    <message>
        <source>IWNR3001E There is no storage system &quot;%1&quot; here. List the connections with lsdevice, or add one.</source>
        <translation>IWNR3001E Es gibt hier kein Speichersystem „%1“. Listen Sie die Verbindungen mit lsdevice auf, oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>IWNR2002E There is no volume &quot;%1&quot; on a connected storage system. Volume ids look like ESS:2105.12019:VOL:00012019 (lsvol lists them).</source>
        <translation>IWNR2002E Es gibt keinen Datenträger „%1“ auf einem verbundenen Speichersystem. Datenträger-IDs sehen so aus: ESS:2105.12019:VOL:00012019 (lsvol listet sie auf).</translation>
    </message>
    <message>
        <source>IWNR2010E The CSV file cannot be imported, line %1: %2. Nothing was imported.</source>
        <translation>IWNR2010E Die CSV-Datei kann nicht importiert werden, Zeile %1: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>IWNR2020E %1 failed on the storage system for %2: %3 Nothing was changed.</source>
        <translation>IWNR2020E %1 ist auf dem Speichersystem für %2 fehlgeschlagen: %3 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>IWNR1410E User %1: %2.</source>
        <translation>IWNR1410E Benutzer %1: %2.</translation>
    </message>
    <message>
        <source>IWNR1011E Session %1 is %2; only a Defined session can be removed. Terminate it first.</source>
        <translation>IWNR1011E Die Sitzung %1 ist %2; nur eine Sitzung im Status Definiert kann entfernt werden. Beenden Sie sie zuerst (Terminate).</translation>
    </message>
    <message>
        <source>User %1 (%2) may not run %3 over the network: %4. The engine&apos;s owner gives roles with copylinectl --add-user on the engine&apos;s computer.</source>
        <translation>Der Benutzer %1 (%2) darf %3 nicht über das Netzwerk ausführen: %4. Der Eigentümer der Engine vergibt Rollen mit copylinectl --add-user auf dem Computer der Engine.</translation>
    </message>
    <message>
        <source>Sign-in to the engine at %1 refused: the user name or the password is not correct. Each failure from the same address makes the next attempt wait longer.</source>
        <translation>Die Anmeldung bei der Engine unter %1 wurde abgelehnt: Der Benutzername oder das Kennwort ist falsch. Nach jedem Fehlversuch von derselben Adresse muss der nächste Versuch länger warten.</translation>
    </message>
    <message>
        <source>Sign in first: the engine answers &quot;%1&quot; only after a sign-in.</source>
        <translation>Melden Sie sich zuerst an: Die Engine beantwortet „%1“ erst nach einer Anmeldung.</translation>
    </message>
    <message>
        <source>The engine at %1 is not known here. Its certificate&apos;s SHA-256 fingerprint is %2. Compare it with the one copylined printed when it started (or copylinectl --workspace DIR --show-fingerprint on the engine&apos;s computer); if they are the same, run again with --fingerprint %2 to trust it. Nothing was sent.</source>
        <translation>Die Engine unter %1 ist hier nicht bekannt. Der SHA-256-Fingerabdruck ihres Zertifikats ist %2. Vergleichen Sie ihn mit dem Fingerabdruck, den copylined beim Start ausgegeben hat (oder den copylinectl --workspace DIR --show-fingerprint auf dem Computer der Engine ausgibt); wenn beide übereinstimmen, führen Sie den Befehl erneut mit --fingerprint %2 aus, um der Engine zu vertrauen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>WARNING: THE CERTIFICATE OF THE ENGINE AT %1 HAS CHANGED. It is now %2, but %3 was trusted for it (%4). Someone may be intercepting the connection; nothing was sent. If the engine&apos;s certificate was made again on purpose, remove the line of %1 from %4 and connect again with --fingerprint.</source>
        <translation>WARNUNG: DAS ZERTIFIKAT DER ENGINE UNTER %1 HAT SICH GEÄNDERT. Es ist jetzt %2, als vertrauenswürdig war jedoch %3 hinterlegt (%4). Möglicherweise fängt jemand die Verbindung ab; es wurde nichts gesendet. Wenn das Zertifikat der Engine absichtlich neu erstellt wurde, entfernen Sie die Zeile von %1 aus %4, und stellen Sie die Verbindung erneut mit --fingerprint her.</translation>
    </message>
    <message>
        <source>The engine at %1 presents the certificate %2, not %3 as given with --fingerprint. Nothing was sent.</source>
        <translation>Die Engine unter %1 legt das Zertifikat %2 vor, nicht %3 wie mit --fingerprint angegeben. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Management user %1: %2.</source>
        <translation>Verwaltungsbenutzer %1: %2.</translation>
    </message>
    <message>
        <source>No TLS connection to the engine at %1: %2.</source>
        <translation>Keine TLS-Verbindung zur Engine unter %1: %2.</translation>
    </message>
    <message>
        <source>Storage subsystem %1 is served by the remote engine %2 and shown here read-only; run the command on that engine (copylinectl --host, or a console attached to it).</source>
        <translation>Das Speichersubsystem %1 wird von der entfernten Engine %2 bedient und hier nur lesend angezeigt; führen Sie den Befehl auf jener Engine aus (copylinectl --host oder eine daran angeschlossene Konsole).</translation>
    </message>
    <message>
        <source>Remote engine %1: %2.</source>
        <translation>Entfernte Engine %1: %2.</translation>
    </message>
    <message>
        <source>Cannot reach the remote engine %1 at %2: %3. Check that its copylined runs with --replication-listen on that address and that this engine holds its replication key.</source>
        <translation>Die entfernte Engine %1 unter %2 ist nicht erreichbar: %3. Prüfen Sie, ob ihr copylined mit --replication-listen auf dieser Adresse läuft und ob diese Engine ihren Replikationsschlüssel hat.</translation>
    </message>
    <message>
        <source>Mirror relationship of %1: %2.</source>
        <translation>Spiegelbeziehung von %1: %2.</translation>
    </message>
    <message>
        <source>IWNR3020E This server is the standby management server of %1: it keeps a copy of that server&apos;s sessions and runs no commands. Run the command on %1, or take over with hatakeover if %1 is lost.</source>
        <translation>IWNR3020E Dieser Server ist der Standby-Management-Server von %1: Er hält eine Kopie der Sitzungen jenes Servers und führt keine Befehle aus. Führen Sie den Befehl auf %1 aus oder übernehmen Sie mit hatakeover, falls %1 verloren ist.</translation>
    </message>
    <message>
        <source>IWNR3021E Management server %1: %2</source>
        <translation>IWNR3021E Management-Server %1: %2</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::ConfigurationPanel</name>
    <message>
        <source>Copy Services server</source>
        <translation>Copy-Services-Server</translation>
    </message>
    <message>
        <source>Copy Services log</source>
        <translation>Copy-Services-Protokoll</translation>
    </message>
    <message>
        <source>Task execution status and the time operations took.</source>
        <translation>Status der Task-Ausführung und Dauer der Operationen.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Host commands</source>
        <translation>Host-Befehle</translation>
    </message>
    <message>
        <source>Password protection</source>
        <translation>Kennwortschutz</translation>
    </message>
    <message>
        <source>Host (command line) commands need a user name and password defined below.</source>
        <translation>Host-Befehle (Befehlszeile) benötigen einen unten definierten Benutzernamen und ein Kennwort.</translation>
    </message>
    <message>
        <source>No Password protection</source>
        <translation>Kein Kennwortschutz</translation>
    </message>
    <message>
        <source>Every user may use the command line interface.</source>
        <translation>Jeder Benutzer darf die Befehlszeilenschnittstelle verwenden.</translation>
    </message>
    <message>
        <source>Command line users:</source>
        <translation>Befehlszeilenbenutzer:</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Berechtigen</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>ESS %1: %2</source>
        <translation>ESS %1: %2</translation>
    </message>
    <message>
        <source>Copy Services disabled</source>
        <translation>Copy Services deaktiviert</translation>
    </message>
    <message>
        <source>uses the backup server</source>
        <translation>verwendet den Backup-Server</translation>
    </message>
    <message>
        <source>uses the primary server</source>
        <translation>verwendet den Primärserver</translation>
    </message>
    <message>
        <source>Primary Copy Services server: %1
Backup Copy Services server: %2
%3</source>
        <translation>Primärer Copy-Services-Server: %1
Backup-Copy-Services-Server: %2
%3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Storage server</source>
        <translation>Speicherserver</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kennwort:</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>Kennwort bestätigen:</translation>
    </message>
    <message>
        <source>Command line users are separate from the ESS Specialist accounts.</source>
        <translation>Befehlszeilenbenutzer sind von den Konten des ESS Specialist getrennt.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Kennwort ein.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Kennwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Remove the command line user %1?</source>
        <translation>Den Befehlszeilenbenutzer %1 entfernen?</translation>
    </message>
    <message>
        <source>Clear the Copy Services log? Its records are deleted and cannot be shown again.</source>
        <translation>Das Copy-Services-Protokoll löschen? Seine Einträge werden gelöscht und können nicht mehr angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::CopyServicesPerspective</name>
    <message>
        <source>Copy Services</source>
        <translation>Copy Services</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Storage Servers</source>
        <translation>Speicherserver</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Exit Copy Services</source>
        <translation>Copy Services beenden</translation>
    </message>
    <message>
        <source>Back to the storage subsystems the console showed before</source>
        <translation>Zurück zu den Speichersubsystemen, die die Konsole zuvor zeigte</translation>
    </message>
    <message>
        <source>ESS Copy Services — %1</source>
        <translation>ESS Copy Services — %1</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::EssTexts</name>
    <message>
        <source>The console is not connected to an engine.</source>
        <translation>Die Konsole ist mit keiner Engine verbunden.</translation>
    </message>
    <message>
        <source>Not in a copy pair</source>
        <translation>In keinem Kopierpaar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Source and target</source>
        <translation>Quelle und Ziel</translation>
    </message>
    <message>
        <source>Duplex Pending</source>
        <comment>PPRC pair state</comment>
        <translation>Duplex Pending</translation>
    </message>
    <message>
        <source>Duplex (full copy mode)</source>
        <comment>PPRC pair state</comment>
        <translation>Duplex (Vollkopiemodus)</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>PPRC pair state</comment>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Simplex</source>
        <comment>PPRC pair state</comment>
        <translation>Simplex</translation>
    </message>
    <message>
        <source>simplex</source>
        <comment>PPRC role</comment>
        <translation>simplex</translation>
    </message>
    <message>
        <source>primary (source)</source>
        <comment>PPRC role</comment>
        <translation>primär (Quelle)</translation>
    </message>
    <message>
        <source>secondary (target)</source>
        <comment>PPRC role</comment>
        <translation>sekundär (Ziel)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>FlashCopy state</comment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>source (failed)</source>
        <comment>FlashCopy state</comment>
        <translation>Quelle (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>target (failed)</source>
        <comment>FlashCopy state</comment>
        <translation>Ziel (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>source</source>
        <comment>FlashCopy state</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>target</source>
        <comment>FlashCopy state</comment>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::PathsPanel</name>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Path Origin</source>
        <translation>Pfadursprung</translation>
    </message>
    <message>
        <source>Common Storage Server Targets</source>
        <translation>Gemeinsame Speicherserver-Ziele</translation>
    </message>
    <message>
        <source>Logical Storage Server Targets</source>
        <translation>Logische Speicherserver-Ziele</translation>
    </message>
    <message>
        <source>Source LSS</source>
        <translation>Quell-LSS</translation>
    </message>
    <message>
        <source>Origin adapter</source>
        <translation>Ursprungsadapter</translation>
    </message>
    <message>
        <source>Target LSS</source>
        <translation>Ziel-LSS</translation>
    </message>
    <message>
        <source>Target adapter</source>
        <translation>Zieladapter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Information Panel</source>
        <translation>Informationsanzeige</translation>
    </message>
    <message>
        <source>Remove Paths</source>
        <translation>Pfade entfernen</translation>
    </message>
    <message>
        <source>This adapter carries paths of the source LSS</source>
        <translation>Dieser Adapter trägt Pfade des Quell-LSS</translation>
    </message>
    <message>
        <source>2105:%1</source>
        <translation>2105:%1</translation>
    </message>
    <message>
        <source>%1 (path established)</source>
        <translation>%1 (Pfad eingerichtet)</translation>
    </message>
    <message>
        <source>established</source>
        <comment>path state</comment>
        <translation>eingerichtet</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>path state</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>The source storage server has no ESCON adapters connected to another storage server.</source>
        <translation>Der Quellspeicherserver hat keine ESCON-Adapter, die mit einem anderen Speicherserver verbunden sind.</translation>
    </message>
    <message>
        <source>Left click an adapter of the path origin; right click to add more.</source>
        <translation>Klicken Sie links auf einen Adapter des Pfadursprungs; mit Rechtsklick fügen Sie weitere hinzu.</translation>
    </message>
    <message>
        <source>Select the target storage server.</source>
        <translation>Wählen Sie den Zielspeicherserver aus.</translation>
    </message>
    <message>
        <source>Left click a target LSS; right click to add more.</source>
        <translation>Klicken Sie links auf ein Ziel-LSS; mit Rechtsklick fügen Sie weitere hinzu.</translation>
    </message>
    <message>
        <source>Right click a highlighted target LSS to open the Task Wizard (Establish Path).</source>
        <translation>Rechtsklick auf ein markiertes Ziel-LSS öffnet den Task-Assistenten (Pfad einrichten).</translation>
    </message>
    <message>
        <source>LSS %1 → %2:%3 using %4 and %5 (%6)</source>
        <translation>LSS %1 → %2:%3 über %4 und %5 (%6)</translation>
    </message>
    <message>
        <source>Information Panel — %1 of %2</source>
        <translation>Informationsanzeige — %1 von %2</translation>
    </message>
    <message>
        <source>No paths are defined over %1.</source>
        <translation>Über %1 sind keine Pfade definiert.</translation>
    </message>
    <message>
        <source>Remove the paths from %1 to %2?</source>
        <translation>Die Pfade von %1 nach %2 entfernen?</translation>
    </message>
    <message>
        <source>LSS, adapter or state</source>
        <translation>LSS, Adapter oder Status</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::StorageServersPanel</name>
    <message>
        <source>PPRC Consistency Group</source>
        <translation>PPRC Consistency Group (Konsistenzgruppe)</translation>
    </message>
    <message>
        <source>Critical Heavy</source>
        <translation>Critical Heavy</translation>
    </message>
    <message>
        <source>time out %1 s</source>
        <translation>Timeout %1 s</translation>
    </message>
    <message>
        <source>LSS colour:</source>
        <translation>LSS-Farbe:</translation>
    </message>
    <message>
        <source>no copy pairs</source>
        <translation>keine Kopierpaare</translation>
    </message>
    <message>
        <source>source volumes</source>
        <translation>Quell-Volumes</translation>
    </message>
    <message>
        <source>target volumes</source>
        <translation>Ziel-Volumes</translation>
    </message>
    <message>
        <source>sources and targets</source>
        <translation>Quellen und Ziele</translation>
    </message>
    <message>
        <source>Storage server</source>
        <translation>Speicherserver</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>Geräteklasse</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>In FlashCopy pairs</source>
        <translation>In FlashCopy-Paaren</translation>
    </message>
    <message>
        <source>In PPRC pairs</source>
        <translation>In PPRC-Paaren</translation>
    </message>
    <message>
        <source>Copy role</source>
        <translation>Kopierrolle</translation>
    </message>
    <message>
        <source>Copy properties</source>
        <translation>Kopiereigenschaften</translation>
    </message>
    <message>
        <source>Information Panel</source>
        <translation>Informationsanzeige</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Physical Storage Server %1</source>
        <translation>Physischer Speicherserver %1</translation>
    </message>
    <message>
        <source>2105-%1</source>
        <translation>2105-%1</translation>
    </message>
    <message>
        <source>Logical Storage Server %1:%2</source>
        <translation>Logischer Speicherserver %1:%2</translation>
    </message>
    <message>
        <source>Open Systems</source>
        <translation>Open Systems</translation>
    </message>
    <message>
        <source>Primary Copy Services server</source>
        <translation>Primärer Copy-Services-Server</translation>
    </message>
    <message>
        <source>Backup Copy Services server</source>
        <translation>Backup-Copy-Services-Server</translation>
    </message>
    <message>
        <source>Filtered: only LSSs with volumes in a copy relationship</source>
        <translation>Gefiltert: nur LSS mit Volumes in einer Kopierbeziehung</translation>
    </message>
    <message>
        <source>Select a logical storage server (LSS) first.</source>
        <translation>Wählen Sie zuerst einen logischen Speicherserver (LSS) aus.</translation>
    </message>
    <message>
        <source>none of them in FlashCopy or PPRC pairs</source>
        <translation>keines davon in FlashCopy- oder PPRC-Paaren</translation>
    </message>
    <message>
        <source>%1 in FlashCopy pairs, %2 in PPRC pairs</source>
        <translation>%1 in FlashCopy-Paaren, %2 in PPRC-Paaren</translation>
    </message>
    <message>
        <source>contains 1 volume</source>
        <translation>enthält 1 Volume</translation>
    </message>
    <message>
        <source>contains %1 volumes</source>
        <translation>enthält %1 Volumes</translation>
    </message>
    <message>
        <source>LSS %1 of ESS %2, Open Systems, %3, %4.</source>
        <translation>LSS %1 von ESS %2, Open Systems, %3, %4.</translation>
    </message>
    <message>
        <source>Information Panel — %1</source>
        <translation>Informationsanzeige — %1</translation>
    </message>
    <message>
        <source>Copy properties: none set</source>
        <translation>Kopiereigenschaften: keine gesetzt</translation>
    </message>
    <message>
        <source>Copy properties: %1</source>
        <translation>Kopiereigenschaften: %1</translation>
    </message>
    <message>
        <source>LSS properties — %1</source>
        <translation>LSS-Eigenschaften — %1</translation>
    </message>
    <message>
        <source>PPRC Critical Heavy mode</source>
        <translation>PPRC Critical Heavy mode</translation>
    </message>
    <message>
        <source>With Critical Volume mode: writes fail on any failure to update the secondary, not only when the last path is lost.</source>
        <translation>Mit Critical Volume mode: Schreibvorgänge schlagen bei jedem Fehler beim Aktualisieren des Sekundär-Volumes fehl, nicht erst beim Verlust des letzten Pfads.</translation>
    </message>
    <message>
        <source>The pairs of this LSS freeze together with the other members when one cannot update its secondary.</source>
        <translation>Die Paare dieses LSS werden zusammen mit den anderen Mitgliedern eingefroren, wenn eines sein Sekundär-Volume nicht aktualisieren kann.</translation>
    </message>
    <message>
        <source>Does not apply to Open Systems.</source>
        <translation>Gilt nicht für Open Systems.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long write I/O is withheld from the devices of a consistency group.</source>
        <translation>Wie lange Schreib-E/A von den Geräten einer Konsistenzgruppe zurückgehalten wird.</translation>
    </message>
    <message>
        <source>XRC Session Time Out:</source>
        <translation>XRC-Sitzungs-Timeout:</translation>
    </message>
    <message>
        <source>CONCOPY Session Time Out:</source>
        <translation>CONCOPY-Sitzungs-Timeout:</translation>
    </message>
    <message>
        <source>PPRC Consistency Time Out:</source>
        <translation>PPRC Consistency Time Out:</translation>
    </message>
    <message>
        <source>Find logical storage server</source>
        <translation>Logischen Speicherserver suchen</translation>
    </message>
    <message>
        <source>ESS serial and LSS number, e.g. 12019:22</source>
        <translation>ESS-Seriennummer und LSS-Nummer, z. B. 12019:22</translation>
    </message>
    <message>
        <source>LSS:</source>
        <translation>LSS:</translation>
    </message>
    <message>
        <source>There is no LSS %1 in the Copy Services domain.</source>
        <translation>In der Copy-Services-Domäne gibt es kein LSS %1.</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>Show physical and logical storage servers</source>
        <translation>Physische und logische Speicherserver anzeigen</translation>
    </message>
    <message>
        <source>Open Systems devices only</source>
        <translation>Nur Open-Systems-Geräte</translation>
    </message>
    <message>
        <source>The Copy Services domain has Open Systems LSSs only.</source>
        <translation>Die Copy-Services-Domäne hat nur Open-Systems-LSS.</translation>
    </message>
    <message>
        <source>Only LSSs containing volumes currently in a copy relationship</source>
        <translation>Nur LSS mit Volumes, die derzeit in einer Kopierbeziehung sind</translation>
    </message>
    <message>
        <source>LSS-level PPRC: left click the source LSS, right click the target LSS.</source>
        <translation>PPRC auf LSS-Ebene: Linksklick auf das Quell-LSS, Rechtsklick auf das Ziel-LSS.</translation>
    </message>
    <message>
        <source>Source LSS %1. Right click the target LSS.</source>
        <translation>Quell-LSS %1. Klicken Sie mit rechts auf das Ziel-LSS.</translation>
    </message>
    <message>
        <source>Source LSS %1, target LSS %2. Right click the target again to open the Task Wizard for all their volumes.</source>
        <translation>Quell-LSS %1, Ziel-LSS %2. Ein erneuter Rechtsklick auf das Ziel öffnet den Task-Assistenten für alle ihre Volumes.</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::TaskWizard</name>
    <message>
        <source>Establish FlashCopy pair</source>
        <translation>FlashCopy-Paar einrichten</translation>
    </message>
    <message>
        <source>Withdraw FlashCopy pair</source>
        <translation>FlashCopy-Paar zurückziehen</translation>
    </message>
    <message>
        <source>Establish PPRC copy pair</source>
        <translation>PPRC-Kopierpaar einrichten</translation>
    </message>
    <message>
        <source>Suspend PPRC copy pair</source>
        <translation>PPRC-Kopierpaar aussetzen</translation>
    </message>
    <message>
        <source>Terminate PPRC copy pair</source>
        <translation>PPRC-Kopierpaar beenden</translation>
    </message>
    <message>
        <source>Establish Path</source>
        <translation>Pfad einrichten</translation>
    </message>
    <message>
        <source>Select a source volume (left click) and a target volume (right click).</source>
        <translation>Wählen Sie ein Quell-Volume (Linksklick) und ein Ziel-Volume (Rechtsklick).</translation>
    </message>
    <message>
        <source>Select a target volume other than the source volume.</source>
        <translation>Wählen Sie ein anderes Ziel-Volume als das Quell-Volume.</translation>
    </message>
    <message>
        <source>Volume %1 is selected twice.</source>
        <translation>Volume %1 ist zweimal ausgewählt.</translation>
    </message>
    <message>
        <source>FlashCopy source and target must be in the same LSS: %1 and %2 are not.</source>
        <translation>FlashCopy-Quelle und -Ziel müssen im selben LSS liegen: %1 und %2 tun das nicht.</translation>
    </message>
    <message>
        <source>PPRC copies from one LSS to another: choose the target volume in another LSS.</source>
        <translation>PPRC kopiert von einem LSS in ein anderes: wählen Sie das Ziel-Volume in einem anderen LSS.</translation>
    </message>
    <message>
        <source>Target volume %1 is smaller than source volume %2.</source>
        <translation>Ziel-Volume %1 ist kleiner als Quell-Volume %2.</translation>
    </message>
    <message>
        <source>Volume %1 is already in a FlashCopy pair.</source>
        <translation>Volume %1 ist bereits in einem FlashCopy-Paar.</translation>
    </message>
    <message>
        <source>Volume %1 is already in a PPRC copy pair.</source>
        <translation>Volume %1 ist bereits in einem PPRC-Kopierpaar.</translation>
    </message>
    <message>
        <source>Select a volume of a PPRC copy pair.</source>
        <translation>Wählen Sie ein Volume eines PPRC-Kopierpaars.</translation>
    </message>
    <message>
        <source>Select a volume of a FlashCopy pair.</source>
        <translation>Wählen Sie ein Volume eines FlashCopy-Paars.</translation>
    </message>
    <message>
        <source>Volume %1 is not in a PPRC copy pair.</source>
        <translation>Volume %1 ist in keinem PPRC-Kopierpaar.</translation>
    </message>
    <message>
        <source>Volume %1 is not in a FlashCopy pair.</source>
        <translation>Volume %1 ist in keinem FlashCopy-Paar.</translation>
    </message>
    <message>
        <source>The PPRC copy pair is suspended already.</source>
        <translation>Das PPRC-Kopierpaar ist bereits ausgesetzt.</translation>
    </message>
    <message>
        <source>Paths are established from the Paths panel.</source>
        <translation>Pfade werden in der Anzeige „Pfade“ eingerichtet.</translation>
    </message>
    <message>
        <source>Enter a task name to save the task.</source>
        <translation>Geben Sie einen Task-Namen ein, um den Task zu speichern.</translation>
    </message>
    <message>
        <source>A task name may not contain blanks (the command line could not run it).</source>
        <translation>Ein Task-Name darf keine Leerzeichen enthalten (die Befehlszeile könnte ihn nicht ausführen).</translation>
    </message>
    <message>
        <source>A task name can be no more than %1 characters in length.</source>
        <translation>Ein Task-Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Task Wizard</source>
        <translation>Task-Assistent</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Select the action for the selected volumes and click Next.</source>
        <translation>Wählen Sie die Aktion für die ausgewählten Volumes und klicken Sie auf „Weiter“.</translation>
    </message>
    <message>
        <source>Select copy options</source>
        <translation>Kopieroptionen auswählen</translation>
    </message>
    <message>
        <source>Options of the FlashCopy pairs.</source>
        <translation>Optionen der FlashCopy-Paare.</translation>
    </message>
    <message>
        <source>Do not perform background copy if checked</source>
        <translation>Keine Hintergrundkopie durchführen, wenn ausgewählt</translation>
    </message>
    <message>
        <source>Only the tracks modified on the source are copied to the target; the pair stays until it is withdrawn.</source>
        <translation>Nur die auf der Quelle geänderten Spuren werden auf das Ziel kopiert; das Paar bleibt bestehen, bis es zurückgezogen wird.</translation>
    </message>
    <message>
        <source>Accelerate destage mode</source>
        <translation>Accelerate destage mode (beschleunigtes Auslagern)</translation>
    </message>
    <message>
        <source>The FlashCopy I/O gets a higher priority than other I/O.</source>
        <translation>Die FlashCopy-E/A erhält eine höhere Priorität als andere E/A.</translation>
    </message>
    <message>
        <source>Permit if target is online</source>
        <translation>Zulassen, wenn das Ziel online ist</translation>
    </message>
    <message>
        <source>Copy initialization and options of the PPRC pairs.</source>
        <translation>Kopierinitialisierung und Optionen der PPRC-Paare.</translation>
    </message>
    <message>
        <source>Do not copy volume</source>
        <translation>Volume nicht kopieren</translation>
    </message>
    <message>
        <source>Copy entire volume</source>
        <translation>Gesamtes Volume kopieren</translation>
    </message>
    <message>
        <source>Copy out-of-sync cylinders only</source>
        <translation>Nur nicht synchrone Zylinder kopieren</translation>
    </message>
    <message>
        <source>For a suspended pair: copies only what the primary recorded as changed.</source>
        <translation>Für ein ausgesetztes Paar: kopiert nur, was das Primär-Volume als geändert aufgezeichnet hat.</translation>
    </message>
    <message>
        <source>Critical Volume mode</source>
        <translation>Critical Volume mode (kritisches Volume)</translation>
    </message>
    <message>
        <source>Select path options</source>
        <translation>Pfadoptionen auswählen</translation>
    </message>
    <message>
        <source>What to do with paths that exist already.</source>
        <translation>Was mit bereits vorhandenen Pfaden geschehen soll.</translation>
    </message>
    <message>
        <source>Do not establish paths if they already exist</source>
        <translation>Pfade nicht einrichten, wenn sie bereits existieren</translation>
    </message>
    <message>
        <source>Force removal of existing paths</source>
        <translation>Vorhandene Pfade zwangsweise entfernen</translation>
    </message>
    <message>
        <source>Schedule task</source>
        <translation>Task planen</translation>
    </message>
    <message>
        <source>The storage server that runs the task: the target&apos;s when the primary is not reachable.</source>
        <translation>Der Speicherserver, der den Task ausführt: der des Ziels, wenn das Primär-Volume nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Schedule task with source storage server</source>
        <translation>Task mit dem Quellspeicherserver planen</translation>
    </message>
    <message>
        <source>Schedule task with target storage server</source>
        <translation>Task mit dem Zielspeicherserver planen</translation>
    </message>
    <message>
        <source>Define task</source>
        <translation>Task definieren</translation>
    </message>
    <message>
        <source>Save the task to run it later from the Tasks panel, or run it now. A name and a description help to read the Copy Services log.</source>
        <translation>Speichern Sie den Task, um ihn später in der Anzeige „Tasks“ auszuführen, oder führen Sie ihn jetzt aus. Name und Beschreibung erleichtern das Lesen des Copy-Services-Protokolls.</translation>
    </message>
    <message>
        <source>Task Name:</source>
        <translation>Task-Name:</translation>
    </message>
    <message>
        <source>Task Description:</source>
        <translation>Task-Beschreibung:</translation>
    </message>
    <message>
        <source>%1 runs:
%2</source>
        <translation>%1 führt aus:
%2</translation>
    </message>
    <message>
        <source>Path origin %1 over %2 to %3</source>
        <translation>Pfadursprung %1 über %2 nach %3</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Source %1, target %2</source>
        <translation>Quelle %1, Ziel %2</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>Several pairs are saved as one task each, named %1_1, %1_2, ...: use a shorter name.</source>
        <translation>Mehrere Paare werden als je ein Task namens %1_1, %1_2, ... gespeichert: verwenden Sie einen kürzeren Namen.</translation>
    </message>
    <message>
        <source>Establish the FlashCopy even if the target volume is mounted on a host.</source>
        <translation>Die FlashCopy auch dann einrichten, wenn der Zieldatenträger auf einem Host eingehängt ist.</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::TasksPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Letzter Status</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shift-click or Ctrl-click to select several tasks.</source>
        <translation>Mit Umschalt- oder Strg-Klick wählen Sie mehrere Tasks aus.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Gruppierung aufheben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Group: its tasks run together</source>
        <translation>Gruppe: ihre Tasks laufen zusammen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>successful</source>
        <comment>task status</comment>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>task status</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>running</source>
        <comment>task status</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not run yet</source>
        <comment>task status</comment>
        <translation>noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Select two or more tasks that are not in a group (groups do not nest).</source>
        <translation>Wählen Sie zwei oder mehr Tasks, die in keiner Gruppe sind (Gruppen lassen sich nicht verschachteln).</translation>
    </message>
    <message>
        <source>Ungroup the task before changing its properties.</source>
        <translation>Heben Sie die Gruppierung des Tasks auf, bevor Sie seine Eigenschaften ändern.</translation>
    </message>
    <message>
        <source>Task properties — %1</source>
        <translation>Task-Eigenschaften — %1</translation>
    </message>
    <message>
        <source>Task Name:</source>
        <translation>Task-Name:</translation>
    </message>
    <message>
        <source>Task Description:</source>
        <translation>Task-Beschreibung:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The options are not a JSON object: %1</source>
        <translation>Die Optionen sind kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Gruppenname:</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Tasks: %1</translation>
    </message>
    <message>
        <source>Remove the tasks %1?</source>
        <translation>Die Tasks %1 entfernen?</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Task %1: %2</translation>
    </message>
    <message>
        <source>A group; its tasks:</source>
        <translation>Eine Gruppe; ihre Tasks:</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Aktion: %1</translation>
    </message>
    <message>
        <source>Last status: %1</source>
        <translation>Letzter Status: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Letzte Ausführung: %1</translation>
    </message>
    <message>
        <source>Information — %1</source>
        <translation>Informationen — %1</translation>
    </message>
    <message numerus="yes">
        <source>Run %n task(s)?</source>
        <translation>
            <numerusform>%n Aufgabe ausführen?</numerusform>
            <numerusform>%n Aufgaben ausführen?</numerusform>
        </translation>
    </message>
    <message>
        <source>A FlashCopy or PPRC pair that a task establishes overwrites the target volumes: what they hold now is lost.</source>
        <translation>Ein FlashCopy- oder PPRC-Paar, das eine Aufgabe einrichtet, überschreibt die Zieldatenträger: Was sie jetzt enthalten, geht verloren.</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::VolumesPanel</name>
    <message>
        <source>FlashCopy pair</source>
        <translation>FlashCopy-Paar</translation>
    </message>
    <message>
        <source>FlashCopy failed</source>
        <translation>FlashCopy fehlgeschlagen</translation>
    </message>
    <message>
        <source>PPRC %1</source>
        <translation>PPRC %1</translation>
    </message>
    <message>
        <source>Source LSS</source>
        <translation>Quell-LSS</translation>
    </message>
    <message>
        <source>Target LSS</source>
        <translation>Ziel-LSS</translation>
    </message>
    <message>
        <source>Source area</source>
        <translation>Quellbereich</translation>
    </message>
    <message>
        <source>Target area</source>
        <translation>Zielbereich</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Information Panel</source>
        <translation>Informationsanzeige</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Enter multiple selection mode</source>
        <translation>Mehrfachauswahlmodus starten</translation>
    </message>
    <message>
        <source>(no LSS)</source>
        <translation>(kein LSS)</translation>
    </message>
    <message>
        <source>Volume %1, number %2, %3</source>
        <translation>Volume %1, Nummer %2, %3</translation>
    </message>
    <message>
        <source>Copy role: %1</source>
        <translation>Kopierrolle: %1</translation>
    </message>
    <message>
        <source>FlashCopy %1 of %2</source>
        <translation>FlashCopy-%1 von %2</translation>
    </message>
    <message>
        <source>PPRC %1, %2</source>
        <translation>PPRC %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n Volume</numerusform>
            <numerusform>%n Volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n volume(s)</source>
        <translation>
            <numerusform>%1 von %n Volume</numerusform>
            <numerusform>%1 von %n Volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Multiple selection mode: %n pair(s) selected. Left click a source, right click its target; right click the last target again to open the Task Wizard.</source>
        <translation>
            <numerusform>Mehrfachauswahlmodus: %n Paar ausgewählt. Linksklick wählt eine Quelle, Rechtsklick ihr Ziel; ein erneuter Rechtsklick auf das letzte Ziel öffnet den Task-Assistenten.</numerusform>
            <numerusform>Mehrfachauswahlmodus: %n Paare ausgewählt. Linksklick wählt eine Quelle, Rechtsklick ihr Ziel; ein erneuter Rechtsklick auf das letzte Ziel öffnet den Task-Assistenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source %1 waits for its target.</source>
        <translation>Quelle %1 wartet auf ihr Ziel.</translation>
    </message>
    <message>
        <source>Left click a volume to select the source, right click to select the target; right click the target again to open the Task Wizard.</source>
        <translation>Linksklick auf ein Volume wählt die Quelle, Rechtsklick das Ziel; ein erneuter Rechtsklick auf das Ziel öffnet den Task-Assistenten.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Right click the target again to open the Task Wizard.</source>
        <translation>Ein erneuter Rechtsklick auf das Ziel öffnet den Task-Assistenten.</translation>
    </message>
    <message>
        <source>Right click the target volume.</source>
        <translation>Klicken Sie mit rechts auf das Ziel-Volume.</translation>
    </message>
    <message>
        <source>Exit multiple selection mode</source>
        <translation>Mehrfachauswahlmodus beenden</translation>
    </message>
    <message>
        <source>Filtered: not showing %1</source>
        <translation>Gefiltert: %1 ausgeblendet</translation>
    </message>
    <message>
        <source>Information Panel — Volume %1</source>
        <translation>Informationsanzeige — Volume %1</translation>
    </message>
    <message>
        <source>Volume ID</source>
        <translation>Volume-ID</translation>
    </message>
    <message>
        <source>Volume number</source>
        <translation>Volume-Nummer</translation>
    </message>
    <message>
        <source>LSS</source>
        <translation>LSS</translation>
    </message>
    <message>
        <source>ESS</source>
        <translation>ESS</translation>
    </message>
    <message>
        <source>2105-%1 %2</source>
        <translation>2105-%1 %2</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Open Systems</source>
        <translation>Open Systems</translation>
    </message>
    <message>
        <source>PPRC role</source>
        <translation>PPRC-Rolle</translation>
    </message>
    <message>
        <source>PPRC status</source>
        <translation>PPRC-Status</translation>
    </message>
    <message>
        <source>PPRC partner</source>
        <translation>PPRC-Partner</translation>
    </message>
    <message>
        <source>Critical Volume mode</source>
        <translation>Critical Volume mode (kritisches Volume)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Out-of-sync tracks</source>
        <translation>Nicht synchrone Spuren</translation>
    </message>
    <message>
        <source>FlashCopy state</source>
        <translation>FlashCopy-Status</translation>
    </message>
    <message>
        <source>FlashCopy partner</source>
        <translation>FlashCopy-Partner</translation>
    </message>
    <message>
        <source>Background copy</source>
        <translation>Hintergrundkopie</translation>
    </message>
    <message>
        <source>no (NOCOPY)</source>
        <translation>nein (NOCOPY)</translation>
    </message>
    <message>
        <source>Tracks remaining</source>
        <translation>Verbleibende Spuren</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Select a volume with a click, then click Information Panel.</source>
        <translation>Wählen Sie ein Volume per Klick und klicken Sie dann auf „Informationsanzeige“.</translation>
    </message>
    <message>
        <source>Find volume</source>
        <translation>Volume suchen</translation>
    </message>
    <message>
        <source>8-digit volume ID, e.g. 00112019</source>
        <translation>8-stellige Volume-ID, z. B. 00112019</translation>
    </message>
    <message>
        <source>Volume ID:</source>
        <translation>Volume-ID:</translation>
    </message>
    <message>
        <source>Volume %1 was not found in the Copy Services domain.</source>
        <translation>Volume %1 wurde in der Copy-Services-Domäne nicht gefunden.</translation>
    </message>
    <message>
        <source>Filter volumes</source>
        <translation>Volumes filtern</translation>
    </message>
    <message>
        <source>The Copy Services domain has Open Systems LSSs only.</source>
        <translation>Die Copy-Services-Domäne hat nur Open-Systems-LSS.</translation>
    </message>
    <message>
        <source>Copy state</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>Simplex (not in a copy relationship)</source>
        <translation>Simplex (in keiner Kopierbeziehung)</translation>
    </message>
    <message>
        <source>Source (FlashCopy source, PPRC primary)</source>
        <translation>Quelle (FlashCopy-Quelle, PPRC-Primär)</translation>
    </message>
    <message>
        <source>Target (FlashCopy target, PPRC secondary)</source>
        <translation>Ziel (FlashCopy-Ziel, PPRC-Sekundär)</translation>
    </message>
    <message>
        <source>Host %1: %2, mounted</source>
        <translation>Host %1: %2, angehängt</translation>
    </message>
    <message>
        <source>Host %1: %2</source>
        <translation>Host %1: %2</translation>
    </message>
    <message>
        <source>%1 on %2 (mounted)</source>
        <translation>%1 auf %2 (angehängt)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>Host-Gerät</translation>
    </message>
    <message>
        <source>nolabel</source>
        <translation>nolabel</translation>
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
        <translation>Datum/Uhrzeit: %1
Sequenznummer: %2
Ereignistyp: %3
Beschreibung: %4
Ereignisspezifische Codes: keine
Ereigniskategorie: %5
Komponente: %6
Speichersubsystem: %7</translation>
    </message>
    <message>
        <source>This event needs attention.</source>
        <translation>Dieses Ereignis erfordert einen Eingriff.</translation>
    </message>
    <message>
        <source>Date/Time</source>
        <translation>Datum/Uhrzeit</translation>
    </message>
    <message>
        <source>Event Type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Needs Attention: see the Recovery Guru procedure for this event.</source>
        <translation>Eingriff erforderlich: Siehe die Recovery-Guru-Prozedur für dieses Ereignis.</translation>
    </message>
</context>
<context>
    <name>Copyline::EventLogView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Warning and critical events</source>
        <translation>Warnungen und kritische Ereignisse</translation>
    </message>
    <message>
        <source>Critical events only</source>
        <translation>Nur kritische Ereignisse</translation>
    </message>
    <message>
        <source>Major Event Log</source>
        <translation>Hauptereignisprotokoll</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Wählen Sie ein Ereignis aus, um seine Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Saves the events shown (after the filters) as CSV or text.</source>
        <translation>Speichert die angezeigten Ereignisse (nach den Filtern) als CSV oder Text.</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt)</source>
        <translation>CSV-Dateien (*.csv);;Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>The events could not be saved to %1: %2. Choose another folder or free space, and export again.</source>
        <translation>Die Ereignisse konnten nicht in %1 gespeichert werden: %2. Wählen Sie einen anderen Ordner, oder schaffen Sie Speicherplatz, und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Recovery &amp;Guru…</source>
        <translation>Recovery &amp;Guru…</translation>
    </message>
    <message>
        <source>Select an event that made the storage subsystem Need Attention to see its recovery procedure.</source>
        <translation>Wählen Sie ein Ereignis aus, durch das das Speichersubsystem den Zustand „Eingriff erforderlich“ erhielt, um seine Wiederherstellungsprozedur anzuzeigen.</translation>
    </message>
    <message>
        <source>Opens the Recovery Guru with the recovery procedure of the problem this event reported.</source>
        <translation>Öffnet den Recovery Guru mit der Wiederherstellungsprozedur für das Problem, das dieses Ereignis gemeldet hat.</translation>
    </message>
    <message>
        <source>The problem this event reported is no longer present; the Recovery Guru shows what still needs attention.</source>
        <translation>Das von diesem Ereignis gemeldete Problem besteht nicht mehr; der Recovery Guru zeigt, was noch einen Eingriff erfordert.</translation>
    </message>
    <message>
        <source>Type, component or text</source>
        <translation>Typ, Komponente oder Text</translation>
    </message>
    <message>
        <source>Shows the events whose type, component, description or details contain every word typed here, such as &quot;6600 failed&quot;. Ctrl+F comes here, Esc clears it.</source>
        <translation>Zeigt die Ereignisse, deren Typ, Komponente, Beschreibung oder Details jedes hier eingegebene Wort enthalten, z. B. „6600 failed“. Strg+F springt hierher, Esc leert das Feld.</translation>
    </message>
</context>
<context>
    <name>Copyline::FindBar</name>
    <message>
        <source>F&amp;ind:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Name, state or type</source>
        <translation>Name, Status oder Typ</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Shows only what contains every word typed here, in its name, state or type, such as &quot;failed&quot; or &quot;flashcopy&quot;. Ctrl+F comes here, Esc clears it.</source>
        <translation>Zeigt nur, was jedes hier eingegebene Wort in Name, Status oder Typ enthält, z. B. „fehlgeschlagen“ oder „flashcopy“. Strg+F springt hierher, Esc leert das Feld.</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>Nothing here matches “%1”.
Clear the Find field (Esc) to see everything.</source>
        <translation>Hier entspricht nichts „%1“.
Leeren Sie das Suchfeld (Esc), um alles anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Copyline::FlashCopyRules</name>
    <message>
        <source>No storage subsystem is selected.</source>
        <translation>Es ist kein Speichersubsystem ausgewählt.</translation>
    </message>
    <message>
        <source>The FlashCopy premium feature is not enabled on this storage subsystem. Enable it with Storage Subsystem ▸ Premium Features ▸ Enable.</source>
        <translation>Das Premium-Feature FlashCopy ist auf diesem Speichersubsystem nicht freigeschaltet. Schalten Sie es mit Speichersubsystem ▸ Premium-Features ▸ Freischalten frei.</translation>
    </message>
    <message>
        <source>Select the standard logical drive that is to be the base of the FlashCopy.</source>
        <translation>Wählen Sie das logische Standardlaufwerk aus, das die Basis der FlashCopy sein soll.</translation>
    </message>
    <message>
        <source>%1 is a %2 logical drive; only a standard logical drive can be the base of a FlashCopy.</source>
        <translation>%1 ist ein logisches Laufwerk vom Typ %2; nur ein logisches Standardlaufwerk kann die Basis einer FlashCopy sein.</translation>
    </message>
    <message>
        <source>%1 is %2; only an optimal logical drive can be the base of a FlashCopy.</source>
        <translation>%1 ist %2; nur ein optimales logisches Laufwerk kann die Basis einer FlashCopy sein.</translation>
    </message>
    <message>
        <source>%1 already has %2 FlashCopy logical drives, the most a base logical drive can have. Delete or re-create one of them instead.</source>
        <translation>%1 hat bereits %2 logische FlashCopy-Laufwerke, die Höchstzahl für ein logisches Basislaufwerk. Löschen Sie stattdessen eines davon, oder erstellen Sie es neu.</translation>
    </message>
    <message>
        <source>The storage subsystem already has %1 FlashCopy logical drives, the most a %2 supports.</source>
        <translation>Das Speichersubsystem hat bereits %1 logische FlashCopy-Laufwerke, die Höchstzahl für ein %2.</translation>
    </message>
    <message>
        <source>The storage subsystem already has the most logical drives a %1 supports (%2).</source>
        <translation>Das Speichersubsystem hat bereits die Höchstzahl logischer Laufwerke für ein %1 (%2).</translation>
    </message>
    <message>
        <source>No array has the %1 a repository needs at least, and there is no unconfigured capacity.</source>
        <translation>Kein Array hat die %1, die ein Repository mindestens benötigt, und es gibt keine nicht konfigurierte Kapazität.</translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::AddPairDialog</name>
    <message>
        <source>Add Pair</source>
        <translation>Paar hinzufügen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TID/LUN</source>
        <translation>TID/LUN</translation>
    </message>
    <message>
        <source>CU:LDEV</source>
        <translation>CU:LDEV</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Emulation</source>
        <translation>Emulation</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>S-VOL (source)</source>
        <translation>S-VOL (Quelle)</translation>
    </message>
    <message>
        <source>Highlight the S-VOL, then choose its T-VOL</source>
        <translation>Markieren Sie das S-VOL, und wählen Sie dann sein T-VOL aus</translation>
    </message>
    <message>
        <source>T-VOL (target)</source>
        <translation>T-VOL (Ziel)</translation>
    </message>
    <message>
        <source>Au&amp;to</source>
        <translation>Au&amp;to</translation>
    </message>
    <message>
        <source>The SVP takes the reserved volume with the lowest LDEV ID that is in no pair and at least as large as the S-VOL</source>
        <translation>Der SVP nimmt das reservierte Volume mit der niedrigsten LDEV-ID, das in keinem Paar und mindestens so groß wie das S-VOL ist</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translation>Aus&amp;wählen</translation>
    </message>
    <message>
        <source>Choose the T-VOL from the list; filter it by port and reserve attribute</source>
        <translation>Wählen Sie das T-VOL aus der Liste aus; filtern Sie sie nach Port und Reserveattribut</translation>
    </message>
    <message>
        <source>All ports</source>
        <translation>Alle Ports</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>Reserve attri&amp;bute</source>
        <translation>Reser&amp;veattribut</translation>
    </message>
    <message>
        <source>Only the volumes with the reserve attribute (a T-VOL must have it)</source>
        <translation>Nur die Volumes mit Reserveattribut (ein T-VOL muss es haben)</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>&amp;Initial copy</source>
        <translation>&amp;Initialkopie</translation>
    </message>
    <message>
        <source>Copy each S-VOL to its T-VOL as soon as the pair is added (pending, then split). Unchecked, the pair stays duplex until Split Pair.</source>
        <translation>Kopiert jedes S-VOL auf sein T-VOL, sobald das Paar hinzugefügt ist (pending, dann split). Ohne Häkchen bleibt das Paar duplex bis zum Paar-Split.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Ändern</translation>
    </message>
    <message>
        <source>Replace the T-VOL of the highlighted pair in the list with the T-VOL chosen above</source>
        <translation>Das T-VOL des markierten Paars in der Liste durch das oben gewählte T-VOL ersetzen</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Setzen</translation>
    </message>
    <message>
        <source>Add a pair of the highlighted S-VOL and the T-VOL chosen above (another T-VOL for the same S-VOL)</source>
        <translation>Ein Paar aus dem markierten S-VOL und dem oben gewählten T-VOL hinzufügen (ein weiteres T-VOL für dasselbe S-VOL)</translation>
    </message>
    <message>
        <source>&amp;Omit</source>
        <translation>Aus&amp;lassen</translation>
    </message>
    <message>
        <source>Drop the highlighted pairs from the list</source>
        <translation>Die markierten Paare aus der Liste entfernen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Rück&amp;gängig</translation>
    </message>
    <message>
        <source>Undo the last Change, Set or Omit</source>
        <translation>Das letzte Ändern, Setzen oder Auslassen rückgängig machen</translation>
    </message>
    <message>
        <source>S-VOL</source>
        <translation>S-VOL</translation>
    </message>
    <message>
        <source>T-VOL</source>
        <translation>T-VOL</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pairs to add</source>
        <translation>Hinzuzufügende Paare</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Create every pair of the list</source>
        <translation>Jedes Paar der Liste erstellen</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1 is already in a pair.</source>
        <translation>%1 ist bereits in einem Paar.</translation>
    </message>
    <message>
        <source>%1 is smaller than the S-VOL %2.</source>
        <translation>%1 ist kleiner als das S-VOL %2.</translation>
    </message>
    <message>
        <source>%1 is already the T-VOL of %2 in the list.</source>
        <translation>%1 ist in der Liste bereits das T-VOL von %2.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Auto (no reserved volume left)</source>
        <translation>Auto (kein reserviertes Volume übrig)</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Auto (%1)</translation>
    </message>
    <message>
        <source>Highlight an S-VOL, choose its T-VOL (Auto or Select), then Set.</source>
        <translation>Markieren Sie ein S-VOL, wählen Sie sein T-VOL (Auto oder Auswählen), dann Setzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) refused; correct them (Change, Omit) and Add again:</source>
        <translation>
            <numerusform>%n Paar abgelehnt; korrigieren Sie es (Ändern, Auslassen), und klicken Sie erneut auf Hinzufügen:</numerusform>
            <numerusform>%n Paare abgelehnt; korrigieren Sie sie (Ändern, Auslassen), und klicken Sie erneut auf Hinzufügen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Every pair of the list was added.</source>
        <translation>Alle Paare der Liste wurden hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to add.</source>
        <translation>
            <numerusform>%n Paar hinzuzufügen.</numerusform>
            <numerusform>%n Paare hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No S-VOL highlighted.</source>
        <translation>Kein S-VOL markiert.</translation>
    </message>
    <message numerus="yes">
        <source>S-VOL %1 (port %2, TID:LUN %3, CU:LDEV %4): %5, %6, %n existing pair(s).</source>
        <translation>
            <numerusform>S-VOL %1 (Port %2, TID:LUN %3, CU:LDEV %4): %5, %6, %n vorhandenes Paar.</numerusform>
            <numerusform>S-VOL %1 (Port %2, TID:LUN %3, CU:LDEV %4): %5, %6, %n vorhandene Paare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Added: pair %1, T-VOL %2</source>
        <translation>Hinzugefügt: Paar %1, T-VOL %2</translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::AttributeDialog</name>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Set or reset the reserve attribute. Only a reserved volume can become a T-VOL, and a reserved volume refuses host writes unless its pair is split.</source>
        <translation>Setzen Sie das Reserveattribut, oder setzen Sie es zurück. Nur ein reserviertes Volume kann ein T-VOL werden, und ein reserviertes Volume weist Host-Schreibzugriffe ab, solange sein Paar nicht split ist.</translation>
    </message>
    <message>
        <source>CU:LDEV</source>
        <translation>CU:LDEV</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Number of pairs</source>
        <translation>Anzahl Paare</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Set Reserve</source>
        <translation>Reserve &amp;setzen</translation>
    </message>
    <message>
        <source>&amp;Reset Reserve</source>
        <translation>Reserve zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>None</source>
        <comment>reserve attribute</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Reserve set</source>
        <translation>Reserve gesetzt</translation>
    </message>
    <message>
        <source>Reserve reset</source>
        <translation>Reserve zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::HdsMainScreen</name>
    <message>
        <source>Display mode</source>
        <translation>Anzeigemodus</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>List the volumes (LUs) of the port (Fig. 11A)</source>
        <translation>Die Volumes (LUs) des Ports auflisten (Abb. 11A)</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>List the pairs, with their copy progress (Fig. 11B)</source>
        <translation>Die Paare mit ihrem Kopierfortschritt auflisten (Abb. 11B)</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The port whose volumes are listed: one port (cluster and channel) or all ports</source>
        <translation>Der Port, dessen Volumes aufgelistet werden: ein Port (Cluster und Kanal) oder alle Ports</translation>
    </message>
    <message>
        <source>All ports</source>
        <translation>Alle Ports</translation>
    </message>
    <message>
        <source>Reserve attribute</source>
        <translation>Reserveattribut</translation>
    </message>
    <message>
        <source>Checked: only the volumes with the reserve attribute (the T-VOL candidates). Unchecked: reserved and unreserved volumes.</source>
        <translation>Aktiviert: nur die Volumes mit Reserveattribut (die T-VOL-Kandidaten). Deaktiviert: reservierte und nicht reservierte Volumes.</translation>
    </message>
    <message>
        <source>Show the volumes that belong to a pair</source>
        <translation>Die Volumes anzeigen, die zu einem Paar gehören</translation>
    </message>
    <message>
        <source>No pair</source>
        <translation>Kein Paar</translation>
    </message>
    <message>
        <source>Show the volumes that belong to no pair</source>
        <translation>Die Volumes anzeigen, die zu keinem Paar gehören</translation>
    </message>
    <message>
        <source>Pair status</source>
        <translation>Paarstatus</translation>
    </message>
    <message>
        <source>Show the pairs (Pair mode) or the volumes (Volume mode) in these pair statuses; simplex is a volume in no pair</source>
        <translation>Die Paare (Modus Paar) oder die Volumes (Modus Volume) mit diesen Paarstatus anzeigen; simplex ist ein Volume in keinem Paar</translation>
    </message>
    <message>
        <source>TID/LUN</source>
        <translation>TID/LUN</translation>
    </message>
    <message>
        <source>CU:LDEV</source>
        <translation>CU:LDEV</translation>
    </message>
    <message>
        <source>Number of pairs</source>
        <translation>Anzahl Paare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Emulation</source>
        <translation>Emulation</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Port: cluster and channel</source>
        <translation>Port: Cluster und Kanal</translation>
    </message>
    <message>
        <source>Target ID and logical unit number</source>
        <translation>Target-ID und logische Einheitennummer (LUN)</translation>
    </message>
    <message>
        <source>Volume number: control unit and logical device</source>
        <translation>Volume-Nummer: Steuereinheit (CU) und logisches Gerät (LDEV)</translation>
    </message>
    <message>
        <source>The reserve attribute: only a reserved volume can become a T-VOL</source>
        <translation>Das Reserveattribut: Nur ein reserviertes Volume kann ein T-VOL werden</translation>
    </message>
    <message>
        <source>S-VOL Port</source>
        <translation>S-VOL-Port</translation>
    </message>
    <message>
        <source>T-VOL Port</source>
        <translation>T-VOL-Port</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>Copy pointer / max address, in tracks</source>
        <translation>Kopierzeiger / maximale Adresse, in Spuren</translation>
    </message>
    <message>
        <source>Tracks copied by this copy, and (after the +) tracks copied before a host write</source>
        <translation>Von dieser Kopie kopierte Spuren und (nach dem +) vor einem Host-Schreibzugriff kopierte Spuren</translation>
    </message>
    <message>
        <source>Define status</source>
        <translation>Definitionsstatus</translation>
    </message>
    <message>
        <source>What the list shows with the filters above</source>
        <translation>Was die Liste mit den obigen Filtern zeigt</translation>
    </message>
    <message>
        <source>&amp;Pair Status</source>
        <translation>&amp;Paarstatus</translation>
    </message>
    <message>
        <source>Stat&amp;&amp;His&amp;tory</source>
        <translation>Status&amp;&amp;&amp;Verlauf</translation>
    </message>
    <message>
        <source>Add Pai&amp;r</source>
        <translation>Paa&amp;r hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;elete Pair</source>
        <translation>Paar lösch&amp;en</translation>
    </message>
    <message>
        <source>S&amp;uspend Pair</source>
        <translation>Paar a&amp;ussetzen</translation>
    </message>
    <message>
        <source>Spl&amp;it Pair</source>
        <translation>Paar-Spl&amp;it</translation>
    </message>
    <message>
        <source>Re-s&amp;ync Pair</source>
        <translation>Paar res&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Attri&amp;bute</source>
        <translation>A&amp;ttribut</translation>
    </message>
    <message>
        <source>T-VOL Path</source>
        <translation>T-VOL-Pfad</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Show the pair status of the selected volumes or pairs</source>
        <translation>Den Paarstatus der ausgewählten Volumes oder Paare anzeigen</translation>
    </message>
    <message>
        <source>Pair status and history of the selected volumes or pairs</source>
        <translation>Paarstatus und Verlauf der ausgewählten Volumes oder Paare</translation>
    </message>
    <message>
        <source>Add pairs: the selected volumes become S-VOLs</source>
        <translation>Paare hinzufügen: Die ausgewählten Volumes werden S-VOLs</translation>
    </message>
    <message>
        <source>Delete the selected pairs (back to simplex)</source>
        <translation>Die ausgewählten Paare löschen (zurück zu simplex)</translation>
    </message>
    <message>
        <source>Suspend (or resume) the copy of the selected pairs</source>
        <translation>Die Kopie der ausgewählten Paare aussetzen (oder fortsetzen)</translation>
    </message>
    <message>
        <source>Copy the S-VOL to the T-VOL of the selected pairs (the copy command): SP-Pending, then split</source>
        <translation>Das S-VOL auf das T-VOL der ausgewählten Paare kopieren (der Kopierbefehl): SP-Pending, dann split</translation>
    </message>
    <message>
        <source>Re-synchronize the selected split pairs</source>
        <translation>Die ausgewählten Paare im Status split resynchronisieren</translation>
    </message>
    <message>
        <source>Set or reset the reserve attribute of the selected volumes</source>
        <translation>Das Reserveattribut der ausgewählten Volumes setzen oder zurücksetzen</translation>
    </message>
    <message>
        <source>The T-VOLs&apos; SCSI paths are not modelled by this simulator</source>
        <translation>Die SCSI-Pfade der T-VOLs werden von diesem Simulator nicht modelliert</translation>
    </message>
    <message>
        <source>Ask the controller for its volumes and pairs again</source>
        <translation>Volumes und Paare erneut vom Controller abfragen</translation>
    </message>
    <message>
        <source>Back to the storage subsystems of another family</source>
        <translation>Zurück zu den Speichersubsystemen einer anderen Familie</translation>
    </message>
    <message numerus="yes">
        <source>S-VOL (source) of %n pair(s)</source>
        <translation>
            <numerusform>S-VOL (Quelle) von %n Paar</numerusform>
            <numerusform>S-VOL (Quelle) von %n Paaren</numerusform>
        </translation>
    </message>
    <message>
        <source>T-VOL (target) of a pair</source>
        <translation>T-VOL (Ziel) eines Paars</translation>
    </message>
    <message>
        <source>In no pair</source>
        <translation>In keinem Paar</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n Volume</numerusform>
            <numerusform>%n Volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy pointer %1 of %2 tracks; %3 tracks still unequal</source>
        <translation>Kopierzeiger %1 von %2 Spuren; %3 Spuren noch ungleich</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n Paar</numerusform>
            <numerusform>%n Paare</numerusform>
        </translation>
    </message>
    <message>
        <source>Open volumes: %1    Reserved: %2 / %3    Pairs: %4 / %5</source>
        <translation>Open-Volumes: %1    Reserviert: %2 / %3    Paare: %4 / %5</translation>
    </message>
    <message>
        <source>Open-system volumes of the controller; reserved volumes and pairs, each with its maximum</source>
        <translation>Open-System-Volumes des Controllers; reservierte Volumes und Paare, jeweils mit ihrem Maximum</translation>
    </message>
    <message>
        <source>Select volumes that belong to pairs, or pairs in Pair mode.</source>
        <translation>Wählen Sie Volumes aus, die zu Paaren gehören, oder Paare im Modus Paar.</translation>
    </message>
    <message>
        <source>Select one or more pairs.</source>
        <translation>Wählen Sie ein oder mehrere Paare aus.</translation>
    </message>
    <message>
        <source>Select volumes in Volume mode.</source>
        <translation>Wählen Sie Volumes im Modus Volume aus.</translation>
    </message>
    <message>
        <source>Find (Ctrl+F): CU:LDEV, port or status</source>
        <translation>Suchen (Strg+F): CU:LDEV, Port oder Status</translation>
    </message>
    <message>
        <source>Verify Pair</source>
        <translation>Paar prüfen</translation>
    </message>
    <message>
        <source>Compare the T-VOLs of the selected split pairs with their S-VOLs while hosts go on (Copyline&apos;s extension)</source>
        <translation>Die T-VOLs der ausgewählten Paare im Status split mit ihren S-VOLs vergleichen, während die Hosts weiterarbeiten (Erweiterung von Copyline)</translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::HdsPerspective</name>
    <message>
        <source>SVP — In-controller copy — controller %1</source>
        <translation>SVP — Controller-interne Kopie — Controller %1</translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::HdsTexts</name>
    <message>
        <source>simplex</source>
        <comment>pair status</comment>
        <translation>simplex</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>pair status</comment>
        <translation>pending</translation>
    </message>
    <message>
        <source>duplex</source>
        <comment>pair status</comment>
        <translation>duplex</translation>
    </message>
    <message>
        <source>SP-Pending</source>
        <comment>pair status</comment>
        <translation>SP-Pending</translation>
    </message>
    <message>
        <source>split</source>
        <comment>pair status</comment>
        <translation>split</translation>
    </message>
    <message>
        <source>re-sync</source>
        <comment>pair status</comment>
        <translation>re-sync</translation>
    </message>
    <message>
        <source>suspend</source>
        <comment>pair status</comment>
        <translation>suspend</translation>
    </message>
    <message>
        <source>Slow (1 track)</source>
        <translation>Slow (1 Spur)</translation>
    </message>
    <message>
        <source>Medium (3 tracks)</source>
        <translation>Medium (3 Spuren)</translation>
    </message>
    <message>
        <source>Fast (15 tracks)</source>
        <translation>Fast (15 Spuren)</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n Spur</numerusform>
            <numerusform>%n Spuren</numerusform>
        </translation>
    </message>
    <message>
        <source>Slow (1)</source>
        <comment>pace: tracks at a time</comment>
        <translation>Slow (1)</translation>
    </message>
    <message>
        <source>Medium (3)</source>
        <comment>pace: tracks at a time</comment>
        <translation>Medium (3)</translation>
    </message>
    <message>
        <source>Fast (15)</source>
        <comment>pace: tracks at a time</comment>
        <translation>Fast (15)</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>volume status</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Copying</source>
        <comment>volume status</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>S-VOL: the source (primary) volume of the pair, the one that is copied. In this SVP the source is the &quot;S-VOL&quot; (the engine&apos;s commands call it pvol).</source>
        <translation>S-VOL: das Quell-Volume (primär) des Paars, das kopiert wird. In diesem SVP heißt die Quelle „S-VOL“ (die Befehle der Engine nennen es pvol).</translation>
    </message>
    <message>
        <source>T-VOL: the target (secondary) volume of the pair, the one that receives the copy; it must have the reserve attribute (the engine&apos;s commands call it svol).</source>
        <translation>T-VOL: das Ziel-Volume (sekundär) des Paars, das die Kopie empfängt; es muss das Reserveattribut haben (die Befehle der Engine nennen es svol).</translation>
    </message>
    <message>
        <source>Copy pace: the tracks copied at a time (slow 1, medium 3, fast 15)</source>
        <translation>Kopiertempo: die gleichzeitig kopierten Spuren (slow 1, medium 3, fast 15)</translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::PairOperationDialog</name>
    <message>
        <source>Split Pair</source>
        <translation>Paar-Split</translation>
    </message>
    <message>
        <source>Copies each S-VOL to its T-VOL as of now (the copy command): the pair goes SP-Pending while the tracks are copied, then split, and the T-VOL can be read and written.</source>
        <translation>Kopiert jedes S-VOL mit dem jetzigen Stand auf sein T-VOL (der Kopierbefehl): Das Paar ist SP-Pending, während die Spuren kopiert werden, dann split, und das T-VOL kann gelesen und beschrieben werden.</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Split</translation>
    </message>
    <message>
        <source>Re-sync Pair</source>
        <translation>Paar resynchronisieren</translation>
    </message>
    <message>
        <source>Re-synchronizes each split pair: the T-VOL leaves host access and the tracks that differ are copied again (re-sync, then duplex).</source>
        <translation>Resynchronisiert jedes Paar im Status split: Das T-VOL ist für Hosts nicht mehr zugänglich, und die abweichenden Spuren werden erneut kopiert (re-sync, dann duplex).</translation>
    </message>
    <message>
        <source>&amp;Re-sync</source>
        <translation>&amp;Resynchronisieren</translation>
    </message>
    <message>
        <source>Delete Pair</source>
        <translation>Paar löschen</translation>
    </message>
    <message>
        <source>Deletes each pair: a running copy stops at once, both volumes become simplex and the T-VOL keeps what it holds.</source>
        <translation>Löscht jedes Paar: Eine laufende Kopie stoppt sofort, beide Volumes werden simplex, und das T-VOL behält seinen Inhalt.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Suspend Pair</source>
        <translation>Paar aussetzen</translation>
    </message>
    <message>
        <source>Suspend stops the copy of each pair and keeps its track maps; Resume goes on from where it stopped.</source>
        <translation>Aussetzen stoppt die Kopie jedes Paars und behält seine Spurtabellen; Fortsetzen macht dort weiter, wo die Kopie stehen geblieben ist.</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Aussetzen</translation>
    </message>
    <message>
        <source>S-VOL</source>
        <translation>S-VOL</translation>
    </message>
    <message>
        <source>T-VOL</source>
        <translation>T-VOL</translation>
    </message>
    <message>
        <source>Pair status</source>
        <translation>Paarstatus</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>&amp;Omit</source>
        <translation>Aus&amp;lassen</translation>
    </message>
    <message>
        <source>Drop the highlighted pairs from the list</source>
        <translation>Die markierten Paare aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No pair in the list: select pairs on the main screen first.</source>
        <translation>Kein Paar in der Liste: Wählen Sie zuerst Paare im Hauptbildschirm aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) refused:</source>
        <translation>
            <numerusform>%n Paar abgelehnt:</numerusform>
            <numerusform>%n Paare abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in the list.</source>
        <translation>
            <numerusform>%n Paar in der Liste.</numerusform>
            <numerusform>%n Paare in der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n pair(s)? A running copy stops at once and the T-VOLs keep what they hold now.</source>
        <translation>
            <numerusform>%n Paar löschen? Eine laufende Kopie stoppt sofort, und das T-VOL behält seinen jetzigen Inhalt.</numerusform>
            <numerusform>%n Paare löschen? Eine laufende Kopie stoppt sofort, und die T-VOLs behalten ihren jetzigen Inhalt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Copy started</source>
        <translation>Kopie gestartet</translation>
    </message>
    <message>
        <source>Re-sync started</source>
        <translation>Resynchronisation gestartet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Verify Pair</source>
        <translation>Paar prüfen</translation>
    </message>
    <message>
        <source>Compares the T-VOL of each split pair with its S-VOL, track by track, while hosts go on using both. Tracks written on either volume since the Split are left out, so a difference found is damage. Verify and Repair copies the S-VOL&apos;s track, which still holds the Split&apos;s image there, into the T-VOL again. (Copyline&apos;s extension: the SVP has no such screen.)</source>
        <translation>Vergleicht das T-VOL jedes Paars im Status split Spur für Spur mit seinem S-VOL, während die Hosts beide weiter benutzen. Spuren, die seit dem Split auf einem der beiden Volumes geschrieben wurden, werden ausgelassen; eine gefundene Abweichung ist also ein Schaden. „Prüfen und reparieren“ kopiert die Spur des S-VOL, die dort noch das Abbild des Splits enthält, erneut in das T-VOL. (Erweiterung von Copyline: Der SVP hat keinen solchen Bildschirm.)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verify and &amp;Repair</source>
        <translation>Prüfen und &amp;reparieren</translation>
    </message>
    <message>
        <source>Verify, and copy each differing track from the S-VOL into the T-VOL again</source>
        <translation>Prüfen und jede abweichende Spur erneut vom S-VOL in das T-VOL kopieren</translation>
    </message>
    <message>
        <source>%1 tracks compared, %2 differ; %3 written since the Split not compared</source>
        <translation>%1 Spuren verglichen, %2 weichen ab; %3 seit dem Split geschriebene nicht verglichen</translation>
    </message>
    <message numerus="yes">
        <source>; %n track(s) repaired</source>
        <translation>
            <numerusform>; %n Spur repariert</numerusform>
            <numerusform>; %n Spuren repariert</numerusform>
        </translation>
    </message>
    <message>
        <source>; the T-VOL does not hold the Split&apos;s image at track %1: Verify and Repair</source>
        <translation>; das T-VOL enthält bei Spur %1 nicht das Abbild des Splits: Prüfen und reparieren</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) need attention:</source>
        <translation>
            <numerusform>%n Paar erfordert Aufmerksamkeit:</numerusform>
            <numerusform>%n Paare erfordern Aufmerksamkeit:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::StatusHistoryDialog</name>
    <message>
        <source>Status &amp; History</source>
        <translation>Status &amp; Verlauf</translation>
    </message>
    <message>
        <source>Status &amp; History — port %1</source>
        <translation>Status &amp; Verlauf — Port %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>S-VOL</source>
        <translation>S-VOL</translation>
    </message>
    <message>
        <source>T-VOL</source>
        <translation>T-VOL</translation>
    </message>
    <message>
        <source>Pair status</source>
        <translation>Paarstatus</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>When the status was acquired (opened or refreshed)</source>
        <translation>Wann der Status abgerufen wurde (beim Öffnen oder Aktualisieren)</translation>
    </message>
    <message>
        <source>Refresh &amp;Status</source>
        <translation>&amp;Status aktualisieren</translation>
    </message>
    <message>
        <source>T-VOL Path</source>
        <translation>T-VOL-Pfad</translation>
    </message>
    <message>
        <source>The T-VOLs&apos; SCSI paths are not modelled by this simulator</source>
        <translation>Die SCSI-Pfade der T-VOLs werden von diesem Simulator nicht modelliert</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation>Sortieren nach:</translation>
    </message>
    <message>
        <source>&amp;Date Time</source>
        <translation>&amp;Datum/Uhrzeit</translation>
    </message>
    <message>
        <source>S-&amp;VOL</source>
        <translation>S-&amp;VOL</translation>
    </message>
    <message>
        <source>&amp;T-VOL</source>
        <translation>&amp;T-VOL</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Meldung</translation>
    </message>
    <message>
        <source>Date Time</source>
        <translation>Datum/Uhrzeit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Refresh &amp;History</source>
        <translation>Ver&amp;lauf aktualisieren</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>&amp;Alle aktualisieren</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Current S-VOLs: %1</source>
        <translation>Aktuelle S-VOLs: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Current T-VOLs: %1</source>
        <translation>Aktuelle T-VOLs: %1</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Verlauf nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::HelpWindow</name>
    <message>
        <source>Copyline Help</source>
        <translation>Copyline-Hilfe</translation>
    </message>
    <message>
        <source>Logical/Physical View</source>
        <translation>Logische/physische Ansicht</translation>
    </message>
    <message>
        <source>Mappings View</source>
        <translation>Zuordnungsansicht</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Performance View</source>
        <translation>Leistungsansicht</translation>
    </message>
    <message>
        <source>Create FlashCopy Logical Drive Wizard</source>
        <translation>Assistent zum Erstellen logischer FlashCopy-Laufwerke</translation>
    </message>
    <message>
        <source>Create Copy Wizard (VolumeCopy)</source>
        <translation>Assistent zum Erstellen von Kopien (VolumeCopy)</translation>
    </message>
    <message>
        <source>Copy Manager</source>
        <translation>Kopiermanager</translation>
    </message>
    <message>
        <source>Create Remote Mirror Wizard</source>
        <translation>Assistent zum Erstellen von Fernspiegeln</translation>
    </message>
    <message>
        <source>Remote Mirrors</source>
        <translation>Fernspiegel</translation>
    </message>
    <message>
        <source>Host Workloads</source>
        <translation>Host-Arbeitslasten</translation>
    </message>
    <message>
        <source>The Equivalent Command and copylinectl</source>
        <translation>Der entsprechende Befehl und copylinectl</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>ESS Copy Services</source>
        <translation>ESS Copy Services</translation>
    </message>
    <message>
        <source>NEC Data Replication</source>
        <translation>NEC Data Replication</translation>
    </message>
    <message>
        <source>In-Controller Copy (SVP)</source>
        <translation>Controllerinterne Kopie (SVP)</translation>
    </message>
    <message>
        <source>Copy Services Manager Sessions</source>
        <translation>Copy-Services-Manager-Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Text on this page</source>
        <translation>Text auf dieser Seite</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Vo&amp;rherige</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1 - Copyline Help</source>
        <translation>%1 – Copyline-Hilfe</translation>
    </message>
</context>
<context>
    <name>Copyline::HostIoServerDialog</name>
    <message>
        <source>Host I/O Server</source>
        <translation>Host-E/A-Server</translation>
    </message>
    <message>
        <source>Copyline serves every LUN mapping to real NBD clients (nbdinfo, qemu-img, qemu-io, nbdcopy, fio) as an export named host/lunN: a host&apos;s view of its logical drives. Their requests follow the copy-services rules like any host&apos;s.</source>
        <translation>Copyline stellt jede LUN-Zuordnung echten NBD-Clients (nbdinfo, qemu-img, qemu-io, nbdcopy, fio) als Export mit dem Namen host/lunN bereit: die Sicht eines Hosts auf seine logischen Laufwerke. Deren Anforderungen unterliegen wie die jedes Hosts den Regeln der Kopierservices.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Serve mapped logical drives over &amp;NBD</source>
        <translation>Zugeordnete logische Laufwerke über &amp;NBD bereitstellen</translation>
    </message>
    <message>
        <source>IPv4 address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface</source>
        <translation>IPv4-Adresse, an der gelauscht wird: 127.0.0.1 nur für diesen Rechner, 0.0.0.0 für alle Schnittstellen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>TCP port; 10809 is the NBD standard port</source>
        <translation>TCP-Port; 10809 ist der NBD-Standardport</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Export Name</source>
        <translation>Exportname</translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>Logisches Laufwerk</translation>
    </message>
    <message>
        <source>Storage Subsystem</source>
        <translation>Speichersubsystem</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>NBD exports</source>
        <translation>NBD-Exporte</translation>
    </message>
    <message>
        <source>&amp;Copy URI</source>
        <translation>URI &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy nbd&amp;info Command</source>
        <translation>nbd&amp;info-Befehl kopieren</translation>
    </message>
    <message>
        <source>Asking the engine…</source>
        <translation>Engine wird abgefragt…</translation>
    </message>
    <message>
        <source>The engine did not answer: %1</source>
        <translation>Die Engine hat nicht geantwortet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1:%2  ·  %n client(s) connected</source>
        <translation>
            <numerusform>Lauscht auf %1:%2  ·  %n Client verbunden</numerusform>
            <numerusform>Lauscht auf %1:%2  ·  %n Clients verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not running: the NBD server is turned off</source>
        <translation>Nicht aktiv: Der NBD-Server ist ausgeschaltet</translation>
    </message>
    <message>
        <source>Not running: port %1 on %2 is not available</source>
        <translation>Nicht aktiv: Port %1 auf %2 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Exports (%1)</source>
        <translation>Exporte (%1)</translation>
    </message>
    <message>
        <source>Restart the NBD server with these settings; connected clients are cut off</source>
        <translation>NBD-Server mit diesen Einstellungen neu starten; verbundene Clients werden getrennt</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>Select an export (the server needs a port)</source>
        <translation>Wählen Sie einen Export aus (der Server benötigt einen Port)</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy &quot;nbdinfo %1&quot; to the clipboard</source>
        <translation>„nbdinfo %1“ in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>No export has a URI yet: map a logical drive to a host and start the server.</source>
        <translation>Noch kein Export hat eine URI: Ordnen Sie einem Host ein logisches Laufwerk zu, und starten Sie den Server.</translation>
    </message>
    <message>
        <source>A client reads an export with, for example:  &lt;code&gt;nbdinfo %1&lt;/code&gt;</source>
        <translation>Ein Client liest einen Export zum Beispiel mit:  &lt;code&gt;nbdinfo %1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Owner-Only URI</source>
        <translation>URI nur für den Besitzer</translation>
    </message>
    <message>
        <source>Through a unix socket that only your own processes can open; the TCP URI is open to every local user</source>
        <translation>Über einen Unix-Socket, den nur Ihre eigenen Prozesse öffnen können; die TCP-URI steht jedem lokalen Benutzer offen</translation>
    </message>
    <message>
        <source>Copy &amp;Owner-Only URI</source>
        <translation>URI nur für den &amp;Besitzer kopieren</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: anyone who can reach this machine on that network can read and write every mapped LUN, without authentication. Use 127.0.0.1 or the owner-only URIs unless the network is trusted.</source>
        <translation>%1 ist keine Loopback-Adresse: Jeder, der diesen Rechner in diesem Netz erreicht, kann jede zugeordnete LUN ohne Authentifizierung lesen und schreiben. Verwenden Sie 127.0.0.1 oder die URIs nur für den Besitzer, sofern dem Netz nicht vertraut wird.</translation>
    </message>
</context>
<context>
    <name>Copyline::HostWorkloadModel</name>
    <message>
        <source>Stopped</source>
        <comment>host workload state</comment>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>host workload state</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>host workload state</comment>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>sequenziell</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>unpaced</source>
        <comment>workload rate</comment>
        <translation>ungedrosselt</translation>
    </message>
    <message>
        <source>%1% reads, %2 %3 requests, %4</source>
        <comment>read percent, block size, pattern, rate</comment>
        <translation>%1 % Lesezugriffe, Anforderungen zu %2, %3, %4</translation>
    </message>
    <message>
        <source>None mapped</source>
        <translation>Keine zugeordnet</translation>
    </message>
    <message>
        <source>No logical drive is mapped to %1 or its host group.</source>
        <translation>%1 oder seiner Hostgruppe ist kein logisches Laufwerk zugeordnet.</translation>
    </message>
    <message>
        <source>%1 reads and writes: %2</source>
        <translation>%1 liest und schreibt: %2</translation>
    </message>
    <message>
        <source>Requests the copy-services rules refused (read-only, no access, secondary)</source>
        <translation>Anforderungen, die die Regeln der Kopierservices abgewiesen haben (schreibgeschützt, kein Zugriff, sekundär)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>State</source>
        <comment>host workload state column</comment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Logical Drives</source>
        <translation>Logische Laufwerke</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lesezugriffe</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Schreibzugriffe</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Last Refusal</source>
        <translation>Letzte Abweisung</translation>
    </message>
</context>
<context>
    <name>Copyline::HostWorkloadsWindow</name>
    <message>
        <source>Host Workloads</source>
        <translation>Host-Arbeitslasten</translation>
    </message>
    <message>
        <source>A simulated host reads and writes the logical drives mapped to it, or to its host group, at the pace you choose. Its requests follow the same rules as an NBD client&apos;s: a VolumeCopy source or read-only target, a copy in progress or a mirror secondary refuses them, and the refusals are counted here.</source>
        <translation>Ein simulierter Host liest und schreibt die logischen Laufwerke, die ihm oder seiner Hostgruppe zugeordnet sind, in dem von Ihnen gewählten Tempo. Seine Anforderungen unterliegen denselben Regeln wie die eines NBD-Clients: Eine VolumeCopy-Quelle oder ein schreibgeschütztes Ziel, eine laufende Kopie oder ein sekundäres Spiegellaufwerk weisen sie ab, und die Abweisungen werden hier gezählt.</translation>
    </message>
    <message>
        <source>Hosts and their workloads</source>
        <translation>Hosts und ihre Arbeitslasten</translation>
    </message>
    <message>
        <source>Workload Settings</source>
        <translation>Arbeitslasteinstellungen</translation>
    </message>
    <message>
        <source> %</source>
        <comment>percent suffix</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the requests that are reads; the rest are writes</source>
        <translation>Anteil der Anforderungen, die Lesezugriffe sind; der Rest sind Schreibzugriffe</translation>
    </message>
    <message>
        <source>&amp;Reads:</source>
        <translation>&amp;Lesezugriffe:</translation>
    </message>
    <message>
        <source>Bytes per request</source>
        <translation>Byte pro Anforderung</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>&amp;Blockgröße:</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>Unpaced</source>
        <translation>Ungedrosselt</translation>
    </message>
    <message>
        <source>Pace of the host&apos;s requests; Unpaced goes as fast as the logical drives allow</source>
        <translation>Tempo der Anforderungen des Hosts; „Ungedrosselt“ geht so schnell, wie die logischen Laufwerke es erlauben</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Sequenziell</translation>
    </message>
    <message>
        <source>Random offsets, or each logical drive read and written from start to end</source>
        <translation>Zufällige Offsets, oder jedes logische Laufwerk wird vom Anfang bis zum Ende gelesen und geschrieben</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Simulated host workloads on %1</source>
        <translation>Simulierte Host-Arbeitslasten auf %1</translation>
    </message>
    <message>
        <source>Host Workloads — %1</source>
        <translation>Host-Arbeitslasten – %1</translation>
    </message>
    <message>
        <source>Select one or more hosts.</source>
        <translation>Wählen Sie einen oder mehrere Hosts aus.</translation>
    </message>
    <message>
        <source>&amp;Apply Settings</source>
        <translation>Einstellungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>Run the selected hosts&apos; workloads with these settings (stopped ones start, paused ones resume)</source>
        <translation>Die Arbeitslasten der ausgewählten Hosts mit diesen Einstellungen ausführen (gestoppte starten, angehaltene werden fortgesetzt)</translation>
    </message>
    <message>
        <source>Start the selected hosts&apos; workloads with these settings</source>
        <translation>Die Arbeitslasten der ausgewählten Hosts mit diesen Einstellungen starten</translation>
    </message>
    <message>
        <source>Pause the running workloads; their counters are kept</source>
        <translation>Die laufenden Arbeitslasten anhalten; ihre Zähler bleiben erhalten</translation>
    </message>
    <message>
        <source>No selected host&apos;s workload is running.</source>
        <translation>Bei keinem ausgewählten Host läuft eine Arbeitslast.</translation>
    </message>
    <message>
        <source>Resume the paused workloads</source>
        <translation>Die angehaltenen Arbeitslasten fortsetzen</translation>
    </message>
    <message>
        <source>No selected workload is paused.</source>
        <translation>Keine ausgewählte Arbeitslast ist angehalten.</translation>
    </message>
    <message>
        <source>Stop the workloads; their counters start from zero next time</source>
        <translation>Die Arbeitslasten stoppen; ihre Zähler beginnen beim nächsten Mal bei null</translation>
    </message>
    <message>
        <source>No selected host has a workload.</source>
        <translation>Kein ausgewählter Host hat eine Arbeitslast.</translation>
    </message>
    <message>
        <source>Select a host to see which logical drives it reads and writes.</source>
        <translation>Wählen Sie einen Host aus, um zu sehen, welche logischen Laufwerke er liest und schreibt.</translation>
    </message>
    <message>
        <source>%1 sees no logical drive: map one to it or to its host group first.</source>
        <translation>%1 sieht kein logisches Laufwerk: Ordnen Sie zuerst eines ihm oder seiner Hostgruppe zu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sees %n logical drive(s): %2.</source>
        <translation>
            <numerusform>%1 sieht %n logisches Laufwerk: %2.</numerusform>
            <numerusform>%1 sieht %n logische Laufwerke: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) refused. Last refusal: %1</source>
        <translation>
            <numerusform>%n Anforderung abgewiesen. Letzte Abweisung: %1</numerusform>
            <numerusform>%n Anforderungen abgewiesen. Letzte Abweisung: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>host: error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show the copylinectl command that starts the selected hosts&apos; workloads with these settings</source>
        <translation>Den copylinectl-Befehl anzeigen, der die Lasten der ausgewählten Hosts mit diesen Einstellungen startet</translation>
    </message>
</context>
<context>
    <name>Copyline::IncreaseCapacityDialog</name>
    <message>
        <source>Increase Capacity</source>
        <translation>Kapazität erhöhen</translation>
    </message>
    <message>
        <source>Logical drive:</source>
        <translation>Logisches Laufwerk:</translation>
    </message>
    <message>
        <source>Current capacity:</source>
        <translation>Aktuelle Kapazität:</translation>
    </message>
    <message>
        <source>Free capacity available:</source>
        <translation>Verfügbare freie Kapazität:</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>&amp;Increase Capacity by:</source>
        <translation>Kapazität erhöhen &amp;um:</translation>
    </message>
    <message>
        <source>Dynamic logical drive expansion uses free capacity of the same array; the data stays accessible while the capacity grows.</source>
        <translation>Die dynamische Erweiterung logischer Laufwerke verwendet freie Kapazität desselben Arrays; die Daten bleiben zugänglich, während die Kapazität wächst.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>The logical drive no longer exists.</source>
        <translation>Das logische Laufwerk ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The array of this logical drive has no free capacity left.</source>
        <translation>Das Array dieses logischen Laufwerks hat keine freie Kapazität mehr.</translation>
    </message>
    <message>
        <source>Enter the capacity to add.</source>
        <translation>Geben Sie die hinzuzufügende Kapazität ein.</translation>
    </message>
</context>
<context>
    <name>Copyline::IncreaseRepositoryCapacityDialog</name>
    <message>
        <source>Increase Repository Capacity</source>
        <translation>Repository-Kapazität erhöhen</translation>
    </message>
    <message>
        <source>The repository grows with free capacity of its own array. The FlashCopy stays usable while it grows; a repository that was full accepts copy-on-write data again, and writes to the base resume.</source>
        <translation>Das Repository wächst mit freier Kapazität seines eigenen Arrays. Die FlashCopy bleibt währenddessen verwendbar; ein volles Repository nimmt wieder Copy-on-Write-Daten auf, und Schreibzugriffe auf die Basis werden fortgesetzt.</translation>
    </message>
    <message>
        <source>Repository logical drive:</source>
        <translation>Logisches Repository-Laufwerk:</translation>
    </message>
    <message>
        <source>FlashCopy logical drive:</source>
        <translation>Logisches FlashCopy-Laufwerk:</translation>
    </message>
    <message>
        <source>Base logical drive:</source>
        <translation>Logisches Basislaufwerk:</translation>
    </message>
    <message>
        <source>Current capacity:</source>
        <translation>Aktuelle Kapazität:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Belegt:</translation>
    </message>
    <message>
        <source>Free capacity available:</source>
        <translation>Verfügbare freie Kapazität:</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>&amp;Increase Capacity by:</source>
        <translation>Kapazität erhöhen &amp;um:</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>The repository logical drive no longer exists.</source>
        <translation>Das logische Repository-Laufwerk ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The repository&apos;s array has no free capacity left.</source>
        <translation>Das Array des Repositorys hat keine freie Kapazität mehr.</translation>
    </message>
    <message>
        <source>Enter the capacity to add.</source>
        <translation>Geben Sie die hinzuzufügende Kapazität ein.</translation>
    </message>
    <message>
        <source>Increase the capacity of repository logical drive &quot;%1&quot; by %2, from %3 to %4? The capacity is taken from the free capacity of %5 and cannot be given back without deleting the FlashCopy.</source>
        <translation>Kapazität des logischen Repository-Laufwerks „%1“ um %2 von %3 auf %4 erhöhen? Die Kapazität wird der freien Kapazität von %5 entnommen und kann nur durch Löschen der FlashCopy zurückgegeben werden.</translation>
    </message>
</context>
<context>
    <name>Copyline::IntroductionPage</name>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>A FlashCopy logical drive is a point-in-time image of a base logical drive.</source>
        <translation>Ein logisches FlashCopy-Laufwerk ist ein Zeitpunktabbild eines logischen Basislaufwerks.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you create a FlashCopy&lt;/b&gt;, stop the applications that write to the base logical drive or put them in backup mode, and flush the host&apos;s caches (unmount the file system, or run &lt;tt&gt;SMrepassist -f&lt;/tt&gt;). Otherwise the image is only crash-consistent. The controller holds writes to the base for a few seconds while it creates the FlashCopy.</source>
        <translation>&lt;b&gt;Bevor Sie eine FlashCopy erstellen&lt;/b&gt;, stoppen Sie die Anwendungen, die auf das logische Basislaufwerk schreiben, oder versetzen Sie sie in den Sicherungsmodus, und leeren Sie die Caches des Hosts (hängen Sie das Dateisystem ab, oder führen Sie &lt;tt&gt;SMrepassist -f&lt;/tt&gt; aus). Andernfalls ist das Abbild nur absturzkonsistent. Der Controller hält Schreibzugriffe auf die Basis einige Sekunden lang zurück, während er die FlashCopy erstellt.</translation>
    </message>
    <message>
        <source>A FlashCopy has two parts: the &lt;b&gt;FlashCopy logical drive&lt;/b&gt;, which hosts map, read and write like any logical drive, and its &lt;b&gt;FlashCopy repository logical drive&lt;/b&gt;, which keeps the original data of every block written to the base after the point in time (copy-on-write), plus metadata. The repository needs only a fraction of the base&apos;s capacity.</source>
        <translation>Eine FlashCopy besteht aus zwei Teilen: dem &lt;b&gt;logischen FlashCopy-Laufwerk&lt;/b&gt;, das Hosts wie jedes logische Laufwerk zuordnen, lesen und beschreiben, und seinem &lt;b&gt;logischen FlashCopy-Repository-Laufwerk&lt;/b&gt;, das die Originaldaten jedes nach dem Zeitpunkt auf die Basis geschriebenen Blocks (Copy-on-Write) sowie Metadaten aufbewahrt. Das Repository benötigt nur einen Bruchteil der Kapazität der Basis.</translation>
    </message>
    <message>
        <source>&amp;Simple: the repository on the base&apos;s array, with the default settings</source>
        <translation>&amp;Einfach: das Repository im Array der Basis, mit den Standardeinstellungen</translation>
    </message>
    <message>
        <source>A repository of 20% of the base on its array; the FlashCopy is mapped automatically, warns at 50% full and fails if its repository fills.</source>
        <translation>Ein Repository mit 20 % der Basis in deren Array; die FlashCopy wird automatisch zugeordnet, warnt bei 50 % Füllstand und schlägt fehl, wenn ihr Repository voll ist.</translation>
    </message>
    <message>
        <source>&amp;Advanced: choose where the repository goes and set every parameter</source>
        <translation>E&amp;rweitert: Ort des Repositorys wählen und jeden Parameter festlegen</translation>
    </message>
    <message>
        <source>Free capacity on the same or another array, or a new array from unconfigured capacity; mapping, warning threshold and full policy.</source>
        <translation>Freie Kapazität im selben oder einem anderen Array oder ein neues Array aus nicht konfigurierter Kapazität; Zuordnung, Warnschwelle und Richtlinie bei vollem Repository.</translation>
    </message>
    <message>
        <source>Base logical drive: &lt;b&gt;%1&lt;/b&gt; (%2) on %3, which has %4 free.</source>
        <translation>Logisches Basislaufwerk: &lt;b&gt;%1&lt;/b&gt; (%2) auf %3 mit %4 freier Kapazität.</translation>
    </message>
</context>
<context>
    <name>Copyline::KeyedTreeModel</name>
    <message>
        <source>%1, %2</source>
        <comment>item, status</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>model · status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Storage Subsystem %1
Model: %2
Firmware: %3
Status: %4</source>
        <translation>Speichersubsystem %1
Modell: %2
Firmware: %3
Status: %4</translation>
    </message>
    <message>
        <source>Logical Drive %1
Capacity: %2
Array: %3
Status: %4
Current owner: %5, preferred owner: %6</source>
        <translation>Logisches Laufwerk %1
Kapazität: %2
Array: %3
Status: %4
Aktueller Eigentümer: %5, bevorzugter Eigentümer: %6</translation>
    </message>
    <message>
        <source>Mapped: LUN %1 of %2</source>
        <translation>Zugeordnet: LUN %1 von %2</translation>
    </message>
    <message>
        <source>Not mapped to any host</source>
        <translation>Keinem Host zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>Base of %n FlashCopy logical drive(s)</source>
        <translation>
            <numerusform>Basis von %n logischem FlashCopy-Laufwerk</numerusform>
            <numerusform>Basis von %n logischen FlashCopy-Laufwerken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, repository full</source>
        <comment>FlashCopy status</comment>
        <translation>%1, Repository voll</translation>
    </message>
    <message>
        <source>%1, repository threshold exceeded</source>
        <comment>FlashCopy status</comment>
        <translation>%1, Repository-Schwellenwert überschritten</translation>
    </message>
    <message>
        <source>FlashCopy of %1, %2</source>
        <translation>FlashCopy von %1, %2</translation>
    </message>
    <message>
        <source>VolumeCopy source</source>
        <translation>VolumeCopy-Quelle</translation>
    </message>
    <message>
        <source>VolumeCopy target</source>
        <translation>VolumeCopy-Ziel</translation>
    </message>
    <message>
        <source>copy pending</source>
        <translation>Kopie ausstehend</translation>
    </message>
    <message>
        <source>copy in progress %1%</source>
        <translation>Kopie läuft %1 %</translation>
    </message>
    <message>
        <source>copy completed</source>
        <translation>Kopie abgeschlossen</translation>
    </message>
    <message>
        <source>copy stopped</source>
        <translation>Kopie gestoppt</translation>
    </message>
    <message>
        <source>copy failed, needs attention</source>
        <translation>Kopie fehlgeschlagen, Eingriff erforderlich</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <comment>copy state, read-only</comment>
        <translation>%1, schreibgeschützt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>role, state</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>VolumeCopy source of %1: %2</source>
        <translation>VolumeCopy-Quelle von %1: %2</translation>
    </message>
    <message>
        <source>VolumeCopy target of %1: %2</source>
        <translation>VolumeCopy-Ziel von %1: %2</translation>
    </message>
    <message>
        <source>, %1% copied</source>
        <translation>, %1 % kopiert</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>; read-only to hosts</source>
        <translation>; für Hosts schreibgeschützt</translation>
    </message>
    <message>
        <source>; writable by hosts</source>
        <translation>; für Hosts beschreibbar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>status, copy state</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>FlashCopy Logical Drive %1
%2
Point-in-time image of %3, taken %4</source>
        <translation>Logisches FlashCopy-Laufwerk %1
%2
Zeitpunktabbild von %3, erstellt %4</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Repository: %1, %2% used of %3 (warning at %4% full)</source>
        <translation>Repository: %1, %2 % von %3 belegt (Warnung bei %4 % Füllstand)</translation>
    </message>
    <message>
        <source>When full: %1</source>
        <translation>Wenn voll: %1</translation>
    </message>
    <message>
        <source>Repository of %1, %2% used</source>
        <translation>Repository von %1, %2 % belegt</translation>
    </message>
    <message>
        <source>FlashCopy Repository Logical Drive %1
%2
Used: %3 of %4
Array: %5</source>
        <translation>Logisches FlashCopy-Repository-Laufwerk %1
%2
Belegt: %3 von %4
Array: %5</translation>
    </message>
    <message>
        <source>Warning at %1% full; when full: %2</source>
        <translation>Warnung bei %1 % Füllstand; wenn voll: %2</translation>
    </message>
    <message>
        <source>Full: writes to %1 fail until the repository capacity is increased.</source>
        <translation>Voll: Schreibzugriffe auf %1 schlagen fehl, bis die Repository-Kapazität erhöht wird.</translation>
    </message>
    <message>
        <source>Past the warning threshold: increase its capacity before it fills.</source>
        <translation>Warnschwelle überschritten: Erhöhen Sie die Kapazität, bevor das Repository voll ist.</translation>
    </message>
    <message>
        <source>Mirror repository of controller %1</source>
        <translation>Spiegelrepository von Controller %1</translation>
    </message>
    <message>
        <source>Mirror repository logical drive of controller %1: it logs the remote writes not yet written to the secondaries.</source>
        <translation>Logisches Spiegelrepository-Laufwerk von Controller %1: Es protokolliert die fernen Schreibzugriffe, die noch nicht auf die Sekundärlaufwerke geschrieben wurden.</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <comment>status percent</comment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>mirror primary</source>
        <translation>Spiegel primär</translation>
    </message>
    <message>
        <source>mirror secondary</source>
        <translation>Spiegel sekundär</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>status, mirror state</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remote mirror primary of %1 on %2: %3</source>
        <translation>Primärlaufwerk des Fernspiegels von %1 auf %2: %3</translation>
    </message>
    <message>
        <source>Remote mirror secondary of %1 on %2: %3 (hosts may read, not write)</source>
        <translation>Sekundärlaufwerk des Fernspiegels von %1 auf %2: %3 (Hosts dürfen lesen, nicht schreiben)</translation>
    </message>
    <message>
        <source>%1 logical drive %2 on %3
Mirrored pair: %4
Manage it in the Logical view of %3, or in Logical Drive ▸ Remote Mirroring ▸ Remote Mirrors.</source>
        <translation>Logisches Laufwerk %2 auf %3 (%1)
Gespiegeltes Paar: %4
Verwalten Sie es in der logischen Ansicht von %3 oder unter Logisches Laufwerk ▸ Fernspiegelung ▸ Fernspiegel.</translation>
    </message>
    <message>
        <source>%1 no longer lists this relationship.</source>
        <translation>%1 führt diese Beziehung nicht mehr.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>secondary drive on subsystem</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <comment>remote drive (role) on subsystem</comment>
        <translation>%1 (%2) auf %3</translation>
    </message>
    <message>
        <source>%1: %2% complete, adding %3</source>
        <translation>%1: %2 % abgeschlossen, %3 werden hinzugefügt</translation>
    </message>
    <message>
        <source>Storage Subsystem ▸ Recovery Guru… shows the recovery steps.</source>
        <translation>Speichersubsystem ▸ Recovery Guru… zeigt die Wiederherstellungsschritte.</translation>
    </message>
    <message>
        <source>%1 · %2 · site %3</source>
        <comment>model · status · remote engine</comment>
        <translation>%1 · %2 · Standort %3</translation>
    </message>
    <message>
        <source>Served by the engine of site %1 and shown here read-only: manage it on that engine. copylinectl --refresh-peer %1 shows its latest state.</source>
        <translation>Wird von der Engine des Standorts %1 bedient und hier nur lesend angezeigt: verwalten Sie es auf jener Engine. copylinectl --refresh-peer %1 zeigt seinen neuesten Zustand.</translation>
    </message>
</context>
<context>
    <name>Copyline::ListPremiumFeaturesDialog</name>
    <message>
        <source>List Premium Features</source>
        <translation>Premium-Features auflisten</translation>
    </message>
    <message>
        <source>Premium features of Storage Subsystem %1:</source>
        <translation>Premium-Features von Speichersubsystem %1:</translation>
    </message>
    <message>
        <source>Premium Feature</source>
        <translation>Premium-Feature</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>premium feature status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Feature Enable Identifier:</source>
        <translation>Feature-Aktivierungs-ID:</translation>
    </message>
    <message>
        <source>Not supported by this model</source>
        <translation>Von diesem Modell nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>Copyline::LogicalDriveParametersPage</name>
    <message>
        <source>Specify Logical Drive Parameters</source>
        <translation>Parameter des logischen Laufwerks angeben</translation>
    </message>
    <message>
        <source>Choose how the FlashCopy is mapped and what happens as its repository fills.</source>
        <translation>Wählen Sie, wie die FlashCopy zugeordnet wird und was geschieht, wenn sich ihr Repository füllt.</translation>
    </message>
    <message>
        <source>FlashCopy logical drive parameters</source>
        <translation>Parameter des logischen FlashCopy-Laufwerks</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <source>Mapped to the Default Host Group at its lowest free LUN.</source>
        <translation>Der Standardhostgruppe mit ihrer niedrigsten freien LUN zugeordnet.</translation>
    </message>
    <message>
        <source>&amp;Map later with Storage Partitioning</source>
        <translation>&amp;Später mit Speicherpartitionierung zuordnen</translation>
    </message>
    <message>
        <source>Left under Undefined Mappings; map it with Mappings ▸ Define Additional Mapping.</source>
        <translation>Verbleibt unter „Nicht definierte Zuordnungen“; ordnen Sie es mit Zuordnungen ▸ Zusätzliche Zuordnung definieren zu.</translation>
    </message>
    <message>
        <source>Repository logical drive parameters</source>
        <translation>Parameter des logischen Repository-Laufwerks</translation>
    </message>
    <message>
        <source>&amp;Warn when the repository is</source>
        <translation>&amp;Warnen, wenn das Repository</translation>
    </message>
    <message>
        <source>Percent (%) full</source>
        <translation>Prozent (%) voll ist</translation>
    </message>
    <message>
        <source>When the repository becomes full:</source>
        <translation>Wenn das Repository voll ist:</translation>
    </message>
    <message>
        <source>The point-in-time image is lost; the base logical drive is not affected. Recommended.</source>
        <translation>Das Zeitpunktabbild geht verloren; das logische Basislaufwerk ist nicht betroffen. Empfohlen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attention:&lt;/b&gt; host writes to the base logical drive then fail until the repository&apos;s capacity is increased. Not recommended, and not supported for AIX hosts.</source>
        <translation>&lt;b&gt;Achtung:&lt;/b&gt; Schreibzugriffe von Hosts auf das logische Basislaufwerk schlagen dann fehl, bis die Kapazität des Repositorys erhöht wird. Nicht empfohlen und für AIX-Hosts nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>Copyline::LogicalDrivePropertiesDialog</name>
    <message>
        <source>Logical Drive Properties</source>
        <translation>Eigenschaften des logischen Laufwerks</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This logical drive no longer exists.</source>
        <translation>Dieses logische Laufwerk ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>LUN %1 of %2</source>
        <translation>LUN %1 von %2</translation>
    </message>
    <message>
        <source>Logical drive name</source>
        <translation>Name des logischen Laufwerks</translation>
    </message>
    <message>
        <source>Logical drive ID (WWN)</source>
        <translation>ID des logischen Laufwerks (WWN)</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>logical drive type</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>RAID level</source>
        <translation>RAID-Level</translation>
    </message>
    <message>
        <source>Current owner</source>
        <translation>Aktueller Eigentümer</translation>
    </message>
    <message>
        <source>Preferred owner</source>
        <translation>Bevorzugter Eigentümer</translation>
    </message>
    <message>
        <source>Segment size</source>
        <translation>Segmentgröße</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>LUN mapping</source>
        <translation>LUN-Zuordnung</translation>
    </message>
    <message>
        <source>Host I/O</source>
        <translation>Host-E/A</translation>
    </message>
    <message>
        <source>Read requests</source>
        <translation>Leseanforderungen</translation>
    </message>
    <message>
        <source>Data read</source>
        <translation>Gelesene Daten</translation>
    </message>
    <message>
        <source>Write requests</source>
        <translation>Schreibanforderungen</translation>
    </message>
    <message>
        <source>Data written</source>
        <translation>Geschriebene Daten</translation>
    </message>
    <message>
        <source>Allocated in the volume file</source>
        <translation>In der Datenträgerdatei belegt</translation>
    </message>
    <message>
        <source>FlashCopy Logical Drive Properties</source>
        <translation>Eigenschaften des logischen FlashCopy-Laufwerks</translation>
    </message>
    <message>
        <source>FlashCopy Repository Logical Drive - Properties</source>
        <translation>Logisches FlashCopy-Repository-Laufwerk – Eigenschaften</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status (reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>FlashCopy status</source>
        <translation>FlashCopy-Status</translation>
    </message>
    <message>
        <source>Base logical drive</source>
        <translation>Logisches Basislaufwerk</translation>
    </message>
    <message>
        <source>Repository logical drive</source>
        <translation>Logisches Repository-Laufwerk</translation>
    </message>
    <message>
        <source>Creation timestamp</source>
        <translation>Erstellungszeitpunkt</translation>
    </message>
    <message>
        <source>FlashCopy logical drive</source>
        <translation>Logisches FlashCopy-Laufwerk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>FlashCopy (status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>FlashCopy logical drives</source>
        <translation>Logische FlashCopy-Laufwerke</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Read rate</source>
        <translation>Leserate</translation>
    </message>
    <message>
        <source>Write rate</source>
        <translation>Schreibrate</translation>
    </message>
    <message>
        <source>Mirroring</source>
        <translation>Spiegelung</translation>
    </message>
    <message>
        <source>Usable capacity</source>
        <translation>Nutzbare Kapazität</translation>
    </message>
    <message>
        <source>%1 (the mirrored pair&apos;s smaller drive)</source>
        <translation>%1 (das kleinere Laufwerk des Spiegelpaars)</translation>
    </message>
    <message>
        <source>Modification operation</source>
        <translation>Änderungsvorgang</translation>
    </message>
    <message>
        <source>Capacity being added</source>
        <translation>Hinzukommende Kapazität</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Prozent abgeschlossen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Modification priority</source>
        <translation>Änderungspriorität</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 läuft</translation>
    </message>
</context>
<context>
    <name>Copyline::LogicalPhysicalView</name>
    <message>
        <source>Logical view</source>
        <translation>Logische Ansicht</translation>
    </message>
    <message>
        <source>Logical</source>
        <translation>Logisch</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physisch</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
</context>
<context>
    <name>Copyline::LogicalTreeModel</name>
    <message>
        <source>Logical</source>
        <translation>Logisch</translation>
    </message>
    <message numerus="yes">
        <source>%n unassigned drive(s), %1 in total.
Use Array ▸ Create to build an array from them.</source>
        <translation>
            <numerusform>%n nicht zugeordnetes Laufwerk, insgesamt %1.
Mit Array ▸ Erstellen bauen Sie daraus ein Array.</numerusform>
            <numerusform>%n nicht zugeordnete Laufwerke, insgesamt %1.
Mit Array ▸ Erstellen bauen Sie daraus ein Array.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Capacity: %2, free: %3
Drives: %4
Status: %5</source>
        <translation>%1
Kapazität: %2, frei: %3
Laufwerke: %4
Status: %5</translation>
    </message>
    <message>
        <source>Unallocated space in %1.
Use Logical Drive ▸ Create to use it.</source>
        <translation>Nicht zugeordneter Speicherplatz in %1.
Mit Logisches Laufwerk ▸ Erstellen nutzen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>Copyline::MainWindow</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the storage subsystem</source>
        <translation>Speichersubsystem umbenennen</translation>
    </message>
    <message>
        <source>&amp;List…</source>
        <translation>&amp;Auflisten…</translation>
    </message>
    <message>
        <source>List the premium features and the feature enable identifier</source>
        <translation>Premium-Features und Feature-Aktivierungs-ID auflisten</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Freischalten…</translation>
    </message>
    <message>
        <source>Enable a premium feature with its key file</source>
        <translation>Ein Premium-Feature mit seiner Schlüsseldatei freischalten</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>Freischaltung a&amp;ufheben…</translation>
    </message>
    <message>
        <source>Disable a premium feature</source>
        <translation>Freischaltung eines Premium-Features aufheben</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>E&amp;igenschaften</translation>
    </message>
    <message>
        <source>Show the properties of the storage subsystem</source>
        <translation>Eigenschaften des Speichersubsystems anzeigen</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Logical/Physical</source>
        <translation>&amp;Logisch/Physisch</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>&amp;Zuordnungen</translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation>&amp;Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Host &amp;Group…</source>
        <translation>Host&amp;gruppe…</translation>
    </message>
    <message>
        <source>&amp;Host…</source>
        <translation>H&amp;ost…</translation>
    </message>
    <message>
        <source>Host &amp;Port…</source>
        <translation>Host-&amp;Port…</translation>
    </message>
    <message>
        <source>Define &amp;Additional Mapping…</source>
        <translation>&amp;Zusätzliche Zuordnung definieren…</translation>
    </message>
    <message>
        <source>Map a logical drive to a host or host group with a LUN</source>
        <translation>Ein logisches Laufwerk mit einer LUN einem Host oder einer Hostgruppe zuordnen</translation>
    </message>
    <message>
        <source>Remove &amp;Mapping…</source>
        <translation>Zuordnung &amp;entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Entfe&amp;rnen…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <source>Create an array (Logical Drive Group) from unassigned drives</source>
        <translation>Ein Array (Gruppe logischer Laufwerke) aus nicht zugeordneten Laufwerken erstellen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Create a logical drive in the free capacity of an array</source>
        <translation>Ein logisches Laufwerk in der freien Kapazität eines Arrays erstellen</translation>
    </message>
    <message>
        <source>&amp;Increase Capacity…</source>
        <translation>&amp;Kapazität erhöhen…</translation>
    </message>
    <message>
        <source>Add free capacity of the array to the logical drive</source>
        <translation>Freie Kapazität des Arrays zum logischen Laufwerk hinzufügen</translation>
    </message>
    <message>
        <source>Delete the logical drive and all of its data</source>
        <translation>Das logische Laufwerk und alle seine Daten löschen</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>Zuordnung &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;About Copyline</source>
        <translation>&amp;Über Copyline</translation>
    </message>
    <message>
        <source>&amp;Storage Subsystem</source>
        <translation>&amp;Speichersubsystem</translation>
    </message>
    <message>
        <source>Premium &amp;Features</source>
        <translation>Premium-&amp;Features</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Define</source>
        <translation>&amp;Definieren</translation>
    </message>
    <message>
        <source>&amp;Array</source>
        <translation>A&amp;rray</translation>
    </message>
    <message>
        <source>&amp;Logical Drive</source>
        <translation>&amp;Logisches Laufwerk</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Ownership/Preferred Path</source>
        <translation>&amp;Eigentümer/Bevorzugter Pfad</translation>
    </message>
    <message>
        <source>&amp;Drive</source>
        <translation>La&amp;ufwerk</translation>
    </message>
    <message>
        <source>&amp;Hot Spare Coverage</source>
        <translation>&amp;Hot-Spare-Abdeckung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Remove the mapping of logical drive &quot;%1&quot; (LUN %2 of %3)?

The hosts of that partition lose access to the logical drive.</source>
        <translation>Zuordnung des logischen Laufwerks „%1“ (LUN %2 von %3) entfernen?

Die Hosts dieser Partition verlieren den Zugriff auf das logische Laufwerk.</translation>
    </message>
    <message>
        <source>Remove Mapping</source>
        <translation>Zuordnung entfernen</translation>
    </message>
    <message>
        <source>Remove host &quot;%1&quot; with its host ports and its LUN mappings?</source>
        <translation>Host „%1“ mit seinen Host-Ports und seinen LUN-Zuordnungen entfernen?</translation>
    </message>
    <message>
        <source>Remove host group &quot;%1&quot; and its LUN mappings?</source>
        <translation>Hostgruppe „%1“ und ihre LUN-Zuordnungen entfernen?</translation>
    </message>
    <message>
        <source>Remove host port %1?</source>
        <translation>Host-Port %1 entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete Array</source>
        <translation>Array löschen</translation>
    </message>
    <message>
        <source>Deleting %1 returns its drives to unconfigured capacity. An array that still holds logical drives cannot be deleted.</source>
        <translation>Durch das Löschen von %1 werden seine Laufwerke wieder zu nicht konfigurierter Kapazität. Ein Array, das noch logische Laufwerke enthält, kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Change Ownership</source>
        <translation>Eigentümer ändern</translation>
    </message>
    <message>
        <source>Deleting logical drive &quot;%1&quot; (%2) destroys all of its data. Its capacity returns to the free capacity of %3.</source>
        <translation>Durch das Löschen des logischen Laufwerks „%1“ (%2) werden alle seine Daten vernichtet. Seine Kapazität geht an die freie Kapazität von %3 zurück.</translation>
    </message>
    <message>
        <source>Its mapping (LUN %1 of %2) is removed: stop all host I/O to it first.</source>
        <translation>Seine Zuordnung (LUN %1 von %2) wird entfernt: Stoppen Sie zuerst alle Host-E/A-Vorgänge auf diesem Laufwerk.</translation>
    </message>
    <message>
        <source>Delete Logical Drives</source>
        <translation>Logische Laufwerke löschen</translation>
    </message>
    <message>
        <source>Hot Spare Coverage</source>
        <translation>Hot-Spare-Abdeckung</translation>
    </message>
    <message>
        <source>About Copyline</source>
        <translation>Über Copyline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Copyline %1&lt;/h3&gt;&lt;p&gt;A console for storage copy services — FlashCopy, VolumeCopy and remote mirroring — over simulated DS4000 storage subsystems whose volumes hold real bytes.&lt;/p&gt;&lt;p&gt;Engine: %2&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Copyline %1&lt;/h3&gt;&lt;p&gt;Eine Konsole für Kopierservices – FlashCopy, VolumeCopy und Fernspiegelung – über simulierten DS4000-Speichersubsystemen, deren Datenträger echte Bytes enthalten.&lt;/p&gt;&lt;p&gt;Engine: %2&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Copyline</source>
        <translation>Copyline</translation>
    </message>
    <message>
        <source>Storage subsystems</source>
        <translation>Speichersubsysteme</translation>
    </message>
    <message>
        <source>Storage Subsystems</source>
        <translation>Speichersubsysteme</translation>
    </message>
    <message>
        <source>Logical/Physical</source>
        <translation>Logisch/Physisch</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Opening workspace…

%1</source>
        <translation>Arbeitsbereich wird geöffnet…

%1</translation>
    </message>
    <message>
        <source>Opening workspace %1…</source>
        <translation>Arbeitsbereich %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>Connection Lost</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation>Lei&amp;stung</translation>
    </message>
    <message>
        <source>Show the host I/O rate of every logical drive</source>
        <translation>Host-E/A-Rate jedes logischen Laufwerks anzeigen</translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>R&amp;e-create…</source>
        <translation>&amp;Neu erstellen…</translation>
    </message>
    <message>
        <source>Copy &amp;Manager…</source>
        <translation>Kopier&amp;manager…</translation>
    </message>
    <message>
        <source>Show every VolumeCopy pair with its progress; re-copy, stop, remove, change priority and target permissions</source>
        <translation>Jedes VolumeCopy-Paar mit seinem Fortschritt anzeigen; erneut kopieren, stoppen, entfernen, Priorität und Zielberechtigungen ändern</translation>
    </message>
    <message>
        <source>&amp;Source Logical Drive</source>
        <translation>Logisches &amp;Quelllaufwerk</translation>
    </message>
    <message>
        <source>&amp;Target Logical Drive</source>
        <translation>Logisches &amp;Ziellaufwerk</translation>
    </message>
    <message>
        <source>Host &amp;Workloads…</source>
        <translation>&amp;Host-Arbeitslasten…</translation>
    </message>
    <message>
        <source>Start, pause and stop simulated hosts reading and writing their mapped logical drives</source>
        <translation>Simulierte Hosts starten, anhalten und stoppen, die ihre zugeordneten logischen Laufwerke lesen und schreiben</translation>
    </message>
    <message>
        <source>Host I/O &amp;Server…</source>
        <translation>Host-E/A-&amp;Server…</translation>
    </message>
    <message>
        <source>Settings of the NBD server that serves mapped logical drives to real clients, and its exports</source>
        <translation>Einstellungen des NBD-Servers, der zugeordnete logische Laufwerke für echte Clients bereitstellt, und seine Exporte</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;FlashCopy</source>
        <translation>&amp;FlashCopy</translation>
    </message>
    <message>
        <source>&amp;VolumeCopy</source>
        <translation>&amp;VolumeCopy</translation>
    </message>
    <message>
        <source>Select the logical drive or FlashCopy repository to grow.</source>
        <translation>Wählen Sie das logische Laufwerk oder FlashCopy-Repository aus, das vergrößert werden soll.</translation>
    </message>
    <message>
        <source>A FlashCopy logical drive has its base&apos;s capacity; increase its repository instead.</source>
        <translation>Ein logisches FlashCopy-Laufwerk hat die Kapazität seiner Basis; erhöhen Sie stattdessen sein Repository.</translation>
    </message>
    <message>
        <source>Mirror repository logical drives cannot be expanded.</source>
        <translation>Logische Spiegelrepository-Laufwerke können nicht erweitert werden.</translation>
    </message>
    <message>
        <source>%1 is the base of FlashCopy logical drives, which cannot grow with it; delete them first.</source>
        <translation>%1 ist die Basis logischer FlashCopy-Laufwerke, die nicht mitwachsen können; löschen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>%1 has no free capacity.</source>
        <translation>%1 hat keine freie Kapazität.</translation>
    </message>
    <message>
        <source>Add free capacity of its array to the FlashCopy repository</source>
        <translation>Freie Kapazität seines Arrays zum FlashCopy-Repository hinzufügen</translation>
    </message>
    <message>
        <source>Create a FlashCopy logical drive: a point-in-time image of %1</source>
        <translation>Ein logisches FlashCopy-Laufwerk erstellen: ein Zeitpunktabbild von %1</translation>
    </message>
    <message>
        <source>Select a FlashCopy logical drive.</source>
        <translation>Wählen Sie ein logisches FlashCopy-Laufwerk aus.</translation>
    </message>
    <message>
        <source>Stop copy-on-write for %1; it keeps its repository and mappings until it is re-created</source>
        <translation>Copy-on-Write für %1 stoppen; Repository und Zuordnungen bleiben erhalten, bis es neu erstellt wird</translation>
    </message>
    <message>
        <source>Only an optimal FlashCopy can be disabled; %1 is %2.</source>
        <translation>Nur eine optimale FlashCopy kann deaktiviert werden; %1 ist %2.</translation>
    </message>
    <message>
        <source>Take a new point-in-time image for %1; the current image is discarded</source>
        <translation>Ein neues Zeitpunktabbild für %1 erstellen; das aktuelle Abbild wird verworfen</translation>
    </message>
    <message>
        <source>Copy all data of %1 onto another logical drive</source>
        <translation>Alle Daten von %1 auf ein anderes logisches Laufwerk kopieren</translation>
    </message>
    <message>
        <source>No storage subsystem is shown.</source>
        <translation>Es wird kein Speichersubsystem angezeigt.</translation>
    </message>
    <message>
        <source>Select %1, the source of the copy to %2</source>
        <translation>%1 auswählen, die Quelle der Kopie nach %2</translation>
    </message>
    <message>
        <source>Select the target logical drive of a VolumeCopy in the Logical view.</source>
        <translation>Wählen Sie das logische Ziellaufwerk einer VolumeCopy in der logischen Ansicht aus.</translation>
    </message>
    <message>
        <source>Select %1, the target of the copy from %2</source>
        <translation>%1 auswählen, das Ziel der Kopie von %2</translation>
    </message>
    <message>
        <source>Select the source logical drive of a VolumeCopy in the Logical view.</source>
        <translation>Wählen Sie das logische Quelllaufwerk einer VolumeCopy in der logischen Ansicht aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the repository of FlashCopy logical drive &quot;%2&quot;, which is deleted with it.</source>
        <translation>„%1“ ist das Repository des logischen FlashCopy-Laufwerks „%2“, das mit ihm gelöscht wird.</translation>
    </message>
    <message>
        <source>Deleting FlashCopy logical drive &quot;%1&quot; also deletes its repository &quot;%2&quot; (%3): the point-in-time image of &quot;%4&quot; and everything written to the FlashCopy are destroyed. The capacity returns to the free capacity of %5. The base logical drive is not affected.</source>
        <translation>Durch das Löschen des logischen FlashCopy-Laufwerks „%1“ wird auch sein Repository „%2“ (%3) gelöscht: Das Zeitpunktabbild von „%4“ und alles, was auf die FlashCopy geschrieben wurde, werden vernichtet. Die Kapazität geht an die freie Kapazität von %5 zurück. Das logische Basislaufwerk ist nicht betroffen.</translation>
    </message>
    <message>
        <source>Delete FlashCopy Logical Drive</source>
        <translation>Logisches FlashCopy-Laufwerk löschen</translation>
    </message>
    <message numerus="yes">
        <source>It is the base of %n FlashCopy logical drive(s), which are deleted with it, with their repositories: %1.</source>
        <translation>
            <numerusform>Es ist die Basis von %n logischem FlashCopy-Laufwerk, das mit seinem Repository ebenfalls gelöscht wird: %1.</numerusform>
            <numerusform>Es ist die Basis von %n logischen FlashCopy-Laufwerken, die mit ihren Repositorys ebenfalls gelöscht werden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create FlashCopy Logical Drive</source>
        <translation>Logisches FlashCopy-Laufwerk erstellen</translation>
    </message>
    <message>
        <source>The console is not connected to an engine.</source>
        <translation>Die Konsole ist mit keiner Engine verbunden.</translation>
    </message>
    <message>
        <source>Disabling FlashCopy logical drive &quot;%1&quot; stops copy-on-write from its base &quot;%2&quot;: the FlashCopy cannot be used until it is re-created. Its repository &quot;%3&quot; and its mappings are kept, and the other FlashCopies of the base keep working.</source>
        <translation>Durch das Deaktivieren des logischen FlashCopy-Laufwerks „%1“ wird das Copy-on-Write von seiner Basis „%2“ gestoppt: Die FlashCopy kann erst nach dem Neuerstellen wieder verwendet werden. Ihr Repository „%3“ und ihre Zuordnungen bleiben erhalten, und die anderen FlashCopies der Basis arbeiten weiter.</translation>
    </message>
    <message>
        <source>Disable FlashCopy Logical Drive</source>
        <translation>Logisches FlashCopy-Laufwerk deaktivieren</translation>
    </message>
    <message>
        <source>Re-creating FlashCopy logical drive &quot;%1&quot; takes a new point-in-time image of &quot;%2&quot;. The current image is discarded: everything in repository &quot;%3&quot; is deleted, including data written to the FlashCopy. Its name, repository, settings and mappings are kept.

Stop host I/O to the base and flush the host&apos;s caches first.</source>
        <translation>Durch das Neuerstellen des logischen FlashCopy-Laufwerks „%1“ wird ein neues Zeitpunktabbild von „%2“ erstellt. Das aktuelle Abbild wird verworfen: Alles im Repository „%3“ wird gelöscht, auch auf die FlashCopy geschriebene Daten. Name, Repository, Einstellungen und Zuordnungen bleiben erhalten.

Stoppen Sie zuerst die Host-E/A auf die Basis, und leeren Sie die Caches des Hosts.</translation>
    </message>
    <message>
        <source>It failed: %1.</source>
        <translation>Fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Re-create FlashCopy Logical Drive</source>
        <translation>Logisches FlashCopy-Laufwerk neu erstellen</translation>
    </message>
    <message>
        <source>Create Copy</source>
        <translation>Kopie erstellen</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Host I/O of the storage subsystem</source>
        <translation>Host-E/A des Speichersubsystems</translation>
    </message>
    <message>
        <source>Host I/O: idle</source>
        <translation>Host-E/A: inaktiv</translation>
    </message>
    <message>
        <source>Host I/O: read %1 MB/s, write %2 MB/s</source>
        <comment>status bar</comment>
        <translation>Host-E/A: Lesen %1 MB/s, Schreiben %2 MB/s</translation>
    </message>
    <message>
        <source>Host I/O of all logical drives of the storage subsystem; View ▸ Performance shows each logical drive</source>
        <translation>Host-E/A aller logischen Laufwerke des Speichersubsystems; Ansicht ▸ Leistung zeigt jedes logische Laufwerk</translation>
    </message>
    <message>
        <source>Remote &amp;Mirroring</source>
        <translation>Fern&amp;spiegelung</translation>
    </message>
    <message>
        <source>&amp;Remote Mirroring</source>
        <translation>Fern&amp;spiegelung</translation>
    </message>
    <message>
        <source>VolumeCopy %1 to %2: Copy In Progress (%3% complete)</source>
        <translation>VolumeCopy %1 nach %2: Kopie läuft (%3 % abgeschlossen)</translation>
    </message>
    <message>
        <source>VolumeCopy %1 to %2: Copy Pending</source>
        <translation>VolumeCopy %1 nach %2: Kopie ausstehend</translation>
    </message>
    <message>
        <source>Mirrored pair %1: Synchronization-in-Progress (%2% complete)</source>
        <translation>Gespiegeltes Paar %1: Synchronisation läuft (%2 % abgeschlossen)</translation>
    </message>
    <message>
        <source>Host %1: workload paused</source>
        <translation>Host %1: Arbeitslast angehalten</translation>
    </message>
    <message>
        <source>Host %1: workload running</source>
        <translation>Host %1: Arbeitslast läuft</translation>
    </message>
    <message numerus="yes">
        <source>Host I/O server: %n connection(s) from hosts over NBD</source>
        <translation>
            <numerusform>Host-E/A-Server: %n Verbindung von Hosts über NBD</numerusform>
            <numerusform>Host-E/A-Server: %n Verbindungen von Hosts über NBD</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm Exit</source>
        <translation>Beenden bestätigen</translation>
    </message>
    <message>
        <source>The following operations are in progress on this console&apos;s storage subsystems:

%1</source>
        <translation>Auf den Speichersubsystemen dieser Konsole laufen folgende Vorgänge:

%1</translation>
    </message>
    <message>
        <source>Keep Running in Background hands the workspace to the Copyline engine (copylined), which continues them; start the console again to attach to it.

Stop and Quit stops them until the workspace is opened again. Hosts connected over NBD are disconnected either way and must reconnect.</source>
        <translation>„Im Hintergrund weiterlaufen lassen“ übergibt den Arbeitsbereich an die Copyline-Engine (copylined), die sie fortsetzt; starten Sie die Konsole erneut, um sich mit ihr zu verbinden.

„Anhalten und beenden“ hält sie an, bis der Arbeitsbereich wieder geöffnet wird. Über NBD verbundene Hosts werden in beiden Fällen getrennt und müssen sich neu verbinden.</translation>
    </message>
    <message>
        <source>Keep Running in Background</source>
        <translation>Im Hintergrund weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Anhalten und beenden</translation>
    </message>
    <message>
        <source>Exit closes the workspace with the console; while copies, mirrors or workloads run it asks whether to keep them running in the background (copylined)</source>
        <translation>Beenden schließt den Arbeitsbereich mit der Konsole; laufen Kopien, Spiegel oder Arbeitslasten, wird gefragt, ob sie im Hintergrund (copylined) weiterlaufen sollen</translation>
    </message>
    <message>
        <source>Exit detaches the console; copylined keeps running the workspace and its copies</source>
        <translation>Beenden trennt nur die Konsole; copylined führt den Arbeitsbereich und seine Kopien weiter</translation>
    </message>
    <message>
        <source>Persistent &amp;Reservations…</source>
        <translation>Persistente &amp;Reservierungen…</translation>
    </message>
    <message>
        <source>Show and clear the reservations hosts hold on logical drives (a reserved drive cannot be copied)</source>
        <translation>Reservierungen von Hosts auf logischen Laufwerken anzeigen und löschen (ein reserviertes Laufwerk kann nicht kopiert werden)</translation>
    </message>
    <message>
        <source>Adva&amp;nced</source>
        <translation>Erwe&amp;itert</translation>
    </message>
    <message>
        <source>&amp;Sessions…</source>
        <translation>&amp;Sitzungen…</translation>
    </message>
    <message>
        <source>Copy Services Manager: sessions of copy sets over the storage systems, their role pairs, commands and console messages</source>
        <translation>Copy Services Manager: Sitzungen aus Kopiersätzen über die Speichersysteme, ihre Rollenpaare, Befehle und Konsolmeldungen</translation>
    </message>
    <message>
        <source>&amp;Copy Services Manager</source>
        <translation>&amp;Copy Services Manager</translation>
    </message>
    <message>
        <source>Recovery &amp;Guru…</source>
        <translation>Recovery &amp;Guru…</translation>
    </message>
    <message>
        <source>Show why the storage subsystem Needs Attention: each problem with its cause and recovery steps</source>
        <translation>Anzeigen, warum das Speichersubsystem einen Eingriff erfordert: jedes Problem mit seiner Ursache und den Wiederherstellungsschritten</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>&amp;Help for This View</source>
        <translation>&amp;Hilfe zu dieser Ansicht</translation>
    </message>
    <message>
        <source>Show the help page of the view in front</source>
        <translation>Die Hilfeseite der vorne liegenden Ansicht anzeigen</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>Show the list of help pages</source>
        <translation>Die Liste der Hilfeseiten anzeigen</translation>
    </message>
    <message>
        <source>Create FlashCopy</source>
        <translation>FlashCopy erstellen</translation>
    </message>
    <message>
        <source>Create VolumeCopy</source>
        <translation>VolumeCopy erstellen</translation>
    </message>
    <message>
        <source>Copy Manager</source>
        <translation>Kopiermanager</translation>
    </message>
    <message>
        <source>Create Remote Mirror</source>
        <translation>Fernspiegel erstellen</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Premium feature enabled: %1 is now enabled on %2.</source>
        <translation>Premium-Feature freigeschaltet: %1 ist jetzt auf %2 freigeschaltet.</translation>
    </message>
    <message>
        <source>The premium feature of the key file is now enabled on %1.</source>
        <translation>Das Premium-Feature der Schlüsseldatei ist jetzt auf %1 freigeschaltet.</translation>
    </message>
    <message>
        <source>Engine Unresponsive: reconnecting…</source>
        <translation>Engine reagiert nicht: Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>%1
The views show the last state the engine sent; commands fail until it answers again. The console reconnects by itself when the engine is back (started again, or the network restored).</source>
        <translation>%1
Die Ansichten zeigen den letzten Stand, den die Engine gesendet hat; Befehle schlagen fehl, bis sie wieder antwortet. Die Konsole verbindet sich selbst wieder, sobald die Engine zurück ist (neu gestartet oder das Netzwerk wiederhergestellt).</translation>
    </message>
    <message>
        <source>Engine Unresponsive: %1 Reconnecting…</source>
        <translation>Engine reagiert nicht: %1 Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Reconnected to %1</source>
        <translation>Wieder verbunden mit %1</translation>
    </message>
    <message>
        <source>Remote &amp;Engines…</source>
        <translation>Ferne &amp;Engines…</translation>
    </message>
    <message>
        <source>A&amp;ttach Engine…</source>
        <translation>Engine a&amp;nbinden…</translation>
    </message>
    <message>
        <source>Manage the storage subsystems of another Copyline engine from this console, over TLS: they are listed under that engine</source>
        <translation>Die Speichersubsysteme einer anderen Copyline-Engine von dieser Konsole aus über TLS verwalten: Sie werden unter dieser Engine aufgeführt</translation>
    </message>
    <message>
        <source>&amp;Detach Engine</source>
        <translation>Engine &amp;trennen</translation>
    </message>
    <message>
        <source>Remove the engine of the selected storage subsystem from this console&apos;s list; the engine and its copies go on</source>
        <translation>Die Engine des ausgewählten Speichersubsystems aus der Liste dieser Konsole entfernen; die Engine und ihre Kopien laufen weiter</translation>
    </message>
    <message>
        <source>&amp;Detach Engine of Site %1</source>
        <translation>Engine des Standorts %1 &amp;trennen</translation>
    </message>
    <message>
        <source>Engine of site %1</source>
        <translation>Engine des Standorts %1</translation>
    </message>
    <message>
        <source>Unresponsive: reconnecting…</source>
        <translation>Reagiert nicht: Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Unresponsive: %1</source>
        <translation>Reagiert nicht: %1</translation>
    </message>
    <message>
        <source>The engines of other sites: register one, and its DS4000, ESS and NEC storage subsystems are shown here read-only to mirror to</source>
        <translation>Die Engines anderer Standorte: Registrieren Sie eine, und ihre DS4000-, ESS- und NEC-Speichersubsysteme werden hier schreibgeschützt angezeigt, um dorthin zu spiegeln</translation>
    </message>
</context>
<context>
    <name>Copyline::MappingsModel</name>
    <message>
        <source>Logical Drive Name</source>
        <translation>Name des logischen Laufwerks</translation>
    </message>
    <message>
        <source>Accessible By</source>
        <translation>Zugriff durch</translation>
    </message>
    <message>
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <source>Logical Drive Capacity</source>
        <translation>Kapazität des logischen Laufwerks</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>logical drive type column</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>%1 is LUN %2 of %3</source>
        <translation>%1 ist LUN %2 von %3</translation>
    </message>
</context>
<context>
    <name>Copyline::MappingsView</name>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Defined mappings</source>
        <translation>Definierte Zuordnungen</translation>
    </message>
    <message>
        <source>Defined Mappings</source>
        <translation>Definierte Zuordnungen</translation>
    </message>
    <message>
        <source>Logical drive, host, LUN or type</source>
        <translation>Logisches Laufwerk, Host, LUN oder Typ</translation>
    </message>
</context>
<context>
    <name>Copyline::MessageBox</name>
    <message>
        <source>Show the equivalent command</source>
        <translation>Den entsprechenden Befehl anzeigen</translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorActions</name>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Aussetzen…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Fortsetzen…</translation>
    </message>
    <message>
        <source>Role to &amp;Primary…</source>
        <translation>Rolle in &amp;primär ändern…</translation>
    </message>
    <message>
        <source>Role to &amp;Secondary…</source>
        <translation>Rolle in &amp;sekundär ändern…</translation>
    </message>
    <message>
        <source>S&amp;ynchronization Settings…</source>
        <translation>S&amp;ynchronisationseinstellungen…</translation>
    </message>
    <message>
        <source>&amp;Write Mode…</source>
        <translation>Schreib&amp;modus…</translation>
    </message>
    <message>
        <source>&amp;Test Communication…</source>
        <translation>Kommunikation &amp;testen…</translation>
    </message>
    <message>
        <source>Re&amp;move Mirror Relationship…</source>
        <translation>Spiegelbeziehung entfe&amp;rnen…</translation>
    </message>
    <message>
        <source>Show every mirrored pair of both storage subsystems with its status and progress</source>
        <translation>Jedes gespiegelte Paar beider Speichersubsysteme mit Status und Fortschritt anzeigen</translation>
    </message>
    <message>
        <source>Remote Mirror &amp;Link…</source>
        <translation>Fernspiegel&amp;verbindung…</translation>
    </message>
    <message>
        <source>Take the paths of a remote mirror link up or down, let them flap, change bandwidth and round trip</source>
        <translation>Die Pfade einer Fernspiegelverbindung aktivieren oder unterbrechen, flattern lassen, Bandbreite und Umlaufzeit ändern</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>The console is not connected to an engine.</source>
        <translation>Die Konsole ist mit keiner Engine verbunden.</translation>
    </message>
    <message>
        <source>Create the mirror repository logical drives and reserve the mirror ports</source>
        <translation>Die logischen Spiegelrepository-Laufwerke erstellen und die Spiegelports reservieren</translation>
    </message>
    <message>
        <source>Delete the mirror repository logical drives and free the mirror ports</source>
        <translation>Die logischen Spiegelrepository-Laufwerke löschen und die Spiegelports freigeben</translation>
    </message>
    <message>
        <source>Mirror %1 to a logical drive of the remote storage subsystem</source>
        <translation>%1 auf ein logisches Laufwerk des fernen Speichersubsystems spiegeln</translation>
    </message>
    <message>
        <source>Stop mirroring %1 and record its writes for a later delta resynchronization</source>
        <translation>Spiegelung von %1 stoppen und seine Schreibzugriffe für eine spätere Delta-Resynchronisation aufzeichnen</translation>
    </message>
    <message>
        <source>Copy the regions of %1 written since mirroring stopped, and mirror again</source>
        <translation>Die seit dem Stopp der Spiegelung geschriebenen Bereiche von %1 kopieren und wieder spiegeln</translation>
    </message>
    <message>
        <source>Select one mirrored logical drive to change its role.</source>
        <translation>Wählen Sie ein gespiegeltes logisches Laufwerk aus, um seine Rolle zu ändern.</translation>
    </message>
    <message>
        <source>Promote %1 to primary; its partner becomes the secondary</source>
        <translation>%1 zum Primärlaufwerk machen; sein Partner wird Sekundärlaufwerk</translation>
    </message>
    <message>
        <source>Demote %1 to secondary; its partner becomes the primary</source>
        <translation>%1 zum Sekundärlaufwerk machen; sein Partner wird Primärlaufwerk</translation>
    </message>
    <message>
        <source>Change the synchronization priority and resynchronization method</source>
        <translation>Synchronisationspriorität und Resynchronisationsmethode ändern</translation>
    </message>
    <message>
        <source>Switch between Metro Mirroring, Global Copy and Global Mirroring</source>
        <translation>Zwischen Metro Mirroring, Global Copy und Global Mirroring wechseln</translation>
    </message>
    <message>
        <source>Select one mirrored logical drive to test.</source>
        <translation>Wählen Sie ein gespiegeltes logisches Laufwerk zum Testen aus.</translation>
    </message>
    <message>
        <source>Measure the round trip to the remote storage subsystem over the mirror path of %1</source>
        <translation>Die Umlaufzeit zum fernen Speichersubsystem über den Spiegelpfad von %1 messen</translation>
    </message>
    <message>
        <source>Remove mirror relationships of this storage subsystem; the data stays</source>
        <translation>Spiegelbeziehungen dieses Speichersubsystems entfernen; die Daten bleiben erhalten</translation>
    </message>
    <message>
        <source>No remote mirror link exists yet: links connect storage subsystems once Remote Logical Drive Mirroring is activated on both.</source>
        <translation>Es gibt noch keine Fernspiegelverbindung: Verbindungen verbinden Speichersubsysteme, sobald die Fernspiegelung logischer Laufwerke auf beiden aktiviert ist.</translation>
    </message>
    <message>
        <source>Deactivate Remote Logical Drive Mirroring on %1?

Both mirror repository logical drives are deleted and host port 2 of each controller returns to host use. Mirrors can be created again only after a new activation.</source>
        <translation>Fernspiegelung logischer Laufwerke auf %1 deaktivieren?

Beide logischen Spiegelrepository-Laufwerke werden gelöscht, und Host-Port 2 jedes Controllers steht wieder Hosts zur Verfügung. Spiegel können erst nach einer erneuten Aktivierung wieder erstellt werden.</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Deactivate Remote Logical Drive Mirroring</source>
        <translation>Fernspiegelung logischer Laufwerke deaktivieren</translation>
    </message>
    <message>
        <source>Make %1 on %2 the primary to resolve the Dual Secondary condition? %3 on %4 stays the secondary, and the regions written on either side since the roles split are copied from %2 to %4.</source>
        <translation>%1 auf %2 zum Primärlaufwerk machen, um den Zustand „Doppelt sekundär“ zu beheben? %3 auf %4 bleibt Sekundärlaufwerk, und die Bereiche, die seit der Rollentrennung auf einer der beiden Seiten geschrieben wurden, werden von %2 nach %4 kopiert.</translation>
    </message>
    <message>
        <source>Make %1 on %2 the secondary to resolve the Dual Primary condition? %3 on %4 stays the primary, and the regions written on either side since the roles split are copied from %4 to %2; what was written to %1 since then is overwritten.</source>
        <translation>%1 auf %2 zum Sekundärlaufwerk machen, um den Zustand „Doppelt primär“ zu beheben? %3 auf %4 bleibt Primärlaufwerk, und die Bereiche, die seit der Rollentrennung auf einer der beiden Seiten geschrieben wurden, werden von %4 nach %2 kopiert; was seitdem auf %1 geschrieben wurde, wird überschrieben.</translation>
    </message>
    <message>
        <source>Change %1 on %2 to the primary role?

%3 on %4 becomes the secondary, and data is then copied from %2 to %4. Hosts mapped to %1 can read and write it; hosts using %3 can no longer write to it and must be restarted if they had the same LUN mapping.</source>
        <translation>%1 auf %2 in die primäre Rolle wechseln?

%3 auf %4 wird Sekundärlaufwerk, und die Daten werden dann von %2 nach %4 kopiert. Hosts, denen %1 zugeordnet ist, können es lesen und beschreiben; Hosts, die %3 verwenden, können nicht mehr darauf schreiben und müssen neu gestartet werden, wenn sie dieselbe LUN-Zuordnung hatten.</translation>
    </message>
    <message>
        <source>Change %1 on %2 to the secondary role?

%3 on %4 becomes the primary, and data is then copied from %4 to %2. Hosts can no longer write to %1 (they may still read it); its FlashCopy logical drives fail until it is promoted again, and VolumeCopies from it that are in progress or pending fail. Stop host I/O to %1 and unmount its file systems first.</source>
        <translation>%1 auf %2 in die sekundäre Rolle wechseln?

%3 auf %4 wird Primärlaufwerk, und die Daten werden dann von %4 nach %2 kopiert. Hosts können nicht mehr auf %1 schreiben (lesen können sie es weiterhin); seine logischen FlashCopy-Laufwerke schlagen fehl, bis es wieder zum Primärlaufwerk wird, und laufende oder ausstehende VolumeCopies von ihm schlagen fehl. Stoppen Sie zuerst die Host-E/A auf %1, und hängen Sie seine Dateisysteme ab.</translation>
    </message>
    <message>
        <source>Change to Primary</source>
        <translation>In primär ändern</translation>
    </message>
    <message>
        <source>Change to Secondary</source>
        <translation>In sekundär ändern</translation>
    </message>
    <message>
        <source>Proceeding anyway makes %1 a primary without demoting %2, which stays a primary too: a Dual Primary condition (&quot;Dual-role conflict detected&quot;). Both logical drives then take host writes and differ; once the storage subsystems communicate, change the role of one of them to resolve it.</source>
        <translation>Wenn Sie trotzdem fortfahren, wird %1 zum Primärlaufwerk, ohne dass %2 herabgestuft wird, das ebenfalls Primärlaufwerk bleibt: ein Zustand „Doppelt primär“ („Konflikt durch doppelte Rolle erkannt“). Beide logischen Laufwerke nehmen dann Host-Schreibzugriffe an und weichen voneinander ab; sobald die Speichersubsysteme kommunizieren, ändern Sie die Rolle eines der beiden, um den Zustand zu beheben.</translation>
    </message>
    <message>
        <source>Proceeding anyway makes %1 a secondary without promoting %2, which stays a secondary too: a Dual Secondary condition (&quot;Dual-role conflict detected&quot;). Hosts can then write to neither; once the storage subsystems communicate, change the role of one of them to resolve it.</source>
        <translation>Wenn Sie trotzdem fortfahren, wird %1 zum Sekundärlaufwerk, ohne dass %2 heraufgestuft wird, das ebenfalls Sekundärlaufwerk bleibt: ein Zustand „Doppelt sekundär“ („Konflikt durch doppelte Rolle erkannt“). Hosts können dann auf keines der beiden schreiben; sobald die Speichersubsysteme kommunizieren, ändern Sie die Rolle eines der beiden, um den Zustand zu beheben.</translation>
    </message>
    <message>
        <source>%1

%2

Proceed anyway?</source>
        <translation>%1

%2

Trotzdem fortfahren?</translation>
    </message>
    <message>
        <source>&amp;Proceed Anyway</source>
        <translation>&amp;Trotzdem fortfahren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Verify Mirror…</source>
        <translation>Spiegel &amp;überprüfen…</translation>
    </message>
    <message>
        <source>Select one mirrored logical drive to verify.</source>
        <translation>Wählen Sie ein gespiegeltes logisches Laufwerk zum Überprüfen aus.</translation>
    </message>
    <message>
        <source>Compare %1 with its secondary grain by grain while hosts keep writing</source>
        <translation>%1 Grain für Grain mit seinem sekundären Laufwerk vergleichen, während Hosts weiter schreiben</translation>
    </message>
    <message>
        <source>Verify Mirror</source>
        <translation>Spiegel überprüfen</translation>
    </message>
    <message>
        <source>Compare %1 with its secondary %2 grain by grain? Hosts keep writing meanwhile; both drives are read once. Grains found different can be resynchronized from the primary at once (Verify and Repair) or only reported (Verify).</source>
        <translation>%1 Grain für Grain mit dem sekundären Laufwerk %2 vergleichen? Hosts schreiben währenddessen weiter; beide Laufwerke werden einmal gelesen. Abweichende Grains können sofort vom primären Laufwerk neu synchronisiert (Überprüfen und reparieren) oder nur gemeldet werden (Überprüfen).</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Ü&amp;berprüfen</translation>
    </message>
    <message>
        <source>Verify and &amp;Repair</source>
        <translation>Überprüfen und &amp;reparieren</translation>
    </message>
    <message numerus="yes">
        <source>%1: the %n compared grain(s) are identical on both sides.</source>
        <translation>
            <numerusform>%1: Das %n verglichene Grain ist auf beiden Seiten identisch.</numerusform>
            <numerusform>%1: Die %n verglichenen Grains sind auf beiden Seiten identisch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n grain(s) differ between the primary and the secondary.</source>
        <translation>
            <numerusform>%1: %n Grain unterscheidet sich zwischen primärem und sekundärem Laufwerk.</numerusform>
            <numerusform>%1: %n Grains unterscheiden sich zwischen primärem und sekundärem Laufwerk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grain(s) were not compared: recorded out of sync or being written.</source>
        <translation>
            <numerusform>%n Grain wurde nicht verglichen: als nicht synchron erfasst oder gerade beschrieben.</numerusform>
            <numerusform>%n Grains wurden nicht verglichen: als nicht synchron erfasst oder gerade beschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are being resynchronized from the primary.</source>
        <translation>Sie werden vom primären Laufwerk neu synchronisiert.</translation>
    </message>
    <message>
        <source>Verify again with Repair to resynchronize them.</source>
        <translation>Überprüfen Sie erneut mit Reparieren, um sie neu zu synchronisieren.</translation>
    </message>
    <message>
        <source>Remote M&amp;irrors…</source>
        <translation>Fern&amp;spiegel…</translation>
    </message>
    <message>
        <source>%1 is served by the engine of site %2: that engine takes the primary role, asking this one to step down first, and the roles show here a moment later.</source>
        <translation>%1 wird von der Engine des Standorts %2 bedient: Diese Engine übernimmt die primäre Rolle, bittet diese zuerst zurückzutreten, und die Rollen erscheinen hier einen Moment später.</translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorIntroductionPage</name>
    <message>
        <source>Create Remote Mirror - Introduction</source>
        <translation>Fernspiegel erstellen – Einführung</translation>
    </message>
    <message>
        <source>A remote mirror keeps a secondary logical drive on another storage subsystem a copy of a primary logical drive.</source>
        <translation>Ein Fernspiegel hält ein sekundäres logisches Laufwerk auf einem anderen Speichersubsystem als Kopie eines primären logischen Laufwerks.</translation>
    </message>
    <message>
        <source>Before you start: Remote Logical Drive Mirroring must be &lt;b&gt;Enabled/Activated on both storage subsystems&lt;/b&gt;, which are cabled through their mirror ports; the secondary must be a standard logical drive at least as large as the primary, in no other mirror relationship and not the base of a FlashCopy. Create primary and secondary on the same preferred controller. A full synchronization then copies the primary to the secondary; the primary stays fully accessible.</source>
        <translation>Bevor Sie beginnen: Die Fernspiegelung logischer Laufwerke muss &lt;b&gt;auf beiden Speichersubsystemen freigeschaltet/aktiviert&lt;/b&gt; sein, die über ihre Spiegelports verkabelt sind; das Sekundärlaufwerk muss ein logisches Standardlaufwerk sein, mindestens so groß wie das Primärlaufwerk, in keiner anderen Spiegelbeziehung und nicht die Basis einer FlashCopy. Erstellen Sie Primär- und Sekundärlaufwerk auf demselben bevorzugten Controller. Eine vollständige Synchronisation kopiert dann das Primärlaufwerk auf das Sekundärlaufwerk; das Primärlaufwerk bleibt uneingeschränkt zugänglich.</translation>
    </message>
    <message>
        <source>&amp;Select the primary logical drive:</source>
        <translation>Primäres logisches Laufwerk &amp;auswählen:</translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>Logisches Laufwerk</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Primary logical drives</source>
        <translation>Primäre logische Laufwerke</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorPairModel</name>
    <message>
        <source>Starting</source>
        <comment>synchronization progress</comment>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>progress percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>None</source>
        <comment>out of sync</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>write mode (copy type)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>Flapping (up)</source>
        <comment>link path</comment>
        <translation>Flatternd (aktiv)</translation>
    </message>
    <message>
        <source>Flapping (down)</source>
        <comment>link path</comment>
        <translation>Flatternd (ausgefallen)</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last synchronized</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 on %2 is the primary; %3 on %4 is its secondary.</source>
        <translation>%1 auf %2 ist das Primärlaufwerk; %3 auf %4 ist sein Sekundärlaufwerk.</translation>
    </message>
    <message>
        <source>%1 on %2 is the secondary of %3 on %4: hosts may read it, but not write to it.</source>
        <translation>%1 auf %2 ist das Sekundärlaufwerk von %3 auf %4: Hosts dürfen es lesen, aber nicht darauf schreiben.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>%1 no longer lists this relationship.</source>
        <translation>%1 führt diese Beziehung nicht mehr.</translation>
    </message>
    <message>
        <source>Resynchronization is Automatic: it starts when the storage subsystems communicate again.</source>
        <translation>Die Resynchronisation ist automatisch: Sie beginnt, sobald die Speichersubsysteme wieder kommunizieren.</translation>
    </message>
    <message>
        <source>Needs Attention. Resynchronization is Manual: restore communication, then select Resume.</source>
        <translation>Eingriff erforderlich. Die Resynchronisation ist manuell: Stellen Sie die Kommunikation wieder her, und wählen Sie dann „Fortsetzen“.</translation>
    </message>
    <message>
        <source>Writes to the primary are recorded; Resume copies only the regions written since.</source>
        <translation>Schreibzugriffe auf das Primärlaufwerk werden aufgezeichnet; „Fortsetzen“ kopiert nur die seitdem geschriebenen Bereiche.</translation>
    </message>
    <message>
        <source>Needs Attention: change the role of one side once the storage subsystems communicate.</source>
        <translation>Eingriff erforderlich: Ändern Sie die Rolle einer Seite, sobald die Speichersubsysteme kommunizieren.</translation>
    </message>
    <message>
        <source>Needs Attention: remove the mirror relationship on this storage subsystem.</source>
        <translation>Eingriff erforderlich: Entfernen Sie die Spiegelbeziehung auf diesem Speichersubsystem.</translation>
    </message>
    <message>
        <source>What a resynchronization would copy now (regions written since the secondary last confirmed them).</source>
        <translation>Was eine Resynchronisation jetzt kopieren würde (Bereiche, die geschrieben wurden, seit das Sekundärlaufwerk sie zuletzt bestätigt hat).</translation>
    </message>
    <message>
        <source>Path of controller %1 (controller %1 talks only to controller %1 of %2)</source>
        <translation>Pfad von Controller %1 (Controller %1 kommuniziert nur mit Controller %1 von %2)</translation>
    </message>
    <message>
        <source>When the secondary last held exactly the primary&apos;s data: the recovery point.</source>
        <translation>Wann das Sekundärlaufwerk zuletzt genau die Daten des Primärlaufwerks hatte: der Wiederherstellungspunkt.</translation>
    </message>
    <message>
        <source>Automatic: after a link interruption the pair resynchronizes by itself.</source>
        <translation>Automatisch: Nach einer Verbindungsunterbrechung resynchronisiert sich das Paar selbst.</translation>
    </message>
    <message>
        <source>Manual (recommended): after a link interruption the pair waits for Resume.</source>
        <translation>Manuell (empfohlen): Nach einer Verbindungsunterbrechung wartet das Paar auf „Fortsetzen“.</translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>Logisches Laufwerk</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>mirror role column</comment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Remote Logical Drive</source>
        <translation>Fernes logisches Laufwerk</translation>
    </message>
    <message>
        <source>Remote Storage Subsystem</source>
        <translation>Fernes Speichersubsystem</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>mirror status column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Out of Sync</source>
        <translation>Nicht synchron</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Time Remaining</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Write Mode</source>
        <translation>Schreibmodus</translation>
    </message>
    <message>
        <source>Resynchronization</source>
        <translation>Resynchronisation</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Last Synchronized</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Synchronization priority: Lowest takes about 8 times as long as Highest.</source>
        <translation>Synchronisationspriorität: „Niedrigste“ dauert etwa 8-mal so lange wie „Höchste“.</translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>synchronization priority column</comment>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorPairsDialog</name>
    <message>
        <source>Select one or more mirrored pairs.</source>
        <translation>Wählen Sie ein oder mehrere gespiegelte Paare aus.</translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Check the mirror, then click Finish to create it; a full synchronization starts at once.</source>
        <translation>Prüfen Sie den Spiegel, und klicken Sie dann auf „Abschließen“, um ihn zu erstellen; eine vollständige Synchronisation beginnt sofort.</translation>
    </message>
    <message>
        <source>Creating the mirror relationship…</source>
        <translation>Die Spiegelbeziehung wird erstellt…</translation>
    </message>
    <message>
        <source>Primary logical drive</source>
        <translation>Primäres logisches Laufwerk</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>drive on subsystem</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Secondary logical drive</source>
        <translation>Sekundäres logisches Laufwerk</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Write mode</source>
        <translation>Schreibmodus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>write mode (copy type)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>Write consistency group</source>
        <translation>Schreibkonsistenzgruppe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Synchronization priority</source>
        <translation>Synchronisationspriorität</translation>
    </message>
    <message>
        <source>Resynchronization method</source>
        <translation>Resynchronisationsmethode</translation>
    </message>
    <message>
        <source>&lt;b&gt;All data on %1 will be overwritten&lt;/b&gt; by a full synchronization from %2. While it is the secondary, hosts can read %1 but not write to it; stop their I/O and unmount its file systems first. %2 stays fully accessible.</source>
        <translation>&lt;b&gt;Alle Daten auf %1 werden durch eine vollständige Synchronisation von %2 überschrieben.&lt;/b&gt; Solange es Sekundärlaufwerk ist, können Hosts %1 lesen, aber nicht darauf schreiben; stoppen Sie zuerst ihre E/A, und hängen Sie seine Dateisysteme ab. %2 bleibt uneingeschränkt zugänglich.</translation>
    </message>
    <message>
        <source>%1 is the base of FlashCopy logical drives: quiesce its host I/O while the mirror is created.</source>
        <translation>%1 ist die Basis logischer FlashCopy-Laufwerke: Halten Sie seine Host-E/A an, während der Spiegel erstellt wird.</translation>
    </message>
    <message>
        <source>%1 is mapped to %2 (LUN %3), which can then only read it.</source>
        <translation>%1 ist %2 als LUN %3 zugeordnet; dort kann es dann nur noch gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorProgressDialog</name>
    <message>
        <source>Mirrored pair</source>
        <translation>Gespiegeltes Paar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>In progress…</source>
        <translation>In Bearbeitung…</translation>
    </message>
    <message>
        <source>Waiting for the storage subsystem…</source>
        <translation>Warten auf das Speichersubsystem…</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorSelectionTable</name>
    <message>
        <source>Logical Drive</source>
        <translation>Logisches Laufwerk</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>mirror role</comment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Remote Logical Drive</source>
        <translation>Fernes logisches Laufwerk</translation>
    </message>
    <message>
        <source>Remote Storage Subsystem</source>
        <translation>Fernes Speichersubsystem</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>mirror status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mirrored pairs</source>
        <translation>Gespiegelte Paare</translation>
    </message>
</context>
<context>
    <name>Copyline::MirroringPropertiesWidget</name>
    <message>
        <source>Synchronization progress</source>
        <translation>Synchronisationsfortschritt</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>mirror role</comment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Remote logical drive</source>
        <translation>Fernes logisches Laufwerk</translation>
    </message>
    <message>
        <source>Remote storage subsystem</source>
        <translation>Fernes Speichersubsystem</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Write mode</source>
        <translation>Schreibmodus</translation>
    </message>
    <message>
        <source>Copy type</source>
        <translation>Kopiertyp</translation>
    </message>
    <message>
        <source>Synchronization priority</source>
        <translation>Synchronisationspriorität</translation>
    </message>
    <message>
        <source>Resynchronization method</source>
        <translation>Resynchronisationsmethode</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>mirror status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Out of sync</source>
        <translation>Nicht synchron</translation>
    </message>
    <message>
        <source>Last synchronized</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last synchronized</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Remote mirror link</source>
        <translation>Fernspiegelverbindung</translation>
    </message>
    <message>
        <source>Path of controller %1: %2</source>
        <translation>Pfad von Controller %1: %2</translation>
    </message>
    <message>
        <source>Synchronization progress: %1%</source>
        <translation>Synchronisationsfortschritt: %1 %</translation>
    </message>
    <message>
        <source>%1 — %2 remaining at %3</source>
        <comment>progress — time remaining at rate</comment>
        <translation>%1 – %2 verbleibend bei %3</translation>
    </message>
    <message>
        <source>Remote mirror</source>
        <translation>Fernspiegel</translation>
    </message>
    <message>
        <source>Mirror repository logical drive of controller %1: it logs the remote writes not yet written to the secondaries.</source>
        <translation>Logisches Spiegelrepository-Laufwerk von Controller %1: Es protokolliert die fernen Schreibzugriffe, die noch nicht auf die Sekundärlaufwerke geschrieben wurden.</translation>
    </message>
    <message>
        <source>Not in a mirror relationship</source>
        <translation>In keiner Spiegelbeziehung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: reason</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Copyline::NamesPage</name>
    <message>
        <source>Specify Names</source>
        <translation>Namen angeben</translation>
    </message>
    <message numerus="yes">
        <source>Name the FlashCopy logical drive and its repository, with at most %n characters each.</source>
        <translation>
            <numerusform>Benennen Sie das logische FlashCopy-Laufwerk und sein Repository mit jeweils höchstens %n Zeichen.</numerusform>
            <numerusform>Benennen Sie das logische FlashCopy-Laufwerk und sein Repository mit jeweils höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;FlashCopy logical drive name:</source>
        <translation>Name des logischen &amp;FlashCopy-Laufwerks:</translation>
    </message>
    <message>
        <source>FlashCopy &amp;repository logical drive name:</source>
        <translation>Name des logischen FlashCopy-&amp;Repository-Laufwerks:</translation>
    </message>
    <message>
        <source>The defaults are &lt;i&gt;base&lt;/i&gt;-&lt;i&gt;n&lt;/i&gt; and &lt;i&gt;base&lt;/i&gt;-R&lt;i&gt;n&lt;/i&gt;, where &lt;i&gt;n&lt;/i&gt; is the lowest number not used by the base&apos;s FlashCopies; a long base name is shortened to fit. Custom names do not use up a number.</source>
        <translation>Die Standardnamen sind &lt;i&gt;Basis&lt;/i&gt;-&lt;i&gt;n&lt;/i&gt; und &lt;i&gt;Basis&lt;/i&gt;-R&lt;i&gt;n&lt;/i&gt;, wobei &lt;i&gt;n&lt;/i&gt; die niedrigste Zahl ist, die von den FlashCopies der Basis nicht verwendet wird; ein langer Basisname wird passend gekürzt. Eigene Namen verbrauchen keine Zahl.</translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::DefineControlVolumeDialog</name>
    <message>
        <source>Disk No.</source>
        <translation>Datenträger-Nr.</translation>
    </message>
    <message>
        <source>LDN</source>
        <translation>LDN</translation>
    </message>
    <message>
        <source>LD Name</source>
        <translation>LD-Name</translation>
    </message>
    <message>
        <source>Disk Array</source>
        <translation>Disk-Array</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Define Control Volume</source>
        <translation>Steuervolume definieren</translation>
    </message>
    <message>
        <source>Server %1. A control volume is used when the server issues control I/O to the disk array: select one logical disk for each disk array.</source>
        <translation>Server %1. Über ein Steuervolume gibt der Server Steuer-I/O an das Disk-Array: Wählen Sie je Disk-Array einen logischen Datenträger.</translation>
    </message>
    <message>
        <source>Selected Volume List</source>
        <translation>Liste der ausgewählten Volumes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Takes back a logical disk added in this window</source>
        <translation>Nimmt einen in diesem Fenster hinzugefügten logischen Datenträger zurück</translation>
    </message>
    <message>
        <source>Candidate Volume List</source>
        <translation>Liste der Kandidaten-Volumes</translation>
    </message>
    <message>
        <source>Do not select an RV or a link-volume (LV) for the snapshot function as a control volume because it may enter the Not Ready state during operation.</source>
        <translation>Wählen Sie kein RV und kein Link-Volume (LV) der Snapshot-Funktion als Steuervolume, da es im Betrieb in den Zustand Not Ready geraten kann.</translation>
    </message>
    <message>
        <source>Added; saved with OK</source>
        <translation>Hinzugefügt; mit OK gespeichert</translation>
    </message>
    <message>
        <source>%1 is an RV. Do not select an RV or a link-volume (LV) for the snapshot function as a control volume because it may enter the Not Ready state during operation.</source>
        <translation>%1 ist ein RV. Wählen Sie kein RV und kein Link-Volume (LV) der Snapshot-Funktion als Steuervolume, da es im Betrieb in den Zustand Not Ready geraten kann.</translation>
    </message>
    <message>
        <source>%1 is an %2. Prepare a volume such as IV with which the server can properly issue I/O to the disk array.</source>
        <translation>%1 ist ein %2. Wählen Sie ein Volume wie ein IV, über das der Server zuverlässig I/O an das Disk-Array geben kann.</translation>
    </message>
    <message>
        <source>You can select one logical disk for each disk array as a control volume: %1 is already selected for disk array %2.</source>
        <translation>Je Disk-Array kann ein logischer Datenträger Steuervolume sein: Für Disk-Array %2 ist bereits %1 ausgewählt.</translation>
    </message>
    <message>
        <source>Do you want to save definition information?</source>
        <translation>Möchten Sie die Definitionsinformationen speichern?</translation>
    </message>
    <message>
        <source>The definition information has been saved. Select File &gt; Create/Update Volume List to reflect it to the volume list.</source>
        <translation>Die Definitionsinformationen wurden gespeichert. Wählen Sie Datei &gt; Volume-Liste erstellen/aktualisieren, um sie in die Volume-Liste zu übernehmen.</translation>
    </message>
    <message>
        <source>Do you want to cancel the definition?</source>
        <translation>Möchten Sie die Definition abbrechen?</translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::NecPerspective</name>
    <message>
        <source>Data Replication</source>
        <translation>Datenreplikation</translation>
    </message>
    <message>
        <source>Replication Management</source>
        <translation>Replikationsverwaltung</translation>
    </message>
    <message>
        <source>Volume List Display</source>
        <translation>Volume-Listenanzeige</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Back to the storage subsystems of another family</source>
        <translation>Zurück zu den Speichersubsystemen einer anderen Familie</translation>
    </message>
    <message>
        <source>NEC Storage Manager Data Replication — %1</source>
        <translation>NEC Storage Manager Datenreplikation — %1</translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::NecTexts</name>
    <message>
        <source>Replicate</source>
        <translation>Replicate</translation>
    </message>
    <message>
        <source>Restore (RV protection)</source>
        <translation>Restore (RV-Schutz)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Separate</source>
        <translation>Separate</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Separated</translation>
    </message>
    <message>
        <source>failure separation</source>
        <translation>Fehlertrennung (failure separation)</translation>
    </message>
    <message>
        <source>Background Copy</source>
        <translation>Background Copy</translation>
    </message>
    <message>
        <source>Sync Mode</source>
        <translation>Sync Mode</translation>
    </message>
    <message>
        <source>Read/Write</source>
        <translation>Read/Write</translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation>Read Only</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>Not Ready</translation>
    </message>
    <message>
        <source>Not Available</source>
        <translation>Not Available</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <source>RemoteDataReplication</source>
        <translation>RemoteDataReplication</translation>
    </message>
    <message>
        <source>DynamicDataReplication</source>
        <translation>DynamicDataReplication</translation>
    </message>
    <message>
        <source>Semi Sync Mode</source>
        <translation>Semi Sync Mode</translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::OperationDialog</name>
    <message>
        <source>The console is not connected to an engine.</source>
        <translation>Die Konsole ist mit keiner Engine verbunden.</translation>
    </message>
    <message>
        <source>MV %1, RV %2 — %3 (%4)</source>
        <translation>MV %1, RV %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>Pair Setting</source>
        <translation>Paareinstellung</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>MV:</source>
        <translation>MV:</translation>
    </message>
    <message>
        <source>RV:</source>
        <translation>RV:</translation>
    </message>
    <message>
        <source>The disk array has no logical disk that can become an MV.</source>
        <translation>Das Disk-Array hat keinen logischen Datenträger, der MV werden kann.</translation>
    </message>
    <message>
        <source>No ordinary volume (IV) of the MV&apos;s capacity and OS type can become its RV.</source>
        <translation>Kein gewöhnliches Volume (IV) mit Kapazität und OS-Typ des MV kann sein RV werden.</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>Paar aufheben</translation>
    </message>
    <message>
        <source>Cancels the pair: both logical disks become ordinary volumes (IV).</source>
        <translation>Hebt das Paar auf: Beide logischen Datenträger werden gewöhnliche Volumes (IV).</translation>
    </message>
    <message>
        <source>Forced unpair</source>
        <translation>Erzwungenes Aufheben</translation>
    </message>
    <message>
        <source>In any state; the RV may hold partly copied data.</source>
        <translation>In jedem Zustand; das RV kann teilweise kopierte Daten enthalten.</translation>
    </message>
    <message>
        <source>The pair is not separated: separate it first, or use forced unpair.</source>
        <translation>Das Paar ist nicht getrennt: Trennen Sie es zuerst, oder heben Sie es erzwungen auf.</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Replicate</translation>
    </message>
    <message>
        <source>Copies the MV to the RV (rpl/exec); afterwards MV updates are reflected to the RV (rpl/sync). The RV must be unmounted on every server.</source>
        <translation>Kopiert das MV auf das RV (rpl/exec); danach werden Änderungen am MV im RV nachgezogen (rpl/sync). Das RV muss auf allen Servern ausgehängt sein.</translation>
    </message>
    <message>
        <source>Difference (only what changed since the separate)</source>
        <translation>Differenz (nur seit dem Separate Geändertes)</translation>
    </message>
    <message>
        <source>Full (the whole MV)</source>
        <translation>Vollständig (das ganze MV)</translation>
    </message>
    <message>
        <source>Copy range:</source>
        <translation>Kopierbereich:</translation>
    </message>
    <message>
        <source>Sync Mode (foreground copy)</source>
        <translation>Sync Mode (Vordergrundkopie)</translation>
    </message>
    <message>
        <source>Background Copy</source>
        <translation>Background Copy</translation>
    </message>
    <message>
        <source>Copy control state:</source>
        <translation>Kopiersteuerungszustand:</translation>
    </message>
    <message>
        <source>RV access during replicate:</source>
        <translation>RV-Zugriff während Replicate:</translation>
    </message>
    <message>
        <source>Separate</source>
        <translation>Separate</translation>
    </message>
    <message>
        <source>Separates the RV from the MV: the difference still to reflect is copied (sep/exec), then the RV holds the MV as of the separate (separated).</source>
        <translation>Trennt das RV vom MV: Die noch nachzuziehende Differenz wird kopiert (sep/exec), danach enthält das RV das MV zum Zeitpunkt der Trennung (separated).</translation>
    </message>
    <message>
        <source>RV access after separate:</source>
        <translation>RV-Zugriff nach Separate:</translation>
    </message>
    <message>
        <source>When the separate completes (complete)</source>
        <translation>Wenn die Trennung abgeschlossen ist (complete)</translation>
    </message>
    <message>
        <source>Immediately, while the difference is reflected (immediate)</source>
        <translation>Sofort, während die Differenz nachgezogen wird (immediate)</translation>
    </message>
    <message>
        <source>RV use:</source>
        <translation>RV-Nutzung:</translation>
    </message>
    <message>
        <source>Forced separate</source>
        <translation>Erzwungenes Separate</translation>
    </message>
    <message>
        <source>When an ordinary separate is not possible: at once, in any state; what is not yet copied stays recorded as difference.</source>
        <translation>Wenn ein gewöhnliches Separate nicht möglich ist: sofort, in jedem Zustand; noch nicht Kopiertes bleibt als Differenz vermerkt.</translation>
    </message>
    <message>
        <source>In %1 only a forced separate is possible.</source>
        <translation>In %1 ist nur ein erzwungenes Separate möglich.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Copies the RV back to the MV (rst/exec). MV and RV must be unmounted on every server.</source>
        <translation>Kopiert das RV auf das MV zurück (rst/exec). MV und RV müssen auf allen Servern ausgehängt sein.</translation>
    </message>
    <message>
        <source>RV protection</source>
        <translation>RV-Schutz</translation>
    </message>
    <message>
        <source>MV updates are not reflected to the RV, and the pair separates automatically when the restore ends. Without it, MV updates are reflected to the RV until you separate.</source>
        <translation>Änderungen am MV werden nicht ins RV übernommen, und das Paar trennt sich am Ende des Restore selbst. Ohne RV-Schutz werden Änderungen am MV bis zum Separate ins RV übernommen.</translation>
    </message>
    <message>
        <source>RV access during restore:</source>
        <translation>RV-Zugriff während Restore:</translation>
    </message>
    <message>
        <source>RV Access Restriction Change</source>
        <translation>Änderung der RV-Zugriffsbeschränkung</translation>
    </message>
    <message>
        <source>In the Separated state the RV can be Read/Write or Read Only.</source>
        <translation>Im Zustand Separated kann das RV Read/Write oder Read Only sein.</translation>
    </message>
    <message>
        <source>While MV and RV are paired the RV can be Not Ready or Read Only.</source>
        <translation>Solange MV und RV gekoppelt sind, kann das RV Not Ready oder Read Only sein.</translation>
    </message>
    <message>
        <source>RV access:</source>
        <translation>RV-Zugriff:</translation>
    </message>
    <message>
        <source>Copyline gives the RV to hosts when the separate completes either way: it does not redirect RV reads to the MV while the difference is reflected, as the disk array does. In Sync Mode that is at once.</source>
        <translation>Copyline gibt das RV in jedem Fall erst nach Abschluss der Trennung für Hosts frei: Es leitet RV-Lesezugriffe während des Abgleichs nicht wie das Disk-Array zum MV um. Im Sync Mode geschieht das sofort.</translation>
    </message>
    <message>
        <source>RemoteDataReplication from disk array %1 to %2.</source>
        <translation>RemoteDataReplication von Disk-Array %1 nach %2.</translation>
    </message>
    <message>
        <source>Binds an RV to an MV of disk array %1. The pair starts Separated; its first Replicate copies the whole MV. MV and RV need the same capacity and OS type. An RV on a disk array linked to this one makes a RemoteDataReplication pair.</source>
        <translation>Bindet ein RV an ein MV von Disk-Array %1. Das Paar beginnt im Zustand Separated; sein erstes Replicate kopiert das ganze MV. MV und RV brauchen dieselbe Kapazität und denselben OS-Typ. Ein RV auf einem mit diesem verbundenen Disk-Array ergibt ein RemoteDataReplication-Paar.</translation>
    </message>
    <message>
        <source>%1 on disk array %2 (RemoteDataReplication)</source>
        <translation>%1 auf Disk-Array %2 (RemoteDataReplication)</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Connect Disk Arrays</source>
        <translation>Disk-Arrays verbinden</translation>
    </message>
    <message>
        <source>Cables the Replication Director of disk array %1 to another disk array&apos;s. RemoteDataReplication pairs copy over this link; both arrays need the RemoteDataReplication licence.</source>
        <translation>Verkabelt den Replication Director von Disk-Array %1 mit dem eines anderen Disk-Arrays. RemoteDataReplication-Paare kopieren über diese Verbindung; beide Arrays brauchen die RemoteDataReplication-Lizenz.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Disk array:</source>
        <translation>Disk-Array:</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Bandbreite:</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>Umlaufzeit:</translation>
    </message>
    <message>
        <source>Every other disk array is linked to this one already, or there is none.</source>
        <translation>Jedes andere Disk-Array ist bereits mit diesem verbunden, oder es gibt keines.</translation>
    </message>
    <message>
        <source>Link Settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>The link between disk arrays %1 and %2, path state %3. A link fault (path down) separates the pairs replicating over it due to a failure when their copies cannot reach the RV; after repairing it, check that the path state is normal and Replicate them again.</source>
        <translation>Die Verbindung zwischen den Disk-Arrays %1 und %2, Pfadzustand %3. Ein Verbindungsfehler (Pfad ausgefallen) trennt die darüber replizierenden Paare wegen eines Fehlers, sobald ihre Kopien das RV nicht erreichen; prüfen Sie nach der Reparatur, dass der Pfadzustand normal ist, und führen Sie Replicate erneut aus.</translation>
    </message>
    <message>
        <source>Up (normal)</source>
        <translation>Aktiv (normal)</translation>
    </message>
    <message>
        <source>Down (link fault)</source>
        <translation>Ausgefallen (Verbindungsfehler)</translation>
    </message>
    <message>
        <source>Flapping (intermittent fault)</source>
        <translation>Instabil (zeitweiser Fehler)</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>A simulated fault of the cable or the Replication Director.</source>
        <translation>Ein simulierter Fehler des Kabels oder des Replication Directors.</translation>
    </message>
    <message>
        <source>Disconnect Disk Arrays</source>
        <translation>Disk-Arrays trennen</translation>
    </message>
    <message>
        <source>Removes the link between disk arrays %1 and %2.</source>
        <translation>Entfernt die Verbindung zwischen den Disk-Arrays %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n RemoteDataReplication pair(s) use this link: unpair them first.</source>
        <translation>
            <numerusform>%n RemoteDataReplication-Paar nutzt diese Verbindung: heben Sie es zuerst auf.</numerusform>
            <numerusform>%n RemoteDataReplication-Paare nutzen diese Verbindung: heben Sie sie zuerst auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Semi Sync Mode</source>
        <translation>Semi Sync Mode</translation>
    </message>
    <message>
        <source>Host writes complete without waiting for the RV while less than the disk array&apos;s Semi Sync limit waits to be reflected; beyond it, as in Sync Mode.</source>
        <translation>Schreibvorgänge der Hosts werden abgeschlossen, ohne auf das RV zu warten, solange weniger als das Semi-Sync-Limit des Disk-Arrays auf die Übertragung wartet; darüber wie im Sync Mode.</translation>
    </message>
    <message>
        <source>For RemoteDataReplication only: inside one disk array Sync Mode costs little.</source>
        <translation>Nur für RemoteDataReplication: innerhalb eines Disk-Arrays kostet der Sync Mode wenig.</translation>
    </message>
    <message>
        <source>The engine of site %1 manages this pair. Here only a Forced Separate is possible, and only while that engine cannot be reached (a failover): the RV is then usable on this site.</source>
        <translation>Die Engine von Standort %1 verwaltet dieses Paar. Hier ist nur ein erzwungenes Separate möglich, und nur solange diese Engine nicht erreichbar ist (ein Failover): das RV ist dann an diesem Standort nutzbar.</translation>
    </message>
    <message>
        <source>The engine of site %1 manages this pair: here only a forced separate is possible.</source>
        <translation>Die Engine von Standort %1 verwaltet dieses Paar: hier ist nur ein erzwungenes Separate möglich.</translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::ReplicationPanel</name>
    <message>
        <source>Pair Setting…</source>
        <translation>Paareinstellung…</translation>
    </message>
    <message>
        <source>Unpair…</source>
        <translation>Paar aufheben…</translation>
    </message>
    <message>
        <source>Replicate…</source>
        <translation>Replicate…</translation>
    </message>
    <message>
        <source>Separate…</source>
        <translation>Separate…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>RV Access…</source>
        <translation>RV-Zugriff…</translation>
    </message>
    <message>
        <source>Bind an RV to an MV (pair setting)</source>
        <translation>Ein RV an ein MV binden (Paareinstellung)</translation>
    </message>
    <message>
        <source>RV access restriction change</source>
        <translation>Änderung der RV-Zugriffsbeschränkung</translation>
    </message>
    <message>
        <source>Logical Disk</source>
        <translation>Logischer Datenträger</translation>
    </message>
    <message>
        <source>MV</source>
        <translation>MV</translation>
    </message>
    <message>
        <source>RV</source>
        <translation>RV</translation>
    </message>
    <message>
        <source>Activity State</source>
        <translation>Aktivitätszustand</translation>
    </message>
    <message>
        <source>Sync State</source>
        <translation>Synchronisationszustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Copy Control State</source>
        <translation>Kopiersteuerungszustand</translation>
    </message>
    <message>
        <source>RV Access</source>
        <translation>RV-Zugriff</translation>
    </message>
    <message>
        <source>Separate Diff</source>
        <translation>Separate-Differenz</translation>
    </message>
    <message>
        <source>Copy Diff</source>
        <translation>Kopierdifferenz</translation>
    </message>
    <message>
        <source>LD name (LDN)</source>
        <translation>LD-Name (LDN)</translation>
    </message>
    <message>
        <source>Disk array %1 (%2)</source>
        <translation>Disk-Array %1 (%2)</translation>
    </message>
    <message>
        <source>Select a pair first.</source>
        <translation>Wählen Sie zuerst ein Paar.</translation>
    </message>
    <message>
        <source>The pair is Separated: Replicate or Restore it.</source>
        <translation>Das Paar ist Separated: Führen Sie Replicate oder Restore aus.</translation>
    </message>
    <message>
        <source>The pair is in %1: Separate it first.</source>
        <translation>Das Paar ist in %1: Führen Sie zuerst Separate aus.</translation>
    </message>
    <message>
        <source>The pair is already separated.</source>
        <translation>Das Paar ist bereits getrennt.</translation>
    </message>
    <message>
        <source>Select a pair to see its states; Pair Setting binds a new one.</source>
        <translation>Wählen Sie ein Paar, um seine Zustände zu sehen; Paareinstellung bindet ein neues.</translation>
    </message>
    <message>
        <source>MV %1 (%2, %3) — RV %4 (%5)</source>
        <translation>MV %1 (%2, %3) — RV %4 (%5)</translation>
    </message>
    <message>
        <source>Activity State: %1    Sync State: %2</source>
        <translation>Aktivitätszustand: %1    Synchronisationszustand: %2</translation>
    </message>
    <message>
        <source>Copy Control State: %1    RV Access: %2</source>
        <translation>Kopiersteuerungszustand: %1    RV-Zugriff: %2</translation>
    </message>
    <message>
        <source>Start Time: %1    Separate Diff: %2    Copy Diff: %3</source>
        <translation>Startzeit: %1    Separate-Differenz: %2    Kopierdifferenz: %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>MV, RV or state</source>
        <translation>MV, RV oder Zustand</translation>
    </message>
    <message>
        <source>&lt;b&gt;Links to other disk arrays&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbindungen zu anderen Disk-Arrays&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Link Settings…</source>
        <translation>Verbindungseinstellungen…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Trennen…</translation>
    </message>
    <message>
        <source>Cable this disk array&apos;s Replication Director to another&apos;s</source>
        <translation>Den Replication Director dieses Disk-Arrays mit dem eines anderen verkabeln</translation>
    </message>
    <message>
        <source>Disk Array</source>
        <translation>Disk-Array</translation>
    </message>
    <message>
        <source>Path State</source>
        <translation>Pfadzustand</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Round Trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>RemoteDataReplication Pairs</source>
        <translation>RemoteDataReplication-Paare</translation>
    </message>
    <message>
        <source>%1 (RV of %2 on %3)</source>
        <translation>%1 (RV von %2 auf %3)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Select a link first.</source>
        <translation>Wählen Sie zuerst eine Verbindung.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No link: Connect… cables this disk array to another for RemoteDataReplication.</source>
        <translation>Keine Verbindung: Verbinden… verkabelt dieses Disk-Array für RemoteDataReplication mit einem anderen.</translation>
    </message>
    <message>
        <source>RemoteDataReplication from disk array %1 to %2; path state of the link: %3</source>
        <translation>RemoteDataReplication von Disk-Array %1 nach %2; Pfadzustand der Verbindung: %3</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>A link fault: remove the cause, then check that the path state is normal.</source>
        <translation>Ein Verbindungsfehler: Beheben Sie die Ursache und prüfen Sie dann, dass der Pfadzustand normal ist.</translation>
    </message>
    <message>
        <source>Semi Sync buffer: %1 of %2 not yet reflected to the RV</source>
        <translation>Semi-Sync-Puffer: %1 von %2 noch nicht auf das RV übertragen</translation>
    </message>
    <message>
        <source>The engine of site %1 serves this disk array: set its pairs there.</source>
        <translation>Die Engine von Standort %1 bedient dieses Disk-Array: Paare dort einrichten.</translation>
    </message>
    <message>
        <source>The MV is on the engine of site %1, which manages the pair: attach that engine to change it.</source>
        <translation>Das MV liegt auf der Engine von Standort %1, die das Paar verwaltet: diese Engine verbinden, um es zu ändern.</translation>
    </message>
    <message>
        <source>The RV is on another engine&apos;s disk array: Copyline does not restore across engines yet. Unpair, then set a pair with it as the MV on its engine.</source>
        <translation>Das RV liegt auf dem Disk-Array einer anderen Engine: Copyline stellt noch nicht über Engines hinweg wieder her (Restore). Paar aufheben und dort ein Paar mit ihm als MV einrichten.</translation>
    </message>
    <message>
        <source>The engine of site %1 serves this disk array: connect it from one of this engine&apos;s.</source>
        <translation>Die Engine von Standort %1 bedient dieses Disk-Array: die Verbindung von einem Disk-Array dieser Engine aus herstellen.</translation>
    </message>
    <message>
        <source>The MV is on the engine of site %1, which manages the pair: this engine serves the RV.</source>
        <translation>Das MV liegt auf der Engine von Standort %1, die das Paar verwaltet; diese Engine bedient das RV.</translation>
    </message>
    <message>
        <source>Only a Forced Separate, while the engine of site %1 cannot be reached (a failover).</source>
        <translation>Nur ein erzwungenes Separate, solange die Engine von Standort %1 nicht erreichbar ist (ein Failover).</translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::VolumeListPanel</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Create/Update Volume List</source>
        <translation>Volume-Liste erstellen/aktualisieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation>&amp;Operation</translation>
    </message>
    <message>
        <source>Define Control Volume</source>
        <translation>Steuervolume definieren</translation>
    </message>
    <message>
        <source>Mount…</source>
        <translation>Einhängen…</translation>
    </message>
    <message>
        <source>Unmount</source>
        <translation>Aushängen</translation>
    </message>
    <message>
        <source>Flush</source>
        <translation>Flush</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About Volume List Display</source>
        <translation>Über die Volume-Listenanzeige</translation>
    </message>
    <message>
        <source>Volume List Display</source>
        <translation>Volume-Listenanzeige</translation>
    </message>
    <message>
        <source>The volume list of a server: the logical disks of the disk arrays the server sees, with their drive letters, mount point volume names and disk numbers. Create/Update Volume List makes it (iSMvollist -cr); the replication commands of the server use it.</source>
        <translation>Die Volume-Liste eines Servers: die logischen Datenträger der Disk-Arrays, die der Server sieht, mit Laufwerksbuchstaben, Mount-Point-Volume-Namen und Datenträgernummern. Volume-Liste erstellen/aktualisieren erzeugt sie (iSMvollist -cr); die Replikationsbefehle des Servers verwenden sie.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Disk Array Subsystem</source>
        <translation>Disk-Array-Subsystem</translation>
    </message>
    <message>
        <source>Drive Letter/Path Name</source>
        <translation>Laufwerksbuchstabe/Pfadname</translation>
    </message>
    <message>
        <source>Volume Name</source>
        <translation>Volume-Name</translation>
    </message>
    <message>
        <source>Disk No.</source>
        <translation>Datenträger-Nr.</translation>
    </message>
    <message>
        <source>Volume Definition</source>
        <translation>Volume-Definition</translation>
    </message>
    <message>
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <source>LDN</source>
        <translation>LDN</translation>
    </message>
    <message>
        <source>LD Name</source>
        <translation>LD-Name</translation>
    </message>
    <message>
        <source>Disk Array</source>
        <translation>Disk-Array</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Paired/Linked Logical Disk Information List</source>
        <translation>Informationsliste gepaarter/verknüpfter logischer Datenträger</translation>
    </message>
    <message>
        <source>%1: unmounted (the file system buffer was written).</source>
        <translation>%1: ausgehängt (der Dateisystempuffer wurde geschrieben).</translation>
    </message>
    <message>
        <source>%1: the file system buffer was written to the disk.</source>
        <translation>%1: Der Dateisystempuffer wurde auf den Datenträger geschrieben.</translation>
    </message>
    <message>
        <source>ALL</source>
        <translation>ALL</translation>
    </message>
    <message>
        <source>The volume list of %1 has not been created: select File &gt; Create/Update Volume List.</source>
        <translation>Die Volume-Liste von %1 wurde nicht erstellt: Wählen Sie Datei &gt; Volume-Liste erstellen/aktualisieren.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Mounted</source>
        <translation>Eingehängt</translation>
    </message>
    <message>
        <source>No drive letter</source>
        <translation>Kein Laufwerksbuchstabe</translation>
    </message>
    <message>
        <source>Not mounted</source>
        <translation>Nicht eingehängt</translation>
    </message>
    <message>
        <source>VOLUME : %1</source>
        <translation>VOLUME : %1</translation>
    </message>
    <message>
        <source>%1: iSM11701: Volume list is created successfully.</source>
        <translation>%1: iSM11701: Volume list is created successfully.</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Einhängen</translation>
    </message>
    <message>
        <source>Mounts %1 (%2, %3) on %4.</source>
        <translation>Hängt %1 (%2, %3) auf %4 ein.</translation>
    </message>
    <message>
        <source>Drive letter:</source>
        <translation>Laufwerksbuchstabe:</translation>
    </message>
    <message>
        <source>iSM13221: Resetting drive letter (%1) has succeeded.</source>
        <translation>iSM13221: Resetting drive letter (%1) has succeeded.</translation>
    </message>
</context>
<context>
    <name>Copyline::PerformanceModel</name>
    <message>
        <source>LUN %1 of %2</source>
        <translation>LUN %1 von %2</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 is not mapped: no host can read or write it.</source>
        <translation>%1 ist nicht zugeordnet: Kein Host kann es lesen oder beschreiben.</translation>
    </message>
    <message numerus="yes">
        <source>Megabytes per second (1 MB = 1,048,576 bytes), averaged over the last %n second(s)</source>
        <translation>
            <numerusform>Megabyte pro Sekunde (1 MB = 1.048.576 Byte), gemittelt über die letzte %n Sekunde</numerusform>
            <numerusform>Megabyte pro Sekunde (1 MB = 1.048.576 Byte), gemittelt über die letzten %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Host requests per second, averaged over the last %n second(s)</source>
        <translation>
            <numerusform>Host-Anforderungen pro Sekunde, gemittelt über die letzte %n Sekunde</numerusform>
            <numerusform>Host-Anforderungen pro Sekunde, gemittelt über die letzten %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>Logisches Laufwerk</translation>
    </message>
    <message>
        <source>Mapped To</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <source>Read MB/s</source>
        <translation>Lesen MB/s</translation>
    </message>
    <message>
        <source>Write MB/s</source>
        <translation>Schreiben MB/s</translation>
    </message>
    <message>
        <source>Read IOPS</source>
        <translation>Lesen IOPS</translation>
    </message>
    <message>
        <source>Write IOPS</source>
        <translation>Schreiben IOPS</translation>
    </message>
    <message>
        <source>Data Read</source>
        <translation>Gelesene Daten</translation>
    </message>
    <message>
        <source>Data Written</source>
        <translation>Geschriebene Daten</translation>
    </message>
</context>
<context>
    <name>Copyline::PerformanceView</name>
    <message>
        <source>Host I/O per logical drive</source>
        <translation>Host-E/A pro logischem Laufwerk</translation>
    </message>
    <message>
        <source>Logical Drives</source>
        <translation>Logische Laufwerke</translation>
    </message>
    <message>
        <source>Show &amp;Total</source>
        <translation>&amp;Summe anzeigen</translation>
    </message>
    <message>
        <source>Chart the whole storage subsystem instead of the selected logical drive</source>
        <translation>Das gesamte Speichersubsystem statt des ausgewählten logischen Laufwerks darstellen</translation>
    </message>
    <message>
        <source>Host I/O of %1</source>
        <translation>Host-E/A von %1</translation>
    </message>
    <message>
        <source>Total: read %1 MB/s (%2 IOPS), write %3 MB/s (%4 IOPS)</source>
        <translation>Gesamt: Lesen %1 MB/s (%2 IOPS), Schreiben %3 MB/s (%4 IOPS)</translation>
    </message>
    <message>
        <source>no host workload running</source>
        <translation>keine Host-Arbeitslast aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n host workload(s) running</source>
        <translation>
            <numerusform>%n Host-Arbeitslast aktiv</numerusform>
            <numerusform>%n Host-Arbeitslasten aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host workload(s) paused</source>
        <translation>
            <numerusform>%n Host-Arbeitslast angehalten</numerusform>
            <numerusform>%n Host-Arbeitslasten angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n paused</source>
        <comment>host workloads running, paused</comment>
        <translation>
            <numerusform>%1, %n angehalten</numerusform>
            <numerusform>%1, %n angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>host I/O server (NBD) on port %1</source>
        <translation>Host-E/A-Server (NBD) auf Port %1</translation>
    </message>
    <message>
        <source>host I/O server (NBD) not running</source>
        <translation>Host-E/A-Server (NBD) nicht aktiv</translation>
    </message>
    <message>
        <source>Logical drive %1</source>
        <translation>Logisches Laufwerk %1</translation>
    </message>
    <message>
        <source>All logical drives of %1</source>
        <translation>Alle logischen Laufwerke von %1</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>Host, copy and mirror traffic in MB/s, last two minutes</source>
        <translation>Host-, Kopier- und Spiegeldatenverkehr in MB/s, letzte zwei Minuten</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>Host reads and writes per second, last two minutes</source>
        <translation>Host-Lese- und -Schreibvorgänge pro Sekunde, letzte zwei Minuten</translation>
    </message>
    <message>
        <source>ms (mean)</source>
        <translation>ms (Mittelwert)</translation>
    </message>
    <message>
        <source>Mean host read and write latency in milliseconds, last two minutes</source>
        <translation>Mittlere Host-Lese- und -Schreiblatenz in Millisekunden, letzte zwei Minuten</translation>
    </message>
    <message>
        <source>% of repository capacity</source>
        <translation>% der Repository-Kapazität</translation>
    </message>
    <message>
        <source>FlashCopy repository use in percent, last ten minutes</source>
        <translation>FlashCopy-Repository-Belegung in Prozent, letzte zehn Minuten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Global Mirror recovery point objective in seconds, last ten minutes</source>
        <translation>Wiederherstellungspunktziel (RPO) von Global Mirror in Sekunden, letzte zehn Minuten</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>FlashCopy Repositories</source>
        <translation>FlashCopy-Repositorys</translation>
    </message>
    <message>
        <source>Global Mirror RPO</source>
        <translation>Global Mirror-RPO</translation>
    </message>
    <message>
        <source>Host I/O, copies (FlashCopy copy-on-write, VolumeCopy) and mirror traffic (synchronization, writes shipped, journal) in MB/s; copies and mirrors count on their source drive</source>
        <translation>Host-E/A, Kopien (FlashCopy-Copy-on-Write, VolumeCopy) und Spiegeldatenverkehr (Synchronisation, übertragene Schreibzugriffe, Journal) in MB/s; Kopien und Spiegel werden ihrem Quelllaufwerk zugerechnet</translation>
    </message>
    <message>
        <source>Host read and write requests per second</source>
        <translation>Host-Lese- und -Schreibanforderungen pro Sekunde</translation>
    </message>
    <message>
        <source>Mean service time of the host reads and writes in each interval, in milliseconds (copy-on-write and synchronous mirroring included)</source>
        <translation>Mittlere Bearbeitungszeit der Host-Lese- und -Schreibvorgänge in jedem Intervall, in Millisekunden (einschließlich Copy-on-Write und synchroner Spiegelung)</translation>
    </message>
    <message>
        <source>Repository use of each FlashCopy logical drive in percent of its capacity; the dashed line is the warning threshold</source>
        <translation>Repository-Belegung jedes logischen FlashCopy-Laufwerks in Prozent seiner Kapazität; die gestrichelte Linie ist die Warnschwelle</translation>
    </message>
    <message>
        <source>Recovery point objective of each Global Mirroring pair: how many seconds of writes the secondary lags behind</source>
        <translation>Wiederherstellungspunktziel jedes Global Mirroring-Paars: um wie viele Sekunden an Schreibzugriffen das Sekundärlaufwerk zurückliegt</translation>
    </message>
    <message>
        <source>Performance Charts</source>
        <translation>Leistungsdiagramme</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Read (mean)</source>
        <translation>Lesen (Mittelwert)</translation>
    </message>
    <message>
        <source>Write (mean)</source>
        <translation>Schreiben (Mittelwert)</translation>
    </message>
    <message>
        <source>Host I/O</source>
        <translation>Host-E/A</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Kopien</translation>
    </message>
    <message>
        <source>Mirror sync</source>
        <translation>Spiegelsynchronisation</translation>
    </message>
    <message>
        <source>Warning threshold (%1 %)</source>
        <translation>Warnschwelle (%1 %)</translation>
    </message>
    <message>
        <source>Lowest warning threshold (%1 %)</source>
        <translation>Niedrigste Warnschwelle (%1 %)</translation>
    </message>
    <message>
        <source>No FlashCopy logical drives on this storage subsystem</source>
        <translation>Keine logischen FlashCopy-Laufwerke auf diesem Speichersubsystem</translation>
    </message>
    <message>
        <source>FlashCopies of %1</source>
        <translation>FlashCopies von %1</translation>
    </message>
    <message>
        <source>The %1 fullest of %2 FlashCopies</source>
        <translation>Die %1 vollsten von %2 FlashCopies</translation>
    </message>
    <message>
        <source>All FlashCopies of %1</source>
        <translation>Alle FlashCopies von %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No Global Mirroring pairs (asynchronous with write consistency) on this storage subsystem</source>
        <translation>Keine Global Mirroring-Paare (asynchron mit Schreibkonsistenz) auf diesem Speichersubsystem</translation>
    </message>
    <message>
        <source>Global Mirror pair of %1</source>
        <translation>Global Mirror-Paar von %1</translation>
    </message>
    <message>
        <source>Global Mirroring pairs of %1</source>
        <translation>Global Mirroring-Paare von %1</translation>
    </message>
</context>
<context>
    <name>Copyline::PersistentReservationsDialog</name>
    <message>
        <source>Legacy</source>
        <translation>Legacy</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Persistent</translation>
    </message>
    <message>
        <source>None</source>
        <comment>reservation</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Persistent Reservations</source>
        <translation>Persistente Reservierungen</translation>
    </message>
    <message>
        <source>&amp;View Associated Registrations</source>
        <translation>Zugehörige Registrierungen &amp;anzeigen</translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>Logisches Laufwerk</translation>
    </message>
    <message>
        <source>Reservation Type</source>
        <translation>Reservierungstyp</translation>
    </message>
    <message>
        <source>Registered Host</source>
        <translation>Registrierter Host</translation>
    </message>
    <message>
        <source>No logical drive of this storage subsystem holds a reservation.</source>
        <translation>Kein logisches Laufwerk dieses Speichersubsystems ist reserviert.</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>C&amp;lear…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message numerus="yes">
        <source>Clearing removes the registrations and reservations of %n logical drive(s): %1. The hosts lose their hold on them; do this only when no host depends on it.</source>
        <translation>
            <numerusform>Das Löschen entfernt die Registrierungen und Reservierungen von %n logischen Laufwerk: %1. Die Hosts verlieren ihren Zugriffsschutz; tun Sie das nur, wenn kein Host darauf angewiesen ist.</numerusform>
            <numerusform>Das Löschen entfernt die Registrierungen und Reservierungen von %n logischen Laufwerken: %1. Die Hosts verlieren ihren Zugriffsschutz; tun Sie das nur, wenn kein Host darauf angewiesen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Registrations/Reservations</source>
        <translation>Registrierungen/Reservierungen löschen</translation>
    </message>
</context>
<context>
    <name>Copyline::PhysicalView</name>
    <message>
        <source>Physical view</source>
        <translation>Physische Ansicht</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>Drive [%1,%2]
Capacity: %3
Type: %4, %5 rpm
Role: %6
Status: %7</source>
        <translation>Laufwerk [%1,%2]
Kapazität: %3
Typ: %4, %5 U/min
Rolle: %6
Status: %7</translation>
    </message>
    <message>
        <source>%1 · serial %2</source>
        <translation>%1 · Seriennummer %2</translation>
    </message>
    <message>
        <source>No storage subsystem selected</source>
        <translation>Kein Speichersubsystem ausgewählt</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Enclosure %1</source>
        <translation>Gehäuse %1</translation>
    </message>
    <message>
        <source>%1 drives · %2 assigned · %3 unassigned · %4 hot spare(s)</source>
        <translation>%1 Laufwerke · %2 zugeordnet · %3 nicht zugeordnet · Hot-Spares: %4</translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation> · %1 ausgefallen</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Hot spare</source>
        <translation>Hot-Spare</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Drives of the selected array</source>
        <translation>Laufwerke des ausgewählten Arrays</translation>
    </message>
    <message>
        <source>Click a drive for its details · Ctrl+click selects several drives for Array ▸ Create</source>
        <translation>Klicken Sie auf ein Laufwerk, um seine Details zu sehen · Strg+Klick wählt mehrere Laufwerke für Array ▸ Erstellen aus</translation>
    </message>
    <message>
        <source>%1 · %2, %3 rpm · %4 · %5 · %6 serial %7</source>
        <translation>%1 · %2, %3 U/min · %4 · %5 · %6 Seriennummer %7</translation>
    </message>
    <message numerus="yes">
        <source>%n drives selected</source>
        <translation>
            <numerusform>%n Laufwerk ausgewählt</numerusform>
            <numerusform>%n Laufwerke ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 usable in total</source>
        <translation>%1 · insgesamt %2 nutzbar</translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) · capacity %1 · free %2 · %3 logical drive(s)</source>
        <translation>
            <numerusform>%n Laufwerk · Kapazität %1 · frei %2 · logische Laufwerke: %3</numerusform>
            <numerusform>%n Laufwerke · Kapazität %1 · frei %2 · logische Laufwerke: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 drives in %2 enclosure(s) · %3 unconfigured · %4 hot spare(s) · %5 not optimal</source>
        <translation>%1 Laufwerke · Gehäuse: %2 · nicht konfiguriert: %3 · Hot-Spares: %4 · nicht optimal: %5</translation>
    </message>
    <message>
        <source>G%1</source>
        <comment>array number on a drive bay</comment>
        <translation>G%1</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
</context>
<context>
    <name>Copyline::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Check the FlashCopy logical drive and its repository, then click Finish to create them.</source>
        <translation>Prüfen Sie das logische FlashCopy-Laufwerk und sein Repository, und klicken Sie dann auf „Abschließen“, um sie zu erstellen.</translation>
    </message>
    <message>
        <source>Creating the FlashCopy logical drive…</source>
        <translation>Das logische FlashCopy-Laufwerk wird erstellt…</translation>
    </message>
    <message>
        <source>Base logical drive</source>
        <translation>Logisches Basislaufwerk</translation>
    </message>
    <message>
        <source>FlashCopy logical drive</source>
        <translation>Logisches FlashCopy-Laufwerk</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Automatic (Default Host Group, lowest free LUN)</source>
        <translation>Automatisch (Standardhostgruppe, niedrigste freie LUN)</translation>
    </message>
    <message>
        <source>Map later with Storage Partitioning</source>
        <translation>Später mit Speicherpartitionierung zuordnen</translation>
    </message>
    <message>
        <source>FlashCopy repository logical drive</source>
        <translation>Logisches FlashCopy-Repository-Laufwerk</translation>
    </message>
    <message>
        <source>Repository capacity</source>
        <translation>Repository-Kapazität</translation>
    </message>
    <message>
        <source>%1 (%2% of base logical drive)</source>
        <translation>%1 (%2 % des logischen Basislaufwerks)</translation>
    </message>
    <message>
        <source>Repository location</source>
        <translation>Ort des Repositorys</translation>
    </message>
    <message>
        <source>Warning threshold</source>
        <translation>Warnschwelle</translation>
    </message>
    <message>
        <source>%1% full</source>
        <translation>%1 % voll</translation>
    </message>
    <message>
        <source>When the repository is full</source>
        <translation>Wenn das Repository voll ist</translation>
    </message>
    <message>
        <source>Wizard path</source>
        <translation>Assistentenpfad</translation>
    </message>
    <message>
        <source>Simple</source>
        <comment>wizard path</comment>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>wizard path</comment>
        <translation>Erweitert</translation>
    </message>
</context>
<context>
    <name>Copyline::PropertiesDialog</name>
    <message>
        <source>%1 MB/s (%2 IOPS)</source>
        <comment>host I/O rate</comment>
        <translation>%1 MB/s (%2 IOPS)</translation>
    </message>
    <message>
        <source>VolumeCopy</source>
        <translation>VolumeCopy</translation>
    </message>
    <message>
        <source>Not a source or target of any copy pair</source>
        <translation>Weder Quelle noch Ziel eines Kopierpaars</translation>
    </message>
    <message>
        <source>%1 (%2% copied)</source>
        <translation>%1 (%2 % kopiert)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status (reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>VolumeCopy role</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <comment>VolumeCopy role</comment>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target logical drive</source>
        <translation>Logisches Ziellaufwerk</translation>
    </message>
    <message>
        <source>Source logical drive</source>
        <translation>Logisches Quelllaufwerk</translation>
    </message>
    <message>
        <source>Target WWN</source>
        <translation>Ziel-WWN</translation>
    </message>
    <message>
        <source>Source WWN</source>
        <translation>Quell-WWN</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>Copy priority</source>
        <translation>Kopierpriorität</translation>
    </message>
    <message>
        <source>Start timestamp</source>
        <translation>Startzeitpunkt</translation>
    </message>
    <message>
        <source>Completion timestamp</source>
        <translation>Abschlusszeitpunkt</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>Copyline::ReCopyDialog</name>
    <message>
        <source>Re-Copy</source>
        <translation>Erneut kopieren</translation>
    </message>
    <message>
        <source>Re-Copy copies &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; again from the beginning, with the image %1 has when the copy starts. All data on %2 is overwritten, and %2 becomes read-only to hosts again when the copy completes.</source>
        <translation>„Erneut kopieren“ kopiert &lt;b&gt;%1&lt;/b&gt; noch einmal von Anfang an auf &lt;b&gt;%2&lt;/b&gt;, mit dem Abbild, das %1 beim Start der Kopie hat. Alle Daten auf %2 werden überschrieben, und %2 wird nach Abschluss der Kopie wieder für Hosts schreibgeschützt.</translation>
    </message>
    <message>
        <source>Stop host I/O to both logical drives and unmount their file systems first. Until the copy completes, hosts cannot write to %1 unless it is a FlashCopy, and cannot read or write %2.</source>
        <translation>Stoppen Sie zuerst die Host-E/A auf beide logischen Laufwerke, und hängen Sie deren Dateisysteme ab. Bis die Kopie abgeschlossen ist, können Hosts nicht auf %1 schreiben, sofern es keine FlashCopy ist, und %2 weder lesen noch beschreiben.</translation>
    </message>
    <message>
        <source>Copy &amp;priority:</source>
        <translation>Kopier&amp;priorität:</translation>
    </message>
    <message>
        <source>This copy pair no longer exists.</source>
        <translation>Dieses Kopierpaar ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>Copyline::RecoveryGuruDialog</name>
    <message>
        <source>Recovery Guru</source>
        <translation>Recovery Guru</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Storage subsystem:</source>
        <translation>Speichersubsystem:</translation>
    </message>
    <message>
        <source>Component reporting problem:</source>
        <translation>Komponente, die das Problem meldet:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Recovery Procedure</source>
        <translation>Wiederherstellungsprozedur</translation>
    </message>
    <message>
        <source>&amp;Recheck</source>
        <translation>E&amp;rneut prüfen</translation>
    </message>
    <message>
        <source>Checks the storage subsystem again; a problem that has been fixed leaves the list.</source>
        <translation>Prüft das Speichersubsystem erneut; ein behobenes Problem verschwindet aus der Liste.</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Zuletzt geprüft: %1</translation>
    </message>
    <message>
        <source>Recovery Guru - %1</source>
        <translation>Recovery Guru – %1</translation>
    </message>
    <message>
        <source>No failures detected</source>
        <translation>Keine Fehler erkannt</translation>
    </message>
    <message>
        <source>No failures were detected on the storage subsystem.

Storage subsystem %1 is Optimal.</source>
        <translation>Auf dem Speichersubsystem wurden keine Fehler erkannt.

Speichersubsystem %1 ist optimal.</translation>
    </message>
    <message>
        <source>Affected objects:</source>
        <translation>Betroffene Objekte:</translation>
    </message>
    <message>
        <source>What caused the problem?</source>
        <translation>Was hat das Problem verursacht?</translation>
    </message>
    <message>
        <source>Recovery steps</source>
        <translation>Wiederherstellungsschritte</translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteEnginesDialog</name>
    <message>
        <source>Remote Engines</source>
        <translation>Ferne Engines</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Replication Listener</source>
        <translation>Replikations-Listener</translation>
    </message>
    <message>
        <source>Storage Subsystems Shown Here</source>
        <translation>Hier angezeigte Speichersubsysteme</translation>
    </message>
    <message>
        <source>Register the engine of another site</source>
        <translation>Die Engine eines anderen Standorts registrieren</translation>
    </message>
    <message>
        <source>siteB</source>
        <translation>siteB</translation>
    </message>
    <message>
        <source>HOST:PORT of its replication listener</source>
        <translation>HOST:PORT ihres Replikations-Listeners</translation>
    </message>
    <message>
        <source>a copy of its workspace&apos;s replication.key</source>
        <translation>eine Kopie der replication.key ihres Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Site name:</source>
        <translation>&amp;Standortname:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the selected engine again what it serves.</source>
        <translation>Die ausgewählte Engine erneut fragen, was sie bereitstellt.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Forget the selected engine and its storage subsystems here (refused while mirrors with its logical drives exist).</source>
        <translation>Die ausgewählte Engine und ihre Speichersubsysteme hier vergessen (abgelehnt, solange Spiegel mit ihren logischen Laufwerken bestehen).</translation>
    </message>
    <message>
        <source>Replication Key of the Remote Engine</source>
        <translation>Replikationsschlüssel der fernen Engine</translation>
    </message>
    <message>
        <source>The storage subsystems of %1 were asked again.</source>
        <translation>Die Speichersubsysteme von %1 wurden erneut abgefragt.</translation>
    </message>
    <message>
        <source>%1 is no longer registered.</source>
        <translation>%1 ist nicht mehr registriert.</translation>
    </message>
    <message>
        <source>The console is not connected to an engine.</source>
        <translation>Die Konsole ist mit keiner Engine verbunden.</translation>
    </message>
    <message>
        <source>This engine is site &lt;b&gt;%1&lt;/b&gt;. Other engines reach it at %2:%3 with the key in %4.</source>
        <translation>Diese Engine ist der Standort &lt;b&gt;%1&lt;/b&gt;. Andere Engines erreichen sie unter %2:%3 mit dem Schlüssel in %4.</translation>
    </message>
    <message>
        <source>This engine is site &lt;b&gt;%1&lt;/b&gt;. It does not listen for other engines; to let them reach it, run copylinectl --replication-listen ADDRESS:PORT on its computer.</source>
        <translation>Diese Engine ist der Standort &lt;b&gt;%1&lt;/b&gt;. Sie wartet nicht auf andere Engines; damit diese sie erreichen, führen Sie auf ihrem Computer copylinectl --replication-listen ADRESSE:PORT aus.</translation>
    </message>
    <message>
        <source>%1 is not a replication key: give the file replication.key of the other engine&apos;s workspace.</source>
        <translation>%1 ist kein Replikationsschlüssel: Geben Sie die Datei replication.key aus dem Arbeitsbereich der anderen Engine an.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is registered: its storage subsystems are shown read-only as NAME@%1.</source>
        <translation>%1 ist registriert: Ihre Speichersubsysteme werden schreibgeschützt als NAME@%1 angezeigt.</translation>
    </message>
    <message>
        <source>Asking the engine…</source>
        <translation>Engine wird abgefragt…</translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteMirrorLinkDialog</name>
    <message>
        <source>carrying frames</source>
        <translation>überträgt Frames</translation>
    </message>
    <message>
        <source>no frames</source>
        <translation>keine Frames</translation>
    </message>
    <message>
        <source>Remote Mirror Link</source>
        <translation>Fernspiegelverbindung</translation>
    </message>
    <message>
        <source>Simulation: the Fibre Channel link between the mirror ports of two storage subsystems. Controller A talks only to controller A, B only to B, so each path carries the pairs whose logical drives that controller owns. Take a path down or let it flap to rehearse a link failure; a pair notices on its next write.</source>
        <translation>Simulation: die Fibre-Channel-Verbindung zwischen den Spiegelports zweier Speichersubsysteme. Controller A kommuniziert nur mit Controller A, B nur mit B, daher überträgt jeder Pfad die Paare, deren logische Laufwerke diesem Controller gehören. Unterbrechen Sie einen Pfad oder lassen Sie ihn flattern, um einen Verbindungsausfall zu proben; ein Paar bemerkt dies bei seinem nächsten Schreibzugriff.</translation>
    </message>
    <message>
        <source>No remote mirror link exists. Links connect storage subsystems once Remote Logical Drive Mirroring is activated on both.</source>
        <translation>Es gibt keine Fernspiegelverbindung. Verbindungen verbinden Speichersubsysteme, sobald die Fernspiegelung logischer Laufwerke auf beiden aktiviert ist.</translation>
    </message>
    <message>
        <source>%1 ⇄ %2</source>
        <comment>link between subsystems</comment>
        <translation>%1 ⇄ %2</translation>
    </message>
    <message>
        <source>Path &amp;%1 (controller %1 ↔ controller %1):</source>
        <translation>Pfad &amp;%1 (Controller %1 ↔ Controller %1):</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>&amp;Bandbreite:</translation>
    </message>
    <message>
        <source>&amp;Round trip:</source>
        <translation>&amp;Umlaufzeit:</translation>
    </message>
    <message>
        <source>&amp;Maximum allowed round trip:</source>
        <translation>&amp;Maximal zulässige Umlaufzeit:</translation>
    </message>
    <message>
        <source>&amp;Flap period:</source>
        <translation>&amp;Flatterperiode:</translation>
    </message>
    <message>
        <source>0 = as fast as the volume files go</source>
        <translation>0 = so schnell, wie die Datenträgerdateien es zulassen</translation>
    </message>
    <message>
        <source>what each remote write waits for</source>
        <translation>worauf jeder ferne Schreibzugriff wartet</translation>
    </message>
    <message>
        <source>the Communication Test&apos;s limit</source>
        <translation>die Grenze des Kommunikationstests</translation>
    </message>
    <message>
        <source>how long a flapping path stays up, then down</source>
        <translation>wie lange ein flatternder Pfad aktiv und dann ausgefallen bleibt</translation>
    </message>
    <message>
        <source>Data sent:</source>
        <translation>Gesendete Daten:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Show the copylinectl command that does what Apply does</source>
        <translation>Den copylinectl-Befehl anzeigen, der dasselbe wie „Übernehmen“ bewirkt</translation>
    </message>
    <message>
        <source>In process</source>
        <translation>Prozessintern</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>TCP: every transfer crosses a real connection (checksummed frames, keyed peers)</source>
        <translation>TCP: Jede Übertragung läuft über eine echte Verbindung (Frames mit Prüfsumme, Peers mit Schlüssel)</translation>
    </message>
    <message>
        <source>%1 over TCP to %2 (connected)</source>
        <translation>%1 über TCP zu %2 (verbunden)</translation>
    </message>
    <message>
        <source>%1 over TCP to %2 (not connected)</source>
        <translation>%1 über TCP zu %2 (nicht verbunden)</translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteMirrorRules</name>
    <message>
        <source>Synchronization-in-Progress</source>
        <comment>mirror pair status</comment>
        <translation>Synchronisation läuft</translation>
    </message>
    <message>
        <source>Synchronized</source>
        <comment>mirror pair status</comment>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Unsynchronized</source>
        <comment>mirror pair status</comment>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>Optimal/Suspended</source>
        <comment>mirror pair status</comment>
        <translation>Optimal/Ausgesetzt</translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <comment>mirror pair status</comment>
        <translation>Reagiert nicht</translation>
    </message>
    <message>
        <source>Dual Primary</source>
        <comment>mirror pair status</comment>
        <translation>Doppelt primär</translation>
    </message>
    <message>
        <source>Dual Secondary</source>
        <comment>mirror pair status</comment>
        <translation>Doppelt sekundär</translation>
    </message>
    <message>
        <source>%1 (secondary inconsistent)</source>
        <comment>mirror pair status</comment>
        <translation>%1 (Sekundärlaufwerk inkonsistent)</translation>
    </message>
    <message>
        <source>Primary</source>
        <comment>mirror role</comment>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Secondary</source>
        <comment>mirror role</comment>
        <translation>Sekundär</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Asynchronous, write consistency group</source>
        <translation>Asynchron, Schreibkonsistenzgruppe</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>Metro Mirroring</source>
        <translation>Metro Mirroring</translation>
    </message>
    <message>
        <source>Global Mirroring</source>
        <translation>Global Mirroring</translation>
    </message>
    <message>
        <source>Global Copy</source>
        <translation>Global Copy</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>resynchronization method</comment>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>resynchronization method</comment>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Up</source>
        <comment>link path</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>link path</comment>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Flapping</source>
        <comment>link path</comment>
        <translation>Flatternd</translation>
    </message>
    <message>
        <source>%1 → %2 on %3</source>
        <comment>primary → secondary on subsystem</comment>
        <translation>%1 → %2 auf %3</translation>
    </message>
    <message>
        <source>%1 ← %2 on %3</source>
        <comment>secondary ← primary on subsystem</comment>
        <translation>%1 ← %2 auf %3</translation>
    </message>
    <message>
        <source>Data is copied from %1 to %2.</source>
        <translation>Die Daten werden von %1 nach %2 kopiert.</translation>
    </message>
    <message>
        <source>No storage subsystem is shown.</source>
        <translation>Es wird kein Speichersubsystem angezeigt.</translation>
    </message>
    <message>
        <source>The %1 does not support Remote Logical Drive Mirroring.</source>
        <translation>Das %1 unterstützt keine Fernspiegelung logischer Laufwerke.</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is already activated (%1).</source>
        <translation>Die Fernspiegelung logischer Laufwerke ist bereits aktiviert (%1).</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is %1: enable the premium feature with its key file first (Storage Subsystem ▸ Premium Features ▸ Enable).</source>
        <translation>Die Fernspiegelung logischer Laufwerke ist %1: Schalten Sie zuerst das Premium-Feature mit seiner Schlüsseldatei frei (Speichersubsystem ▸ Premium-Features ▸ Freischalten).</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is not activated (%1).</source>
        <translation>Die Fernspiegelung logischer Laufwerke ist nicht aktiviert (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n mirror relationship(s) exist on this storage subsystem: remove them first (Logical Drive ▸ Remote Mirroring ▸ Remove Mirror Relationship).</source>
        <translation>
            <numerusform>Auf diesem Speichersubsystem besteht %n Spiegelbeziehung: Entfernen Sie sie zuerst (Logisches Laufwerk ▸ Fernspiegelung ▸ Spiegelbeziehung entfernen).</numerusform>
            <numerusform>Auf diesem Speichersubsystem bestehen %n Spiegelbeziehungen: Entfernen Sie sie zuerst (Logisches Laufwerk ▸ Fernspiegelung ▸ Spiegelbeziehung entfernen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is %1 on this storage subsystem; mirrors need it Enabled/Activated (Storage Subsystem ▸ Premium Features ▸ Enable, then Storage Subsystem ▸ Remote Mirroring ▸ Activate).</source>
        <translation>Die Fernspiegelung logischer Laufwerke ist auf diesem Speichersubsystem %1; Spiegel setzen „Freigeschaltet/Aktiviert“ voraus (Speichersubsystem ▸ Premium-Features ▸ Freischalten, dann Speichersubsystem ▸ Fernspiegelung ▸ Aktivieren).</translation>
    </message>
    <message>
        <source>This %1 already has %2 mirrored logical drives, its maximum.</source>
        <translation>Dieses %1 hat bereits %2 gespiegelte logische Laufwerke, seine Höchstzahl.</translation>
    </message>
    <message>
        <source>Select the logical drive to mirror (it becomes the primary).</source>
        <translation>Wählen Sie das logische Laufwerk aus, das gespiegelt werden soll (es wird zum Primärlaufwerk).</translation>
    </message>
    <message>
        <source>Select the primary logical drive of a mirrored pair.</source>
        <translation>Wählen Sie das primäre logische Laufwerk eines gespiegelten Paars aus.</translation>
    </message>
    <message>
        <source>%1 is a secondary: suspend the pair from its primary %2 on %3.</source>
        <translation>%1 ist ein Sekundärlaufwerk: Setzen Sie das Paar von seinem Primärlaufwerk %2 auf %3 aus.</translation>
    </message>
    <message>
        <source>The pair is %1; only a Synchronized, synchronizing or Unsynchronized pair can be suspended.</source>
        <translation>Das Paar ist %1; nur ein Paar im Status „Synchronisiert“, „Synchronisation läuft“ oder „Nicht synchronisiert“ kann ausgesetzt werden.</translation>
    </message>
    <message>
        <source>%1 is a secondary: resume the pair from its primary %2 on %3.</source>
        <translation>%1 ist ein Sekundärlaufwerk: Setzen Sie das Paar von seinem Primärlaufwerk %2 auf %3 fort.</translation>
    </message>
    <message>
        <source>The pair is %1; only a Suspended or Unsynchronized pair can be resumed.</source>
        <translation>Das Paar ist %1; nur ein Paar im Status „Ausgesetzt“ oder „Nicht synchronisiert“ kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Select a logical drive of a mirrored pair.</source>
        <translation>Wählen Sie ein logisches Laufwerk eines gespiegelten Paars aus.</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is not activated on this storage subsystem.</source>
        <translation>Die Fernspiegelung logischer Laufwerke ist auf diesem Speichersubsystem nicht aktiviert.</translation>
    </message>
    <message>
        <source>The remote storage subsystem no longer lists this relationship (Unresponsive): remove it here.</source>
        <translation>Das ferne Speichersubsystem führt diese Beziehung nicht mehr (Reagiert nicht): Entfernen Sie sie hier.</translation>
    </message>
    <message>
        <source>%1 is already a %2 (%3): change the role of one side to resolve the conflict.</source>
        <translation>%1 hat bereits die Rolle %2 (%3): Ändern Sie die Rolle einer Seite, um den Konflikt zu lösen.</translation>
    </message>
    <message>
        <source>%1 is already the %2 of its mirrored pair.</source>
        <translation>%1 hat in seinem gespiegelten Paar bereits die Rolle %2.</translation>
    </message>
    <message>
        <source>%1 is a secondary: change the settings from its primary %2 on %3.</source>
        <translation>%1 ist ein Sekundärlaufwerk: Ändern Sie die Einstellungen von seinem Primärlaufwerk %2 auf %3 aus.</translation>
    </message>
    <message>
        <source>Select the primary or secondary logical drive of a mirrored pair.</source>
        <translation>Wählen Sie das primäre oder sekundäre logische Laufwerk eines gespiegelten Paars aus.</translation>
    </message>
    <message>
        <source>No remote mirror link connects the two storage subsystems.</source>
        <translation>Keine Fernspiegelverbindung verbindet die beiden Speichersubsysteme.</translation>
    </message>
    <message>
        <source>This storage subsystem has no mirror relationships.</source>
        <translation>Dieses Speichersubsystem hat keine Spiegelbeziehungen.</translation>
    </message>
    <message>
        <source>%1 is a secondary: verify the pair from its primary.</source>
        <translation>%1 ist ein sekundäres Laufwerk: Überprüfen Sie das Paar vom primären aus.</translation>
    </message>
    <message>
        <source>A verification compares both sides over the link: resume the pair first.</source>
        <translation>Eine Überprüfung vergleicht beide Seiten über die Verbindung: Setzen Sie das Paar zuerst fort.</translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteMirrorsWindow</name>
    <message>
        <source>Remote Mirrors</source>
        <translation>Fernspiegel</translation>
    </message>
    <message>
        <source>Each storage subsystem keeps its own record of every mirrored pair it takes part in; the panes show both sides.</source>
        <translation>Jedes Speichersubsystem führt einen eigenen Datensatz zu jedem gespiegelten Paar, an dem es beteiligt ist; die Bereiche zeigen beide Seiten.</translation>
    </message>
    <message>
        <source>No storage subsystem of this workspace supports Enhanced Remote Mirroring.</source>
        <translation>Kein Speichersubsystem dieses Arbeitsbereichs unterstützt die erweiterte Fernspiegelung (Enhanced Remote Mirroring).</translation>
    </message>
    <message>
        <source>Remote &amp;Mirroring</source>
        <translation>Fern&amp;spiegelung</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Si&amp;mulation</source>
        <translation>Si&amp;mulation</translation>
    </message>
    <message>
        <source>Synchronization progress of the selected pair</source>
        <translation>Synchronisationsfortschritt des ausgewählten Paars</translation>
    </message>
    <message>
        <source>restore the link, then Resume</source>
        <translation>Verbindung wiederherstellen, dann „Fortsetzen“</translation>
    </message>
    <message>
        <source>remove the relationship on this storage subsystem</source>
        <translation>Beziehung auf diesem Speichersubsystem entfernen</translation>
    </message>
    <message>
        <source>change the role of one side once the storage subsystems communicate</source>
        <translation>Rolle einer Seite ändern, sobald die Speichersubsysteme kommunizieren</translation>
    </message>
    <message>
        <source>%1 on %2 is %3: %4.</source>
        <comment>drive on subsystem is status: advice</comment>
        <translation>%1 auf %2 ist %3: %4.</translation>
    </message>
    <message>
        <source>Needs Attention: %1</source>
        <translation>Eingriff erforderlich: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count status</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mirror record(s)</source>
        <translation>
            <numerusform>%n Spiegeldatensatz</numerusform>
            <numerusform>%n Spiegeldatensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Mirror records of %1</source>
        <translation>Spiegeldatensätze von %1</translation>
    </message>
    <message>
        <source>%1 · Remote Logical Drive Mirroring %2 · %3 of %4 mirrored logical drives</source>
        <comment>model · option state · count</comment>
        <translation>%1 · Fernspiegelung logischer Laufwerke %2 · %3 von %4 gespiegelten logischen Laufwerken</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <comment>primary → secondary: progress</comment>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>%1, %2 remaining</source>
        <comment>progress, time remaining</comment>
        <translation>%1, %2 verbleibend</translation>
    </message>
    <message>
        <source>it resynchronizes by itself once the link is back</source>
        <translation>das Paar resynchronisiert sich selbst, sobald die Verbindung wieder besteht</translation>
    </message>
    <message numerus="yes">
        <source>%n more pair(s) need attention.</source>
        <translation>
            <numerusform>%n weiteres Paar erfordert einen Eingriff.</numerusform>
            <numerusform>%n weitere Paare erfordern einen Eingriff.</numerusform>
        </translation>
    </message>
    <message>
        <source>mirrors with %1</source>
        <translation>Spiegelpartner: %1</translation>
    </message>
    <message>
        <source>Logical drive, status, role or mode</source>
        <translation>Logisches Laufwerk, Status, Rolle oder Modus</translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteSubsystemPage</name>
    <message>
        <source>Select Remote Storage Subsystem</source>
        <translation>Fernes Speichersubsystem auswählen</translation>
    </message>
    <message>
        <source>The secondary logical drive is on the remote storage subsystem.</source>
        <translation>Das sekundäre logische Laufwerk befindet sich auf dem fernen Speichersubsystem.</translation>
    </message>
    <message>
        <source>Only storage subsystems with Remote Logical Drive Mirroring &lt;b&gt;Enabled/Activated&lt;/b&gt; are listed; at most two storage subsystems take part in a mirror configuration.</source>
        <translation>Nur Speichersubsysteme, auf denen die Fernspiegelung logischer Laufwerke &lt;b&gt;freigeschaltet/aktiviert&lt;/b&gt; ist, werden aufgeführt; höchstens zwei Speichersubsysteme nehmen an einer Spiegelkonfiguration teil.</translation>
    </message>
    <message>
        <source>Select the &amp;remote storage subsystem:</source>
        <translation>&amp;Fernes Speichersubsystem auswählen:</translation>
    </message>
    <message>
        <source>Storage Subsystem</source>
        <translation>Speichersubsystem</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Mirrored Logical Drives</source>
        <translation>Gespiegelte logische Laufwerke</translation>
    </message>
    <message>
        <source>Remote Mirror Link</source>
        <translation>Fernspiegelverbindung</translation>
    </message>
    <message>
        <source>Remote storage subsystems</source>
        <translation>Ferne Speichersubsysteme</translation>
    </message>
    <message>
        <source>%1: the %2 has no Remote Logical Drive Mirroring</source>
        <translation>%1: Das %2 hat keine Fernspiegelung logischer Laufwerke</translation>
    </message>
    <message>
        <source>%1: Remote Logical Drive Mirroring is %2 (it must be Enabled/Activated)</source>
        <translation>%1: Die Fernspiegelung logischer Laufwerke ist %2 (sie muss freigeschaltet/aktiviert sein)</translation>
    </message>
    <message>
        <source>No remote mirror link connects it to this storage subsystem.</source>
        <translation>Keine Fernspiegelverbindung verbindet es mit diesem Speichersubsystem.</translation>
    </message>
    <message>
        <source>This storage subsystem already mirrors with %1; at most two storage subsystems take part in a mirror configuration.</source>
        <translation>Dieses Speichersubsystem spiegelt bereits mit %1; höchstens zwei Speichersubsysteme nehmen an einer Spiegelkonfiguration teil.</translation>
    </message>
    <message>
        <source>It already has %1 mirrored logical drives, the most a %2 supports.</source>
        <translation>Es hat bereits %1 gespiegelte logische Laufwerke, die Höchstzahl für ein %2.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Path A %1, path B %2</source>
        <translation>Pfad A %1, Pfad B %2</translation>
    </message>
    <message>
        <source>Not listed:</source>
        <translation>Nicht aufgeführt:</translation>
    </message>
    <message>
        <source>No remote storage subsystem has Remote Logical Drive Mirroring Enabled/Activated. Enable and activate it there first.</source>
        <translation>Auf keinem fernen Speichersubsystem ist die Fernspiegelung logischer Laufwerke freigeschaltet/aktiviert. Schalten Sie sie dort zuerst frei, und aktivieren Sie sie.</translation>
    </message>
</context>
<context>
    <name>Copyline::RemoveMirrorRelationshipDialog</name>
    <message>
        <source>Remove Mirror Relationship</source>
        <translation>Spiegelbeziehung entfernen</translation>
    </message>
    <message>
        <source>All mirror relationships of this storage subsystem are listed; select the ones to remove (Ctrl+click selects several). The data on both logical drives is not changed: the primary goes on serving hosts, and the secondary becomes a standard logical drive hosts can write. To keep the relationship while you back up the secondary, use Suspend instead.</source>
        <translation>Alle Spiegelbeziehungen dieses Speichersubsystems werden aufgeführt; wählen Sie die zu entfernenden aus (Strg+Klick wählt mehrere aus). Die Daten auf beiden logischen Laufwerken werden nicht geändert: Das Primärlaufwerk bedient weiter die Hosts, und das Sekundärlaufwerk wird zu einem logischen Standardlaufwerk, auf das Hosts schreiben können. Um die Beziehung zu behalten, während Sie das Sekundärlaufwerk sichern, verwenden Sie stattdessen „Aussetzen“.</translation>
    </message>
    <message>
        <source>Write Mode</source>
        <translation>Schreibmodus</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>write mode (copy type)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This storage subsystem has no mirror relationships.</source>
        <translation>Dieses Speichersubsystem hat keine Spiegelbeziehungen.</translation>
    </message>
    <message>
        <source>The remote storage subsystem cannot be reached for %1, or no longer lists it: only this storage subsystem&apos;s side of the relationship is removed. Remove it on the other storage subsystem too once the link is back.</source>
        <translation>Das ferne Speichersubsystem ist für %1 nicht erreichbar oder führt die Beziehung nicht mehr: Nur die Seite der Beziehung auf diesem Speichersubsystem wird entfernt. Entfernen Sie sie auch auf dem anderen Speichersubsystem, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Remove these mirror relationships?

%1

The data on both logical drives is not changed. The relationships can be created again later, with a full synchronization.</source>
        <translation>Diese Spiegelbeziehungen entfernen?

%1

Die Daten auf beiden logischen Laufwerken werden nicht geändert. Die Beziehungen können später mit einer vollständigen Synchronisation erneut erstellt werden.</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Removed on this storage subsystem only: %1. The remote storage subsystem still lists the relationship; remove it there too once the link is back.</source>
        <translation>Nur auf diesem Speichersubsystem entfernt: %1. Das ferne Speichersubsystem führt die Beziehung weiterhin; entfernen Sie sie auch dort, sobald die Verbindung wieder besteht.</translation>
    </message>
</context>
<context>
    <name>Copyline::RenameDialog</name>
    <message>
        <source>Rename Logical Drive</source>
        <translation>Logisches Laufwerk umbenennen</translation>
    </message>
    <message>
        <source>Rename Host</source>
        <translation>Host umbenennen</translation>
    </message>
    <message>
        <source>Rename Host Group</source>
        <translation>Hostgruppe umbenennen</translation>
    </message>
    <message>
        <source>Rename Storage Subsystem</source>
        <translation>Speichersubsystem umbenennen</translation>
    </message>
    <message>
        <source>Current name:</source>
        <translation>Aktueller Name:</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Neuer Name:</translation>
    </message>
    <message>
        <source>Enter a new name.</source>
        <translation>Geben Sie einen neuen Namen ein.</translation>
    </message>
</context>
<context>
    <name>Copyline::RepositoryCapacityPage</name>
    <message>
        <source>Specify FlashCopy Repository Logical Drive Capacity</source>
        <translation>Kapazität des logischen FlashCopy-Repository-Laufwerks angeben</translation>
    </message>
    <message>
        <source>Size the repository for the data that will change on the base while the FlashCopy exists.</source>
        <translation>Bemessen Sie das Repository für die Daten, die sich auf der Basis ändern, solange die FlashCopy besteht.</translation>
    </message>
    <message>
        <source>Base logical drive capacity:</source>
        <translation>Kapazität des logischen Basislaufwerks:</translation>
    </message>
    <message>
        <source>&amp;percent (%) of base logical drive:</source>
        <translation>&amp;Prozent (%) des logischen Basislaufwerks:</translation>
    </message>
    <message>
        <source>FlashCopy repository logical drive capacity:</source>
        <translation>Kapazität des logischen FlashCopy-Repository-Laufwerks:</translation>
    </message>
    <message>
        <source>Repository location:</source>
        <translation>Ort des Repositorys:</translation>
    </message>
    <message>
        <source>%1 in the new RAID %2 array</source>
        <translation>%1 im neuen RAID-%2-Array</translation>
    </message>
    <message>
        <source>%1 free on %2</source>
        <translation>%1 frei in %2</translation>
    </message>
    <message>
        <source>About %1 of it holds metadata; the rest keeps the original data of base blocks written after the point in time. 20% suits a base of which up to a fifth changes while you keep the FlashCopy. A full repository can be grown later with Logical Drive ▸ Increase Capacity.</source>
        <translation>Etwa %1 davon enthält Metadaten; der Rest bewahrt die Originaldaten der Basisblöcke auf, die nach dem Zeitpunkt geschrieben werden. 20 % passen zu einer Basis, von der sich bis zu einem Fünftel ändert, solange Sie die FlashCopy behalten. Ein volles Repository kann später mit Logisches Laufwerk ▸ Kapazität erhöhen vergrößert werden.</translation>
    </message>
    <message>
        <source>%1% of the base is less than the 8 MB minimum, so the repository gets 8 MB.</source>
        <translation>%1 % der Basis sind weniger als das Minimum von 8 MB, daher erhält das Repository 8 MB.</translation>
    </message>
</context>
<context>
    <name>Copyline::RepositorySettingsWidget</name>
    <message>
        <source>Repository usage</source>
        <translation>Repository-Nutzung</translation>
    </message>
    <message>
        <source>Repository logical drive parameters</source>
        <translation>Parameter des logischen Repository-Laufwerks</translation>
    </message>
    <message>
        <source>&amp;Warn when the repository is</source>
        <translation>&amp;Warnen, wenn das Repository</translation>
    </message>
    <message>
        <source>Percent (%) full</source>
        <translation>Prozent (%) voll ist</translation>
    </message>
    <message>
        <source>When the repository becomes full:</source>
        <translation>Wenn das Repository voll ist:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attention:&lt;/b&gt; with &quot;Fail writes to base logical drive&quot;, host writes to the base fail while the repository is full. Not recommended.</source>
        <translation>&lt;b&gt;Achtung:&lt;/b&gt; Mit „Schreibzugriffe auf logisches Basislaufwerk fehlschlagen lassen“ schlagen Schreibzugriffe von Hosts auf die Basis fehl, solange das Repository voll ist. Nicht empfohlen.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>This FlashCopy no longer exists.</source>
        <translation>Diese FlashCopy ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Repository &lt;b&gt;%1&lt;/b&gt; (%2) on %3, for FlashCopy &lt;b&gt;%4&lt;/b&gt; of %5.</source>
        <translation>Repository &lt;b&gt;%1&lt;/b&gt; (%2) auf %3, für FlashCopy &lt;b&gt;%4&lt;/b&gt; von %5.</translation>
    </message>
    <message>
        <source>%1 of %2 used (%3%)</source>
        <translation>%1 von %2 belegt (%3 %)</translation>
    </message>
    <message>
        <source>The repository is full: writes to %1 fail until its capacity is increased.</source>
        <translation>Das Repository ist voll: Schreibzugriffe auf %1 schlagen fehl, bis seine Kapazität erhöht wird.</translation>
    </message>
    <message>
        <source>The FlashCopy has failed (%1); re-create or delete it.</source>
        <translation>Die FlashCopy ist fehlgeschlagen (%1); erstellen Sie sie neu, oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>The repository is past its warning threshold: increase its capacity before it fills.</source>
        <translation>Das Repository hat seine Warnschwelle überschritten: Erhöhen Sie seine Kapazität, bevor es voll ist.</translation>
    </message>
    <message>
        <source>%1 available · warning at %2% full</source>
        <translation>%1 verfügbar · Warnung bei %2 % Füllstand</translation>
    </message>
</context>
<context>
    <name>Copyline::RunningOperations</name>
    <message>
        <source>%1 → %2</source>
        <comment>source → target</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>VolumeCopy</source>
        <translation>VolumeCopy</translation>
    </message>
    <message>
        <source>Mirror synchronization</source>
        <translation>Spiegelsynchronisation</translation>
    </message>
    <message>
        <source>Background copy</source>
        <translation>Hintergrundkopie</translation>
    </message>
    <message>
        <source>Capacity expansion</source>
        <translation>Kapazitätserweiterung</translation>
    </message>
    <message>
        <source>Host workload</source>
        <translation>Host-Arbeitslast</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>running operation</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>running operation</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>running operation</comment>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>running operation</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>running operation</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>running operation</comment>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>running operation</comment>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>operation, objects, state</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>notification, reason</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>remote drive on subsystem</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message numerus="yes">
        <source>%1% reads, %n logical drive(s)</source>
        <translation>
            <numerusform>%1 % Lesevorgänge, %n logisches Laufwerk</numerusform>
            <numerusform>%1 % Lesevorgänge, %n logische Laufwerke</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair synchronization</source>
        <translation>Paarsynchronisation</translation>
    </message>
</context>
<context>
    <name>Copyline::RunningOperationsDock</name>
    <message>
        <source>Running Operations</source>
        <translation>Laufende Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Running Operations</source>
        <translation>&amp;Laufende Vorgänge</translation>
    </message>
    <message>
        <source>Show every copy, mirror synchronization and host workload that runs, with progress, rate and ETA</source>
        <translation>Jede laufende Kopie, Spiegelsynchronisation und Host-Arbeitslast mit Fortschritt, Rate und Restzeit anzeigen</translation>
    </message>
    <message>
        <source>Copyline running operations</source>
        <translation>Laufende Copyline-Vorgänge</translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation>Vorgang fehlgeschlagen</translation>
    </message>
    <message>
        <source>Operation ended</source>
        <translation>Vorgang beendet</translation>
    </message>
</context>
<context>
    <name>Copyline::RunningOperationsModel</name>
    <message>
        <source>—</source>
        <comment>ETA unknown</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>ETA seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>ETA minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>ETA hours minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>progress</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>Subsystem</translation>
    </message>
    <message>
        <source>Object(s)</source>
        <translation>Objekt(e)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
</context>
<context>
    <name>Copyline::RunningOperationsPanel</name>
    <message>
        <source>Cl&amp;ear Finished</source>
        <translation>Beendete &amp;entfernen</translation>
    </message>
    <message>
        <source>Running operations</source>
        <translation>Laufende Vorgänge</translation>
    </message>
    <message>
        <source>Mirror synchronization</source>
        <translation>Spiegelsynchronisation</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>running operation</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>No operations are running.</source>
        <translation>Es laufen keine Vorgänge.</translation>
    </message>
    <message>
        <source>Remove the operations that have ended from the list</source>
        <translation>Die beendeten Vorgänge aus der Liste entfernen</translation>
    </message>
    <message>
        <source>No operations are running; the ended ones stay listed for five minutes.</source>
        <translation>Es laufen keine Vorgänge; beendete bleiben fünf Minuten lang aufgeführt.</translation>
    </message>
</context>
<context>
    <name>Copyline::RunningOperationsSummary</name>
    <message>
        <source>Show the running operations (View ▸ Running Operations)</source>
        <translation>Die laufenden Vorgänge anzeigen (Ansicht ▸ Laufende Vorgänge)</translation>
    </message>
    <message>
        <source>Running operations</source>
        <translation>Laufende Vorgänge</translation>
    </message>
    <message>
        <source>1 operation running</source>
        <translation>1 Vorgang läuft</translation>
    </message>
    <message>
        <source>%1 operations running</source>
        <translation>%1 Vorgänge laufen</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>progress</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>operations running — progress · ETA</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Copyline::SecondaryPage</name>
    <message>
        <source>Select Secondary Logical Drive</source>
        <translation>Sekundäres logisches Laufwerk auswählen</translation>
    </message>
    <message>
        <source>All data on the secondary is overwritten by the primary&apos;s. Only logical drives at least as large as the primary are listed.</source>
        <translation>Alle Daten auf dem Sekundärlaufwerk werden durch die des Primärlaufwerks überschrieben. Nur logische Laufwerke, die mindestens so groß wie das Primärlaufwerk sind, werden aufgeführt.</translation>
    </message>
    <message>
        <source>Select the &amp;secondary logical drive:</source>
        <translation>&amp;Sekundäres logisches Laufwerk auswählen:</translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>Logisches Laufwerk</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Secondary logical drives</source>
        <translation>Sekundäre logische Laufwerke</translation>
    </message>
    <message>
        <source>Looking for candidates on the remote storage subsystem…</source>
        <translation>Kandidaten auf dem fernen Speichersubsystem werden gesucht…</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Not listed, smaller than %1 (%2): %3.</source>
        <translation>Nicht aufgeführt, kleiner als %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Primary logical drive: &lt;b&gt;%1&lt;/b&gt; (%2) on %3. Secondary candidates on &lt;b&gt;%4&lt;/b&gt;:</source>
        <translation>Primäres logisches Laufwerk: &lt;b&gt;%1&lt;/b&gt; (%2) auf %3. Sekundäre Kandidaten auf &lt;b&gt;%4&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>%1 has no logical drive of at least %2 that can be the secondary. Create one (Logical Drive ▸ Create on that storage subsystem), then come back.</source>
        <translation>%1 hat kein logisches Laufwerk mit mindestens %2, das Sekundärlaufwerk sein kann. Erstellen Sie eines (Logisches Laufwerk ▸ Erstellen auf diesem Speichersubsystem), und kehren Sie dann zurück.</translation>
    </message>
</context>
<context>
    <name>Copyline::StatusArea</name>
    <message>
        <source>Premium features:</source>
        <translation>Premium-Features:</translation>
    </message>
    <message>
        <source>The storage subsystem Needs Attention:</source>
        <translation>Das Speichersubsystem erfordert einen Eingriff:</translation>
    </message>
    <message>
        <source>Click to open the Recovery Guru with the recovery steps.</source>
        <translation>Klicken, um den Recovery Guru mit den Wiederherstellungsschritten zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Needs Attention: %n problem(s); opens the Recovery Guru</source>
        <translation>
            <numerusform>Eingriff erforderlich: %n Problem; öffnet den Recovery Guru</numerusform>
            <numerusform>Eingriff erforderlich: %n Probleme; öffnet den Recovery Guru</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs Attention (%1)</source>
        <translation>Eingriff erforderlich (%1)</translation>
    </message>
</context>
<context>
    <name>Copyline::SubsystemDelegate</name>
    <message>
        <source>Storage Subsystem</source>
        <translation>Speichersubsystem</translation>
    </message>
</context>
<context>
    <name>Copyline::SubsystemListModel</name>
    <message>
        <source>Storage Subsystems</source>
        <translation>Speichersubsysteme</translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <comment>storage subsystem status</comment>
        <translation>Reagiert nicht</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>model · status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Its engine does not answer: shown as it last said; the console reconnects by itself.</source>
        <translation>Seine Engine antwortet nicht: angezeigt wie zuletzt gemeldet; die Konsole verbindet sich selbst wieder.</translation>
    </message>
</context>
<context>
    <name>Copyline::SubsystemPropertiesDialog</name>
    <message>
        <source>Storage Subsystem Properties</source>
        <translation>Eigenschaften des Speichersubsystems</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>World-wide name (WWN)</source>
        <translation>World Wide Name (WWN)</translation>
    </message>
    <message>
        <source>Controller firmware</source>
        <translation>Controller-Firmware</translation>
    </message>
    <message>
        <source>Feature enable identifier</source>
        <translation>Feature-Aktivierungs-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1, serial number %2</source>
        <translation>%1, Seriennummer %2</translation>
    </message>
    <message>
        <source>Host ports per controller</source>
        <translation>Host-Ports pro Controller</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Gehäuse</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>Laufwerke</translation>
    </message>
    <message>
        <source>%1 (%2 assigned, %3 unassigned, %4 hot spares, %5 not optimal)</source>
        <translation>%1 (%2 zugeordnet, %3 nicht zugeordnet, %4 Hot-Spares, %5 nicht optimal)</translation>
    </message>
    <message>
        <source>Raw capacity</source>
        <translation>Rohkapazität</translation>
    </message>
    <message>
        <source>Arrays</source>
        <translation>Arrays</translation>
    </message>
    <message>
        <source>Configured capacity</source>
        <translation>Konfigurierte Kapazität</translation>
    </message>
    <message>
        <source>Free capacity in arrays</source>
        <translation>Freie Kapazität in Arrays</translation>
    </message>
    <message>
        <source>Unconfigured capacity</source>
        <translation>Nicht konfigurierte Kapazität</translation>
    </message>
    <message>
        <source>Logical drives</source>
        <translation>Logische Laufwerke</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 von höchstens %2</translation>
    </message>
    <message>
        <source>Host groups</source>
        <translation>Hostgruppen</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>LUN mappings</source>
        <translation>LUN-Zuordnungen</translation>
    </message>
    <message>
        <source>Copy Services</source>
        <translation>Kopierservices</translation>
    </message>
</context>
<context>
    <name>Copyline::SuspendResumeMirrorDialog</name>
    <message>
        <source>Suspend Mirrored Pair</source>
        <translation>Gespiegeltes Paar aussetzen</translation>
    </message>
    <message>
        <source>Resume Mirrored Pair</source>
        <translation>Gespiegeltes Paar fortsetzen</translation>
    </message>
    <message>
        <source>Select the mirrored pairs to suspend (Ctrl+click selects several). Data transfer to the secondary stops and the relationship is kept: writes to the primary are recorded in the mirror repository, and Resume copies only the regions written since. No attempt is made to contact the secondary. Use it, for example, to take a backup of the secondary.</source>
        <translation>Wählen Sie die gespiegelten Paare aus, die ausgesetzt werden sollen (Strg+Klick wählt mehrere aus). Die Datenübertragung zum Sekundärlaufwerk endet, und die Beziehung bleibt bestehen: Schreibzugriffe auf das Primärlaufwerk werden im Spiegelrepository aufgezeichnet, und „Fortsetzen“ kopiert nur die seitdem geschriebenen Bereiche. Es wird nicht versucht, das Sekundärlaufwerk zu kontaktieren. Verwenden Sie dies zum Beispiel, um eine Sicherung des Sekundärlaufwerks zu erstellen.</translation>
    </message>
    <message>
        <source>Select the mirrored pairs to resume (Ctrl+click selects several). Only the regions written since the pair was suspended or became unsynchronized are copied to the secondary; the secondary is inconsistent until that resynchronization completes.</source>
        <translation>Wählen Sie die gespiegelten Paare aus, die fortgesetzt werden sollen (Strg+Klick wählt mehrere aus). Nur die Bereiche, die geschrieben wurden, seit das Paar ausgesetzt oder nicht synchronisiert wurde, werden auf das Sekundärlaufwerk kopiert; das Sekundärlaufwerk ist inkonsistent, bis diese Resynchronisation abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Write Mode</source>
        <translation>Schreibmodus</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Aussetzen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>The pair is %1; only a Synchronized, synchronizing or Unsynchronized pair can be suspended.</source>
        <translation>Das Paar ist %1; nur ein Paar im Status „Synchronisiert“, „Synchronisation läuft“ oder „Nicht synchronisiert“ kann ausgesetzt werden.</translation>
    </message>
    <message>
        <source>The pair is %1; only a Suspended or Unsynchronized pair can be resumed.</source>
        <translation>Das Paar ist %1; nur ein Paar im Status „Ausgesetzt“ oder „Nicht synchronisiert“ kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>write mode (copy type)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This storage subsystem has no primary logical drives of mirrored pairs.</source>
        <translation>Dieses Speichersubsystem hat keine primären logischen Laufwerke gespiegelter Paare.</translation>
    </message>
    <message>
        <source>%1 belong to the write consistency group of this storage subsystem: the console suspends the whole group together, so that the secondaries keep one common point in time.</source>
        <translation>%1 gehören zur Schreibkonsistenzgruppe dieses Speichersubsystems: Die Konsole setzt die gesamte Gruppe gemeinsam aus, damit die Sekundärlaufwerke einen gemeinsamen Zeitpunkt behalten.</translation>
    </message>
    <message>
        <source>%1 belong to the write consistency group of this storage subsystem: the console resumes the whole group together (the script interface can resume a single member).</source>
        <translation>%1 gehören zur Schreibkonsistenzgruppe dieses Speichersubsystems: Die Konsole setzt die gesamte Gruppe gemeinsam fort (die Scriptschnittstelle kann ein einzelnes Mitglied fortsetzen).</translation>
    </message>
    <message>
        <source>Suspend mirroring of these pairs?

%1

Data transfer to the secondaries stops; no attempt is made to contact them. Writes to the primaries are recorded, and Resume copies only the regions written since. Suspending clears a Needs Attention condition caused by a communication failure.</source>
        <translation>Spiegelung dieser Paare aussetzen?

%1

Die Datenübertragung zu den Sekundärlaufwerken endet; es wird nicht versucht, sie zu kontaktieren. Schreibzugriffe auf die Primärlaufwerke werden aufgezeichnet, und „Fortsetzen“ kopiert nur die seitdem geschriebenen Bereiche. Das Aussetzen behebt einen durch einen Kommunikationsfehler verursachten Zustand „Eingriff erforderlich“.</translation>
    </message>
    <message>
        <source>%1 → %2: from %3 to %4</source>
        <comment>pair: from subsystem to subsystem</comment>
        <translation>%1 → %2: von %3 nach %4</translation>
    </message>
    <message>
        <source>Resume mirroring of these pairs?

%1

Only the regions written since mirroring stopped are copied. Until that completes the secondaries hold a mix of old and new data and cannot be used for recovery.</source>
        <translation>Spiegelung dieser Paare fortsetzen?

%1

Nur die seit dem Stopp der Spiegelung geschriebenen Bereiche werden kopiert. Bis dies abgeschlossen ist, enthalten die Sekundärlaufwerke eine Mischung aus alten und neuen Daten und können nicht für eine Wiederherstellung verwendet werden.</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Suspend Mirrored Pair - Progress</source>
        <translation>Gespiegeltes Paar aussetzen – Fortschritt</translation>
    </message>
    <message>
        <source>Resume Mirrored Pair - Progress</source>
        <translation>Gespiegeltes Paar fortsetzen – Fortschritt</translation>
    </message>
    <message numerus="yes">
        <source>Suspending %n mirrored pair(s).</source>
        <translation>
            <numerusform>%n gespiegeltes Paar wird ausgesetzt.</numerusform>
            <numerusform>%n gespiegelte Paare werden ausgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n mirrored pair(s).</source>
        <translation>
            <numerusform>%n gespiegeltes Paar wird fortgesetzt.</numerusform>
            <numerusform>%n gespiegelte Paare werden fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Resumed: synchronizing</source>
        <translation>Fortgesetzt: wird synchronisiert</translation>
    </message>
</context>
<context>
    <name>Copyline::SyncSettingsPage</name>
    <message>
        <source>Select Synchronization Settings</source>
        <translation>Synchronisationseinstellungen auswählen</translation>
    </message>
    <message>
        <source>How fast synchronizations copy, and what happens when a broken link is restored.</source>
        <translation>Wie schnell Synchronisationen kopieren und was geschieht, wenn eine unterbrochene Verbindung wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>Synchronization &amp;priority:</source>
        <translation>Synchronisations&amp;priorität:</translation>
    </message>
    <message>
        <source>Synchronization priority</source>
        <translation>Synchronisationspriorität</translation>
    </message>
    <message>
        <source>Compared with Highest, a synchronization takes about 2 times as long at High, 3.5 at Medium, 6 at Low and 8 at Lowest. A higher priority costs host I/O performance.</source>
        <translation>Verglichen mit „Höchste“ dauert eine Synchronisation bei „Hoch“ etwa 2-mal so lange, bei „Mittel“ 3,5-mal, bei „Niedrig“ 6-mal und bei „Niedrigste“ 8-mal. Eine höhere Priorität geht zu Lasten der Host-E/A-Leistung.</translation>
    </message>
    <message>
        <source>Resynchronization method:</source>
        <translation>Resynchronisationsmethode:</translation>
    </message>
    <message>
        <source>&amp;Manual (recommended)</source>
        <translation>&amp;Manuell (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <source>After a link interruption the pair stays Unsynchronized until you select Resume: you decide when the secondary is overwritten.</source>
        <translation>Nach einer Verbindungsunterbrechung bleibt das Paar im Status „Nicht synchronisiert“, bis Sie „Fortsetzen“ wählen: Sie entscheiden, wann das Sekundärlaufwerk überschrieben wird.</translation>
    </message>
    <message>
        <source>The pair resynchronizes as soon as the storage subsystems communicate again. Several interruptions during one resynchronization can leave the secondary with a mix of old and new data that is unusable for disaster recovery.</source>
        <translation>Das Paar resynchronisiert sich, sobald die Speichersubsysteme wieder kommunizieren. Mehrere Unterbrechungen während einer Resynchronisation können das Sekundärlaufwerk mit einer Mischung aus alten und neuen Daten hinterlassen, die für die Notfallwiederherstellung unbrauchbar ist.</translation>
    </message>
    <message>
        <source>Pairs in the write consistency group resynchronize manually.</source>
        <translation>Paare in der Schreibkonsistenzgruppe werden manuell resynchronisiert.</translation>
    </message>
    <message>
        <source>The pair joins the write consistency group: its resynchronization is Manual, so that one Resume brings the whole group back together.</source>
        <translation>Das Paar tritt der Schreibkonsistenzgruppe bei: Seine Resynchronisation ist manuell, damit ein einziges „Fortsetzen“ die ganze Gruppe wieder zusammenführt.</translation>
    </message>
</context>
<context>
    <name>Copyline::Texts</name>
    <message>
        <source>logical drive</source>
        <translation>logisches Laufwerk</translation>
    </message>
    <message>
        <source>another logical drive</source>
        <translation>anderes logisches Laufwerk</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>anderer Host</translation>
    </message>
    <message>
        <source>host group</source>
        <translation>Hostgruppe</translation>
    </message>
    <message>
        <source>another host group</source>
        <translation>andere Hostgruppe</translation>
    </message>
    <message>
        <source>storage subsystem</source>
        <translation>Speichersubsystem</translation>
    </message>
    <message>
        <source>another storage subsystem</source>
        <translation>anderes Speichersubsystem</translation>
    </message>
    <message>
        <source>host port</source>
        <translation>Host-Port</translation>
    </message>
    <message>
        <source>another host port</source>
        <translation>anderer Host-Port</translation>
    </message>
    <message>
        <source>Storage Subsystem %1</source>
        <translation>Speichersubsystem %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (capacity)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unconfigured Capacity (%1)</source>
        <translation>Nicht konfigurierte Kapazität (%1)</translation>
    </message>
    <message>
        <source>Free Capacity (%1)</source>
        <translation>Freie Kapazität (%1)</translation>
    </message>
    <message>
        <source>Optimal</source>
        <comment>component status</comment>
        <translation>Optimal</translation>
    </message>
    <message>
        <source>Degraded</source>
        <comment>component status</comment>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>component status</comment>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Missing</source>
        <comment>component status</comment>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>component status</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <comment>storage subsystem status</comment>
        <translation>Eingriff erforderlich</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <comment>drive role</comment>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Assigned</source>
        <comment>drive role</comment>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Hot spare</source>
        <comment>drive role</comment>
        <translation>Hot-Spare</translation>
    </message>
    <message>
        <source>Fibre Channel</source>
        <translation>Fibre Channel</translation>
    </message>
    <message>
        <source>SATA</source>
        <translation>SATA</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>logical drive type</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>FlashCopy</source>
        <comment>logical drive type</comment>
        <translation>FlashCopy</translation>
    </message>
    <message>
        <source>FlashCopy Repository</source>
        <comment>logical drive type</comment>
        <translation>FlashCopy-Repository</translation>
    </message>
    <message>
        <source>Mirror Repository</source>
        <comment>logical drive type</comment>
        <translation>Spiegelrepository</translation>
    </message>
    <message>
        <source>Informational</source>
        <comment>event severity</comment>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>event severity</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>event severity</comment>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Controller %1</source>
        <translation>Controller %1</translation>
    </message>
    <message>
        <source>FlashCopy</source>
        <translation>FlashCopy</translation>
    </message>
    <message>
        <source>VolumeCopy</source>
        <translation>VolumeCopy</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring</source>
        <translation>Fernspiegelung logischer Laufwerke</translation>
    </message>
    <message>
        <source>Enabled</source>
        <comment>premium feature</comment>
        <translation>Freigeschaltet</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>premium feature</comment>
        <translation>Nicht freigeschaltet</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>enabled state/activation state</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Activated</source>
        <comment>remote mirroring</comment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <comment>remote mirroring</comment>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>feature - state</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Default Host Group</source>
        <translation>Standardhostgruppe</translation>
    </message>
    <message>
        <source>Host Group %1</source>
        <translation>Hostgruppe %1</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>Drive [%1,%2]</source>
        <translation>Laufwerk [%1,%2]</translation>
    </message>
    <message>
        <source>Optimal</source>
        <comment>FlashCopy status</comment>
        <translation>Optimal</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>FlashCopy status</comment>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>FlashCopy status</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Copy Pending</source>
        <comment>VolumeCopy status</comment>
        <translation>Kopie ausstehend</translation>
    </message>
    <message>
        <source>Copy In Progress</source>
        <comment>VolumeCopy status</comment>
        <translation>Kopie läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>VolumeCopy status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>VolumeCopy status</comment>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Copy Failed</source>
        <comment>VolumeCopy status</comment>
        <translation>Kopie fehlgeschlagen</translation>
    </message>
    <message>
        <source>Lowest</source>
        <comment>copy priority</comment>
        <translation>Niedrigste</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>copy priority</comment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>copy priority</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <comment>copy priority</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Highest</source>
        <comment>copy priority</comment>
        <translation>Höchste</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>time remaining</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Fail FlashCopy logical drive</source>
        <translation>Logisches FlashCopy-Laufwerk fehlschlagen lassen</translation>
    </message>
    <message>
        <source>Fail writes to base logical drive</source>
        <translation>Schreibzugriffe auf logisches Basislaufwerk fehlschlagen lassen</translation>
    </message>
    <message>
        <source>Operation in Progress</source>
        <comment>logical drive status during a modification (spec §1.4)</comment>
        <translation>Vorgang läuft</translation>
    </message>
    <message>
        <source>Dynamic logical drive expansion</source>
        <translation>Dynamische Erweiterung des logischen Laufwerks</translation>
    </message>
    <message>
        <source>Capacity increase</source>
        <translation>Kapazitätserhöhung</translation>
    </message>
    <message>
        <source>None</source>
        <comment>modification operation</comment>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <comment>transfer rate</comment>
        <translation>%1 MB/s</translation>
    </message>
</context>
<context>
    <name>Copyline::TimeChart</name>
    <message>
        <source>Seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
</context>
<context>
    <name>Copyline::TlsAttacher</name>
    <message>
        <source>the engine&apos;s address</source>
        <translation>die Adresse der Engine</translation>
    </message>
    <message>
        <source>give the HOST:PORT its copylined --listen serves, e.g. 192.0.2.7:7443</source>
        <translation>geben Sie HOST:PORT an, den ihr copylined --listen bedient, z. B. 192.0.2.7:7443</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>der Benutzer</translation>
    </message>
    <message>
        <source>give a user the engine&apos;s owner added with copylinectl --add-user</source>
        <translation>geben Sie einen Benutzer an, den der Eigentümer der Engine mit copylinectl --add-user angelegt hat</translation>
    </message>
</context>
<context>
    <name>Copyline::TopologyModel</name>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Undefined Mappings</source>
        <translation>Nicht definierte Zuordnungen</translation>
    </message>
    <message>
        <source>Logical drives that are not mapped to any host or host group.
Use Mappings ▸ Define Additional Mapping to map them.</source>
        <translation>Logische Laufwerke, die keinem Host und keiner Hostgruppe zugeordnet sind.
Mit Zuordnungen ▸ Zusätzliche Zuordnung definieren ordnen Sie sie zu.</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message numerus="yes">
        <source>Host %1
Host type: %2
%n host port(s)</source>
        <translation>
            <numerusform>Host %1
Hosttyp: %2
%n Host-Port</numerusform>
            <numerusform>Host %1
Hosttyp: %2
%n Host-Ports</numerusform>
        </translation>
    </message>
    <message>
        <source>Host Port %1</source>
        <translation>Host-Port %1</translation>
    </message>
    <message>
        <source>Host port %1
Label: %2
Type: %3</source>
        <translation>Host-Port %1
Bezeichnung: %2
Typ: %3</translation>
    </message>
    <message>
        <source>Default Host Group</source>
        <translation>Standardhostgruppe</translation>
    </message>
    <message>
        <source>Hosts without a host group share the mappings of the Default Host Group.</source>
        <translation>Hosts ohne Hostgruppe teilen sich die Zuordnungen der Standardhostgruppe.</translation>
    </message>
    <message>
        <source>Host Group %1</source>
        <translation>Hostgruppe %1</translation>
    </message>
    <message numerus="yes">
        <source>Host Group %1
%n host(s)</source>
        <translation>
            <numerusform>Hostgruppe %1
%n Host</numerusform>
            <numerusform>Hostgruppe %1
%n Hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::TypeYesConfirmation</name>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
</context>
<context>
    <name>Copyline::TypedConfirmationDialog</name>
    <message>
        <source>Show the Equivalent Command…</source>
        <translation>Entsprechenden Befehl anzeigen…</translation>
    </message>
</context>
<context>
    <name>Copyline::ViewDrivesPanel</name>
    <message>
        <source>Enclosure</source>
        <translation>Gehäuse</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Steckplatz</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>drive type</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>Laufwerke</translation>
    </message>
    <message>
        <source>Drives of %1, which holds %2</source>
        <translation>Laufwerke von %1, das %2 enthält</translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyIntroductionPage</name>
    <message>
        <source>Create Copy Wizard - Introduction</source>
        <translation>Assistent zum Erstellen von Kopien – Einführung</translation>
    </message>
    <message>
        <source>A VolumeCopy copies all data of a source logical drive onto a target logical drive.</source>
        <translation>Eine VolumeCopy kopiert alle Daten eines logischen Quelllaufwerks auf ein logisches Ziellaufwerk.</translation>
    </message>
    <message>
        <source>The controller that owns the source reads it and writes the target in the background, at the priority you choose; the target is overwritten and becomes read-only to hosts. The copy is the image the source has when the copy starts: while it runs, hosts can read the source but not write to it. Copy a &lt;b&gt;FlashCopy&lt;/b&gt; of production data instead of the data itself, so that its base stays writable.</source>
        <translation>Der Controller, dem die Quelle gehört, liest sie und schreibt das Ziel im Hintergrund mit der von Ihnen gewählten Priorität; das Ziel wird überschrieben und für Hosts schreibgeschützt. Die Kopie ist das Abbild, das die Quelle beim Start der Kopie hat: Während sie läuft, können Hosts die Quelle lesen, aber nicht beschreiben. Kopieren Sie eine &lt;b&gt;FlashCopy&lt;/b&gt; der Produktionsdaten statt der Daten selbst, damit deren Basis beschreibbar bleibt.</translation>
    </message>
    <message>
        <source>&amp;Select the source logical drive:</source>
        <translation>Logisches &amp;Quelllaufwerk auswählen:</translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>Logisches Laufwerk</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>logical drive type</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source logical drives</source>
        <translation>Logische Quelllaufwerke</translation>
    </message>
    <message>
        <source>View &amp;Drives</source>
        <translation>&amp;Laufwerke anzeigen</translation>
    </message>
    <message>
        <source>%1 is a standard logical drive: while the copy runs, hosts can read it but their writes to it are rejected. For production data, create a FlashCopy of %1 (Logical Drive ▸ FlashCopy ▸ Create) and copy the FlashCopy instead; %1 then stays writable.</source>
        <translation>%1 ist ein logisches Standardlaufwerk: Während die Kopie läuft, können Hosts es lesen, aber ihre Schreibzugriffe werden abgewiesen. Erstellen Sie für Produktionsdaten eine FlashCopy von %1 (Logisches Laufwerk ▸ FlashCopy ▸ Erstellen), und kopieren Sie stattdessen die FlashCopy; %1 bleibt dann beschreibbar.</translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyModel</name>
    <message>
        <source>%1%</source>
        <comment>progress percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Waiting for a copy slot</source>
        <translation>Wartet auf einen freien Kopierplatz</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>100%</source>
        <comment>progress percent</comment>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>progress</comment>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation>Gestoppt bei %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>progress</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>Fehlgeschlagen bei %1</translation>
    </message>
    <message>
        <source>%1 is read-only to hosts: their writes are rejected.</source>
        <translation>%1 ist für Hosts schreibgeschützt: Ihre Schreibzugriffe werden abgewiesen.</translation>
    </message>
    <message>
        <source>Hosts may write to %1.</source>
        <translation>Hosts dürfen auf %1 schreiben.</translation>
    </message>
    <message>
        <source>Copy Failed: %1.
Needs Attention: Stop the copy to clear the condition, or Re-Copy to start again.</source>
        <translation>Kopie fehlgeschlagen: %1.
Eingriff erforderlich: Stoppen Sie die Kopie, um den Zustand zu beheben, oder kopieren Sie erneut, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>Waiting until fewer than 8 copies are in progress on the storage subsystem.</source>
        <translation>Wartet, bis weniger als 8 Kopien auf dem Speichersubsystem laufen.</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1, schreibgeschützt</translation>
    </message>
    <message>
        <source>Source Logical Drive</source>
        <translation>Logisches Quelllaufwerk</translation>
    </message>
    <message>
        <source>Target Logical Drive</source>
        <translation>Logisches Ziellaufwerk</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>copy status column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Estimated Time Remaining</source>
        <translation>Geschätzte Restzeit</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Starting the copy…</source>
        <translation>Die Kopie wird gestartet…</translation>
    </message>
    <message>
        <source>Source logical drive</source>
        <translation>Logisches Quelllaufwerk</translation>
    </message>
    <message>
        <source>Target logical drive</source>
        <translation>Logisches Ziellaufwerk</translation>
    </message>
    <message>
        <source>Copy priority</source>
        <translation>Kopierpriorität</translation>
    </message>
    <message>
        <source>Target read-only</source>
        <translation>Ziel schreibgeschützt</translation>
    </message>
    <message>
        <source>Enabled: host writes are rejected once the copy completes</source>
        <translation>Aktiviert: Schreibzugriffe von Hosts werden nach Abschluss der Kopie abgewiesen</translation>
    </message>
    <message>
        <source>Disabled: hosts may write to the target once the copy completes</source>
        <translation>Deaktiviert: Hosts dürfen nach Abschluss der Kopie auf das Ziel schreiben</translation>
    </message>
    <message>
        <source>Source while copying</source>
        <translation>Quelle während des Kopierens</translation>
    </message>
    <message>
        <source>Readable; its base %1 stays writable</source>
        <translation>Lesbar; seine Basis %1 bleibt beschreibbar</translation>
    </message>
    <message>
        <source>Read-only to hosts until the copy completes or is stopped</source>
        <translation>Für Hosts schreibgeschützt, bis die Kopie abgeschlossen ist oder gestoppt wird</translation>
    </message>
    <message>
        <source>&lt;b&gt;All data on %1 will be overwritten.&lt;/b&gt; Hosts cannot read or write %1 until the copy completes; stop their I/O and unmount its file systems first.</source>
        <translation>&lt;b&gt;Alle Daten auf %1 werden überschrieben.&lt;/b&gt; Hosts können %1 erst nach Abschluss der Kopie lesen oder beschreiben; stoppen Sie zuerst ihre E/A, und hängen Sie seine Dateisysteme ab.</translation>
    </message>
    <message>
        <source>FlashCopies of a target fail when its copy starts; %1 has none.</source>
        <translation>FlashCopies eines Ziels schlagen fehl, wenn seine Kopie beginnt; %1 hat keine.</translation>
    </message>
    <message>
        <source>Its FlashCopy logical drives fail when the copy starts: %1.</source>
        <translation>Seine logischen FlashCopy-Laufwerke schlagen fehl, wenn die Kopie beginnt: %1.</translation>
    </message>
    <message>
        <source>Check the copy, type Yes, then click Finish to start it.</source>
        <translation>Prüfen Sie die Kopie, geben Sie Yes ein, und klicken Sie dann auf „Abschließen“, um sie zu starten.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyRules</name>
    <message>
        <source>No storage subsystem is selected.</source>
        <translation>Es ist kein Speichersubsystem ausgewählt.</translation>
    </message>
    <message>
        <source>VolumeCopy is not supported by the %1.</source>
        <translation>VolumeCopy wird vom %1 nicht unterstützt.</translation>
    </message>
    <message>
        <source>The VolumeCopy premium feature is not enabled on this storage subsystem. Enable it with Storage Subsystem ▸ Premium Features ▸ Enable.</source>
        <translation>Das Premium-Feature VolumeCopy ist auf diesem Speichersubsystem nicht freigeschaltet. Schalten Sie es mit Speichersubsystem ▸ Premium-Features ▸ Freischalten frei.</translation>
    </message>
    <message>
        <source>Select the logical drive to copy (ideally a FlashCopy of it).</source>
        <translation>Wählen Sie das logische Laufwerk aus, das kopiert werden soll (idealerweise eine FlashCopy davon).</translation>
    </message>
    <message>
        <source>%1 cannot be the source of a VolumeCopy: %2.</source>
        <translation>%1 kann nicht die Quelle einer VolumeCopy sein: %2.</translation>
    </message>
    <message>
        <source>The copy is %1; Re-Copy is possible once it is completed, stopped or failed.</source>
        <translation>Die Kopie ist %1; erneutes Kopieren ist möglich, sobald sie abgeschlossen, gestoppt oder fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The copy is %1; only a pending, in-progress or failed copy can be stopped.</source>
        <translation>Die Kopie ist %1; nur eine ausstehende, laufende oder fehlgeschlagene Kopie kann gestoppt werden.</translation>
    </message>
    <message>
        <source>The copy is %1; stop it before removing the pair.</source>
        <translation>Die Kopie ist %1; stoppen Sie sie, bevor Sie das Paar entfernen.</translation>
    </message>
    <message>
        <source>The copy is %1; the target&apos;s permissions can change once it is completed, stopped or failed.</source>
        <translation>Die Kopie ist %1; die Berechtigungen des Ziels können geändert werden, sobald sie abgeschlossen, gestoppt oder fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>source → target</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The copy is %1; a copy is verified once it is completed.</source>
        <translation>Die Kopie ist %1; eine Kopie wird überprüft, sobald sie abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyTargetPage</name>
    <message>
        <source>Select Target Logical Drive and Copy Priority</source>
        <translation>Logisches Ziellaufwerk und Kopierpriorität auswählen</translation>
    </message>
    <message>
        <source>All data on the target is overwritten. Logical drives that cannot be the target say why.</source>
        <translation>Alle Daten auf dem Ziel werden überschrieben. Logische Laufwerke, die nicht Ziel sein können, nennen den Grund.</translation>
    </message>
    <message>
        <source>Select the &amp;target logical drive:</source>
        <translation>Logisches &amp;Ziellaufwerk auswählen:</translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>Logisches Laufwerk</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Target logical drives</source>
        <translation>Logische Ziellaufwerke</translation>
    </message>
    <message>
        <source>Give targets names that tell them apart from their sources, for example &lt;i&gt;Accounting&lt;/i&gt; → &lt;i&gt;Accounting-Copy&lt;/i&gt;.</source>
        <translation>Geben Sie Zielen Namen, die sie von ihren Quellen unterscheiden, zum Beispiel &lt;i&gt;Accounting&lt;/i&gt; → &lt;i&gt;Accounting-Copy&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>View &amp;Drives</source>
        <translation>&amp;Laufwerke anzeigen</translation>
    </message>
    <message>
        <source>Copy &amp;priority:</source>
        <translation>Kopier&amp;priorität:</translation>
    </message>
    <message>
        <source>A higher priority copies faster at the cost of host I/O performance.</source>
        <translation>Eine höhere Priorität kopiert schneller, geht aber zu Lasten der Host-E/A-Leistung.</translation>
    </message>
    <message>
        <source>Make the target &amp;read-only to hosts when the copy completes (recommended)</source>
        <translation>Ziel nach Abschluss der Kopie für Hosts &amp;schreibschützen (empfohlen)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>%1 cannot be the target: %2.</source>
        <translation>%1 kann nicht das Ziel sein: %2.</translation>
    </message>
    <message>
        <source>Source logical drive: &lt;b&gt;%1&lt;/b&gt; (%2) on %3. The target needs at least %2.</source>
        <translation>Logisches Quelllaufwerk: &lt;b&gt;%1&lt;/b&gt; (%2) auf %3. Das Ziel benötigt mindestens %2.</translation>
    </message>
    <message>
        <source>%1 is the base of FlashCopy logical drives %2; they fail when the copy starts.</source>
        <translation>%1 ist die Basis der logischen FlashCopy-Laufwerke %2; sie schlagen fehl, wenn die Kopie beginnt.</translation>
    </message>
    <message>
        <source>No logical drive can be the target of %1; the list says why for each.</source>
        <translation>Kein logisches Laufwerk kann Ziel von %1 sein; die Liste nennt jeweils den Grund.</translation>
    </message>
</context>
<context>
    <name>Copyline::WriteModePage</name>
    <message>
        <source>Set Write Mode</source>
        <translation>Schreibmodus festlegen</translation>
    </message>
    <message>
        <source>When does a host write to the primary complete?</source>
        <translation>Wann ist ein Host-Schreibzugriff auf das Primärlaufwerk abgeschlossen?</translation>
    </message>
    <message>
        <source>&amp;Synchronous</source>
        <translation>&amp;Synchron</translation>
    </message>
    <message>
        <source>Metro Mirroring: the write completes once the secondary has stored it. The best recoverability, slower host writes; recommended up to 10 km.</source>
        <translation>Metro Mirroring: Der Schreibzugriff ist abgeschlossen, sobald das Sekundärlaufwerk ihn gespeichert hat. Beste Wiederherstellbarkeit, langsamere Host-Schreibzugriffe; empfohlen bis 10 km.</translation>
    </message>
    <message>
        <source>&amp;Asynchronous</source>
        <translation>&amp;Asynchron</translation>
    </message>
    <message>
        <source>Global Copy: the write completes at once and is sent to the secondary behind it. Faster host writes; recommended beyond 10 km. Writes may arrive at the secondary out of order, so it may be inconsistent after a disaster.</source>
        <translation>Global Copy: Der Schreibzugriff ist sofort abgeschlossen und wird nachträglich an das Sekundärlaufwerk gesendet. Schnellere Host-Schreibzugriffe; empfohlen ab 10 km. Schreibzugriffe können in anderer Reihenfolge beim Sekundärlaufwerk ankommen, daher kann es nach einem Notfall inkonsistent sein.</translation>
    </message>
    <message>
        <source>Add to &amp;write consistency group</source>
        <translation>Zur Sc&amp;hreibkonsistenzgruppe hinzufügen</translation>
    </message>
    <message>
        <source>Global Mirroring: the order of writes is kept across all asynchronous pairs of the group on this storage subsystem, so their secondaries always show one common earlier moment. Remote writes may become single-threaded, which might impact host I/O performance.</source>
        <translation>Global Mirroring: Die Reihenfolge der Schreibzugriffe wird über alle asynchronen Paare der Gruppe auf diesem Speichersubsystem eingehalten, sodass ihre Sekundärlaufwerke immer einen gemeinsamen früheren Zeitpunkt zeigen. Ferne Schreibzugriffe können dadurch nacheinander abgearbeitet werden, was die Host-E/A-Leistung beeinträchtigen kann.</translation>
    </message>
    <message>
        <source>Copy type: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Kopiertyp: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Copyline storage copy services console.</source>
        <translation>Copyline-Konsole für Speicher-Kopierservices.</translation>
    </message>
    <message>
        <source>Workspace folder (default: %1).</source>
        <translation>Arbeitsbereichsordner (Standard: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened.

%2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>Workspace %1 · %2</source>
        <translation>Arbeitsbereich %1 · %2</translation>
    </message>
    <message>
        <source>Cannot Keep Running</source>
        <translation>Weiterlaufen nicht möglich</translation>
    </message>
    <message>
        <source>The copies could not be handed to the Copyline engine (copylined); they stopped with the console and resume when the workspace is opened again.

%1</source>
        <translation>Die Kopien konnten nicht an die Copyline-Engine (copylined) übergeben werden; sie wurden mit der Konsole angehalten und werden fortgesetzt, wenn der Arbeitsbereich wieder geöffnet wird.

%1</translation>
    </message>
    <message>
        <source>Control Socket Not Safe</source>
        <translation>Steuer-Socket nicht sicher</translation>
    </message>
    <message>
        <source>Attach to the engine at HOST:PORT over TLS (copylined --listen).</source>
        <translation>Über TLS mit der Engine unter HOST:PORT verbinden (copylined --listen).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>The user to sign in as with --host.</source>
        <translation>Der Benutzer, als der Sie sich mit --host anmelden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the engine&apos;s certificate, to trust it on first contact with --host.</source>
        <translation>Der SHA-256-Fingerabdruck des Zertifikats der Engine, um ihr beim ersten Kontakt mit --host zu vertrauen.</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Cannot Attach</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>--host takes HOST:PORT (e.g. 192.0.2.7:7443) and needs --user NAME.</source>
        <translation>--host erwartet HOST:PORT (z. B. 192.0.2.7:7443) und benötigt --user NAME.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Password of %1 on the engine at %2:</source>
        <translation>Kennwort von %1 auf der Engine unter %2:</translation>
    </message>
    <message>
        <source>Trust This Engine?</source>
        <translation>Dieser Engine vertrauen?</translation>
    </message>
    <message>
        <source>The engine at %1 is not known here. The SHA-256 fingerprint of its certificate is:

%2

Trust it only if it is the fingerprint copylined printed when it started (copylinectl --show-fingerprint on the engine&apos;s computer). Trust it and attach?</source>
        <translation>Die Engine unter %1 ist hier nicht bekannt. Der SHA-256-Fingerabdruck ihres Zertifikats lautet:

%2

Vertrauen Sie ihr nur, wenn dies der Fingerabdruck ist, den copylined beim Start ausgegeben hat (copylinectl --show-fingerprint auf dem Computer der Engine). Der Engine vertrauen und verbinden?</translation>
    </message>
</context>
</TS>
