#!/usr/bin/env python3
"""Fill the unfinished entries of translations/copyline_{de,ja}.ts from the dictionaries below.

Edits only the <translation> element of unfinished <message> blocks (regex, formatting kept),
then checks placeholders (%1..%9, %n, %L1) and mnemonics of every translation it wrote.
Usage: scripts/fill_translations.py [translations dir]
"""
import re
import sys
from pathlib import Path

# fmt: off
DE = {
    # Copyline::Error
    'Storage subsystem "%1" belongs to the %2 family; %3 is a command of the %4 family. Address a subsystem of the %4 family (copylinectl -d lists them), or use the %2 commands.':
        'Das Speichersubsystem „%1“ gehört zur Familie %2; %3 ist ein Befehl der Familie %4. Sprechen Sie ein Subsystem der Familie %4 an (copylinectl -d listet sie auf), oder verwenden Sie die Befehle der Familie %2.',
    'Controller %1: %2.': 'Controller %1: %2.',
    'No volume "%1" on controller %2. Address a volume by CU:LDEV in hex, such as 00:1A.':
        'Kein Volume „%1“ auf Controller %2. Geben Sie ein Volume als CU:LDEV in Hexadezimalschreibweise an, z. B. 00:1A.',
    'Volume %1: %2.': 'Volume %1: %2.',
    'The pair %1 - %2 cannot be created: %3.': 'Das Paar %1 - %2 kann nicht erstellt werden: %3.',
    '%1 and %2 are not a pair (status 801, no pair). Create the pair first (Add Pair, paircreate).':
        '%1 und %2 sind kein Paar (Status 801, kein Paar). Erstellen Sie zuerst das Paar (Paar hinzufügen, paircreate).',
    '%1 does nothing for the pair %2 - %3 in status %4 (Fig. 2): %5.':
        '%1 bewirkt nichts für das Paar %2 - %3 im Status %4 (Abb. 2): %5.',
    "Auto selection found no T-VOL for %1: %2. Reserve a volume (Attribute) of at least the S-VOL's capacity that is not yet a T-VOL.":
        'Die automatische Auswahl hat kein T-VOL für %1 gefunden: %2. Reservieren Sie ein Volume (Attribut) mit mindestens der Kapazität des S-VOL, das noch kein T-VOL ist.',
    'Controller %1 allows at most %2 %3; raise the limit (%4) first.':
        'Controller %1 erlaubt höchstens %2 %3; erhöhen Sie zuerst das Limit (%4).',
    # Copyline::EventLogView
    'Find: type, component or text': 'Suchen: Typ, Komponente oder Text',
    'Shows the events whose type, component, description or details contain every word typed here, such as "6600 failed".':
        'Zeigt die Ereignisse, deren Typ, Komponente, Beschreibung oder Details jedes hier eingegebene Wort enthalten, z. B. „6600 failed“.',
    'F&ind:': '&Suchen:',
    'E&xport…': 'E&xportieren…',
    'Saves the events shown (after the filters) as CSV or text.': 'Speichert die angezeigten Ereignisse (nach den Filtern) als CSV oder Text.',
    'Export Events': 'Ereignisse exportieren',
    'CSV files (*.csv);;Text files (*.txt)': 'CSV-Dateien (*.csv);;Textdateien (*.txt)',
    'The events could not be saved to %1: %2. Choose another folder or free space, and export again.':
        'Die Ereignisse konnten nicht in %1 gespeichert werden: %2. Wählen Sie einen anderen Ordner, oder schaffen Sie Speicherplatz, und exportieren Sie erneut.',
    # Copyline::HdsUi::AddPairDialog
    'Add Pair': 'Paar hinzufügen',
    'Port': 'Port',
    'TID/LUN': 'TID/LUN',
    'CU:LDEV': 'CU:LDEV',
    'Status': 'Status',
    'Emulation': 'Emulation',
    'Capacity': 'Kapazität',
    'Pairs': 'Paare',
    'S-VOL (source)': 'S-VOL (Quelle)',
    'Highlight the S-VOL, then choose its T-VOL': 'Markieren Sie das S-VOL, und wählen Sie dann sein T-VOL aus',
    'T-VOL (target)': 'T-VOL (Ziel)',
    'Au&to': 'Au&to',
    'The SVP takes the reserved volume with the lowest LDEV ID that is in no pair and at least as large as the S-VOL':
        'Der SVP nimmt das reservierte Volume mit der niedrigsten LDEV-ID, das in keinem Paar und mindestens so groß wie das S-VOL ist',
    'Se&lect': 'Aus&wählen',
    'Choose the T-VOL from the list; filter it by port and reserve attribute':
        'Wählen Sie das T-VOL aus der Liste aus; filtern Sie sie nach Port und Reserveattribut',
    'All ports': 'Alle Ports',
    'Po&rt:': 'Po&rt:',
    'Reserve attri&bute': 'Reser&veattribut',
    'Only the volumes with the reserve attribute (a T-VOL must have it)':
        'Nur die Volumes mit Reserveattribut (ein T-VOL muss es haben)',
    '&Pace:': '&Tempo:',
    '&Initial copy': '&Initialkopie',
    'Copy each S-VOL to its T-VOL as soon as the pair is added (pending, then split). Unchecked, the pair stays duplex until Split Pair.':
        'Kopiert jedes S-VOL auf sein T-VOL, sobald das Paar hinzugefügt ist (pending, dann split). Ohne Häkchen bleibt das Paar duplex bis zum Paar-Split.',
    '&Change': '&Ändern',
    'Replace the T-VOL of the highlighted pair in the list with the T-VOL chosen above':
        'Das T-VOL des markierten Paars in der Liste durch das oben gewählte T-VOL ersetzen',
    '&Set': '&Setzen',
    'Add a pair of the highlighted S-VOL and the T-VOL chosen above (another T-VOL for the same S-VOL)':
        'Ein Paar aus dem markierten S-VOL und dem oben gewählten T-VOL hinzufügen (ein weiteres T-VOL für dasselbe S-VOL)',
    '&Omit': 'Aus&lassen',
    'Drop the highlighted pairs from the list': 'Die markierten Paare aus der Liste entfernen',
    '&Undo': 'Rück&gängig',
    'Undo the last Change, Set or Omit': 'Das letzte Ändern, Setzen oder Auslassen rückgängig machen',
    'S-VOL': 'S-VOL',
    'T-VOL': 'T-VOL',
    'Pace': 'Tempo',
    'Result': 'Ergebnis',
    'Pairs to add': 'Hinzuzufügende Paare',
    '&Add': '&Hinzufügen',
    'Create every pair of the list': 'Jedes Paar der Liste erstellen',
    'E&xit': '&Beenden',
    '%1 is already in a pair.': '%1 ist bereits in einem Paar.',
    '%1 is smaller than the S-VOL %2.': '%1 ist kleiner als das S-VOL %2.',
    '%1 is already the T-VOL of %2 in the list.': '%1 ist in der Liste bereits das T-VOL von %2.',
    'Auto': 'Auto',
    'Auto (no reserved volume left)': 'Auto (kein reserviertes Volume übrig)',
    'Auto (%1)': 'Auto (%1)',
    'Highlight an S-VOL, choose its T-VOL (Auto or Select), then Set.':
        'Markieren Sie ein S-VOL, wählen Sie sein T-VOL (Auto oder Auswählen), dann Setzen.',
    '%n pair(s) refused; correct them (Change, Omit) and Add again:': [
        '%n Paar abgelehnt; korrigieren Sie es (Ändern, Auslassen), und klicken Sie erneut auf Hinzufügen:',
        '%n Paare abgelehnt; korrigieren Sie sie (Ändern, Auslassen), und klicken Sie erneut auf Hinzufügen:'],
    '%1 → %2: %3': '%1 → %2: %3',
    'Every pair of the list was added.': 'Alle Paare der Liste wurden hinzugefügt.',
    '%n pair(s) to add.': ['%n Paar hinzuzufügen.', '%n Paare hinzuzufügen.'],
    'No S-VOL highlighted.': 'Kein S-VOL markiert.',
    'S-VOL %1 (port %2, TID:LUN %3, CU:LDEV %4): %5, %6, %n existing pair(s).': [
        'S-VOL %1 (Port %2, TID:LUN %3, CU:LDEV %4): %5, %6, %n vorhandenes Paar.',
        'S-VOL %1 (Port %2, TID:LUN %3, CU:LDEV %4): %5, %6, %n vorhandene Paare.'],
    'Adding…': 'Wird hinzugefügt…',
    'Added: pair %1, T-VOL %2': 'Hinzugefügt: Paar %1, T-VOL %2',
    # Copyline::HdsUi::AttributeDialog
    'Attribute': 'Attribut',
    'Set or reset the reserve attribute. Only a reserved volume can become a T-VOL, and a reserved volume refuses host writes unless its pair is split.':
        'Setzen Sie das Reserveattribut, oder setzen Sie es zurück. Nur ein reserviertes Volume kann ein T-VOL werden, und ein reserviertes Volume weist Host-Schreibzugriffe ab, solange sein Paar nicht split ist.',
    'Reserve': 'Reserve',
    'Number of pairs': 'Anzahl Paare',
    '&Set Reserve': 'Reserve &setzen',
    '&Reset Reserve': 'Reserve zu&rücksetzen',
    'None': 'Keine',
    'Reserve set': 'Reserve gesetzt',
    'Reserve reset': 'Reserve zurückgesetzt',
    # Copyline::HdsUi::HdsMainScreen
    'Display mode': 'Anzeigemodus',
    'Volume': 'Volume',
    'List the volumes (LUs) of the port (Fig. 11A)': 'Die Volumes (LUs) des Ports auflisten (Abb. 11A)',
    'Pair': 'Paar',
    'List the pairs, with their copy progress (Fig. 11B)': 'Die Paare mit ihrem Kopierfortschritt auflisten (Abb. 11B)',
    'P&ort': 'P&ort',
    'The port whose volumes are listed: one port (cluster and channel) or all ports':
        'Der Port, dessen Volumes aufgelistet werden: ein Port (Cluster und Kanal) oder alle Ports',
    'Reserve attribute': 'Reserveattribut',
    'Checked: only the volumes with the reserve attribute (the T-VOL candidates). Unchecked: reserved and unreserved volumes.':
        'Aktiviert: nur die Volumes mit Reserveattribut (die T-VOL-Kandidaten). Deaktiviert: reservierte und nicht reservierte Volumes.',
    'Show the volumes that belong to a pair': 'Die Volumes anzeigen, die zu einem Paar gehören',
    'No pair': 'Kein Paar',
    'Show the volumes that belong to no pair': 'Die Volumes anzeigen, die zu keinem Paar gehören',
    'Pair status': 'Paarstatus',
    'Show the pairs (Pair mode) or the volumes (Volume mode) in these pair statuses; simplex is a volume in no pair':
        'Die Paare (Modus Paar) oder die Volumes (Modus Volume) mit diesen Paarstatus anzeigen; simplex ist ein Volume in keinem Paar',
    'Port: cluster and channel': 'Port: Cluster und Kanal',
    'Target ID and logical unit number': 'Target-ID und logische Einheitennummer (LUN)',
    'Volume number: control unit and logical device': 'Volume-Nummer: Steuereinheit (CU) und logisches Gerät (LDEV)',
    'The reserve attribute: only a reserved volume can become a T-VOL': 'Das Reserveattribut: Nur ein reserviertes Volume kann ein T-VOL werden',
    'S-VOL Port': 'S-VOL-Port',
    'T-VOL Port': 'T-VOL-Port',
    'Progress': 'Fortschritt',
    'Tracks': 'Spuren',
    'Copy pointer / max address, in tracks': 'Kopierzeiger / maximale Adresse, in Spuren',
    'Tracks copied by this copy, and (after the +) tracks copied before a host write':
        'Von dieser Kopie kopierte Spuren und (nach dem +) vor einem Host-Schreibzugriff kopierte Spuren',
    'Define status': 'Definitionsstatus',
    'What the list shows with the filters above': 'Was die Liste mit den obigen Filtern zeigt',
    '&Pair Status': '&Paarstatus',
    'Stat&&His&tory': 'Status&&&Verlauf',
    'Add Pai&r': 'Paa&r hinzufügen',
    'D&elete Pair': 'Paar lösch&en',
    'S&uspend Pair': 'Paar a&ussetzen',
    'Spl&it Pair': 'Paar-Spl&it',
    'Re-s&ync Pair': 'Paar res&ynchronisieren',
    'Attri&bute': 'A&ttribut',
    'T-VOL Path': 'T-VOL-Pfad',
    'Re&fresh': 'A&ktualisieren',
    'Show the pair status of the selected volumes or pairs': 'Den Paarstatus der ausgewählten Volumes oder Paare anzeigen',
    'Pair status and history of the selected volumes or pairs': 'Paarstatus und Verlauf der ausgewählten Volumes oder Paare',
    'Add pairs: the selected volumes become S-VOLs': 'Paare hinzufügen: Die ausgewählten Volumes werden S-VOLs',
    'Delete the selected pairs (back to simplex)': 'Die ausgewählten Paare löschen (zurück zu simplex)',
    'Suspend (or resume) the copy of the selected pairs': 'Die Kopie der ausgewählten Paare aussetzen (oder fortsetzen)',
    'Copy the S-VOL to the T-VOL of the selected pairs (the copy command): SP-Pending, then split':
        'Das S-VOL auf das T-VOL der ausgewählten Paare kopieren (der Kopierbefehl): SP-Pending, dann split',
    'Re-synchronize the selected split pairs': 'Die ausgewählten Paare im Status split resynchronisieren',
    'Set or reset the reserve attribute of the selected volumes': 'Das Reserveattribut der ausgewählten Volumes setzen oder zurücksetzen',
    "The T-VOLs' SCSI paths are not modelled by this simulator": 'Die SCSI-Pfade der T-VOLs werden von diesem Simulator nicht modelliert',
    'Ask the controller for its volumes and pairs again': 'Volumes und Paare erneut vom Controller abfragen',
    'Back to the storage subsystems of another family': 'Zurück zu den Speichersubsystemen einer anderen Familie',
    'S-VOL (source) of %n pair(s)': ['S-VOL (Quelle) von %n Paar', 'S-VOL (Quelle) von %n Paaren'],
    'T-VOL (target) of a pair': 'T-VOL (Ziel) eines Paars',
    'In no pair': 'In keinem Paar',
    '%n volume(s)': ['%n Volume', '%n Volumes'],
    '%1 (%2)': '%1 (%2)',
    'Copy pointer %1 of %2 tracks; %3 tracks still unequal': 'Kopierzeiger %1 von %2 Spuren; %3 Spuren noch ungleich',
    '%1 + %2': '%1 + %2',
    '%n pair(s)': ['%n Paar', '%n Paare'],
    'Open volumes: %1    Reserved: %2 / %3    Pairs: %4 / %5': 'Open-Volumes: %1    Reserviert: %2 / %3    Paare: %4 / %5',
    'Open-system volumes of the controller; reserved volumes and pairs, each with its maximum':
        'Open-System-Volumes des Controllers; reservierte Volumes und Paare, jeweils mit ihrem Maximum',
    'Select volumes that belong to pairs, or pairs in Pair mode.': 'Wählen Sie Volumes aus, die zu Paaren gehören, oder Paare im Modus Paar.',
    'Select one or more pairs.': 'Wählen Sie ein oder mehrere Paare aus.',
    'Select volumes in Volume mode.': 'Wählen Sie Volumes im Modus Volume aus.',
    # Copyline::HdsUi::HdsPerspective
    'SVP — In-controller copy — controller %1': 'SVP — Controller-interne Kopie — Controller %1',
    # Copyline::HdsUi::HdsTexts (pair status names stay English)
    'simplex': 'simplex', 'pending': 'pending', 'duplex': 'duplex', 'SP-Pending': 'SP-Pending',
    'split': 'split', 're-sync': 're-sync', 'suspend': 'suspend',
    'Slow (1 track)': 'Slow (1 Spur)',
    'Medium (3 tracks)': 'Medium (3 Spuren)',
    'Fast (15 tracks)': 'Fast (15 Spuren)',
    '%n track(s)': ['%n Spur', '%n Spuren'],
    'Slow (1)': 'Slow (1)', 'Medium (3)': 'Medium (3)', 'Fast (15)': 'Fast (15)',
    'Normal': 'Normal',
    'Copying': 'Kopieren',
    '%1 / %2 (%3 %)': '%1 / %2 (%3 %)',
    "S-VOL: the source (primary) volume of the pair, the one that is copied. In this SVP the source is the \"S-VOL\" (the engine's commands call it pvol).":
        'S-VOL: das Quell-Volume (primär) des Paars, das kopiert wird. In diesem SVP heißt die Quelle „S-VOL“ (die Befehle der Engine nennen es pvol).',
    "T-VOL: the target (secondary) volume of the pair, the one that receives the copy; it must have the reserve attribute (the engine's commands call it svol).":
        'T-VOL: das Ziel-Volume (sekundär) des Paars, das die Kopie empfängt; es muss das Reserveattribut haben (die Befehle der Engine nennen es svol).',
    'Copy pace: the tracks copied at a time (slow 1, medium 3, fast 15)':
        'Kopiertempo: die gleichzeitig kopierten Spuren (slow 1, medium 3, fast 15)',
    # Copyline::HdsUi::PairOperationDialog
    'Split Pair': 'Paar-Split',
    'Copies each S-VOL to its T-VOL as of now (the copy command): the pair goes SP-Pending while the tracks are copied, then split, and the T-VOL can be read and written.':
        'Kopiert jedes S-VOL mit dem jetzigen Stand auf sein T-VOL (der Kopierbefehl): Das Paar ist SP-Pending, während die Spuren kopiert werden, dann split, und das T-VOL kann gelesen und beschrieben werden.',
    '&Split': '&Split',
    'Re-sync Pair': 'Paar resynchronisieren',
    'Re-synchronizes each split pair: the T-VOL leaves host access and the tracks that differ are copied again (re-sync, then duplex).':
        'Resynchronisiert jedes Paar im Status split: Das T-VOL ist für Hosts nicht mehr zugänglich, und die abweichenden Spuren werden erneut kopiert (re-sync, dann duplex).',
    '&Re-sync': '&Resynchronisieren',
    'Delete Pair': 'Paar löschen',
    'Deletes each pair: a running copy stops at once, both volumes become simplex and the T-VOL keeps what it holds.':
        'Löscht jedes Paar: Eine laufende Kopie stoppt sofort, beide Volumes werden simplex, und das T-VOL behält seinen Inhalt.',
    '&Delete': '&Löschen',
    'Suspend Pair': 'Paar aussetzen',
    'Suspend stops the copy of each pair and keeps its track maps; Resume goes on from where it stopped.':
        'Aussetzen stoppt die Kopie jedes Paars und behält seine Spurtabellen; Fortsetzen macht dort weiter, wo die Kopie stehen geblieben ist.',
    '&Suspend': '&Aussetzen',
    'Res&ume': '&Fortsetzen',
    'No pair in the list: select pairs on the main screen first.': 'Kein Paar in der Liste: Wählen Sie zuerst Paare im Hauptbildschirm aus.',
    '%n pair(s) refused:': ['%n Paar abgelehnt:', '%n Paare abgelehnt:'],
    '%n pair(s) in the list.': ['%n Paar in der Liste.', '%n Paare in der Liste.'],
    'Delete %n pair(s)? A running copy stops at once and the T-VOLs keep what they hold now.': [
        '%n Paar löschen? Eine laufende Kopie stoppt sofort, und das T-VOL behält seinen jetzigen Inhalt.',
        '%n Paare löschen? Eine laufende Kopie stoppt sofort, und die T-VOLs behalten ihren jetzigen Inhalt.'],
    'Running…': 'Wird ausgeführt…',
    'Copy started': 'Kopie gestartet',
    'Re-sync started': 'Resynchronisation gestartet',
    'Deleted': 'Gelöscht',
    'Resumed': 'Fortgesetzt',
    'Suspended': 'Ausgesetzt',
    # Copyline::HdsUi::StatusHistoryDialog
    'Status & History': 'Status & Verlauf',
    'Status & History — port %1': 'Status & Verlauf — Port %1',
    'Acquired': 'Abgerufen',
    'When the status was acquired (opened or refreshed)': 'Wann der Status abgerufen wurde (beim Öffnen oder Aktualisieren)',
    'Refresh &Status': '&Status aktualisieren',
    'History': 'Verlauf',
    'Sort by:': 'Sortieren nach:',
    '&Date Time': '&Datum/Uhrzeit',
    'S-&VOL': 'S-&VOL',
    '&T-VOL': '&T-VOL',
    '&Code': '&Code',
    '&Message': '&Meldung',
    'Date Time': 'Datum/Uhrzeit',
    'Code': 'Code',
    'Message': 'Meldung',
    'Refresh &History': 'Ver&lauf aktualisieren',
    'Refresh &All': '&Alle aktualisieren',
    'Current S-VOLs: %1': 'Aktuelle S-VOLs: %1',
    'none': 'keine',
    'Current T-VOLs: %1': 'Aktuelle T-VOLs: %1',
    'History unavailable': 'Verlauf nicht verfügbar',
    '%n event(s)': ['%n Ereignis', '%n Ereignisse'],
    # Copyline::Texts
    '%1 MB/s': '%1 MB/s',
}

JA = {
    # Copyline::Error
    'Storage subsystem "%1" belongs to the %2 family; %3 is a command of the %4 family. Address a subsystem of the %4 family (copylinectl -d lists them), or use the %2 commands.':
        'ストレージ・サブシステム「%1」は %2 ファミリに属しています。%3 は %4 ファミリのコマンドです。%4 ファミリのサブシステムを指定する (copylinectl -d で一覧表示されます) か、%2 のコマンドを使用してください。',
    'Controller %1: %2.': 'コントローラー %1: %2。',
    'No volume "%1" on controller %2. Address a volume by CU:LDEV in hex, such as 00:1A.':
        'コントローラー %2 にボリューム「%1」はありません。ボリュームは 00:1A のように 16 進数の CU:LDEV で指定してください。',
    'Volume %1: %2.': 'ボリューム %1: %2。',
    'The pair %1 - %2 cannot be created: %3.': 'ペア %1 - %2 を作成できません: %3。',
    '%1 and %2 are not a pair (status 801, no pair). Create the pair first (Add Pair, paircreate).':
        '%1 と %2 はペアではありません (状況 801、ペアなし)。先にペアを作成してください (ペアの追加、paircreate)。',
    '%1 does nothing for the pair %2 - %3 in status %4 (Fig. 2): %5.':
        '%1 は、状況 %4 のペア %2 - %3 に対しては何も行いません (図 2): %5。',
    "Auto selection found no T-VOL for %1: %2. Reserve a volume (Attribute) of at least the S-VOL's capacity that is not yet a T-VOL.":
        '自動選択で %1 の T-VOL が見つかりませんでした: %2。S-VOL の容量以上で、まだ T-VOL になっていないボリュームを予約してください (属性)。',
    'Controller %1 allows at most %2 %3; raise the limit (%4) first.':
        'コントローラー %1 で使用できる %3 は最大 %2 です。先に上限 (%4) を引き上げてください。',
    # Copyline::EventLogView
    'Find: type, component or text': '検索: タイプ、コンポーネント、またはテキスト',
    'Shows the events whose type, component, description or details contain every word typed here, such as "6600 failed".':
        'タイプ、コンポーネント、説明、または詳細に、ここに入力したすべての語を含むイベントを表示します (例:「6600 failed」)。',
    'F&ind:': '検索(&I):',
    'E&xport…': 'エクスポート(&X)…',
    'Saves the events shown (after the filters) as CSV or text.': '表示されているイベント (フィルター適用後) を CSV またはテキストとして保存します。',
    'Export Events': 'イベントのエクスポート',
    'CSV files (*.csv);;Text files (*.txt)': 'CSV ファイル (*.csv);;テキスト・ファイル (*.txt)',
    'The events could not be saved to %1: %2. Choose another folder or free space, and export again.':
        'イベントを %1 に保存できませんでした: %2。別のフォルダーを選択するか空き容量を確保してから、もう一度エクスポートしてください。',
    # Copyline::HdsUi::AddPairDialog
    'Add Pair': 'ペアの追加',
    'Port': 'ポート',
    'TID/LUN': 'TID/LUN',
    'CU:LDEV': 'CU:LDEV',
    'Status': '状況',
    'Emulation': 'エミュレーション',
    'Capacity': '容量',
    'Pairs': 'ペア',
    'S-VOL (source)': 'S-VOL (ソース)',
    'Highlight the S-VOL, then choose its T-VOL': 'S-VOL を強調表示してから、その T-VOL を選択します',
    'T-VOL (target)': 'T-VOL (ターゲット)',
    'Au&to': '自動(&T)',
    'The SVP takes the reserved volume with the lowest LDEV ID that is in no pair and at least as large as the S-VOL':
        'SVP は、どのペアにも属さず S-VOL 以上のサイズを持つ予約済みボリュームのうち、LDEV ID が最小のものを使用します',
    'Se&lect': '選択(&L)',
    'Choose the T-VOL from the list; filter it by port and reserve attribute':
        'リストから T-VOL を選択します。リストはポートと予約属性でフィルターできます',
    'All ports': 'すべてのポート',
    'Po&rt:': 'ポート(&R):',
    'Reserve attri&bute': '予約属性(&B)',
    'Only the volumes with the reserve attribute (a T-VOL must have it)':
        '予約属性を持つボリュームのみ (T-VOL には予約属性が必要です)',
    '&Pace:': 'ペース(&P):',
    '&Initial copy': '初期コピー(&I)',
    'Copy each S-VOL to its T-VOL as soon as the pair is added (pending, then split). Unchecked, the pair stays duplex until Split Pair.':
        'ペアが追加されるとすぐに各 S-VOL をその T-VOL にコピーします (pending、その後 split)。オフの場合、ペアは「ペアの Split」まで duplex のままです。',
    '&Change': '変更(&C)',
    'Replace the T-VOL of the highlighted pair in the list with the T-VOL chosen above':
        'リストで強調表示したペアの T-VOL を、上で選択した T-VOL に置き換えます',
    '&Set': '設定(&S)',
    'Add a pair of the highlighted S-VOL and the T-VOL chosen above (another T-VOL for the same S-VOL)':
        '強調表示した S-VOL と上で選択した T-VOL のペアを追加します (同じ S-VOL に対する別の T-VOL)',
    '&Omit': '除外(&O)',
    'Drop the highlighted pairs from the list': '強調表示したペアをリストから除外します',
    '&Undo': '元に戻す(&U)',
    'Undo the last Change, Set or Omit': '直前の変更、設定、または除外を元に戻します',
    'S-VOL': 'S-VOL',
    'T-VOL': 'T-VOL',
    'Pace': 'ペース',
    'Result': '結果',
    'Pairs to add': '追加するペア',
    '&Add': '追加(&A)',
    'Create every pair of the list': 'リストのすべてのペアを作成します',
    'E&xit': '終了(&X)',
    '%1 is already in a pair.': '%1 は既にペアに含まれています。',
    '%1 is smaller than the S-VOL %2.': '%1 は S-VOL %2 より小さいです。',
    '%1 is already the T-VOL of %2 in the list.': '%1 は既にリスト内で %2 の T-VOL になっています。',
    'Auto': '自動',
    'Auto (no reserved volume left)': '自動 (予約済みボリュームが残っていません)',
    'Auto (%1)': '自動 (%1)',
    'Highlight an S-VOL, choose its T-VOL (Auto or Select), then Set.':
        'S-VOL を強調表示し、その T-VOL を選択 (「自動」または「選択」) してから、「設定」をクリックします。',
    '%n pair(s) refused; correct them (Change, Omit) and Add again:': [
        '%n 個のペアが拒否されました。修正 (「変更」、「除外」) してから、もう一度「追加」をクリックしてください:'],
    '%1 → %2: %3': '%1 → %2: %3',
    'Every pair of the list was added.': 'リストのすべてのペアが追加されました。',
    '%n pair(s) to add.': ['追加するペア: %n 個。'],
    'No S-VOL highlighted.': 'S-VOL が強調表示されていません。',
    'S-VOL %1 (port %2, TID:LUN %3, CU:LDEV %4): %5, %6, %n existing pair(s).': [
        'S-VOL %1 (ポート %2、TID:LUN %3、CU:LDEV %4): %5、%6、既存のペア %n 個。'],
    'Adding…': '追加中…',
    'Added: pair %1, T-VOL %2': '追加済み: ペア %1、T-VOL %2',
    # Copyline::HdsUi::AttributeDialog
    'Attribute': '属性',
    'Set or reset the reserve attribute. Only a reserved volume can become a T-VOL, and a reserved volume refuses host writes unless its pair is split.':
        '予約属性を設定または解除します。T-VOL にできるのは予約済みボリュームだけです。予約済みボリュームは、ペアが split でない限りホストからの書き込みを拒否します。',
    'Reserve': '予約',
    'Number of pairs': 'ペア数',
    '&Set Reserve': '予約の設定(&S)',
    '&Reset Reserve': '予約の解除(&R)',
    'None': 'なし',
    'Reserve set': '予約を設定しました',
    'Reserve reset': '予約を解除しました',
    # Copyline::HdsUi::HdsMainScreen
    'Display mode': '表示モード',
    'Volume': 'ボリューム',
    'List the volumes (LUs) of the port (Fig. 11A)': 'ポートのボリューム (LU) を一覧表示します (図 11A)',
    'Pair': 'ペア',
    'List the pairs, with their copy progress (Fig. 11B)': 'ペアをコピーの進行状況とともに一覧表示します (図 11B)',
    'P&ort': 'ポート(&O)',
    'The port whose volumes are listed: one port (cluster and channel) or all ports':
        'ボリュームを一覧表示するポート: 1 つのポート (クラスターとチャネル) またはすべてのポート',
    'Reserve attribute': '予約属性',
    'Checked: only the volumes with the reserve attribute (the T-VOL candidates). Unchecked: reserved and unreserved volumes.':
        'オン: 予約属性を持つボリューム (T-VOL 候補) のみ。オフ: 予約済みと未予約のボリューム。',
    'Show the volumes that belong to a pair': 'ペアに属するボリュームを表示します',
    'No pair': 'ペアなし',
    'Show the volumes that belong to no pair': 'どのペアにも属さないボリュームを表示します',
    'Pair status': 'ペア状況',
    'Show the pairs (Pair mode) or the volumes (Volume mode) in these pair statuses; simplex is a volume in no pair':
        'これらのペア状況にあるペア (ペア・モード) またはボリューム (ボリューム・モード) を表示します。simplex はどのペアにも属さないボリュームです',
    'Port: cluster and channel': 'ポート: クラスターとチャネル',
    'Target ID and logical unit number': 'ターゲット ID と論理装置番号 (LUN)',
    'Volume number: control unit and logical device': 'ボリューム番号: 制御装置 (CU) と論理デバイス (LDEV)',
    'The reserve attribute: only a reserved volume can become a T-VOL': '予約属性: T-VOL にできるのは予約済みボリュームだけです',
    'S-VOL Port': 'S-VOL ポート',
    'T-VOL Port': 'T-VOL ポート',
    'Progress': '進行状況',
    'Tracks': 'トラック',
    'Copy pointer / max address, in tracks': 'コピー・ポインター / 最大アドレス (トラック単位)',
    'Tracks copied by this copy, and (after the +) tracks copied before a host write':
        'このコピーでコピーされたトラック数と、(+ の後に) ホストの書き込み前にコピーされたトラック数',
    'Define status': '定義状況',
    'What the list shows with the filters above': '上のフィルターでリストに表示される内容',
    '&Pair Status': 'ペア状況(&P)',
    'Stat&&His&tory': '状況&&履歴(&T)',
    'Add Pai&r': 'ペアの追加(&R)',
    'D&elete Pair': 'ペアの削除(&E)',
    'S&uspend Pair': 'ペアの中断(&U)',
    'Spl&it Pair': 'ペアの Split(&I)',
    'Re-s&ync Pair': 'ペアの再同期(&Y)',
    'Attri&bute': '属性(&B)',
    'T-VOL Path': 'T-VOL パス',
    'Re&fresh': '最新の情報に更新(&F)',
    'Show the pair status of the selected volumes or pairs': '選択したボリュームまたはペアのペア状況を表示します',
    'Pair status and history of the selected volumes or pairs': '選択したボリュームまたはペアのペア状況と履歴',
    'Add pairs: the selected volumes become S-VOLs': 'ペアを追加します: 選択したボリュームが S-VOL になります',
    'Delete the selected pairs (back to simplex)': '選択したペアを削除します (simplex に戻ります)',
    'Suspend (or resume) the copy of the selected pairs': '選択したペアのコピーを中断 (または再開) します',
    'Copy the S-VOL to the T-VOL of the selected pairs (the copy command): SP-Pending, then split':
        '選択したペアの S-VOL を T-VOL にコピーします (コピー・コマンド): SP-Pending、その後 split',
    'Re-synchronize the selected split pairs': '選択した split 状態のペアを再同期します',
    'Set or reset the reserve attribute of the selected volumes': '選択したボリュームの予約属性を設定または解除します',
    "The T-VOLs' SCSI paths are not modelled by this simulator": 'T-VOL の SCSI パスはこのシミュレーターではモデル化されていません',
    'Ask the controller for its volumes and pairs again': 'コントローラーにボリュームとペアを再度問い合わせます',
    'Back to the storage subsystems of another family': '他のファミリのストレージサブシステムに戻ります',
    'S-VOL (source) of %n pair(s)': ['%n 個のペアの S-VOL (ソース)'],
    'T-VOL (target) of a pair': 'ペアの T-VOL (ターゲット)',
    'In no pair': 'ペアなし',
    '%n volume(s)': ['%n 個のボリューム'],
    '%1 (%2)': '%1 (%2)',
    'Copy pointer %1 of %2 tracks; %3 tracks still unequal': 'コピー・ポインター %1 / %2 トラック。まだ一致していないトラック: %3',
    '%1 + %2': '%1 + %2',
    '%n pair(s)': ['%n 個のペア'],
    'Open volumes: %1    Reserved: %2 / %3    Pairs: %4 / %5': 'オープン・ボリューム: %1    予約済み: %2 / %3    ペア: %4 / %5',
    'Open-system volumes of the controller; reserved volumes and pairs, each with its maximum':
        'コントローラーのオープン・システム・ボリューム、および予約済みボリュームとペア (それぞれの最大数付き)',
    'Select volumes that belong to pairs, or pairs in Pair mode.': 'ペアに属するボリュームを選択するか、ペア・モードでペアを選択してください。',
    'Select one or more pairs.': '1 つ以上のペアを選択してください。',
    'Select volumes in Volume mode.': 'ボリューム・モードでボリュームを選択してください。',
    # Copyline::HdsUi::HdsPerspective
    'SVP — In-controller copy — controller %1': 'SVP — コントローラー内コピー — コントローラー %1',
    # Copyline::HdsUi::HdsTexts (pair status names stay English)
    'simplex': 'simplex', 'pending': 'pending', 'duplex': 'duplex', 'SP-Pending': 'SP-Pending',
    'split': 'split', 're-sync': 're-sync', 'suspend': 'suspend',
    'Slow (1 track)': 'Slow (1 トラック)',
    'Medium (3 tracks)': 'Medium (3 トラック)',
    'Fast (15 tracks)': 'Fast (15 トラック)',
    '%n track(s)': ['%n トラック'],
    'Slow (1)': 'Slow (1)', 'Medium (3)': 'Medium (3)', 'Fast (15)': 'Fast (15)',
    'Normal': '正常',
    'Copying': 'コピー',
    '%1 / %2 (%3 %)': '%1 / %2 (%3 %)',
    "S-VOL: the source (primary) volume of the pair, the one that is copied. In this SVP the source is the \"S-VOL\" (the engine's commands call it pvol).":
        'S-VOL: ペアのソース (1 次) ボリューム。コピーされる側です。この SVP ではソースを「S-VOL」と呼びます (エンジンのコマンドでは pvol と呼びます)。',
    "T-VOL: the target (secondary) volume of the pair, the one that receives the copy; it must have the reserve attribute (the engine's commands call it svol).":
        'T-VOL: ペアのターゲット (2 次) ボリューム。コピーを受け取る側で、予約属性が必要です (エンジンのコマンドでは svol と呼びます)。',
    'Copy pace: the tracks copied at a time (slow 1, medium 3, fast 15)':
        'コピー・ペース: 一度にコピーするトラック数 (slow 1、medium 3、fast 15)',
    # Copyline::HdsUi::PairOperationDialog
    'Split Pair': 'ペアの Split',
    'Copies each S-VOL to its T-VOL as of now (the copy command): the pair goes SP-Pending while the tracks are copied, then split, and the T-VOL can be read and written.':
        '各 S-VOL を現時点の内容で T-VOL にコピーします (コピー・コマンド)。トラックのコピー中、ペアは SP-Pending になり、その後 split になって、T-VOL の読み取りと書き込みが可能になります。',
    '&Split': 'Split(&S)',
    'Re-sync Pair': 'ペアの再同期',
    'Re-synchronizes each split pair: the T-VOL leaves host access and the tracks that differ are copied again (re-sync, then duplex).':
        'split 状態の各ペアを再同期します。T-VOL はホストからアクセスできなくなり、異なるトラックが再度コピーされます (re-sync、その後 duplex)。',
    '&Re-sync': '再同期(&R)',
    'Delete Pair': 'ペアの削除',
    'Deletes each pair: a running copy stops at once, both volumes become simplex and the T-VOL keeps what it holds.':
        '各ペアを削除します。実行中のコピーは即時に停止し、両方のボリュームが simplex になり、T-VOL は現在の内容を保持します。',
    '&Delete': '削除(&D)',
    'Suspend Pair': 'ペアの中断',
    'Suspend stops the copy of each pair and keeps its track maps; Resume goes on from where it stopped.':
        '「中断」は各ペアのコピーを停止し、トラック・マップを保持します。「再開」は停止した位置から続行します。',
    '&Suspend': '中断(&S)',
    'Res&ume': '再開(&U)',
    'No pair in the list: select pairs on the main screen first.': 'リストにペアがありません。先にメイン画面でペアを選択してください。',
    '%n pair(s) refused:': ['%n 個のペアが拒否されました:'],
    '%n pair(s) in the list.': ['リスト内のペア: %n 個。'],
    'Delete %n pair(s)? A running copy stops at once and the T-VOLs keep what they hold now.': [
        '%n 個のペアを削除しますか? 実行中のコピーは即時に停止し、T-VOL は現在の内容を保持します。'],
    'Running…': '実行中…',
    'Copy started': 'コピーを開始しました',
    'Re-sync started': '再同期を開始しました',
    'Deleted': '削除しました',
    'Resumed': '再開しました',
    'Suspended': '中断しました',
    # Copyline::HdsUi::StatusHistoryDialog
    'Status & History': '状況 & 履歴',
    'Status & History — port %1': '状況 & 履歴 — ポート %1',
    'Acquired': '取得日時',
    'When the status was acquired (opened or refreshed)': '状況を取得した日時 (表示時または更新時)',
    'Refresh &Status': '状況の更新(&S)',
    'History': '履歴',
    'Sort by:': 'ソート順:',
    '&Date Time': '日付/時刻(&D)',
    'S-&VOL': 'S-VOL(&V)',
    '&T-VOL': 'T-VOL(&T)',
    '&Code': 'コード(&C)',
    '&Message': 'メッセージ(&M)',
    'Date Time': '日付/時刻',
    'Code': 'コード',
    'Message': 'メッセージ',
    'Refresh &History': '履歴の更新(&H)',
    'Refresh &All': 'すべて更新(&A)',
    'Current S-VOLs: %1': '現在の S-VOL: %1',
    'none': 'なし',
    'Current T-VOLs: %1': '現在の T-VOL: %1',
    'History unavailable': '履歴を使用できません',
    '%n event(s)': ['%n 件のイベント'],
    # Copyline::Texts
    '%1 MB/s': '%1 MB/s',
}
# fmt: on

NFORMS = {'de': 2, 'ja': 1}
DICTS = {'de': DE, 'ja': JA}


def unescape(s):
    return (s.replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"')
             .replace('&apos;', "'").replace('&amp;', '&'))


def escape(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
             .replace('"', '&quot;').replace("'", '&apos;'))


PH = re.compile(r'%(?:L?\d+|n)')


def mnemonic(s):
    """The mnemonic letter of s ('&&' is a literal ampersand, '& ' is no mnemonic), or None."""
    t = s.replace('&&', '')
    m = re.search(r'&([^\s&])', t)
    return m.group(1) if m else None


def check(src, tr, lang):
    errs = []
    if sorted(PH.findall(src)) != sorted(PH.findall(tr)):
        errs.append(f'placeholders {sorted(PH.findall(src))} != {sorted(PH.findall(tr))}')
    ms, mt = mnemonic(src), mnemonic(tr)
    if (ms is None) != (mt is None):
        errs.append(f'mnemonic {ms!r} vs {mt!r}')
    if lang == 'ja' and ms and (mt or '').lower() != ms.lower():
        errs.append(f'ja mnemonic letter {mt!r} != {ms!r}')
    if lang == 'ja' and ms and not re.search(r'\(&' + re.escape(ms.upper()) + r'\)', tr):
        errs.append('ja mnemonic not in (&X) form')
    if src.count('&&') != tr.count('&&'):
        errs.append('literal && count differs')
    if src.endswith('…') != tr.endswith('…'):
        errs.append('ellipsis')
    if src[:1].isspace() != tr[:1].isspace() or src[-1:].isspace() != tr[-1:].isspace():
        errs.append('leading/trailing space')
    if sorted(re.findall(r'<[^>]+>', src)) != sorted(re.findall(r'<[^>]+>', tr)):
        errs.append('HTML tags')
    return errs


MSG = re.compile(r'(<message( numerus="yes")?>)(.*?)(</message>)', re.S)


def fill(path, lang):
    d = DICTS[lang]
    text = path.read_text(encoding='utf-8')
    missing, errors, done = [], [], 0

    def repl(m):
        nonlocal done
        head, numerus, body, tail = m.group(1), m.group(2), m.group(3), m.group(4)
        if 'type="unfinished"' not in body:
            return m.group(0)
        src = unescape(re.search(r'<source>(.*?)</source>', body, re.S).group(1))
        if src not in d:
            missing.append(src)
            return m.group(0)
        tr = d[src]
        if numerus:
            if not isinstance(tr, list) or len(tr) != NFORMS[lang]:
                errors.append((src, f'needs {NFORMS[lang]} numerus forms'))
                return m.group(0)
            for f in tr:
                errors.extend((src, e) for e in check(src, f, lang))
            tm = re.search(r'( *)<translation type="unfinished">.*?</translation>', body, re.S)
            ind = tm.group(1)
            forms = ''.join(f'\n{ind}    <numerusform>{escape(f)}</numerusform>' for f in tr)
            new = f'{ind}<translation>{forms}\n{ind}</translation>'
        else:
            if not isinstance(tr, str):
                errors.append((src, 'not a numerus entry'))
                return m.group(0)
            errors.extend((src, e) for e in check(src, tr, lang))
            tm = re.search(r'( *)<translation type="unfinished">.*?</translation>', body, re.S)
            new = f'{tm.group(1)}<translation>{escape(tr)}</translation>'
        done += 1
        body = body[:tm.start()] + new + body[tm.end():]
        return head + body + tail

    out = MSG.sub(repl, text)
    path.write_text(out, encoding='utf-8')
    return done, missing, errors


def main():
    tdir = Path(sys.argv[1] if len(sys.argv) > 1 else 'translations')
    ok = True
    for lang in ('de', 'ja'):
        done, missing, errors = fill(tdir / f'copyline_{lang}.ts', lang)
        print(f'{lang}: {done} filled, {len(missing)} without translation, {len(errors)} check errors')
        for s in missing:
            print('  missing:', s)
        for s, e in errors:
            print('  error:', e, '|', s)
        ok = ok and not errors
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
