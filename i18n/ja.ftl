# 日本語（機械支援翻訳）。訂正するには、このファイルの該当するメッセージ ID の行を編集してください。
# build.rs が en.ftl のすべてのメッセージがここにあることを確認します。

## Number words (src/ui/format.rs)
fmt-at-least = 少なくとも { $value }
fmt-usd = US${ $value }
fmt-range-all-capped = すべての試行で少なくとも { $cap }
fmt-range-floor = p10–p90：少なくとも { $low } – { $high }
fmt-range-capped = p10–p90：{ $low } – 少なくとも { $cap }
fmt-range = p10–p90：{ $low } – { $high }
fmt-years = { $n ->
   *[other] { $value }{ "\u00A0" }年
}
fmt-no-change = 変化なし
fmt-months = { $n ->
   *[other] { $value }{ "\u00A0" }か月
}
fmt-no-shortfall = 不足なし

## Page shell (index.html, src/ui/app.rs)
app-title = レアアース・サプライチェーン・リスク計算ツール
app-lede = 中国がレアアースや磁石の輸出を削減した場合、米国やその他の買い手は鉱山から磁石までの各段階でどれほど中国に依存し、価格はどうなり、在庫はどれだけもち、電気自動車、風力タービン、F-35 のコストはどれだけ増えるのか。スライダーを動かしてください。すべての数値に計算方法とデータの出典が示されます。
nav-pages = ページ
nav-calculator = 計算ツール
nav-methodology = 方法論
nav-how = 計算方法
nav-sources = 出典とデータ
lang-label = 言語
notices-heading = リンクを修正しました：
results-label = 主な結果
charts-label = グラフ
download-csv = 結果をダウンロード（CSV）
download-json = 結果をダウンロード（JSON）
print-data-line = { $credit } · データ時点 { $vintage } · モデル { $model } · { $link }
open-full = 完全版の計算ツールを開く
footer-data = データ時点 { $vintage } · モデル { $model } ·{ " " }
credit = レアアース・リスク計算ツール。データ：USGS（パブリックドメイン）、IEA（CC BY 4.0）ほか、一覧のとおり
footer-privacy = すべてお使いのブラウザ内で動作します。Cookie も解析もなく、あなたに関する情報は保存も送信もされません。

## Share and embed (src/ui/share.rs)
share-label = 共有と埋め込み
share-copy-link = リンクをコピー
share-copy-embed = 埋め込みコードをコピー
share-copy-pinned = 固定の埋め込みコードをコピー
share-link-copied = リンクをコピーしました。まったく同じ数値を再現します：
share-link-manual = このリンクをコピーしてください（まったく同じ数値を再現します）：
share-embed-copied = 埋め込みコードをコピーしました。既定値の今後の更新に追従します：
share-embed-manual = この埋め込みコードをコピーしてください（既定値の今後の更新に追従します）：
share-pinned-copied = 固定の埋め込みコードをコピーしました。すべての入力、データ時点、モデルのバージョンが固定されます：
share-pinned-manual = この固定の埋め込みコードをコピーしてください（すべての入力、データ時点、モデルのバージョンが固定されます）：
share-fallback-link = レアアース・サプライチェーン・リスク計算ツールを開く

## Controls: key labels (src/model/scenario/key.rs ScenarioKey::label)
key-preset = シナリオ
key-year = シナリオの年
key-view = 視点
key-quota_light = 中国の軽レアアース輸出の許容量
key-quota_heavy = 中国の重レアアース輸出の許容量
key-quota_magnet = 中国の磁石輸出の許容量
key-pipeline = 発表済みの各プロジェクトが実現する確率
key-delay = 各プロジェクトの遅れ（年）
key-add_mining = 2026 年からの追加採掘能力
key-add_separation = 2026 年からの追加分離能力
key-add_metal = 2026 年からの追加金属・合金能力
key-add_magnet = 2026 年からの追加磁石能力
key-growth = 中国以外の需要の伸び
key-months = 制限の期間
key-start = 推移の最初の月
key-china_output = 制限中の中国自身の生産
key-export_duty = 制限中の中国の輸出税
key-buffer = 中国以外の買い手の在庫
key-buffer_light = 買い手の NdPr 酸化物在庫
key-buffer_heavy = 買い手の Dy・Tb 酸化物在庫
key-buffer_magnet = 買い手の磁石在庫
key-buffer_cn = 中国国内の在庫
key-panic = 制限中に買い手が求める追加の備え
key-china_stockpiling = 制限中に中国が求める追加の備え
key-ed = 需要の弾力性の組
key-es = 供給の弾力性の組

## Units (src/model/scenario/key.rs NumberSpec::unit)
unit-pct-normal = 平常時比 %
unit-t-ndpr = t/年 NdPr 酸化物換算
unit-t-ndfeb = t/年 NdFeB
unit-months-demand = か月分の需要
unit-months-china = か月分の中国の需要
unit-year = 年
unit-years = 年
unit-pct = %
unit-pct-yr = %/年
unit-months = か月
unit-month = 月

## Viewpoints (src/data/types.rs Viewpoint::name)
view-us = 米国
view-exchina = 中国以外のすべての買い手
view-eu = 欧州連合
view-japan = 日本
view-korea = 韓国
view-india = インド

## Presets (data/presets.csv: name and note)
preset-baseline-2024 = 2024 年の基準
preset-baseline-2024-note = 制限なし：中国は通常どおり輸出し、2024 年の基準がそのまま続きます。
preset-quota-2010 = 2010～11 年の供給逼迫（2009 年の市場で再現）
preset-quota-2010-note = 2009 年のデータでの再現：2009 年の NdPr 酸化物と Dy 酸化物の市場（データセットには 2009 年の Tb 市場と磁石市場がないため、それらは再現しません）。2010 年 1 月から 24 か月間、毎月実際に中国から出た量を通します：2010 年の輸出は 39,813 t（2009 年の 43,900 t の約 91%）、2011 年は約 18,600 t（約 42%）。2011 年の 25% の輸出税と、2011 年の生産割当に合わせた中国自身の生産量 93,800 t（2009 年の 129,000 t の 73%）を加えています。
preset-licensing-apr-2025 = 重レアアースと磁石の輸出許可制（2025 年 4 月から）
preset-licensing-apr-2025-note = 2025 年 4 月 4 日から、Dy、Tb とほか 5 元素、およびそれらを含む磁石に輸出許可が必要になりました。推移は 2025 年 4 月に始まり、9 か月間、毎月実際に中国から出た量（2024 年同月比）を通します：磁石は 4 月 55%、5 月 26%、6 月 62%、その後ほぼ平常；Dy+Tb 酸化物は 4 月 50%、5 月ゼロ、6 月 4%、その後 24～65%。通年では Dy −35%、Tb −38%。
preset-truce-jun-2025 = ロンドン枠組み（2025 年 6～12 月）
preset-truce-jun-2025-note = 2025 年 6 月のロンドン枠組みの後、許可は再び出されました。推移は 2025 年 6 月に始まり、毎月実際に中国から出た量を通します：磁石は 2024 年 6 月の 62%、7 月からは 2024 年の水準以上；Dy+Tb 酸化物は 6 月 4%、7～12 月は 15～65%。
preset-controls-oct-2025 = 2025 年 10 月の規制（1 か月）
preset-controls-oct-2025-note = 2025 年 10 月 9 日、中国は 5 元素、装置、域外適用の 0.1% ルールを追加し、11 月 7 日に 2026 年 11 月まで停止したため、規制は約 1 か月続きました。推移は 2025 年 10 月に始まり、その月に実際に中国から出た量を通します：Dy+Tb 酸化物は 2024 年 10 月の 45%、磁石は約 116%。
preset-embargo-now = 全面禁輸（12 か月）
preset-embargo-now-note = 仮定：中国が 2026 年 1 月から 12 か月間、NdPr、Dy、Tb、磁石の輸出を一切認めない。
preset-pipeline-2030 = 発表済みの全プロジェクトが予定どおり（2030 年）
preset-pipeline-2030-note = データにある中国以外の発表済みプロジェクトがすべて予定どおり完成し、輸出制限はありません。

## Controls (src/ui/controls.rs)
controls-label = シナリオの設定
group-policy = 制限
group-stocks = 買い手の在庫
group-capacity = 中国以外の新たな能力
group-market = 市場と時期
group-assumptions = 前提
group-policy-intro = 割合は、制限が続く期間に実際に中国から出る、平常時の輸出に対するものです。
group-stocks-intro = 在庫は削減を和らげます：価格が高い間に取り崩され、その後積み増されます。
group-view-intro = 誰のサプライチェーン、在庫、備蓄か。価格は中国以外の単一市場のものです。
group-assumptions-summary = 弾力性（買い手と供給者が価格にどう反応するか）
group-assumptions-hint = 既定値は 2010～11 年の価格高騰で較正したアナリストの前提です。「出典とデータ」を参照してください。
group-not-replayed = 2009 年の再現では使いません。2009 年の市場をそのまま使い、新規プロジェクトも需要の伸びもありません。
hint-magnets = 磁石
hint-quota_light = 分離済み NdPr 酸化物。中国の NdPr の大半は磁石に組み込まれて輸出されます。
hint-quota_heavy = ジスプロシウムとテルビウムの酸化物（発給された許可）。
hint-quota_magnet = 焼結 NdFeB 磁石。
hint-months = その後は輸出が自由に流れ、買い手は在庫を積み直します。
hint-china_output = 生産割当、取り締まり、ミャンマー産鉱石の途絶。中国の価格も上がります。
hint-export_duty = 中国から出るものに課税。2011 年の税率は 15～25% でした。
hint-buffer = 前提。未設定：各市場の値（{ $markets }）。設定時：4 市場すべてに同じ値。
hint-panic = 較正済みの前提（{ $low }～{ $high }）：制限中の予防的な買い。
hint-buffer_cn = 前提：生産者、商社、国家備蓄（{ $markets }）。
hint-china_stockpiling = 制限中の中国の国家備蓄と商社（2011 年：包頭）。
hint-pipeline = 中国以外で発表された各鉱山、工場、製造所が建設される確率。
hint-delay = 発表済みの各プロジェクトが遅れる年数。
hint-add = 発表済みのプロジェクトに加えて、選んだ視点について。
hint-growth = 中国以外の需要の年間伸び率（EV、風力、ロボット）。
hint-year = 制限はこの年に始まります（シナリオが月を指定しない限り 1 月）。
hint-realised = このシナリオは中国から出た量を月ごとにたどります（表示は平均）。動かすと全月に同じ割合を設定します。
hint-pipeline-status = 各プロジェクトは、発表から稼働開始までの段階に応じた確率で数えられます（表示は平均。値は「出典とデータ」に記載）。動かすと全プロジェクトに同じ確率を設定します。
preset-normal = 平常の貿易（制限なし）
preset-reset = 平常の貿易に戻す
preset-normal-note = 平常の貿易：中国は通常どおり輸出。中国以外で発表された各プロジェクトは段階に応じた確率（平均 { $chance }）で建設され、{ $delay }遅れて完成します。
preset-path-start = 表示される 36 か月は { $month }に始まります。
choice-low = 低
choice-central = 中央
choice-high = 高
choice-custom = 任意：{ $value }
slider-typed = { $label }（{ $unit }）、数値入力

## The summary sentence (src/ui/summary.rs)
who-us = 米国
who-exchina = 中国以外の買い手
who-eu = 欧州連合
who-japan = 日本
who-korea = 韓国
who-india = インド
stage-mining = 採掘
stage-separation = 酸化物への分離
stage-metal = 金属・合金の製造
stage-magnet = 磁石の製造
market-ndpr = NdPr 酸化物
market-dy = Dy 酸化物
market-tb = Tb 酸化物
market-magnet = 焼結 NdFeB 磁石
never-within = { $n ->
   *[other] { $months } か月以内にはなし
}
never-no-restriction = 制限なし
what-magnets = 磁石
what-heavy = 重レアアース
what-light = 軽レアアース
what-prices = 価格
what-magnet-prices = 磁石価格
what-ndpr-prices = { " " }NdPr 酸化物価格
what-dy-prices = { " " }Dy 酸化物価格
policy-stop-all = レアアースと磁石の輸出をすべて停止し
policy-stop = { $list }の輸出を停止し
policy-quota = { $what }の通常輸出の { $share }{ " " }
policy-quota-realised = { $what }の通常輸出の平均 { $share }{ " " }
policy-lets-out-only = { $list }だけを輸出し
policy-output-cut = 自国の生産を通常の { $share } に減らし
policy-output-raise = 自国の生産を通常の { $share } に増やし
policy-duty = { $share } の輸出税を課し
policy-if = 中国が{ $policy }た場合
list-separator = 、
list-and = { $init }と{ $last }
list-and-serial = { $init }、{ $last }
list-and-two-clauses = { $init }、{ $last }
price-backstop = 中国以外の{ $what }は上限価格（少なくとも { $cap }）に達し、12 か月間で需要の { $unmet } が満たされないまま
price-steady = 中国以外の{ $what }は安定したまま
price-average = 中国以外の{ $what }は 12 か月平均で { $average }（{ $change }）
price-peak = 、{ $month }に { $peak } のピーク
price-peak-backstop = 、{ $month }には上限価格（少なくとも { $peak }）
summary-lead-restricted = { $policy }（{ $start }から { $duration }間）、{ $year } 年の{ $view ->
       *[other] { $who }
    }は磁石に含まれる NdPr の { $dependency } を中国に依存することになります
summary-lead-unrestricted = { $policy }でも、{ $year } 年には中国が通常輸出しているものは何も削減されず、{ $view ->
       *[other] { $who }
    }は磁石に含まれる NdPr の { $dependency } を中国に依存することになります
summary-lead-normal = 中国が { $year } 年に通常どおり輸出する場合、{ $view ->
       *[other] { $who }
    }は磁石に含まれる NdPr の { $dependency } を中国に依存することになります
stocks-first-month = 中国以外の買い手は最初の月に不足します（{ $market }）
stocks-after = 中国以外の買い手は { $months }後に不足します（{ $market }）
stocks-not-within = { $n ->
   *[other] 買い手の在庫は { $months } か月以内には尽きません
}
stocks-none = 在庫は取り崩されません
recover-after = 。中国以外の価格は { $months }後に平常の 10% 以内に戻ります
recover-not-within = { $n ->
   *[other] 。中国以外の価格は { $months } か月以内には平常に戻りません
}
summary-own = 。{ $text }
own-cover-stockpile = 自国の買い手の在庫と国家備蓄
own-cover-stocks = 自国の買い手の在庫
own-short-after = { $cover }で見ると、{ $who }は { $months }後に不足します（{ $market }）
own-not-within = { $n ->
   *[other] { $cover }で見ると、{ $who }は { $months } か月以内には不足しません
}
summary-sentence = { $lead }（鉱山から磁石まで、{ $weakest ->
        [yes] 最も弱い段階：{ $stage }
       *[no] 中国に依存する段階はありません
    }）。{ $price }です。{ $stocks }{ $recover }{ $own }。
summary-replay = 2009 年のデータによる再現です（NdPr と Dy の酸化物のみ。データセットには 2009 年の Tb と磁石の市場がありません）。{ $policy }（{ $start }から { $duration }間）、{ $ndpr }です。{ $dy }です。{ $stocks }{ $recover }。

## Headline cards (src/ui/headlines.rs). Formulas keep their symbols; the words around them
## are translated.
card-how = 計算方法
card-dependency-title = 鉱山から磁石までの中国依存度（NdPr）
card-dependency-heavy = 重レアアース（Dy+Tb）：{ $value }
card-weakest-stage = 最も弱い段階：{ $stage }
card-weakest-none = 中国に依存する段階はありません
card-dependency-note = 最も弱い段階とは、サプライチェーンに沿って依存度が最も大きく跳ね上がる段階です。詳しくは方法論の「サプライチェーンに沿った依存度」を参照。
card-market-title = { $market }の中国以外での価格
card-not-replayed = 再現対象外：この市場の 2009 年のデータがないため、2010～11 年の再現は NdPr と Dy の酸化物のみを対象とします。
card-replay-today = 再現対象外：このカードは現在のサプライチェーンを示しており、データセットには 2009 年の工程別チェーンがありません。再現は 2009 年の NdPr と Dy の酸化物市場のみを対象とします。
chart-not-replayed = 再現対象外：このグラフは現在のサプライチェーンと製品に基づいており、データセットには 2009 年のものがありません。
card-capped = { $peak } — 需要の { $unmet } が満たされない
card-capped-note = （12 か月間）
card-backstop-from = { $month }から上限価格
card-backstop-detail = ：買い手は技術を切り替えるか、使用をあきらめます
card-unmet-up-to = 。{ $month }には最大 { $share } が満たされません
card-period = 。
card-unmet-range = 未充足、12 か月平均 · { $range }
card-average-price = 12 か月平均価格：{ $value }
card-average-note = { " " }12 か月平均
card-no-month-above = 36 か月間に { $peak } を超える月はありません
card-central-peak = { " " }（中央ケース）· ピーク { $range }
card-peak = ピーク { $peak }（{ $month }）
card-unmet = 満たされない需要：{ $unmet }（12 か月平均）
card-inside-china = 中国国内：{ $change }（12 か月平均）
card-price-line = { $year } 年 US${ $baseline }/kg → US${ $now }/kg（12 か月平均）
card-price-line-capped = { $year } 年 US${ $baseline }/kg → 少なくとも US${ $now }/kg（12 か月平均）
card-market-note = 需要は { $base } 年から年 { $growth } 伸びます（{ $year } 年までに ×{ $factor }）。中国の輸出が不足している間は在庫が取り崩され、その後に積み増されます。上限価格では買い手は技術を切り替え、残りの不足分は満たされないため、そこでの価格は下限値です。詳しくは方法論の「在庫を含む月次の世界市場」を参照。
card-market-note-replay = { $year } 年当時の市場をそのまま、成長なしで使います（再現はその年の数値によります）。中国の輸出が不足している間は在庫が取り崩され、その後に積み増されます。上限価格では買い手は技術を切り替え、残りの不足分は満たされないため、そこでの価格は下限値です。詳しくは方法論の「在庫を含む月次の世界市場」を参照。
card-formula-magnet =
    毎月、開始から 36 か月（フロー ÷ 12）：
    中国以外の買い手：d·m^ed + λ·(S*(m) − S) = X + min(K*, F·(m ÷ c_ex)^es)·[m ≥ c_ex]
    中国の磁石：価格 c_cn·(1 + τ)、制限中は X ≤ a = 割当 × E ÷ 12
    c = 1 + Σ w_i (m_i − 1)（同じ月の酸化物価格から）；  m ≤ B、残りは未充足
    S* = (在庫 + 制限中のパニック)·d·m^(−θ)
    表示：m の 12 か月平均と最も高い月
card-formula-oxide =
    毎月、開始から 36 か月（フロー ÷ 12）：
    中国以外：N_e(m) = d·m^ed + λ·(S*(m) − S) − min(K, F·m^es)
    中国：N_c(m) = c·C·m^es_cn − D_cn·m^ed − λ·(S*_cn(m) − S_cn)
    単一市場：N_c(m_cn) = N_e(m_cn·(1 + τ)) = X；  X > a = 割当 × E ÷ 12 なら分断
    m ≤ B、残りは未充足；  S* = (在庫 + 制限中のパニック)·d·m^(−θ)
    表示：m の 12 か月平均と最も高い月
card-time-title = 中国以外の在庫はどれだけもつか、価格はいつ回復するか
card-time-survive = 持ちこたえる期間
card-time-recover = 回復までの期間
card-time-from = { $month }からの月数：中国以外の買い手が不足に陥るまで（需要が満たされない、または在庫が当初の 10% を下回る）と、中国以外の価格が平常の 10% 以内に戻るまで。
card-first-short = 最初に不足する市場：{ $market }
card-catch-up = 中国以外の供給が需要に追いつく年：{ $year }
card-not-by-2035 = 2035 年までには追いつかない
card-time-formula =
    S* = (在庫 + 制限中のパニック)·d·m^(−θ)
    各月の在庫：S_i = S_(i−1) + λ·(S*(m) − S_(i−1))
    持ちこたえる = 需要が満たされない、または S_i < S_(−1) の 10% となる最初の月
    回復 = 制限後に m が平常の 10% 以内となる最初の月
card-time-formula-catch-up = 追いつく = 制限が続く前提で F + Q ≥ D となる最初の年
card-time-note = 持ちこたえる期間は 4 市場のうち最も短いもの、回復までの期間は最も長いものです。詳しくは方法論の「期間」を参照。
card-time-note-replay = 持ちこたえる期間は再現した 2 市場（NdPr 酸化物と Dy 酸化物）のうち短いほう、回復までの期間は長いほうです。詳しくは方法論の「期間」を参照。
card-own-same = { $label }：同じく { $value }。
card-capacity-title = 依存度を { $target } 未満にするための新規能力
card-capacity-per = 年間、NdPr 酸化物換算、次の段階で：
card-capacity-stage = { $stage } { $tonnes }
card-capacity-none = 不要：すでに目標を下回っています
card-capacity-formula =
    磁石段階が通すべき量 L = (1 − 目標) × N
    その上流の段階：L − R；  追加_s = max(0, L_s − cap_s)
card-capacity-note = EU 重要原材料法の基準：一国からの調達は 65% 以下。詳しくは方法論の「サプライチェーンに沿った依存度」を参照。
stage-key-mining = 採掘
stage-key-separation = 分離
stage-key-metal = 金属
stage-key-magnet = 磁石
in-need = N（必要量、t NdPr 酸化物換算/年）
in-cap = cap_{ $stage }（2024 年 + プロジェクト）
in-cap-value = { $capacity } → T = { $throughput } → 依存度 { $dependency }
in-set-by-you = { $value }（ユーザー設定）
in-demand = D（中国以外の需要、t/年）
in-supply = F（中国以外の供給、t/年）
in-capacity = K（中国以外の生産能力、t/年）
in-exports = E（中国の通常の輸出、t/年）
in-allowed = a（制限中に中国が輸出を認める量、t/年）
in-magnet-exports = X（12 か月間の中国の磁石輸出、t）
in-makers = 中国以外のメーカーの供給、12 か月平均（t/年）
in-cost = c_ex, c_cn（材料コスト倍率、12 か月平均）
in-weights = w（NdPr、Dy、Tb のコスト比率）
in-restriction = 制限
in-restriction-value = { $start }から { $months } か月；中国の生産 { $output }；輸出税 τ { $duty }
in-restriction-months = { $start }から { $months } か月
in-buffer = buffer（開始時の買い手の在庫、か月）
in-panic = panic（制限中に追加で求める月数）
in-buffer-cn = buffer_cn（中国国内の在庫、か月）
in-theta-lambda = θ, λ（価格に対する在庫の反応；1 か月に埋める不足の割合）
in-ed = ed（需要の弾力性）
in-es = es（中国以外の供給の弾力性）
in-es-cn = es_cn（中国の供給の弾力性）
in-backstop = B（上限価格の倍率）
in-price = P（{ $year } 年価格、US$/kg）
in-buffer-months = buffer（需要の月数）
in-panic-months = panic（追加で求める月数）
in-market = 市場
in-dfq = D, F, Q（t/年）
in-target = 目標
## The time card's own figure for a country or bloc (src/ui/summary.rs own_time)
own-label = { $view ->
        [us] 米国の買い手自身の在庫
        [eu] EU の買い手自身の在庫
        [japan] 日本の買い手自身の在庫
        [korea] 韓国の買い手自身の在庫
        [india] インドの買い手自身の在庫
       *[other] 買い手自身の在庫
    }
own-label-stockpile = { $view ->
        [us] 米国の買い手自身の在庫と国家備蓄
        [eu] EU の買い手自身の在庫と公的備蓄
        [japan] 日本の買い手自身の在庫と国家備蓄
        [korea] 韓国の買い手自身の在庫と国家備蓄
        [india] インドの買い手自身の在庫と国家備蓄
       *[other] 買い手自身の在庫と国家備蓄
    }
market-word-magnet = 磁石
own-cover-held = 自国の買い手の在庫は、{ $market }で { $months }分
own-cover-stockpile-held = 自国の買い手の在庫は、{ $market }で { $months }分、国家備蓄は消費の { $stockpile }分
own-detail-short = 最初に不足する市場：{ $market }。開始時点の{ $cover }です。
own-detail = 開始時点の{ $cover }です。

## Compare (src/ui/compare.rs): the picker, the A/B/B − A table and each card's A line.
## A and B name the two scenarios and stay as they are.
cmp-with = 比較対象…
cmp-nothing = なし（シナリオ 1 つ）
cmp-pinned-option = A：{ $name }（固定）
cmp-this = 現在のこのシナリオ（A として固定）
cmp-normal = 平常の貿易
cmp-pinned = 固定したシナリオ
cmp-changed = { $name }（変更あり）
cmp-caption = A：{ $name } · B：このページで設定したシナリオ · B − A
cmp-caption-views = { " " }· A は{ $a }、B は{ $b }の視点
cmp-col-headline = 指標
cmp-hint = B を変更しても A は固定されたままで、リンクには両方が含まれます。12 か月平均とピークは中央値です。B の幅はカードとグラフにあります。
cmp-of-a = { $bound ->
    [at-least] A の少なくとも { $value }
    [at-most] A の多くとも { $value }
   *[exact] A の { $value }
}
cmp-points = { $n ->
   *[other] { $value } ポイント
}
cmp-months = { $value } か月
cmp-at-most = 多くとも { $value }
cmp-beyond = { $value }以上
cmp-both-backstop = 両方とも上限価格
cmp-not-replayed = 2009 年の再現にはなし
cmp-card-tag = A（{ $name }）：
cmp-card-part = { $short }：{ $value }（B − A：{ $change }）
cmp-card-line = A（{ $name }）：{ $parts }
cmp-separator = 、
cmp-magnet-average = 中国以外の磁石価格、12 か月平均
cmp-magnet-average-short = 12 か月平均
cmp-magnet-peak = 中国以外の磁石価格、ピーク月
cmp-magnet-peak-short = ピーク
cmp-ndpr-average = 中国以外の NdPr 酸化物価格、12 か月平均
cmp-ndpr-average-short = 12 か月平均
cmp-dy-average = 中国以外の Dy 酸化物価格、12 か月平均
cmp-dy-average-short = 12 か月平均
cmp-tb-average = 中国以外の Tb 酸化物価格、12 か月平均
cmp-tb-average-short = 12 か月平均
cmp-magnet-unmet = 満たされない磁石需要、12 か月平均
cmp-magnet-unmet-short = 未充足
cmp-dy-unmet = 満たされない Dy 酸化物需要、12 か月平均
cmp-dy-unmet-short = 未充足
cmp-survive = 持ちこたえる期間、中国以外のすべての買い手
cmp-survive-short = 持ちこたえる期間
cmp-recover = 回復までの期間
cmp-recover-short = 回復までの期間
cmp-own-survive = 持ちこたえる期間、選んだ視点の買い手自身の在庫と備蓄
cmp-own-survive-short = 視点自身の在庫
cmp-dependency-light = 中国依存度、鉱山から磁石まで（軽）
cmp-dependency-light-short = 軽
cmp-dependency-heavy = 中国依存度、鉱山から磁石まで（重）
cmp-dependency-heavy-short = 重
cmp-capacity = 依存度目標を下回るための新規能力（軽）
cmp-capacity-short = 新規能力
cmp-ev-cost = 電気自動車 1 台あたりの磁石の追加コスト
cmp-ev-cost-short = { "" }

## The race and price charts (src/ui/charts/race.rs, price.rs, mod.rs)
chart-dashed-a = 破線：A（{ $name }）。A の場合、{ $finding }
chart-then-a = { $finding }{ $dashed }
chart-a-label = A、{ $name }
col-a = { $header }、A（{ $name }）
series-a = { $name }、A
col-month = 月
col-outside = 中国以外
col-inside = 中国国内
col-unmet = 満たされない需要
col-market = 市場
race-title = 競争：在庫と回復、月ごと
race-alt = { $market }について、{ $start }からの { $months } か月間の 3 つの折れ線グラフ：中国以外と中国国内の価格（平常比、最初の 12 か月平均の p10–p90 付き）、月数で表した買い手の在庫、満たされない需要の割合。{ $shaded ->
        [yes] 制限期間（{ $duration }）は網掛け。
       *[no] {""}
    }{ $finding }月ごとの値はデータ表にあります。
race-none = 制限がないため、買い手の在庫は取り崩されず、価格は平常のままです。
race-short-first = { $market }の買い手は最初の月から不足します
race-stocks-last = { $market }の在庫は { $months }もちます
race-stocks-beyond = { $market }の在庫は表示した { $months } か月を超えてもちます
race-price-backstop = 中国以外の価格は { $month }に上限価格（少なくとも { $peak }）に達し
race-price-peak = 中国以外の価格は { $month }に { $peak } でピークとなり
race-price-steady = 中国以外の価格は平常の 10% 以内にとどまり
race-back = 4 市場すべてが { $month }までに平常の 10% 以内に戻ります
race-not-back = 表示した { $months } か月以内に価格は平常に戻りません
race-finding = { $stocks }。{ $price }、{ $back }。
race-mark-out = 在庫切れ
race-mark-normal = 平常に復帰
race-shade = 制限
race-col-stocks = 在庫（カバー月数）
race-col-stocks-short = 在庫
race-col-exports = 輸出（t/月）
race-panel-price = { $market }：価格、平常比
race-panel-stocks = 中国以外の買い手の在庫、カバー月数
race-panel-unmet = 中国以外の満たされない需要
race-unmet-share = 未充足の割合
price-title = 価格ショック：中国以外と中国国内
price-alt = 価格倍率の対数目盛の棒グラフ：中国以外と中国国内の 12 か月平均、およびピーク月。{ $finding }
price-series-outside = 中国以外、12 か月平均
price-series-inside = 中国国内、12 か月平均
price-series-peak = 中国以外、ピーク月
price-series-spread = 価格差、中国以外 ÷ 中国国内
price-e1-label = Nd、2011 ÷ 2009（バックテスト E1）
price-e1-row = Nd、2011 年平均 ÷ 2009：バックテスト E1、中国の価格は実績どおり（モデル 2；実績）
price-see-methodology = 方法論を参照
price-peak-in = { $peak }（{ $month }）
price-col-outside = 中国以外、12 か月平均
price-col-inside = 中国国内、12 か月平均
price-col-peak = 中国以外のピーク月
price-col-spread = 価格差
price-col-spread-observed = 価格差 / 実績
price-reference = { $year } 年価格
price-observed = 実績
price-hold = 横ばい
price-rise-to = { " " }{ $value } に上昇
price-rise = { " " }{ $change } 上昇
price-fall = { " " }{ $change } 下落
price-moves-backstop = 上限価格（少なくとも { $cap }）に達し、需要の { $unmet } が満たされないまま
price-none-normal = このシナリオでは中国が通常どおり輸出するため、価格は { $year } 年の水準のままです。
price-none-moved = 中国以外の買い手が代替できないものは何も差し止められていないため、価格は { $year } 年の水準のままです。
price-magnets-both = 中国以外と中国国内の磁石価格は{ $outside }
price-magnets = 中国以外の磁石価格は{ $outside }、中国国内は{ $inside }
price-finding = 最初の 12 か月で、{ $magnets }。中国以外の Dy 酸化物価格は{ $dy }。
price-finding-replay = 最初の 12 か月で、中国以外の NdPr 酸化物価格は{ $ndpr }、中国国内は{ $inside }。中国以外の Dy 酸化物価格は{ $dy }。Tb と磁石は 2009 年のデータにありません。

## Downloads (src/ui/export/): the CSV's column headings and title, the scenario in one line
## and the sources for a chart's PNG footer and the printed card. The CSV's cells stay the
## report's keys and values.
csv-section = 区分
csv-metric = 指標
csv-year = 年
csv-unit = 単位
csv-central = 中央値
csv-p10 = p10
csv-p50 = p50
csv-p90 = p90
csv-title = レアアース・サプライチェーン・リスク計算ツール：結果
export-sources = 出典：{ $list }
export-sources-more = 出典：{ $list } ほか { $more } 件（計算ツールの「出典とデータ」を参照）
export-sources-none = 出典：計算ツールの「出典とデータ」を参照
export-png-credit = { $credit } · データ時点 { $vintage } · モデル { $model }
line-from = { $start }からのシナリオ
line-seen-from = { $who }の視点
line-restriction = { $n ->
       *[other] { $months } か月間、中国は軽レアアース輸出の { $light }、重レアアース輸出の { $heavy }、磁石輸出の { $magnet } を認める
    }
line-output = 中国の生産 { $share }
line-duty = 輸出税 { $share }
line-projects = プロジェクト実現 { $share }、{ $delay } 年遅れ
line-projects-status = プロジェクト実現は段階別の確率（平均 { $share }）、{ $delay } 年遅れ
line-extra = 追加能力あり
line-growth = 需要 +{ $share }/年
line-buffer = 買い手の在庫 { $months } か月
line-panic = パニック買い { $months } か月
line-buffer-cn = 中国国内の在庫 { $months } か月
line-stockpiling = 中国の備蓄 { $months } か月
line-preset = プリセット { $preset }

## The dataset's own words (data/projects.csv: country and status; src/ui/words.rs data_word).
## Names of companies, projects and sources stay as they are.
country-angola = アンゴラ
country-australia = オーストラリア
country-brazil = ブラジル
country-brazil-and-chile = ブラジルとチリ
country-estonia = エストニア
country-france = フランス
country-germany = ドイツ
country-india = インド
country-japan = 日本
country-malawi = マラウイ
country-malaysia = マレーシア
country-norway = ノルウェー
country-saudi-arabia = サウジアラビア
country-south-africa = 南アフリカ
country-south-korea = 韓国
country-united-kingdom = 英国
country-united-states = 米国
country-vietnam = ベトナム
status-announced = 発表済み
status-commissioning = 試運転中
status-construction = 建設中
status-development = 開発中
status-feasibility = 事業化調査
status-financed = 資金調達済み
status-operating = 稼働中
status-pre-fid = 最終投資決定前
status-ramping = 立ち上げ中
status-shut = 停止
status-stalled = 停滞
unit-elasticity = 弾力性
unit-factor = 係数
unit-multiple = 倍率
unit-share = 割合
unit-yr = 年
unit-yr-slip = 年の遅れ
unit-t-yr = t/年

## The loading message of index.html (static/frame.js says it before the app loads) and the
## overlay a crash shows (src/ui/panic.rs; English if the catalogue itself failed)
app-loading = 計算ツールを読み込んでいます…
panic-title = 計算ツールでエラーが発生しました
panic-text = 計算ツールは停止しており、ページを再読み込みするまで応答しません。設定はページのアドレスに含まれているため、再読み込みすると元に戻ります。
panic-reload = ページを再読み込み
panic-report = 問題を報告

## Notices (src/model/scenario/parse.rs, src/model/engine/assemble.rs; src/ui/notices.rs)
notice-unknown-more = この計算ツールが知らない設定があと { $count } 件あり、無視しました。
notice-repeated = { $key } が複数回指定されました。最後の値（{ $value }）を使います。
notice-model-1 = このリンクはモデル 1 用に作られました。設定の意味（1 年続く制限）は変わらず、数値は月次の市場と在庫をもつモデル 2 から計算されます。
notice-url-version = このリンクは設定のバージョン { $given } を使っています。バージョン { $current } として読み込みました。
notice-data-version = このリンクは { $given } 時点のデータで作られました。数値は現在のデータ（{ $current }）を使います。
notice-model-version = このリンクはモデルのバージョン { $given } で作られました。数値はバージョン { $current } を使います。
notice-lang = 「{ $value }」はこの計算ツールが提供する言語（{ $codes }）ではありません。英語で表示します。
notice-unknown-key = 「{ $key }」はこの計算ツールが知らない設定です。無視しました。
notice-outside = { $key }={ $value } は { $min }～{ $max } の範囲外です。{ $used } を使います。
notice-not-number = { $key }={ $value } は数値ではありませんでした。{ $used } を使います。
notice-not-number-dataset = { $key }={ $value } は数値ではありませんでした。データセットの値を使います。
notice-not-whole-year = { $key }={ $value } は整数の年ではありません。{ $used } を使います。
notice-not-whole-months = { $key }={ $value } は整数の月数ではありません。{ $used } を使います。
notice-ed-negative = ed={ $value } は負であるべきです（価格が上がると需要は減ります）。{ $used } を使います。
notice-elasticity = { $key }={ $value } は「low」「central」「high」でも数値でもありません。「central」を使います。
notice-unknown-preset = 「{ $value }」という名前のシナリオはありません。既定値を使います。シナリオ：{ $presets }。
notice-view = view={ $value } は { $views }、{ $last } のいずれでもありません。「us」を使います。
notice-view-preset = view={ $value }（シナリオ内）は { $views }、{ $last } のいずれでもありません。「us」を使います。
notice-backstop = { $market }：一部の月には、中国以外の買い手が少なくとも上限価格（×{ $cap }）を払ってもなお不足します。最初の 12 か月で需要の { $unmet }% が満たされず、代替するか停止するしかありません。
notice-in-compare = 比較対象のシナリオ（A）：{ $text }

## Methodology: translations (src/ui/methodology/about.rs)
m-translations-title = 翻訳
m-translations-which = このページは英語で書かれています。ドイツ語、フランス語、日本語、スペイン語の版は機械支援による翻訳で、一貫性は確認していますが、専門の翻訳者による確認は受けていません。名称（MP Materials、Lynas、NdFeB、元素記号）と URL のキーは翻訳しません。
m-translations-fix = 翻訳を訂正するには、i18n/ にあるその言語のカタログで該当するメッセージを編集し、プルリクエストを送ってください。このページのカタログは { $file } です。たとえば要約の文は { $line } 行目のメッセージ「{ $id }」です。ビルド時に、すべてのカタログが i18n/en.ftl のすべてのメッセージを同じ変数で持つことを確認します。

## Charts (src/ui/charts/, src/ui/chart_card.rs)
chart-show-table = データ表を表示
chart-hide-table = データ表を隠す
chart-download-png = PNG をダウンロード
chart-download-png-of = ：{ $title }
chart-table-label = { $title }（データ表）
market-magnet-short = 磁石
chain-light = 軽（NdPr）
chain-heavy = 重（Dy+Tb）
col-year = 年
col-dependency-light = 依存度（軽）
col-dependency-heavy = 依存度（重）
col-product = 製品
col-magnet = 磁石
col-added-cost = 追加コスト
col-output-at-risk = 影響を受ける生産
col-chain-stage = チェーンと段階
col-dependency-year = 依存度 { $year }
col-direct-reliance = 直接依存
col-china-share = 中国の世界シェア
col-assumption = 前提
col-low-end = 下限 → 指標
col-high-end = 上限 → 指標
timeline-title = 2024～2035 年：依存度と価格の年ごとの推移
timeline-finding = このシナリオでは、鉱山から磁石までの中国への依存度は 2024 年の { $first } から 2035 年には { $last } になります。
timeline-alt = 2024～2035 年の折れ線グラフ 2 つ。{ $finding }年ごとの値はデータ表にあります。
timeline-panel-dependency = 鉱山から磁石までの中国への依存度
timeline-panel-price = 中国以外の価格、12 か月平均（2024 年比）
exposure-title = コスト：製品 1 単位あたりの磁石の追加コスト
exposure-finding = 12 か月平均の磁石価格では、磁石の質量が分かっている製品で最も大きい追加コストは、{ $cost }（{ $product }、{ $per }）です。電気自動車の磁石は、{ $car } 高くなります。
exposure-finding-none = 追加コストなし：このシナリオでは中国以外の磁石の 12 か月平均価格は変わりません。
exposure-alt = 対数目盛の横棒グラフ。{ $finding }
exposure-series = 1 単位あたりの追加コスト（US$）
exposure-upper-bound = { $name }（上限値）
exposure-note-unverified = グラフの「≤」と表の「上限値」の製品：公表されているのは搭載されたレアアース材料全体の量だけで、NdFeB 磁石の量ではありません（部品表は非公開）。追加コストは表示値以下であり、これらの製品は見出しには使いません。
stage-mining-short = 採掘
stage-separation-short = 分離
stage-metal-short = 金属
stage-magnet-short = 磁石
chain-title = 鉱山から磁石まで、各段階での中国への依存度
chain-finding = { $year } 年、{ $view ->
       *[other] { $who }
    }は磁石段階で NdPr の { $dependency } を中国に依存します（現在 { $today }）。{ $weakest ->
        [yes] 最も弱い段階は{ $stage }です。
       *[no] {""}
    }
chain-alt = 棒グラフ。{ $finding }重レアアース：磁石段階で { $heavy }。{ $note }詳細はデータ表にあります。
chain-series-light = 軽、{ $year }
chain-series-heavy = 重、{ $year }
chain-target = 目標 { $share }
crma-extraction = 採掘
crma-processing = 加工
crma-recycling = リサイクル
crma-single-supplier = 単一供給国
crma-extraction-note = 採掘段階には、EU で採掘された中国以外の鉱石と、出典が数量を示す場合は引き取り契約で海外から確保した鉱石を含みます（方法論の「この視点の数値」）。法は EU 域内の採掘のみを数えます。
crma-processing-note = EU 域内での加工は鉱石の産地を問わず数えるため、ここでは中国以外の鉱石は必要ありません。金属は磁石の前の最後の加工段階です。
crma-recycling-note = 下限値：プロジェクトとして挙げたリサイクル工場は段階の能力に加わり、リサイクル原料には加わりません。磁石から磁石へのリサイクルは磁石の能力に含めます（R_magnet = 0）。
crma-single-supplier-note = このチェーンが測る第三国は中国だけです。法の 65% はどの一国にも適用されます。
crma-check-at-least = { $name }（必要量の { $value }、{ $benchmark } 以上）
crma-check-at-most = { $name }（中国から { $value }、{ $benchmark } 以下）
crma-unmeasured = { $name }（このチェーンでは測れません：{ $note }）
crma-none = なし
crma-list-separator = 、
crma-sentence = { $year } 年の EU 重要原材料法の基準（2 つのチェーンのうち弱い方）。達成：{ $met }。未達成：{ $missed }。
crma-not-measured = 測定不能：{ $list }。
crma-lines = 線は、各段階で中国からが 65% 以下、および EU での加工 40%、採掘 10% が達成される依存度を示します。
crma-line-single = CRMA：一国から { $share } 以下
crma-line-processed = CRMA：EU で { $share } を加工
crma-line-mined = CRMA：EU で { $share } を採掘
drivers-title = この数値を左右するもの
drivers-alt = 前提ごとの横棒。各棒は前提の下限と上限での指標の値の範囲を示し、幅の広い順に、このシナリオの値を中心に並びます。{ $finding }詳細はデータ表にあります。
drivers-finding = { $headline }：{ $value }。最も大きく動かすのは{ $driver }です（前提の下限で { $low }、上限で { $high }）{ $second }。
drivers-finding-none = { $headline }：{ $value }。このシナリオでは、どの前提もこの値を動かしません。
drivers-then = 。次いで大きいのは{ $driver }です
drivers-this-scenario = このシナリオ
drivers-headline = 指標
drivers-pending = この数値を左右するもの：幅の計算後に算出します。
driver-ed = 需要の弾力性（ed）
driver-es = 供給の弾力性（es）
driver-theta = 価格による備えの減少（θ）
driver-lambda = 買い手の在庫回復の速さ（λ）
driver-panic = パニック買い（か月）
driver-buffer = 開始時の買い手の在庫
driver-pipeline = 実現するプロジェクト
driver-delay = プロジェクトの遅れ（年）
driver-growth = 需要の伸び（%/年）
headline-magnet_price = 中国以外の磁石価格、12 か月平均
headline-magnet_peak = 中国以外の磁石価格、ピーク月
headline-ndpr_price = 中国以外の NdPr 酸化物価格、12 か月平均
headline-dy_price = 中国以外の Dy 酸化物価格、12 か月平均
headline-dy_unmet = 満たされない Dy 酸化物需要、12 か月平均
headline-time_to_survive = 持ちこたえる期間（か月）

## Products (data/products.csv: name and per)
product-ev-motor = 電気自動車（駆動用ほかのモーター）
product-ev-motor-per = 1 台あたり
product-wind-dd-mw = ダイレクトドライブ風力タービン
product-wind-dd-mw-per = 1 MW あたり
product-f35 = F-35 戦闘機
product-f35-per = 1 機あたり
product-ddg51 = アーレイ・バーク級駆逐艦 DDG-51
product-ddg51-per = 1 隻あたり
product-virginia-ssn = バージニア級潜水艦
product-virginia-ssn-per = 1 隻あたり
product-hdd = ハードディスクドライブ
product-hdd-per = 1 台あたり
product-humanoid-robot = ヒューマノイドロボット
product-humanoid-robot-per = 1 体あたり

## Sources & data (src/ui/sources.rs)
src-intro = データ時点 { $vintage }。基準年 { $year }。すべての数値に単位、年、出典、信頼度があります：高（一次資料から）、中（二次報告）、低（単一または不明確な出典）、導出（出典のある値から計算）、前提（アナリストの調整可能な既定値）。
src-credit-line = クレジット表記：
src-download = データセットをダウンロード（JSON）
src-sources = 出典
src-loading = 出典のタイトルとリンクを読み込んでいます…
src-failed = 出典のタイトルとリンクを読み込めませんでした（{ $why }）。各出典には発行者とライセンスを表示しています。オンラインで再読み込みすると表示されます。
methodology-loading = 方法論を読み込んでいます…
methodology-failed = 方法論を読み込めませんでした（{ $why }）。オンラインで再読み込みすると表示されます。
src-licence = 。ライセンス：{ $licence }
src-read-here = ここで読む
src-link = リンク
src-table-label = { $caption }（表）
src-col-figure = 項目
src-col-value = 値
src-col-unit = 単位
src-col-year = 年
src-col-confidence = 信頼度
src-col-source = 出典
src-col-project = プロジェクト
src-col-country = 国
src-col-stage = 段階
src-col-capacity = 発表された能力
src-col-start = 開始
src-col-status = 状況
src-col-odds = 実現確率
confidence-high = 高
confidence-medium = 中
confidence-low = 低
confidence-derived = 導出
confidence-assumption = 前提
src-world-mine = 世界の鉱山生産
src-china-mine = 中国の鉱山生産
src-us-mine = 米国の鉱山生産
src-us-reliance = 米国の純輸入依存度
src-china-magnets = 中国の磁石輸出
src-world-production = 世界生産 W
src-china-production = 中国の生産 C
src-supply-outside = 中国以外の供給 F
src-capacity-outside = 中国以外の能力 K
src-demand-outside = 中国以外の需要 D
src-reported-exports = 中国の公表輸出量
src-price = 2024 年の価格 P
src-ed = 需要の弾力性（中央）
src-es = 供給の弾力性（中央）
src-backstop = 上限価格の倍率 B
src-baseline-caption = 2024 年の基準値
src-need = { $view } · { $chain } チェーン：必要量 N
src-market-row = { $market }：{ $what }
src-stage-capacity = { $view } · { $chain } · { $stage }：能力
src-stage-recycled = { $view } · { $chain } · { $stage }：リサイクル原料
src-chain-label = チェーンの能力と必要量
src-chain-caption = チェーンに沿った中国以外の能力と必要量、2024 年（t/年。軽：NdPr 酸化物換算、重：Dy+Tb 酸化物換算）
src-product-magnet = { $product }（{ $per }）：磁石
src-product-dytb = { $product }（{ $per }）：Dy+Tb
src-products-label = 製品
src-products-caption = 製品（コストの表示）
src-not-disclosed = 非公表
src-projects-label = 中国以外のプロジェクト
src-projects-caption = { $n ->
   *[other] 中国以外で発表済み・稼働中のプロジェクト（{ $count } 件）
}

## Methodology: the model in plain language (src/ui/methodology/plain.rs)
m-plain-title = わかりやすく言えば
m-plain-what = この計算ツールは、価格をもつ 4 つの市場（NdPr 酸化物、ジスプロシウム酸化物、テルビウム酸化物、焼結 NdFeB 磁石）と、軽・重レアアースの鉱山から磁石までのチェーン（採掘、酸化物への分離、金属・合金の製造、磁石の製造）についての透明な部分均衡モデルです。
m-plain-path = 出典のある 2024 年の基準から、需要をシナリオの年まで伸ばし、中国以外で発表されたプロジェクトを実現確率と立ち上がりに応じて加えます。そのうえで各市場を 36 か月間、月ごとに追います：
m-plain-months = 期間。制限は { $months }続きます。その間、設定した割合の中国の通常輸出だけが実際に中国から出ます。中国自身の生産は増減でき（ここでは平常の { $output }）、輸出税を課すこともできます（ここでは { $duty }）。その後は輸出が再び自由に流れます。
m-plain-stocks = 在庫。中国以外の買い手は在庫をもって始めます（磁石ではここで需要の { $buffer }分）。価格が高い間は取り崩し、下がると積み増し、毎月差の一部を埋めます。制限中は { $panic }分の備えを加えようともし（パニック買い）、これが早い段階で価格を押し上げます。中国国内の在庫も同じ規則に従います。
m-plain-market = 分かれうる一つの世界市場。中国の輸出が制限されていない間は、一つの価格が世界の需給を均衡させ、中国以外では税が上乗せされます。輸出制限が効くと市場は分かれます。中国以外では、買い手が使用を減らし、在庫を取り崩し、中国以外の供給者が増産するまで価格が上がります。中国国内では、出せない分が国内に残り、中国が自国の生産を減らすか備蓄しない限り価格は下がります。磁石市場は、メーカーの材料費を通じて同じ月の酸化物価格に従います。
m-plain-backstop = 上限価格。2024 年の価格の B 倍（磁石では { $backstop }）になると、買い手はそれ以上払うより技術を切り替えます。それでも差が埋まらなければ残りの需要は満たされず、市場を均衡させる価格はさらに高くなります。その場合、計算ツールは「少なくとも ×B」と示し、満たされない割合を添えます。単なる ×B とは書きません。
m-plain-figures = 数値の意味。価格は推移の 12 か月平均（最初の 12 か月。年次統計が報告するもの）とそのピーク月です。持ちこたえる期間は買い手が初めて不足する（需要が満たされない、または在庫が当初の 10% を下回る）までの月数、回復までの期間は中国以外の価格が平常の 10% 以内に戻るまでの月数です。
m-plain-example = 表示中のシナリオでは、推移は { $start }に始まります。{ $market }が最も大きく動きます。中国以外の価格は最初の 12 か月平均で { $average }、最も高い月（{ $peak_month }）には { $peak } に達します。中国国内の平均は { $china } です
m-plain-example-unmet = 。この 12 か月間、中国以外の需要の { $unmet } が満たされません
m-plain-example-end = 。{ $short ->
        [yes] 買い手は { $survive }後に不足し
       *[no] 買い手の在庫は表示した { $shown } か月を超えてもち
    }、{ $back ->
        [yes] 価格は { $recover }後に平常の 10% 以内に戻ります
       *[no] 価格は表示した { $shown } か月のうちに平常の 10% 以内に戻りません
    }。
m-plain-example-none = 表示中のシナリオでは、推移は { $start }に始まりますが、制限はありません。買い手の在庫は取り崩されず、価格は平常のままです。
m-plain-dependency = 依存度とは、{ $who }の必要量のうち、各段階で中国以外の生産では満たせない割合で、チェーンを段階ごとにたどって求めます。すべての数値には、弾力性、在庫の振る舞い（θ、λ、パニック買い）、実現するプロジェクトを抽出する { $draws } 回のモデル計算による幅が付きます（シード { $seed }）。中央値は中央の値と期待される能力を使います。
m-plain-not-forecast = この推移は来月のスポット価格の予測ではありません。この長さと強さの制限が、この在庫とこの弾力性をもつ市場に何をもたらすかを示すものです。

## Methodology: its table of contents (src/ui/methodology/mod.rs)
m-nav-back = 計算ツールに戻る
m-nav-formulas = あなたの数値での数式
m-nav-assumptions = 前提
m-nav-view = この視点の数値
m-nav-backtests = バックテスト
m-nav-limits = わからないこと
m-nav-cite = 引用のしかた
m-nav-changes = 変更履歴

## Methodology: shared words of the page's tables (src/ui/methodology/mod.rs). Symbols (D_t, es_cn,
## B…), URL keys and element symbols stay as they are.
m-label-ndpr = NdPr 酸化物
m-label-dy = Dy 酸化物
m-label-tb = Tb 酸化物
m-label-magnet = 磁石
m-unit-share = 割合
m-unit-t-yr = t/年
m-unit-kg-kg = 質量比（kg/kg）
m-unit-yr = 年
m-col-value = 値
m-col-unit = 単位
m-col-note = 注記
m-col-figure = 数値
m-col-market = 市場
m-col-stage = 工程
m-ref-loading = 読み込み中…
m-ref-failed = （読み込めませんでした。オンラインで再読み込みしてください）

## Methodology: formulas with your numbers (src/ui/methodology/formulas.rs). Formulas keep their
## symbols; only the words around them are translated. $-variables that are figures arrive as
## live numbers.
m-formulas-title = 計算式と、表示中のシナリオの数値
m-formulas-scenario = { $scenario }（モデル { $model }、データ { $data }）。計算ツールでシナリオを変えると、これらの数値も変わります。
m-f-year-title = 年 t：需要、新規能力、中国の輸出
m-f-monthly-title = 在庫を含む月次の世界市場
m-f-monthly =
    各月 i = 0 … 35（推移の開始から）。フローは年間値 ÷ 12。月 0–11 は年 t の構造、12–23 は t+1、24–35 は t+2 の構造を使う。
    i < months の間：a_i = quota · E_t ÷ 12、c = china_output、τ = export_duty。その後：制限なし、c = 1、τ = 0
    中国以外：N_e(m) = d · m^ed + λ · (S*(m) − S_(i−1)) − min(K_t, F_t · m^es) ÷ 12
    望ましい在庫 S*(m) = (buffer + panic · [i < months]) · d · m^(−θ)；S_(−1) = buffer · d
    中国：N_c(m) = c · C_t ÷ 12 · m^es_cn − D_cn,t ÷ 12 · m^ed − λ · (S*_cn(m) − S_cn,(i−1))
    S*_cn(m) = (buffer_cn + china_stockpiling · [i < months]) · D_cn,t ÷ 12 · m^(−θ)
    1. 単一市場：N_c(m_cn) = N_e(m_cn · (1 + τ))、m = m_cn · (1 + τ)、X = N_e(m)。X ≤ a_i ならこれが解
    2. 分断された市場（X > a_i）：X = a_i；N_e(m) = a_i、N_c(m_cn) = a_i
    3. 0.2 ≤ m、m_cn ≤ B。N_e(B) > X なら m = B、満たされない割合 u = (N_e(B) − X) ÷ d
    その後 S_i = S_(i−1) + λ · (S*(m) − S_(i−1))（0 未満にはならない）
    磁石：c_ex = 1 + Σ w_k (m_k − 1)、c_cn = 1 + Σ w_k (m_cn,k − 1)（同じ月の酸化物価格から）。
    中国製磁石の国外価格は c_cn · (1 + τ)、a_i で制限。中国以外のメーカーの供給は
    m ≥ c_ex のとき min(K*, F_t · (m ÷ c_ex)^es)。K* は入手できる NdPr で削減
    報告値：m、m_cn、m ÷ m_cn、u の 12 か月平均（月 0–11）と、36 か月で最も高い m
m-markets-label = 市場の入力値と結果
m-markets-caption = 市場の入力値と結果、{ $year } 年（中央ケース。特記なき限り年間トン）
m-col-input = 入力値
m-row-demand = 中国以外の需要
m-row-supply = 中国以外の供給
m-row-capacity = 中国以外の生産能力
m-row-added = 見込まれる新規能力
m-row-exports = 中国の平常時の輸出
m-row-quota = 制限中に中国から出る割合
m-row-allowed = 制限中に中国が認める輸出（年率）
m-row-ed = 需要の弾力性
m-row-es = 中国以外の供給の弾力性
m-row-es-cn = 中国の供給の弾力性
m-row-backstop = 上限価格の倍率
m-row-china-production = 中国の生産量
m-row-china-use = 中国の国内消費
m-row-buffer = 開始時の買い手の在庫（か月）
m-row-buffer-cn = 開始時の中国国内の在庫（か月）
m-row-panic = 制限中に求める追加の備蓄（か月）
m-row-theta = 望ましい備蓄が価格とともに減る速さ
m-row-lambda = 在庫の不足分を毎月埋める割合
m-row-m = 中国以外の価格、12 か月平均
m-row-peak = 中国以外で最も高い月
m-row-m-cn = 中国国内の価格、12 か月平均
m-row-spread = 月ごとの m ÷ m_cn、12 か月平均
m-row-unmet = 満たされない需要、12 か月平均
m-row-stock-11 = 12 か月後の買い手の在庫（か月）
m-f-coupling = 磁石との連動（12 か月平均）：材料費の割合 w_NdPr = { $w_ndpr }、w_Dy = { $w_dy }、w_Tb = { $w_tb }。コスト倍率 c_ex = { $cost_ex }、c_cn = { $cost_cn }。NdPr で制約される能力 K* = { $capacity } t。
m-f-chain-title = サプライチェーンに沿った依存度
m-f-chain =
    T_mining = cap_mining + R_mining；T_s = min(T_(s−1) + R_s, cap_s)
    dep_s = 1 − min(1, T_s ÷ N)；直接依存度 = 1 − min(1, (cap_s + R_s) ÷ N)
    リスクにさらされる供給 = dep_s · (1 − 工程のグループの quota)
m-f-time-title = 期間
m-f-time =
    持ちこたえる期間 = u > 0 または S_i < S_(−1) の 10% となる最初の月（補間）。市場のうち最も短いもの
    回復までの期間 = 制限後に m が平常の 10% 以内に戻る最初の月（開始から数える）。
    市場のうち最も長いもの
    供給の追いつき = F_y + Q_y ≥ D_y となる t 以降の最初の年（輸出制限が続くとした場合。モデル 1 の規則）
m-f-survive = { $start }から{ $case ->
        [short] { " " }{ $months }間：{ $market }の買い手が最初に不足します（在庫 { $buffer }、パニック買い { $panic }、θ = { $theta }、λ = { $lambda }）
        [never] { " " }{ $months }間：表示した { $shown } か月のうちに不足する買い手はいません。競争のグラフの対象：{ $market }（在庫 { $buffer }、パニック買い { $panic }、θ = { $theta }、λ = { $lambda }）
       *[none] ：制限はなく、買い手の在庫は取り崩されません
    }。持ちこたえる期間：{ $survive }。回復までの期間：{ $recover }{ $replay ->
        [yes] {""}
       *[no] 。中国以外の供給が需要に追いつく年：{ $year }
    }。
m-f-no-year = 2035 年までになし
m-f-exposure-title = 製品別の影響
m-f-exposure = 1 単位当たりの追加コスト = 磁石 kg · P_magnet · (m_magnet − 1)、m_magnet は中国以外の 12 か月平均
m-f-exposure-intro = P_magnet = US${ $price }/kg、m_magnet = { $multiplier } のとき、たとえば次のとおりです。
m-f-exposure-item = { $product }：{ $per } { $kg } → { $cost }
m-f-at-least = 少なくとも { $cost }
m-f-exposure-sep = 。
m-f-exposure-end = 。
m-f-exposure-replay = 再現対象外：追加コストは現在の製品と磁石市場に基づいており、データセットには 2009 年のものがありません。

## Methodology: assumptions (src/ui/methodology/assumptions.rs)
m-chain-light = 軽希土類チェーン（NdPr）
m-chain-heavy = 重希土類チェーン（Dy+Tb）
m-chain-unit-light = t（NdPr 酸化物換算）
m-chain-unit-heavy = t（Dy+Tb 酸化物換算）
m-chain-label = { $chain }：入力値と依存度
m-chain-caption = { $chain }、{ $who }、{ $year } 年、単位は年間 { $unit }。必要量 N = { $need }
m-col-direct = 直接依存度
m-col-quota = 輸出枠
m-col-at-risk = リスクにさらされる供給
m-conv-ndpr-oxide = NdPr 金属 1 kg 当たりの NdPr 酸化物
m-conv-ndpr-magnet = 磁石に占める NdPr 金属の割合
m-conv-dy-oxide = Dy 金属 1 kg 当たりの Dy 酸化物
m-conv-tb-oxide = Tb 金属 1 kg 当たりの Tb 酸化物
m-conv-ndpr-mp = TREO に占める NdPr の割合、Mountain Pass
m-conv-ndpr-weld = TREO に占める NdPr の割合、Mt Weld
m-conv-ndpr-monazite = TREO に占める NdPr の割合、モナザイト
m-conv-ndpr-loparite = TREO に占める NdPr の割合、ロパライト
m-conv-ndpr-ionic = TREO に占める NdPr の割合、イオン吸着型粘土
m-conv-dytb-mp = TREO に占める Dy+Tb の割合、Mountain Pass
m-conv-dytb-weld = TREO に占める Dy+Tb の割合、Mt Weld
m-conv-dytb-ionic = TREO に占める Dy+Tb の割合、イオン吸着型粘土
m-conv-recovery = NdPr の回収率、鉱石から酸化物まで
m-conv-scrap = 加工くず、磁石生産量に占める割合
m-conv-magnet-ndpr = 磁石 1 kg 当たりの NdPr 酸化物換算 kg
m-conv-magnet-dy = 磁石 1 kg 当たりの Dy 酸化物換算 kg
m-conv-magnet-tb = 磁石 1 kg 当たりの Tb 酸化物換算 kg
m-conv-magnet-dytb-cn = 中国製磁石 1 kg 当たりの Dy+Tb 酸化物換算 kg
m-default-target = 「必要な能力」の依存度目標
m-default-ramp = 立ち上げ期間を示していないプロジェクトの立ち上げ年数
m-default-start = 追加能力スライダーの最初の年
m-default-tolerance = 輸出チェックの許容幅、{ $market }
m-assumptions-title = 前提とその既定値
m-assumptions-intro = これらは事実ではなく、分析者の選択です。それぞれ信頼度と出典とともにデータセットに収められています。弾力性のセットとシナリオの各入力値は計算ツールで変更できます。
m-elasticities-label = 弾力性のセットと上限価格
m-elasticities-caption = 弾力性のセットと上限価格（範囲は三角分布で抽出）
m-col-ed-low = ed 低
m-col-ed-central = ed 中央
m-col-ed-high = ed 高
m-col-es-low = es 低
m-col-es-central = es 中央
m-col-es-high = es 高
m-defaults-label = モデルの既定値
m-col-assumption = 前提
m-ramp = 発表済みの { $total } 件のプロジェクトのうち { $own } 件は独自の立ち上げ期間を示しています。残りは既定値を使います。
m-conversions-label = 換算係数
m-conversions-caption = 換算係数と平均的な磁石
m-col-factor = 係数
m-inputs-label = シナリオの入力値
m-inputs-caption = シナリオの入力値（公開 URL のキー、バージョン { $version }）
m-col-key = キー
m-col-meaning = 意味
m-col-range = 範囲
m-col-default = 既定値

## Methodology: figures for this view, Japan's backtest and the deviations
## (src/ui/methodology/viewpoint.rs)
m-view-unsourced = 公表された出典なし：編集者またはモデルの前提。
m-view-unit-light = 軽希土類チェーン（NdPr 酸化物換算）
m-view-unit-heavy = 重希土類チェーン（Dy+Tb 酸化物換算）
m-view-need = 必要量 N、{ $unit }
m-view-capacity = 中国に依存しない能力、{ $stage }、{ $unit }
m-view-recycled = リサイクル原料、{ $stage }、{ $unit }
m-view-share = 中国以外の需要に占める割合、{ $market }
m-view-stocks = 買い手の在庫、{ $market }
m-view-stockpile = 国家備蓄
m-view-no-stockpile = 国家を持たないため、国家備蓄はありません。
m-view-pooled = その買い手の在庫は各市場のバッファーで、キー buffer で設定します。
m-view-intro = { $who }の視点が依拠する数値（表に別段の記載がない限り 2024 年、データセットから）：そのサプライチェーンと、不足分のうちその取り分に対する備え。
m-view-other = 他の視点の数値を見るには、計算ツールで視点を選んでください。データセットのダウンロードには 6 つすべてが含まれます。
m-view-join = { "" }
m-view-caption = { $who }の数値（出典と信頼度）
m-col-value-sources = 値（信頼度）出典
m-col-source = 出典
m-japan-intro = 日本は、2010 年以降に中国への依存を減らしたことが記録に残る唯一の買い手です。日本の 2010 年のチェーン（磁石生産と、中国に依存しない唯一の分離としての昭和電工のスクラップ回収）と 2024 年のチェーン（japan の視点、Lynas からの引き取りを含む）についてのモデルのチェーン依存度を、記録された割合と並べて示します：
m-japan-label = 日本の依存度、2010 年と 2024 年
m-japan-caption = 日本のレアアース輸入に占める中国の割合（記録値）と、鉱山から磁石までのモデルの依存度
m-col-year = 年
m-col-recorded = 記録値（出典）
m-col-model-light = モデル、軽希土類チェーン
m-col-model-heavy = モデル、重希土類チェーン
m-col-chain-sources = チェーンの各行の出典
m-japan-verdict = 2010 年、モデルの軽希土類チェーンは { $light_2010 } で、記録値は { $recorded_2010 } です。2024 年、軽希土類チェーンは { $light_2024 }、重希土類チェーンは { $heavy_2024 } で、記録値は { $low } – { $high } です{ $gap }。記録値は日本のレアアース輸入に占める中国の割合（重量ベース、全レアアース合計）で、モデルの値は鉱山から磁石までのチェーン依存度（NdPr と Dy+Tb を別々に）です。同じ尺度ではありません。2024 年の差は、モデルと同じくらい定義の違いを物語っています。
m-japan-both = （一方は記録値を下回り、もう一方は上回る）
m-japan-light-below = （軽希土類チェーンは記録値を下回る）
m-japan-heavy-above = （重希土類チェーンは記録値を上回る）
m-dev-title = モデルの仕様に解釈の余地がある点での選択と、仕様からの逸脱
m-dev-quota = リスクにさらされる供給には、その工程を通るフローのグループの輸出枠を使います。採掘、分離、金属では軽希土類または重希土類（鉱石、酸化物、金属は軽・重希土類の輸出枠が制限する対象）、磁石製造では磁石の輸出枠（そのフローは磁石）です。このシナリオでは：軽希土類チェーンは採掘・分離・金属で { $light }、磁石製造で { $light_magnet }。重希土類チェーンは { $heavy } と { $heavy_magnet }。
m-dev-replay = 2010 年の再現では NdPr の弾力性セットと上限価格を使い（2010 年の輸出枠は主に軽希土類に効いており、NdPr のセットはデータセットにある軽希土類のセットです）、ピークではなく酸化ネオジムの年平均の変化と比較します。再現は 1 年間の制限を表すからです。どちらの選択も結果を見る前に行いました。
m-dev-draws = シナリオ年の範囲には { $draws } 回の抽出を使います。{ $timeline_drawn ->
        [yes] タイムラインの他の年は同じ抽出の最初の { $timeline } 回を使うため、帯は粗くなります。
       *[no] ほかの年は抽出しません（再現にはタイムラインがありません）。
    }同じ乱数をすべてのシナリオで使うので、2 つのシナリオは同じ抽出で比較されます。
m-dev-times = 持ちこたえる期間は 4 つの市場のうち最も短いもの、回復までの期間は最も長いものです。カードには最初に不足する市場を示します。中国が平常時に輸出していない市場（削るものがない）は輸出割合による制限を受けないため、その買い手はパニック買いをしません。買い手がパニック買いをするのは輸出の削減や輸出税に対してであり、中国自身の生産の増減に対してではありません。生産の増減は供給を通じてのみ価格を動かします。
m-dev-typed = 弾力性セットに（low、central、high の代わりに）数値を入力すると、すべての市場の中央値がその値に置き換わり、抽出の最頻値になります。値が範囲外なら範囲が広がります。
m-dev-magnet = 磁石：中国の平常時の磁石輸出は、シナリオの中で中国以外の磁石メーカーが実際に供給する量を基準に測ります。E_t = max(0, D_t − X_t)、ここで X_t = min(K*, F_t · (m ÷ c_ex)^es)（価格がコストを賄う m ≥ c_ex のとき。それ未満では 0）。仕様の max(0, D_t − F_t) の代わりです。NdPr、Dy、Tb にショックがなければ両者は同じです（X_t = F_t）。ショックがあると、文字どおりの式では中国以外の新規能力が、磁石として加える量以上に中国の許容輸出を減らしてしまい、能力が増えると磁石価格が上がり、成長が速いと下がりうることになります。これはモデル自身の不変条件に反します。
m-dev-magnet-scenario = このシナリオ（12 か月平均）では、中国以外のメーカーの供給は X_t = { $output } t なので E_t = { $exports } t です。文字どおりの式では { $literal } t となり、{ $restricted ->
        [yes] そのうち中国が制限中に出すのは年 { $allowed } t です。
       *[no] 制限がないため、中国はその全量、年 { $allowed } t を輸出します。
    }12 か月間の中国の磁石輸出は { $magnet_exports } t になります。

## Methodology: backtests (src/ui/methodology/backtests.rs)
m-backtests-title = バックテスト：モデルの結果と実際の出来事
m-bt-episodes-title = 2 つの事例とモデル 2
m-bt-calibration-title = 較正：3 つの当てはめ、それぞれ標本外で評価
m-bt-japan-title = 日本のチェーン、2010 年と 2024 年（japan-2010-2024）
m-bt-quota-title = 2010–11 年の輸出枠削減：モデル 1 の年次再現
m-bt-licensing-title = 2025 年の許可制（2025 年 4 月から）
m-bt-window-range = { $from } – { $to } の平均
m-bt-window-year = { $year } 年の平均
m-bt-ex-china = 中国以外の価格
m-bt-china = 中国国内の価格
m-bt-spread = 価格差、中国以外 ÷ 中国国内
m-bt-oxide = { $element } 酸化物
m-bt-magnets = 磁石
m-bt-input = 入力値：観測値をそのまま使用
m-bt-inside = p10–p90 の範囲内
m-bt-outside = p10–p90 の範囲外（モデル ÷ 観測値 { $ratio }）
m-bt-route-conditional = E1 の中国側は観測値をそのまま使います（記録にある中国国内の価格。バックテストでのみの入力値）。モデルが推定できる中国側のショック（生産は平常の { $output }、{ $none ->
        [yes] 在庫積み増しなし
       *[no] 需要の { $stocks }分の在庫積み増し
    }）では再現できないためです。
m-bt-route-inferred = E1 の中国側は推定値です：生産は平常の { $output }、{ $none ->
        [yes] 在庫積み増しなし
       *[no] 需要の { $stocks }分の在庫積み増し
    }。
m-bt-episodes = E1 は 2009 年の市場で 2010 年 1 月から 2010–11 年を再現します。毎月実際に中国から出た量と 2011 年の輸出税を使います。E2 はプリセット licensing-apr-2025 の推移です。{ $route }予測した { $predicted } 個の数値のうち { $n ->
       *[other] { $inside } 個が
    }モデルの p10–p90 の範囲に入っています。
m-bt-preset-replay = プリセット「{ $preset }」は計算機上の同じ再現で、中国側は観測された中国の価格ではなくモデルが推定したもの（中国の生産量は 2011 年の生産割当、通常の { $output }）です。その中心推移では中国以外の Nd 酸化物は 2011 年平均で { $model }、実績は { $observed } でした。
m-bt-stoppages = 2025 年については、4 月 4 日の規制から約 8 週間（1.5〜2 か月）後に欧州の自動車工場が停止したことも記録されています。モデルはこれを再現できません。ライセンス制の経路では、買い手の磁石在庫は { $buffer } か月分から { $min } か月分（最低は { $month }）に減るだけで、{ $none ->
        [yes] 満たされない需要はありません。
       *[no] 満たされない需要は最大 { $unmet } です。
    }モデルは中国以外のすべての買い手を一つの在庫にまとめていますが、停止した工場の在庫は平均より少なかったためです。
m-bt-episodes-label = 事例とモデル 2
m-bt-episodes-caption = 観測値（直前の価格に対する倍率）と、モデル 2 の中央値および p10–p90
m-col-episode = 事例、数値、期間
m-col-observed-range = 観測値（範囲）
m-col-model-2 = モデル 2（p10 – p90）
m-col-verdict = 判定
m-bt-fit-e1 = E1 に当てはめ
m-bt-fit-e2 = E2 に当てはめ（既定値）
m-bt-fit-both = 両方に当てはめ
m-bt-fit-params = θ、λ、panic、Dy/Tb の備蓄、磁石の備蓄
m-bt-fit-values = { $theta }、{ $lambda }、{ $panic }、{ $heavy }、{ $magnet }
m-bt-msle = { $episode }：平均二乗対数誤差
m-col-observed = 観測値
m-bt-calibration = 在庫保有者のパラメーターはグリッド上で当てはめました（cargo run --release --bin calibrate）：E1 のみで 1 回、E2 のみで 1 回、両方で 1 回。それぞれの当てはめは、使わなかった事例で評価します。既定値は E2 の当てはめです。2025 年が今日の市場に最も近いからです。両方への当てはめはどの数値もより近くなりますが、2010–11 年をモデルが見ていないテストとして残すため採用しませんでした。中央値で、同じコードからここで計算しています。
m-bt-calibration-label = 較正の当てはめ
m-bt-calibration-caption = 各当てはめのパラメーターと、各観測値とその下でのモデルの値（モデル ÷ 観測値）
m-bt-replay = モデルを 2009 年の市場（全レアアース、データセットの 2009 年スナップショットから）で再現し、2010 年の輸出枠を 2009 年の輸出に対する割合で与えます：quota = { $quota }、D = { $demand } t、F = { $supply } t、K = { $capacity } t、E = { $exports } t、Q = { $allowed } t、NdPr の弾力性 ed = { $ed }、es = { $es }、上限価格 B = { $backstop }。
m-bt-model = モデル：
m-bt-p10-p90 = （p10–p90 { $p10 } – { $p90 }）
m-bt-happened = 実際の出来事：
m-bt-observed = { $element } 酸化物、2011 年平均 ÷ 2009 年：{ $ratio }
m-bt-no-observation = データセットに観測値なし
m-bt-verdict-inside = 観測された { $element } の変化（{ $observed }）はモデルの p10–p90 の範囲内にあります。
m-bt-verdict-above = 観測された { $element } の変化（{ $observed }）はモデルの p10–p90 の範囲（{ $range }）を上回っています。モデルはこの高騰を過小に予測しています。
m-bt-verdict-below = 観測された { $element } の変化（{ $observed }）はモデルの p10–p90 の範囲（{ $range }）を下回っています。
m-bt-verdict-none = データセットには比較できる観測された変化がありません。
m-bt-spikes-label = 2009 年から 2011 年の観測価格
m-bt-spikes-caption = 観測価格、2009 → 2011 年（米ドル/kg、年平均）
m-col-oxide = 酸化物
m-col-ratio = 2011 ÷ 2009（低 – 高）
m-col-peak = ピーク ÷ 2009
m-bt-why = 再現が 2011 年に届かない理由：これは在庫のない部分均衡市場の 1 年間（在庫なし、パニック買いなし、中国の生産は不変、輸出税なしのモデル 2）であり、その弾力性は買い手と供給者が適応する不足を表しています。2010–11 年は投機的な高騰でした。買い手と商社はさらなる削減を恐れて在庫を積み増し、中国は自国の生産を削り、国家備蓄を積み、輸出税を課しました。価格は行き過ぎ、その後 2012–13 年に、需要が削られ、材料が密輸され、在庫が取り崩されるなかで暴落しました。モデル 2 にはその大半に対応する手段（パニック買い、中国の生産と備蓄、輸出税）がありますが、この再現ではそれらを使っておらず、モデルには投機の要素が一切ありません。この数値は、1 年間の削減が支える下限として読んでください。争奪戦のピークではありません。
m-bt-licensing = 許可制の開始から数か月後の、同じ酸化物の欧州と中国の観測価格を、プリセット licensing-apr-2025（{ $query }）でのモデルの価格差（中国以外 ÷ 中国国内）と並べて示します：
m-bt-spreads-label = 欧州と中国の価格差
m-bt-spreads-caption = 欧州と中国、米ドル/kg、および価格差
m-col-oxide-date = 酸化物、日付
m-col-europe = 欧州
m-col-china = 中国
m-col-observed-spread = 観測された価格差
m-col-that-month = モデル、その月
m-col-average = モデル、12 か月平均（p10–p90）
m-bt-no-spread = データセットには観測された価格差がありません。
m-bt-spreads = 観測された価格差は約 { $low } – { $high } で、許可制の開始から数か月後のものです。モデルの価格差は月次の推移の { $start } からの 12 か月平均です{ $after }。{ $compared } 件の観測のうち { $n ->
       *[other] { $inside } 件が
    } 12 か月平均の p10–p90 の範囲に入っています。「モデル、その月」の列は、観測月における中央の推移の価格差です。
m-bt-after = （制限の { $months }の後の { $after }を含む）

## Methodology: limits, privacy, citation and change log (src/ui/methodology/about.rs)
m-limits-title = この計算ツールでわからないこと
m-limits-prices = 来月の価格。月次の推移は、設定した長さと強さの制限が、これらの在庫と弾力性を持つ市場に何をもたらすかを示すものです。投機、密輸、ニュースは含まれず、在庫の動きは少数の事例で較正した前提です（バックテストを参照）。
m-limits-policy = 中国が輸出を制限するかどうか、許可がどれほど厳格に運用されるか。輸出枠はあなたが設定します。
m-limits-projects = 特定のプロジェクトが建設されるかどうか。プロジェクトは設定した確率で一律に数えられます。データセットには各プロジェクトの状況が載っています。
m-limits-stockpiles = 把握していない在庫：政府の備蓄、設定した在庫を超える企業の在庫、すでに輸送中の材料。
m-limits-scope = 他のレアアース（ランタン、セリウム、サマリウム、イットリウム…）や焼結 NdFeB 磁石以外の製品、4 つの市場を超える市場の反応（代替は需要の弾力性と上限価格でのみ表現）。
m-limits-quality = 品質と認定：新規能力 1 トンはすぐに数えられますが、自動車や防衛向けの磁石の認定には何年もかかることがあります。
m-limits-exact = 正確な数値。多くの入力値は推計です（低信頼度または前提と表示）。範囲が示すのは弾力性とプロジェクト実現の不確実性だけで、基準データの不確実性は含みません。
m-privacy-title = プライバシー
m-privacy = この計算ツールはすべてブラウザー内で動作します。Cookie を設定せず、アクセス解析も行わず、あなたについて何も保存しません。あなたの操作はどこにも送信されません。シナリオはページのアドレスにのみ存在し、すべてのダウンロード（CSV、JSON、PNG、データセット）はあなたの端末上で作成されます。
m-cite-title = 引用のしかた
m-cite-credit = 計算ツールと元のデータのクレジットを記してください：{ $credit }。
m-cite-suggested = 引用例：
m-cite-citation = レアアース・サプライチェーン・リスク計算ツール、モデル { $model }、データ版 { $vintage }（基準年 { $baseline }）。シナリオ：{ $query }。{ $link }
m-cite-sources = 基礎となる数値は「出典とデータ」に挙げた出典によるもので、それぞれの条件のもとで使用しています。数値を使う場合は、それらを直接引用してください。たとえば：
m-cite-png = PNG でダウンロードしたグラフには、フッターにシナリオ、出典、このクレジットが記載されます。
m-changes-title = 変更履歴
m-changes-links = すべてのリンクには、作成時のデータ版（d）とモデルのバージョン（m）が含まれます。別のバージョンで作成されたリンクを開くと、その旨の注記が表示されます。
m-changes-model-2 = モデル { $model }（URL 設定バージョン { $url }）：モデル 2、仕様 v2。各市場を 36 か月間、月ごとに追います。買い手の在庫の取り崩しと再構築、パニック買い、中国国内の在庫、中国の輸出制限が効くと分断される単一の世界市場、中国自身の生産、輸出税を含みます。主要な価格は 12 か月平均とピーク月で、上限価格に達する場合は満たされない割合とともに「少なくとも ×B」と示します。持ちこたえる期間と回復までの期間は推移から求めます。新しい設定：months、china_output、export_duty、buffer_cn、panic、china_stockpiling。バージョン 1 のリンクも注記付きで開けます。
m-changes-model-1 = モデル 1（URL 設定バージョン 1）：最初の公開版、仕様 v1。在庫のない 1 年間の持続的な制限で、中国の価格は下がる一方でした。
m-changes-data = データ { $vintage }（基準年 { $baseline }）：最初の公開データセット。出典 { $sources } 件、発表済みプロジェクト { $projects } 件、製品 { $products } 件、2009 年のスナップショット、2010–11 年と 2025 年の価格の観測値。
