<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>Duplex Pending</source>
        <comment>PPRC pair state</comment>
        <translation>二重保留</translation>
    </message>
    <message>
        <source>Duplex (full copy mode)</source>
        <comment>PPRC pair state</comment>
        <translation>二重 (フル・コピー・モード)</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>PPRC pair state</comment>
        <translation>中断</translation>
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
        <translation>レプリケーション · %1</translation>
    </message>
    <message>
        <source>FlashCopy · background copy</source>
        <comment>ESS FlashCopy</comment>
        <translation>FlashCopy · バックグラウンド・コピー</translation>
    </message>
</context>
<context>
    <name>Copyline::ActivateIntroductionPage</name>
    <message>
        <source>Activate Remote Logical Drive Mirroring - Introduction</source>
        <translation>リモート論理ドライブ・ミラーリングの活動化 - 概要</translation>
    </message>
    <message>
        <source>Activation creates the two mirror repository logical drives and reserves a host port of each controller for mirroring.</source>
        <translation>活動化により、2 つのミラー・リポジトリー論理ドライブが作成され、各コントローラーのホスト・ポートが 1 つずつミラーリング用に予約されます。</translation>
    </message>
    <message>
        <source>Two &lt;b&gt;mirror repository logical drives&lt;/b&gt; of %1 each are created, one per controller (CTL A and CTL B). They log the remote writes not yet written to the secondaries, so that a controller can recover after a reset or a power loss. Host port 2 of each controller (A2, B2) is reserved for mirroring: host I/O on it stops. Keep at least 0.25 GB free per mirrored pair in the array of the repositories.</source>
        <translation>それぞれ %1 の &lt;b&gt;ミラー・リポジトリー論理ドライブ&lt;/b&gt;が、コントローラーごとに 1 つ (CTL A と CTL B) 作成されます。これらは、まだ 2 次論理ドライブに書き込まれていないリモート書き込みを記録し、リセットや電源喪失の後にコントローラーが回復できるようにします。各コントローラーのホスト・ポート 2 (A2、B2) はミラーリング用に予約され、そのポートでのホスト入出力は停止します。リポジトリーのアレイには、ミラー・ペアごとに 0.25 GB 以上の空きを確保してください。</translation>
    </message>
    <message>
        <source>Use &amp;free capacity on existing arrays</source>
        <translation>既存のアレイの空き容量を使用(&amp;F)</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>アレイ</translation>
    </message>
    <message>
        <source>RAID Level</source>
        <translation>RAID レベル</translation>
    </message>
    <message>
        <source>Free Capacity</source>
        <translation>空き容量</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Arrays with free capacity</source>
        <translation>空き容量のあるアレイ</translation>
    </message>
    <message>
        <source>RAID %1</source>
        <translation>RAID %1</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>使用可能</translation>
    </message>
    <message numerus="yes">
        <source>%n unassigned drive(s) (%1) can form the new array.</source>
        <translation>
            <numerusform>%n 台の未割り当てドライブ (%1) で新規アレイを構成できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available: the storage subsystem has fewer than two unassigned drives.</source>
        <translation>使用できません: ストレージ・サブシステムの未割り当てドライブが 2 台未満です。</translation>
    </message>
    <message>
        <source>Create a new array using &amp;unconfigured capacity</source>
        <translation>&amp;未構成の容量を使用して新しいアレイを作成</translation>
    </message>
</context>
<context>
    <name>Copyline::ActivateMirrorWizard</name>
    <message>
        <source>RAID 0 has no redundancy; the mirror repositories need RAID 1, 3 or 5</source>
        <translation>RAID 0 には冗長性がありません。ミラー・リポジトリーには RAID 1、3、または 5 が必要です</translation>
    </message>
    <message>
        <source>%1 free; the two repositories need %2</source>
        <translation>空き %1。2 つのリポジトリーには %2 が必要です</translation>
    </message>
    <message>
        <source>Activate Remote Logical Drive Mirroring</source>
        <translation>リモート論理ドライブ・ミラーリングの活動化</translation>
    </message>
    <message>
        <source>a new RAID %1 array of drives %2</source>
        <translation>ドライブ %2 による新規 RAID %1 アレイ</translation>
    </message>
    <message>
        <source>Select an array with enough free capacity.</source>
        <translation>十分な空き容量のあるアレイを選択してください。</translation>
    </message>
    <message>
        <source>%1 cannot hold the repositories: %2.</source>
        <translation>%1 にはリポジトリーを配置できません: %2。</translation>
    </message>
    <message>
        <source>Choose the drives of the new array.</source>
        <translation>新規アレイのドライブを選択してください。</translation>
    </message>
    <message>
        <source>Activate Remote Logical Drive Mirroring - Completed</source>
        <translation>リモート論理ドライブ・ミラーリングの活動化 - 完了</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is now %1 on %2. The mirror repository logical drives CTL A Mirror Repository and CTL B Mirror Repository were created on %3.

Create mirrors with Logical Drive ▸ Remote Mirroring ▸ Create once the remote storage subsystem is activated too.</source>
        <translation>%2 のリモート論理ドライブ・ミラーリングは %1 になりました。ミラー・リポジトリー論理ドライブ CTL A Mirror Repository と CTL B Mirror Repository が %3 に作成されました。

リモート・ストレージ・サブシステムも活動化したら、「論理ドライブ ▸ リモート・ミラーリング ▸ 作成」でミラーを作成してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::ActivateNewArrayPage</name>
    <message>
        <source>Create New Array</source>
        <translation>新規アレイの作成</translation>
    </message>
    <message>
        <source>The new array holds the two mirror repository logical drives; its remaining capacity stays free for logical drives.</source>
        <translation>新規アレイには 2 つのミラー・リポジトリー論理ドライブが配置されます。残りの容量は論理ドライブ用の空き容量として残ります。</translation>
    </message>
    <message>
        <source>&amp;RAID level:</source>
        <translation>RAID レベル(&amp;R):</translation>
    </message>
    <message>
        <source>RAID %1</source>
        <translation>RAID %1</translation>
    </message>
    <message>
        <source>RAID 0 is not offered: the repositories need redundancy.</source>
        <translation>RAID 0 は選択できません: リポジトリーには冗長性が必要です。</translation>
    </message>
    <message>
        <source>Drive selection:</source>
        <translation>ドライブの選択:</translation>
    </message>
    <message>
        <source>&amp;Automatic: the drives with the most available capacity</source>
        <translation>自動: 使用可能な容量が最も大きいドライブ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Manual: select the drives (Ctrl+click), then Apply</source>
        <translation>手動: ドライブを選択 (Ctrl+クリック) してから「適用」(&amp;M)</translation>
    </message>
    <message>
        <source>Enclosure</source>
        <translation>エンクロージャー</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>drive type</comment>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Unassigned drives</source>
        <translation>未割り当てドライブ</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>適用(&amp;P)</translation>
    </message>
    <message>
        <source>Select the drives of the new array first.</source>
        <translation>先に新規アレイのドライブを選択してください。</translation>
    </message>
    <message>
        <source>There are not enough unassigned drives of one type for RAID %1.</source>
        <translation>RAID %1 に必要な、同じタイプの未割り当てドライブが足りません。</translation>
    </message>
    <message>
        <source>Drives of the new array: %1.</source>
        <translation>新規アレイのドライブ: %1。</translation>
    </message>
    <message>
        <source>No drives applied yet.</source>
        <translation>まだドライブが適用されていません。</translation>
    </message>
    <message>
        <source>Capacity: %1 (RAID %2).</source>
        <translation>容量: %1 (RAID %2)。</translation>
    </message>
</context>
<context>
    <name>Copyline::ActivatePreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Check the settings, then click Finish to activate Remote Logical Drive Mirroring.</source>
        <translation>設定を確認し、「完了」をクリックしてリモート論理ドライブ・ミラーリングを活動化してください。</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>活動化しています…</translation>
    </message>
    <message>
        <source>Storage subsystem: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>ストレージ・サブシステム: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Mirror repository logical drives: &lt;b&gt;CTL A Mirror Repository (%1)&lt;/b&gt; and &lt;b&gt;CTL B Mirror Repository (%1)&lt;/b&gt;, on %2.</source>
        <translation>ミラー・リポジトリー論理ドライブ: &lt;b&gt;CTL A Mirror Repository (%1)&lt;/b&gt; および &lt;b&gt;CTL B Mirror Repository (%1)&lt;/b&gt;、%2 上。</translation>
    </message>
    <message>
        <source>Reserved for mirroring: host port 2 of each controller (A2 and B2). Hosts connected only through these ports lose access.</source>
        <translation>ミラーリング用に予約: 各コントローラーのホスト・ポート 2 (A2 および B2)。これらのポート経由でのみ接続されているホストはアクセスできなくなります。</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring becomes &lt;b&gt;%1&lt;/b&gt;; the status area&apos;s icon turns green. Mirrors need the option Enabled/Activated on the remote storage subsystem too.</source>
        <translation>リモート論理ドライブ・ミラーリングは &lt;b&gt;%1&lt;/b&gt; になり、状況領域のアイコンが緑色に変わります。ミラーには、リモート・ストレージ・サブシステムでもこのオプションが使用可能/活動化済みであることが必要です。</translation>
    </message>
</context>
<context>
    <name>Copyline::AllocateCapacityPage</name>
    <message>
        <source>Allocate Capacity</source>
        <translation>容量の割り振り</translation>
    </message>
    <message>
        <source>Choose where the FlashCopy repository logical drive gets its capacity.</source>
        <translation>FlashCopy リポジトリー論理ドライブの容量をどこから割り振るかを選択します。</translation>
    </message>
    <message>
        <source>Free capacity on &amp;same array as base</source>
        <translation>基本論理ドライブと同じアレイの空き容量(&amp;S)</translation>
    </message>
    <message>
        <source>Free capacity on &amp;different array</source>
        <translation>別のアレイの空き容量(&amp;D)</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>アレイ</translation>
    </message>
    <message>
        <source>Free Capacity</source>
        <translation>空き容量</translation>
    </message>
    <message>
        <source>Arrays with free capacity</source>
        <translation>空き容量のあるアレイ</translation>
    </message>
    <message>
        <source>&amp;Unconfigured capacity (create a new array)</source>
        <translation>未構成容量 (新規アレイを作成)(&amp;U)</translation>
    </message>
    <message>
        <source>Less than the 8 MB a repository needs at least.</source>
        <translation>リポジトリーに最低限必要な 8 MB に足りません。</translation>
    </message>
    <message>
        <source>%1: %2 free</source>
        <translation>%1: 空き %2</translation>
    </message>
    <message>
        <source>%1: %2 free, less than the 8 MB a repository needs</source>
        <translation>%1: 空き %2 (リポジトリーに必要な 8 MB に足りません)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n unassigned drive(s)</source>
        <translation>
            <numerusform>%n 台の未割り当てドライブ上の %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No unassigned drives.</source>
        <translation>未割り当てのドライブはありません。</translation>
    </message>
    <message>
        <source>Select the array that is to hold the repository.</source>
        <translation>リポジトリーを配置するアレイを選択してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::ArrayParametersPage</name>
    <message>
        <source>Specify Array Parameters</source>
        <translation>アレイ・パラメーターの指定</translation>
    </message>
    <message>
        <source>Choose the RAID level and the unassigned drives of the new array that will hold the repository.</source>
        <translation>リポジトリーを配置する新規アレイの RAID レベルと未割り当てドライブを選択します。</translation>
    </message>
    <message>
        <source>RAID %1</source>
        <translation>RAID %1</translation>
    </message>
    <message>
        <source>&amp;RAID level:</source>
        <translation>RAID レベル(&amp;R):</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>規則:</translation>
    </message>
    <message>
        <source>Enclosure</source>
        <translation>エンクロージャー</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>drive type</comment>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Unassigned drives</source>
        <translation>未割り当てドライブ</translation>
    </message>
    <message>
        <source>Array capacity:</source>
        <translation>アレイ容量:</translation>
    </message>
    <message>
        <source>RAID 0 stripes data over the drives without redundancy: 1 drive or more. A failed drive loses the repository.</source>
        <translation>RAID 0 は冗長性なしでデータをドライブにストライプします: 1 台以上のドライブが必要です。ドライブが 1 台でも障害になると、リポジトリーは失われます。</translation>
    </message>
    <message>
        <source>RAID 1 mirrors pairs of drives: an even number of drives, at least 2. Half of their capacity is usable.</source>
        <translation>RAID 1 はドライブのペアをミラーリングします: 2 台以上の偶数台のドライブが必要です。使用できるのは容量の半分です。</translation>
    </message>
    <message>
        <source>RAID 3 keeps parity on one drive: at least 3 drives. One drive&apos;s capacity holds the parity.</source>
        <translation>RAID 3 はパリティーを 1 台のドライブに保持します: 3 台以上のドライブが必要です。ドライブ 1 台分の容量がパリティーに使用されます。</translation>
    </message>
    <message>
        <source>RAID 5 spreads parity over all drives: at least 3 drives. One drive&apos;s capacity holds the parity.</source>
        <translation>RAID 5 はパリティーをすべてのドライブに分散します: 3 台以上のドライブが必要です。ドライブ 1 台分の容量がパリティーに使用されます。</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n drive(s)</source>
        <translation>
            <numerusform>%n 台のドライブから %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) selected</source>
        <translation>
            <numerusform>%n 台のドライブを選択</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::ArrayPropertiesDialog</name>
    <message>
        <source>Array Properties</source>
        <translation>アレイのプロパティー</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>This array no longer exists.</source>
        <translation>このアレイはもう存在しません。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>RAID level</source>
        <translation>RAID レベル</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Used capacity</source>
        <translation>使用済み容量</translation>
    </message>
    <message>
        <source>Free capacity</source>
        <translation>空き容量</translation>
    </message>
    <message>
        <source>Drive type</source>
        <translation>ドライブ・タイプ</translation>
    </message>
    <message>
        <source>Drives [enclosure,slot]</source>
        <translation>ドライブ [エンクロージャー,スロット]</translation>
    </message>
    <message>
        <source>Logical drives</source>
        <translation>論理ドライブ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>Copyline::AttachEngineDialog</name>
    <message>
        <source>Attach Engine</source>
        <translation>エンジンの接続</translation>
    </message>
    <message>
        <source>Manage the storage subsystems of another Copyline engine from this console, next to the ones shown now. The engine must serve management over TLS (copylined --listen) and know the user (copylinectl --add-user on its computer).</source>
        <translation>別の Copyline エンジンのストレージ・サブシステムを、現在表示中のものと並べてこのコンソールから管理します。エンジンは TLS で管理を提供し (copylined --listen)、ユーザーを登録済みである必要があります (そのコンピューターで copylinectl --add-user)。</translation>
    </message>
    <message>
        <source>HOST:PORT, e.g. 192.0.2.7:7443</source>
        <translation>HOST:PORT (例: 192.0.2.7:7443)</translation>
    </message>
    <message>
        <source>Only on first contact: the SHA-256 the engine printed</source>
        <translation>初回接続時のみ: エンジンが表示した SHA-256</translation>
    </message>
    <message>
        <source>copylined prints its certificate&apos;s fingerprint when it starts; copylinectl --show-fingerprint on the engine&apos;s computer shows it too. Once trusted, the engine is remembered (known_engines) and this stays empty.</source>
        <translation>copylined は起動時に証明書のフィンガープリントを表示します。エンジンのコンピューターで copylinectl --show-fingerprint を実行しても表示されます。一度信頼すると、エンジンは記憶され (known_engines)、この欄は空のままです。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>フィンガープリント(&amp;F):</translation>
    </message>
    <message>
        <source>A&amp;ttach</source>
        <translation>接続(&amp;T)</translation>
    </message>
    <message>
        <source>The engine at %1 is not known here. Its certificate&apos;s SHA-256 fingerprint is:
%2
Compare it with the one copylined printed when it started (or copylinectl --show-fingerprint on the engine&apos;s computer): if they are the same, click Attach to trust it. Nothing was sent.</source>
        <translation>%1 のエンジンはここでは未知です。証明書の SHA-256 フィンガープリントは次のとおりです:
%2
copylined が起動時に表示したもの (またはエンジンのコンピューターでの copylinectl --show-fingerprint) と比較し、同じであれば「接続」をクリックして信頼してください。何も送信していません。</translation>
    </message>
    <message>
        <source>Attaching to %1… (a sign-in after failed ones may wait up to 30 s; Cancel stops)</source>
        <translation>%1 に接続しています… (失敗したサインインの後は最大 30 秒待つことがあります。キャンセルで中止します)</translation>
    </message>
</context>
<context>
    <name>Copyline::ChangeCopyPriorityDialog</name>
    <message>
        <source>Change Copy Priority</source>
        <translation>コピー優先順位の変更</translation>
    </message>
    <message>
        <source>The new priority applies at once, even to a copy in progress. A higher priority copies faster at the cost of host I/O performance.</source>
        <translation>新しい優先順位は、進行中のコピーにも即時に適用されます。優先順位を高くするとコピーは速くなりますが、ホスト入出力のパフォーマンスが低下します。</translation>
    </message>
    <message>
        <source>Selected copy pairs:</source>
        <translation>選択したコピー・ペア:</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <comment>pair (current priority)</comment>
        <translation>%1 (現在 %2)</translation>
    </message>
    <message>
        <source>Copy &amp;priority:</source>
        <translation>コピー優先順位(&amp;P):</translation>
    </message>
    <message>
        <source>Change Copy Priority - Progress</source>
        <translation>コピー優先順位の変更 - 進行状況</translation>
    </message>
    <message>
        <source>Changing the copy priority to %1.</source>
        <translation>コピー優先順位を %1 に変更しています。</translation>
    </message>
</context>
<context>
    <name>Copyline::ChangeSyncSettingsDialog</name>
    <message>
        <source>Change Synchronization Settings</source>
        <translation>同期設定の変更</translation>
    </message>
    <message>
        <source>Synchronization &amp;priority (all selected pairs get the same level):</source>
        <translation>同期優先順位 (選択したすべてのペアに同じレベルが設定されます)(&amp;P):</translation>
    </message>
    <message>
        <source>Synchronization priority</source>
        <translation>同期優先順位</translation>
    </message>
    <message>
        <source>Lowest takes about 8 times as long as Highest, Low 6, Medium 3.5, High 2; a higher priority costs host I/O performance.</source>
        <translation>「最低」は「最高」の約 8 倍、「低」は 6 倍、「中」は 3.5 倍、「高」は 2 倍の時間がかかります。優先順位を高くすると、ホスト入出力のパフォーマンスが低下します。</translation>
    </message>
    <message>
        <source>Resynchronization method:</source>
        <translation>再同期方式:</translation>
    </message>
    <message>
        <source>&amp;Manual (recommended): after a link interruption, wait for Resume</source>
        <translation>手動 (推奨): リンクの中断後、再開を待つ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Automatic: resynchronize as soon as the storage subsystems communicate again</source>
        <translation>自動: ストレージ・サブシステムが再び通信できるようになったらすぐに再同期する(&amp;A)</translation>
    </message>
    <message>
        <source>Select the logical drives (primaries) whose synchronization settings change; Ctrl+click selects several. The priority sets how fast a synchronization copies; the resynchronization method what happens when a broken link is restored.</source>
        <translation>同期設定を変更する論理ドライブ (1 次) を選択してください。Ctrl+クリックで複数選択できます。優先順位は同期のコピー速度を決め、再同期方式は切断されたリンクが復元されたときの動作を決めます。</translation>
    </message>
    <message>
        <source>Current Settings</source>
        <translation>現在の設定</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 priority, %2 resynchronization</source>
        <comment>current synchronization settings</comment>
        <translation>優先順位 %1、再同期 %2</translation>
    </message>
    <message>
        <source>This storage subsystem has no primary logical drives of mirrored pairs.</source>
        <translation>このストレージ・サブシステムには、ミラー・ペアの 1 次論理ドライブがありません。</translation>
    </message>
    <message>
        <source>%1 is in the write consistency group: its members must use Manual resynchronization, because an automatic resynchronization after repeated interruptions leaves the group&apos;s secondaries unusable for recovery.</source>
        <translation>%1 は書き込み整合性グループに属しています: グループのメンバーは手動再同期を使用する必要があります。中断が繰り返された後に自動再同期を行うと、グループの 2 次論理ドライブがリカバリーに使用できなくなるためです。</translation>
    </message>
    <message>
        <source>With Automatic resynchronization, several interruptions during one resynchronization can leave a secondary with a mix of old and new data that is unusable for disaster recovery.</source>
        <translation>自動再同期では、1 回の再同期中に中断が複数回発生すると、2 次論理ドライブに新旧のデータが混在し、災害時リカバリーに使用できなくなることがあります。</translation>
    </message>
    <message>
        <source>Change the synchronization priority to %1 and the resynchronization method to %2 for these pairs?

%3</source>
        <translation>これらのペアの同期優先順位を %1 に、再同期方式を %2 に変更しますか?

%3</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message numerus="yes">
        <source>The synchronization settings of %n mirrored pair(s) were changed: priority %1, resynchronization %2.</source>
        <translation>
            <numerusform>%n 個のミラー・ペアの同期設定を変更しました: 優先順位 %1、再同期 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select &amp;Logical Drives:</source>
        <translation>論理ドライブの選択(&amp;L):</translation>
    </message>
</context>
<context>
    <name>Copyline::ChangeWriteModeDialog</name>
    <message>
        <source>Change Write Mode</source>
        <translation>書き込みモードの変更</translation>
    </message>
    <message>
        <source>Write mode:</source>
        <translation>書き込みモード:</translation>
    </message>
    <message>
        <source>&amp;Synchronous: a host write completes once the secondary has stored it (recommended up to 10 km)</source>
        <translation>同期: 2 次論理ドライブが保管した時点でホストの書き込みが完了します (10 km までを推奨)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Asynchronous: a host write completes at once and is sent behind it (recommended beyond 10 km)</source>
        <translation>非同期: ホストの書き込みは即時に完了し、後から送信されます (10 km を超える場合に推奨)(&amp;A)</translation>
    </message>
    <message>
        <source>Add to &amp;write consistency group</source>
        <translation>書き込み整合性グループに追加(&amp;W)</translation>
    </message>
    <message>
        <source>Select the primaries whose write mode changes; Ctrl+click selects several. Synchronous mirroring is Metro Mirroring; asynchronous mirroring is Global Copy, or Global Mirroring when the pair is in the write consistency group, which keeps the order of writes across all its members.</source>
        <translation>書き込みモードを変更する 1 次論理ドライブを選択してください。Ctrl+クリックで複数選択できます。同期ミラーリングは Metro Mirroring です。非同期ミラーリングは Global Copy ですが、ペアが書き込み整合性グループに属している場合は Global Mirroring になり、すべてのメンバーにわたって書き込みの順序が保たれます。</translation>
    </message>
    <message>
        <source>Write Mode</source>
        <translation>書き込みモード</translation>
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
        <translation>コピー・タイプ: %1。</translation>
    </message>
    <message>
        <source>Adding pairs to the write consistency group might impact host I/O performance: remote writes of the group are applied one after the other.</source>
        <translation>ペアを書き込み整合性グループに追加すると、ホスト入出力のパフォーマンスに影響する場合があります: グループのリモート書き込みは 1 つずつ順に適用されます。</translation>
    </message>
    <message>
        <source>This storage subsystem has no primary logical drives of mirrored pairs.</source>
        <translation>このストレージ・サブシステムには、ミラー・ペアの 1 次論理ドライブがありません。</translation>
    </message>
    <message>
        <source>%1 uses Automatic resynchronization: members of the write consistency group must use Manual (Change ▸ Synchronization Settings first).</source>
        <translation>%1 は自動再同期を使用しています: 書き込み整合性グループのメンバーは手動を使用する必要があります (先に「変更 ▸ 同期設定」を実行してください)。</translation>
    </message>
    <message>
        <source>The selected pairs already use this write mode.</source>
        <translation>選択したペアは既にこの書き込みモードを使用しています。</translation>
    </message>
    <message>
        <source>Change the write mode of these pairs to %1 (%2)?

%3

A pair that is synchronized first copies what the old mode had not yet sent.</source>
        <translation>これらのペアの書き込みモードを %1 (%2) に変更しますか?

%3

同期済みのペアは、まず古いモードでまだ送信されていなかったデータをコピーします。</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>非同期</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message numerus="yes">
        <source>The write mode of %n mirrored pair(s) was changed: %1.</source>
        <translation>
            <numerusform>%n 個のミラー・ペアの書き込みモードを変更しました: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the &amp;mirrored pairs:</source>
        <translation>ミラー・ペアの選択(&amp;M):</translation>
    </message>
</context>
<context>
    <name>Copyline::CommandProgressDialog</name>
    <message>
        <source>Copy pair</source>
        <translation>コピー・ペア</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) failed; the engine&apos;s reason is listed with each.</source>
        <translation>
            <numerusform>%n 件の変更が失敗しました。エンジンが示した理由がそれぞれに表示されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>In progress…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>Changing %1 of %2…</source>
        <translation>%2 件中 %1 件目を変更中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>Copyline::CommunicationTestDialog</name>
    <message>
        <source>Not measured</source>
        <comment>round trip time</comment>
        <translation>未測定</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Test data round trip time</source>
        <translation>テスト・データの往復時間</translation>
    </message>
    <message>
        <source>Maximum allowed round trip time</source>
        <translation>最大許容往復時間</translation>
    </message>
    <message>
        <source>Average round trip time</source>
        <translation>平均往復時間</translation>
    </message>
    <message>
        <source>Communication Test</source>
        <translation>通信テスト</translation>
    </message>
    <message>
        <source>Tests the communication between %1 on %2 and %3 on %4 over the remote mirror path of controller %5: test data is sent and acknowledged, then ten bare round trips are timed.</source>
        <translation>コントローラー %5 のリモート・ミラー・パスを介して、%2 上の %1 と %4 上の %3 の間の通信をテストします: テスト・データを送信して確認応答を受けた後、単純な往復を 10 回計測します。</translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>再テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>communication test</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>communication test</comment>
        <translation>合格</translation>
    </message>
    <message>
        <source>Passed with Caution</source>
        <comment>communication test</comment>
        <translation>注意付きで合格</translation>
    </message>
    <message>
        <source>%1. The test goes on in the background until communication is restored; then the pair resynchronizes by itself if its resynchronization is Automatic, otherwise select Resume. The event log has the details (Recovery Guru).</source>
        <translation>%1。通信が復元されるまでテストはバックグラウンドで続行されます。その後、再同期が自動の場合はペアが自動的に再同期されます。手動の場合は「再開」を選択してください。詳細はイベント・ログにあります (Recovery Guru)。</translation>
    </message>
    <message>
        <source>The round trip time is approaching the maximum allowed (more than 75% of it): host writes to synchronous mirrors wait that long. Consider asynchronous mirroring or a faster link.</source>
        <translation>往復時間が最大許容値に近づいています (75% 超): 同期ミラーへのホストの書き込みはその時間だけ待機します。非同期ミラーリングまたはより高速なリンクを検討してください。</translation>
    </message>
    <message>
        <source>The round trip time exceeds the maximum allowed: host writes to synchronous mirrors wait that long. Consider asynchronous mirroring or a faster link.</source>
        <translation>往復時間が最大許容値を超えています: 同期ミラーへのホストの書き込みはその時間だけ待機します。非同期ミラーリングまたはより高速なリンクを検討してください。</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <comment>numbered recovery step</comment>
        <translation>%1. %2。</translation>
    </message>
    <message>
        <source>Recovery:</source>
        <translation>回復手順:</translation>
    </message>
</context>
<context>
    <name>Copyline::Confirm</name>
    <message>
        <source>Type %1 and click %2.</source>
        <extracomment>%1 is the word to type (Yes, not translated), %2 the button that runs the action (OK, Finish)</extracomment>
        <translation>%1 と入力して「%2」をクリックしてください。</translation>
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
        <translation>無制限</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Copy &amp;bandwidth (simulation):</source>
        <translation>コピー帯域幅 (シミュレーション)(&amp;B):</translation>
    </message>
    <message>
        <source>VolumeCopy pairs: %1 (%2 in progress, %3 pending). At most 8 copies run at once.</source>
        <translation>VolumeCopy ペア: %1 (進行中 %2、保留中 %3)。同時に実行されるコピーは最大 8 つです。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Off (fixed rate)</source>
        <translation>オフ (固定レート)</translation>
    </message>
    <message>
        <source>Host write &amp;latency bound:</source>
        <translation>ホスト書き込みの待ち時間上限(&amp;L):</translation>
    </message>
    <message>
        <source>The rate a VolumeCopy reaches at Highest priority; lower priorities get a share of it (High 1/2, Medium 1/3.5, Low 1/6, Lowest 1/8), and running copies share it. Unlimited: as fast as the volume files can be copied. A low bandwidth lets you watch copies progress. With a latency bound, VolumeCopies and mirror synchronizations slow down while the subsystem&apos;s host writes take longer than the bound, and speed up again when they are fast (never below 4 MB/s, so copies always finish).</source>
        <translation>VolumeCopy が最高の優先順位で達するレートです。低い優先順位はその一部を得ます (高 1/2、中 1/3.5、低 1/6、最低 1/8)。実行中のコピーはこれを分け合います。無制限: ボリューム・ファイルをコピーできる最大の速さ。帯域幅を低くすると、コピーの進行を見ることができます。待ち時間上限を設定すると、サブシステムのホスト書き込みが上限より長くかかる間は VolumeCopy とミラー同期が遅くなり、速くなると再び速くなります (4 MB/s を下回ることはないので、コピーは必ず完了します)。</translation>
    </message>
</context>
<context>
    <name>Copyline::CopyManagerWindow</name>
    <message>
        <source>Copy Manager</source>
        <translation>コピー・マネージャー</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>All copy pairs</source>
        <translation>すべてのコピー・ペア</translation>
    </message>
    <message>
        <source>In progress and pending</source>
        <translation>進行中および保留中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Copy pairs</source>
        <translation>コピー・ペア</translation>
    </message>
    <message>
        <source>Progress of the selected copy</source>
        <translation>選択したコピーの進行状況</translation>
    </message>
    <message>
        <source>&amp;Re-Copy…</source>
        <translation>再コピー(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation>停止(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;move Copy Pairs…</source>
        <translation>コピー・ペアの除去(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Priority…</source>
        <translation>コピー優先順位(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Enable Read-Only</source>
        <translation>読み取り専用を使用可能にする(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable Read-Only</source>
        <translation>読み取り専用を使用不可にする(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>変更(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Target Logical Drive Permissions</source>
        <translation>ターゲット論理ドライブの許可(&amp;T)</translation>
    </message>
    <message>
        <source>VolumeCopy pairs of %1</source>
        <translation>%1 の VolumeCopy ペア</translation>
    </message>
    <message>
        <source>Copy Manager — %1</source>
        <translation>コピー・マネージャー — %1</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>進行中 %1</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>保留中 %1</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>完了 %1</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>停止 %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>失敗 %1</translation>
    </message>
    <message numerus="yes">
        <source>Needs Attention: %n failed copy pair(s) (Event 6600). Stop a failed copy to clear the condition, or Re-Copy it to start again; its status tells why it failed.</source>
        <translation>
            <numerusform>要注意: 失敗したコピー・ペアが %n 個あります (イベント 6600)。失敗したコピーを停止すると状態が解除されます。再コピーすると最初からやり直します。失敗の理由は状況に表示されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy pair(s)</source>
        <translation>
            <numerusform>%n 個のコピー・ペア</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a copy pair.</source>
        <translation>コピー・ペアを選択してください。</translation>
    </message>
    <message>
        <source>Select exactly one copy pair.</source>
        <translation>コピー・ペアを 1 つだけ選択してください。</translation>
    </message>
    <message>
        <source>Select one or more copy pairs.</source>
        <translation>1 つ以上のコピー・ペアを選択してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>pair: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copy the source to the target again, from the beginning</source>
        <translation>ソースをターゲットに最初からもう一度コピーします</translation>
    </message>
    <message>
        <source>Stop the copy; the target is left incomplete</source>
        <translation>コピーを停止します。ターゲットは不完全なままになります</translation>
    </message>
    <message>
        <source>Remove the copy pairs; the data on both logical drives is kept</source>
        <translation>コピー・ペアを除去します。両方の論理ドライブのデータは保持されます</translation>
    </message>
    <message>
        <source>Change the copy priority</source>
        <translation>コピー優先順位を変更します</translation>
    </message>
    <message>
        <source>Reject host writes to the target logical drives</source>
        <translation>ターゲット論理ドライブへのホストの書き込みを拒否します</translation>
    </message>
    <message>
        <source>Let hosts write to the target logical drives</source>
        <translation>ターゲット論理ドライブへのホストの書き込みを許可します</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <comment>source → target: progress</comment>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>%1, %2 remaining</source>
        <comment>progress, time remaining</comment>
        <translation>%1、残り %2</translation>
    </message>
    <message>
        <source>Stop the copy of %1 to %2?

Hosts can write to %1 again. %2 is left with a partial copy: there is no guarantee that its data is usable.</source>
        <translation>%1 から %2 へのコピーを停止しますか?

ホストは再び %1 に書き込めるようになります。%2 には部分的なコピーが残り、そのデータが使用可能である保証はありません。</translation>
    </message>
    <message>
        <source>Stopping the failed copy clears its Needs Attention condition.</source>
        <translation>失敗したコピーを停止すると、その「要注意」状態が解除されます。</translation>
    </message>
    <message>
        <source>Stop Copy</source>
        <translation>コピーの停止</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n copy pair(s)?</source>
        <translation>
            <numerusform>%n 個のコピー・ペアを除去しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>The data on the source and target logical drives is not changed. The targets&apos; read-only attribute is removed, and both logical drives can take part in new copies in any role.</source>
        <translation>ソース論理ドライブとターゲット論理ドライブのデータは変更されません。ターゲットの読み取り専用属性は解除され、どちらの論理ドライブも新しいコピーで任意の役割に使用できます。</translation>
    </message>
    <message>
        <source>Remove Copy Pairs</source>
        <translation>コピー・ペアの除去</translation>
    </message>
    <message>
        <source>Enable Read-Only</source>
        <translation>読み取り専用を使用可能にする</translation>
    </message>
    <message>
        <source>Disable Read-Only</source>
        <translation>読み取り専用を使用不可にする</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>pair: error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Logical drive, status or priority</source>
        <translation>論理ドライブ、状況、または優先順位</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Compare the target with its source grain by grain, leaving out what changed since the copy</source>
        <translation>コピー以降に変更された部分を除き、ターゲットをソースとグレインごとに比較します</translation>
    </message>
    <message>
        <source>Verify Copy</source>
        <translation>コピーの検証</translation>
    </message>
    <message>
        <source>Compare %1 with its source %2 grain by grain? Hosts keep working meanwhile; both logical drives are read once. Grains written on either drive since the copy are left out: they differ rightly. A grain that differs otherwise is damage to the target; Verify and Repair copies it from the source again (the source still holds the copy&apos;s point in time there).</source>
        <translation>%1 をソース %2 とグレインごとに比較しますか? その間もホストは動作し続けます。両方の論理ドライブが 1 回ずつ読み取られます。コピー以降にいずれかのドライブに書き込まれたグレインは除外されます (正当に異なるため)。それ以外で異なるグレインはターゲットの損傷です。「検証して修復」はそのグレインをソースから再度コピーします (ソースはそこにコピーの時点のデータをまだ保持しています)。</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Verify and &amp;Repair</source>
        <translation>検証して修復(&amp;R)</translation>
    </message>
    <message>
        <source>A repair needs a read-only target, so that no host writes it meanwhile: enable Read-Only first (Change &gt; Target Logical Drive Permissions).</source>
        <translation>修復中にホストが書き込まないよう、修復にはターゲットが読み取り専用である必要があります。先に読み取り専用を有効にしてください (変更 &gt; ターゲット論理ドライブの権限)。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the %n compared grain(s) hold the same bytes as the source.</source>
        <translation>
            <numerusform>%1: 比較した %n 個のグレインはソースと同じバイトを保持しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n grain(s) differ from the source.</source>
        <translation>
            <numerusform>%1: %n 個のグレインがソースと異なります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grain(s) written on either drive since the copy were not compared.</source>
        <translation>
            <numerusform>コピー以降にいずれかのドライブに書き込まれた %n 個のグレインは比較されませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grain(s) were copied from the source again.</source>
        <translation>
            <numerusform>%n 個のグレインをソースから再度コピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify again with Repair to copy them from the source, or Re-Copy the pair.</source>
        <translation>ソースからコピーするには修復を指定して再度検証するか、ペアを再コピーしてください。</translation>
    </message>
</context>
<context>
    <name>Copyline::CopyPrioritySlider</name>
    <message>
        <source>Copy priority</source>
        <translation>コピー優先順位</translation>
    </message>
</context>
<context>
    <name>Copyline::CreateArrayDialog</name>
    <message>
        <source>Create Array</source>
        <translation>アレイの作成</translation>
    </message>
    <message>
        <source>Select the unassigned drives for the new array (Logical Drive Group) and its RAID level. All drives of an array have the same type.</source>
        <translation>新規アレイ (論理ドライブ・グループ) の未割り当てドライブと RAID レベルを選択します。アレイ内のドライブはすべて同じタイプです。</translation>
    </message>
    <message>
        <source>Enclosure</source>
        <translation>エンクロージャー</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>drive type</comment>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>RAID %1</source>
        <translation>RAID %1</translation>
    </message>
    <message>
        <source>&amp;RAID level:</source>
        <translation>RAID レベル(&amp;R):</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>規則:</translation>
    </message>
    <message>
        <source>Array capacity:</source>
        <translation>アレイ容量:</translation>
    </message>
    <message>
        <source>RAID %1 needs %2.</source>
        <translation>RAID %1 には %2 が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) selected</source>
        <translation>
            <numerusform>%n 台のドライブを選択</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n drive(s)</source>
        <translation>
            <numerusform>%n 台のドライブから %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no unassigned drives: the storage subsystem has no unconfigured capacity.</source>
        <translation>未割り当てのドライブがありません: ストレージ・サブシステムに未構成容量がありません。</translation>
    </message>
    <message>
        <source>Select the drives of the new array.</source>
        <translation>新規アレイのドライブを選択してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::CreateFlashCopyWizard</name>
    <message>
        <source>Create FlashCopy Logical Drive Wizard</source>
        <translation>FlashCopy 論理ドライブ作成ウィザード</translation>
    </message>
    <message>
        <source>Select the drives of the new array.</source>
        <translation>新規アレイのドライブを選択してください。</translation>
    </message>
    <message>
        <source>Drive [%1] is no longer unassigned; select another one.</source>
        <translation>ドライブ [%1] は未割り当てではなくなりました。別のドライブを選択してください。</translation>
    </message>
    <message>
        <source>Free capacity on %1</source>
        <translation>%1 の空き容量</translation>
    </message>
    <message>
        <source>New RAID %1 array from unconfigured capacity, drives %2</source>
        <translation>未構成容量からの新規 RAID %1 アレイ、ドライブ %2</translation>
    </message>
    <message>
        <source>The base logical drive no longer exists.</source>
        <translation>基本論理ドライブはもう存在しません。</translation>
    </message>
    <message>
        <source>Simple is not available: %1 has %2 free, and the Simple path needs 8 MB + 1% of the base logical drive there (%3). Choose Advanced to put the repository on another array or on unconfigured capacity.</source>
        <translation>「簡易」は使用できません: %1 の空きは %2 で、簡易パスにはそこに 8 MB + 基本論理ドライブの 1% (%3) が必要です。リポジトリーを別のアレイまたは未構成容量に配置するには、「拡張」を選択してください。</translation>
    </message>
    <message>
        <source>Select the array that is to hold the repository.</source>
        <translation>リポジトリーを配置するアレイを選択してください。</translation>
    </message>
    <message>
        <source>FlashCopy logical drive</source>
        <translation>FlashCopy 論理ドライブ</translation>
    </message>
    <message>
        <source>FlashCopy repository logical drive</source>
        <translation>FlashCopy リポジトリー論理ドライブ</translation>
    </message>
    <message>
        <source>The FlashCopy logical drive and its repository need different names.</source>
        <translation>FlashCopy 論理ドライブとそのリポジトリーには異なる名前が必要です。</translation>
    </message>
    <message>
        <source>Lower the percentage, or go Back and choose another location for the repository.</source>
        <translation>パーセンテージを下げるか、「戻る」でリポジトリーの別の場所を選択してください。</translation>
    </message>
    <message>
        <source>The repository does not fit: it needs %1, and the new RAID %2 array holds only %3.</source>
        <translation>リポジトリーが収まりません: %1 が必要ですが、新規 RAID %2 アレイの容量は %3 しかありません。</translation>
    </message>
    <message>
        <source>The repository does not fit: it needs %1, and %2 has only %3 free.</source>
        <translation>リポジトリーが収まりません: %1 が必要ですが、%2 の空きは %3 しかありません。</translation>
    </message>
</context>
<context>
    <name>Copyline::CreateLogicalDriveDialog</name>
    <message>
        <source>Create Logical Drive</source>
        <translation>論理ドライブの作成</translation>
    </message>
    <message>
        <source>&amp;Array:</source>
        <translation>アレイ(&amp;A):</translation>
    </message>
    <message>
        <source>Free capacity:</source>
        <translation>空き容量:</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n characters</source>
        <translation>
            <numerusform>最大 %n 文字</numerusform>
        </translation>
    </message>
    <message>
        <source>Logical drive &amp;name:</source>
        <translation>論理ドライブ名(&amp;N):</translation>
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
        <translation>新規論理ドライブの容量(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Use all free capacity</source>
        <translation>すべての空き容量を使用(&amp;U)</translation>
    </message>
    <message>
        <source>Automatic (balance the controllers)</source>
        <translation>自動 (コントローラーの負荷を分散)</translation>
    </message>
    <message>
        <source>Preferred controller &amp;ownership:</source>
        <translation>優先コントローラー所有権(&amp;O):</translation>
    </message>
    <message>
        <source>%1 — %2 free</source>
        <translation>%1 — 空き %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No array has free capacity. Create an array from unconfigured capacity first (Array ▸ Create).</source>
        <translation>空き容量のあるアレイがありません。先に未構成容量からアレイを作成してください (アレイ ▸ 作成)。</translation>
    </message>
    <message>
        <source>Enter a capacity greater than zero.</source>
        <translation>0 より大きい容量を入力してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::CreateMirrorWizard</name>
    <message>
        <source>Create Remote Mirror</source>
        <translation>リモート・ミラーの作成</translation>
    </message>
    <message>
        <source>Select the primary logical drive.</source>
        <translation>1 次論理ドライブを選択してください。</translation>
    </message>
    <message>
        <source>Select the remote storage subsystem.</source>
        <translation>リモート・ストレージ・サブシステムを選択してください。</translation>
    </message>
    <message>
        <source>Select the secondary logical drive.</source>
        <translation>2 次論理ドライブを選択してください。</translation>
    </message>
    <message>
        <source>The secondary logical drive no longer exists.</source>
        <translation>2 次論理ドライブはもう存在しません。</translation>
    </message>
    <message>
        <source>%1 → %2 on %3 (%4)</source>
        <comment>primary → secondary on subsystem (copy type)</comment>
        <translation>%1 → %3 上の %2 (%4)</translation>
    </message>
    <message>
        <source>The mirror relationship %1 was created; its full synchronization has started.

Do you want to create another mirror?</source>
        <translation>ミラー関係 %1 が作成され、フル同期が開始されました。

別のミラーを作成しますか?</translation>
    </message>
    <message>
        <source>Create Remote Mirror - Completed</source>
        <translation>リモート・ミラーの作成 - 完了</translation>
    </message>
    <message>
        <source>Mirror relationships created:
%1

Each is Synchronization-in-Progress until its full synchronization completes, then Synchronized. Follow them in Logical Drive ▸ Remote Mirroring ▸ Remote Mirrors.</source>
        <translation>作成されたミラー関係:
%1

それぞれ、フル同期が完了するまでは「同期中」、完了後は「同期済み」になります。「論理ドライブ ▸ リモート・ミラーリング ▸ リモート・ミラー」で状況を確認できます。</translation>
    </message>
</context>
<context>
    <name>Copyline::CreateVolumeCopyWizard</name>
    <message>
        <source>Create Copy Wizard</source>
        <translation>コピー作成ウィザード</translation>
    </message>
    <message>
        <source>Select the source logical drive.</source>
        <translation>ソース論理ドライブを選択してください。</translation>
    </message>
    <message>
        <source>The source logical drive no longer exists.</source>
        <translation>ソース論理ドライブはもう存在しません。</translation>
    </message>
    <message>
        <source>%1 cannot be the source of a VolumeCopy: %2.</source>
        <translation>%1 は VolumeCopy のソースにできません: %2。</translation>
    </message>
    <message>
        <source>Select the target logical drive.</source>
        <translation>ターゲット論理ドライブを選択してください。</translation>
    </message>
    <message>
        <source>The target logical drive no longer exists.</source>
        <translation>ターゲット論理ドライブはもう存在しません。</translation>
    </message>
    <message>
        <source>%1 cannot be the target of a VolumeCopy: %2.</source>
        <translation>%1 は VolumeCopy のターゲットにできません: %2。</translation>
    </message>
    <message>
        <source>Copy Started</source>
        <translation>コピー開始</translation>
    </message>
    <message>
        <source>The copy of %1 to %2 is pending: 8 copies are in progress on this storage subsystem, and it starts when one of them ends.</source>
        <translation>%1 から %2 へのコピーは保留中です: このストレージ・サブシステムでは 8 つのコピーが進行中で、そのいずれかが終了すると開始されます。</translation>
    </message>
    <message>
        <source>The copy of %1 to %2 has started.</source>
        <translation>%1 から %2 へのコピーが開始されました。</translation>
    </message>
    <message>
        <source>The Copy Manager (Logical Drive ▸ VolumeCopy ▸ Copy Manager) shows its progress.</source>
        <translation>進行状況はコピー・マネージャー (論理ドライブ ▸ VolumeCopy ▸ コピー・マネージャー) に表示されます。</translation>
    </message>
    <message>
        <source>Do you want to create a new VolumeCopy?</source>
        <translation>新しい VolumeCopy を作成しますか?</translation>
    </message>
    <message>
        <source>&amp;Yes - Create a new VolumeCopy</source>
        <translation>はい - 新しい VolumeCopy を作成する(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No - Exit the wizard</source>
        <translation>いいえ - ウィザードを終了する(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::AddCopySetsWizard</name>
    <message>
        <source>Add Copy Sets — %1</source>
        <translation>コピー・セットの追加 — %1</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CreateSessionDialog</name>
    <message>
        <source>Create Session</source>
        <translation>セッションの作成</translation>
    </message>
    <message>
        <source>e.g. MM_Test</source>
        <translation>例: MM_Test</translation>
    </message>
    <message>
        <source>Up to 250 characters: letters, digits and - _ . : starting with a letter or digit</source>
        <translation>250 文字以内: 英字、数字、および - _ . : (先頭は英字または数字)</translation>
    </message>
    <message>
        <source>Session &amp;name:</source>
        <translation>セッション名(&amp;N):</translation>
    </message>
    <message>
        <source>Roles %1; storage systems: %2</source>
        <translation>役割 %1、ストレージ・システム: %2</translation>
    </message>
    <message>
        <source>Session &amp;type:</source>
        <translation>セッション・タイプ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>The location of site %1: only storage systems at this location can hold its volumes</source>
        <translation>サイト %1 のロケーション: このロケーションのストレージ・システムのみがそのボリュームを保持できます</translation>
    </message>
    <message>
        <source>Site %1 location:</source>
        <translation>サイト %1 のロケーション:</translation>
    </message>
    <message>
        <source>The session is Inactive and Defined: nothing happens on the storage systems until you add copy sets and start it.</source>
        <translation>セッションは「非アクティブ」かつ「定義済み」です。コピー・セットを追加して開始するまで、ストレージ・システムでは何も行われません。</translation>
    </message>
    <message>
        <source>Launch Add Copy Sets Wizard</source>
        <translation>コピー・セットの追加ウィザードを起動</translation>
    </message>
    <message>
        <source>Enter a name for the session.</source>
        <translation>セッションの名前を入力してください。</translation>
    </message>
    <message>
        <source>Choose a session type.</source>
        <translation>セッション・タイプを選択してください。</translation>
    </message>
    <message>
        <source>Session %1 was successfully created.</source>
        <translation>セッション %1 は正常に作成されました。</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Nothing happens on the storage systems until the session is started.</source>
        <translation>セッションが開始されるまで、ストレージ・システムでは何も行われません。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Import the copy sets of %1 into session %2.</source>
        <translation>%1 のコピー・セットをセッション %2 にインポートします。</translation>
    </message>
    <message>
        <source>the CSV text</source>
        <translation>CSV テキスト</translation>
    </message>
    <message numerus="yes">
        <source>Add %n copy set(s) to session %1:</source>
        <translation>
            <numerusform>%n 個のコピー・セットをセッション %1 に追加します:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmController</name>
    <message>
        <source>All Sessions</source>
        <translation>すべてのセッション</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>セッションなし</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmMatchingPage</name>
    <message>
        <source>Matching</source>
        <translation>突き合わせ</translation>
    </message>
    <message>
        <source>Copy Services Manager checks the volumes and the sites of each copy set.</source>
        <translation>Copy Services Manager が各コピー・セットのボリュームとサイトを検査します。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>突き合わせ中…</translation>
    </message>
    <message>
        <source>The copy sets cannot be matched: %1
Go Back to change the volumes.</source>
        <translation>コピー・セットを突き合わせできません: %1
「戻る」でボリュームを変更してください。</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>突き合わせ済み</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>無効: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n copy set(s) matched.</source>
        <translation>
            <numerusform>%n 個のコピー・セットが突き合わせされました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be added (see Result); go Back to choose other volumes.</source>
        <translation>
            <numerusform>%n 個は追加できません (「結果」を参照)。「戻る」で別のボリュームを選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings can be ignored: a volume in another session is copied by both, which is allowed.</source>
        <translation>警告は無視できます: 別のセッションのボリュームが両方からコピーされますが、これは許可されています。</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmResultsPage</name>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Adding the copy sets…</source>
        <translation>コピー・セットを追加しています…</translation>
    </message>
    <message>
        <source>No copy set was added:
%1

Go Back to change your choices; they are kept.</source>
        <translation>コピー・セットは追加されませんでした:
%1

「戻る」で選択内容を変更してください。選択内容は保持されています。</translation>
    </message>
    <message>
        <source>Add copy sets complete</source>
        <translation>コピー・セットの追加が完了しました</translation>
    </message>
    <message numerus="yes">
        <source>%n copy set(s) added to session %1.</source>
        <translation>
            <numerusform>%n 個のコピー・セットがセッション %1 に追加されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmRolePage</name>
    <message>
        <source>Choose %1</source>
        <translation>%1 の選択</translation>
    </message>
    <message>
        <source>Choose the storage system and the volumes of role %1; each one starts a copy set.</source>
        <translation>役割 %1 のストレージ・システムとボリュームを選択してください。各ボリュームが 1 つのコピー・セットの始まりになります。</translation>
    </message>
    <message>
        <source>Choose the storage system and the volumes of role %1, as many as for H1; they are matched in the order shown.</source>
        <translation>役割 %1 のストレージ・システムとボリュームを H1 と同じ数だけ選択してください。表示された順に突き合わせされます。</translation>
    </message>
    <message>
        <source>&amp;Storage system:</source>
        <translation>ストレージ・システム(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Volumes:</source>
        <translation>ボリューム(&amp;V):</translation>
    </message>
    <message>
        <source>%1 is a volume of site %2; the session gives the site no location, so every storage system of the session type is offered.</source>
        <translation>%1 はサイト %2 のボリュームです。セッションでこのサイトにロケーションが指定されていないため、このセッション・タイプのすべてのストレージ・システムが表示されます。</translation>
    </message>
    <message>
        <source>%1 is a volume of site %2, at location &quot;%3&quot;: only the storage systems there are offered.</source>
        <translation>%1 はロケーション「%3」にあるサイト %2 のボリュームです。そこにあるストレージ・システムのみが表示されます。</translation>
    </message>
    <message>
        <source>No storage system of this session type is connected to Copy Services Manager.</source>
        <translation>このセッション・タイプのストレージ・システムが Copy Services Manager に接続されていません。</translation>
    </message>
    <message>
        <source>No storage system of this session type is at location &quot;%1&quot;. An administrator can set a storage system&apos;s location, or change the session&apos;s site locations.</source>
        <translation>このセッション・タイプのストレージ・システムはロケーション「%1」にありません。管理者はストレージ・システムのロケーション、またはセッションのサイト・ロケーションを変更できます。</translation>
    </message>
    <message>
        <source>Reading the volumes…</source>
        <translation>ボリュームを読み取っています…</translation>
    </message>
    <message>
        <source>(in session %1)</source>
        <translation>(セッション %1 内)</translation>
    </message>
    <message>
        <source>This storage system has no volumes.</source>
        <translation>このストレージ・システムにはボリュームがありません。</translation>
    </message>
    <message>
        <source>%1 volume(s) are selected for %2 and %3 for %4: select as many for %4 as for %2, one per copy set.</source>
        <translation>%2 に %1 個、%4 に %3 個のボリュームが選択されています。%4 には %2 と同じ数を、コピー・セットごとに 1 つずつ選択してください。</translation>
    </message>
    <message>
        <source>%1 is already chosen for %2; choose another volume for %3.</source>
        <translation>%1 はすでに %2 に選択されています。%3 には別のボリュームを選択してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmSelectPage</name>
    <message>
        <source>Select Copy Sets</source>
        <translation>コピー・セットの選択</translation>
    </message>
    <message>
        <source>Check the copy sets to add to session %1.</source>
        <translation>セッション %1 に追加するコピー・セットにチェックを付けてください。</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmServersDialog</name>
    <message>
        <source>Management Servers</source>
        <translation>管理サーバー</translation>
    </message>
    <message>
        <source>The active management server runs the sessions. A standby — the Copy Services Manager of another site&apos;s engine — keeps a copy of them and takes over only when you tell it to: there is no automatic takeover.</source>
        <translation>アクティブ管理サーバーがセッションを実行します。スタンバイ (別サイトのエンジンの Copy Services Manager) はそのコピーを保持し、指示したときだけ引き継ぎます。自動引き継ぎはありません。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>&amp;Define Standby…</source>
        <translation>スタンバイの定義(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Takeover…</source>
        <translation>引き継ぎ(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Remove Standby…</source>
        <translation>スタンバイの削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>最新の情報に更新(&amp;F)</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>このサーバー</translation>
    </message>
    <message>
        <source>Only an Administrator manages the management servers.</source>
        <translation>管理サーバーを管理できるのは Administrator だけです。</translation>
    </message>
    <message>
        <source>A standby cannot define a standby of its own.</source>
        <translation>スタンバイは自分のスタンバイを定義できません。</translation>
    </message>
    <message>
        <source>Make the manager of that site&apos;s engine this server&apos;s standby; its sessions, copy sets and users are overwritten with this server&apos;s.</source>
        <translation>そのサイトのエンジンのマネージャーをこのサーバーのスタンバイにします。そのセッション、コピー・セット、ユーザーはこのサーバーのもので上書きされます。</translation>
    </message>
    <message>
        <source>Make this server the active management server, stand-alone.</source>
        <translation>このサーバーを単独のアクティブ管理サーバーにします。</translation>
    </message>
    <message>
        <source>Only a standby takes over; this server is the active one.</source>
        <translation>引き継げるのはスタンバイだけです。このサーバーはアクティブです。</translation>
    </message>
    <message>
        <source>This server has no standby.</source>
        <translation>このサーバーにはスタンバイがありません。</translation>
    </message>
    <message>
        <source>Forget the standby %1; it keeps its copy of the sessions.</source>
        <translation>スタンバイ %1 の定義を削除します。%1 はセッションのコピーを保持します。</translation>
    </message>
    <message>
        <source>Define Standby</source>
        <translation>スタンバイの定義</translation>
    </message>
    <message>
        <source>The Copy Services Manager of site %1 becomes the standby of this server. Its sessions, copy sets and users are overwritten with this server&apos;s, and it runs no commands until it takes over. Save its configuration first (mkbackup on that server) if you may need it.</source>
        <translation>サイト %1 の Copy Services Manager がこのサーバーのスタンバイになります。そのセッション、コピー・セット、ユーザーはこのサーバーのもので上書きされ、引き継ぐまでコマンドを実行しません。必要な場合は先にその構成を保存してください (そのサーバーで mkbackup)。</translation>
    </message>
    <message>
        <source>Takeover</source>
        <translation>引き継ぎ</translation>
    </message>
    <message>
        <source>Make this server the active management server? It runs the sessions it last received from %1 from now on, stand-alone. When %1 comes back it is Disconnected Consistent and its sessions are not actual.</source>
        <translation>このサーバーをアクティブ管理サーバーにしますか? 今後は %1 から最後に受け取ったセッションを単独で実行します。%1 が戻ると Disconnected Consistent となり、そのセッションは最新ではありません。</translation>
    </message>
    <message>
        <source>Remove Standby</source>
        <translation>スタンバイの削除</translation>
    </message>
    <message>
        <source>Remove the standby %1? It keeps its copy of the sessions; this server no longer sends it changes.</source>
        <translation>スタンバイ %1 を削除しますか? %1 はセッションのコピーを保持します。このサーバーは変更を送信しなくなります。</translation>
    </message>
    <message>
        <source>Site of the other server&apos;s engine (registered with copylinectl --add-peer)</source>
        <translation>相手サーバーのエンジンのサイト (copylinectl --add-peer で登録済み)</translation>
    </message>
    <message>
        <source>&amp;Set this Server as Standby…</source>
        <translation>このサーバーをスタンバイに設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Only a server without a standby or an active server of its own can become a standby; remove its standby first.</source>
        <translation>スタンバイもアクティブ・サーバーも持たないサーバーだけがスタンバイになれます。先にそのスタンバイを削除してください。</translation>
    </message>
    <message>
        <source>Make this server the standby of that site&apos;s active management server; this server&apos;s sessions, copy sets and users are overwritten with that server&apos;s.</source>
        <translation>このサーバーをそのサイトのアクティブ管理サーバーのスタンバイにします。このサーバーのセッション、コピー・セット、ユーザーは相手サーバーのもので上書きされます。</translation>
    </message>
    <message>
        <source>Set this Server as Standby</source>
        <translation>このサーバーをスタンバイに設定</translation>
    </message>
    <message>
        <source>This server becomes the standby of the active management server of site %1. Its sessions, copy sets and users are overwritten with that server&apos;s, and it runs no commands until it takes over. Save its configuration first (mkbackup) if you may need it.</source>
        <translation>このサーバーはサイト %1 のアクティブ管理サーバーのスタンバイになります。セッション、コピー・セット、ユーザーは相手サーバーのもので上書きされ、テークオーバーするまでコマンドを実行しません。必要であれば先に構成を保存してください (mkbackup)。</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>再接続(&amp;C)</translation>
    </message>
    <message>
        <source>Send the standby %1 everything now (reconnect); otherwise it is tried every 10 s.</source>
        <translation>スタンバイ %1 にすべてを今すぐ送信します (reconnect)。そうしない場合は 10 秒ごとに試行されます。</translation>
    </message>
    <message>
        <source>Only an active server whose standby is Disconnected reconnects.</source>
        <translation>スタンバイが Disconnected のアクティブ・サーバーだけが再接続します。</translation>
    </message>
    <message>
        <source>Remove &amp;Active…</source>
        <translation>アクティブの削除(&amp;A)…</translation>
    </message>
    <message>
        <source>Forget the active server %1 while it is not synchronized with this one (it cannot be reached, or it removed this standby); this server keeps its sessions, stand-alone.</source>
        <translation>アクティブ・サーバー %1 がこのサーバーと同期していない間 (到達できない、またはこのスタンバイを削除した場合) にそれを削除します。このサーバーはセッションを保持し、スタンドアロンになります。</translation>
    </message>
    <message>
        <source>Only a standby removes its active server.</source>
        <translation>アクティブ・サーバーを削除できるのはスタンバイだけです。</translation>
    </message>
    <message>
        <source>Remove Active</source>
        <translation>アクティブの削除</translation>
    </message>
    <message>
        <source>Remove the active management server %1? This server stops being its standby and runs the sessions it last received, stand-alone. Refused while the two are synchronized: use Takeover then.</source>
        <translation>アクティブ管理サーバー %1 を削除しますか? このサーバーはそのスタンバイではなくなり、最後に受け取ったセッションをスタンドアロンで実行します。両者が同期している間は拒否されます。その場合はテークオーバーを使用してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmSessionsWindow</name>
    <message>
        <source>Copy Services Manager — Sessions</source>
        <translation>Copy Services Manager — セッション</translation>
    </message>
    <message>
        <source>Create Session</source>
        <translation>セッションの作成</translation>
    </message>
    <message>
        <source>Define a new session: its name, type and site locations (Administrator)</source>
        <translation>新しいセッションを定義します: 名前、タイプ、サイト・ロケーション (管理者)</translation>
    </message>
    <message>
        <source>Session Actions</source>
        <translation>セッション・アクション</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>セッションの詳細</translation>
    </message>
    <message>
        <source>Role pairs</source>
        <translation>役割ペア</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Console messages</source>
        <translation>コンソール・メッセージ</translation>
    </message>
    <message>
        <source>Connecting to Copy Services Manager…</source>
        <translation>Copy Services Manager に接続しています…</translation>
    </message>
    <message>
        <source>No Copy Services Manager user exists yet. Create the administrator:</source>
        <translation>Copy Services Manager のユーザーがまだ存在しません。管理者を作成してください:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>管理者名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>パスワード (確認)</translation>
    </message>
    <message>
        <source>Create Administrator</source>
        <translation>管理者の作成</translation>
    </message>
    <message>
        <source>Sign in to Copy Services Manager:</source>
        <translation>Copy Services Manager にサインイン:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
    <message>
        <source>&amp;Create Session…</source>
        <translation>セッションの作成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新表示(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>セッション(&amp;S)</translation>
    </message>
    <message>
        <source>Session &amp;Actions</source>
        <translation>セッション・アクション(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation>コマンド(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View/Modify</source>
        <translation>表示/変更(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>プロパティー(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove Copy Sets…</source>
        <translation>コピー・セットの削除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Add Copy Sets…</source>
        <translation>コピー・セットの追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Copy Set…</source>
        <translation>コピー・セットのエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Remove &amp;Session…</source>
        <translation>セッションの削除(&amp;S)…</translation>
    </message>
    <message>
        <source>Not Authorized</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <source>Copy Services Manager refused this: your role does not allow it.</source>
        <translation>Copy Services Manager により拒否されました: あなたの役割では許可されていません。</translation>
    </message>
    <message>
        <source>Signed in as %1 — %2 (%3)</source>
        <translation>%1 としてサインイン中 — %2 (%3)</translation>
    </message>
    <message>
        <source>Sign in to see and manage the sessions.</source>
        <translation>セッションを表示および管理するには、サインインしてください。</translation>
    </message>
    <message>
        <source>Monitor: you can see every session, but not run commands or change anything.</source>
        <translation>Monitor: すべてのセッションを表示できますが、コマンドの実行や変更はできません。</translation>
    </message>
    <message>
        <source>Operator: you can run commands and change copy sets of %1.</source>
        <translation>Operator: %1 のコマンドを実行し、コピー・セットを変更できます。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>管理者の名前を入力してください。</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>The two passwords differ; enter the same password twice.</source>
        <translation>2 つのパスワードが異なります。同じパスワードを 2 回入力してください。</translation>
    </message>
    <message>
        <source>Administrator %1 created and signed in.</source>
        <translation>管理者 %1 が作成され、サインインしました。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 としてサインインしました。</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>セッション %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>state / status</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>方向 %1</translation>
    </message>
    <message>
        <source>state since %1</source>
        <translation>状態の開始: %1</translation>
    </message>
    <message>
        <source>last flash %1</source>
        <translation>最終フラッシュ %1</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>最初にサインインしてください。</translation>
    </message>
    <message>
        <source>A Monitor cannot change sessions.</source>
        <translation>Monitor はセッションを変更できません。</translation>
    </message>
    <message>
        <source>Select a session.</source>
        <translation>セッションを選択してください。</translation>
    </message>
    <message>
        <source>You are not assigned to session %1.</source>
        <translation>あなたはセッション %1 に割り当てられていません。</translation>
    </message>
    <message>
        <source>Only an Administrator can remove a session.</source>
        <translation>セッションを削除できるのは Administrator のみです。</translation>
    </message>
    <message>
        <source>Only a session in the Defined state can be removed; Terminate it first.</source>
        <translation>削除できるのは「定義済み」状態のセッションのみです。先に終了 (Terminate) してください。</translation>
    </message>
    <message>
        <source>Define a new session: its name, type and site locations</source>
        <translation>新しいセッションを定義します: 名前、タイプ、サイト・ロケーション</translation>
    </message>
    <message>
        <source>Only an Administrator can create sessions.</source>
        <translation>セッションを作成できるのは Administrator のみです。</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>最初にサインインしてください</translation>
    </message>
    <message>
        <source>No commands for a Monitor</source>
        <translation>Monitor 用のコマンドはありません</translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation>セッションを選択してください</translation>
    </message>
    <message>
        <source>Not assigned to this session</source>
        <translation>このセッションに割り当てられていません</translation>
    </message>
    <message>
        <source>No command is available now</source>
        <translation>現在使用可能なコマンドはありません</translation>
    </message>
    <message>
        <source>Session %1 was created.</source>
        <translation>セッション %1 が作成されました。</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; on session %2?</source>
        <translation>セッション %2 で「%1」を実行しますか?</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>確認: %1</translation>
    </message>
    <message>
        <source>%1 was not run.</source>
        <translation>%1 は実行されませんでした。</translation>
    </message>
    <message>
        <source>Running %1 on session %2…</source>
        <translation>セッション %2 で %1 を実行しています…</translation>
    </message>
    <message>
        <source>%1 Failed</source>
        <translation>%1 が失敗しました</translation>
    </message>
    <message>
        <source>%1 on session %2: %3</source>
        <translation>セッション %2 の %1: %3</translation>
    </message>
    <message>
        <source>The properties of session %1 were changed.</source>
        <translation>セッション %1 のプロパティーが変更されました。</translation>
    </message>
    <message>
        <source>Export Copy Set</source>
        <translation>コピー・セットのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The copy sets of session %1 were exported to %2.</source>
        <translation>セッション %1 のコピー・セットが %2 にエクスポートされました。</translation>
    </message>
    <message>
        <source>Remove Session</source>
        <translation>セッションの削除</translation>
    </message>
    <message>
        <source>Remove session %1 and its copy sets from Copy Services Manager? The volumes and their data stay.</source>
        <translation>セッション %1 とそのコピー・セットを Copy Services Manager から削除しますか? ボリュームとそのデータは残ります。</translation>
    </message>
    <message>
        <source>Session %1 was removed.</source>
        <translation>セッション %1 が削除されました。</translation>
    </message>
    <message>
        <source>Management &amp;Servers…</source>
        <translation>管理サーバー(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmSourcePage</name>
    <message>
        <source>Add Copy Sets</source>
        <translation>コピー・セットの追加</translation>
    </message>
    <message>
        <source>Choose the volumes of each role of the copy sets, or import copy sets from a CSV file (Export Copy Set writes one in this format).</source>
        <translation>コピー・セットの各役割のボリュームを選択するか、CSV ファイルからコピー・セットをインポートしてください (「コピー・セットのエクスポート」はこの形式でファイルを書き出します)。</translation>
    </message>
    <message>
        <source>&amp;Select the volumes for each role (%1)</source>
        <translation>各役割のボリュームを選択(&amp;S) (%1)</translation>
    </message>
    <message>
        <source>&amp;Use a CSV file</source>
        <translation>CSV ファイルを使用(&amp;U)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>The file&apos;s content: &quot;#&quot; comment lines, the role header (e.g. H1,H2), then one copy set per line. It can be edited here before the import.</source>
        <translation>ファイルの内容: 「#」で始まるコメント行、役割のヘッダー (例: H1,H2)、その後 1 行に 1 つのコピー・セット。インポートの前にここで編集できます。</translation>
    </message>
    <message>
        <source>Import Copy Sets</source>
        <translation>コピー・セットのインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a copy set file.</source>
        <translation>%1 はコピー・セット・ファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>Choose a CSV file, or select the volumes for each role.</source>
        <translation>CSV ファイルを選択するか、各役割のボリュームを選択してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::CsmTexts</name>
    <message>
        <source>Normal</source>
        <comment>session status</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>session status</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Severe</source>
        <comment>session status</comment>
        <translation>重大</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>session status</comment>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Defined</source>
        <translation>定義済み</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>準備済み</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Suspended (Partial)</source>
        <translation>中断 (部分)</translation>
    </message>
    <message>
        <source>Target Available</source>
        <translation>ターゲット使用可能</translation>
    </message>
    <message>
        <source>Flashing</source>
        <translation>フラッシュ中</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>中断処理中</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>リカバリー中</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>終了処理中</translation>
    </message>
    <message>
        <source>FlashCopy</source>
        <translation>FlashCopy</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>非同期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Normal: a consistent copy of the data either exists or is being maintained.</source>
        <translation>正常: データの整合コピーが存在するか、維持されています。</translation>
    </message>
    <message>
        <source>Warning: volumes are being synchronized or are about to be, or the targets do not yet have a consistent copy; nothing is suspended.</source>
        <translation>警告: ボリュームが同期中または同期直前であるか、ターゲットにまだ整合コピーがありません。中断はありません。</translation>
    </message>
    <message>
        <source>Severe: one or more errors must be dealt with immediately (volumes suspended or not copying correctly).</source>
        <translation>重大: 1 つ以上のエラーにただちに対処する必要があります (ボリュームが中断されているか、正しくコピーされていません)。</translation>
    </message>
    <message>
        <source>Inactive: the session is defined, with no activity on the hardware.</source>
        <translation>非アクティブ: セッションは定義されていますが、ハードウェア上での活動はありません。</translation>
    </message>
    <message>
        <source>Recoverable: the target volumes hold a consistent copy of the data</source>
        <translation>リカバリー可能: ターゲット・ボリュームにデータの整合コピーがあります</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Copy Type</source>
        <translation>コピー・タイプ</translation>
    </message>
    <message>
        <source>Recoverable</source>
        <translation>リカバリー可能</translation>
    </message>
    <message>
        <source>Active Host</source>
        <translation>アクティブ・ホスト</translation>
    </message>
    <message>
        <source>Copy Sets</source>
        <translation>コピー・セット</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>The site whose host volumes (H1 or H2) the servers use now</source>
        <translation>サーバーが現在使用しているホスト・ボリューム (H1 または H2) のサイト</translation>
    </message>
    <message>
        <source>Pairs in error</source>
        <translation>エラーのあるペア</translation>
    </message>
    <message>
        <source>The least progress over the active role pairs</source>
        <translation>アクティブな役割ペアのうち最も少ない進行状況</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>role pair (direction)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Role Pair</source>
        <translation>役割ペア</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>タイム・スタンプ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>メッセージ ID</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::RemoveCopySetsDialog</name>
    <message>
        <source>Remove Copy Sets — %1</source>
        <translation>コピー・セットの削除 — %1</translation>
    </message>
    <message>
        <source>Select the copy sets to remove, by their source volume (H1):</source>
        <translation>削除するコピー・セットをソース・ボリューム (H1) で選択してください:</translation>
    </message>
    <message>
        <source>Hardware relationships</source>
        <translation>ハードウェア関係</translation>
    </message>
    <message>
        <source>Yes, keep base hardware relationships on the storage system</source>
        <translation>はい、ストレージ・システム上の基本ハードウェア関係を保持する</translation>
    </message>
    <message>
        <source>No, remove the hardware relationships too</source>
        <translation>いいえ、ハードウェア関係も削除する</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>The hardware relationships stay on the storage systems.</source>
        <translation>ハードウェア関係はストレージ・システム上に残ります。</translation>
    </message>
    <message>
        <source>The hardware relationships are removed from the storage systems.</source>
        <translation>ハードウェア関係はストレージ・システムから削除されます。</translation>
    </message>
    <message>
        <source>Remove Copy Sets</source>
        <translation>コピー・セットの削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n copy set(s) from session %1?</source>
        <translation>
            <numerusform>セッション %1 から %n 個のコピー・セットを削除しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy set(s) removed from session %1.</source>
        <translation>
            <numerusform>%n 個のコピー・セットがセッション %1 から削除されました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::SessionPictogram</name>
    <message>
        <source>host volume</source>
        <translation>ホスト・ボリューム</translation>
    </message>
    <message>
        <source>intermediate volume</source>
        <translation>中間ボリューム</translation>
    </message>
    <message>
        <source>journal volume</source>
        <translation>ジャーナル・ボリューム</translation>
    </message>
    <message>
        <source>target volume</source>
        <translation>ターゲット・ボリューム</translation>
    </message>
    <message>
        <source>change volume</source>
        <translation>変更ボリューム</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Session pictogram</source>
        <translation>セッションの図</translation>
    </message>
    <message>
        <source>%1: %2 at site %3</source>
        <translation>%1: サイト %3 の %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Active host: the servers use these volumes now.</source>
        <translation>アクティブ・ホスト: サーバーは現在これらのボリュームを使用しています。</translation>
    </message>
    <message>
        <source>%1 → %2: %3, %4, progress %5%</source>
        <translation>%1 → %2: %3、%4、進行状況 %5%</translation>
    </message>
    <message>
        <source>active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Errors on one or more pairs.</source>
        <translation>1 つ以上のペアでエラーが発生しています。</translation>
    </message>
    <message>
        <source>%1 holds a consistent copy of the data (recoverable).</source>
        <translation>%1 にはデータの整合コピーがあります (リカバリー可能)。</translation>
    </message>
    <message>
        <source>Select a session to see its sites, volume roles and copy directions.</source>
        <translation>セッションを選択すると、そのサイト、ボリュームの役割、コピーの方向が表示されます。</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>サイト %1</translation>
    </message>
    <message>
        <source>Site %1: %2</source>
        <translation>サイト %1: %2</translation>
    </message>
    <message>
        <source> %1%</source>
        <comment>arrow label: progress</comment>
        <translation> %1%</translation>
    </message>
    <message>
        <source>Solid: synchronous · dashed: asynchronous · dotted: FlashCopy · grey: inactive · ✓ recoverable · ✕ errors · framed: active host</source>
        <translation>実線: 同期 · 破線: 非同期 · 点線: FlashCopy · 灰色: 非アクティブ · ✓ リカバリー可能 · ✕ エラー · 枠: アクティブ・ホスト</translation>
    </message>
</context>
<context>
    <name>Copyline::CsmUi::SessionPropertiesDialog</name>
    <message>
        <source>View/Modify Properties — %1</source>
        <translation>プロパティーの表示/変更 — %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>タイプ:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>FlashCopy options</source>
        <translation>FlashCopy オプション</translation>
    </message>
    <message>
        <source>&amp;Incremental</source>
        <translation>増分(&amp;I)</translation>
    </message>
    <message>
        <source>A later Flash copies only the tracks changed since the previous one</source>
        <translation>以降の Flash では、前回から変更されたトラックのみをコピーします</translation>
    </message>
    <message>
        <source>&amp;Background copy</source>
        <translation>バックグラウンド・コピー(&amp;B)</translation>
    </message>
    <message>
        <source>Copy every track in the background; without it a track is copied only when it is written</source>
        <translation>すべてのトラックをバックグラウンドでコピーします。無効の場合、トラックは書き込まれたときにのみコピーされます</translation>
    </message>
    <message>
        <source>&amp;Start also flashes</source>
        <translation>Start でもフラッシュする(&amp;S)</translation>
    </message>
    <message>
        <source>The first Start takes the point-in-time copy at once, as Flash does</source>
        <translation>最初の Start で、Flash と同様にただちにポイント・イン・タイム・コピーを作成します</translation>
    </message>
</context>
<context>
    <name>Copyline::DefineHostDialog</name>
    <message>
        <source>Define Host</source>
        <translation>ホストの定義</translation>
    </message>
    <message>
        <source>Host &amp;name:</source>
        <translation>ホスト名(&amp;N):</translation>
    </message>
    <message>
        <source>Host &amp;type (operating system):</source>
        <translation>ホスト・タイプ (オペレーティング・システム)(&amp;T):</translation>
    </message>
    <message>
        <source>Member of host &amp;group:</source>
        <translation>ホスト・グループのメンバー(&amp;G):</translation>
    </message>
</context>
<context>
    <name>Copyline::DefineHostGroupDialog</name>
    <message>
        <source>Define Host Group</source>
        <translation>ホスト・グループの定義</translation>
    </message>
    <message>
        <source>Host group &amp;name:</source>
        <translation>ホスト・グループ名(&amp;N):</translation>
    </message>
</context>
<context>
    <name>Copyline::DefineHostPortDialog</name>
    <message>
        <source>Define Host Port</source>
        <translation>ホスト・ポートの定義</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>Host port &amp;identifier (WWPN):</source>
        <translation>ホスト・ポート ID (WWPN)(&amp;I):</translation>
    </message>
    <message>
        <source>Optional; default &lt;host&gt;_HBA&lt;n&gt;</source>
        <translation>オプション。デフォルトは &lt;host&gt;_HBA&lt;n&gt;</translation>
    </message>
    <message>
        <source>User &amp;label:</source>
        <translation>ユーザー・ラベル(&amp;L):</translation>
    </message>
    <message>
        <source>Define a host first (Mappings ▸ Define ▸ Host).</source>
        <translation>先にホストを定義してください (マッピング ▸ 定義 ▸ ホスト)。</translation>
    </message>
    <message>
        <source>Enter the host port identifier: the 16 hexadecimal digits of the HBA&apos;s worldwide port name.</source>
        <translation>ホスト・ポート ID を入力してください: HBA のワールドワイド・ポート名を表す 16 桁の 16 進数です。</translation>
    </message>
</context>
<context>
    <name>Copyline::DefineMappingDialog</name>
    <message>
        <source>Define Additional Mapping</source>
        <translation>追加マッピングの定義</translation>
    </message>
    <message>
        <source>&amp;Host group or host:</source>
        <translation>ホスト・グループまたはホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Logical unit number (LUN):</source>
        <translation>論理装置番号 (LUN)(&amp;L):</translation>
    </message>
    <message>
        <source>Logical &amp;drive (unmapped logical drives):</source>
        <translation>論理ドライブ (マップされていない論理ドライブ)(&amp;D):</translation>
    </message>
    <message>
        <source>Every standard logical drive is already mapped.</source>
        <translation>すべての標準論理ドライブがマップ済みです。</translation>
    </message>
    <message>
        <source>Select the logical drive to map.</source>
        <translation>マップする論理ドライブを選択してください。</translation>
    </message>
    <message>
        <source>All LUNs of %1 are in use.</source>
        <translation>%1 の LUN はすべて使用中です。</translation>
    </message>
</context>
<context>
    <name>Copyline::DisablePremiumFeatureDialog</name>
    <message>
        <source>Disable Premium Feature</source>
        <translation>プレミアム・フィーチャーを使用不可にする</translation>
    </message>
    <message>
        <source>Select the premium feature to disable:</source>
        <translation>使用不可にするプレミアム・フィーチャーを選択してください:</translation>
    </message>
    <message>
        <source>No premium feature is enabled on this storage subsystem.</source>
        <translation>このストレージ・サブシステムで使用可能になっているプレミアム・フィーチャーはありません。</translation>
    </message>
    <message>
        <source>Select the feature to disable.</source>
        <translation>使用不可にするフィーチャーを選択してください。</translation>
    </message>
    <message>
        <source>Disabling a premium feature is not recommended. Existing objects keep working, but no new ones can be created, and enabling the feature again requires its key file.

Are you sure you want to disable %1?</source>
        <translation>プレミアム・フィーチャーを使用不可にすることはお勧めしません。既存のオブジェクトは引き続き動作しますが、新しいオブジェクトは作成できなくなります。また、フィーチャーを再び使用可能にするにはキー・ファイルが必要です。

%1 を使用不可にしますか?</translation>
    </message>
</context>
<context>
    <name>Copyline::DrivePropertiesDialog</name>
    <message>
        <source>Drive Properties</source>
        <translation>ドライブのプロパティー</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>Enclosure</source>
        <translation>エンクロージャー</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>アレイ</translation>
    </message>
    <message>
        <source>Usable capacity</source>
        <translation>使用可能容量</translation>
    </message>
    <message>
        <source>Raw capacity</source>
        <translation>物理容量</translation>
    </message>
    <message>
        <source>Interface type</source>
        <translation>インターフェース・タイプ</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>%1 rpm</source>
        <translation>%1 rpm</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>製品 ID</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
</context>
<context>
    <name>Copyline::EnablePremiumFeatureDialog</name>
    <message>
        <source>Enable Premium Feature</source>
        <translation>プレミアム・フィーチャーを使用可能にする</translation>
    </message>
    <message>
        <source>Select the premium feature key file for Storage Subsystem %1 (feature enable identifier %2).</source>
        <translation>ストレージ・サブシステム %1 のプレミアム・フィーチャー・キー・ファイルを選択してください (フィーチャー使用可能 ID %2)。</translation>
    </message>
    <message>
        <source>Path of the .key file</source>
        <translation>.key ファイルのパス</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Simulated activation web site</source>
        <translation>シミュレートされた活動化 Web サイト</translation>
    </message>
    <message>
        <source>Copyline&apos;s subsystems are simulated, so Copyline stands in for the activation web site: it writes a key file bound to this subsystem&apos;s feature enable identifier.</source>
        <translation>Copyline のサブシステムはシミュレーションであるため、Copyline が活動化 Web サイトの代わりを務めます: このサブシステムのフィーチャー使用可能 ID に結び付けられたキー・ファイルを書き出します。</translation>
    </message>
    <message>
        <source>&amp;Generate Key File…</source>
        <translation>キー・ファイルの生成(&amp;G)…</translation>
    </message>
    <message>
        <source>Select Premium Feature Key File</source>
        <translation>プレミアム・フィーチャー・キー・ファイルの選択</translation>
    </message>
    <message>
        <source>Feature key files (*.key);;All files (*)</source>
        <translation>フィーチャー・キー・ファイル (*.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save Premium Feature Key File</source>
        <translation>プレミアム・フィーチャー・キー・ファイルの保存</translation>
    </message>
    <message>
        <source>Feature key files (*.key)</source>
        <translation>フィーチャー・キー・ファイル (*.key)</translation>
    </message>
    <message>
        <source>Select a key file, or generate one for this subsystem.</source>
        <translation>キー・ファイルを選択するか、このサブシステム用のキー・ファイルを生成してください。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 は存在しません。</translation>
    </message>
</context>
<context>
    <name>Copyline::EquivalentCommandButton</name>
    <message>
        <source>Show the E&amp;quivalent Command…</source>
        <translation>同等のコマンドの表示(&amp;Q)…</translation>
    </message>
    <message>
        <source>Show the command line that does the same</source>
        <translation>同じ処理を行うコマンド行を表示します</translation>
    </message>
</context>
<context>
    <name>Copyline::EquivalentCommandDialog</name>
    <message>
        <source>Equivalent Command</source>
        <translation>同等のコマンド</translation>
    </message>
    <message>
        <source>The same as script statements, for copylinectl -f FILE:</source>
        <translation>copylinectl -f FILE 用のスクリプト・ステートメントとして記述したもの:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the command line to the clipboard</source>
        <translation>コマンド行をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>There is nothing to run yet: complete the inputs first.</source>
        <translation>まだ実行するものはありません。先に入力を完了してください。</translation>
    </message>
    <message>
        <source>This copylinectl command does what this window does when you confirm it. Run it in a shell, also while the console is open, or keep it in a script:</source>
        <translation>この copylinectl コマンドは、このウィンドウで確認したときと同じ処理を行います。シェルで実行するか (コンソールを開いたままでも可能)、スクリプトに保存してください:</translation>
    </message>
    <message>
        <source>This window&apos;s commands have no script statement; copylinectl --call runs them by name with the same arguments:</source>
        <translation>このウィンドウのコマンドにはスクリプト・ステートメントがありません。copylinectl --call を使用すると、同じ引数で名前を指定して実行できます:</translation>
    </message>
    <message>
        <source>This %1 command does what this window does when you confirm it. %1 signs in with the user and password in csmcli-auth.properties (the current folder, then ~/csm-cli/), not with the console&apos;s sign-in:</source>
        <translation>この %1 コマンドは、確定したときにこのウィンドウが行う処理と同じ処理を行います。%1 はコンソールのサインインではなく、csmcli-auth.properties (カレント フォルダー、次に ~/csm-cli/) のユーザーとパスワードでサインインします:</translation>
    </message>
    <message>
        <source>This %1 command does what this window does when you confirm it. Put the name and the password of a Copy Services user in place of %2 and %3:</source>
        <translation>この %1 コマンドは、確定したときにこのウィンドウが行う処理と同じ処理を行います。%2 と %3 の代わりに Copy Services ユーザーの名前とパスワードを入れてください:</translation>
    </message>
</context>
<context>
    <name>Copyline::Error</name>
    <message>
        <source>The operation completed successfully.</source>
        <translation>操作は正常に完了しました。</translation>
    </message>
    <message>
        <source>Internal error: %1. The configuration was not changed; please report this problem.</source>
        <translation>内部エラー: %1。構成は変更されていません。この問題を報告してください。</translation>
    </message>
    <message>
        <source>Syntax error at line %1, column %2: %3.</source>
        <translation>構文エラー (%1 行目、%2 桁目): %3。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The README lists the script commands Copyline understands.</source>
        <translation>不明なコマンド「%1」です。Copyline が認識するスクリプト・コマンドは README に記載されています。</translation>
    </message>
    <message>
        <source>The command %2 needs the parameter %1.</source>
        <translation>コマンド %2 にはパラメーター %1 が必要です。</translation>
    </message>
    <message>
        <source>The value &quot;%2&quot; is not valid for %1: %3.</source>
        <translation>値「%2」は %1 に対して無効です: %3。</translation>
    </message>
    <message>
        <source>The command %2 has no parameter %1.</source>
        <translation>コマンド %2 にパラメーター %1 はありません。</translation>
    </message>
    <message>
        <source>%1 is not supported: %2.</source>
        <translation>%1 はサポートされていません: %2。</translation>
    </message>
    <message>
        <source>%1 is busy: %2. Wait for it to finish and try again.</source>
        <translation>%1 は使用中です: %2。完了するのを待ってから再試行してください。</translation>
    </message>
    <message>
        <source>There is no storage subsystem named &quot;%1&quot; in this workspace. Run copylinectl -d to list the storage subsystems.</source>
        <translation>このワークスペースに「%1」という名前のストレージ・サブシステムはありません。copylinectl -d を実行すると、ストレージ・サブシステムの一覧が表示されます。</translation>
    </message>
    <message>
        <source>There is no logical drive named &quot;%1&quot; on storage subsystem &quot;%2&quot;. Check the name (names are case sensitive) or run show allLogicalDrives.</source>
        <translation>ストレージ・サブシステム「%2」に「%1」という名前の論理ドライブはありません。名前を確認する (大/小文字は区別されます) か、show allLogicalDrives を実行してください。</translation>
    </message>
    <message>
        <source>There is no array (Logical Drive Group) %1 on storage subsystem &quot;%2&quot;.</source>
        <translation>ストレージ・サブシステム「%2」にアレイ (論理ドライブ・グループ) %1 はありません。</translation>
    </message>
    <message>
        <source>There is no drive at enclosure %1, slot %2 on storage subsystem &quot;%3&quot;.</source>
        <translation>ストレージ・サブシステム「%3」のエンクロージャー %1、スロット %2 にドライブはありません。</translation>
    </message>
    <message>
        <source>There is no host named &quot;%1&quot; on storage subsystem &quot;%2&quot;.</source>
        <translation>ストレージ・サブシステム「%2」に「%1」という名前のホストはありません。</translation>
    </message>
    <message>
        <source>There is no host group named &quot;%1&quot; on storage subsystem &quot;%2&quot;.</source>
        <translation>ストレージ・サブシステム「%2」に「%1」という名前のホスト・グループはありません。</translation>
    </message>
    <message>
        <source>There is no host port &quot;%1&quot; on storage subsystem &quot;%2&quot;.</source>
        <translation>ストレージ・サブシステム「%2」にホスト・ポート「%1」はありません。</translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; has no LUN mapping to %2.</source>
        <translation>論理ドライブ「%1」には %2 への LUN マッピングがありません。</translation>
    </message>
    <message>
        <source>There is no controller %1; use A or B.</source>
        <translation>コントローラー %1 はありません。A または B を使用してください。</translation>
    </message>
    <message>
        <source>The %1 name must not be empty. Enter a name.</source>
        <translation>%1 の名前は空にできません。名前を入力してください。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has %2 characters; a name may have at most %3 characters, spaces included. Shorten it.</source>
        <translation>名前「%1」は %2 文字です。名前はスペースを含めて最大 %3 文字です。短くしてください。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by %2 on this storage subsystem. Names must be unique; choose another name.</source>
        <translation>名前「%1」は、このストレージ・サブシステム上で既に使用されています (%2)。名前は固有である必要があります。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is not allowed: %2. Use letters, digits, spaces and the characters - _ . #.</source>
        <translation>名前「%1」は使用できません: %2。英字、数字、スペース、および文字 - _ . # を使用してください。</translation>
    </message>
    <message>
        <source>RAID level %1 is not supported; choose RAID 0, 1, 3 or 5.</source>
        <translation>RAID レベル %1 はサポートされていません。RAID 0、1、3、または 5 を選択してください。</translation>
    </message>
    <message>
        <source>RAID %1 needs %2, but %3 drive(s) were selected.</source>
        <translation>RAID %1 には %2 が必要ですが、選択されたドライブは %3 台です。</translation>
    </message>
    <message>
        <source>Drive [%1,%2] is %3; only unassigned drives can be used. Choose another drive.</source>
        <translation>ドライブ [%1,%2] は %3 です。使用できるのは未割り当てのドライブだけです。別のドライブを選択してください。</translation>
    </message>
    <message>
        <source>The selected drives mix %1 and %2 drives; an array uses one drive type only.</source>
        <translation>選択したドライブには %1 と %2 のドライブが混在しています。アレイで使用できるドライブ・タイプは 1 つだけです。</translation>
    </message>
    <message>
        <source>The requested capacity %1 is more than the free capacity of %2 (%3). Request at most %3.</source>
        <translation>要求された容量 %1 は %2 の空き容量 (%3) を超えています。%3 以下を要求してください。</translation>
    </message>
    <message>
        <source>The capacity %1 is too small; the minimum is %2.</source>
        <translation>容量 %1 は小さすぎます。最小は %2 です。</translation>
    </message>
    <message>
        <source>%1 still holds %2 logical drive(s). Delete them before deleting the array.</source>
        <translation>%1 にはまだ %2 個の論理ドライブがあります。アレイを削除する前に、それらを削除してください。</translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; already has %2 logical drives, the most a %3 supports.</source>
        <translation>ストレージ・サブシステム「%1」には既に %2 個の論理ドライブがあり、これは %3 でサポートされる最大数です。</translation>
    </message>
    <message>
        <source>Drive [%1,%2] cannot change its hot-spare role: %3.</source>
        <translation>ドライブ [%1,%2] のホット・スペアの役割は変更できません: %3。</translation>
    </message>
    <message>
        <source>The capacity of &quot;%1&quot; cannot be increased: %2.</source>
        <translation>「%1」の容量は増やせません: %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2; %3.</source>
        <translation>「%1」は %2 です。%3。</translation>
    </message>
    <message>
        <source>The range at offset %1 with length %2 does not lie inside logical drive &quot;%3&quot; (capacity %4 bytes).</source>
        <translation>オフセット %1、長さ %2 の範囲は論理ドライブ「%3」(容量 %4 バイト) の内部にありません。</translation>
    </message>
    <message>
        <source>I/O error on logical drive &quot;%1&quot;: %2.</source>
        <translation>論理ドライブ「%1」で入出力エラーが発生しました: %2。</translation>
    </message>
    <message>
        <source>Host %1 to logical drive &quot;%2&quot; is refused: %3.</source>
        <translation>論理ドライブ「%2」へのホストの %1 は拒否されました: %3。</translation>
    </message>
    <message>
        <source>LUN %1 is already used by &quot;%2&quot; in the partition of %3. Choose a free LUN.</source>
        <translation>LUN %1 は %3 のパーティションで「%2」が既に使用しています。空いている LUN を選択してください。</translation>
    </message>
    <message>
        <source>LUN %1 is out of range; use a LUN from 0 to %2.</source>
        <translation>LUN %1 は範囲外です。0 から %2 までの LUN を使用してください。</translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; is already mapped to %2 as LUN %3. Remove that mapping first; a logical drive has one mapping.</source>
        <translation>論理ドライブ「%1」は既に LUN %3 として %2 にマップされています。先にそのマッピングを除去してください。論理ドライブのマッピングは 1 つだけです。</translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; is not mapped.</source>
        <translation>論理ドライブ「%1」はマップされていません。</translation>
    </message>
    <message>
        <source>Host group &quot;%1&quot; still has %2. Move or delete them first.</source>
        <translation>ホスト・グループ「%1」にはまだ %2 があります。先にそれらを移動または削除してください。</translation>
    </message>
    <message>
        <source>The host port identifier &quot;%1&quot; is not valid: enter 16 hexadecimal digits, for example 21:00:00:E0:8B:05:05:04.</source>
        <translation>ホスト・ポート ID「%1」は無効です: 21:00:00:E0:8B:05:05:04 のように 16 桁の 16 進数を入力してください。</translation>
    </message>
    <message>
        <source>The host port identifier %1 is already defined for host &quot;%2&quot;.</source>
        <translation>ホスト・ポート ID %1 は既にホスト「%2」に定義されています。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a valid premium feature key: %2.</source>
        <translation>ファイル「%1」は有効なプレミアム・フィーチャー・キーではありません: %2。</translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; was generated for feature enable identifier %2, but this storage subsystem&apos;s identifier is %3. Generate a key for this identifier.</source>
        <translation>キー・ファイル「%1」はフィーチャー使用可能 ID %2 用に生成されたものですが、このストレージ・サブシステムの ID は %3 です。この ID 用のキーを生成してください。</translation>
    </message>
    <message>
        <source>The premium feature %1 is already enabled on &quot;%2&quot;.</source>
        <translation>プレミアム・フィーチャー %1 は「%2」で既に使用可能になっています。</translation>
    </message>
    <message>
        <source>The premium feature %1 is not enabled on &quot;%2&quot;. Enable it with its key file (Storage Subsystem &gt; Premium Features &gt; Enable).</source>
        <translation>プレミアム・フィーチャー %1 は「%2」で使用可能になっていません。キー・ファイルを使用して使用可能にしてください (ストレージ・サブシステム &gt; プレミアム・フィーチャー &gt; 使用可能にする)。</translation>
    </message>
    <message>
        <source>Unknown premium feature &quot;%1&quot;; use flashCopy, volumeCopy or remoteMirror.</source>
        <translation>不明なプレミアム・フィーチャー「%1」です。flashCopy、volumeCopy、または remoteMirror を使用してください。</translation>
    </message>
    <message>
        <source>The premium feature %1 is not supported on a %2.</source>
        <translation>プレミアム・フィーチャー %1 は %2 ではサポートされていません。</translation>
    </message>
    <message>
        <source>FlashCopy logical drive &quot;%1&quot; is %2: %3.</source>
        <translation>FlashCopy 論理ドライブ「%1」は %2 です: %3。</translation>
    </message>
    <message>
        <source>No FlashCopy can be created for &quot;%1&quot;: %2.</source>
        <translation>「%1」の FlashCopy は作成できません: %2。</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by another Copyline process (%2). Attach to it, or stop it with copylinectl --workspace %1 --stop.</source>
        <translation>ワークスペース %1 は別の Copyline プロセス (%2) が使用中です。そのプロセスに接続するか、copylinectl --workspace %1 --stop で停止してください。</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged (%2). It has not been changed. Restore it from a backup or open another workspace.</source>
        <translation>カタログ %1 は破損しています (%2)。カタログは変更されていません。バックアップから復元するか、別のワークスペースを開いてください。</translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer Copyline (schema version %2; this version reads up to %3). It has not been changed. Open it with a newer Copyline.</source>
        <translation>カタログ %1 は新しいバージョンの Copyline で書き込まれています (スキーマ・バージョン %2。このバージョンで読み取れるのは %3 までです)。カタログは変更されていません。新しいバージョンの Copyline で開いてください。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be used as a workspace: %2.</source>
        <translation>フォルダー %1 はワークスペースとして使用できません: %2。</translation>
    </message>
    <message>
        <source>Cannot reach the Copyline engine of workspace %1: %2.</source>
        <translation>ワークスペース %1 の Copyline エンジンに接続できません: %2。</translation>
    </message>
    <message>
        <source>Could not start the Copyline engine for workspace %1: %2</source>
        <translation>ワークスペース %1 の Copyline エンジンを開始できませんでした: %2</translation>
    </message>
    <message>
        <source>Cannot use the file %1: %2.</source>
        <translation>ファイル %1 は使用できません: %2。</translation>
    </message>
    <message>
        <source>The operation cannot complete because the selected logical drive is not a valid candidate for Remote Mirroring. %1</source>
        <translation>選択した論理ドライブはリモート・ミラーリングの有効な候補ではないため、操作を完了できません。%1</translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation>不明なエラー %1 です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the %2 of a VolumeCopy: %3.</source>
        <translation>「%1」は VolumeCopy の %2 にできません: %3。</translation>
    </message>
    <message>
        <source>The VolumeCopy from &quot;%1&quot; to &quot;%2&quot; is %3: %4.</source>
        <translation>「%1」から「%2」への VolumeCopy は %3 です: %4。</translation>
    </message>
    <message>
        <source>There is no VolumeCopy pair %1 on storage subsystem &quot;%2&quot;. Run show volumeCopy allLogicalDrives.</source>
        <translation>ストレージ・サブシステム「%2」に VolumeCopy ペア %1 はありません。show volumeCopy allLogicalDrives を実行してください。</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; runs no workload. Start one with: start hostWorkload host=&quot;%1&quot;;</source>
        <translation>ホスト「%1」ではワークロードが実行されていません。次のコマンドで開始してください: start hostWorkload host=&quot;%1&quot;;</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is %2 on storage subsystem &quot;%1&quot;; mirrors need it Enabled/Activated on both subsystems. Enable the feature with its key file and run Storage Subsystem &gt; Remote Mirroring &gt; Activate (activate storageSubsystem feature=remoteMirror;).</source>
        <translation>ストレージ・サブシステム「%1」のリモート論理ドライブ・ミラーリングは %2 です。ミラーには両方のサブシステムで使用可能/活動化済みであることが必要です。キー・ファイルでフィーチャーを使用可能にし、「ストレージ・サブシステム &gt; リモート・ミラーリング &gt; 活動化」を実行してください (activate storageSubsystem feature=remoteMirror;)。</translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; already has %2 mirrored logical drives, the most a %3 supports. Remove a mirror relationship first.</source>
        <translation>ストレージ・サブシステム「%1」には既に %2 個のミラーリングされた論理ドライブがあり、これは %3 でサポートされる最大数です。先にミラー関係を 1 つ除去してください。</translation>
    </message>
    <message>
        <source>The mirrored pair of %1 is %2: %3</source>
        <translation>%1 のミラー・ペアは %2 です: %3</translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; is not in a mirror relationship on storage subsystem &quot;%2&quot;. Run show remoteMirrors; to list them.</source>
        <translation>論理ドライブ「%1」は、ストレージ・サブシステム「%2」上のミラー関係に含まれていません。一覧を表示するには show remoteMirrors; を実行してください。</translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; cannot communicate with storage subsystem &quot;%2&quot;: %3. %4</source>
        <translation>ストレージ・サブシステム「%1」はストレージ・サブシステム「%2」と通信できません: %3。%4</translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; %2</source>
        <translation>論理ドライブ「%1」: %2</translation>
    </message>
    <message>
        <source>There is not enough space available for creating the remote mirror repository logical drives: %1 needs %2 and has %3 free. Choose another array, or create a new array from unconfigured drives.</source>
        <translation>リモート・ミラー・リポジトリー論理ドライブを作成するための十分なスペースがありません: %1 には %2 が必要ですが、空きは %3 です。別のアレイを選択するか、未構成のドライブから新規アレイを作成してください。</translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; cannot mirror to storage subsystem &quot;%2&quot;: %3</source>
        <translation>ストレージ・サブシステム「%1」はストレージ・サブシステム「%2」にミラーリングできません: %3</translation>
    </message>
    <message>
        <source>(%1 characters)</source>
        <translation>(%1 文字)</translation>
    </message>
    <message>
        <source>RAID %1 cannot be used for %2; choose RAID %3.</source>
        <translation>RAID %1 は %2 には使用できません。RAID %3 を選択してください。</translation>
    </message>
    <message>
        <source>The premium feature %1 cannot be changed on &quot;%2&quot;: %3.</source>
        <translation>プレミアム・フィーチャー %1 は「%2」では変更できません: %3。</translation>
    </message>
    <message>
        <source>The disk that holds the workspace is full (%1); nothing was changed. Free space there (delete logical drives or FlashCopies you no longer need, or other files), then try again.</source>
        <translation>ワークスペースのあるディスクがいっぱいです (%1)。何も変更されていません。不要な論理ドライブや FlashCopy、その他のファイルを削除して空き容量を作り、もう一度実行してください。</translation>
    </message>
    <message>
        <source>The control socket %1 %2; another user may be trying to capture your commands. %3</source>
        <translation>制御ソケット %1 %2。別のユーザーがコマンドを横取りしようとしている可能性があります。%3</translation>
    </message>
    <message>
        <source>Volume %1 was not found in the Copy Services domain. A volume ID has 8 characters: the LSS digit, the volume number in hex and the ESS serial (00012019 is volume 000 of LSS 16 on ESS 12019).</source>
        <translation>ボリューム %1 はコピー・サービス・ドメインに見つかりません。ボリューム ID は 8 文字です: LSS の桁、16 進のボリューム番号、ESS のシリアル番号 (00012019 は ESS 12019 の LSS 16 のボリューム 000)。</translation>
    </message>
    <message>
        <source>FlashCopy source %1 is on LSS %2 and target %3 on LSS %4: FlashCopy works within one LSS. Choose a target on LSS %2.</source>
        <translation>FlashCopy のソース %1 は LSS %2 に、ターゲット %3 は LSS %4 にあります: FlashCopy は 1 つの LSS 内でのみ動作します。LSS %2 のターゲットを選択してください。</translation>
    </message>
    <message>
        <source>Target %1 (%2) is smaller than source %3 (%4). Choose a target at least as large as the source.</source>
        <translation>ターゲット %1 (%2) はソース %3 (%4) より小さいです。ソース以上のサイズのターゲットを選択してください。</translation>
    </message>
    <message>
        <source>Volume %1 is already in a FlashCopy relationship with %2; a volume takes part in one FlashCopy at a time. Wait until its background copy has finished, or withdraw that pair first.</source>
        <translation>ボリューム %1 はすでに %2 との FlashCopy 関係にあります。ボリュームが同時に参加できる FlashCopy は 1 つだけです。バックグラウンド・コピーの完了を待つか、先にそのペアを取り消し (Withdraw) してください。</translation>
    </message>
    <message>
        <source>Volume %1 is not in a FlashCopy relationship; there is nothing to withdraw.</source>
        <translation>ボリューム %1 は FlashCopy 関係にありません。取り消すものはありません。</translation>
    </message>
    <message>
        <source>LSS %1 %2. Open Systems LSSs are numbered 16 to 31 and hold at most 256 volumes each.</source>
        <translation>LSS %1 %2。Open Systems の LSS は 16 から 31 の番号で、それぞれ最大 256 ボリュームを持ちます。</translation>
    </message>
    <message>
        <source>ESS serial &quot;%1&quot; is not valid: %2.</source>
        <translation>ESS シリアル番号 &quot;%1&quot; は無効です: %2。</translation>
    </message>
    <message>
        <source>There is no PPRC path from LSS %1 to LSS %2. Paths for PPRC must be defined first: establish a path on the Paths panel (essEstablishPaths).</source>
        <translation>LSS %1 から LSS %2 への PPRC パスがありません。PPRC パスを先に定義してください。Paths パネルでパスを確立します (essEstablishPaths)。</translation>
    </message>
    <message>
        <source>The PPRC operation on %1 is not possible: %2.</source>
        <translation>%1 に対する PPRC 操作はできません: %2。</translation>
    </message>
    <message>
        <source>Target volume %1 is online to host %2. Demount it from the host first, or check &quot;Permit if target is online&quot;.</source>
        <translation>ターゲット・ボリューム %1 はホスト %2 でオンラインです。先にホストからアンマウントするか、&quot;Permit if target is online&quot; を選択してください。</translation>
    </message>
    <message>
        <source>No ESCON link %1. %2.</source>
        <translation>ESCON リンク %1 がありません。%2。</translation>
    </message>
    <message>
        <source>The paths cannot be established: %1.</source>
        <translation>パスを確立できません: %1。</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; %2.</source>
        <translation>タスク &quot;%1&quot;: %2。</translation>
    </message>
    <message>
        <source>No task named &quot;%1&quot; is defined. Tasks are defined on the Volumes, Storage Servers or Paths panel (Task Wizard, Define task, Save).</source>
        <translation>&quot;%1&quot; という名前のタスクは定義されていません。タスクは Volumes、Storage Servers または Paths パネルで定義します (Task Wizard、Define task、Save)。</translation>
    </message>
    <message>
        <source>Copy Services is %1: no task can be submitted. %2.</source>
        <translation>Copy Services は %1 です: タスクを実行依頼できません。%2。</translation>
    </message>
    <message>
        <source>%1 is not authorized: %2.</source>
        <translation>%1 には権限がありません: %2。</translation>
    </message>
    <message>
        <source>Logical drive &quot;%1&quot; is already reserved by %2 (%3 reservation). The host that holds it must release it, or clear it with clear logicalDrive [&quot;%1&quot;] reservations;.</source>
        <translation>論理ドライブ &quot;%1&quot; は既に %2 によって予約されています (%3 予約)。予約を保持するホストが解放するか、clear logicalDrive [&quot;%1&quot;] reservations; で解除してください。</translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; runs controller firmware %2 and its mirror partner &quot;%3&quot; runs %4. While the levels differ only mirror deletion, logical drive renaming, synchronization priority changes and promotion are allowed, not %5. Download the same firmware to both subsystems first.</source>
        <translation>ストレージ・サブシステム &quot;%1&quot; のコントローラー・ファームウェアは %2、ミラー・パートナー &quot;%3&quot; は %4 です。レベルが異なる間は、ミラーの削除、論理ドライブの名前変更、同期優先順位の変更、昇格のみが許可され、%5 は許可されません。まず両方のサブシステムに同じファームウェアをダウンロードしてください。</translation>
    </message>
    <message>
        <source>Controller firmware cannot be downloaded to storage subsystem &quot;%1&quot;: %2.</source>
        <translation>ストレージ・サブシステム &quot;%1&quot; にコントローラー・ファームウェアをダウンロードできません: %2。</translation>
    </message>
    <message>
        <source>Logical disk &quot;%1&quot; was not found on any disk array. Name a logical disk by its LD name (-mvflg ld), such as dev001.</source>
        <translation>論理ディスク &quot;%1&quot; はどのディスク・アレイにも見つかりません。論理ディスクは LD 名で指定してください (-mvflg ld)。例: dev001。</translation>
    </message>
    <message>
        <source>Disk array &quot;%1&quot;: %2.</source>
        <translation>ディスク・アレイ &quot;%1&quot;: %2。</translation>
    </message>
    <message>
        <source>The pair %1 - %2 cannot be set: %3.</source>
        <translation>ペア %1 - %2 を設定できません: %3。</translation>
    </message>
    <message>
        <source>%1 and %2 are not paired. Set the pair first (iSMrc_pair).</source>
        <translation>%1 と %2 はペアではありません。まずペアを設定してください (iSMrc_pair)。</translation>
    </message>
    <message>
        <source>%1 cannot be executed for the pair %2 - %3 in state %4: %5.</source>
        <translation>状態 %4 のペア %2 - %3 に対して %1 を実行できません: %5。</translation>
    </message>
    <message>
        <source>RV access restriction %1 is not available for %2 (Table 3-3: %3).</source>
        <translation>RV アクセス制限 %1 は %2 では使用できません (表 3-3: %3)。</translation>
    </message>
    <message>
        <source>No additional pair can be set or canceled on disk array %1: %2. Replication operations on preset pairs remain enabled.</source>
        <translation>ディスク・アレイ %1 ではペアの追加設定や解除はできません: %2。設定済みペアのレプリケーション操作は引き続き可能です。</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is not attached to any disk array.</source>
        <translation>サーバー &quot;%1&quot; はどのディスク・アレイにも接続されていません。</translation>
    </message>
    <message>
        <source>%1 is not a volume of server %2.</source>
        <translation>%1 はサーバー %2 のボリュームではありません。</translation>
    </message>
    <message>
        <source>iSM13609: Access of specified disk was refused. %1</source>
        <translation>iSM13609: 指定されたディスクへのアクセスが拒否されました。%1</translation>
    </message>
    <message>
        <source>The volume list of server %1 does not exist: replication commands are disabled. Run iSMvollist -cr.</source>
        <translation>サーバー %1 のボリューム一覧がありません。レプリケーション・コマンドは使用できません。iSMvollist -cr を実行してください。</translation>
    </message>
    <message>
        <source>%1 cannot be defined as a control volume: %2.</source>
        <translation>%1 はコントロール・ボリュームとして定義できません: %2。</translation>
    </message>
    <message>
        <source>iSM13639: Specified path is not normal status. %1</source>
        <translation>iSM13639: 指定されたパスは正常な状態ではありません。%1</translation>
    </message>
    <message>
        <source>The pair %1 - %2 did not reach %3 within %4 seconds.</source>
        <translation>ペア %1 - %2 は %4 秒以内に %3 に達しませんでした。</translation>
    </message>
    <message>
        <source>Storage subsystem &quot;%1&quot; belongs to the %2 family; %3 is a command of the %4 family. Address a subsystem of the %4 family (copylinectl -d lists them), or use the %2 commands.</source>
        <translation>ストレージ・サブシステム「%1」は %2 ファミリに属しています。%3 は %4 ファミリのコマンドです。%4 ファミリのサブシステムを指定する (copylinectl -d で一覧表示されます) か、%2 のコマンドを使用してください。</translation>
    </message>
    <message>
        <source>Controller %1: %2.</source>
        <translation>コントローラー %1: %2。</translation>
    </message>
    <message>
        <source>No volume &quot;%1&quot; on controller %2. Address a volume by CU:LDEV in hex, such as 00:1A.</source>
        <translation>コントローラー %2 にボリューム「%1」はありません。ボリュームは 00:1A のように 16 進数の CU:LDEV で指定してください。</translation>
    </message>
    <message>
        <source>Volume %1: %2.</source>
        <translation>ボリューム %1: %2。</translation>
    </message>
    <message>
        <source>The pair %1 - %2 cannot be created: %3.</source>
        <translation>ペア %1 - %2 を作成できません: %3。</translation>
    </message>
    <message>
        <source>%1 and %2 are not a pair (status 801, no pair). Create the pair first (Add Pair, paircreate).</source>
        <translation>%1 と %2 はペアではありません (状況 801、ペアなし)。先にペアを作成してください (ペアの追加、paircreate)。</translation>
    </message>
    <message>
        <source>%1 does nothing for the pair %2 - %3 in status %4 (Fig. 2): %5.</source>
        <translation>%1 は、状況 %4 のペア %2 - %3 に対しては何も行いません (図 2): %5。</translation>
    </message>
    <message>
        <source>Auto selection found no T-VOL for %1: %2. Reserve a volume (Attribute) of at least the S-VOL&apos;s capacity that is not yet a T-VOL.</source>
        <translation>自動選択で %1 の T-VOL が見つかりませんでした: %2。S-VOL の容量以上で、まだ T-VOL になっていないボリュームを予約してください (属性)。</translation>
    </message>
    <message>
        <source>Controller %1 allows at most %2 %3; raise the limit (%4) first.</source>
        <translation>コントローラー %1 で使用できる %3 は最大 %2 です。先に上限 (%4) を引き上げてください。</translation>
    </message>
    <message>
        <source>IWNR1400E User %1 (%2) is not authorized to %3. Ask an Administrator for the role or the session.</source>
        <translation>IWNR1400E ユーザー %1 (%2) には次の操作の権限がありません: %3。管理者に役割またはセッションを依頼してください。</translation>
    </message>
    <message>
        <source>IWNR1401E The user name or the password is not correct, or the sign-in has expired. Sign in again.</source>
        <translation>IWNR1401E ユーザー名またはパスワードが正しくないか、サインインの有効期限が切れています。再度サインインしてください。</translation>
    </message>
    <message>
        <source>IWNR1402E Sign-in for %1 is locked for %2 seconds after repeated failures. Wait, then try again.</source>
        <translation>IWNR1402E 失敗が繰り返されたため、%1 のサインインは %2 秒間ロックされています。しばらく待ってから再試行してください。</translation>
    </message>
    <message>
        <source>IWNR1003E There is no session &quot;%1&quot;. List the sessions with lssess.</source>
        <translation>IWNR1003E セッション「%1」はありません。lssess でセッションをリストしてください。</translation>
    </message>
    <message>
        <source>IWNR1004E A session named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>IWNR1004E 「%1」という名前のセッションはすでに存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>IWNR1005E &quot;%1&quot; is not a valid %2: %3.</source>
        <translation>IWNR1005E 「%1」は有効な %2 ではありません: %3。</translation>
    </message>
    <message>
        <source>IWNR1006E &quot;%1&quot; is not a session type Copyline offers. Use one of: %2.</source>
        <translation>IWNR1006E 「%1」は Copyline が提供するセッション・タイプではありません。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <source>IWNC1302E The action %1 is not currently valid for session %2; valid actions are: %3.</source>
        <translation>IWNC1302E アクション %1 は現在セッション %2 に対して有効ではありません。有効なアクション: %3。</translation>
    </message>
    <message>
        <source>IWNR2001E The copy set %1 cannot be added: %2.</source>
        <translation>IWNR2001E コピー・セット %1 を追加できません: %2。</translation>
    </message>
    <message>
        <source>IWNR3001E There is no storage system &quot;%1&quot; here. List the connections with lsdevice, or add one.</source>
        <translation>IWNR3001E ストレージ・システム「%1」はここにありません。lsdevice で接続をリストするか、接続を追加してください。</translation>
    </message>
    <message>
        <source>IWNR2002E There is no volume &quot;%1&quot; on a connected storage system. Volume ids look like ESS:2105.12019:VOL:00012019 (lsvol lists them).</source>
        <translation>IWNR2002E 接続されたストレージ・システムにボリューム「%1」はありません。ボリューム ID は ESS:2105.12019:VOL:00012019 のような形式です (lsvol でリストできます)。</translation>
    </message>
    <message>
        <source>IWNR2010E The CSV file cannot be imported, line %1: %2. Nothing was imported.</source>
        <translation>IWNR2010E CSV ファイルをインポートできません。行 %1: %2。何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>IWNR2020E %1 failed on the storage system for %2: %3 Nothing was changed.</source>
        <translation>IWNR2020E ストレージ・システムで %2 に対する %1 が失敗しました: %3 何も変更されていません。</translation>
    </message>
    <message>
        <source>IWNR1410E User %1: %2.</source>
        <translation>IWNR1410E ユーザー %1: %2。</translation>
    </message>
    <message>
        <source>IWNR1011E Session %1 is %2; only a Defined session can be removed. Terminate it first.</source>
        <translation>IWNR1011E セッション %1 は %2 です。削除できるのは「定義済み」セッションのみです。先に終了 (Terminate) してください。</translation>
    </message>
    <message>
        <source>User %1 (%2) may not run %3 over the network: %4. The engine&apos;s owner gives roles with copylinectl --add-user on the engine&apos;s computer.</source>
        <translation>ユーザー %1 (%2) はネットワーク経由で %3 を実行できません: %4。役割は、エンジンの所有者がエンジンのコンピューター上で copylinectl --add-user を使用して付与します。</translation>
    </message>
    <message>
        <source>Sign-in to the engine at %1 refused: the user name or the password is not correct. Each failure from the same address makes the next attempt wait longer.</source>
        <translation>%1 のエンジンへのサインインが拒否されました: ユーザー名またはパスワードが正しくありません。同じアドレスから失敗するたびに、次の試行までの待ち時間が長くなります。</translation>
    </message>
    <message>
        <source>Sign in first: the engine answers &quot;%1&quot; only after a sign-in.</source>
        <translation>先にサインインしてください: エンジンは「%1」にサインイン後にのみ応答します。</translation>
    </message>
    <message>
        <source>The engine at %1 is not known here. Its certificate&apos;s SHA-256 fingerprint is %2. Compare it with the one copylined printed when it started (or copylinectl --workspace DIR --show-fingerprint on the engine&apos;s computer); if they are the same, run again with --fingerprint %2 to trust it. Nothing was sent.</source>
        <translation>%1 のエンジンはここでは認識されていません。その証明書の SHA-256 フィンガープリントは %2 です。copylined が開始時に出力したフィンガープリント (またはエンジンのコンピューター上で copylinectl --workspace DIR --show-fingerprint が出力するもの) と比較し、同じであれば --fingerprint %2 を指定して再度実行し、このエンジンを信頼してください。何も送信されていません。</translation>
    </message>
    <message>
        <source>WARNING: THE CERTIFICATE OF THE ENGINE AT %1 HAS CHANGED. It is now %2, but %3 was trusted for it (%4). Someone may be intercepting the connection; nothing was sent. If the engine&apos;s certificate was made again on purpose, remove the line of %1 from %4 and connect again with --fingerprint.</source>
        <translation>警告: %1 のエンジンの証明書が変更されました。現在の証明書は %2 ですが、このエンジンについて信頼されていたのは %3 です (%4)。何者かが接続を傍受している可能性があります。何も送信されていません。エンジンの証明書を意図的に作成し直した場合は、%4 から %1 の行を削除し、--fingerprint を指定して再度接続してください。</translation>
    </message>
    <message>
        <source>The engine at %1 presents the certificate %2, not %3 as given with --fingerprint. Nothing was sent.</source>
        <translation>%1 のエンジンが提示した証明書は %2 であり、--fingerprint で指定された %3 ではありません。何も送信されていません。</translation>
    </message>
    <message>
        <source>Management user %1: %2.</source>
        <translation>管理ユーザー %1: %2。</translation>
    </message>
    <message>
        <source>No TLS connection to the engine at %1: %2.</source>
        <translation>%1 のエンジンに TLS で接続できません: %2。</translation>
    </message>
    <message>
        <source>Storage subsystem %1 is served by the remote engine %2 and shown here read-only; run the command on that engine (copylinectl --host, or a console attached to it).</source>
        <translation>ストレージ・サブシステム %1 はリモート・エンジン %2 が提供しており、ここでは読み取り専用で表示されています。そのエンジンでコマンドを実行してください (copylinectl --host、またはそのエンジンに接続したコンソール)。</translation>
    </message>
    <message>
        <source>Remote engine %1: %2.</source>
        <translation>リモート・エンジン %1: %2。</translation>
    </message>
    <message>
        <source>Cannot reach the remote engine %1 at %2: %3. Check that its copylined runs with --replication-listen on that address and that this engine holds its replication key.</source>
        <translation>リモート・エンジン %1 (%2) に接続できません: %3。そのアドレスで copylined が --replication-listen 付きで動作していること、およびこのエンジンがその複製キーを持っていることを確認してください。</translation>
    </message>
    <message>
        <source>Mirror relationship of %1: %2.</source>
        <translation>%1 のミラー関係: %2。</translation>
    </message>
    <message>
        <source>IWNR3020E This server is the standby management server of %1: it keeps a copy of that server&apos;s sessions and runs no commands. Run the command on %1, or take over with hatakeover if %1 is lost.</source>
        <translation>IWNR3020E このサーバーは %1 のスタンバイ管理サーバーです。そのサーバーのセッションのコピーを保持し、コマンドは実行しません。%1 でコマンドを実行するか、%1 が失われた場合は hatakeover で引き継いでください。</translation>
    </message>
    <message>
        <source>IWNR3021E Management server %1: %2</source>
        <translation>IWNR3021E 管理サーバー %1: %2</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::ConfigurationPanel</name>
    <message>
        <source>Copy Services server</source>
        <translation>コピー・サービス・サーバー</translation>
    </message>
    <message>
        <source>Copy Services log</source>
        <translation>コピー・サービス・ログ</translation>
    </message>
    <message>
        <source>Task execution status and the time operations took.</source>
        <translation>タスクの実行状況と操作の所要時間。</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Host commands</source>
        <translation>ホスト・コマンド</translation>
    </message>
    <message>
        <source>Password protection</source>
        <translation>パスワード保護</translation>
    </message>
    <message>
        <source>Host (command line) commands need a user name and password defined below.</source>
        <translation>ホスト (コマンド行) コマンドには、下で定義したユーザー名とパスワードが必要です。</translation>
    </message>
    <message>
        <source>No Password protection</source>
        <translation>パスワード保護なし</translation>
    </message>
    <message>
        <source>Every user may use the command line interface.</source>
        <translation>すべてのユーザーがコマンド行インターフェースを使用できます。</translation>
    </message>
    <message>
        <source>Command line users:</source>
        <translation>コマンド行ユーザー:</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message>
        <source>ESS %1: %2</source>
        <translation>ESS %1: %2</translation>
    </message>
    <message>
        <source>Copy Services disabled</source>
        <translation>コピー・サービス無効</translation>
    </message>
    <message>
        <source>uses the backup server</source>
        <translation>バックアップ・サーバーを使用</translation>
    </message>
    <message>
        <source>uses the primary server</source>
        <translation>1 次サーバーを使用</translation>
    </message>
    <message>
        <source>Primary Copy Services server: %1
Backup Copy Services server: %2
%3</source>
        <translation>1 次コピー・サービス・サーバー: %1
バックアップ・コピー・サービス・サーバー: %2
%3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Storage server</source>
        <translation>ストレージ・サーバー</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>パスワードの確認:</translation>
    </message>
    <message>
        <source>Command line users are separate from the ESS Specialist accounts.</source>
        <translation>コマンド行ユーザーは ESS Specialist のアカウントとは別です。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
    <message>
        <source>Remove the command line user %1?</source>
        <translation>コマンド行ユーザー %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Clear the Copy Services log? Its records are deleted and cannot be shown again.</source>
        <translation>コピー・サービス・ログをクリアしますか? ログのレコードは削除され、再び表示することはできません。</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::CopyServicesPerspective</name>
    <message>
        <source>Copy Services</source>
        <translation>コピー・サービス</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Storage Servers</source>
        <translation>ストレージ・サーバー</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Exit Copy Services</source>
        <translation>コピー・サービスの終了</translation>
    </message>
    <message>
        <source>Back to the storage subsystems the console showed before</source>
        <translation>以前に表示していたストレージ・サブシステムに戻ります</translation>
    </message>
    <message>
        <source>ESS Copy Services — %1</source>
        <translation>ESS コピー・サービス — %1</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::EssTexts</name>
    <message>
        <source>The console is not connected to an engine.</source>
        <translation>コンソールはエンジンに接続されていません。</translation>
    </message>
    <message>
        <source>Not in a copy pair</source>
        <translation>コピー・ペアなし</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Source and target</source>
        <translation>ソースかつターゲット</translation>
    </message>
    <message>
        <source>Duplex Pending</source>
        <comment>PPRC pair state</comment>
        <translation>二重保留</translation>
    </message>
    <message>
        <source>Duplex (full copy mode)</source>
        <comment>PPRC pair state</comment>
        <translation>二重 (フル・コピー・モード)</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>PPRC pair state</comment>
        <translation>中断</translation>
    </message>
    <message>
        <source>Simplex</source>
        <comment>PPRC pair state</comment>
        <translation>シンプレックス</translation>
    </message>
    <message>
        <source>simplex</source>
        <comment>PPRC role</comment>
        <translation>シンプレックス</translation>
    </message>
    <message>
        <source>primary (source)</source>
        <comment>PPRC role</comment>
        <translation>1 次 (ソース)</translation>
    </message>
    <message>
        <source>secondary (target)</source>
        <comment>PPRC role</comment>
        <translation>2 次 (ターゲット)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>FlashCopy state</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>source (failed)</source>
        <comment>FlashCopy state</comment>
        <translation>ソース (失敗)</translation>
    </message>
    <message>
        <source>target (failed)</source>
        <comment>FlashCopy state</comment>
        <translation>ターゲット (失敗)</translation>
    </message>
    <message>
        <source>source</source>
        <comment>FlashCopy state</comment>
        <translation>ソース</translation>
    </message>
    <message>
        <source>target</source>
        <comment>FlashCopy state</comment>
        <translation>ターゲット</translation>
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
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Path Origin</source>
        <translation>パス起点</translation>
    </message>
    <message>
        <source>Common Storage Server Targets</source>
        <translation>共通ストレージ・サーバー・ターゲット</translation>
    </message>
    <message>
        <source>Logical Storage Server Targets</source>
        <translation>論理ストレージ・サーバー・ターゲット</translation>
    </message>
    <message>
        <source>Source LSS</source>
        <translation>ソース LSS</translation>
    </message>
    <message>
        <source>Origin adapter</source>
        <translation>起点アダプター</translation>
    </message>
    <message>
        <source>Target LSS</source>
        <translation>ターゲット LSS</translation>
    </message>
    <message>
        <source>Target adapter</source>
        <translation>ターゲット・アダプター</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Information Panel</source>
        <translation>情報パネル</translation>
    </message>
    <message>
        <source>Remove Paths</source>
        <translation>パスの削除</translation>
    </message>
    <message>
        <source>This adapter carries paths of the source LSS</source>
        <translation>このアダプターはソース LSS のパスを通しています</translation>
    </message>
    <message>
        <source>2105:%1</source>
        <translation>2105:%1</translation>
    </message>
    <message>
        <source>%1 (path established)</source>
        <translation>%1 (パス確立済み)</translation>
    </message>
    <message>
        <source>established</source>
        <comment>path state</comment>
        <translation>確立済み</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>path state</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>The source storage server has no ESCON adapters connected to another storage server.</source>
        <translation>ソース・ストレージ・サーバーには、他のストレージ・サーバーに接続された ESCON アダプターがありません。</translation>
    </message>
    <message>
        <source>Left click an adapter of the path origin; right click to add more.</source>
        <translation>パス起点のアダプターを左クリックします。右クリックで追加します。</translation>
    </message>
    <message>
        <source>Select the target storage server.</source>
        <translation>ターゲット・ストレージ・サーバーを選択してください。</translation>
    </message>
    <message>
        <source>Left click a target LSS; right click to add more.</source>
        <translation>ターゲット LSS を左クリックします。右クリックで追加します。</translation>
    </message>
    <message>
        <source>Right click a highlighted target LSS to open the Task Wizard (Establish Path).</source>
        <translation>強調表示されたターゲット LSS を右クリックするとタスク・ウィザード (パスの確立) が開きます。</translation>
    </message>
    <message>
        <source>LSS %1 → %2:%3 using %4 and %5 (%6)</source>
        <translation>LSS %1 → %2:%3 (%4 と %5 を使用、%6)</translation>
    </message>
    <message>
        <source>Information Panel — %1 of %2</source>
        <translation>情報パネル — %2 の %1</translation>
    </message>
    <message>
        <source>No paths are defined over %1.</source>
        <translation>%1 を経由するパスは定義されていません。</translation>
    </message>
    <message>
        <source>Remove the paths from %1 to %2?</source>
        <translation>%1 から %2 へのパスを削除しますか?</translation>
    </message>
    <message>
        <source>LSS, adapter or state</source>
        <translation>LSS、アダプター、または状態</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::StorageServersPanel</name>
    <message>
        <source>PPRC Consistency Group</source>
        <translation>PPRC Consistency Group (整合性グループ)</translation>
    </message>
    <message>
        <source>Critical Heavy</source>
        <translation>Critical Heavy</translation>
    </message>
    <message>
        <source>time out %1 s</source>
        <translation>タイムアウト %1 秒</translation>
    </message>
    <message>
        <source>LSS colour:</source>
        <translation>LSS の色:</translation>
    </message>
    <message>
        <source>no copy pairs</source>
        <translation>コピー・ペアなし</translation>
    </message>
    <message>
        <source>source volumes</source>
        <translation>ソース・ボリューム</translation>
    </message>
    <message>
        <source>target volumes</source>
        <translation>ターゲット・ボリューム</translation>
    </message>
    <message>
        <source>sources and targets</source>
        <translation>ソースとターゲット</translation>
    </message>
    <message>
        <source>Storage server</source>
        <translation>ストレージ・サーバー</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>デバイス・クラス</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>In FlashCopy pairs</source>
        <translation>FlashCopy ペア内</translation>
    </message>
    <message>
        <source>In PPRC pairs</source>
        <translation>PPRC ペア内</translation>
    </message>
    <message>
        <source>Copy role</source>
        <translation>コピー・ロール</translation>
    </message>
    <message>
        <source>Copy properties</source>
        <translation>コピー・プロパティー</translation>
    </message>
    <message>
        <source>Information Panel</source>
        <translation>情報パネル</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティー</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Physical Storage Server %1</source>
        <translation>物理ストレージ・サーバー %1</translation>
    </message>
    <message>
        <source>2105-%1</source>
        <translation>2105-%1</translation>
    </message>
    <message>
        <source>Logical Storage Server %1:%2</source>
        <translation>論理ストレージ・サーバー %1:%2</translation>
    </message>
    <message>
        <source>Open Systems</source>
        <translation>オープン・システム</translation>
    </message>
    <message>
        <source>Primary Copy Services server</source>
        <translation>1 次コピー・サービス・サーバー</translation>
    </message>
    <message>
        <source>Backup Copy Services server</source>
        <translation>バックアップ・コピー・サービス・サーバー</translation>
    </message>
    <message>
        <source>Filtered: only LSSs with volumes in a copy relationship</source>
        <translation>フィルター適用: コピー関係にあるボリュームを含む LSS のみ</translation>
    </message>
    <message>
        <source>Select a logical storage server (LSS) first.</source>
        <translation>まず論理ストレージ・サーバー (LSS) を選択してください。</translation>
    </message>
    <message>
        <source>none of them in FlashCopy or PPRC pairs</source>
        <translation>いずれも FlashCopy ペアや PPRC ペアに含まれていません</translation>
    </message>
    <message>
        <source>%1 in FlashCopy pairs, %2 in PPRC pairs</source>
        <translation>FlashCopy ペアに %1、PPRC ペアに %2</translation>
    </message>
    <message>
        <source>contains 1 volume</source>
        <translation>1 ボリュームを含む</translation>
    </message>
    <message>
        <source>contains %1 volumes</source>
        <translation>%1 ボリュームを含む</translation>
    </message>
    <message>
        <source>LSS %1 of ESS %2, Open Systems, %3, %4.</source>
        <translation>ESS %2 の LSS %1、オープン・システム、%3、%4。</translation>
    </message>
    <message>
        <source>Information Panel — %1</source>
        <translation>情報パネル — %1</translation>
    </message>
    <message>
        <source>Copy properties: none set</source>
        <translation>コピー・プロパティー: 設定なし</translation>
    </message>
    <message>
        <source>Copy properties: %1</source>
        <translation>コピー・プロパティー: %1</translation>
    </message>
    <message>
        <source>LSS properties — %1</source>
        <translation>LSS のプロパティー — %1</translation>
    </message>
    <message>
        <source>PPRC Critical Heavy mode</source>
        <translation>PPRC Critical Heavy mode</translation>
    </message>
    <message>
        <source>With Critical Volume mode: writes fail on any failure to update the secondary, not only when the last path is lost.</source>
        <translation>Critical Volume mode と併用: 最後のパスを失ったときだけでなく、2 次ボリュームの更新に失敗すると常に書き込みが失敗します。</translation>
    </message>
    <message>
        <source>The pairs of this LSS freeze together with the other members when one cannot update its secondary.</source>
        <translation>いずれかのメンバーが 2 次ボリュームを更新できないとき、この LSS のペアは他のメンバーと一緒にフリーズします。</translation>
    </message>
    <message>
        <source>Does not apply to Open Systems.</source>
        <translation>オープン・システムには適用されません。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long write I/O is withheld from the devices of a consistency group.</source>
        <translation>整合性グループのデバイスへの書き込み I/O を保留する時間。</translation>
    </message>
    <message>
        <source>XRC Session Time Out:</source>
        <translation>XRC セッション・タイムアウト:</translation>
    </message>
    <message>
        <source>CONCOPY Session Time Out:</source>
        <translation>CONCOPY セッション・タイムアウト:</translation>
    </message>
    <message>
        <source>PPRC Consistency Time Out:</source>
        <translation>PPRC Consistency Time Out:</translation>
    </message>
    <message>
        <source>Find logical storage server</source>
        <translation>論理ストレージ・サーバーの検索</translation>
    </message>
    <message>
        <source>ESS serial and LSS number, e.g. 12019:22</source>
        <translation>ESS のシリアル番号と LSS 番号 (例: 12019:22)</translation>
    </message>
    <message>
        <source>LSS:</source>
        <translation>LSS:</translation>
    </message>
    <message>
        <source>There is no LSS %1 in the Copy Services domain.</source>
        <translation>コピー・サービス・ドメインに LSS %1 はありません。</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>デバイスのフィルター</translation>
    </message>
    <message>
        <source>Show physical and logical storage servers</source>
        <translation>物理および論理ストレージ・サーバーを表示</translation>
    </message>
    <message>
        <source>Open Systems devices only</source>
        <translation>オープン・システム・デバイスのみ</translation>
    </message>
    <message>
        <source>The Copy Services domain has Open Systems LSSs only.</source>
        <translation>このコピー・サービス・ドメインにはオープン・システムの LSS しかありません。</translation>
    </message>
    <message>
        <source>Only LSSs containing volumes currently in a copy relationship</source>
        <translation>現在コピー関係にあるボリュームを含む LSS のみ</translation>
    </message>
    <message>
        <source>LSS-level PPRC: left click the source LSS, right click the target LSS.</source>
        <translation>LSS レベルの PPRC: ソース LSS を左クリックし、ターゲット LSS を右クリックします。</translation>
    </message>
    <message>
        <source>Source LSS %1. Right click the target LSS.</source>
        <translation>ソース LSS %1。ターゲット LSS を右クリックしてください。</translation>
    </message>
    <message>
        <source>Source LSS %1, target LSS %2. Right click the target again to open the Task Wizard for all their volumes.</source>
        <translation>ソース LSS %1、ターゲット LSS %2。ターゲットをもう一度右クリックすると、すべてのボリュームを対象にタスク・ウィザードが開きます。</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::TaskWizard</name>
    <message>
        <source>Establish FlashCopy pair</source>
        <translation>FlashCopy ペアの確立</translation>
    </message>
    <message>
        <source>Withdraw FlashCopy pair</source>
        <translation>FlashCopy ペアの取り消し</translation>
    </message>
    <message>
        <source>Establish PPRC copy pair</source>
        <translation>PPRC コピー・ペアの確立</translation>
    </message>
    <message>
        <source>Suspend PPRC copy pair</source>
        <translation>PPRC コピー・ペアの中断</translation>
    </message>
    <message>
        <source>Terminate PPRC copy pair</source>
        <translation>PPRC コピー・ペアの終了</translation>
    </message>
    <message>
        <source>Establish Path</source>
        <translation>パスの確立</translation>
    </message>
    <message>
        <source>Select a source volume (left click) and a target volume (right click).</source>
        <translation>ソース・ボリューム (左クリック) とターゲット・ボリューム (右クリック) を選択してください。</translation>
    </message>
    <message>
        <source>Select a target volume other than the source volume.</source>
        <translation>ソース・ボリュームとは別のターゲット・ボリュームを選択してください。</translation>
    </message>
    <message>
        <source>Volume %1 is selected twice.</source>
        <translation>ボリューム %1 が 2 回選択されています。</translation>
    </message>
    <message>
        <source>FlashCopy source and target must be in the same LSS: %1 and %2 are not.</source>
        <translation>FlashCopy のソースとターゲットは同じ LSS になければなりません: %1 と %2 は異なります。</translation>
    </message>
    <message>
        <source>PPRC copies from one LSS to another: choose the target volume in another LSS.</source>
        <translation>PPRC は LSS 間でコピーします。別の LSS のターゲット・ボリュームを選択してください。</translation>
    </message>
    <message>
        <source>Target volume %1 is smaller than source volume %2.</source>
        <translation>ターゲット・ボリューム %1 はソース・ボリューム %2 より小さいです。</translation>
    </message>
    <message>
        <source>Volume %1 is already in a FlashCopy pair.</source>
        <translation>ボリューム %1 は既に FlashCopy ペアに含まれています。</translation>
    </message>
    <message>
        <source>Volume %1 is already in a PPRC copy pair.</source>
        <translation>ボリューム %1 は既に PPRC コピー・ペアに含まれています。</translation>
    </message>
    <message>
        <source>Select a volume of a PPRC copy pair.</source>
        <translation>PPRC コピー・ペアのボリュームを選択してください。</translation>
    </message>
    <message>
        <source>Select a volume of a FlashCopy pair.</source>
        <translation>FlashCopy ペアのボリュームを選択してください。</translation>
    </message>
    <message>
        <source>Volume %1 is not in a PPRC copy pair.</source>
        <translation>ボリューム %1 は PPRC コピー・ペアに含まれていません。</translation>
    </message>
    <message>
        <source>Volume %1 is not in a FlashCopy pair.</source>
        <translation>ボリューム %1 は FlashCopy ペアに含まれていません。</translation>
    </message>
    <message>
        <source>The PPRC copy pair is suspended already.</source>
        <translation>PPRC コピー・ペアは既に中断されています。</translation>
    </message>
    <message>
        <source>Paths are established from the Paths panel.</source>
        <translation>パスは「パス」パネルから確立します。</translation>
    </message>
    <message>
        <source>Enter a task name to save the task.</source>
        <translation>タスクを保存するにはタスク名を入力してください。</translation>
    </message>
    <message>
        <source>A task name may not contain blanks (the command line could not run it).</source>
        <translation>タスク名に空白は使えません (コマンド行から実行できなくなります)。</translation>
    </message>
    <message>
        <source>A task name can be no more than %1 characters in length.</source>
        <translation>タスク名は %1 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Task Wizard</source>
        <translation>タスク・ウィザード</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Select the action for the selected volumes and click Next.</source>
        <translation>選択したボリュームに対するアクションを選んで「次へ」をクリックしてください。</translation>
    </message>
    <message>
        <source>Select copy options</source>
        <translation>コピー・オプションの選択</translation>
    </message>
    <message>
        <source>Options of the FlashCopy pairs.</source>
        <translation>FlashCopy ペアのオプション。</translation>
    </message>
    <message>
        <source>Do not perform background copy if checked</source>
        <translation>チェックした場合はバックグラウンド・コピーを実行しない</translation>
    </message>
    <message>
        <source>Only the tracks modified on the source are copied to the target; the pair stays until it is withdrawn.</source>
        <translation>ソースで変更されたトラックのみがターゲットにコピーされます。ペアは取り消すまで残ります。</translation>
    </message>
    <message>
        <source>Accelerate destage mode</source>
        <translation>Accelerate destage mode (デステージの高速化)</translation>
    </message>
    <message>
        <source>The FlashCopy I/O gets a higher priority than other I/O.</source>
        <translation>FlashCopy の I/O が他の I/O より高い優先度になります。</translation>
    </message>
    <message>
        <source>Permit if target is online</source>
        <translation>ターゲットがオンラインでも許可</translation>
    </message>
    <message>
        <source>Copy initialization and options of the PPRC pairs.</source>
        <translation>PPRC ペアのコピー初期化とオプション。</translation>
    </message>
    <message>
        <source>Do not copy volume</source>
        <translation>ボリュームをコピーしない</translation>
    </message>
    <message>
        <source>Copy entire volume</source>
        <translation>ボリューム全体をコピー</translation>
    </message>
    <message>
        <source>Copy out-of-sync cylinders only</source>
        <translation>非同期シリンダーのみコピー</translation>
    </message>
    <message>
        <source>For a suspended pair: copies only what the primary recorded as changed.</source>
        <translation>中断したペア用: 1 次ボリュームが変更として記録した部分のみをコピーします。</translation>
    </message>
    <message>
        <source>Critical Volume mode</source>
        <translation>Critical Volume mode (クリティカル・ボリューム)</translation>
    </message>
    <message>
        <source>Select path options</source>
        <translation>パス・オプションの選択</translation>
    </message>
    <message>
        <source>What to do with paths that exist already.</source>
        <translation>既に存在するパスの扱い。</translation>
    </message>
    <message>
        <source>Do not establish paths if they already exist</source>
        <translation>パスが既に存在する場合は確立しない</translation>
    </message>
    <message>
        <source>Force removal of existing paths</source>
        <translation>既存のパスを強制的に削除</translation>
    </message>
    <message>
        <source>Schedule task</source>
        <translation>タスクのスケジュール</translation>
    </message>
    <message>
        <source>The storage server that runs the task: the target&apos;s when the primary is not reachable.</source>
        <translation>タスクを実行するストレージ・サーバー。1 次側に到達できない場合はターゲット側を選びます。</translation>
    </message>
    <message>
        <source>Schedule task with source storage server</source>
        <translation>ソース・ストレージ・サーバーでタスクをスケジュール</translation>
    </message>
    <message>
        <source>Schedule task with target storage server</source>
        <translation>ターゲット・ストレージ・サーバーでタスクをスケジュール</translation>
    </message>
    <message>
        <source>Define task</source>
        <translation>タスクの定義</translation>
    </message>
    <message>
        <source>Save the task to run it later from the Tasks panel, or run it now. A name and a description help to read the Copy Services log.</source>
        <translation>タスクを保存して後で「タスク」パネルから実行するか、今すぐ実行します。名前と説明があるとコピー・サービス・ログを読みやすくなります。</translation>
    </message>
    <message>
        <source>Task Name:</source>
        <translation>タスク名:</translation>
    </message>
    <message>
        <source>Task Description:</source>
        <translation>タスクの説明:</translation>
    </message>
    <message>
        <source>%1 runs:
%2</source>
        <translation>%1 の実行内容:
%2</translation>
    </message>
    <message>
        <source>Path origin %1 over %2 to %3</source>
        <translation>パス起点 %1 から %2 経由で %3 へ</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>ソース %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>ターゲット %1</translation>
    </message>
    <message>
        <source>Source %1, target %2</source>
        <translation>ソース %1、ターゲット %2</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>選択: %1</translation>
    </message>
    <message>
        <source>Several pairs are saved as one task each, named %1_1, %1_2, ...: use a shorter name.</source>
        <translation>複数のペアは %1_1、%1_2、... という名前の個別のタスクとして保存されます。短い名前を使用してください。</translation>
    </message>
    <message>
        <source>Establish the FlashCopy even if the target volume is mounted on a host.</source>
        <translation>ターゲット・ボリュームがホストにマウントされていても FlashCopy を確立します。</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::TasksPanel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>最終状況</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>最終実行</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Shift-click or Ctrl-click to select several tasks.</source>
        <translation>Shift キーまたは Ctrl キーを押しながらクリックすると複数のタスクを選択できます。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティー</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ化</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>グループ解除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Group: its tasks run together</source>
        <translation>グループ: タスクを一緒に実行</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>successful</source>
        <comment>task status</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>task status</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>running</source>
        <comment>task status</comment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>not run yet</source>
        <comment>task status</comment>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Select two or more tasks that are not in a group (groups do not nest).</source>
        <translation>グループに属していないタスクを 2 つ以上選択してください (グループは入れ子にできません)。</translation>
    </message>
    <message>
        <source>Ungroup the task before changing its properties.</source>
        <translation>プロパティーを変更する前にタスクのグループを解除してください。</translation>
    </message>
    <message>
        <source>Task properties — %1</source>
        <translation>タスクのプロパティー — %1</translation>
    </message>
    <message>
        <source>Task Name:</source>
        <translation>タスク名:</translation>
    </message>
    <message>
        <source>Task Description:</source>
        <translation>タスクの説明:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>アクション:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>The options are not a JSON object: %1</source>
        <translation>オプションが JSON オブジェクトではありません: %1</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>グループ名:</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>タスク: %1</translation>
    </message>
    <message>
        <source>Remove the tasks %1?</source>
        <translation>タスク %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>タスク %1: %2</translation>
    </message>
    <message>
        <source>A group; its tasks:</source>
        <translation>グループ。含まれるタスク:</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>アクション: %1</translation>
    </message>
    <message>
        <source>Last status: %1</source>
        <translation>最終状況: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>最終実行: %1</translation>
    </message>
    <message>
        <source>Information — %1</source>
        <translation>情報 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Run %n task(s)?</source>
        <translation>
            <numerusform>%n 個のタスクを実行しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>A FlashCopy or PPRC pair that a task establishes overwrites the target volumes: what they hold now is lost.</source>
        <translation>タスクが確立する FlashCopy ペアまたは PPRC ペアはターゲット・ボリュームを上書きします。現在の内容は失われます。</translation>
    </message>
</context>
<context>
    <name>Copyline::EssUi::VolumesPanel</name>
    <message>
        <source>FlashCopy pair</source>
        <translation>FlashCopy ペア</translation>
    </message>
    <message>
        <source>FlashCopy failed</source>
        <translation>FlashCopy 失敗</translation>
    </message>
    <message>
        <source>PPRC %1</source>
        <translation>PPRC %1</translation>
    </message>
    <message>
        <source>Source LSS</source>
        <translation>ソース LSS</translation>
    </message>
    <message>
        <source>Target LSS</source>
        <translation>ターゲット LSS</translation>
    </message>
    <message>
        <source>Source area</source>
        <translation>ソース領域</translation>
    </message>
    <message>
        <source>Target area</source>
        <translation>ターゲット領域</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Information Panel</source>
        <translation>情報パネル</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Enter multiple selection mode</source>
        <translation>複数選択モードを開始</translation>
    </message>
    <message>
        <source>(no LSS)</source>
        <translation>(LSS なし)</translation>
    </message>
    <message>
        <source>Volume %1, number %2, %3</source>
        <translation>ボリューム %1、番号 %2、%3</translation>
    </message>
    <message>
        <source>Copy role: %1</source>
        <translation>コピー・ロール: %1</translation>
    </message>
    <message>
        <source>FlashCopy %1 of %2</source>
        <translation>%2 の FlashCopy %1</translation>
    </message>
    <message>
        <source>PPRC %1, %2</source>
        <translation>PPRC %1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n ボリューム</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n volume(s)</source>
        <translation>
            <numerusform>%n ボリューム中 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Multiple selection mode: %n pair(s) selected. Left click a source, right click its target; right click the last target again to open the Task Wizard.</source>
        <translation>
            <numerusform>複数選択モード: %n ペアを選択済み。ソースを左クリック、そのターゲットを右クリックします。最後のターゲットをもう一度右クリックするとタスク・ウィザードが開きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Source %1 waits for its target.</source>
        <translation>ソース %1 はターゲットの選択を待っています。</translation>
    </message>
    <message>
        <source>Left click a volume to select the source, right click to select the target; right click the target again to open the Task Wizard.</source>
        <translation>ボリュームを左クリックしてソースを、右クリックしてターゲットを選択します。ターゲットをもう一度右クリックするとタスク・ウィザードが開きます。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ソース: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>ターゲット: %1</translation>
    </message>
    <message>
        <source>Right click the target again to open the Task Wizard.</source>
        <translation>ターゲットをもう一度右クリックするとタスク・ウィザードが開きます。</translation>
    </message>
    <message>
        <source>Right click the target volume.</source>
        <translation>ターゲット・ボリュームを右クリックしてください。</translation>
    </message>
    <message>
        <source>Exit multiple selection mode</source>
        <translation>複数選択モードを終了</translation>
    </message>
    <message>
        <source>Filtered: not showing %1</source>
        <translation>フィルター適用: %1 を非表示</translation>
    </message>
    <message>
        <source>Information Panel — Volume %1</source>
        <translation>情報パネル — ボリューム %1</translation>
    </message>
    <message>
        <source>Volume ID</source>
        <translation>ボリューム ID</translation>
    </message>
    <message>
        <source>Volume number</source>
        <translation>ボリューム番号</translation>
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
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>デバイス・タイプ</translation>
    </message>
    <message>
        <source>Open Systems</source>
        <translation>オープン・システム</translation>
    </message>
    <message>
        <source>PPRC role</source>
        <translation>PPRC ロール</translation>
    </message>
    <message>
        <source>PPRC status</source>
        <translation>PPRC 状況</translation>
    </message>
    <message>
        <source>PPRC partner</source>
        <translation>PPRC パートナー</translation>
    </message>
    <message>
        <source>Critical Volume mode</source>
        <translation>Critical Volume mode (クリティカル・ボリューム)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Out-of-sync tracks</source>
        <translation>非同期トラック</translation>
    </message>
    <message>
        <source>FlashCopy state</source>
        <translation>FlashCopy 状態</translation>
    </message>
    <message>
        <source>FlashCopy partner</source>
        <translation>FlashCopy パートナー</translation>
    </message>
    <message>
        <source>Background copy</source>
        <translation>バックグラウンド・コピー</translation>
    </message>
    <message>
        <source>no (NOCOPY)</source>
        <translation>いいえ (NOCOPY)</translation>
    </message>
    <message>
        <source>Tracks remaining</source>
        <translation>残りトラック数</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Select a volume with a click, then click Information Panel.</source>
        <translation>ボリュームをクリックして選択し、「情報パネル」をクリックしてください。</translation>
    </message>
    <message>
        <source>Find volume</source>
        <translation>ボリュームの検索</translation>
    </message>
    <message>
        <source>8-digit volume ID, e.g. 00112019</source>
        <translation>8 桁のボリューム ID (例: 00112019)</translation>
    </message>
    <message>
        <source>Volume ID:</source>
        <translation>ボリューム ID:</translation>
    </message>
    <message>
        <source>Volume %1 was not found in the Copy Services domain.</source>
        <translation>ボリューム %1 はコピー・サービス・ドメインに見つかりません。</translation>
    </message>
    <message>
        <source>Filter volumes</source>
        <translation>ボリュームのフィルター</translation>
    </message>
    <message>
        <source>The Copy Services domain has Open Systems LSSs only.</source>
        <translation>このコピー・サービス・ドメインにはオープン・システムの LSS しかありません。</translation>
    </message>
    <message>
        <source>Copy state</source>
        <translation>コピー状態</translation>
    </message>
    <message>
        <source>Simplex (not in a copy relationship)</source>
        <translation>シンプレックス (コピー関係なし)</translation>
    </message>
    <message>
        <source>Source (FlashCopy source, PPRC primary)</source>
        <translation>ソース (FlashCopy ソース、PPRC 1 次)</translation>
    </message>
    <message>
        <source>Target (FlashCopy target, PPRC secondary)</source>
        <translation>ターゲット (FlashCopy ターゲット、PPRC 2 次)</translation>
    </message>
    <message>
        <source>Host %1: %2, mounted</source>
        <translation>ホスト %1: %2、マウント済み</translation>
    </message>
    <message>
        <source>Host %1: %2</source>
        <translation>ホスト %1: %2</translation>
    </message>
    <message>
        <source>%1 on %2 (mounted)</source>
        <translation>%2 の %1 (マウント済み)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>ホスト・デバイス</translation>
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
        <translation>日付/時刻: %1
シーケンス番号: %2
イベント・タイプ: %3
説明: %4
イベント固有コード: なし
イベント・カテゴリー: %5
コンポーネント: %6
ストレージ・サブシステム: %7</translation>
    </message>
    <message>
        <source>This event needs attention.</source>
        <translation>このイベントには注意が必要です。</translation>
    </message>
    <message>
        <source>Date/Time</source>
        <translation>日付/時刻</translation>
    </message>
    <message>
        <source>Event Type</source>
        <translation>イベント・タイプ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Needs Attention: see the Recovery Guru procedure for this event.</source>
        <translation>要注意: このイベントの Recovery Guru の手順を参照してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::EventLogView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <source>Warning and critical events</source>
        <translation>警告および重大イベント</translation>
    </message>
    <message>
        <source>Critical events only</source>
        <translation>重大イベントのみ</translation>
    </message>
    <message>
        <source>Major Event Log</source>
        <translation>主要イベント・ログ</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>詳細を表示するイベントを選択してください。</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>イベントの詳細</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Saves the events shown (after the filters) as CSV or text.</source>
        <translation>表示されているイベント (フィルター適用後) を CSV またはテキストとして保存します。</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>イベントのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt)</source>
        <translation>CSV ファイル (*.csv);;テキスト・ファイル (*.txt)</translation>
    </message>
    <message>
        <source>The events could not be saved to %1: %2. Choose another folder or free space, and export again.</source>
        <translation>イベントを %1 に保存できませんでした: %2。別のフォルダーを選択するか空き容量を確保してから、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>Recovery &amp;Guru…</source>
        <translation>Recovery Guru(&amp;G)…</translation>
    </message>
    <message>
        <source>Select an event that made the storage subsystem Need Attention to see its recovery procedure.</source>
        <translation>ストレージ・サブシステムを「要注意」にしたイベントを選択すると、そのリカバリー手順が表示されます。</translation>
    </message>
    <message>
        <source>Opens the Recovery Guru with the recovery procedure of the problem this event reported.</source>
        <translation>このイベントが報告した問題のリカバリー手順を Recovery Guru で開きます。</translation>
    </message>
    <message>
        <source>The problem this event reported is no longer present; the Recovery Guru shows what still needs attention.</source>
        <translation>このイベントが報告した問題は既に解消されています。Recovery Guru には、まだ注意が必要なものが表示されます。</translation>
    </message>
    <message>
        <source>Type, component or text</source>
        <translation>タイプ、コンポーネント、またはテキスト</translation>
    </message>
    <message>
        <source>Shows the events whose type, component, description or details contain every word typed here, such as &quot;6600 failed&quot;. Ctrl+F comes here, Esc clears it.</source>
        <translation>タイプ、コンポーネント、説明、または詳細に、ここに入力したすべての語 (「6600 failed」など) を含むイベントを表示します。Ctrl+F でここに移動し、Esc でクリアします。</translation>
    </message>
</context>
<context>
    <name>Copyline::FindBar</name>
    <message>
        <source>F&amp;ind:</source>
        <translation>検索(&amp;I):</translation>
    </message>
    <message>
        <source>Name, state or type</source>
        <translation>名前、状態、またはタイプ</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Shows only what contains every word typed here, in its name, state or type, such as &quot;failed&quot; or &quot;flashcopy&quot;. Ctrl+F comes here, Esc clears it.</source>
        <translation>名前、状態、またはタイプに、ここに入力したすべての語 (「失敗」や「flashcopy」など) を含むものだけを表示します。Ctrl+F でここに移動し、Esc でクリアします。</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 件一致</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 件一致</translation>
    </message>
    <message>
        <source>Nothing here matches “%1”.
Clear the Find field (Esc) to see everything.</source>
        <translation>ここには「%1」に一致するものがありません。
すべてを表示するには、検索フィールドをクリアしてください (Esc)。</translation>
    </message>
</context>
<context>
    <name>Copyline::FlashCopyRules</name>
    <message>
        <source>No storage subsystem is selected.</source>
        <translation>ストレージ・サブシステムが選択されていません。</translation>
    </message>
    <message>
        <source>The FlashCopy premium feature is not enabled on this storage subsystem. Enable it with Storage Subsystem ▸ Premium Features ▸ Enable.</source>
        <translation>このストレージ・サブシステムでは FlashCopy プレミアム・フィーチャーが使用可能になっていません。「ストレージ・サブシステム ▸ プレミアム・フィーチャー ▸ 使用可能にする」で使用可能にしてください。</translation>
    </message>
    <message>
        <source>Select the standard logical drive that is to be the base of the FlashCopy.</source>
        <translation>FlashCopy の基本にする標準論理ドライブを選択してください。</translation>
    </message>
    <message>
        <source>%1 is a %2 logical drive; only a standard logical drive can be the base of a FlashCopy.</source>
        <translation>%1 は %2 論理ドライブです。FlashCopy の基本にできるのは標準論理ドライブだけです。</translation>
    </message>
    <message>
        <source>%1 is %2; only an optimal logical drive can be the base of a FlashCopy.</source>
        <translation>%1 は %2 です。FlashCopy の基本にできるのは最適な状態の論理ドライブだけです。</translation>
    </message>
    <message>
        <source>%1 already has %2 FlashCopy logical drives, the most a base logical drive can have. Delete or re-create one of them instead.</source>
        <translation>%1 には既に %2 個の FlashCopy 論理ドライブがあり、これは 1 つの基本論理ドライブの最大数です。代わりに、そのいずれかを削除するか再作成してください。</translation>
    </message>
    <message>
        <source>The storage subsystem already has %1 FlashCopy logical drives, the most a %2 supports.</source>
        <translation>ストレージ・サブシステムには既に %1 個の FlashCopy 論理ドライブがあり、これは %2 でサポートされる最大数です。</translation>
    </message>
    <message>
        <source>The storage subsystem already has the most logical drives a %1 supports (%2).</source>
        <translation>ストレージ・サブシステムの論理ドライブ数は既に %1 でサポートされる最大数 (%2) に達しています。</translation>
    </message>
    <message>
        <source>No array has the %1 a repository needs at least, and there is no unconfigured capacity.</source>
        <translation>リポジトリーに最低限必要な %1 のあるアレイがなく、未構成容量もありません。</translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::AddPairDialog</name>
    <message>
        <source>Add Pair</source>
        <translation>ペアの追加</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
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
        <translation>状況</translation>
    </message>
    <message>
        <source>Emulation</source>
        <translation>エミュレーション</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>ペア</translation>
    </message>
    <message>
        <source>S-VOL (source)</source>
        <translation>S-VOL (ソース)</translation>
    </message>
    <message>
        <source>Highlight the S-VOL, then choose its T-VOL</source>
        <translation>S-VOL を強調表示してから、その T-VOL を選択します</translation>
    </message>
    <message>
        <source>T-VOL (target)</source>
        <translation>T-VOL (ターゲット)</translation>
    </message>
    <message>
        <source>Au&amp;to</source>
        <translation>自動(&amp;T)</translation>
    </message>
    <message>
        <source>The SVP takes the reserved volume with the lowest LDEV ID that is in no pair and at least as large as the S-VOL</source>
        <translation>SVP は、どのペアにも属さず S-VOL 以上のサイズを持つ予約済みボリュームのうち、LDEV ID が最小のものを使用します</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translation>選択(&amp;L)</translation>
    </message>
    <message>
        <source>Choose the T-VOL from the list; filter it by port and reserve attribute</source>
        <translation>リストから T-VOL を選択します。リストはポートと予約属性でフィルターできます</translation>
    </message>
    <message>
        <source>All ports</source>
        <translation>すべてのポート</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>ポート(&amp;R):</translation>
    </message>
    <message>
        <source>Reserve attri&amp;bute</source>
        <translation>予約属性(&amp;B)</translation>
    </message>
    <message>
        <source>Only the volumes with the reserve attribute (a T-VOL must have it)</source>
        <translation>予約属性を持つボリュームのみ (T-VOL には予約属性が必要です)</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>ペース(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Initial copy</source>
        <translation>初期コピー(&amp;I)</translation>
    </message>
    <message>
        <source>Copy each S-VOL to its T-VOL as soon as the pair is added (pending, then split). Unchecked, the pair stays duplex until Split Pair.</source>
        <translation>ペアが追加されるとすぐに各 S-VOL をその T-VOL にコピーします (pending、その後 split)。オフの場合、ペアは「ペアの Split」まで duplex のままです。</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>変更(&amp;C)</translation>
    </message>
    <message>
        <source>Replace the T-VOL of the highlighted pair in the list with the T-VOL chosen above</source>
        <translation>リストで強調表示したペアの T-VOL を、上で選択した T-VOL に置き換えます</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>Add a pair of the highlighted S-VOL and the T-VOL chosen above (another T-VOL for the same S-VOL)</source>
        <translation>強調表示した S-VOL と上で選択した T-VOL のペアを追加します (同じ S-VOL に対する別の T-VOL)</translation>
    </message>
    <message>
        <source>&amp;Omit</source>
        <translation>除外(&amp;O)</translation>
    </message>
    <message>
        <source>Drop the highlighted pairs from the list</source>
        <translation>強調表示したペアをリストから除外します</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last Change, Set or Omit</source>
        <translation>直前の変更、設定、または除外を元に戻します</translation>
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
        <translation>ペース</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Pairs to add</source>
        <translation>追加するペア</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Create every pair of the list</source>
        <translation>リストのすべてのペアを作成します</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <source>%1 is already in a pair.</source>
        <translation>%1 は既にペアに含まれています。</translation>
    </message>
    <message>
        <source>%1 is smaller than the S-VOL %2.</source>
        <translation>%1 は S-VOL %2 より小さいです。</translation>
    </message>
    <message>
        <source>%1 is already the T-VOL of %2 in the list.</source>
        <translation>%1 は既にリスト内で %2 の T-VOL になっています。</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Auto (no reserved volume left)</source>
        <translation>自動 (予約済みボリュームが残っていません)</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>自動 (%1)</translation>
    </message>
    <message>
        <source>Highlight an S-VOL, choose its T-VOL (Auto or Select), then Set.</source>
        <translation>S-VOL を強調表示し、その T-VOL を選択 (「自動」または「選択」) してから、「設定」をクリックします。</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) refused; correct them (Change, Omit) and Add again:</source>
        <translation>
            <numerusform>%n 個のペアが拒否されました。修正 (「変更」、「除外」) してから、もう一度「追加」をクリックしてください:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Every pair of the list was added.</source>
        <translation>リストのすべてのペアが追加されました。</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) to add.</source>
        <translation>
            <numerusform>追加するペア: %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>No S-VOL highlighted.</source>
        <translation>S-VOL が強調表示されていません。</translation>
    </message>
    <message numerus="yes">
        <source>S-VOL %1 (port %2, TID:LUN %3, CU:LDEV %4): %5, %6, %n existing pair(s).</source>
        <translation>
            <numerusform>S-VOL %1 (ポート %2、TID:LUN %3、CU:LDEV %4): %5、%6、既存のペア %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>追加中…</translation>
    </message>
    <message>
        <source>Added: pair %1, T-VOL %2</source>
        <translation>追加済み: ペア %1、T-VOL %2</translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::AttributeDialog</name>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Set or reset the reserve attribute. Only a reserved volume can become a T-VOL, and a reserved volume refuses host writes unless its pair is split.</source>
        <translation>予約属性を設定または解除します。T-VOL にできるのは予約済みボリュームだけです。予約済みボリュームは、ペアが split でない限りホストからの書き込みを拒否します。</translation>
    </message>
    <message>
        <source>CU:LDEV</source>
        <translation>CU:LDEV</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Number of pairs</source>
        <translation>ペア数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Set Reserve</source>
        <translation>予約の設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset Reserve</source>
        <translation>予約の解除(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <source>None</source>
        <comment>reserve attribute</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Reserve set</source>
        <translation>予約を設定しました</translation>
    </message>
    <message>
        <source>Reserve reset</source>
        <translation>予約を解除しました</translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::HdsMainScreen</name>
    <message>
        <source>Display mode</source>
        <translation>表示モード</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>List the volumes (LUs) of the port (Fig. 11A)</source>
        <translation>ポートのボリューム (LU) を一覧表示します (図 11A)</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>ペア</translation>
    </message>
    <message>
        <source>List the pairs, with their copy progress (Fig. 11B)</source>
        <translation>ペアをコピーの進行状況とともに一覧表示します (図 11B)</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>ポート(&amp;O)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>The port whose volumes are listed: one port (cluster and channel) or all ports</source>
        <translation>ボリュームを一覧表示するポート: 1 つのポート (クラスターとチャネル) またはすべてのポート</translation>
    </message>
    <message>
        <source>All ports</source>
        <translation>すべてのポート</translation>
    </message>
    <message>
        <source>Reserve attribute</source>
        <translation>予約属性</translation>
    </message>
    <message>
        <source>Checked: only the volumes with the reserve attribute (the T-VOL candidates). Unchecked: reserved and unreserved volumes.</source>
        <translation>オン: 予約属性を持つボリューム (T-VOL 候補) のみ。オフ: 予約済みと未予約のボリューム。</translation>
    </message>
    <message>
        <source>Show the volumes that belong to a pair</source>
        <translation>ペアに属するボリュームを表示します</translation>
    </message>
    <message>
        <source>No pair</source>
        <translation>ペアなし</translation>
    </message>
    <message>
        <source>Show the volumes that belong to no pair</source>
        <translation>どのペアにも属さないボリュームを表示します</translation>
    </message>
    <message>
        <source>Pair status</source>
        <translation>ペア状況</translation>
    </message>
    <message>
        <source>Show the pairs (Pair mode) or the volumes (Volume mode) in these pair statuses; simplex is a volume in no pair</source>
        <translation>これらのペア状況にあるペア (ペア・モード) またはボリューム (ボリューム・モード) を表示します。simplex はどのペアにも属さないボリュームです</translation>
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
        <translation>ペア数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Emulation</source>
        <translation>エミュレーション</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Port: cluster and channel</source>
        <translation>ポート: クラスターとチャネル</translation>
    </message>
    <message>
        <source>Target ID and logical unit number</source>
        <translation>ターゲット ID と論理装置番号 (LUN)</translation>
    </message>
    <message>
        <source>Volume number: control unit and logical device</source>
        <translation>ボリューム番号: 制御装置 (CU) と論理デバイス (LDEV)</translation>
    </message>
    <message>
        <source>The reserve attribute: only a reserved volume can become a T-VOL</source>
        <translation>予約属性: T-VOL にできるのは予約済みボリュームだけです</translation>
    </message>
    <message>
        <source>S-VOL Port</source>
        <translation>S-VOL ポート</translation>
    </message>
    <message>
        <source>T-VOL Port</source>
        <translation>T-VOL ポート</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>ペース</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>Copy pointer / max address, in tracks</source>
        <translation>コピー・ポインター / 最大アドレス (トラック単位)</translation>
    </message>
    <message>
        <source>Tracks copied by this copy, and (after the +) tracks copied before a host write</source>
        <translation>このコピーでコピーされたトラック数と、(+ の後に) ホストの書き込み前にコピーされたトラック数</translation>
    </message>
    <message>
        <source>Define status</source>
        <translation>定義状況</translation>
    </message>
    <message>
        <source>What the list shows with the filters above</source>
        <translation>上のフィルターでリストに表示される内容</translation>
    </message>
    <message>
        <source>&amp;Pair Status</source>
        <translation>ペア状況(&amp;P)</translation>
    </message>
    <message>
        <source>Stat&amp;&amp;His&amp;tory</source>
        <translation>状況&amp;&amp;履歴(&amp;T)</translation>
    </message>
    <message>
        <source>Add Pai&amp;r</source>
        <translation>ペアの追加(&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;elete Pair</source>
        <translation>ペアの削除(&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;uspend Pair</source>
        <translation>ペアの中断(&amp;U)</translation>
    </message>
    <message>
        <source>Spl&amp;it Pair</source>
        <translation>ペアの Split(&amp;I)</translation>
    </message>
    <message>
        <source>Re-s&amp;ync Pair</source>
        <translation>ペアの再同期(&amp;Y)</translation>
    </message>
    <message>
        <source>Attri&amp;bute</source>
        <translation>属性(&amp;B)</translation>
    </message>
    <message>
        <source>T-VOL Path</source>
        <translation>T-VOL パス</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>最新の情報に更新(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <source>Show the pair status of the selected volumes or pairs</source>
        <translation>選択したボリュームまたはペアのペア状況を表示します</translation>
    </message>
    <message>
        <source>Pair status and history of the selected volumes or pairs</source>
        <translation>選択したボリュームまたはペアのペア状況と履歴</translation>
    </message>
    <message>
        <source>Add pairs: the selected volumes become S-VOLs</source>
        <translation>ペアを追加します: 選択したボリュームが S-VOL になります</translation>
    </message>
    <message>
        <source>Delete the selected pairs (back to simplex)</source>
        <translation>選択したペアを削除します (simplex に戻ります)</translation>
    </message>
    <message>
        <source>Suspend (or resume) the copy of the selected pairs</source>
        <translation>選択したペアのコピーを中断 (または再開) します</translation>
    </message>
    <message>
        <source>Copy the S-VOL to the T-VOL of the selected pairs (the copy command): SP-Pending, then split</source>
        <translation>選択したペアの S-VOL を T-VOL にコピーします (コピー・コマンド): SP-Pending、その後 split</translation>
    </message>
    <message>
        <source>Re-synchronize the selected split pairs</source>
        <translation>選択した split 状態のペアを再同期します</translation>
    </message>
    <message>
        <source>Set or reset the reserve attribute of the selected volumes</source>
        <translation>選択したボリュームの予約属性を設定または解除します</translation>
    </message>
    <message>
        <source>The T-VOLs&apos; SCSI paths are not modelled by this simulator</source>
        <translation>T-VOL の SCSI パスはこのシミュレーターではモデル化されていません</translation>
    </message>
    <message>
        <source>Ask the controller for its volumes and pairs again</source>
        <translation>コントローラーにボリュームとペアを再度問い合わせます</translation>
    </message>
    <message>
        <source>Back to the storage subsystems of another family</source>
        <translation>他のファミリのストレージサブシステムに戻ります</translation>
    </message>
    <message numerus="yes">
        <source>S-VOL (source) of %n pair(s)</source>
        <translation>
            <numerusform>%n 個のペアの S-VOL (ソース)</numerusform>
        </translation>
    </message>
    <message>
        <source>T-VOL (target) of a pair</source>
        <translation>ペアの T-VOL (ターゲット)</translation>
    </message>
    <message>
        <source>In no pair</source>
        <translation>ペアなし</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n 個のボリューム</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy pointer %1 of %2 tracks; %3 tracks still unequal</source>
        <translation>コピー・ポインター %1 / %2 トラック。まだ一致していないトラック: %3</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n 個のペア</numerusform>
        </translation>
    </message>
    <message>
        <source>Open volumes: %1    Reserved: %2 / %3    Pairs: %4 / %5</source>
        <translation>オープン・ボリューム: %1    予約済み: %2 / %3    ペア: %4 / %5</translation>
    </message>
    <message>
        <source>Open-system volumes of the controller; reserved volumes and pairs, each with its maximum</source>
        <translation>コントローラーのオープン・システム・ボリューム、および予約済みボリュームとペア (それぞれの最大数付き)</translation>
    </message>
    <message>
        <source>Select volumes that belong to pairs, or pairs in Pair mode.</source>
        <translation>ペアに属するボリュームを選択するか、ペア・モードでペアを選択してください。</translation>
    </message>
    <message>
        <source>Select one or more pairs.</source>
        <translation>1 つ以上のペアを選択してください。</translation>
    </message>
    <message>
        <source>Select volumes in Volume mode.</source>
        <translation>ボリューム・モードでボリュームを選択してください。</translation>
    </message>
    <message>
        <source>Find (Ctrl+F): CU:LDEV, port or status</source>
        <translation>検索 (Ctrl+F): CU:LDEV、ポート、または状況</translation>
    </message>
    <message>
        <source>Verify Pair</source>
        <translation>ペアの検証</translation>
    </message>
    <message>
        <source>Compare the T-VOLs of the selected split pairs with their S-VOLs while hosts go on (Copyline&apos;s extension)</source>
        <translation>ホストの処理を続けたまま、選択した split 状態のペアの T-VOL を S-VOL と比較します (Copyline の拡張機能)</translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::HdsPerspective</name>
    <message>
        <source>SVP — In-controller copy — controller %1</source>
        <translation>SVP — コントローラー内コピー — コントローラー %1</translation>
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
        <translation>Slow (1 トラック)</translation>
    </message>
    <message>
        <source>Medium (3 tracks)</source>
        <translation>Medium (3 トラック)</translation>
    </message>
    <message>
        <source>Fast (15 tracks)</source>
        <translation>Fast (15 トラック)</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n トラック</numerusform>
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
        <translation>正常</translation>
    </message>
    <message>
        <source>Copying</source>
        <comment>volume status</comment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>S-VOL: the source (primary) volume of the pair, the one that is copied. In this SVP the source is the &quot;S-VOL&quot; (the engine&apos;s commands call it pvol).</source>
        <translation>S-VOL: ペアのソース (1 次) ボリューム。コピーされる側です。この SVP ではソースを「S-VOL」と呼びます (エンジンのコマンドでは pvol と呼びます)。</translation>
    </message>
    <message>
        <source>T-VOL: the target (secondary) volume of the pair, the one that receives the copy; it must have the reserve attribute (the engine&apos;s commands call it svol).</source>
        <translation>T-VOL: ペアのターゲット (2 次) ボリューム。コピーを受け取る側で、予約属性が必要です (エンジンのコマンドでは svol と呼びます)。</translation>
    </message>
    <message>
        <source>Copy pace: the tracks copied at a time (slow 1, medium 3, fast 15)</source>
        <translation>コピー・ペース: 一度にコピーするトラック数 (slow 1、medium 3、fast 15)</translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::PairOperationDialog</name>
    <message>
        <source>Split Pair</source>
        <translation>ペアの Split</translation>
    </message>
    <message>
        <source>Copies each S-VOL to its T-VOL as of now (the copy command): the pair goes SP-Pending while the tracks are copied, then split, and the T-VOL can be read and written.</source>
        <translation>各 S-VOL を現時点の内容で T-VOL にコピーします (コピー・コマンド)。トラックのコピー中、ペアは SP-Pending になり、その後 split になって、T-VOL の読み取りと書き込みが可能になります。</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>Split(&amp;S)</translation>
    </message>
    <message>
        <source>Re-sync Pair</source>
        <translation>ペアの再同期</translation>
    </message>
    <message>
        <source>Re-synchronizes each split pair: the T-VOL leaves host access and the tracks that differ are copied again (re-sync, then duplex).</source>
        <translation>split 状態の各ペアを再同期します。T-VOL はホストからアクセスできなくなり、異なるトラックが再度コピーされます (re-sync、その後 duplex)。</translation>
    </message>
    <message>
        <source>&amp;Re-sync</source>
        <translation>再同期(&amp;R)</translation>
    </message>
    <message>
        <source>Delete Pair</source>
        <translation>ペアの削除</translation>
    </message>
    <message>
        <source>Deletes each pair: a running copy stops at once, both volumes become simplex and the T-VOL keeps what it holds.</source>
        <translation>各ペアを削除します。実行中のコピーは即時に停止し、両方のボリュームが simplex になり、T-VOL は現在の内容を保持します。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Suspend Pair</source>
        <translation>ペアの中断</translation>
    </message>
    <message>
        <source>Suspend stops the copy of each pair and keeps its track maps; Resume goes on from where it stopped.</source>
        <translation>「中断」は各ペアのコピーを停止し、トラック・マップを保持します。「再開」は停止した位置から続行します。</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>中断(&amp;S)</translation>
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
        <translation>ペア状況</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>ペース</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>ペース(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Omit</source>
        <translation>除外(&amp;O)</translation>
    </message>
    <message>
        <source>Drop the highlighted pairs from the list</source>
        <translation>強調表示したペアをリストから除外します</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No pair in the list: select pairs on the main screen first.</source>
        <translation>リストにペアがありません。先にメイン画面でペアを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) refused:</source>
        <translation>
            <numerusform>%n 個のペアが拒否されました:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) in the list.</source>
        <translation>
            <numerusform>リスト内のペア: %n 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n pair(s)? A running copy stops at once and the T-VOLs keep what they hold now.</source>
        <translation>
            <numerusform>%n 個のペアを削除しますか? 実行中のコピーは即時に停止し、T-VOL は現在の内容を保持します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Copy started</source>
        <translation>コピーを開始しました</translation>
    </message>
    <message>
        <source>Re-sync started</source>
        <translation>再同期を開始しました</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除しました</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>再開しました</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>中断しました</translation>
    </message>
    <message>
        <source>Verify Pair</source>
        <translation>ペアの検証</translation>
    </message>
    <message>
        <source>Compares the T-VOL of each split pair with its S-VOL, track by track, while hosts go on using both. Tracks written on either volume since the Split are left out, so a difference found is damage. Verify and Repair copies the S-VOL&apos;s track, which still holds the Split&apos;s image there, into the T-VOL again. (Copyline&apos;s extension: the SVP has no such screen.)</source>
        <translation>ホストが両方のボリュームを使い続けている間に、split 状態の各ペアの T-VOL を S-VOL とトラックごとに比較します。Split 以降にどちらかのボリュームに書き込まれたトラックは比較しないため、見つかった相違は損傷です。「検証して修復」は、その位置でまだ Split 時点のイメージを保持している S-VOL のトラックを T-VOL に再度コピーします。(Copyline の拡張機能: SVP にはこの画面はありません。)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Verify and &amp;Repair</source>
        <translation>検証して修復(&amp;R)</translation>
    </message>
    <message>
        <source>Verify, and copy each differing track from the S-VOL into the T-VOL again</source>
        <translation>検証し、異なるトラックをそれぞれ S-VOL から T-VOL に再度コピーします</translation>
    </message>
    <message>
        <source>%1 tracks compared, %2 differ; %3 written since the Split not compared</source>
        <translation>%1 トラックを比較、%2 トラックが相違。Split 以降に書き込まれた %3 トラックは比較していません</translation>
    </message>
    <message numerus="yes">
        <source>; %n track(s) repaired</source>
        <translation>
            <numerusform>。%n トラックを修復しました</numerusform>
        </translation>
    </message>
    <message>
        <source>; the T-VOL does not hold the Split&apos;s image at track %1: Verify and Repair</source>
        <translation>。T-VOL はトラック %1 で Split 時点のイメージを保持していません: 「検証して修復」を実行してください</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) need attention:</source>
        <translation>
            <numerusform>%n 個のペアに対処が必要です:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::HdsUi::StatusHistoryDialog</name>
    <message>
        <source>Status &amp; History</source>
        <translation>状況 &amp; 履歴</translation>
    </message>
    <message>
        <source>Status &amp; History — port %1</source>
        <translation>状況 &amp; 履歴 — ポート %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
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
        <translation>ペア状況</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>ペース</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>When the status was acquired (opened or refreshed)</source>
        <translation>状況を取得した日時 (表示時または更新時)</translation>
    </message>
    <message>
        <source>Refresh &amp;Status</source>
        <translation>状況の更新(&amp;S)</translation>
    </message>
    <message>
        <source>T-VOL Path</source>
        <translation>T-VOL パス</translation>
    </message>
    <message>
        <source>The T-VOLs&apos; SCSI paths are not modelled by this simulator</source>
        <translation>T-VOL の SCSI パスはこのシミュレーターではモデル化されていません</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Sort by:</source>
        <translation>ソート順:</translation>
    </message>
    <message>
        <source>&amp;Date Time</source>
        <translation>日付/時刻(&amp;D)</translation>
    </message>
    <message>
        <source>S-&amp;VOL</source>
        <translation>S-VOL(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;T-VOL</source>
        <translation>T-VOL(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>コード(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <source>Date Time</source>
        <translation>日付/時刻</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Refresh &amp;History</source>
        <translation>履歴の更新(&amp;H)</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>すべて更新(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Current S-VOLs: %1</source>
        <translation>現在の S-VOL: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Current T-VOLs: %1</source>
        <translation>現在の T-VOL: %1</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>履歴を使用できません</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::HelpWindow</name>
    <message>
        <source>Copyline Help</source>
        <translation>Copyline ヘルプ</translation>
    </message>
    <message>
        <source>Logical/Physical View</source>
        <translation>論理/物理ビュー</translation>
    </message>
    <message>
        <source>Mappings View</source>
        <translation>マッピング・ビュー</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>イベント・ログ</translation>
    </message>
    <message>
        <source>Performance View</source>
        <translation>パフォーマンス・ビュー</translation>
    </message>
    <message>
        <source>Create FlashCopy Logical Drive Wizard</source>
        <translation>FlashCopy 論理ドライブ作成ウィザード</translation>
    </message>
    <message>
        <source>Create Copy Wizard (VolumeCopy)</source>
        <translation>コピー作成ウィザード (VolumeCopy)</translation>
    </message>
    <message>
        <source>Copy Manager</source>
        <translation>コピー・マネージャー</translation>
    </message>
    <message>
        <source>Create Remote Mirror Wizard</source>
        <translation>リモート・ミラー作成ウィザード</translation>
    </message>
    <message>
        <source>Remote Mirrors</source>
        <translation>リモート・ミラー</translation>
    </message>
    <message>
        <source>Host Workloads</source>
        <translation>ホスト・ワークロード</translation>
    </message>
    <message>
        <source>The Equivalent Command and copylinectl</source>
        <translation>同等のコマンドと copylinectl</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボード・ショートカット</translation>
    </message>
    <message>
        <source>ESS Copy Services</source>
        <translation>ESS コピー・サービス</translation>
    </message>
    <message>
        <source>NEC Data Replication</source>
        <translation>NEC Data Replication</translation>
    </message>
    <message>
        <source>In-Controller Copy (SVP)</source>
        <translation>コントローラー内コピー (SVP)</translation>
    </message>
    <message>
        <source>Copy Services Manager Sessions</source>
        <translation>Copy Services Manager セッション</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目次(&amp;C)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>検索(&amp;I):</translation>
    </message>
    <message>
        <source>Text on this page</source>
        <translation>このページのテキスト</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>前へ(&amp;P)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>%1 - Copyline Help</source>
        <translation>%1 - Copyline ヘルプ</translation>
    </message>
</context>
<context>
    <name>Copyline::HostIoServerDialog</name>
    <message>
        <source>Host I/O Server</source>
        <translation>ホスト入出力サーバー</translation>
    </message>
    <message>
        <source>Copyline serves every LUN mapping to real NBD clients (nbdinfo, qemu-img, qemu-io, nbdcopy, fio) as an export named host/lunN: a host&apos;s view of its logical drives. Their requests follow the copy-services rules like any host&apos;s.</source>
        <translation>Copyline は、すべての LUN マッピングを host/lunN という名前のエクスポートとして実際の NBD クライアント (nbdinfo、qemu-img、qemu-io、nbdcopy、fio) に提供します。これはホストから見た論理ドライブです。クライアントの要求には、他のホストと同様にコピー・サービスの規則が適用されます。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Serve mapped logical drives over &amp;NBD</source>
        <translation>マップされた論理ドライブを NBD で提供する(&amp;N)</translation>
    </message>
    <message>
        <source>IPv4 address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface</source>
        <translation>listen する IPv4 アドレス: このマシンのみの場合は 127.0.0.1、すべてのインターフェースの場合は 0.0.0.0</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>空いている任意のポート</translation>
    </message>
    <message>
        <source>TCP port; 10809 is the NBD standard port</source>
        <translation>TCP ポート。10809 は NBD の標準ポートです</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>適用(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Export Name</source>
        <translation>エクスポート名</translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>論理ドライブ</translation>
    </message>
    <message>
        <source>Storage Subsystem</source>
        <translation>ストレージ・サブシステム</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>NBD exports</source>
        <translation>NBD エクスポート</translation>
    </message>
    <message>
        <source>&amp;Copy URI</source>
        <translation>URI のコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy nbd&amp;info Command</source>
        <translation>nbdinfo コマンドのコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Asking the engine…</source>
        <translation>エンジンに問い合わせています…</translation>
    </message>
    <message>
        <source>The engine did not answer: %1</source>
        <translation>エンジンが応答しませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1:%2  ·  %n client(s) connected</source>
        <translation>
            <numerusform>%1:%2 で listen 中  ·  %n 個のクライアントが接続中</numerusform>
        </translation>
    </message>
    <message>
        <source>Not running: the NBD server is turned off</source>
        <translation>実行されていません: NBD サーバーはオフです</translation>
    </message>
    <message>
        <source>Not running: port %1 on %2 is not available</source>
        <translation>実行されていません: %2 のポート %1 は使用できません</translation>
    </message>
    <message>
        <source>Exports (%1)</source>
        <translation>エクスポート (%1)</translation>
    </message>
    <message>
        <source>Restart the NBD server with these settings; connected clients are cut off</source>
        <translation>これらの設定で NBD サーバーを再始動します。接続中のクライアントは切断されます</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>変更はありません</translation>
    </message>
    <message>
        <source>Select an export (the server needs a port)</source>
        <translation>エクスポートを選択してください (サーバーにはポートが必要です)</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Copy &quot;nbdinfo %1&quot; to the clipboard</source>
        <translation>「nbdinfo %1」をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>No export has a URI yet: map a logical drive to a host and start the server.</source>
        <translation>URI を持つエクスポートはまだありません: 論理ドライブをホストにマップして、サーバーを開始してください。</translation>
    </message>
    <message>
        <source>A client reads an export with, for example:  &lt;code&gt;nbdinfo %1&lt;/code&gt;</source>
        <translation>クライアントは、例えば次のようにしてエクスポートを読み取ります:  &lt;code&gt;nbdinfo %1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Owner-Only URI</source>
        <translation>所有者専用 URI</translation>
    </message>
    <message>
        <source>Through a unix socket that only your own processes can open; the TCP URI is open to every local user</source>
        <translation>自分のプロセスだけが開ける UNIX ソケット経由です。TCP の URI はすべてのローカル ユーザーに開かれています</translation>
    </message>
    <message>
        <source>Copy &amp;Owner-Only URI</source>
        <translation>所有者専用 URI のコピー(&amp;O)</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: anyone who can reach this machine on that network can read and write every mapped LUN, without authentication. Use 127.0.0.1 or the owner-only URIs unless the network is trusted.</source>
        <translation>%1 はループバック アドレスではありません。そのネットワークでこのマシンに到達できる人は誰でも、認証なしでマップされたすべての LUN を読み書きできます。ネットワークが信頼できない場合は、127.0.0.1 または所有者専用 URI を使用してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::HostWorkloadModel</name>
    <message>
        <source>Stopped</source>
        <comment>host workload state</comment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>host workload state</comment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>host workload state</comment>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>順次</translation>
    </message>
    <message>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>unpaced</source>
        <comment>workload rate</comment>
        <translation>ペース制御なし</translation>
    </message>
    <message>
        <source>%1% reads, %2 %3 requests, %4</source>
        <comment>read percent, block size, pattern, rate</comment>
        <translation>読み取り %1%、%2 の %3 要求、%4</translation>
    </message>
    <message>
        <source>None mapped</source>
        <translation>マップなし</translation>
    </message>
    <message>
        <source>No logical drive is mapped to %1 or its host group.</source>
        <translation>%1 またはそのホスト・グループにマップされた論理ドライブはありません。</translation>
    </message>
    <message>
        <source>%1 reads and writes: %2</source>
        <translation>%1 の読み取りと書き込み: %2</translation>
    </message>
    <message>
        <source>Requests the copy-services rules refused (read-only, no access, secondary)</source>
        <translation>コピー・サービスの規則によって拒否された要求 (読み取り専用、アクセスなし、2 次)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>State</source>
        <comment>host workload state column</comment>
        <translation>状態</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>ワークロード</translation>
    </message>
    <message>
        <source>Logical Drives</source>
        <translation>論理ドライブ</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Last Refusal</source>
        <translation>最後の拒否</translation>
    </message>
</context>
<context>
    <name>Copyline::HostWorkloadsWindow</name>
    <message>
        <source>Host Workloads</source>
        <translation>ホスト・ワークロード</translation>
    </message>
    <message>
        <source>A simulated host reads and writes the logical drives mapped to it, or to its host group, at the pace you choose. Its requests follow the same rules as an NBD client&apos;s: a VolumeCopy source or read-only target, a copy in progress or a mirror secondary refuses them, and the refusals are counted here.</source>
        <translation>シミュレートされたホストは、そのホストまたはホスト・グループにマップされた論理ドライブを、選択したペースで読み書きします。その要求には NBD クライアントと同じ規則が適用されます: VolumeCopy のソースや読み取り専用のターゲット、進行中のコピー、ミラーの 2 次論理ドライブは要求を拒否し、拒否された数がここに表示されます。</translation>
    </message>
    <message>
        <source>Hosts and their workloads</source>
        <translation>ホストとそのワークロード</translation>
    </message>
    <message>
        <source>Workload Settings</source>
        <translation>ワークロードの設定</translation>
    </message>
    <message>
        <source> %</source>
        <comment>percent suffix</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the requests that are reads; the rest are writes</source>
        <translation>要求のうち読み取りの割合。残りは書き込みです</translation>
    </message>
    <message>
        <source>&amp;Reads:</source>
        <translation>読み取り(&amp;R):</translation>
    </message>
    <message>
        <source>Bytes per request</source>
        <translation>要求あたりのバイト数</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>ブロック・サイズ(&amp;B):</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>Unpaced</source>
        <translation>ペース制御なし</translation>
    </message>
    <message>
        <source>Pace of the host&apos;s requests; Unpaced goes as fast as the logical drives allow</source>
        <translation>ホストの要求のペース。「ペース制御なし」では論理ドライブが許す限り高速に実行されます</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>速度(&amp;A):</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>順次</translation>
    </message>
    <message>
        <source>Random offsets, or each logical drive read and written from start to end</source>
        <translation>ランダムなオフセット、または各論理ドライブを先頭から末尾まで順に読み書き</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>パターン(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>一時停止(&amp;U)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Simulated host workloads on %1</source>
        <translation>%1 のシミュレートされたホスト・ワークロード</translation>
    </message>
    <message>
        <source>Host Workloads — %1</source>
        <translation>ホスト・ワークロード — %1</translation>
    </message>
    <message>
        <source>Select one or more hosts.</source>
        <translation>1 つ以上のホストを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Apply Settings</source>
        <translation>設定の適用(&amp;A)</translation>
    </message>
    <message>
        <source>Run the selected hosts&apos; workloads with these settings (stopped ones start, paused ones resume)</source>
        <translation>選択したホストのワークロードをこれらの設定で実行します (停止中のものは開始し、一時停止中のものは再開します)</translation>
    </message>
    <message>
        <source>Start the selected hosts&apos; workloads with these settings</source>
        <translation>選択したホストのワークロードをこれらの設定で開始します</translation>
    </message>
    <message>
        <source>Pause the running workloads; their counters are kept</source>
        <translation>実行中のワークロードを一時停止します。カウンターは保持されます</translation>
    </message>
    <message>
        <source>No selected host&apos;s workload is running.</source>
        <translation>選択したホストで実行中のワークロードはありません。</translation>
    </message>
    <message>
        <source>Resume the paused workloads</source>
        <translation>一時停止中のワークロードを再開します</translation>
    </message>
    <message>
        <source>No selected workload is paused.</source>
        <translation>一時停止中の選択されたワークロードはありません。</translation>
    </message>
    <message>
        <source>Stop the workloads; their counters start from zero next time</source>
        <translation>ワークロードを停止します。次回はカウンターが 0 から始まります</translation>
    </message>
    <message>
        <source>No selected host has a workload.</source>
        <translation>ワークロードを持つ選択されたホストはありません。</translation>
    </message>
    <message>
        <source>Select a host to see which logical drives it reads and writes.</source>
        <translation>ホストを選択すると、そのホストが読み書きする論理ドライブが表示されます。</translation>
    </message>
    <message>
        <source>%1 sees no logical drive: map one to it or to its host group first.</source>
        <translation>%1 から見える論理ドライブはありません: 先に、このホストまたはそのホスト・グループに論理ドライブをマップしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 sees %n logical drive(s): %2.</source>
        <translation>
            <numerusform>%1 から %n 個の論理ドライブが見えます: %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) refused. Last refusal: %1</source>
        <translation>
            <numerusform>%n 件の要求が拒否されました。最後の拒否: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>host: error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show the copylinectl command that starts the selected hosts&apos; workloads with these settings</source>
        <translation>選択したホストのワークロードをこの設定で開始する copylinectl コマンドを表示します</translation>
    </message>
</context>
<context>
    <name>Copyline::IncreaseCapacityDialog</name>
    <message>
        <source>Increase Capacity</source>
        <translation>容量の増加</translation>
    </message>
    <message>
        <source>Logical drive:</source>
        <translation>論理ドライブ:</translation>
    </message>
    <message>
        <source>Current capacity:</source>
        <translation>現在の容量:</translation>
    </message>
    <message>
        <source>Free capacity available:</source>
        <translation>使用可能な空き容量:</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>&amp;Increase Capacity by:</source>
        <translation>容量の増加量(&amp;I):</translation>
    </message>
    <message>
        <source>Dynamic logical drive expansion uses free capacity of the same array; the data stays accessible while the capacity grows.</source>
        <translation>動的論理ドライブ拡張では、同じアレイの空き容量を使用します。容量の拡張中もデータにアクセスできます。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>The logical drive no longer exists.</source>
        <translation>論理ドライブはもう存在しません。</translation>
    </message>
    <message>
        <source>The array of this logical drive has no free capacity left.</source>
        <translation>この論理ドライブのアレイには空き容量が残っていません。</translation>
    </message>
    <message>
        <source>Enter the capacity to add.</source>
        <translation>追加する容量を入力してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::IncreaseRepositoryCapacityDialog</name>
    <message>
        <source>Increase Repository Capacity</source>
        <translation>リポジトリー容量の増加</translation>
    </message>
    <message>
        <source>The repository grows with free capacity of its own array. The FlashCopy stays usable while it grows; a repository that was full accepts copy-on-write data again, and writes to the base resume.</source>
        <translation>リポジトリーは、それ自身のアレイの空き容量を使用して拡張されます。拡張中も FlashCopy は使用できます。フルになっていたリポジトリーは再びコピー・オン・ライト・データを受け入れ、基本論理ドライブへの書き込みが再開されます。</translation>
    </message>
    <message>
        <source>Repository logical drive:</source>
        <translation>リポジトリー論理ドライブ:</translation>
    </message>
    <message>
        <source>FlashCopy logical drive:</source>
        <translation>FlashCopy 論理ドライブ:</translation>
    </message>
    <message>
        <source>Base logical drive:</source>
        <translation>基本論理ドライブ:</translation>
    </message>
    <message>
        <source>Current capacity:</source>
        <translation>現在の容量:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>使用済み:</translation>
    </message>
    <message>
        <source>Free capacity available:</source>
        <translation>使用可能な空き容量:</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>&amp;Increase Capacity by:</source>
        <translation>容量の増加量(&amp;I):</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>The repository logical drive no longer exists.</source>
        <translation>リポジトリー論理ドライブはもう存在しません。</translation>
    </message>
    <message>
        <source>The repository&apos;s array has no free capacity left.</source>
        <translation>リポジトリーのアレイには空き容量が残っていません。</translation>
    </message>
    <message>
        <source>Enter the capacity to add.</source>
        <translation>追加する容量を入力してください。</translation>
    </message>
    <message>
        <source>Increase the capacity of repository logical drive &quot;%1&quot; by %2, from %3 to %4? The capacity is taken from the free capacity of %5 and cannot be given back without deleting the FlashCopy.</source>
        <translation>リポジトリー論理ドライブ「%1」の容量を %2 増やして、%3 から %4 にしますか? 容量は %5 の空き容量から取られ、FlashCopy を削除しない限り戻すことはできません。</translation>
    </message>
</context>
<context>
    <name>Copyline::IntroductionPage</name>
    <message>
        <source>Introduction</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>A FlashCopy logical drive is a point-in-time image of a base logical drive.</source>
        <translation>FlashCopy 論理ドライブは、基本論理ドライブのポイント・イン・タイム・イメージです。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you create a FlashCopy&lt;/b&gt;, stop the applications that write to the base logical drive or put them in backup mode, and flush the host&apos;s caches (unmount the file system, or run &lt;tt&gt;SMrepassist -f&lt;/tt&gt;). Otherwise the image is only crash-consistent. The controller holds writes to the base for a few seconds while it creates the FlashCopy.</source>
        <translation>&lt;b&gt;FlashCopy を作成する前に&lt;/b&gt;、基本論理ドライブに書き込むアプリケーションを停止するかバックアップ・モードにして、ホストのキャッシュをフラッシュしてください (ファイル・システムをアンマウントするか、&lt;tt&gt;SMrepassist -f&lt;/tt&gt; を実行します)。そうしないと、イメージはクラッシュ整合性しか持ちません。FlashCopy の作成中、コントローラーは基本論理ドライブへの書き込みを数秒間保留します。</translation>
    </message>
    <message>
        <source>A FlashCopy has two parts: the &lt;b&gt;FlashCopy logical drive&lt;/b&gt;, which hosts map, read and write like any logical drive, and its &lt;b&gt;FlashCopy repository logical drive&lt;/b&gt;, which keeps the original data of every block written to the base after the point in time (copy-on-write), plus metadata. The repository needs only a fraction of the base&apos;s capacity.</source>
        <translation>FlashCopy は 2 つの部分から成ります: ホストが他の論理ドライブと同様にマップして読み書きする &lt;b&gt;FlashCopy 論理ドライブ&lt;/b&gt;と、ポイント・イン・タイム以降に基本論理ドライブに書き込まれたすべてのブロックの元のデータ (コピー・オン・ライト) とメタデータを保持する &lt;b&gt;FlashCopy リポジトリー論理ドライブ&lt;/b&gt;です。リポジトリーに必要な容量は、基本論理ドライブの容量のごく一部です。</translation>
    </message>
    <message>
        <source>&amp;Simple: the repository on the base&apos;s array, with the default settings</source>
        <translation>簡易: 基本論理ドライブのアレイにリポジトリーを配置し、デフォルト設定を使用(&amp;S)</translation>
    </message>
    <message>
        <source>A repository of 20% of the base on its array; the FlashCopy is mapped automatically, warns at 50% full and fails if its repository fills.</source>
        <translation>基本論理ドライブの 20% のリポジトリーをそのアレイに作成します。FlashCopy は自動的にマップされ、50% フルで警告し、リポジトリーがフルになると失敗します。</translation>
    </message>
    <message>
        <source>&amp;Advanced: choose where the repository goes and set every parameter</source>
        <translation>拡張: リポジトリーの場所を選択し、すべてのパラメーターを設定(&amp;A)</translation>
    </message>
    <message>
        <source>Free capacity on the same or another array, or a new array from unconfigured capacity; mapping, warning threshold and full policy.</source>
        <translation>同じアレイまたは別のアレイの空き容量、あるいは未構成容量からの新規アレイ。マッピング、警告しきい値、フル時のポリシー。</translation>
    </message>
    <message>
        <source>Base logical drive: &lt;b&gt;%1&lt;/b&gt; (%2) on %3, which has %4 free.</source>
        <translation>基本論理ドライブ: &lt;b&gt;%1&lt;/b&gt; (%2)、%3 上 (空き %4)。</translation>
    </message>
</context>
<context>
    <name>Copyline::KeyedTreeModel</name>
    <message>
        <source>%1, %2</source>
        <comment>item, status</comment>
        <translation>%1、%2</translation>
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
        <translation>ストレージ・サブシステム %1
モデル: %2
ファームウェア: %3
状況: %4</translation>
    </message>
    <message>
        <source>Logical Drive %1
Capacity: %2
Array: %3
Status: %4
Current owner: %5, preferred owner: %6</source>
        <translation>論理ドライブ %1
容量: %2
アレイ: %3
状況: %4
現在の所有者: %5、優先所有者: %6</translation>
    </message>
    <message>
        <source>Mapped: LUN %1 of %2</source>
        <translation>マップ済み: %2 の LUN %1</translation>
    </message>
    <message>
        <source>Not mapped to any host</source>
        <translation>どのホストにもマップされていません</translation>
    </message>
    <message numerus="yes">
        <source>Base of %n FlashCopy logical drive(s)</source>
        <translation>
            <numerusform>%n 個の FlashCopy 論理ドライブの基本</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, repository full</source>
        <comment>FlashCopy status</comment>
        <translation>%1、リポジトリー・フル</translation>
    </message>
    <message>
        <source>%1, repository threshold exceeded</source>
        <comment>FlashCopy status</comment>
        <translation>%1、リポジトリーしきい値超過</translation>
    </message>
    <message>
        <source>FlashCopy of %1, %2</source>
        <translation>%1 の FlashCopy、%2</translation>
    </message>
    <message>
        <source>VolumeCopy source</source>
        <translation>VolumeCopy ソース</translation>
    </message>
    <message>
        <source>VolumeCopy target</source>
        <translation>VolumeCopy ターゲット</translation>
    </message>
    <message>
        <source>copy pending</source>
        <translation>コピー保留中</translation>
    </message>
    <message>
        <source>copy in progress %1%</source>
        <translation>コピー進行中 %1%</translation>
    </message>
    <message>
        <source>copy completed</source>
        <translation>コピー完了</translation>
    </message>
    <message>
        <source>copy stopped</source>
        <translation>コピー停止</translation>
    </message>
    <message>
        <source>copy failed, needs attention</source>
        <translation>コピー失敗、要注意</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <comment>copy state, read-only</comment>
        <translation>%1、読み取り専用</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>role, state</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>VolumeCopy source of %1: %2</source>
        <translation>%1 の VolumeCopy ソース: %2</translation>
    </message>
    <message>
        <source>VolumeCopy target of %1: %2</source>
        <translation>%1 の VolumeCopy ターゲット: %2</translation>
    </message>
    <message>
        <source>, %1% copied</source>
        <translation>、%1% コピー済み</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>; read-only to hosts</source>
        <translation>、ホストに対して読み取り専用</translation>
    </message>
    <message>
        <source>; writable by hosts</source>
        <translation>、ホストから書き込み可能</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>status, copy state</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>FlashCopy Logical Drive %1
%2
Point-in-time image of %3, taken %4</source>
        <translation>FlashCopy 論理ドライブ %1
%2
%3 のポイント・イン・タイム・イメージ、作成日時 %4</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Repository: %1, %2% used of %3 (warning at %4% full)</source>
        <translation>リポジトリー: %1、%3 の %2% を使用 (%4% フルで警告)</translation>
    </message>
    <message>
        <source>When full: %1</source>
        <translation>フル時: %1</translation>
    </message>
    <message>
        <source>Repository of %1, %2% used</source>
        <translation>%1 のリポジトリー、%2% 使用</translation>
    </message>
    <message>
        <source>FlashCopy Repository Logical Drive %1
%2
Used: %3 of %4
Array: %5</source>
        <translation>FlashCopy リポジトリー論理ドライブ %1
%2
使用済み: %3 / %4
アレイ: %5</translation>
    </message>
    <message>
        <source>Warning at %1% full; when full: %2</source>
        <translation>%1% フルで警告。フル時: %2</translation>
    </message>
    <message>
        <source>Full: writes to %1 fail until the repository capacity is increased.</source>
        <translation>フル: リポジトリーの容量を増やすまで、%1 への書き込みは失敗します。</translation>
    </message>
    <message>
        <source>Past the warning threshold: increase its capacity before it fills.</source>
        <translation>警告しきい値を超えました: フルになる前に容量を増やしてください。</translation>
    </message>
    <message>
        <source>Mirror repository of controller %1</source>
        <translation>コントローラー %1 のミラー・リポジトリー</translation>
    </message>
    <message>
        <source>Mirror repository logical drive of controller %1: it logs the remote writes not yet written to the secondaries.</source>
        <translation>コントローラー %1 のミラー・リポジトリー論理ドライブ: まだ 2 次論理ドライブに書き込まれていないリモート書き込みを記録します。</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <comment>status percent</comment>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>mirror primary</source>
        <translation>ミラー 1 次</translation>
    </message>
    <message>
        <source>mirror secondary</source>
        <translation>ミラー 2 次</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>status, mirror state</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Remote mirror primary of %1 on %2: %3</source>
        <translation>%2 上の %1 のリモート・ミラー 1 次: %3</translation>
    </message>
    <message>
        <source>Remote mirror secondary of %1 on %2: %3 (hosts may read, not write)</source>
        <translation>%2 上の %1 のリモート・ミラー 2 次: %3 (ホストは読み取りのみ可能)</translation>
    </message>
    <message>
        <source>%1 logical drive %2 on %3
Mirrored pair: %4
Manage it in the Logical view of %3, or in Logical Drive ▸ Remote Mirroring ▸ Remote Mirrors.</source>
        <translation>%3 上の %1 論理ドライブ %2
ミラー・ペア: %4
%3 の論理ビュー、または「論理ドライブ ▸ リモート・ミラーリング ▸ リモート・ミラー」で管理します。</translation>
    </message>
    <message>
        <source>%1 no longer lists this relationship.</source>
        <translation>%1 にはこの関係がもう記録されていません。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>secondary drive on subsystem</comment>
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <comment>remote drive (role) on subsystem</comment>
        <translation>%3 上の %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2% complete, adding %3</source>
        <translation>%1: %2% 完了、%3 を追加中</translation>
    </message>
    <message>
        <source>Storage Subsystem ▸ Recovery Guru… shows the recovery steps.</source>
        <translation>「ストレージ・サブシステム ▸ Recovery Guru…」でリカバリー・ステップが表示されます。</translation>
    </message>
    <message>
        <source>%1 · %2 · site %3</source>
        <comment>model · status · remote engine</comment>
        <translation>%1 · %2 · サイト %3</translation>
    </message>
    <message>
        <source>Served by the engine of site %1 and shown here read-only: manage it on that engine. copylinectl --refresh-peer %1 shows its latest state.</source>
        <translation>サイト %1 のエンジンが提供しており、ここでは読み取り専用で表示されています。そのエンジンで管理してください。copylinectl --refresh-peer %1 で最新の状態を表示します。</translation>
    </message>
</context>
<context>
    <name>Copyline::ListPremiumFeaturesDialog</name>
    <message>
        <source>List Premium Features</source>
        <translation>プレミアム・フィーチャーのリスト</translation>
    </message>
    <message>
        <source>Premium features of Storage Subsystem %1:</source>
        <translation>ストレージ・サブシステム %1 のプレミアム・フィーチャー:</translation>
    </message>
    <message>
        <source>Premium Feature</source>
        <translation>プレミアム・フィーチャー</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>premium feature status</comment>
        <translation>状況</translation>
    </message>
    <message>
        <source>Feature Enable Identifier:</source>
        <translation>フィーチャー使用可能 ID:</translation>
    </message>
    <message>
        <source>Not supported by this model</source>
        <translation>このモデルではサポートされていません</translation>
    </message>
</context>
<context>
    <name>Copyline::LogicalDriveParametersPage</name>
    <message>
        <source>Specify Logical Drive Parameters</source>
        <translation>論理ドライブ・パラメーターの指定</translation>
    </message>
    <message>
        <source>Choose how the FlashCopy is mapped and what happens as its repository fills.</source>
        <translation>FlashCopy のマップ方法と、リポジトリーがフルに近づいたときの動作を選択します。</translation>
    </message>
    <message>
        <source>FlashCopy logical drive parameters</source>
        <translation>FlashCopy 論理ドライブのパラメーター</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>自動(&amp;A)</translation>
    </message>
    <message>
        <source>Mapped to the Default Host Group at its lowest free LUN.</source>
        <translation>デフォルト・ホスト・グループに、空いている最小の LUN でマップされます。</translation>
    </message>
    <message>
        <source>&amp;Map later with Storage Partitioning</source>
        <translation>後でストレージ区画化を使用してマップする(&amp;M)</translation>
    </message>
    <message>
        <source>Left under Undefined Mappings; map it with Mappings ▸ Define Additional Mapping.</source>
        <translation>「未定義のマッピング」の下に残ります。「マッピング ▸ 追加マッピングの定義」でマップしてください。</translation>
    </message>
    <message>
        <source>Repository logical drive parameters</source>
        <translation>リポジトリー論理ドライブのパラメーター</translation>
    </message>
    <message>
        <source>&amp;Warn when the repository is</source>
        <translation>リポジトリーが次の値になったら警告する(&amp;W)</translation>
    </message>
    <message>
        <source>Percent (%) full</source>
        <translation>パーセント (%) フル</translation>
    </message>
    <message>
        <source>When the repository becomes full:</source>
        <translation>リポジトリーがフルになったとき:</translation>
    </message>
    <message>
        <source>The point-in-time image is lost; the base logical drive is not affected. Recommended.</source>
        <translation>ポイント・イン・タイム・イメージは失われますが、基本論理ドライブには影響ありません。推奨。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attention:&lt;/b&gt; host writes to the base logical drive then fail until the repository&apos;s capacity is increased. Not recommended, and not supported for AIX hosts.</source>
        <translation>&lt;b&gt;重要:&lt;/b&gt; この場合、リポジトリーの容量を増やすまで、ホストから基本論理ドライブへの書き込みは失敗します。推奨されません。AIX ホストではサポートされていません。</translation>
    </message>
</context>
<context>
    <name>Copyline::LogicalDrivePropertiesDialog</name>
    <message>
        <source>Logical Drive Properties</source>
        <translation>論理ドライブのプロパティー</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>This logical drive no longer exists.</source>
        <translation>この論理ドライブはもう存在しません。</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>マップされていません</translation>
    </message>
    <message>
        <source>LUN %1 of %2</source>
        <translation>%2 の LUN %1</translation>
    </message>
    <message>
        <source>Logical drive name</source>
        <translation>論理ドライブ名</translation>
    </message>
    <message>
        <source>Logical drive ID (WWN)</source>
        <translation>論理ドライブ ID (WWN)</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>logical drive type</comment>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>アレイ</translation>
    </message>
    <message>
        <source>RAID level</source>
        <translation>RAID レベル</translation>
    </message>
    <message>
        <source>Current owner</source>
        <translation>現在の所有者</translation>
    </message>
    <message>
        <source>Preferred owner</source>
        <translation>優先所有者</translation>
    </message>
    <message>
        <source>Segment size</source>
        <translation>セグメント・サイズ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>LUN mapping</source>
        <translation>LUN マッピング</translation>
    </message>
    <message>
        <source>Host I/O</source>
        <translation>ホスト入出力</translation>
    </message>
    <message>
        <source>Read requests</source>
        <translation>読み取り要求</translation>
    </message>
    <message>
        <source>Data read</source>
        <translation>読み取りデータ量</translation>
    </message>
    <message>
        <source>Write requests</source>
        <translation>書き込み要求</translation>
    </message>
    <message>
        <source>Data written</source>
        <translation>書き込みデータ量</translation>
    </message>
    <message>
        <source>Allocated in the volume file</source>
        <translation>ボリューム・ファイル内の割り振り済み容量</translation>
    </message>
    <message>
        <source>FlashCopy Logical Drive Properties</source>
        <translation>FlashCopy 論理ドライブのプロパティー</translation>
    </message>
    <message>
        <source>FlashCopy Repository Logical Drive - Properties</source>
        <translation>FlashCopy リポジトリー論理ドライブ - プロパティー</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status (reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>FlashCopy status</source>
        <translation>FlashCopy の状況</translation>
    </message>
    <message>
        <source>Base logical drive</source>
        <translation>基本論理ドライブ</translation>
    </message>
    <message>
        <source>Repository logical drive</source>
        <translation>リポジトリー論理ドライブ</translation>
    </message>
    <message>
        <source>Creation timestamp</source>
        <translation>作成タイム・スタンプ</translation>
    </message>
    <message>
        <source>FlashCopy logical drive</source>
        <translation>FlashCopy 論理ドライブ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>FlashCopy (status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>FlashCopy logical drives</source>
        <translation>FlashCopy 論理ドライブ</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Read rate</source>
        <translation>読み取り速度</translation>
    </message>
    <message>
        <source>Write rate</source>
        <translation>書き込み速度</translation>
    </message>
    <message>
        <source>Mirroring</source>
        <translation>ミラーリング</translation>
    </message>
    <message>
        <source>Usable capacity</source>
        <translation>使用可能容量</translation>
    </message>
    <message>
        <source>%1 (the mirrored pair&apos;s smaller drive)</source>
        <translation>%1 (ミラー・ペアの小さい方のドライブ)</translation>
    </message>
    <message>
        <source>Modification operation</source>
        <translation>変更操作</translation>
    </message>
    <message>
        <source>Capacity being added</source>
        <translation>追加中の容量</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>完了率</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Modification priority</source>
        <translation>変更優先順位</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 を実行中</translation>
    </message>
</context>
<context>
    <name>Copyline::LogicalPhysicalView</name>
    <message>
        <source>Logical view</source>
        <translation>論理ビュー</translation>
    </message>
    <message>
        <source>Logical</source>
        <translation>論理</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>物理</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>検索 (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Copyline::LogicalTreeModel</name>
    <message>
        <source>Logical</source>
        <translation>論理</translation>
    </message>
    <message numerus="yes">
        <source>%n unassigned drive(s), %1 in total.
Use Array ▸ Create to build an array from them.</source>
        <translation>
            <numerusform>%n 台の未割り当てドライブ、合計 %1。
「アレイ ▸ 作成」でこれらのドライブからアレイを作成します。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Capacity: %2, free: %3
Drives: %4
Status: %5</source>
        <translation>%1
容量: %2、空き: %3
ドライブ: %4
状況: %5</translation>
    </message>
    <message>
        <source>Unallocated space in %1.
Use Logical Drive ▸ Create to use it.</source>
        <translation>%1 内の未割り振りスペースです。
「論理ドライブ ▸ 作成」で使用します。</translation>
    </message>
</context>
<context>
    <name>Copyline::MainWindow</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前の変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename the storage subsystem</source>
        <translation>ストレージ・サブシステムの名前を変更します</translation>
    </message>
    <message>
        <source>&amp;List…</source>
        <translation>リスト(&amp;L)…</translation>
    </message>
    <message>
        <source>List the premium features and the feature enable identifier</source>
        <translation>プレミアム・フィーチャーとフィーチャー使用可能 ID をリストします</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>使用可能にする(&amp;E)…</translation>
    </message>
    <message>
        <source>Enable a premium feature with its key file</source>
        <translation>キー・ファイルを使用してプレミアム・フィーチャーを使用可能にします</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>使用不可にする(&amp;D)…</translation>
    </message>
    <message>
        <source>Disable a premium feature</source>
        <translation>プレミアム・フィーチャーを使用不可にします</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>プロパティー(&amp;P)</translation>
    </message>
    <message>
        <source>Show the properties of the storage subsystem</source>
        <translation>ストレージ・サブシステムのプロパティーを表示します</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Logical/Physical</source>
        <translation>論理/物理(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>マッピング(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation>イベント・ログ(&amp;E)</translation>
    </message>
    <message>
        <source>Host &amp;Group…</source>
        <translation>ホスト・グループ(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Host…</source>
        <translation>ホスト(&amp;H)…</translation>
    </message>
    <message>
        <source>Host &amp;Port…</source>
        <translation>ホスト・ポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Define &amp;Additional Mapping…</source>
        <translation>追加マッピングの定義(&amp;A)…</translation>
    </message>
    <message>
        <source>Map a logical drive to a host or host group with a LUN</source>
        <translation>LUN を指定して論理ドライブをホストまたはホスト・グループにマップします</translation>
    </message>
    <message>
        <source>Remove &amp;Mapping…</source>
        <translation>マッピングの除去(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>名前の変更(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>除去(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>作成(&amp;C)…</translation>
    </message>
    <message>
        <source>Create an array (Logical Drive Group) from unassigned drives</source>
        <translation>未割り当てドライブからアレイ (論理ドライブ・グループ) を作成します</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Create a logical drive in the free capacity of an array</source>
        <translation>アレイの空き容量に論理ドライブを作成します</translation>
    </message>
    <message>
        <source>&amp;Increase Capacity…</source>
        <translation>容量の増加(&amp;I)…</translation>
    </message>
    <message>
        <source>Add free capacity of the array to the logical drive</source>
        <translation>アレイの空き容量を論理ドライブに追加します</translation>
    </message>
    <message>
        <source>Delete the logical drive and all of its data</source>
        <translation>論理ドライブとそのすべてのデータを削除します</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>割り当て(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>割り当て解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Copyline</source>
        <translation>Copyline について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Storage Subsystem</source>
        <translation>ストレージ・サブシステム(&amp;S)</translation>
    </message>
    <message>
        <source>Premium &amp;Features</source>
        <translation>プレミアム・フィーチャー(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Define</source>
        <translation>定義(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Array</source>
        <translation>アレイ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Logical Drive</source>
        <translation>論理ドライブ(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>変更(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Ownership/Preferred Path</source>
        <translation>所有権/優先パス(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Drive</source>
        <translation>ドライブ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Hot Spare Coverage</source>
        <translation>ホット・スペア・カバレッジ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Remove the mapping of logical drive &quot;%1&quot; (LUN %2 of %3)?

The hosts of that partition lose access to the logical drive.</source>
        <translation>論理ドライブ「%1」(%3 の LUN %2) のマッピングを除去しますか?

その区画のホストは論理ドライブにアクセスできなくなります。</translation>
    </message>
    <message>
        <source>Remove Mapping</source>
        <translation>マッピングの除去</translation>
    </message>
    <message>
        <source>Remove host &quot;%1&quot; with its host ports and its LUN mappings?</source>
        <translation>ホスト「%1」を、そのホスト・ポートおよび LUN マッピングとともに除去しますか?</translation>
    </message>
    <message>
        <source>Remove host group &quot;%1&quot; and its LUN mappings?</source>
        <translation>ホスト・グループ「%1」とその LUN マッピングを除去しますか?</translation>
    </message>
    <message>
        <source>Remove host port %1?</source>
        <translation>ホスト・ポート %1 を除去しますか?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>除去</translation>
    </message>
    <message>
        <source>Delete Array</source>
        <translation>アレイの削除</translation>
    </message>
    <message>
        <source>Deleting %1 returns its drives to unconfigured capacity. An array that still holds logical drives cannot be deleted.</source>
        <translation>%1 を削除すると、そのドライブは未構成容量に戻ります。論理ドライブが残っているアレイは削除できません。</translation>
    </message>
    <message>
        <source>Change Ownership</source>
        <translation>所有権の変更</translation>
    </message>
    <message>
        <source>Deleting logical drive &quot;%1&quot; (%2) destroys all of its data. Its capacity returns to the free capacity of %3.</source>
        <translation>論理ドライブ「%1」(%2) を削除すると、そのデータはすべて破棄されます。その容量は %3 の空き容量に戻ります。</translation>
    </message>
    <message>
        <source>Its mapping (LUN %1 of %2) is removed: stop all host I/O to it first.</source>
        <translation>そのマッピング (%2 の LUN %1) は除去されます: 先に、この論理ドライブへのホスト入出力をすべて停止してください。</translation>
    </message>
    <message>
        <source>Delete Logical Drives</source>
        <translation>論理ドライブの削除</translation>
    </message>
    <message>
        <source>Hot Spare Coverage</source>
        <translation>ホット・スペア・カバレッジ</translation>
    </message>
    <message>
        <source>About Copyline</source>
        <translation>Copyline について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Copyline %1&lt;/h3&gt;&lt;p&gt;A console for storage copy services — FlashCopy, VolumeCopy and remote mirroring — over simulated DS4000 storage subsystems whose volumes hold real bytes.&lt;/p&gt;&lt;p&gt;Engine: %2&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Copyline %1&lt;/h3&gt;&lt;p&gt;コピー・サービス (FlashCopy、VolumeCopy、リモート・ミラーリング) のためのコンソールです。実際のバイトを保持するボリュームを持つ、シミュレートされた DS4000 ストレージ・サブシステムを管理します。&lt;/p&gt;&lt;p&gt;エンジン: %2&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Copyline</source>
        <translation>Copyline</translation>
    </message>
    <message>
        <source>Storage subsystems</source>
        <translation>ストレージ・サブシステム</translation>
    </message>
    <message>
        <source>Storage Subsystems</source>
        <translation>ストレージ・サブシステム</translation>
    </message>
    <message>
        <source>Logical/Physical</source>
        <translation>論理/物理</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>イベント・ログ</translation>
    </message>
    <message>
        <source>Opening workspace…

%1</source>
        <translation>ワークスペースを開いています…

%1</translation>
    </message>
    <message>
        <source>Opening workspace %1…</source>
        <translation>ワークスペース %1 を開いています…</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>接続が失われました</translation>
    </message>
    <message>
        <source>Connection Lost</source>
        <translation>接続の喪失</translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation>パフォーマンス(&amp;P)</translation>
    </message>
    <message>
        <source>Show the host I/O rate of every logical drive</source>
        <translation>各論理ドライブのホスト入出力速度を表示します</translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation>使用不可にする(&amp;I)…</translation>
    </message>
    <message>
        <source>R&amp;e-create…</source>
        <translation>再作成(&amp;E)…</translation>
    </message>
    <message>
        <source>Copy &amp;Manager…</source>
        <translation>コピー・マネージャー(&amp;M)…</translation>
    </message>
    <message>
        <source>Show every VolumeCopy pair with its progress; re-copy, stop, remove, change priority and target permissions</source>
        <translation>すべての VolumeCopy ペアと進行状況を表示します。再コピー、停止、除去、優先順位とターゲットの許可の変更ができます</translation>
    </message>
    <message>
        <source>&amp;Source Logical Drive</source>
        <translation>ソース論理ドライブ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Target Logical Drive</source>
        <translation>ターゲット論理ドライブ(&amp;T)</translation>
    </message>
    <message>
        <source>Host &amp;Workloads…</source>
        <translation>ホスト・ワークロード(&amp;W)…</translation>
    </message>
    <message>
        <source>Start, pause and stop simulated hosts reading and writing their mapped logical drives</source>
        <translation>マップされた論理ドライブを読み書きするシミュレート・ホストを開始、一時停止、停止します</translation>
    </message>
    <message>
        <source>Host I/O &amp;Server…</source>
        <translation>ホスト入出力サーバー(&amp;S)…</translation>
    </message>
    <message>
        <source>Settings of the NBD server that serves mapped logical drives to real clients, and its exports</source>
        <translation>マップされた論理ドライブを実際のクライアントに提供する NBD サーバーの設定とそのエクスポート</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;FlashCopy</source>
        <translation>FlashCopy(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;VolumeCopy</source>
        <translation>VolumeCopy(&amp;V)</translation>
    </message>
    <message>
        <source>Select the logical drive or FlashCopy repository to grow.</source>
        <translation>拡張する論理ドライブまたは FlashCopy リポジトリーを選択してください。</translation>
    </message>
    <message>
        <source>A FlashCopy logical drive has its base&apos;s capacity; increase its repository instead.</source>
        <translation>FlashCopy 論理ドライブの容量は基本論理ドライブと同じです。代わりにそのリポジトリーの容量を増やしてください。</translation>
    </message>
    <message>
        <source>Mirror repository logical drives cannot be expanded.</source>
        <translation>ミラー・リポジトリー論理ドライブは拡張できません。</translation>
    </message>
    <message>
        <source>%1 is the base of FlashCopy logical drives, which cannot grow with it; delete them first.</source>
        <translation>%1 は FlashCopy 論理ドライブの基本であり、それらは一緒に拡張できません。先にそれらを削除してください。</translation>
    </message>
    <message>
        <source>%1 has no free capacity.</source>
        <translation>%1 には空き容量がありません。</translation>
    </message>
    <message>
        <source>Add free capacity of its array to the FlashCopy repository</source>
        <translation>アレイの空き容量を FlashCopy リポジトリーに追加します</translation>
    </message>
    <message>
        <source>Create a FlashCopy logical drive: a point-in-time image of %1</source>
        <translation>FlashCopy 論理ドライブを作成します: %1 のポイント・イン・タイム・イメージ</translation>
    </message>
    <message>
        <source>Select a FlashCopy logical drive.</source>
        <translation>FlashCopy 論理ドライブを選択してください。</translation>
    </message>
    <message>
        <source>Stop copy-on-write for %1; it keeps its repository and mappings until it is re-created</source>
        <translation>%1 のコピー・オン・ライトを停止します。再作成されるまでリポジトリーとマッピングは保持されます</translation>
    </message>
    <message>
        <source>Only an optimal FlashCopy can be disabled; %1 is %2.</source>
        <translation>使用不可にできるのは最適な状態の FlashCopy だけです。%1 は %2 です。</translation>
    </message>
    <message>
        <source>Take a new point-in-time image for %1; the current image is discarded</source>
        <translation>%1 の新しいポイント・イン・タイム・イメージを取得します。現在のイメージは破棄されます</translation>
    </message>
    <message>
        <source>Copy all data of %1 onto another logical drive</source>
        <translation>%1 のすべてのデータを別の論理ドライブにコピーします</translation>
    </message>
    <message>
        <source>No storage subsystem is shown.</source>
        <translation>ストレージ・サブシステムが表示されていません。</translation>
    </message>
    <message>
        <source>Select %1, the source of the copy to %2</source>
        <translation>%2 へのコピーのソースである %1 を選択します</translation>
    </message>
    <message>
        <source>Select the target logical drive of a VolumeCopy in the Logical view.</source>
        <translation>論理ビューで VolumeCopy のターゲット論理ドライブを選択してください。</translation>
    </message>
    <message>
        <source>Select %1, the target of the copy from %2</source>
        <translation>%2 からのコピーのターゲットである %1 を選択します</translation>
    </message>
    <message>
        <source>Select the source logical drive of a VolumeCopy in the Logical view.</source>
        <translation>論理ビューで VolumeCopy のソース論理ドライブを選択してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the repository of FlashCopy logical drive &quot;%2&quot;, which is deleted with it.</source>
        <translation>「%1」は FlashCopy 論理ドライブ「%2」のリポジトリーであり、一緒に削除されます。</translation>
    </message>
    <message>
        <source>Deleting FlashCopy logical drive &quot;%1&quot; also deletes its repository &quot;%2&quot; (%3): the point-in-time image of &quot;%4&quot; and everything written to the FlashCopy are destroyed. The capacity returns to the free capacity of %5. The base logical drive is not affected.</source>
        <translation>FlashCopy 論理ドライブ「%1」を削除すると、そのリポジトリー「%2」(%3) も削除されます: 「%4」のポイント・イン・タイム・イメージと、FlashCopy に書き込まれたすべてのデータが破棄されます。容量は %5 の空き容量に戻ります。基本論理ドライブには影響ありません。</translation>
    </message>
    <message>
        <source>Delete FlashCopy Logical Drive</source>
        <translation>FlashCopy 論理ドライブの削除</translation>
    </message>
    <message numerus="yes">
        <source>It is the base of %n FlashCopy logical drive(s), which are deleted with it, with their repositories: %1.</source>
        <translation>
            <numerusform>これは %n 個の FlashCopy 論理ドライブの基本であり、それらはリポジトリーとともに削除されます: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create FlashCopy Logical Drive</source>
        <translation>FlashCopy 論理ドライブの作成</translation>
    </message>
    <message>
        <source>The console is not connected to an engine.</source>
        <translation>コンソールはエンジンに接続されていません。</translation>
    </message>
    <message>
        <source>Disabling FlashCopy logical drive &quot;%1&quot; stops copy-on-write from its base &quot;%2&quot;: the FlashCopy cannot be used until it is re-created. Its repository &quot;%3&quot; and its mappings are kept, and the other FlashCopies of the base keep working.</source>
        <translation>FlashCopy 論理ドライブ「%1」を使用不可にすると、基本論理ドライブ「%2」からのコピー・オン・ライトが停止します: FlashCopy は再作成するまで使用できません。リポジトリー「%3」とマッピングは保持され、基本論理ドライブの他の FlashCopy は引き続き動作します。</translation>
    </message>
    <message>
        <source>Disable FlashCopy Logical Drive</source>
        <translation>FlashCopy 論理ドライブを使用不可にする</translation>
    </message>
    <message>
        <source>Re-creating FlashCopy logical drive &quot;%1&quot; takes a new point-in-time image of &quot;%2&quot;. The current image is discarded: everything in repository &quot;%3&quot; is deleted, including data written to the FlashCopy. Its name, repository, settings and mappings are kept.

Stop host I/O to the base and flush the host&apos;s caches first.</source>
        <translation>FlashCopy 論理ドライブ「%1」を再作成すると、「%2」の新しいポイント・イン・タイム・イメージが取得されます。現在のイメージは破棄されます: FlashCopy に書き込まれたデータを含め、リポジトリー「%3」の内容はすべて削除されます。名前、リポジトリー、設定、マッピングは保持されます。

先に基本論理ドライブへのホスト入出力を停止し、ホストのキャッシュをフラッシュしてください。</translation>
    </message>
    <message>
        <source>It failed: %1.</source>
        <translation>失敗しました: %1。</translation>
    </message>
    <message>
        <source>Re-create FlashCopy Logical Drive</source>
        <translation>FlashCopy 論理ドライブの再作成</translation>
    </message>
    <message>
        <source>Create Copy</source>
        <translation>コピーの作成</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <source>Host I/O of the storage subsystem</source>
        <translation>ストレージ・サブシステムのホスト入出力</translation>
    </message>
    <message>
        <source>Host I/O: idle</source>
        <translation>ホスト入出力: アイドル</translation>
    </message>
    <message>
        <source>Host I/O: read %1 MB/s, write %2 MB/s</source>
        <comment>status bar</comment>
        <translation>ホスト入出力: 読み取り %1 MB/s、書き込み %2 MB/s</translation>
    </message>
    <message>
        <source>Host I/O of all logical drives of the storage subsystem; View ▸ Performance shows each logical drive</source>
        <translation>ストレージ・サブシステムのすべての論理ドライブのホスト入出力。「表示 ▸ パフォーマンス」で論理ドライブごとに表示されます</translation>
    </message>
    <message>
        <source>Remote &amp;Mirroring</source>
        <translation>リモート・ミラーリング(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Remote Mirroring</source>
        <translation>リモート・ミラーリング(&amp;M)</translation>
    </message>
    <message>
        <source>VolumeCopy %1 to %2: Copy In Progress (%3% complete)</source>
        <translation>VolumeCopy %1 から %2: コピー進行中 (%3% 完了)</translation>
    </message>
    <message>
        <source>VolumeCopy %1 to %2: Copy Pending</source>
        <translation>VolumeCopy %1 から %2: コピー保留中</translation>
    </message>
    <message>
        <source>Mirrored pair %1: Synchronization-in-Progress (%2% complete)</source>
        <translation>ミラー・ペア %1: 同期中 (%2% 完了)</translation>
    </message>
    <message>
        <source>Host %1: workload paused</source>
        <translation>ホスト %1: ワークロード一時停止中</translation>
    </message>
    <message>
        <source>Host %1: workload running</source>
        <translation>ホスト %1: ワークロード実行中</translation>
    </message>
    <message numerus="yes">
        <source>Host I/O server: %n connection(s) from hosts over NBD</source>
        <translation>
            <numerusform>ホスト入出力サーバー: NBD によるホストからの接続 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm Exit</source>
        <translation>終了の確認</translation>
    </message>
    <message>
        <source>The following operations are in progress on this console&apos;s storage subsystems:

%1</source>
        <translation>このコンソールのストレージ・サブシステムで次の操作が進行中です:

%1</translation>
    </message>
    <message>
        <source>Keep Running in Background hands the workspace to the Copyline engine (copylined), which continues them; start the console again to attach to it.

Stop and Quit stops them until the workspace is opened again. Hosts connected over NBD are disconnected either way and must reconnect.</source>
        <translation>「バックグラウンドで実行を継続」を選ぶと、ワークスペースを Copyline エンジン (copylined) に引き渡し、操作はそこで継続されます。再度コンソールを起動するとエンジンに接続します。

「停止して終了」を選ぶと、ワークスペースを再度開くまで操作は停止します。NBD で接続しているホストはどちらの場合も切断されるため、再接続が必要です。</translation>
    </message>
    <message>
        <source>Keep Running in Background</source>
        <translation>バックグラウンドで実行を継続</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>停止して終了</translation>
    </message>
    <message>
        <source>Exit closes the workspace with the console; while copies, mirrors or workloads run it asks whether to keep them running in the background (copylined)</source>
        <translation>終了するとコンソールとともにワークスペースを閉じます。コピー、ミラー、ワークロードの実行中は、バックグラウンド (copylined) で継続するかどうかを確認します</translation>
    </message>
    <message>
        <source>Exit detaches the console; copylined keeps running the workspace and its copies</source>
        <translation>終了するとコンソールの接続のみを切断します。ワークスペースとそのコピーは copylined で継続します</translation>
    </message>
    <message>
        <source>Persistent &amp;Reservations…</source>
        <translation>永続予約(&amp;R)…</translation>
    </message>
    <message>
        <source>Show and clear the reservations hosts hold on logical drives (a reserved drive cannot be copied)</source>
        <translation>ホストが論理ドライブに保持している予約を表示・解除します (予約されたドライブはコピーできません)</translation>
    </message>
    <message>
        <source>Adva&amp;nced</source>
        <translation>拡張(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Sessions…</source>
        <translation>セッション(&amp;S)…</translation>
    </message>
    <message>
        <source>Copy Services Manager: sessions of copy sets over the storage systems, their role pairs, commands and console messages</source>
        <translation>Copy Services Manager: ストレージ・システムにまたがるコピー・セットのセッション、その役割ペア、コマンド、コンソール・メッセージ</translation>
    </message>
    <message>
        <source>&amp;Copy Services Manager</source>
        <translation>Copy Services Manager(&amp;C)</translation>
    </message>
    <message>
        <source>Recovery &amp;Guru…</source>
        <translation>Recovery Guru(&amp;G)…</translation>
    </message>
    <message>
        <source>Show why the storage subsystem Needs Attention: each problem with its cause and recovery steps</source>
        <translation>ストレージ・サブシステムが「要注意」である理由を表示します: 各問題とその原因およびリカバリー・ステップ</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <source>&amp;Help for This View</source>
        <translation>このビューのヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Show the help page of the view in front</source>
        <translation>前面のビューのヘルプ・ページを表示します</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目次(&amp;C)</translation>
    </message>
    <message>
        <source>Show the list of help pages</source>
        <translation>ヘルプ・ページの一覧を表示します</translation>
    </message>
    <message>
        <source>Create FlashCopy</source>
        <translation>FlashCopy の作成</translation>
    </message>
    <message>
        <source>Create VolumeCopy</source>
        <translation>VolumeCopy の作成</translation>
    </message>
    <message>
        <source>Copy Manager</source>
        <translation>コピー・マネージャー</translation>
    </message>
    <message>
        <source>Create Remote Mirror</source>
        <translation>リモート・ミラーの作成</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メイン・ツールバー</translation>
    </message>
    <message>
        <source>Premium feature enabled: %1 is now enabled on %2.</source>
        <translation>プレミアム・フィーチャーが使用可能になりました: %1 は %2 で使用可能になりました。</translation>
    </message>
    <message>
        <source>The premium feature of the key file is now enabled on %1.</source>
        <translation>キー・ファイルのプレミアム・フィーチャーが %1 で使用可能になりました。</translation>
    </message>
    <message>
        <source>Engine Unresponsive: reconnecting…</source>
        <translation>エンジン応答なし: 再接続しています…</translation>
    </message>
    <message>
        <source>%1
The views show the last state the engine sent; commands fail until it answers again. The console reconnects by itself when the engine is back (started again, or the network restored).</source>
        <translation>%1
ビューにはエンジンが最後に送信した状態が表示されます。エンジンが再び応答するまでコマンドは失敗します。エンジンが戻ると (再起動またはネットワークの復旧)、コンソールは自動的に再接続します。</translation>
    </message>
    <message>
        <source>Engine Unresponsive: %1 Reconnecting…</source>
        <translation>エンジン応答なし: %1 再接続しています…</translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation>%1 に接続済み</translation>
    </message>
    <message>
        <source>Reconnected to %1</source>
        <translation>%1 に再接続しました</translation>
    </message>
    <message>
        <source>Remote &amp;Engines…</source>
        <translation>リモート・エンジン(&amp;E)…</translation>
    </message>
    <message>
        <source>A&amp;ttach Engine…</source>
        <translation>エンジンの接続(&amp;T)…</translation>
    </message>
    <message>
        <source>Manage the storage subsystems of another Copyline engine from this console, over TLS: they are listed under that engine</source>
        <translation>別の Copyline エンジンのストレージ・サブシステムを TLS 経由でこのコンソールから管理します。そのエンジンの下に一覧表示されます</translation>
    </message>
    <message>
        <source>&amp;Detach Engine</source>
        <translation>エンジンの切り離し(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the engine of the selected storage subsystem from this console&apos;s list; the engine and its copies go on</source>
        <translation>選択したストレージ・サブシステムのエンジンをこのコンソールの一覧から外します。エンジンとそのコピーは続行します</translation>
    </message>
    <message>
        <source>&amp;Detach Engine of Site %1</source>
        <translation>サイト %1 のエンジンの切り離し(&amp;D)</translation>
    </message>
    <message>
        <source>Engine of site %1</source>
        <translation>サイト %1 のエンジン</translation>
    </message>
    <message>
        <source>Unresponsive: reconnecting…</source>
        <translation>応答なし: 再接続しています…</translation>
    </message>
    <message>
        <source>Unresponsive: %1</source>
        <translation>応答なし: %1</translation>
    </message>
    <message>
        <source>The engines of other sites: register one, and its DS4000, ESS and NEC storage subsystems are shown here read-only to mirror to</source>
        <translation>他サイトのエンジン: 登録すると、その DS4000、ESS および NEC ストレージ・サブシステムがミラー先として読み取り専用でここに表示されます</translation>
    </message>
</context>
<context>
    <name>Copyline::MappingsModel</name>
    <message>
        <source>Logical Drive Name</source>
        <translation>論理ドライブ名</translation>
    </message>
    <message>
        <source>Accessible By</source>
        <translation>アクセス可能なホスト</translation>
    </message>
    <message>
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <source>Logical Drive Capacity</source>
        <translation>論理ドライブ容量</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>logical drive type column</comment>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(マップされていません)</translation>
    </message>
    <message>
        <source>%1 is LUN %2 of %3</source>
        <translation>%1 は %3 の LUN %2 です</translation>
    </message>
</context>
<context>
    <name>Copyline::MappingsView</name>
    <message>
        <source>Topology</source>
        <translation>トポロジー</translation>
    </message>
    <message>
        <source>Defined mappings</source>
        <translation>定義済みマッピング</translation>
    </message>
    <message>
        <source>Defined Mappings</source>
        <translation>定義済みマッピング</translation>
    </message>
    <message>
        <source>Logical drive, host, LUN or type</source>
        <translation>論理ドライブ、ホスト、LUN、またはタイプ</translation>
    </message>
</context>
<context>
    <name>Copyline::MessageBox</name>
    <message>
        <source>Show the equivalent command</source>
        <translation>同等のコマンドを表示します</translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorActions</name>
    <message>
        <source>&amp;Activate…</source>
        <translation>活動化(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>非活動化(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>作成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>中断(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>再開(&amp;R)…</translation>
    </message>
    <message>
        <source>Role to &amp;Primary…</source>
        <translation>役割を 1 次に変更(&amp;P)…</translation>
    </message>
    <message>
        <source>Role to &amp;Secondary…</source>
        <translation>役割を 2 次に変更(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;ynchronization Settings…</source>
        <translation>同期設定(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Write Mode…</source>
        <translation>書き込みモード(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Test Communication…</source>
        <translation>通信テスト(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;move Mirror Relationship…</source>
        <translation>ミラー関係の除去(&amp;M)…</translation>
    </message>
    <message>
        <source>Show every mirrored pair of both storage subsystems with its status and progress</source>
        <translation>両方のストレージ・サブシステムのすべてのミラー・ペアを、状況と進行状況とともに表示します</translation>
    </message>
    <message>
        <source>Remote Mirror &amp;Link…</source>
        <translation>リモート・ミラー・リンク(&amp;L)…</translation>
    </message>
    <message>
        <source>Take the paths of a remote mirror link up or down, let them flap, change bandwidth and round trip</source>
        <translation>リモート・ミラー・リンクのパスをアップまたはダウンにする、フラッピングさせる、帯域幅と往復時間を変更する</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>変更(&amp;H)</translation>
    </message>
    <message>
        <source>The console is not connected to an engine.</source>
        <translation>コンソールはエンジンに接続されていません。</translation>
    </message>
    <message>
        <source>Create the mirror repository logical drives and reserve the mirror ports</source>
        <translation>ミラー・リポジトリー論理ドライブを作成し、ミラー・ポートを予約します</translation>
    </message>
    <message>
        <source>Delete the mirror repository logical drives and free the mirror ports</source>
        <translation>ミラー・リポジトリー論理ドライブを削除し、ミラー・ポートを解放します</translation>
    </message>
    <message>
        <source>Mirror %1 to a logical drive of the remote storage subsystem</source>
        <translation>%1 をリモート・ストレージ・サブシステムの論理ドライブにミラーリングします</translation>
    </message>
    <message>
        <source>Stop mirroring %1 and record its writes for a later delta resynchronization</source>
        <translation>%1 のミラーリングを停止し、後で差分再同期を行うために書き込みを記録します</translation>
    </message>
    <message>
        <source>Copy the regions of %1 written since mirroring stopped, and mirror again</source>
        <translation>ミラーリング停止以降に書き込まれた %1 の領域をコピーし、再びミラーリングします</translation>
    </message>
    <message>
        <source>Select one mirrored logical drive to change its role.</source>
        <translation>役割を変更するミラーリングされた論理ドライブを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Promote %1 to primary; its partner becomes the secondary</source>
        <translation>%1 を 1 次に昇格します。パートナーは 2 次になります</translation>
    </message>
    <message>
        <source>Demote %1 to secondary; its partner becomes the primary</source>
        <translation>%1 を 2 次に降格します。パートナーは 1 次になります</translation>
    </message>
    <message>
        <source>Change the synchronization priority and resynchronization method</source>
        <translation>同期優先順位と再同期方式を変更します</translation>
    </message>
    <message>
        <source>Switch between Metro Mirroring, Global Copy and Global Mirroring</source>
        <translation>Metro Mirroring、Global Copy、Global Mirroring を切り替えます</translation>
    </message>
    <message>
        <source>Select one mirrored logical drive to test.</source>
        <translation>テストするミラーリングされた論理ドライブを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Measure the round trip to the remote storage subsystem over the mirror path of %1</source>
        <translation>%1 のミラー・パスを介してリモート・ストレージ・サブシステムとの往復時間を測定します</translation>
    </message>
    <message>
        <source>Remove mirror relationships of this storage subsystem; the data stays</source>
        <translation>このストレージ・サブシステムのミラー関係を除去します。データは保持されます</translation>
    </message>
    <message>
        <source>No remote mirror link exists yet: links connect storage subsystems once Remote Logical Drive Mirroring is activated on both.</source>
        <translation>リモート・ミラー・リンクはまだありません: 両方のストレージ・サブシステムでリモート論理ドライブ・ミラーリングが活動化されると、リンクがそれらを接続します。</translation>
    </message>
    <message>
        <source>Deactivate Remote Logical Drive Mirroring on %1?

Both mirror repository logical drives are deleted and host port 2 of each controller returns to host use. Mirrors can be created again only after a new activation.</source>
        <translation>%1 のリモート論理ドライブ・ミラーリングを非活動化しますか?

両方のミラー・リポジトリー論理ドライブが削除され、各コントローラーのホスト・ポート 2 はホスト用に戻ります。再び活動化するまでミラーは作成できません。</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Deactivate Remote Logical Drive Mirroring</source>
        <translation>リモート論理ドライブ・ミラーリングの非活動化</translation>
    </message>
    <message>
        <source>Make %1 on %2 the primary to resolve the Dual Secondary condition? %3 on %4 stays the secondary, and the regions written on either side since the roles split are copied from %2 to %4.</source>
        <translation>「二重 2 次」状態を解決するため、%2 上の %1 を 1 次にしますか? %4 上の %3 は 2 次のままで、役割が分かれて以降にどちらかの側で書き込まれた領域は %2 から %4 にコピーされます。</translation>
    </message>
    <message>
        <source>Make %1 on %2 the secondary to resolve the Dual Primary condition? %3 on %4 stays the primary, and the regions written on either side since the roles split are copied from %4 to %2; what was written to %1 since then is overwritten.</source>
        <translation>「二重 1 次」状態を解決するため、%2 上の %1 を 2 次にしますか? %4 上の %3 は 1 次のままで、役割が分かれて以降にどちらかの側で書き込まれた領域は %4 から %2 にコピーされます。それ以降に %1 に書き込まれたデータは上書きされます。</translation>
    </message>
    <message>
        <source>Change %1 on %2 to the primary role?

%3 on %4 becomes the secondary, and data is then copied from %2 to %4. Hosts mapped to %1 can read and write it; hosts using %3 can no longer write to it and must be restarted if they had the same LUN mapping.</source>
        <translation>%2 上の %1 を 1 次の役割に変更しますか?

%4 上の %3 は 2 次になり、その後データは %2 から %4 にコピーされます。%1 にマップされたホストは読み書きできます。%3 を使用しているホストはもう書き込めず、同じ LUN マッピングを使用していた場合は再始動が必要です。</translation>
    </message>
    <message>
        <source>Change %1 on %2 to the secondary role?

%3 on %4 becomes the primary, and data is then copied from %4 to %2. Hosts can no longer write to %1 (they may still read it); its FlashCopy logical drives fail until it is promoted again, and VolumeCopies from it that are in progress or pending fail. Stop host I/O to %1 and unmount its file systems first.</source>
        <translation>%2 上の %1 を 2 次の役割に変更しますか?

%4 上の %3 は 1 次になり、その後データは %4 から %2 にコピーされます。ホストは %1 に書き込めなくなります (読み取りは引き続き可能)。その FlashCopy 論理ドライブは再び 1 次に昇格するまで失敗し、進行中または保留中の、そこからの VolumeCopy は失敗します。先に %1 へのホスト入出力を停止し、ファイル・システムをアンマウントしてください。</translation>
    </message>
    <message>
        <source>Change to Primary</source>
        <translation>1 次に変更</translation>
    </message>
    <message>
        <source>Change to Secondary</source>
        <translation>2 次に変更</translation>
    </message>
    <message>
        <source>Proceeding anyway makes %1 a primary without demoting %2, which stays a primary too: a Dual Primary condition (&quot;Dual-role conflict detected&quot;). Both logical drives then take host writes and differ; once the storage subsystems communicate, change the role of one of them to resolve it.</source>
        <translation>続行すると、%1 が 1 次になりますが、%2 は降格されずに 1 次のままになります: 「二重 1 次」状態 (「二重役割の競合を検出」) です。両方の論理ドライブがホストの書き込みを受け付けるため、内容が異なっていきます。ストレージ・サブシステムが通信できるようになったら、どちらか一方の役割を変更して解決してください。</translation>
    </message>
    <message>
        <source>Proceeding anyway makes %1 a secondary without promoting %2, which stays a secondary too: a Dual Secondary condition (&quot;Dual-role conflict detected&quot;). Hosts can then write to neither; once the storage subsystems communicate, change the role of one of them to resolve it.</source>
        <translation>続行すると、%1 が 2 次になりますが、%2 は昇格されずに 2 次のままになります: 「二重 2 次」状態 (「二重役割の競合を検出」) です。ホストはどちらにも書き込めなくなります。ストレージ・サブシステムが通信できるようになったら、どちらか一方の役割を変更して解決してください。</translation>
    </message>
    <message>
        <source>%1

%2

Proceed anyway?</source>
        <translation>%1

%2

続行しますか?</translation>
    </message>
    <message>
        <source>&amp;Proceed Anyway</source>
        <translation>続行する(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Verify Mirror…</source>
        <translation>ミラーの検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Select one mirrored logical drive to verify.</source>
        <translation>検証するミラー論理ドライブを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Compare %1 with its secondary grain by grain while hosts keep writing</source>
        <translation>ホストが書き込みを続ける間に %1 をセカンダリとグレインごとに比較します</translation>
    </message>
    <message>
        <source>Verify Mirror</source>
        <translation>ミラーの検証</translation>
    </message>
    <message>
        <source>Compare %1 with its secondary %2 grain by grain? Hosts keep writing meanwhile; both drives are read once. Grains found different can be resynchronized from the primary at once (Verify and Repair) or only reported (Verify).</source>
        <translation>%1 をセカンダリ %2 とグレインごとに比較しますか? その間もホストは書き込みを続けます。両方のドライブを 1 回読み取ります。異なるグレインは、プライマリからただちに再同期する (検証して修復) か、報告のみ (検証) にできます。</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Verify and &amp;Repair</source>
        <translation>検証して修復(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the %n compared grain(s) are identical on both sides.</source>
        <translation>
            <numerusform>%1: 比較した %n 個のグレインは両側で同一です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n grain(s) differ between the primary and the secondary.</source>
        <translation>
            <numerusform>%1: プライマリとセカンダリで %n 個のグレインが異なります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grain(s) were not compared: recorded out of sync or being written.</source>
        <translation>
            <numerusform>%n 個のグレインは比較されませんでした: 非同期として記録済みか書き込み中です。</numerusform>
        </translation>
    </message>
    <message>
        <source>They are being resynchronized from the primary.</source>
        <translation>それらはプライマリから再同期されています。</translation>
    </message>
    <message>
        <source>Verify again with Repair to resynchronize them.</source>
        <translation>再同期するには、修復を指定して再度検証してください。</translation>
    </message>
    <message>
        <source>Remote M&amp;irrors…</source>
        <translation>リモート・ミラー(&amp;I)…</translation>
    </message>
    <message>
        <source>%1 is served by the engine of site %2: that engine takes the primary role, asking this one to step down first, and the roles show here a moment later.</source>
        <translation>%1 はサイト %2 のエンジンが提供しています: そのエンジンがこちらに先に降格するよう依頼して 1 次の役割を引き継ぎ、役割は少し後にここに表示されます。</translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorIntroductionPage</name>
    <message>
        <source>Create Remote Mirror - Introduction</source>
        <translation>リモート・ミラーの作成 - 概要</translation>
    </message>
    <message>
        <source>A remote mirror keeps a secondary logical drive on another storage subsystem a copy of a primary logical drive.</source>
        <translation>リモート・ミラーは、別のストレージ・サブシステム上の 2 次論理ドライブを 1 次論理ドライブのコピーとして維持します。</translation>
    </message>
    <message>
        <source>Before you start: Remote Logical Drive Mirroring must be &lt;b&gt;Enabled/Activated on both storage subsystems&lt;/b&gt;, which are cabled through their mirror ports; the secondary must be a standard logical drive at least as large as the primary, in no other mirror relationship and not the base of a FlashCopy. Create primary and secondary on the same preferred controller. A full synchronization then copies the primary to the secondary; the primary stays fully accessible.</source>
        <translation>開始する前に: リモート論理ドライブ・ミラーリングが、ミラー・ポートでケーブル接続された&lt;b&gt;両方のストレージ・サブシステムで使用可能/活動化済み&lt;/b&gt;である必要があります。2 次論理ドライブは、1 次論理ドライブ以上の容量を持つ標準論理ドライブで、他のミラー関係に含まれておらず、FlashCopy の基本でもないものにしてください。1 次と 2 次は同じ優先コントローラー上に作成してください。その後、フル同期によって 1 次が 2 次にコピーされます。1 次には引き続き完全にアクセスできます。</translation>
    </message>
    <message>
        <source>&amp;Select the primary logical drive:</source>
        <translation>1 次論理ドライブの選択(&amp;S):</translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>論理ドライブ</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>アレイ</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Primary logical drives</source>
        <translation>1 次論理ドライブ</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>使用可能</translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorPairModel</name>
    <message>
        <source>Starting</source>
        <comment>synchronization progress</comment>
        <translation>開始中</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>progress percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>None</source>
        <comment>out of sync</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>write mode (copy type)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>非同期</translation>
    </message>
    <message>
        <source>Flapping (up)</source>
        <comment>link path</comment>
        <translation>フラッピング (アップ)</translation>
    </message>
    <message>
        <source>Flapping (down)</source>
        <comment>link path</comment>
        <translation>フラッピング (ダウン)</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last synchronized</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 on %2 is the primary; %3 on %4 is its secondary.</source>
        <translation>%2 上の %1 が 1 次で、%4 上の %3 がその 2 次です。</translation>
    </message>
    <message>
        <source>%1 on %2 is the secondary of %3 on %4: hosts may read it, but not write to it.</source>
        <translation>%2 上の %1 は %4 上の %3 の 2 次です: ホストは読み取りはできますが、書き込みはできません。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>%1 no longer lists this relationship.</source>
        <translation>%1 にはこの関係がもう記録されていません。</translation>
    </message>
    <message>
        <source>Resynchronization is Automatic: it starts when the storage subsystems communicate again.</source>
        <translation>再同期は自動です: ストレージ・サブシステムが再び通信できるようになると開始されます。</translation>
    </message>
    <message>
        <source>Needs Attention. Resynchronization is Manual: restore communication, then select Resume.</source>
        <translation>要注意。再同期は手動です: 通信を復元してから「再開」を選択してください。</translation>
    </message>
    <message>
        <source>Writes to the primary are recorded; Resume copies only the regions written since.</source>
        <translation>1 次への書き込みは記録されます。「再開」では、それ以降に書き込まれた領域だけがコピーされます。</translation>
    </message>
    <message>
        <source>Needs Attention: change the role of one side once the storage subsystems communicate.</source>
        <translation>要注意: ストレージ・サブシステムが通信できるようになったら、一方の側の役割を変更してください。</translation>
    </message>
    <message>
        <source>Needs Attention: remove the mirror relationship on this storage subsystem.</source>
        <translation>要注意: このストレージ・サブシステムでミラー関係を除去してください。</translation>
    </message>
    <message>
        <source>What a resynchronization would copy now (regions written since the secondary last confirmed them).</source>
        <translation>現時点で再同期によってコピーされるデータ (2 次が最後に確認して以降に書き込まれた領域)。</translation>
    </message>
    <message>
        <source>Path of controller %1 (controller %1 talks only to controller %1 of %2)</source>
        <translation>コントローラー %1 のパス (コントローラー %1 は %2 のコントローラー %1 とのみ通信します)</translation>
    </message>
    <message>
        <source>When the secondary last held exactly the primary&apos;s data: the recovery point.</source>
        <translation>2 次が最後に 1 次とまったく同じデータを保持していた時点: リカバリー・ポイントです。</translation>
    </message>
    <message>
        <source>Automatic: after a link interruption the pair resynchronizes by itself.</source>
        <translation>自動: リンクの中断後、ペアは自動的に再同期されます。</translation>
    </message>
    <message>
        <source>Manual (recommended): after a link interruption the pair waits for Resume.</source>
        <translation>手動 (推奨): リンクの中断後、ペアは再開を待ちます。</translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>論理ドライブ</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>mirror role column</comment>
        <translation>役割</translation>
    </message>
    <message>
        <source>Remote Logical Drive</source>
        <translation>リモート論理ドライブ</translation>
    </message>
    <message>
        <source>Remote Storage Subsystem</source>
        <translation>リモート・ストレージ・サブシステム</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>mirror status column</comment>
        <translation>状況</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Out of Sync</source>
        <translation>同期外れ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time Remaining</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Write Mode</source>
        <translation>書き込みモード</translation>
    </message>
    <message>
        <source>Resynchronization</source>
        <translation>再同期</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Last Synchronized</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Synchronization priority: Lowest takes about 8 times as long as Highest.</source>
        <translation>同期優先順位: 「最低」は「最高」の約 8 倍の時間がかかります。</translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>synchronization priority column</comment>
        <translation>優先順位</translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorPairsDialog</name>
    <message>
        <source>Select one or more mirrored pairs.</source>
        <translation>1 つ以上のミラー・ペアを選択してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Check the mirror, then click Finish to create it; a full synchronization starts at once.</source>
        <translation>ミラーを確認し、「完了」をクリックして作成してください。フル同期がすぐに開始されます。</translation>
    </message>
    <message>
        <source>Creating the mirror relationship…</source>
        <translation>ミラー関係を作成しています…</translation>
    </message>
    <message>
        <source>Primary logical drive</source>
        <translation>1 次論理ドライブ</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>drive on subsystem</comment>
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>Secondary logical drive</source>
        <translation>2 次論理ドライブ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Write mode</source>
        <translation>書き込みモード</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>write mode (copy type)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>非同期</translation>
    </message>
    <message>
        <source>Write consistency group</source>
        <translation>書き込み整合性グループ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Synchronization priority</source>
        <translation>同期優先順位</translation>
    </message>
    <message>
        <source>Resynchronization method</source>
        <translation>再同期方式</translation>
    </message>
    <message>
        <source>&lt;b&gt;All data on %1 will be overwritten&lt;/b&gt; by a full synchronization from %2. While it is the secondary, hosts can read %1 but not write to it; stop their I/O and unmount its file systems first. %2 stays fully accessible.</source>
        <translation>%2 からのフル同期によって&lt;b&gt;%1 のデータはすべて上書きされます&lt;/b&gt;。2 次である間、ホストは %1 を読み取れますが、書き込みはできません。先にホストの入出力を停止し、ファイル・システムをアンマウントしてください。%2 には引き続き完全にアクセスできます。</translation>
    </message>
    <message>
        <source>%1 is the base of FlashCopy logical drives: quiesce its host I/O while the mirror is created.</source>
        <translation>%1 は FlashCopy 論理ドライブの基本です: ミラーの作成中は、そのホスト入出力を静止してください。</translation>
    </message>
    <message>
        <source>%1 is mapped to %2 (LUN %3), which can then only read it.</source>
        <translation>%1 は LUN %3 として %2 にマップされています。%2 からは読み取りのみ可能になります。</translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorProgressDialog</name>
    <message>
        <source>Mirrored pair</source>
        <translation>ミラー・ペア</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>In progress…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>Waiting for the storage subsystem…</source>
        <translation>ストレージ・サブシステムを待っています…</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
</context>
<context>
    <name>Copyline::MirrorSelectionTable</name>
    <message>
        <source>Logical Drive</source>
        <translation>論理ドライブ</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>mirror role</comment>
        <translation>役割</translation>
    </message>
    <message>
        <source>Remote Logical Drive</source>
        <translation>リモート論理ドライブ</translation>
    </message>
    <message>
        <source>Remote Storage Subsystem</source>
        <translation>リモート・ストレージ・サブシステム</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>mirror status</comment>
        <translation>状況</translation>
    </message>
    <message>
        <source>Mirrored pairs</source>
        <translation>ミラー・ペア</translation>
    </message>
</context>
<context>
    <name>Copyline::MirroringPropertiesWidget</name>
    <message>
        <source>Synchronization progress</source>
        <translation>同期の進行状況</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>mirror role</comment>
        <translation>役割</translation>
    </message>
    <message>
        <source>Remote logical drive</source>
        <translation>リモート論理ドライブ</translation>
    </message>
    <message>
        <source>Remote storage subsystem</source>
        <translation>リモート・ストレージ・サブシステム</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Write mode</source>
        <translation>書き込みモード</translation>
    </message>
    <message>
        <source>Copy type</source>
        <translation>コピー・タイプ</translation>
    </message>
    <message>
        <source>Synchronization priority</source>
        <translation>同期優先順位</translation>
    </message>
    <message>
        <source>Resynchronization method</source>
        <translation>再同期方式</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>mirror status</comment>
        <translation>状況</translation>
    </message>
    <message>
        <source>Out of sync</source>
        <translation>同期外れ</translation>
    </message>
    <message>
        <source>Last synchronized</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last synchronized</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Remote mirror link</source>
        <translation>リモート・ミラー・リンク</translation>
    </message>
    <message>
        <source>Path of controller %1: %2</source>
        <translation>コントローラー %1 のパス: %2</translation>
    </message>
    <message>
        <source>Synchronization progress: %1%</source>
        <translation>同期の進行状況: %1%</translation>
    </message>
    <message>
        <source>%1 — %2 remaining at %3</source>
        <comment>progress — time remaining at rate</comment>
        <translation>%1 — 残り %2 (速度 %3)</translation>
    </message>
    <message>
        <source>Remote mirror</source>
        <translation>リモート・ミラー</translation>
    </message>
    <message>
        <source>Mirror repository logical drive of controller %1: it logs the remote writes not yet written to the secondaries.</source>
        <translation>コントローラー %1 のミラー・リポジトリー論理ドライブ: まだ 2 次論理ドライブに書き込まれていないリモート書き込みを記録します。</translation>
    </message>
    <message>
        <source>Not in a mirror relationship</source>
        <translation>ミラー関係なし</translation>
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
        <translation>名前の指定</translation>
    </message>
    <message numerus="yes">
        <source>Name the FlashCopy logical drive and its repository, with at most %n characters each.</source>
        <translation>
            <numerusform>FlashCopy 論理ドライブとそのリポジトリーに、それぞれ最大 %n 文字の名前を付けてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;FlashCopy logical drive name:</source>
        <translation>FlashCopy 論理ドライブ名(&amp;F):</translation>
    </message>
    <message>
        <source>FlashCopy &amp;repository logical drive name:</source>
        <translation>FlashCopy リポジトリー論理ドライブ名(&amp;R):</translation>
    </message>
    <message>
        <source>The defaults are &lt;i&gt;base&lt;/i&gt;-&lt;i&gt;n&lt;/i&gt; and &lt;i&gt;base&lt;/i&gt;-R&lt;i&gt;n&lt;/i&gt;, where &lt;i&gt;n&lt;/i&gt; is the lowest number not used by the base&apos;s FlashCopies; a long base name is shortened to fit. Custom names do not use up a number.</source>
        <translation>デフォルトの名前は &lt;i&gt;基本&lt;/i&gt;-&lt;i&gt;n&lt;/i&gt; および &lt;i&gt;基本&lt;/i&gt;-R&lt;i&gt;n&lt;/i&gt; です。&lt;i&gt;n&lt;/i&gt; は基本論理ドライブの FlashCopy で使用されていない最小の番号です。長い基本論理ドライブ名は収まるように短縮されます。カスタム名は番号を消費しません。</translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::DefineControlVolumeDialog</name>
    <message>
        <source>Disk No.</source>
        <translation>ディスク番号</translation>
    </message>
    <message>
        <source>LDN</source>
        <translation>LDN</translation>
    </message>
    <message>
        <source>LD Name</source>
        <translation>LD名</translation>
    </message>
    <message>
        <source>Disk Array</source>
        <translation>ディスクアレイ</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Define Control Volume</source>
        <translation>コントロールボリューム定義</translation>
    </message>
    <message>
        <source>Server %1. A control volume is used when the server issues control I/O to the disk array: select one logical disk for each disk array.</source>
        <translation>サーバ %1。コントロールボリュームは、サーバがディスクアレイへ制御I/Oを発行するときに使用します。ディスクアレイごとに論理ディスクを1つ選択してください。</translation>
    </message>
    <message>
        <source>Selected Volume List</source>
        <translation>選択ボリューム一覧</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Takes back a logical disk added in this window</source>
        <translation>この画面で追加した論理ディスクを取り消します</translation>
    </message>
    <message>
        <source>Candidate Volume List</source>
        <translation>候補ボリューム一覧</translation>
    </message>
    <message>
        <source>Do not select an RV or a link-volume (LV) for the snapshot function as a control volume because it may enter the Not Ready state during operation.</source>
        <translation>RV やスナップショット機能のリンクボリューム (LV) は、運用中に Not Ready 状態になることがあるため、コントロールボリュームとして選択しないでください。</translation>
    </message>
    <message>
        <source>Added; saved with OK</source>
        <translation>追加済み。OK で保存されます</translation>
    </message>
    <message>
        <source>%1 is an RV. Do not select an RV or a link-volume (LV) for the snapshot function as a control volume because it may enter the Not Ready state during operation.</source>
        <translation>%1 は RV です。RV やスナップショット機能のリンクボリューム (LV) は、運用中に Not Ready 状態になることがあるため、コントロールボリュームとして選択しないでください。</translation>
    </message>
    <message>
        <source>%1 is an %2. Prepare a volume such as IV with which the server can properly issue I/O to the disk array.</source>
        <translation>%1 は %2 です。IV など、サーバがディスクアレイへ正しく I/O を発行できるボリュームを用意してください。</translation>
    </message>
    <message>
        <source>You can select one logical disk for each disk array as a control volume: %1 is already selected for disk array %2.</source>
        <translation>コントロールボリュームはディスクアレイごとに1つの論理ディスクを選択できます。ディスクアレイ %2 には %1 が選択済みです。</translation>
    </message>
    <message>
        <source>Do you want to save definition information?</source>
        <translation>定義情報を保存しますか?</translation>
    </message>
    <message>
        <source>The definition information has been saved. Select File &gt; Create/Update Volume List to reflect it to the volume list.</source>
        <translation>定義情報を保存しました。ボリューム一覧へ反映するには [ファイル] &gt; [ボリューム一覧作成/更新] を選択してください。</translation>
    </message>
    <message>
        <source>Do you want to cancel the definition?</source>
        <translation>定義を取り消しますか?</translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::NecPerspective</name>
    <message>
        <source>Data Replication</source>
        <translation>データレプリケーション</translation>
    </message>
    <message>
        <source>Replication Management</source>
        <translation>レプリケーション管理</translation>
    </message>
    <message>
        <source>Volume List Display</source>
        <translation>ボリューム一覧表示</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Back to the storage subsystems of another family</source>
        <translation>他のファミリのストレージサブシステムに戻ります</translation>
    </message>
    <message>
        <source>NEC Storage Manager Data Replication — %1</source>
        <translation>NEC Storage Manager データレプリケーション — %1</translation>
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
        <translation>Restore (RV保護)</translation>
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
        <translation>障害分離 (failure separation)</translation>
    </message>
    <message>
        <source>Background Copy</source>
        <translation>バックグラウンドコピー (Background Copy)</translation>
    </message>
    <message>
        <source>Sync Mode</source>
        <translation>同期モード (Sync Mode)</translation>
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
        <translation>正常</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>異常</translation>
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
        <translation>コンソールはエンジンに接続されていません。</translation>
    </message>
    <message>
        <source>MV %1, RV %2 — %3 (%4)</source>
        <translation>MV %1、RV %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>Pair Setting</source>
        <translation>ペア設定</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1 (%2、%3、%4)</translation>
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
        <translation>このディスクアレイには MV にできる論理ディスクがありません。</translation>
    </message>
    <message>
        <source>No ordinary volume (IV) of the MV&apos;s capacity and OS type can become its RV.</source>
        <translation>MV と同じ容量・OS タイプで RV にできる通常ボリューム (IV) がありません。</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>ペア解除</translation>
    </message>
    <message>
        <source>Cancels the pair: both logical disks become ordinary volumes (IV).</source>
        <translation>ペアを解除します。両方の論理ディスクは通常ボリューム (IV) に戻ります。</translation>
    </message>
    <message>
        <source>Forced unpair</source>
        <translation>強制ペア解除</translation>
    </message>
    <message>
        <source>In any state; the RV may hold partly copied data.</source>
        <translation>どの状態でも実行します。RV には一部だけコピーされたデータが残ることがあります。</translation>
    </message>
    <message>
        <source>The pair is not separated: separate it first, or use forced unpair.</source>
        <translation>ペアは分離されていません。先に Separate するか、強制ペア解除を使用してください。</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Replicate</translation>
    </message>
    <message>
        <source>Copies the MV to the RV (rpl/exec); afterwards MV updates are reflected to the RV (rpl/sync). The RV must be unmounted on every server.</source>
        <translation>MV を RV へコピーし (rpl/exec)、その後は MV の更新を RV に反映します (rpl/sync)。RV はすべてのサーバでアンマウントされている必要があります。</translation>
    </message>
    <message>
        <source>Difference (only what changed since the separate)</source>
        <translation>差分 (Separate 以降に変更された部分のみ)</translation>
    </message>
    <message>
        <source>Full (the whole MV)</source>
        <translation>全面 (MV 全体)</translation>
    </message>
    <message>
        <source>Copy range:</source>
        <translation>コピー範囲:</translation>
    </message>
    <message>
        <source>Sync Mode (foreground copy)</source>
        <translation>同期モード (フォアグラウンドコピー)</translation>
    </message>
    <message>
        <source>Background Copy</source>
        <translation>バックグラウンドコピー (Background Copy)</translation>
    </message>
    <message>
        <source>Copy control state:</source>
        <translation>コピー制御状態:</translation>
    </message>
    <message>
        <source>RV access during replicate:</source>
        <translation>Replicate 中の RV アクセス:</translation>
    </message>
    <message>
        <source>Separate</source>
        <translation>Separate</translation>
    </message>
    <message>
        <source>Separates the RV from the MV: the difference still to reflect is copied (sep/exec), then the RV holds the MV as of the separate (separated).</source>
        <translation>RV を MV から分離します。未反映の差分をコピーし (sep/exec)、その後 RV は分離時点の MV を保持します (separated)。</translation>
    </message>
    <message>
        <source>RV access after separate:</source>
        <translation>Separate 後の RV アクセス:</translation>
    </message>
    <message>
        <source>When the separate completes (complete)</source>
        <translation>分離完了時 (complete)</translation>
    </message>
    <message>
        <source>Immediately, while the difference is reflected (immediate)</source>
        <translation>即時、差分反映中から (immediate)</translation>
    </message>
    <message>
        <source>RV use:</source>
        <translation>RV 使用:</translation>
    </message>
    <message>
        <source>Forced separate</source>
        <translation>強制分離</translation>
    </message>
    <message>
        <source>When an ordinary separate is not possible: at once, in any state; what is not yet copied stays recorded as difference.</source>
        <translation>通常の Separate ができないとき、どの状態でも即時に分離します。未コピーの部分は差分として記録されたままになります。</translation>
    </message>
    <message>
        <source>In %1 only a forced separate is possible.</source>
        <translation>%1 では強制分離のみ可能です。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Copies the RV back to the MV (rst/exec). MV and RV must be unmounted on every server.</source>
        <translation>RV を MV へ書き戻します (rst/exec)。MV と RV はすべてのサーバでアンマウントされている必要があります。</translation>
    </message>
    <message>
        <source>RV protection</source>
        <translation>RV 保護</translation>
    </message>
    <message>
        <source>MV updates are not reflected to the RV, and the pair separates automatically when the restore ends. Without it, MV updates are reflected to the RV until you separate.</source>
        <translation>MV の更新は RV に反映されず、Restore 終了時にペアは自動的に分離します。保護なしでは、Separate するまで MV の更新が RV に反映されます。</translation>
    </message>
    <message>
        <source>RV access during restore:</source>
        <translation>Restore 中の RV アクセス:</translation>
    </message>
    <message>
        <source>RV Access Restriction Change</source>
        <translation>RV アクセス制限変更</translation>
    </message>
    <message>
        <source>In the Separated state the RV can be Read/Write or Read Only.</source>
        <translation>Separated 状態では RV を Read/Write または Read Only にできます。</translation>
    </message>
    <message>
        <source>While MV and RV are paired the RV can be Not Ready or Read Only.</source>
        <translation>MV と RV が結合している間、RV は Not Ready または Read Only にできます。</translation>
    </message>
    <message>
        <source>RV access:</source>
        <translation>RV アクセス:</translation>
    </message>
    <message>
        <source>Copyline gives the RV to hosts when the separate completes either way: it does not redirect RV reads to the MV while the difference is reflected, as the disk array does. In Sync Mode that is at once.</source>
        <translation>Copyline はどちらの場合もセパレートの完了時に RV をホストに渡します。ディスクアレイのように、差分の反映中に RV の読み取りを MV へリダイレクトしないためです。Sync Mode ではすぐに完了します。</translation>
    </message>
    <message>
        <source>RemoteDataReplication from disk array %1 to %2.</source>
        <translation>ディスクアレイ %1 から %2 への RemoteDataReplication。</translation>
    </message>
    <message>
        <source>Binds an RV to an MV of disk array %1. The pair starts Separated; its first Replicate copies the whole MV. MV and RV need the same capacity and OS type. An RV on a disk array linked to this one makes a RemoteDataReplication pair.</source>
        <translation>ディスクアレイ %1 の MV に RV を結び付けます。ペアは Separated で始まり、最初の Replicate で MV 全体をコピーします。MV と RV は同じ容量と OS タイプが必要です。このディスクアレイとリンクされたディスクアレイ上の RV は RemoteDataReplication ペアになります。</translation>
    </message>
    <message>
        <source>%1 on disk array %2 (RemoteDataReplication)</source>
        <translation>%1 (ディスクアレイ %2、RemoteDataReplication)</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Connect Disk Arrays</source>
        <translation>ディスクアレイの接続</translation>
    </message>
    <message>
        <source>Cables the Replication Director of disk array %1 to another disk array&apos;s. RemoteDataReplication pairs copy over this link; both arrays need the RemoteDataReplication licence.</source>
        <translation>ディスクアレイ %1 の Replication Director を別のディスクアレイのものとケーブルで接続します。RemoteDataReplication ペアはこのリンクでコピーします。両方のディスクアレイに RemoteDataReplication のライセンスが必要です。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Disk array:</source>
        <translation>ディスクアレイ:</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>帯域幅:</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>往復時間:</translation>
    </message>
    <message>
        <source>Every other disk array is linked to this one already, or there is none.</source>
        <translation>他のディスクアレイはすべて既にリンクされているか、存在しません。</translation>
    </message>
    <message>
        <source>Link Settings</source>
        <translation>リンクの設定</translation>
    </message>
    <message>
        <source>The link between disk arrays %1 and %2, path state %3. A link fault (path down) separates the pairs replicating over it due to a failure when their copies cannot reach the RV; after repairing it, check that the path state is normal and Replicate them again.</source>
        <translation>ディスクアレイ %1 と %2 の間のリンク、パス状態 %3。リンク障害 (パス切断) では、コピーが RV に届かないとき、このリンクでレプリケートしているペアが障害により分離されます。修復後、パス状態が正常であることを確認し、再度 Replicate してください。</translation>
    </message>
    <message>
        <source>Up (normal)</source>
        <translation>接続 (正常)</translation>
    </message>
    <message>
        <source>Down (link fault)</source>
        <translation>切断 (リンク障害)</translation>
    </message>
    <message>
        <source>Flapping (intermittent fault)</source>
        <translation>断続 (間欠障害)</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <source>A simulated fault of the cable or the Replication Director.</source>
        <translation>ケーブルまたは Replication Director の障害のシミュレーション。</translation>
    </message>
    <message>
        <source>Disconnect Disk Arrays</source>
        <translation>ディスクアレイの切断</translation>
    </message>
    <message>
        <source>Removes the link between disk arrays %1 and %2.</source>
        <translation>ディスクアレイ %1 と %2 の間のリンクを削除します。</translation>
    </message>
    <message numerus="yes">
        <source>%n RemoteDataReplication pair(s) use this link: unpair them first.</source>
        <translation>
            <numerusform>%n 個の RemoteDataReplication ペアがこのリンクを使用しています。先にペアを解除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Semi Sync Mode</source>
        <translation>Semi Sync Mode</translation>
    </message>
    <message>
        <source>Host writes complete without waiting for the RV while less than the disk array&apos;s Semi Sync limit waits to be reflected; beyond it, as in Sync Mode.</source>
        <translation>ディスクアレイの Semi Sync 上限未満の未反映データしかない間は、ホストの書き込みは RV を待たずに完了します。上限を超えると Sync Mode と同様に待ちます。</translation>
    </message>
    <message>
        <source>For RemoteDataReplication only: inside one disk array Sync Mode costs little.</source>
        <translation>RemoteDataReplication 専用です。1 台のディスクアレイ内では Sync Mode の負荷は小さいためです。</translation>
    </message>
    <message>
        <source>The engine of site %1 manages this pair. Here only a Forced Separate is possible, and only while that engine cannot be reached (a failover): the RV is then usable on this site.</source>
        <translation>このペアはサイト %1 のエンジンが管理しています。ここでは強制分離のみ可能で、そのエンジンに到達できない間 (フェイルオーバー) に限ります。その後、RV はこのサイトで使用できます。</translation>
    </message>
    <message>
        <source>The engine of site %1 manages this pair: here only a forced separate is possible.</source>
        <translation>このペアはサイト %1 のエンジンが管理しています。ここでは強制分離のみ可能です。</translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::ReplicationPanel</name>
    <message>
        <source>Pair Setting…</source>
        <translation>ペア設定…</translation>
    </message>
    <message>
        <source>Unpair…</source>
        <translation>ペア解除…</translation>
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
        <translation>RV アクセス…</translation>
    </message>
    <message>
        <source>Bind an RV to an MV (pair setting)</source>
        <translation>MV に RV を結合します (ペア設定)</translation>
    </message>
    <message>
        <source>RV access restriction change</source>
        <translation>RV アクセス制限変更</translation>
    </message>
    <message>
        <source>Logical Disk</source>
        <translation>論理ディスク</translation>
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
        <translation>活動状態</translation>
    </message>
    <message>
        <source>Sync State</source>
        <translation>同期状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Copy Control State</source>
        <translation>コピー制御状態</translation>
    </message>
    <message>
        <source>RV Access</source>
        <translation>RV アクセス</translation>
    </message>
    <message>
        <source>Separate Diff</source>
        <translation>分離差分</translation>
    </message>
    <message>
        <source>Copy Diff</source>
        <translation>コピー差分</translation>
    </message>
    <message>
        <source>LD name (LDN)</source>
        <translation>LD名 (LDN)</translation>
    </message>
    <message>
        <source>Disk array %1 (%2)</source>
        <translation>ディスクアレイ %1 (%2)</translation>
    </message>
    <message>
        <source>Select a pair first.</source>
        <translation>先にペアを選択してください。</translation>
    </message>
    <message>
        <source>The pair is Separated: Replicate or Restore it.</source>
        <translation>ペアは Separated です。Replicate または Restore してください。</translation>
    </message>
    <message>
        <source>The pair is in %1: Separate it first.</source>
        <translation>ペアは %1 です。先に Separate してください。</translation>
    </message>
    <message>
        <source>The pair is already separated.</source>
        <translation>ペアはすでに分離されています。</translation>
    </message>
    <message>
        <source>Select a pair to see its states; Pair Setting binds a new one.</source>
        <translation>ペアを選択すると状態を表示します。新しいペアはペア設定で結合します。</translation>
    </message>
    <message>
        <source>MV %1 (%2, %3) — RV %4 (%5)</source>
        <translation>MV %1 (%2、%3) — RV %4 (%5)</translation>
    </message>
    <message>
        <source>Activity State: %1    Sync State: %2</source>
        <translation>活動状態: %1    同期状態: %2</translation>
    </message>
    <message>
        <source>Copy Control State: %1    RV Access: %2</source>
        <translation>コピー制御状態: %1    RV アクセス: %2</translation>
    </message>
    <message>
        <source>Start Time: %1    Separate Diff: %2    Copy Diff: %3</source>
        <translation>開始時刻: %1    分離差分: %2    コピー差分: %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>MV, RV or state</source>
        <translation>MV、RV、または状態</translation>
    </message>
    <message>
        <source>&lt;b&gt;Links to other disk arrays&lt;/b&gt;</source>
        <translation>&lt;b&gt;他のディスクアレイへのリンク&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>接続…</translation>
    </message>
    <message>
        <source>Link Settings…</source>
        <translation>リンクの設定…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>切断…</translation>
    </message>
    <message>
        <source>Cable this disk array&apos;s Replication Director to another&apos;s</source>
        <translation>このディスクアレイの Replication Director を別のものと接続します</translation>
    </message>
    <message>
        <source>Disk Array</source>
        <translation>ディスクアレイ</translation>
    </message>
    <message>
        <source>Path State</source>
        <translation>パス状態</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>帯域幅</translation>
    </message>
    <message>
        <source>Round Trip</source>
        <translation>往復時間</translation>
    </message>
    <message>
        <source>RemoteDataReplication Pairs</source>
        <translation>RemoteDataReplication ペア</translation>
    </message>
    <message>
        <source>%1 (RV of %2 on %3)</source>
        <translation>%1 (%3 上の %2 の RV)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a link first.</source>
        <translation>先にリンクを選択してください。</translation>
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
        <translation>無制限</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No link: Connect… cables this disk array to another for RemoteDataReplication.</source>
        <translation>リンクなし: 「接続…」で RemoteDataReplication のためにこのディスクアレイを別のものと接続します。</translation>
    </message>
    <message>
        <source>RemoteDataReplication from disk array %1 to %2; path state of the link: %3</source>
        <translation>ディスクアレイ %1 から %2 への RemoteDataReplication、リンクのパス状態: %3</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>リンクなし</translation>
    </message>
    <message>
        <source>A link fault: remove the cause, then check that the path state is normal.</source>
        <translation>リンク障害: 原因を取り除き、パス状態が正常であることを確認してください。</translation>
    </message>
    <message>
        <source>Semi Sync buffer: %1 of %2 not yet reflected to the RV</source>
        <translation>Semi Sync バッファ: %2 のうち %1 が RV に未反映</translation>
    </message>
    <message>
        <source>The engine of site %1 serves this disk array: set its pairs there.</source>
        <translation>このディスクアレイはサイト %1 のエンジンが管理しています。ペアはそちらで設定してください。</translation>
    </message>
    <message>
        <source>The MV is on the engine of site %1, which manages the pair: attach that engine to change it.</source>
        <translation>MV はサイト %1 のエンジンにあり、そのエンジンがペアを管理しています。変更するにはそのエンジンに接続してください。</translation>
    </message>
    <message>
        <source>The RV is on another engine&apos;s disk array: Copyline does not restore across engines yet. Unpair, then set a pair with it as the MV on its engine.</source>
        <translation>RV は別のエンジンのディスクアレイにあります。Copyline はまだエンジンをまたぐリストアを行いません。ペアを解除し、そのエンジンでこれを MV とするペアを設定してください。</translation>
    </message>
    <message>
        <source>The engine of site %1 serves this disk array: connect it from one of this engine&apos;s.</source>
        <translation>このディスクアレイはサイト %1 のエンジンが管理しています。このエンジンのディスクアレイから接続してください。</translation>
    </message>
    <message>
        <source>The MV is on the engine of site %1, which manages the pair: this engine serves the RV.</source>
        <translation>MV はサイト %1 のエンジンにあり、そのエンジンがペアを管理しています。このエンジンは RV を管理します。</translation>
    </message>
    <message>
        <source>Only a Forced Separate, while the engine of site %1 cannot be reached (a failover).</source>
        <translation>サイト %1 のエンジンに到達できない間 (フェイルオーバー) の強制分離のみ。</translation>
    </message>
</context>
<context>
    <name>Copyline::NecUi::VolumeListPanel</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Create/Update Volume List</source>
        <translation>ボリューム一覧作成/更新</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>最新の情報に更新</translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation>操作(&amp;O)</translation>
    </message>
    <message>
        <source>Define Control Volume</source>
        <translation>コントロールボリューム定義</translation>
    </message>
    <message>
        <source>Mount…</source>
        <translation>マウント…</translation>
    </message>
    <message>
        <source>Unmount</source>
        <translation>アンマウント</translation>
    </message>
    <message>
        <source>Flush</source>
        <translation>フラッシュ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About Volume List Display</source>
        <translation>ボリューム一覧表示について</translation>
    </message>
    <message>
        <source>Volume List Display</source>
        <translation>ボリューム一覧表示</translation>
    </message>
    <message>
        <source>The volume list of a server: the logical disks of the disk arrays the server sees, with their drive letters, mount point volume names and disk numbers. Create/Update Volume List makes it (iSMvollist -cr); the replication commands of the server use it.</source>
        <translation>サーバのボリューム一覧です。サーバから見えるディスクアレイの論理ディスクを、ドライブ文字、マウントポイントボリューム名、ディスク番号とともに示します。[ボリューム一覧作成/更新] で作成し (iSMvollist -cr)、サーバのレプリケーションコマンドが使用します。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバ:</translation>
    </message>
    <message>
        <source>Disk Array Subsystem</source>
        <translation>ディスクアレイサブシステム</translation>
    </message>
    <message>
        <source>Drive Letter/Path Name</source>
        <translation>ドライブ文字/パス名</translation>
    </message>
    <message>
        <source>Volume Name</source>
        <translation>ボリューム名</translation>
    </message>
    <message>
        <source>Disk No.</source>
        <translation>ディスク番号</translation>
    </message>
    <message>
        <source>Volume Definition</source>
        <translation>ボリューム定義</translation>
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
        <translation>LD名</translation>
    </message>
    <message>
        <source>Disk Array</source>
        <translation>ディスクアレイ</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Paired/Linked Logical Disk Information List</source>
        <translation>ペア/リンク論理ディスク情報一覧</translation>
    </message>
    <message>
        <source>%1: unmounted (the file system buffer was written).</source>
        <translation>%1: アンマウントしました (ファイルシステムバッファを書き出しました)。</translation>
    </message>
    <message>
        <source>%1: the file system buffer was written to the disk.</source>
        <translation>%1: ファイルシステムバッファをディスクに書き出しました。</translation>
    </message>
    <message>
        <source>ALL</source>
        <translation>ALL</translation>
    </message>
    <message>
        <source>The volume list of %1 has not been created: select File &gt; Create/Update Volume List.</source>
        <translation>%1 のボリューム一覧は作成されていません。[ファイル] &gt; [ボリューム一覧作成/更新] を選択してください。</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Mounted</source>
        <translation>マウント済み</translation>
    </message>
    <message>
        <source>No drive letter</source>
        <translation>ドライブ文字なし</translation>
    </message>
    <message>
        <source>Not mounted</source>
        <translation>未マウント</translation>
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
        <translation>マウント</translation>
    </message>
    <message>
        <source>Mounts %1 (%2, %3) on %4.</source>
        <translation>%1 (%2、%3) を %4 にマウントします。</translation>
    </message>
    <message>
        <source>Drive letter:</source>
        <translation>ドライブ文字:</translation>
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
        <translation>%2 の LUN %1</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>マップされていません</translation>
    </message>
    <message>
        <source>%1 is not mapped: no host can read or write it.</source>
        <translation>%1 はマップされていません: どのホストも読み書きできません。</translation>
    </message>
    <message numerus="yes">
        <source>Megabytes per second (1 MB = 1,048,576 bytes), averaged over the last %n second(s)</source>
        <translation>
            <numerusform>1 秒あたりのメガバイト数 (1 MB = 1,048,576 バイト)、直近 %n 秒間の平均</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Host requests per second, averaged over the last %n second(s)</source>
        <translation>
            <numerusform>1 秒あたりのホスト要求数、直近 %n 秒間の平均</numerusform>
        </translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>論理ドライブ</translation>
    </message>
    <message>
        <source>Mapped To</source>
        <translation>マップ先</translation>
    </message>
    <message>
        <source>Read MB/s</source>
        <translation>読み取り MB/s</translation>
    </message>
    <message>
        <source>Write MB/s</source>
        <translation>書き込み MB/s</translation>
    </message>
    <message>
        <source>Read IOPS</source>
        <translation>読み取り IOPS</translation>
    </message>
    <message>
        <source>Write IOPS</source>
        <translation>書き込み IOPS</translation>
    </message>
    <message>
        <source>Data Read</source>
        <translation>読み取りデータ量</translation>
    </message>
    <message>
        <source>Data Written</source>
        <translation>書き込みデータ量</translation>
    </message>
</context>
<context>
    <name>Copyline::PerformanceView</name>
    <message>
        <source>Host I/O per logical drive</source>
        <translation>論理ドライブごとのホスト入出力</translation>
    </message>
    <message>
        <source>Logical Drives</source>
        <translation>論理ドライブ</translation>
    </message>
    <message>
        <source>Show &amp;Total</source>
        <translation>合計を表示(&amp;T)</translation>
    </message>
    <message>
        <source>Chart the whole storage subsystem instead of the selected logical drive</source>
        <translation>選択した論理ドライブではなく、ストレージ・サブシステム全体をグラフに表示します</translation>
    </message>
    <message>
        <source>Host I/O of %1</source>
        <translation>%1 のホスト入出力</translation>
    </message>
    <message>
        <source>Total: read %1 MB/s (%2 IOPS), write %3 MB/s (%4 IOPS)</source>
        <translation>合計: 読み取り %1 MB/s (%2 IOPS)、書き込み %3 MB/s (%4 IOPS)</translation>
    </message>
    <message>
        <source>no host workload running</source>
        <translation>実行中のホスト・ワークロードなし</translation>
    </message>
    <message numerus="yes">
        <source>%n host workload(s) running</source>
        <translation>
            <numerusform>実行中のホスト・ワークロード %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host workload(s) paused</source>
        <translation>
            <numerusform>一時停止中のホスト・ワークロード %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n paused</source>
        <comment>host workloads running, paused</comment>
        <translation>
            <numerusform>%1、一時停止中 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>host I/O server (NBD) on port %1</source>
        <translation>ホスト入出力サーバー (NBD) ポート %1</translation>
    </message>
    <message>
        <source>host I/O server (NBD) not running</source>
        <translation>ホスト入出力サーバー (NBD) 停止中</translation>
    </message>
    <message>
        <source>Logical drive %1</source>
        <translation>論理ドライブ %1</translation>
    </message>
    <message>
        <source>All logical drives of %1</source>
        <translation>%1 のすべての論理ドライブ</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>Host, copy and mirror traffic in MB/s, last two minutes</source>
        <translation>ホスト、コピー、ミラーのトラフィック (MB/s)、直近 2 分間</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>Host reads and writes per second, last two minutes</source>
        <translation>1 秒あたりのホストの読み取りと書き込み、直近 2 分間</translation>
    </message>
    <message>
        <source>ms (mean)</source>
        <translation>ms (平均)</translation>
    </message>
    <message>
        <source>Mean host read and write latency in milliseconds, last two minutes</source>
        <translation>ホストの読み取りと書き込みの平均待ち時間 (ミリ秒)、直近 2 分間</translation>
    </message>
    <message>
        <source>% of repository capacity</source>
        <translation>リポジトリー容量に対する %</translation>
    </message>
    <message>
        <source>FlashCopy repository use in percent, last ten minutes</source>
        <translation>FlashCopy リポジトリーの使用率 (パーセント)、直近 10 分間</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Global Mirror recovery point objective in seconds, last ten minutes</source>
        <translation>Global Mirror のリカバリー・ポイント目標 (RPO) (秒)、直近 10 分間</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>トラフィック</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <source>FlashCopy Repositories</source>
        <translation>FlashCopy リポジトリー</translation>
    </message>
    <message>
        <source>Global Mirror RPO</source>
        <translation>Global Mirror RPO</translation>
    </message>
    <message>
        <source>Host I/O, copies (FlashCopy copy-on-write, VolumeCopy) and mirror traffic (synchronization, writes shipped, journal) in MB/s; copies and mirrors count on their source drive</source>
        <translation>ホスト入出力、コピー (FlashCopy のコピー・オン・ライト、VolumeCopy)、およびミラー・トラフィック (同期、転送された書き込み、ジャーナル) (MB/s)。コピーとミラーはソース・ドライブで計上されます</translation>
    </message>
    <message>
        <source>Host read and write requests per second</source>
        <translation>1 秒あたりのホストの読み取り要求と書き込み要求</translation>
    </message>
    <message>
        <source>Mean service time of the host reads and writes in each interval, in milliseconds (copy-on-write and synchronous mirroring included)</source>
        <translation>各間隔におけるホストの読み取りと書き込みの平均サービス時間 (ミリ秒、コピー・オン・ライトと同期ミラーリングを含む)</translation>
    </message>
    <message>
        <source>Repository use of each FlashCopy logical drive in percent of its capacity; the dashed line is the warning threshold</source>
        <translation>各 FlashCopy 論理ドライブのリポジトリー使用率 (容量に対するパーセント)。破線は警告しきい値です</translation>
    </message>
    <message>
        <source>Recovery point objective of each Global Mirroring pair: how many seconds of writes the secondary lags behind</source>
        <translation>各 Global Mirroring ペアのリカバリー・ポイント目標: 2 次論理ドライブが書き込みの何秒分遅れているか</translation>
    </message>
    <message>
        <source>Performance Charts</source>
        <translation>パフォーマンス・グラフ</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Read (mean)</source>
        <translation>読み取り (平均)</translation>
    </message>
    <message>
        <source>Write (mean)</source>
        <translation>書き込み (平均)</translation>
    </message>
    <message>
        <source>Host I/O</source>
        <translation>ホスト入出力</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Mirror sync</source>
        <translation>ミラー同期</translation>
    </message>
    <message>
        <source>Warning threshold (%1 %)</source>
        <translation>警告しきい値 (%1 %)</translation>
    </message>
    <message>
        <source>Lowest warning threshold (%1 %)</source>
        <translation>最低の警告しきい値 (%1 %)</translation>
    </message>
    <message>
        <source>No FlashCopy logical drives on this storage subsystem</source>
        <translation>このストレージ・サブシステムには FlashCopy 論理ドライブがありません</translation>
    </message>
    <message>
        <source>FlashCopies of %1</source>
        <translation>%1 の FlashCopy</translation>
    </message>
    <message>
        <source>The %1 fullest of %2 FlashCopies</source>
        <translation>%2 個の FlashCopy のうち使用率が最も高い %1 個</translation>
    </message>
    <message>
        <source>All FlashCopies of %1</source>
        <translation>%1 のすべての FlashCopy</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No Global Mirroring pairs (asynchronous with write consistency) on this storage subsystem</source>
        <translation>このストレージ・サブシステムには Global Mirroring ペア (書き込み整合性ありの非同期) がありません</translation>
    </message>
    <message>
        <source>Global Mirror pair of %1</source>
        <translation>%1 の Global Mirror ペア</translation>
    </message>
    <message>
        <source>Global Mirroring pairs of %1</source>
        <translation>%1 の Global Mirroring ペア</translation>
    </message>
</context>
<context>
    <name>Copyline::PersistentReservationsDialog</name>
    <message>
        <source>Legacy</source>
        <translation>レガシー</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>永続</translation>
    </message>
    <message>
        <source>None</source>
        <comment>reservation</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Persistent Reservations</source>
        <translation>永続予約</translation>
    </message>
    <message>
        <source>&amp;View Associated Registrations</source>
        <translation>関連する登録を表示(&amp;V)</translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>論理ドライブ</translation>
    </message>
    <message>
        <source>Reservation Type</source>
        <translation>予約タイプ</translation>
    </message>
    <message>
        <source>Registered Host</source>
        <translation>登録ホスト</translation>
    </message>
    <message>
        <source>No logical drive of this storage subsystem holds a reservation.</source>
        <translation>このストレージ・サブシステムの論理ドライブに予約はありません。</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear…</source>
        <translation>解除(&amp;L)…</translation>
    </message>
    <message numerus="yes">
        <source>Clearing removes the registrations and reservations of %n logical drive(s): %1. The hosts lose their hold on them; do this only when no host depends on it.</source>
        <translation>
            <numerusform>解除すると %n 個の論理ドライブの登録と予約が削除されます: %1。ホストは保持を失います。どのホストも依存していない場合にのみ実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Registrations/Reservations</source>
        <translation>登録/予約の解除</translation>
    </message>
</context>
<context>
    <name>Copyline::PhysicalView</name>
    <message>
        <source>Physical view</source>
        <translation>物理ビュー</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%2 に%1</translation>
    </message>
    <message>
        <source>Drive [%1,%2]
Capacity: %3
Type: %4, %5 rpm
Role: %6
Status: %7</source>
        <translation>ドライブ [%1,%2]
容量: %3
タイプ: %4、%5 rpm
役割: %6
状況: %7</translation>
    </message>
    <message>
        <source>%1 · serial %2</source>
        <translation>%1 · シリアル番号 %2</translation>
    </message>
    <message>
        <source>No storage subsystem selected</source>
        <translation>ストレージ・サブシステムが選択されていません</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>コントローラー</translation>
    </message>
    <message>
        <source>Enclosure %1</source>
        <translation>エンクロージャー %1</translation>
    </message>
    <message>
        <source>%1 drives · %2 assigned · %3 unassigned · %4 hot spare(s)</source>
        <translation>ドライブ %1 台 · 割り当て済み %2 · 未割り当て %3 · ホット・スペア %4</translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation> · 障害 %1</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>割り当て済み</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Hot spare</source>
        <translation>ホット・スペア</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>障害</translation>
    </message>
    <message>
        <source>Drives of the selected array</source>
        <translation>選択したアレイのドライブ</translation>
    </message>
    <message>
        <source>Click a drive for its details · Ctrl+click selects several drives for Array ▸ Create</source>
        <translation>ドライブをクリックすると詳細が表示されます · Ctrl+クリックで「アレイ ▸ 作成」用に複数のドライブを選択します</translation>
    </message>
    <message>
        <source>%1 · %2, %3 rpm · %4 · %5 · %6 serial %7</source>
        <translation>%1 · %2、%3 rpm · %4 · %5 · %6 シリアル番号 %7</translation>
    </message>
    <message numerus="yes">
        <source>%n drives selected</source>
        <translation>
            <numerusform>%n 台のドライブを選択</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 usable in total</source>
        <translation>%1 · 合計使用可能容量 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) · capacity %1 · free %2 · %3 logical drive(s)</source>
        <translation>
            <numerusform>ドライブ %n 台 · 容量 %1 · 空き %2 · 論理ドライブ %3 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 drives in %2 enclosure(s) · %3 unconfigured · %4 hot spare(s) · %5 not optimal</source>
        <translation>ドライブ %1 台 (エンクロージャー %2 台) · 未構成 %3 · ホット・スペア %4 · 最適でない %5</translation>
    </message>
    <message>
        <source>G%1</source>
        <comment>array number on a drive bay</comment>
        <translation>G%1</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>選択済み</translation>
    </message>
</context>
<context>
    <name>Copyline::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Check the FlashCopy logical drive and its repository, then click Finish to create them.</source>
        <translation>FlashCopy 論理ドライブとそのリポジトリーを確認し、「完了」をクリックして作成してください。</translation>
    </message>
    <message>
        <source>Creating the FlashCopy logical drive…</source>
        <translation>FlashCopy 論理ドライブを作成しています…</translation>
    </message>
    <message>
        <source>Base logical drive</source>
        <translation>基本論理ドライブ</translation>
    </message>
    <message>
        <source>FlashCopy logical drive</source>
        <translation>FlashCopy 論理ドライブ</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <source>Automatic (Default Host Group, lowest free LUN)</source>
        <translation>自動 (デフォルト・ホスト・グループ、空いている最小の LUN)</translation>
    </message>
    <message>
        <source>Map later with Storage Partitioning</source>
        <translation>後でストレージ区画化を使用してマップする</translation>
    </message>
    <message>
        <source>FlashCopy repository logical drive</source>
        <translation>FlashCopy リポジトリー論理ドライブ</translation>
    </message>
    <message>
        <source>Repository capacity</source>
        <translation>リポジトリー容量</translation>
    </message>
    <message>
        <source>%1 (%2% of base logical drive)</source>
        <translation>%1 (基本論理ドライブの %2%)</translation>
    </message>
    <message>
        <source>Repository location</source>
        <translation>リポジトリーの場所</translation>
    </message>
    <message>
        <source>Warning threshold</source>
        <translation>警告しきい値</translation>
    </message>
    <message>
        <source>%1% full</source>
        <translation>%1% フル</translation>
    </message>
    <message>
        <source>When the repository is full</source>
        <translation>リポジトリーがフルのとき</translation>
    </message>
    <message>
        <source>Wizard path</source>
        <translation>ウィザードのパス</translation>
    </message>
    <message>
        <source>Simple</source>
        <comment>wizard path</comment>
        <translation>簡易</translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>wizard path</comment>
        <translation>拡張</translation>
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
        <translation>どのコピー・ペアのソースでもターゲットでもありません</translation>
    </message>
    <message>
        <source>%1 (%2% copied)</source>
        <translation>%1 (%2% コピー済み)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status (reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>VolumeCopy role</comment>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Target</source>
        <comment>VolumeCopy role</comment>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Target logical drive</source>
        <translation>ターゲット論理ドライブ</translation>
    </message>
    <message>
        <source>Source logical drive</source>
        <translation>ソース論理ドライブ</translation>
    </message>
    <message>
        <source>Target WWN</source>
        <translation>ターゲット WWN</translation>
    </message>
    <message>
        <source>Source WWN</source>
        <translation>ソース WWN</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>コピー状況</translation>
    </message>
    <message>
        <source>Copy priority</source>
        <translation>コピー優先順位</translation>
    </message>
    <message>
        <source>Start timestamp</source>
        <translation>開始タイム・スタンプ</translation>
    </message>
    <message>
        <source>Completion timestamp</source>
        <translation>完了タイム・スタンプ</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>使用不可</translation>
    </message>
</context>
<context>
    <name>Copyline::ReCopyDialog</name>
    <message>
        <source>Re-Copy</source>
        <translation>再コピー</translation>
    </message>
    <message>
        <source>Re-Copy copies &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; again from the beginning, with the image %1 has when the copy starts. All data on %2 is overwritten, and %2 becomes read-only to hosts again when the copy completes.</source>
        <translation>再コピーでは、&lt;b&gt;%1&lt;/b&gt; を &lt;b&gt;%2&lt;/b&gt; に最初からもう一度コピーします。コピーされるのは、コピー開始時の %1 のイメージです。%2 のデータはすべて上書きされ、コピーが完了すると %2 は再びホストに対して読み取り専用になります。</translation>
    </message>
    <message>
        <source>Stop host I/O to both logical drives and unmount their file systems first. Until the copy completes, hosts cannot write to %1 unless it is a FlashCopy, and cannot read or write %2.</source>
        <translation>先に両方の論理ドライブへのホスト入出力を停止し、ファイル・システムをアンマウントしてください。コピーが完了するまで、ホストは %1 に書き込めず (FlashCopy の場合を除く)、%2 は読み取りも書き込みもできません。</translation>
    </message>
    <message>
        <source>Copy &amp;priority:</source>
        <translation>コピー優先順位(&amp;P):</translation>
    </message>
    <message>
        <source>This copy pair no longer exists.</source>
        <translation>このコピー・ペアはもう存在しません。</translation>
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
        <translation>問題</translation>
    </message>
    <message>
        <source>Storage subsystem:</source>
        <translation>ストレージ・サブシステム:</translation>
    </message>
    <message>
        <source>Component reporting problem:</source>
        <translation>問題を報告しているコンポーネント:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状況:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Recovery Procedure</source>
        <translation>リカバリー手順</translation>
    </message>
    <message>
        <source>&amp;Recheck</source>
        <translation>再検査(&amp;R)</translation>
    </message>
    <message>
        <source>Checks the storage subsystem again; a problem that has been fixed leaves the list.</source>
        <translation>ストレージ・サブシステムを再度検査します。修正された問題は一覧から消えます。</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>最終検査: %1</translation>
    </message>
    <message>
        <source>Recovery Guru - %1</source>
        <translation>Recovery Guru - %1</translation>
    </message>
    <message>
        <source>No failures detected</source>
        <translation>障害は検出されませんでした</translation>
    </message>
    <message>
        <source>No failures were detected on the storage subsystem.

Storage subsystem %1 is Optimal.</source>
        <translation>ストレージ・サブシステムで障害は検出されませんでした。

ストレージ・サブシステム %1 は最適です。</translation>
    </message>
    <message>
        <source>Affected objects:</source>
        <translation>影響を受けるオブジェクト:</translation>
    </message>
    <message>
        <source>What caused the problem?</source>
        <translation>問題の原因</translation>
    </message>
    <message>
        <source>Recovery steps</source>
        <translation>リカバリー・ステップ</translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteEnginesDialog</name>
    <message>
        <source>Remote Engines</source>
        <translation>リモート・エンジン</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Replication Listener</source>
        <translation>レプリケーション・リスナー</translation>
    </message>
    <message>
        <source>Storage Subsystems Shown Here</source>
        <translation>ここに表示されるストレージ・サブシステム</translation>
    </message>
    <message>
        <source>Register the engine of another site</source>
        <translation>他サイトのエンジンを登録</translation>
    </message>
    <message>
        <source>siteB</source>
        <translation>siteB</translation>
    </message>
    <message>
        <source>HOST:PORT of its replication listener</source>
        <translation>そのレプリケーション・リスナーの HOST:PORT</translation>
    </message>
    <message>
        <source>a copy of its workspace&apos;s replication.key</source>
        <translation>そのワークスペースの replication.key のコピー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Site name:</source>
        <translation>サイト名(&amp;S):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>アドレス(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>鍵ファイル(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the selected engine again what it serves.</source>
        <translation>選択したエンジンに提供内容を再度問い合わせます。</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Forget the selected engine and its storage subsystems here (refused while mirrors with its logical drives exist).</source>
        <translation>選択したエンジンとそのストレージ・サブシステムの登録をここから削除します (その論理ドライブとのミラーがある間は拒否されます)。</translation>
    </message>
    <message>
        <source>Replication Key of the Remote Engine</source>
        <translation>リモート・エンジンのレプリケーション鍵</translation>
    </message>
    <message>
        <source>The storage subsystems of %1 were asked again.</source>
        <translation>%1 のストレージ・サブシステムを再度問い合わせました。</translation>
    </message>
    <message>
        <source>%1 is no longer registered.</source>
        <translation>%1 の登録は削除されました。</translation>
    </message>
    <message>
        <source>The console is not connected to an engine.</source>
        <translation>コンソールはエンジンに接続されていません。</translation>
    </message>
    <message>
        <source>This engine is site &lt;b&gt;%1&lt;/b&gt;. Other engines reach it at %2:%3 with the key in %4.</source>
        <translation>このエンジンはサイト &lt;b&gt;%1&lt;/b&gt; です。他のエンジンは %4 の鍵を使って %2:%3 で接続します。</translation>
    </message>
    <message>
        <source>This engine is site &lt;b&gt;%1&lt;/b&gt;. It does not listen for other engines; to let them reach it, run copylinectl --replication-listen ADDRESS:PORT on its computer.</source>
        <translation>このエンジンはサイト &lt;b&gt;%1&lt;/b&gt; です。他のエンジンからの接続を待ち受けていません。接続できるようにするには、そのコンピューターで copylinectl --replication-listen ADDRESS:PORT を実行してください。</translation>
    </message>
    <message>
        <source>%1 is not a replication key: give the file replication.key of the other engine&apos;s workspace.</source>
        <translation>%1 はレプリケーション鍵ではありません。他のエンジンのワークスペースの replication.key を指定してください。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>鍵ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is registered: its storage subsystems are shown read-only as NAME@%1.</source>
        <translation>%1 を登録しました。そのストレージ・サブシステムは NAME@%1 として読み取り専用で表示されます。</translation>
    </message>
    <message>
        <source>Asking the engine…</source>
        <translation>エンジンに問い合わせています…</translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteMirrorLinkDialog</name>
    <message>
        <source>carrying frames</source>
        <translation>フレーム転送中</translation>
    </message>
    <message>
        <source>no frames</source>
        <translation>フレームなし</translation>
    </message>
    <message>
        <source>Remote Mirror Link</source>
        <translation>リモート・ミラー・リンク</translation>
    </message>
    <message>
        <source>Simulation: the Fibre Channel link between the mirror ports of two storage subsystems. Controller A talks only to controller A, B only to B, so each path carries the pairs whose logical drives that controller owns. Take a path down or let it flap to rehearse a link failure; a pair notices on its next write.</source>
        <translation>シミュレーション: 2 つのストレージ・サブシステムのミラー・ポート間のファイバー・チャネル・リンクです。コントローラー A はコントローラー A とのみ、B は B とのみ通信するため、各パスはそのコントローラーが所有する論理ドライブのペアを伝送します。パスをダウンにするかフラッピングさせると、リンク障害をリハーサルできます。ペアは次の書き込み時にそれを検出します。</translation>
    </message>
    <message>
        <source>No remote mirror link exists. Links connect storage subsystems once Remote Logical Drive Mirroring is activated on both.</source>
        <translation>リモート・ミラー・リンクがありません。両方のストレージ・サブシステムでリモート論理ドライブ・ミラーリングが活動化されると、リンクがそれらを接続します。</translation>
    </message>
    <message>
        <source>%1 ⇄ %2</source>
        <comment>link between subsystems</comment>
        <translation>%1 ⇄ %2</translation>
    </message>
    <message>
        <source>Path &amp;%1 (controller %1 ↔ controller %1):</source>
        <translation>パス &amp;%1 (コントローラー %1 ↔ コントローラー %1):</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>帯域幅(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Round trip:</source>
        <translation>往復時間(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Maximum allowed round trip:</source>
        <translation>最大許容往復時間(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Flap period:</source>
        <translation>フラッピング周期(&amp;F):</translation>
    </message>
    <message>
        <source>0 = as fast as the volume files go</source>
        <translation>0 = ボリューム・ファイルが許す限り高速</translation>
    </message>
    <message>
        <source>what each remote write waits for</source>
        <translation>各リモート書き込みの待ち時間</translation>
    </message>
    <message>
        <source>the Communication Test&apos;s limit</source>
        <translation>通信テストの上限値</translation>
    </message>
    <message>
        <source>how long a flapping path stays up, then down</source>
        <translation>フラッピングするパスがアップ、次にダウンのままになる時間</translation>
    </message>
    <message>
        <source>Data sent:</source>
        <translation>送信データ量:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Show the copylinectl command that does what Apply does</source>
        <translation>「適用」と同じ処理を行う copylinectl コマンドを表示します</translation>
    </message>
    <message>
        <source>In process</source>
        <translation>プロセス内</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>トランスポート(&amp;T):</translation>
    </message>
    <message>
        <source>TCP: every transfer crosses a real connection (checksummed frames, keyed peers)</source>
        <translation>TCP: すべての転送が実際の接続を経由します (チェックサム付きフレーム、キー付きピア)</translation>
    </message>
    <message>
        <source>%1 over TCP to %2 (connected)</source>
        <translation>%1 (TCP 経由で %2 へ、接続済み)</translation>
    </message>
    <message>
        <source>%1 over TCP to %2 (not connected)</source>
        <translation>%1 (TCP 経由で %2 へ、未接続)</translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteMirrorRules</name>
    <message>
        <source>Synchronization-in-Progress</source>
        <comment>mirror pair status</comment>
        <translation>同期中</translation>
    </message>
    <message>
        <source>Synchronized</source>
        <comment>mirror pair status</comment>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>Unsynchronized</source>
        <comment>mirror pair status</comment>
        <translation>未同期</translation>
    </message>
    <message>
        <source>Optimal/Suspended</source>
        <comment>mirror pair status</comment>
        <translation>最適/中断</translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <comment>mirror pair status</comment>
        <translation>無応答</translation>
    </message>
    <message>
        <source>Dual Primary</source>
        <comment>mirror pair status</comment>
        <translation>二重 1 次</translation>
    </message>
    <message>
        <source>Dual Secondary</source>
        <comment>mirror pair status</comment>
        <translation>二重 2 次</translation>
    </message>
    <message>
        <source>%1 (secondary inconsistent)</source>
        <comment>mirror pair status</comment>
        <translation>%1 (2 次が不整合)</translation>
    </message>
    <message>
        <source>Primary</source>
        <comment>mirror role</comment>
        <translation>1 次</translation>
    </message>
    <message>
        <source>Secondary</source>
        <comment>mirror role</comment>
        <translation>2 次</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Asynchronous, write consistency group</source>
        <translation>非同期、書き込み整合性グループ</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>非同期</translation>
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
        <translation>自動</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>resynchronization method</comment>
        <translation>手動</translation>
    </message>
    <message>
        <source>Up</source>
        <comment>link path</comment>
        <translation>アップ</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>link path</comment>
        <translation>ダウン</translation>
    </message>
    <message>
        <source>Flapping</source>
        <comment>link path</comment>
        <translation>フラッピング</translation>
    </message>
    <message>
        <source>%1 → %2 on %3</source>
        <comment>primary → secondary on subsystem</comment>
        <translation>%1 → %3 上の %2</translation>
    </message>
    <message>
        <source>%1 ← %2 on %3</source>
        <comment>secondary ← primary on subsystem</comment>
        <translation>%1 ← %3 上の %2</translation>
    </message>
    <message>
        <source>Data is copied from %1 to %2.</source>
        <translation>データは %1 から %2 にコピーされます。</translation>
    </message>
    <message>
        <source>No storage subsystem is shown.</source>
        <translation>ストレージ・サブシステムが表示されていません。</translation>
    </message>
    <message>
        <source>The %1 does not support Remote Logical Drive Mirroring.</source>
        <translation>%1 はリモート論理ドライブ・ミラーリングをサポートしていません。</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is already activated (%1).</source>
        <translation>リモート論理ドライブ・ミラーリングは既に活動化されています (%1)。</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is %1: enable the premium feature with its key file first (Storage Subsystem ▸ Premium Features ▸ Enable).</source>
        <translation>リモート論理ドライブ・ミラーリングは %1 です: 先にキー・ファイルを使用してプレミアム・フィーチャーを使用可能にしてください (ストレージ・サブシステム ▸ プレミアム・フィーチャー ▸ 使用可能にする)。</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is not activated (%1).</source>
        <translation>リモート論理ドライブ・ミラーリングは活動化されていません (%1)。</translation>
    </message>
    <message numerus="yes">
        <source>%n mirror relationship(s) exist on this storage subsystem: remove them first (Logical Drive ▸ Remote Mirroring ▸ Remove Mirror Relationship).</source>
        <translation>
            <numerusform>このストレージ・サブシステムには %n 個のミラー関係があります: 先にそれらを除去してください (論理ドライブ ▸ リモート・ミラーリング ▸ ミラー関係の除去)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is %1 on this storage subsystem; mirrors need it Enabled/Activated (Storage Subsystem ▸ Premium Features ▸ Enable, then Storage Subsystem ▸ Remote Mirroring ▸ Activate).</source>
        <translation>このストレージ・サブシステムのリモート論理ドライブ・ミラーリングは %1 です。ミラーには「使用可能/活動化済み」が必要です (ストレージ・サブシステム ▸ プレミアム・フィーチャー ▸ 使用可能にする、次にストレージ・サブシステム ▸ リモート・ミラーリング ▸ 活動化)。</translation>
    </message>
    <message>
        <source>This %1 already has %2 mirrored logical drives, its maximum.</source>
        <translation>この %1 には既に最大数の %2 個のミラーリングされた論理ドライブがあります。</translation>
    </message>
    <message>
        <source>Select the logical drive to mirror (it becomes the primary).</source>
        <translation>ミラーリングする論理ドライブを選択してください (1 次になります)。</translation>
    </message>
    <message>
        <source>Select the primary logical drive of a mirrored pair.</source>
        <translation>ミラー・ペアの 1 次論理ドライブを選択してください。</translation>
    </message>
    <message>
        <source>%1 is a secondary: suspend the pair from its primary %2 on %3.</source>
        <translation>%1 は 2 次です: %3 上の 1 次 %2 からペアを中断してください。</translation>
    </message>
    <message>
        <source>The pair is %1; only a Synchronized, synchronizing or Unsynchronized pair can be suspended.</source>
        <translation>ペアは %1 です。中断できるのは、「同期済み」、「同期中」、または「未同期」のペアだけです。</translation>
    </message>
    <message>
        <source>%1 is a secondary: resume the pair from its primary %2 on %3.</source>
        <translation>%1 は 2 次です: %3 上の 1 次 %2 からペアを再開してください。</translation>
    </message>
    <message>
        <source>The pair is %1; only a Suspended or Unsynchronized pair can be resumed.</source>
        <translation>ペアは %1 です。再開できるのは、「中断」または「未同期」のペアだけです。</translation>
    </message>
    <message>
        <source>Select a logical drive of a mirrored pair.</source>
        <translation>ミラー・ペアの論理ドライブを選択してください。</translation>
    </message>
    <message>
        <source>Remote Logical Drive Mirroring is not activated on this storage subsystem.</source>
        <translation>このストレージ・サブシステムではリモート論理ドライブ・ミラーリングが活動化されていません。</translation>
    </message>
    <message>
        <source>The remote storage subsystem no longer lists this relationship (Unresponsive): remove it here.</source>
        <translation>リモート・ストレージ・サブシステムにはこの関係がもう記録されていません (無応答): ここで除去してください。</translation>
    </message>
    <message>
        <source>%1 is already a %2 (%3): change the role of one side to resolve the conflict.</source>
        <translation>%1 は既に %2 です (%3): 一方の側の役割を変更して競合を解決してください。</translation>
    </message>
    <message>
        <source>%1 is already the %2 of its mirrored pair.</source>
        <translation>%1 は既にミラー・ペアの %2 です。</translation>
    </message>
    <message>
        <source>%1 is a secondary: change the settings from its primary %2 on %3.</source>
        <translation>%1 は 2 次です: %3 上の 1 次 %2 から設定を変更してください。</translation>
    </message>
    <message>
        <source>Select the primary or secondary logical drive of a mirrored pair.</source>
        <translation>ミラー・ペアの 1 次または 2 次論理ドライブを選択してください。</translation>
    </message>
    <message>
        <source>No remote mirror link connects the two storage subsystems.</source>
        <translation>2 つのストレージ・サブシステムを接続するリモート・ミラー・リンクがありません。</translation>
    </message>
    <message>
        <source>This storage subsystem has no mirror relationships.</source>
        <translation>このストレージ・サブシステムにはミラー関係がありません。</translation>
    </message>
    <message>
        <source>%1 is a secondary: verify the pair from its primary.</source>
        <translation>%1 はセカンダリです。プライマリからペアを検証してください。</translation>
    </message>
    <message>
        <source>A verification compares both sides over the link: resume the pair first.</source>
        <translation>検証はリンク経由で両側を比較します。先にペアを再開してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteMirrorsWindow</name>
    <message>
        <source>Remote Mirrors</source>
        <translation>リモート・ミラー</translation>
    </message>
    <message>
        <source>Each storage subsystem keeps its own record of every mirrored pair it takes part in; the panes show both sides.</source>
        <translation>各ストレージ・サブシステムは、参加しているすべてのミラー・ペアについて独自のレコードを保持します。ペインには両側が表示されます。</translation>
    </message>
    <message>
        <source>No storage subsystem of this workspace supports Enhanced Remote Mirroring.</source>
        <translation>このワークスペースには、拡張リモート・ミラーリングをサポートするストレージ・サブシステムがありません。</translation>
    </message>
    <message>
        <source>Remote &amp;Mirroring</source>
        <translation>リモート・ミラーリング(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Si&amp;mulation</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <source>Synchronization progress of the selected pair</source>
        <translation>選択したペアの同期の進行状況</translation>
    </message>
    <message>
        <source>restore the link, then Resume</source>
        <translation>リンクを復元してから再開します</translation>
    </message>
    <message>
        <source>remove the relationship on this storage subsystem</source>
        <translation>このストレージ・サブシステムで関係を除去します</translation>
    </message>
    <message>
        <source>change the role of one side once the storage subsystems communicate</source>
        <translation>ストレージ・サブシステムが通信できるようになったら、一方の側の役割を変更します</translation>
    </message>
    <message>
        <source>%1 on %2 is %3: %4.</source>
        <comment>drive on subsystem is status: advice</comment>
        <translation>%2 上の %1 は %3 です: %4。</translation>
    </message>
    <message>
        <source>Needs Attention: %1</source>
        <translation>要注意: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count status</comment>
        <translation>%2 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mirror record(s)</source>
        <translation>
            <numerusform>%n 個のミラー・レコード</numerusform>
        </translation>
    </message>
    <message>
        <source>Mirror records of %1</source>
        <translation>%1 のミラー・レコード</translation>
    </message>
    <message>
        <source>%1 · Remote Logical Drive Mirroring %2 · %3 of %4 mirrored logical drives</source>
        <comment>model · option state · count</comment>
        <translation>%1 · リモート論理ドライブ・ミラーリング %2 · ミラーリングされた論理ドライブ %3 / %4</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <comment>primary → secondary: progress</comment>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>%1, %2 remaining</source>
        <comment>progress, time remaining</comment>
        <translation>%1、残り %2</translation>
    </message>
    <message>
        <source>it resynchronizes by itself once the link is back</source>
        <translation>リンクが回復すると自動的に再同期します</translation>
    </message>
    <message numerus="yes">
        <source>%n more pair(s) need attention.</source>
        <translation>
            <numerusform>ほかに %n 個のペアが要注意です。</numerusform>
        </translation>
    </message>
    <message>
        <source>mirrors with %1</source>
        <translation>ミラー・パートナー: %1</translation>
    </message>
    <message>
        <source>Logical drive, status, role or mode</source>
        <translation>論理ドライブ、状況、役割、またはモード</translation>
    </message>
</context>
<context>
    <name>Copyline::RemoteSubsystemPage</name>
    <message>
        <source>Select Remote Storage Subsystem</source>
        <translation>リモート・ストレージ・サブシステムの選択</translation>
    </message>
    <message>
        <source>The secondary logical drive is on the remote storage subsystem.</source>
        <translation>2 次論理ドライブはリモート・ストレージ・サブシステム上にあります。</translation>
    </message>
    <message>
        <source>Only storage subsystems with Remote Logical Drive Mirroring &lt;b&gt;Enabled/Activated&lt;/b&gt; are listed; at most two storage subsystems take part in a mirror configuration.</source>
        <translation>リモート論理ドライブ・ミラーリングが&lt;b&gt;使用可能/活動化済み&lt;/b&gt;のストレージ・サブシステムだけが表示されます。1 つのミラー構成に参加できるストレージ・サブシステムは最大 2 つです。</translation>
    </message>
    <message>
        <source>Select the &amp;remote storage subsystem:</source>
        <translation>リモート・ストレージ・サブシステムの選択(&amp;R):</translation>
    </message>
    <message>
        <source>Storage Subsystem</source>
        <translation>ストレージ・サブシステム</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Mirrored Logical Drives</source>
        <translation>ミラーリングされた論理ドライブ</translation>
    </message>
    <message>
        <source>Remote Mirror Link</source>
        <translation>リモート・ミラー・リンク</translation>
    </message>
    <message>
        <source>Remote storage subsystems</source>
        <translation>リモート・ストレージ・サブシステム</translation>
    </message>
    <message>
        <source>%1: the %2 has no Remote Logical Drive Mirroring</source>
        <translation>%1: %2 にはリモート論理ドライブ・ミラーリングがありません</translation>
    </message>
    <message>
        <source>%1: Remote Logical Drive Mirroring is %2 (it must be Enabled/Activated)</source>
        <translation>%1: リモート論理ドライブ・ミラーリングは %2 です (使用可能/活動化済みである必要があります)</translation>
    </message>
    <message>
        <source>No remote mirror link connects it to this storage subsystem.</source>
        <translation>このストレージ・サブシステムと接続するリモート・ミラー・リンクがありません。</translation>
    </message>
    <message>
        <source>This storage subsystem already mirrors with %1; at most two storage subsystems take part in a mirror configuration.</source>
        <translation>このストレージ・サブシステムは既に %1 とミラーリングしています。1 つのミラー構成に参加できるストレージ・サブシステムは最大 2 つです。</translation>
    </message>
    <message>
        <source>It already has %1 mirrored logical drives, the most a %2 supports.</source>
        <translation>既に %1 個のミラーリングされた論理ドライブがあり、これは %2 でサポートされる最大数です。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Path A %1, path B %2</source>
        <translation>パス A %1、パス B %2</translation>
    </message>
    <message>
        <source>Not listed:</source>
        <translation>表示されていないもの:</translation>
    </message>
    <message>
        <source>No remote storage subsystem has Remote Logical Drive Mirroring Enabled/Activated. Enable and activate it there first.</source>
        <translation>リモート論理ドライブ・ミラーリングが使用可能/活動化済みのリモート・ストレージ・サブシステムがありません。先にそちらで使用可能にして活動化してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::RemoveMirrorRelationshipDialog</name>
    <message>
        <source>Remove Mirror Relationship</source>
        <translation>ミラー関係の除去</translation>
    </message>
    <message>
        <source>All mirror relationships of this storage subsystem are listed; select the ones to remove (Ctrl+click selects several). The data on both logical drives is not changed: the primary goes on serving hosts, and the secondary becomes a standard logical drive hosts can write. To keep the relationship while you back up the secondary, use Suspend instead.</source>
        <translation>このストレージ・サブシステムのすべてのミラー関係が表示されます。除去するものを選択してください (Ctrl+クリックで複数選択できます)。両方の論理ドライブのデータは変更されません: 1 次は引き続きホストにサービスを提供し、2 次はホストが書き込める標準論理ドライブになります。2 次をバックアップする間も関係を維持するには、代わりに「中断」を使用してください。</translation>
    </message>
    <message>
        <source>Write Mode</source>
        <translation>書き込みモード</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>除去(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>write mode (copy type)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This storage subsystem has no mirror relationships.</source>
        <translation>このストレージ・サブシステムにはミラー関係がありません。</translation>
    </message>
    <message>
        <source>The remote storage subsystem cannot be reached for %1, or no longer lists it: only this storage subsystem&apos;s side of the relationship is removed. Remove it on the other storage subsystem too once the link is back.</source>
        <translation>%1 についてリモート・ストレージ・サブシステムに到達できないか、関係がもう記録されていません: このストレージ・サブシステム側の関係だけが除去されます。リンクが回復したら、もう一方のストレージ・サブシステムでも除去してください。</translation>
    </message>
    <message>
        <source>Remove these mirror relationships?

%1

The data on both logical drives is not changed. The relationships can be created again later, with a full synchronization.</source>
        <translation>これらのミラー関係を除去しますか?

%1

両方の論理ドライブのデータは変更されません。関係は後でフル同期を伴って再作成できます。</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Removed on this storage subsystem only: %1. The remote storage subsystem still lists the relationship; remove it there too once the link is back.</source>
        <translation>このストレージ・サブシステムでのみ除去されました: %1。リモート・ストレージ・サブシステムにはまだ関係が記録されています。リンクが回復したら、そちらでも除去してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::RenameDialog</name>
    <message>
        <source>Rename Logical Drive</source>
        <translation>論理ドライブの名前変更</translation>
    </message>
    <message>
        <source>Rename Host</source>
        <translation>ホストの名前変更</translation>
    </message>
    <message>
        <source>Rename Host Group</source>
        <translation>ホスト・グループの名前変更</translation>
    </message>
    <message>
        <source>Rename Storage Subsystem</source>
        <translation>ストレージ・サブシステムの名前変更</translation>
    </message>
    <message>
        <source>Current name:</source>
        <translation>現在の名前:</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>新しい名前(&amp;N):</translation>
    </message>
    <message>
        <source>Enter a new name.</source>
        <translation>新しい名前を入力してください。</translation>
    </message>
</context>
<context>
    <name>Copyline::RepositoryCapacityPage</name>
    <message>
        <source>Specify FlashCopy Repository Logical Drive Capacity</source>
        <translation>FlashCopy リポジトリー論理ドライブ容量の指定</translation>
    </message>
    <message>
        <source>Size the repository for the data that will change on the base while the FlashCopy exists.</source>
        <translation>FlashCopy が存在する間に基本論理ドライブで変更されるデータに合わせて、リポジトリーのサイズを決めます。</translation>
    </message>
    <message>
        <source>Base logical drive capacity:</source>
        <translation>基本論理ドライブの容量:</translation>
    </message>
    <message>
        <source>&amp;percent (%) of base logical drive:</source>
        <translation>基本論理ドライブのパーセント (%)(&amp;P):</translation>
    </message>
    <message>
        <source>FlashCopy repository logical drive capacity:</source>
        <translation>FlashCopy リポジトリー論理ドライブの容量:</translation>
    </message>
    <message>
        <source>Repository location:</source>
        <translation>リポジトリーの場所:</translation>
    </message>
    <message>
        <source>%1 in the new RAID %2 array</source>
        <translation>新規 RAID %2 アレイ内の %1</translation>
    </message>
    <message>
        <source>%1 free on %2</source>
        <translation>%2 の空き %1</translation>
    </message>
    <message>
        <source>About %1 of it holds metadata; the rest keeps the original data of base blocks written after the point in time. 20% suits a base of which up to a fifth changes while you keep the FlashCopy. A full repository can be grown later with Logical Drive ▸ Increase Capacity.</source>
        <translation>そのうち約 %1 がメタデータを保持し、残りはポイント・イン・タイム以降に書き込まれた基本論理ドライブのブロックの元のデータを保持します。20% は、FlashCopy を保持している間に最大 5 分の 1 が変更される基本論理ドライブに適しています。フルになったリポジトリーは、後で「論理ドライブ ▸ 容量の増加」で拡張できます。</translation>
    </message>
    <message>
        <source>%1% of the base is less than the 8 MB minimum, so the repository gets 8 MB.</source>
        <translation>基本論理ドライブの %1% は最小値 8 MB 未満のため、リポジトリーは 8 MB になります。</translation>
    </message>
</context>
<context>
    <name>Copyline::RepositorySettingsWidget</name>
    <message>
        <source>Repository usage</source>
        <translation>リポジトリーの使用状況</translation>
    </message>
    <message>
        <source>Repository logical drive parameters</source>
        <translation>リポジトリー論理ドライブのパラメーター</translation>
    </message>
    <message>
        <source>&amp;Warn when the repository is</source>
        <translation>リポジトリーが次の値になったら警告する(&amp;W)</translation>
    </message>
    <message>
        <source>Percent (%) full</source>
        <translation>パーセント (%) フル</translation>
    </message>
    <message>
        <source>When the repository becomes full:</source>
        <translation>リポジトリーがフルになったとき:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attention:&lt;/b&gt; with &quot;Fail writes to base logical drive&quot;, host writes to the base fail while the repository is full. Not recommended.</source>
        <translation>&lt;b&gt;重要:&lt;/b&gt;「基本論理ドライブへの書き込みを失敗させる」を選択すると、リポジトリーがフルの間、ホストから基本論理ドライブへの書き込みは失敗します。推奨されません。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>This FlashCopy no longer exists.</source>
        <translation>この FlashCopy はもう存在しません。</translation>
    </message>
    <message>
        <source>Repository &lt;b&gt;%1&lt;/b&gt; (%2) on %3, for FlashCopy &lt;b&gt;%4&lt;/b&gt; of %5.</source>
        <translation>%5 の FlashCopy &lt;b&gt;%4&lt;/b&gt; 用のリポジトリー &lt;b&gt;%1&lt;/b&gt; (%2)、%3 上。</translation>
    </message>
    <message>
        <source>%1 of %2 used (%3%)</source>
        <translation>%2 中 %1 使用 (%3%)</translation>
    </message>
    <message>
        <source>The repository is full: writes to %1 fail until its capacity is increased.</source>
        <translation>リポジトリーがフルです: 容量を増やすまで、%1 への書き込みは失敗します。</translation>
    </message>
    <message>
        <source>The FlashCopy has failed (%1); re-create or delete it.</source>
        <translation>FlashCopy は失敗しました (%1)。再作成するか削除してください。</translation>
    </message>
    <message>
        <source>The repository is past its warning threshold: increase its capacity before it fills.</source>
        <translation>リポジトリーが警告しきい値を超えました: フルになる前に容量を増やしてください。</translation>
    </message>
    <message>
        <source>%1 available · warning at %2% full</source>
        <translation>使用可能 %1 · %2% フルで警告</translation>
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
        <translation>ミラー同期</translation>
    </message>
    <message>
        <source>Background copy</source>
        <translation>バックグラウンド・コピー</translation>
    </message>
    <message>
        <source>Capacity expansion</source>
        <translation>容量拡張</translation>
    </message>
    <message>
        <source>Host workload</source>
        <translation>ホスト・ワークロード</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>running operation</comment>
        <translation>保留中</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>running operation</comment>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>running operation</comment>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>running operation</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>running operation</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>running operation</comment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>running operation</comment>
        <translation>終了</translation>
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
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>リンク・ダウン</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message numerus="yes">
        <source>%1% reads, %n logical drive(s)</source>
        <translation>
            <numerusform>読み取り %1%、論理ドライブ %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair synchronization</source>
        <translation>ペア同期</translation>
    </message>
</context>
<context>
    <name>Copyline::RunningOperationsDock</name>
    <message>
        <source>Running Operations</source>
        <translation>実行中の操作</translation>
    </message>
    <message>
        <source>&amp;Running Operations</source>
        <translation>実行中の操作(&amp;R)</translation>
    </message>
    <message>
        <source>Show every copy, mirror synchronization and host workload that runs, with progress, rate and ETA</source>
        <translation>実行中のすべてのコピー、ミラー同期、ホスト・ワークロードを、進行状況、速度、予想残り時間とともに表示します</translation>
    </message>
    <message>
        <source>Copyline running operations</source>
        <translation>Copyline の実行中の操作</translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation>操作が失敗しました</translation>
    </message>
    <message>
        <source>Operation ended</source>
        <translation>操作が終了しました</translation>
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
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>ETA minutes</comment>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>ETA hours minutes</comment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>progress</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>終了 %1</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>サブシステム</translation>
    </message>
    <message>
        <source>Object(s)</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
</context>
<context>
    <name>Copyline::RunningOperationsPanel</name>
    <message>
        <source>Cl&amp;ear Finished</source>
        <translation>終了したものをクリア(&amp;E)</translation>
    </message>
    <message>
        <source>Running operations</source>
        <translation>実行中の操作</translation>
    </message>
    <message>
        <source>Mirror synchronization</source>
        <translation>ミラー同期</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>running operation</comment>
        <translation>進行中</translation>
    </message>
    <message>
        <source>No operations are running.</source>
        <translation>実行中の操作はありません。</translation>
    </message>
    <message>
        <source>Remove the operations that have ended from the list</source>
        <translation>終了した操作を一覧から削除します</translation>
    </message>
    <message>
        <source>No operations are running; the ended ones stay listed for five minutes.</source>
        <translation>実行中の操作はありません。終了した操作は 5 分間一覧に表示されます。</translation>
    </message>
</context>
<context>
    <name>Copyline::RunningOperationsSummary</name>
    <message>
        <source>Show the running operations (View ▸ Running Operations)</source>
        <translation>実行中の操作を表示します (表示 ▸ 実行中の操作)</translation>
    </message>
    <message>
        <source>Running operations</source>
        <translation>実行中の操作</translation>
    </message>
    <message>
        <source>1 operation running</source>
        <translation>1 個の操作が実行中</translation>
    </message>
    <message>
        <source>%1 operations running</source>
        <translation>%1 個の操作が実行中</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>progress</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>残り時間 %1</translation>
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
        <translation>2 次論理ドライブの選択</translation>
    </message>
    <message>
        <source>All data on the secondary is overwritten by the primary&apos;s. Only logical drives at least as large as the primary are listed.</source>
        <translation>2 次のデータはすべて 1 次のデータで上書きされます。1 次以上の容量を持つ論理ドライブだけが表示されます。</translation>
    </message>
    <message>
        <source>Select the &amp;secondary logical drive:</source>
        <translation>2 次論理ドライブの選択(&amp;S):</translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>論理ドライブ</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>アレイ</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Secondary logical drives</source>
        <translation>2 次論理ドライブ</translation>
    </message>
    <message>
        <source>Looking for candidates on the remote storage subsystem…</source>
        <translation>リモート・ストレージ・サブシステムで候補を検索しています…</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>Not listed, smaller than %1 (%2): %3.</source>
        <translation>表示されていないもの (%1 (%2) より小さい): %3。</translation>
    </message>
    <message>
        <source>Primary logical drive: &lt;b&gt;%1&lt;/b&gt; (%2) on %3. Secondary candidates on &lt;b&gt;%4&lt;/b&gt;:</source>
        <translation>1 次論理ドライブ: &lt;b&gt;%1&lt;/b&gt; (%2)、%3 上。&lt;b&gt;%4&lt;/b&gt; 上の 2 次の候補:</translation>
    </message>
    <message>
        <source>%1 has no logical drive of at least %2 that can be the secondary. Create one (Logical Drive ▸ Create on that storage subsystem), then come back.</source>
        <translation>%1 には、2 次にできる %2 以上の論理ドライブがありません。論理ドライブを作成してから (そのストレージ・サブシステムで「論理ドライブ ▸ 作成」)、戻ってください。</translation>
    </message>
</context>
<context>
    <name>Copyline::StatusArea</name>
    <message>
        <source>Premium features:</source>
        <translation>プレミアム・フィーチャー:</translation>
    </message>
    <message>
        <source>The storage subsystem Needs Attention:</source>
        <translation>ストレージ・サブシステムは要注意です:</translation>
    </message>
    <message>
        <source>Click to open the Recovery Guru with the recovery steps.</source>
        <translation>クリックすると、リカバリー・ステップを示す Recovery Guru が開きます。</translation>
    </message>
    <message numerus="yes">
        <source>Needs Attention: %n problem(s); opens the Recovery Guru</source>
        <translation>
            <numerusform>要注意: %n 個の問題。Recovery Guru を開きます</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs Attention (%1)</source>
        <translation>要注意 (%1)</translation>
    </message>
</context>
<context>
    <name>Copyline::SubsystemDelegate</name>
    <message>
        <source>Storage Subsystem</source>
        <translation>ストレージ・サブシステム</translation>
    </message>
</context>
<context>
    <name>Copyline::SubsystemListModel</name>
    <message>
        <source>Storage Subsystems</source>
        <translation>ストレージ・サブシステム</translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <comment>storage subsystem status</comment>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>model · status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Its engine does not answer: shown as it last said; the console reconnects by itself.</source>
        <translation>エンジンが応答しません: 最後に通知された状態で表示しています。コンソールは自動的に再接続します。</translation>
    </message>
</context>
<context>
    <name>Copyline::SubsystemPropertiesDialog</name>
    <message>
        <source>Storage Subsystem Properties</source>
        <translation>ストレージ・サブシステムのプロパティー</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>World-wide name (WWN)</source>
        <translation>ワールドワイド・ネーム (WWN)</translation>
    </message>
    <message>
        <source>Controller firmware</source>
        <translation>コントローラー・ファームウェア</translation>
    </message>
    <message>
        <source>Feature enable identifier</source>
        <translation>フィーチャー使用可能 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>%1, serial number %2</source>
        <translation>%1、シリアル番号 %2</translation>
    </message>
    <message>
        <source>Host ports per controller</source>
        <translation>コントローラーあたりのホスト・ポート数</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>コントローラー</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>エンクロージャー</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>%1 (%2 assigned, %3 unassigned, %4 hot spares, %5 not optimal)</source>
        <translation>%1 (割り当て済み %2、未割り当て %3、ホット・スペア %4、最適でない %5)</translation>
    </message>
    <message>
        <source>Raw capacity</source>
        <translation>物理容量</translation>
    </message>
    <message>
        <source>Arrays</source>
        <translation>アレイ</translation>
    </message>
    <message>
        <source>Configured capacity</source>
        <translation>構成済み容量</translation>
    </message>
    <message>
        <source>Free capacity in arrays</source>
        <translation>アレイ内の空き容量</translation>
    </message>
    <message>
        <source>Unconfigured capacity</source>
        <translation>未構成容量</translation>
    </message>
    <message>
        <source>Logical drives</source>
        <translation>論理ドライブ</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 (最大 %2)</translation>
    </message>
    <message>
        <source>Host groups</source>
        <translation>ホスト・グループ</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>LUN mappings</source>
        <translation>LUN マッピング</translation>
    </message>
    <message>
        <source>Copy Services</source>
        <translation>コピー・サービス</translation>
    </message>
</context>
<context>
    <name>Copyline::SuspendResumeMirrorDialog</name>
    <message>
        <source>Suspend Mirrored Pair</source>
        <translation>ミラー・ペアの中断</translation>
    </message>
    <message>
        <source>Resume Mirrored Pair</source>
        <translation>ミラー・ペアの再開</translation>
    </message>
    <message>
        <source>Select the mirrored pairs to suspend (Ctrl+click selects several). Data transfer to the secondary stops and the relationship is kept: writes to the primary are recorded in the mirror repository, and Resume copies only the regions written since. No attempt is made to contact the secondary. Use it, for example, to take a backup of the secondary.</source>
        <translation>中断するミラー・ペアを選択してください (Ctrl+クリックで複数選択できます)。2 次へのデータ転送は停止しますが、関係は維持されます: 1 次への書き込みはミラー・リポジトリーに記録され、「再開」ではそれ以降に書き込まれた領域だけがコピーされます。2 次への接続は試みられません。例えば、2 次のバックアップを取るときに使用します。</translation>
    </message>
    <message>
        <source>Select the mirrored pairs to resume (Ctrl+click selects several). Only the regions written since the pair was suspended or became unsynchronized are copied to the secondary; the secondary is inconsistent until that resynchronization completes.</source>
        <translation>再開するミラー・ペアを選択してください (Ctrl+クリックで複数選択できます)。ペアが中断または未同期になって以降に書き込まれた領域だけが 2 次にコピーされます。この再同期が完了するまで、2 次は不整合な状態です。</translation>
    </message>
    <message>
        <source>Write Mode</source>
        <translation>書き込みモード</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>中断(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>The pair is %1; only a Synchronized, synchronizing or Unsynchronized pair can be suspended.</source>
        <translation>ペアは %1 です。中断できるのは、「同期済み」、「同期中」、または「未同期」のペアだけです。</translation>
    </message>
    <message>
        <source>The pair is %1; only a Suspended or Unsynchronized pair can be resumed.</source>
        <translation>ペアは %1 です。再開できるのは、「中断」または「未同期」のペアだけです。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>write mode (copy type)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This storage subsystem has no primary logical drives of mirrored pairs.</source>
        <translation>このストレージ・サブシステムには、ミラー・ペアの 1 次論理ドライブがありません。</translation>
    </message>
    <message>
        <source>%1 belong to the write consistency group of this storage subsystem: the console suspends the whole group together, so that the secondaries keep one common point in time.</source>
        <translation>%1 はこのストレージ・サブシステムの書き込み整合性グループに属しています: 2 次論理ドライブが共通の 1 つの時点を保つように、コンソールはグループ全体をまとめて中断します。</translation>
    </message>
    <message>
        <source>%1 belong to the write consistency group of this storage subsystem: the console resumes the whole group together (the script interface can resume a single member).</source>
        <translation>%1 はこのストレージ・サブシステムの書き込み整合性グループに属しています: コンソールはグループ全体をまとめて再開します (スクリプト・インターフェースでは個々のメンバーを再開できます)。</translation>
    </message>
    <message>
        <source>Suspend mirroring of these pairs?

%1

Data transfer to the secondaries stops; no attempt is made to contact them. Writes to the primaries are recorded, and Resume copies only the regions written since. Suspending clears a Needs Attention condition caused by a communication failure.</source>
        <translation>これらのペアのミラーリングを中断しますか?

%1

2 次へのデータ転送は停止し、2 次への接続は試みられません。1 次への書き込みは記録され、「再開」ではそれ以降に書き込まれた領域だけがコピーされます。中断すると、通信障害による「要注意」状態が解除されます。</translation>
    </message>
    <message>
        <source>%1 → %2: from %3 to %4</source>
        <comment>pair: from subsystem to subsystem</comment>
        <translation>%1 → %2: %3 から %4 へ</translation>
    </message>
    <message>
        <source>Resume mirroring of these pairs?

%1

Only the regions written since mirroring stopped are copied. Until that completes the secondaries hold a mix of old and new data and cannot be used for recovery.</source>
        <translation>これらのペアのミラーリングを再開しますか?

%1

ミラーリング停止以降に書き込まれた領域だけがコピーされます。それが完了するまで、2 次論理ドライブには新旧のデータが混在し、リカバリーには使用できません。</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Suspend Mirrored Pair - Progress</source>
        <translation>ミラー・ペアの中断 - 進行状況</translation>
    </message>
    <message>
        <source>Resume Mirrored Pair - Progress</source>
        <translation>ミラー・ペアの再開 - 進行状況</translation>
    </message>
    <message numerus="yes">
        <source>Suspending %n mirrored pair(s).</source>
        <translation>
            <numerusform>%n 個のミラー・ペアを中断しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n mirrored pair(s).</source>
        <translation>
            <numerusform>%n 個のミラー・ペアを再開しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Resumed: synchronizing</source>
        <translation>再開: 同期中</translation>
    </message>
</context>
<context>
    <name>Copyline::SyncSettingsPage</name>
    <message>
        <source>Select Synchronization Settings</source>
        <translation>同期設定の選択</translation>
    </message>
    <message>
        <source>How fast synchronizations copy, and what happens when a broken link is restored.</source>
        <translation>同期のコピー速度と、切断されたリンクが復元されたときの動作を設定します。</translation>
    </message>
    <message>
        <source>Synchronization &amp;priority:</source>
        <translation>同期優先順位(&amp;P):</translation>
    </message>
    <message>
        <source>Synchronization priority</source>
        <translation>同期優先順位</translation>
    </message>
    <message>
        <source>Compared with Highest, a synchronization takes about 2 times as long at High, 3.5 at Medium, 6 at Low and 8 at Lowest. A higher priority costs host I/O performance.</source>
        <translation>「最高」と比べると、同期にかかる時間は「高」で約 2 倍、「中」で 3.5 倍、「低」で 6 倍、「最低」で 8 倍です。優先順位を高くすると、ホスト入出力のパフォーマンスが低下します。</translation>
    </message>
    <message>
        <source>Resynchronization method:</source>
        <translation>再同期方式:</translation>
    </message>
    <message>
        <source>&amp;Manual (recommended)</source>
        <translation>手動 (推奨)(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>自動(&amp;A)</translation>
    </message>
    <message>
        <source>After a link interruption the pair stays Unsynchronized until you select Resume: you decide when the secondary is overwritten.</source>
        <translation>リンクの中断後、「再開」を選択するまでペアは「未同期」のままです: 2 次がいつ上書きされるかを自分で決められます。</translation>
    </message>
    <message>
        <source>The pair resynchronizes as soon as the storage subsystems communicate again. Several interruptions during one resynchronization can leave the secondary with a mix of old and new data that is unusable for disaster recovery.</source>
        <translation>ストレージ・サブシステムが再び通信できるようになると、ペアはすぐに再同期されます。1 回の再同期中に中断が複数回発生すると、2 次に新旧のデータが混在し、災害時リカバリーに使用できなくなることがあります。</translation>
    </message>
    <message>
        <source>Pairs in the write consistency group resynchronize manually.</source>
        <translation>書き込み整合性グループ内のペアは手動で再同期されます。</translation>
    </message>
    <message>
        <source>The pair joins the write consistency group: its resynchronization is Manual, so that one Resume brings the whole group back together.</source>
        <translation>ペアは書き込み整合性グループに参加します: その再同期は手動になり、1 回の「再開」でグループ全体を元に戻せます。</translation>
    </message>
</context>
<context>
    <name>Copyline::Texts</name>
    <message>
        <source>logical drive</source>
        <translation>論理ドライブ</translation>
    </message>
    <message>
        <source>another logical drive</source>
        <translation>別の論理ドライブ</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>別のホスト</translation>
    </message>
    <message>
        <source>host group</source>
        <translation>ホスト・グループ</translation>
    </message>
    <message>
        <source>another host group</source>
        <translation>別のホスト・グループ</translation>
    </message>
    <message>
        <source>storage subsystem</source>
        <translation>ストレージ・サブシステム</translation>
    </message>
    <message>
        <source>another storage subsystem</source>
        <translation>別のストレージ・サブシステム</translation>
    </message>
    <message>
        <source>host port</source>
        <translation>ホスト・ポート</translation>
    </message>
    <message>
        <source>another host port</source>
        <translation>別のホスト・ポート</translation>
    </message>
    <message>
        <source>Storage Subsystem %1</source>
        <translation>ストレージ・サブシステム %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (capacity)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unconfigured Capacity (%1)</source>
        <translation>未構成容量 (%1)</translation>
    </message>
    <message>
        <source>Free Capacity (%1)</source>
        <translation>空き容量 (%1)</translation>
    </message>
    <message>
        <source>Optimal</source>
        <comment>component status</comment>
        <translation>最適</translation>
    </message>
    <message>
        <source>Degraded</source>
        <comment>component status</comment>
        <translation>劣化</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>component status</comment>
        <translation>障害</translation>
    </message>
    <message>
        <source>Missing</source>
        <comment>component status</comment>
        <translation>欠落</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>component status</comment>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <comment>storage subsystem status</comment>
        <translation>要注意</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <comment>drive role</comment>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Assigned</source>
        <comment>drive role</comment>
        <translation>割り当て済み</translation>
    </message>
    <message>
        <source>Hot spare</source>
        <comment>drive role</comment>
        <translation>ホット・スペア</translation>
    </message>
    <message>
        <source>Fibre Channel</source>
        <translation>ファイバー・チャネル</translation>
    </message>
    <message>
        <source>SATA</source>
        <translation>SATA</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>logical drive type</comment>
        <translation>標準</translation>
    </message>
    <message>
        <source>FlashCopy</source>
        <comment>logical drive type</comment>
        <translation>FlashCopy</translation>
    </message>
    <message>
        <source>FlashCopy Repository</source>
        <comment>logical drive type</comment>
        <translation>FlashCopy リポジトリー</translation>
    </message>
    <message>
        <source>Mirror Repository</source>
        <comment>logical drive type</comment>
        <translation>ミラー・リポジトリー</translation>
    </message>
    <message>
        <source>Informational</source>
        <comment>event severity</comment>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>event severity</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>event severity</comment>
        <translation>重大</translation>
    </message>
    <message>
        <source>Controller %1</source>
        <translation>コントローラー %1</translation>
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
        <translation>リモート論理ドライブ・ミラーリング</translation>
    </message>
    <message>
        <source>Enabled</source>
        <comment>premium feature</comment>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>premium feature</comment>
        <translation>使用不可</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>enabled state/activation state</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Activated</source>
        <comment>remote mirroring</comment>
        <translation>活動化済み</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <comment>remote mirroring</comment>
        <translation>非活動化</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>feature - state</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Default Host Group</source>
        <translation>デフォルト・ホスト・グループ</translation>
    </message>
    <message>
        <source>Host Group %1</source>
        <translation>ホスト・グループ %1</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <source>Drive [%1,%2]</source>
        <translation>ドライブ [%1,%2]</translation>
    </message>
    <message>
        <source>Optimal</source>
        <comment>FlashCopy status</comment>
        <translation>最適</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>FlashCopy status</comment>
        <translation>使用不可</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>FlashCopy status</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Copy Pending</source>
        <comment>VolumeCopy status</comment>
        <translation>コピー保留中</translation>
    </message>
    <message>
        <source>Copy In Progress</source>
        <comment>VolumeCopy status</comment>
        <translation>コピー進行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>VolumeCopy status</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>VolumeCopy status</comment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Copy Failed</source>
        <comment>VolumeCopy status</comment>
        <translation>コピー失敗</translation>
    </message>
    <message>
        <source>Lowest</source>
        <comment>copy priority</comment>
        <translation>最低</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>copy priority</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>copy priority</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <comment>copy priority</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>Highest</source>
        <comment>copy priority</comment>
        <translation>最高</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>time remaining</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes seconds</comment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours minutes</comment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Fail FlashCopy logical drive</source>
        <translation>FlashCopy 論理ドライブを失敗させる</translation>
    </message>
    <message>
        <source>Fail writes to base logical drive</source>
        <translation>基本論理ドライブへの書き込みを失敗させる</translation>
    </message>
    <message>
        <source>Operation in Progress</source>
        <comment>logical drive status during a modification (spec §1.4)</comment>
        <translation>操作実行中</translation>
    </message>
    <message>
        <source>Dynamic logical drive expansion</source>
        <translation>論理ドライブの動的拡張</translation>
    </message>
    <message>
        <source>Capacity increase</source>
        <translation>容量の増加</translation>
    </message>
    <message>
        <source>None</source>
        <comment>modification operation</comment>
        <translation>なし</translation>
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
        <translation>秒前</translation>
    </message>
</context>
<context>
    <name>Copyline::TlsAttacher</name>
    <message>
        <source>the engine&apos;s address</source>
        <translation>エンジンのアドレス</translation>
    </message>
    <message>
        <source>give the HOST:PORT its copylined --listen serves, e.g. 192.0.2.7:7443</source>
        <translation>その copylined --listen が待ち受ける HOST:PORT を指定してください (例: 192.0.2.7:7443)</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>give a user the engine&apos;s owner added with copylinectl --add-user</source>
        <translation>エンジンの所有者が copylinectl --add-user で追加したユーザーを指定してください</translation>
    </message>
</context>
<context>
    <name>Copyline::TopologyModel</name>
    <message>
        <source>Topology</source>
        <translation>トポロジー</translation>
    </message>
    <message>
        <source>Undefined Mappings</source>
        <translation>未定義のマッピング</translation>
    </message>
    <message>
        <source>Logical drives that are not mapped to any host or host group.
Use Mappings ▸ Define Additional Mapping to map them.</source>
        <translation>どのホストにもホスト・グループにもマップされていない論理ドライブです。
「マッピング ▸ 追加マッピングの定義」でマップします。</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message numerus="yes">
        <source>Host %1
Host type: %2
%n host port(s)</source>
        <translation>
            <numerusform>ホスト %1
ホスト・タイプ: %2
ホスト・ポート %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Host Port %1</source>
        <translation>ホスト・ポート %1</translation>
    </message>
    <message>
        <source>Host port %1
Label: %2
Type: %3</source>
        <translation>ホスト・ポート %1
ラベル: %2
タイプ: %3</translation>
    </message>
    <message>
        <source>Default Host Group</source>
        <translation>デフォルト・ホスト・グループ</translation>
    </message>
    <message>
        <source>Hosts without a host group share the mappings of the Default Host Group.</source>
        <translation>ホスト・グループに属していないホストは、デフォルト・ホスト・グループのマッピングを共有します。</translation>
    </message>
    <message>
        <source>Host Group %1</source>
        <translation>ホスト・グループ %1</translation>
    </message>
    <message numerus="yes">
        <source>Host Group %1
%n host(s)</source>
        <translation>
            <numerusform>ホスト・グループ %1
ホスト %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copyline::TypeYesConfirmation</name>
    <message>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>Copyline::TypedConfirmationDialog</name>
    <message>
        <source>Show the Equivalent Command…</source>
        <translation>同等のコマンドの表示…</translation>
    </message>
</context>
<context>
    <name>Copyline::ViewDrivesPanel</name>
    <message>
        <source>Enclosure</source>
        <translation>エンクロージャー</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>drive type</comment>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Drives of %1, which holds %2</source>
        <translation>%2 を含む %1 のドライブ</translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyIntroductionPage</name>
    <message>
        <source>Create Copy Wizard - Introduction</source>
        <translation>コピー作成ウィザード - 概要</translation>
    </message>
    <message>
        <source>A VolumeCopy copies all data of a source logical drive onto a target logical drive.</source>
        <translation>VolumeCopy は、ソース論理ドライブのすべてのデータをターゲット論理ドライブにコピーします。</translation>
    </message>
    <message>
        <source>The controller that owns the source reads it and writes the target in the background, at the priority you choose; the target is overwritten and becomes read-only to hosts. The copy is the image the source has when the copy starts: while it runs, hosts can read the source but not write to it. Copy a &lt;b&gt;FlashCopy&lt;/b&gt; of production data instead of the data itself, so that its base stays writable.</source>
        <translation>ソースを所有するコントローラーが、選択した優先順位でバックグラウンドでソースを読み取り、ターゲットに書き込みます。ターゲットは上書きされ、ホストに対して読み取り専用になります。コピーされるのはコピー開始時のソースのイメージです: コピーの実行中、ホストはソースを読み取れますが、書き込むことはできません。基本論理ドライブを書き込み可能なままにするため、実動データそのものではなく、その &lt;b&gt;FlashCopy&lt;/b&gt; をコピーしてください。</translation>
    </message>
    <message>
        <source>&amp;Select the source logical drive:</source>
        <translation>ソース論理ドライブの選択(&amp;S):</translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>論理ドライブ</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>アレイ</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>logical drive type</comment>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Source logical drives</source>
        <translation>ソース論理ドライブ</translation>
    </message>
    <message>
        <source>View &amp;Drives</source>
        <translation>ドライブの表示(&amp;D)</translation>
    </message>
    <message>
        <source>%1 is a standard logical drive: while the copy runs, hosts can read it but their writes to it are rejected. For production data, create a FlashCopy of %1 (Logical Drive ▸ FlashCopy ▸ Create) and copy the FlashCopy instead; %1 then stays writable.</source>
        <translation>%1 は標準論理ドライブです: コピーの実行中、ホストは読み取ることができますが、書き込みは拒否されます。実動データの場合は、%1 の FlashCopy を作成し (論理ドライブ ▸ FlashCopy ▸ 作成)、代わりにその FlashCopy をコピーしてください。そうすれば %1 は書き込み可能なままです。</translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyModel</name>
    <message>
        <source>%1%</source>
        <comment>progress percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Waiting for a copy slot</source>
        <translation>コピー・スロットの空きを待機中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <source>100%</source>
        <comment>progress percent</comment>
        <translation>100%</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>progress</comment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation>%1 で停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>progress</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>%1 で失敗</translation>
    </message>
    <message>
        <source>%1 is read-only to hosts: their writes are rejected.</source>
        <translation>%1 はホストに対して読み取り専用です: ホストの書き込みは拒否されます。</translation>
    </message>
    <message>
        <source>Hosts may write to %1.</source>
        <translation>ホストは %1 に書き込めます。</translation>
    </message>
    <message>
        <source>Copy Failed: %1.
Needs Attention: Stop the copy to clear the condition, or Re-Copy to start again.</source>
        <translation>コピー失敗: %1。
要注意: コピーを停止すると状態が解除されます。再コピーすると最初からやり直します。</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>不明な理由</translation>
    </message>
    <message>
        <source>Waiting until fewer than 8 copies are in progress on the storage subsystem.</source>
        <translation>ストレージ・サブシステムで進行中のコピーが 8 つ未満になるのを待っています。</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>開始: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1、読み取り専用</translation>
    </message>
    <message>
        <source>Source Logical Drive</source>
        <translation>ソース論理ドライブ</translation>
    </message>
    <message>
        <source>Target Logical Drive</source>
        <translation>ターゲット論理ドライブ</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>copy status column</comment>
        <translation>状況</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Estimated Time Remaining</source>
        <translation>推定残り時間</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>タイム・スタンプ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順位</translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Starting the copy…</source>
        <translation>コピーを開始しています…</translation>
    </message>
    <message>
        <source>Source logical drive</source>
        <translation>ソース論理ドライブ</translation>
    </message>
    <message>
        <source>Target logical drive</source>
        <translation>ターゲット論理ドライブ</translation>
    </message>
    <message>
        <source>Copy priority</source>
        <translation>コピー優先順位</translation>
    </message>
    <message>
        <source>Target read-only</source>
        <translation>ターゲットの読み取り専用</translation>
    </message>
    <message>
        <source>Enabled: host writes are rejected once the copy completes</source>
        <translation>使用可能: コピー完了後、ホストの書き込みは拒否されます</translation>
    </message>
    <message>
        <source>Disabled: hosts may write to the target once the copy completes</source>
        <translation>使用不可: コピー完了後、ホストはターゲットに書き込めます</translation>
    </message>
    <message>
        <source>Source while copying</source>
        <translation>コピー中のソース</translation>
    </message>
    <message>
        <source>Readable; its base %1 stays writable</source>
        <translation>読み取り可能。基本論理ドライブ %1 は書き込み可能なままです</translation>
    </message>
    <message>
        <source>Read-only to hosts until the copy completes or is stopped</source>
        <translation>コピーが完了または停止されるまで、ホストに対して読み取り専用</translation>
    </message>
    <message>
        <source>&lt;b&gt;All data on %1 will be overwritten.&lt;/b&gt; Hosts cannot read or write %1 until the copy completes; stop their I/O and unmount its file systems first.</source>
        <translation>&lt;b&gt;%1 のデータはすべて上書きされます。&lt;/b&gt;コピーが完了するまで、ホストは %1 を読み書きできません。先にホストの入出力を停止し、ファイル・システムをアンマウントしてください。</translation>
    </message>
    <message>
        <source>FlashCopies of a target fail when its copy starts; %1 has none.</source>
        <translation>ターゲットの FlashCopy はコピーの開始時に失敗します。%1 には FlashCopy がありません。</translation>
    </message>
    <message>
        <source>Its FlashCopy logical drives fail when the copy starts: %1.</source>
        <translation>コピーの開始時に、その FlashCopy 論理ドライブは失敗します: %1。</translation>
    </message>
    <message>
        <source>Check the copy, type Yes, then click Finish to start it.</source>
        <translation>コピーを確認し、Yes と入力してから「完了」をクリックして開始してください。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyRules</name>
    <message>
        <source>No storage subsystem is selected.</source>
        <translation>ストレージ・サブシステムが選択されていません。</translation>
    </message>
    <message>
        <source>VolumeCopy is not supported by the %1.</source>
        <translation>VolumeCopy は %1 ではサポートされていません。</translation>
    </message>
    <message>
        <source>The VolumeCopy premium feature is not enabled on this storage subsystem. Enable it with Storage Subsystem ▸ Premium Features ▸ Enable.</source>
        <translation>このストレージ・サブシステムでは VolumeCopy プレミアム・フィーチャーが使用可能になっていません。「ストレージ・サブシステム ▸ プレミアム・フィーチャー ▸ 使用可能にする」で使用可能にしてください。</translation>
    </message>
    <message>
        <source>Select the logical drive to copy (ideally a FlashCopy of it).</source>
        <translation>コピーする論理ドライブ (できればその FlashCopy) を選択してください。</translation>
    </message>
    <message>
        <source>%1 cannot be the source of a VolumeCopy: %2.</source>
        <translation>%1 は VolumeCopy のソースにできません: %2。</translation>
    </message>
    <message>
        <source>The copy is %1; Re-Copy is possible once it is completed, stopped or failed.</source>
        <translation>コピーは %1 です。再コピーは、コピーが完了、停止、または失敗した後に実行できます。</translation>
    </message>
    <message>
        <source>The copy is %1; only a pending, in-progress or failed copy can be stopped.</source>
        <translation>コピーは %1 です。停止できるのは、保留中、進行中、または失敗したコピーだけです。</translation>
    </message>
    <message>
        <source>The copy is %1; stop it before removing the pair.</source>
        <translation>コピーは %1 です。ペアを除去する前にコピーを停止してください。</translation>
    </message>
    <message>
        <source>The copy is %1; the target&apos;s permissions can change once it is completed, stopped or failed.</source>
        <translation>コピーは %1 です。ターゲットの許可は、コピーが完了、停止、または失敗した後に変更できます。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>source → target</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The copy is %1; a copy is verified once it is completed.</source>
        <translation>コピーは %1 です。コピーは完了してから検証されます。</translation>
    </message>
</context>
<context>
    <name>Copyline::VolumeCopyTargetPage</name>
    <message>
        <source>Select Target Logical Drive and Copy Priority</source>
        <translation>ターゲット論理ドライブとコピー優先順位の選択</translation>
    </message>
    <message>
        <source>All data on the target is overwritten. Logical drives that cannot be the target say why.</source>
        <translation>ターゲットのデータはすべて上書きされます。ターゲットにできない論理ドライブには、その理由が表示されます。</translation>
    </message>
    <message>
        <source>Select the &amp;target logical drive:</source>
        <translation>ターゲット論理ドライブの選択(&amp;T):</translation>
    </message>
    <message>
        <source>Logical Drive</source>
        <translation>論理ドライブ</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>アレイ</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Target logical drives</source>
        <translation>ターゲット論理ドライブ</translation>
    </message>
    <message>
        <source>Give targets names that tell them apart from their sources, for example &lt;i&gt;Accounting&lt;/i&gt; → &lt;i&gt;Accounting-Copy&lt;/i&gt;.</source>
        <translation>ターゲットには、ソースと区別できる名前を付けてください。例: &lt;i&gt;Accounting&lt;/i&gt; → &lt;i&gt;Accounting-Copy&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>View &amp;Drives</source>
        <translation>ドライブの表示(&amp;D)</translation>
    </message>
    <message>
        <source>Copy &amp;priority:</source>
        <translation>コピー優先順位(&amp;P):</translation>
    </message>
    <message>
        <source>A higher priority copies faster at the cost of host I/O performance.</source>
        <translation>優先順位を高くするとコピーは速くなりますが、ホスト入出力のパフォーマンスが低下します。</translation>
    </message>
    <message>
        <source>Make the target &amp;read-only to hosts when the copy completes (recommended)</source>
        <translation>コピーの完了時にターゲットをホストに対して読み取り専用にする (推奨)(&amp;R)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>%1 cannot be the target: %2.</source>
        <translation>%1 はターゲットにできません: %2。</translation>
    </message>
    <message>
        <source>Source logical drive: &lt;b&gt;%1&lt;/b&gt; (%2) on %3. The target needs at least %2.</source>
        <translation>ソース論理ドライブ: &lt;b&gt;%1&lt;/b&gt; (%2)、%3 上。ターゲットには %2 以上が必要です。</translation>
    </message>
    <message>
        <source>%1 is the base of FlashCopy logical drives %2; they fail when the copy starts.</source>
        <translation>%1 は FlashCopy 論理ドライブ %2 の基本です。コピーの開始時にそれらは失敗します。</translation>
    </message>
    <message>
        <source>No logical drive can be the target of %1; the list says why for each.</source>
        <translation>%1 のターゲットにできる論理ドライブはありません。それぞれの理由はリストに表示されます。</translation>
    </message>
</context>
<context>
    <name>Copyline::WriteModePage</name>
    <message>
        <source>Set Write Mode</source>
        <translation>書き込みモードの設定</translation>
    </message>
    <message>
        <source>When does a host write to the primary complete?</source>
        <translation>1 次へのホストの書き込みはいつ完了しますか?</translation>
    </message>
    <message>
        <source>&amp;Synchronous</source>
        <translation>同期(&amp;S)</translation>
    </message>
    <message>
        <source>Metro Mirroring: the write completes once the secondary has stored it. The best recoverability, slower host writes; recommended up to 10 km.</source>
        <translation>Metro Mirroring: 2 次が保管した時点で書き込みが完了します。リカバリー性は最高ですが、ホストの書き込みは遅くなります。10 km までを推奨します。</translation>
    </message>
    <message>
        <source>&amp;Asynchronous</source>
        <translation>非同期(&amp;A)</translation>
    </message>
    <message>
        <source>Global Copy: the write completes at once and is sent to the secondary behind it. Faster host writes; recommended beyond 10 km. Writes may arrive at the secondary out of order, so it may be inconsistent after a disaster.</source>
        <translation>Global Copy: 書き込みは即時に完了し、後から 2 次に送信されます。ホストの書き込みは高速です。10 km を超える場合に推奨します。書き込みが順不同で 2 次に到着することがあるため、災害後に 2 次が不整合になる可能性があります。</translation>
    </message>
    <message>
        <source>Add to &amp;write consistency group</source>
        <translation>書き込み整合性グループに追加(&amp;W)</translation>
    </message>
    <message>
        <source>Global Mirroring: the order of writes is kept across all asynchronous pairs of the group on this storage subsystem, so their secondaries always show one common earlier moment. Remote writes may become single-threaded, which might impact host I/O performance.</source>
        <translation>Global Mirroring: このストレージ・サブシステム上のグループ内のすべての非同期ペアにわたって書き込みの順序が保たれるため、それらの 2 次は常に共通の過去の 1 時点を示します。リモート書き込みがシングルスレッドになることがあり、ホスト入出力のパフォーマンスに影響する場合があります。</translation>
    </message>
    <message>
        <source>Copy type: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>コピー・タイプ: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Copyline storage copy services console.</source>
        <translation>Copyline ストレージ・コピー・サービス・コンソール。</translation>
    </message>
    <message>
        <source>Workspace folder (default: %1).</source>
        <translation>ワークスペース・フォルダー (デフォルト: %1)。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation>%1 に接続済み</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>ワークスペースを開けません</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened.

%2</source>
        <translation>ワークスペース %1 を開けません。

%2</translation>
    </message>
    <message>
        <source>Workspace %1 · %2</source>
        <translation>ワークスペース %1 · %2</translation>
    </message>
    <message>
        <source>Cannot Keep Running</source>
        <translation>実行を継続できません</translation>
    </message>
    <message>
        <source>The copies could not be handed to the Copyline engine (copylined); they stopped with the console and resume when the workspace is opened again.

%1</source>
        <translation>コピーを Copyline エンジン (copylined) に引き渡せませんでした。コピーはコンソールとともに停止し、ワークスペースを再度開くと再開します。

%1</translation>
    </message>
    <message>
        <source>Control Socket Not Safe</source>
        <translation>制御ソケットが安全ではありません</translation>
    </message>
    <message>
        <source>Attach to the engine at HOST:PORT over TLS (copylined --listen).</source>
        <translation>TLS を使用して HOST:PORT のエンジンに接続します (copylined --listen)。</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>ホスト:ポート</translation>
    </message>
    <message>
        <source>The user to sign in as with --host.</source>
        <translation>--host で接続するときにサインインするユーザー。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the engine&apos;s certificate, to trust it on first contact with --host.</source>
        <translation>--host での初回接続時にエンジンを信頼するための、エンジンの証明書の SHA-256 フィンガープリント。</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Cannot Attach</source>
        <translation>接続できません</translation>
    </message>
    <message>
        <source>--host takes HOST:PORT (e.g. 192.0.2.7:7443) and needs --user NAME.</source>
        <translation>--host には HOST:PORT (例: 192.0.2.7:7443) を指定します。また、--user NAME が必要です。</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Password of %1 on the engine at %2:</source>
        <translation>%2 のエンジンでの %1 のパスワード:</translation>
    </message>
    <message>
        <source>Trust This Engine?</source>
        <translation>このエンジンを信頼しますか?</translation>
    </message>
    <message>
        <source>The engine at %1 is not known here. The SHA-256 fingerprint of its certificate is:

%2

Trust it only if it is the fingerprint copylined printed when it started (copylinectl --show-fingerprint on the engine&apos;s computer). Trust it and attach?</source>
        <translation>%1 のエンジンはここでは認識されていません。その証明書の SHA-256 フィンガープリントは次のとおりです:

%2

copylined が開始時に出力したフィンガープリント (エンジンのコンピューター上の copylinectl --show-fingerprint) と同じ場合にのみ信頼してください。信頼して接続しますか?</translation>
    </message>
</context>
</TS>
