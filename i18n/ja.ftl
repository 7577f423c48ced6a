# 日本語（機械支援翻訳）。訂正するには、このファイルの該当するメッセージ ID の行を編集してください。
# build.rs が en.ftl のすべてのメッセージがここにあることを確認します。

## Number words (src/ui/format.rs)
fmt-at-least = 少なくとも{ $value }
fmt-range-all-capped = すべての試行で少なくとも{ $cap }
fmt-range-floor = p10–p90：少なくとも{ $low } – { $high }
fmt-range-capped = p10–p90：{ $low } – 少なくとも{ $cap }
fmt-range = p10–p90：{ $low } – { $high }
fmt-years = { $n ->
   *[other] { $value }年
}
fmt-no-change = 変化なし
fmt-months = { $n ->
   *[other] { $value }か月
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
preset-quota-2010 = 2010～11 年の供給逼迫（現在の市場で）
preset-quota-2010-note = 法定の割当ではなく、実際に中国から出た量：2010 年の輸出は 39,813 t（2009 年の 43,900 t の約 91 %）、2011 年は約 18,600 t（約 42 %）。ここでは 24 か月の平均 66 % とし、2011 年の 25 % の輸出税を加えています。2009 年のデータでの再現が整うまでは現在の市場で計算するため、価格は 2010～11 年の再現ではありません。
preset-licensing-apr-2025 = 重レアアースと磁石の輸出許可制（2025 年 4 月から）
preset-licensing-apr-2025-note = 2025 年 4 月 4 日から、Dy、Tb とほか 5 元素、およびそれらを含む磁石に輸出許可が必要になりました。推移は 2025 年 4 月に始まり、9 か月間、毎月実際に中国から出た量（2024 年同月比）を通します：磁石は 4 月 55 %、5 月 26 %、6 月 62 %、その後ほぼ平常；Dy+Tb 酸化物は 4 月 50 %、5 月ゼロ、6 月 4 %、その後 24～65 %。通年では Dy −35 %、Tb −38 %。
preset-truce-jun-2025 = ロンドン枠組み（2025 年 6～12 月）
preset-truce-jun-2025-note = 2025 年 6 月のロンドン枠組みの後、許可は再び出されました。推移は 2025 年 6 月に始まり、毎月実際に中国から出た量を通します：磁石は 2024 年 6 月の 62 %、7 月からは 2024 年の水準以上；Dy+Tb 酸化物は 6 月 4 %、7～12 月は 15～65 %。
preset-controls-oct-2025 = 2025 年 10 月の規制（1 か月）
preset-controls-oct-2025-note = 2025 年 10 月 9 日、中国は 5 元素、装置、域外適用の 0.1 % ルールを追加し、11 月 7 日に 2026 年 11 月まで停止したため、規制は約 1 か月続きました。推移は 2025 年 10 月に始まり、その月に実際に中国から出た量を通します：Dy+Tb 酸化物は 2024 年 10 月の 45 %、磁石は約 116 %。
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
hint-magnets = 磁石
hint-quota_light = 分離済み NdPr 酸化物。中国の NdPr の大半は磁石に組み込まれて輸出されます。
hint-quota_heavy = ジスプロシウムとテルビウムの酸化物（発給された許可）。
hint-quota_magnet = 焼結 NdFeB 磁石。
hint-months = その後は輸出が自由に流れ、買い手は在庫を積み直します。
hint-china_output = 生産割当、取り締まり、ミャンマー産鉱石の途絶。中国の価格も上がります。
hint-export_duty = 中国から出るものに課税。2011 年の税率は 15～25 % でした。
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
preset-normal = 平常の貿易（制限なし）
preset-reset = 平常の貿易に戻す
preset-normal-note = 平常の貿易：中国は通常どおり輸出。中国以外で発表された各プロジェクトは { $chance } の確率で建設され、{ $delay }遅れて完成します。
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
what-magnet-prices = 磁石の価格
policy-stop-all = レアアースと磁石の輸出をすべて停止し
policy-quota = { $what }の通常輸出の { $share }
policy-quota-realised = { $what }の通常輸出の平均 { $share }
policy-quota-none = { $what }の通常輸出のゼロ
policy-lets-out = { $list }を輸出し
policy-lets-out-only = { $list }だけを輸出し
policy-output-cut = 自国の生産を通常の { $share } に減らし
policy-output-raise = 自国の生産を通常の { $share } に増やし
policy-duty = { $share } の輸出税を課し
policy-if = 中国が{ $policy }た場合
list-separator = 、
list-and = { $init }と{ $last }
list-and-serial = { $init }、{ $last }
price-backstop = 中国以外の{ $what }は上限価格（少なくとも { $cap }）に達し、12 か月間で需要の { $unmet } が満たされません
price-steady = 中国以外の{ $what }は安定したままです
price-average = 中国以外の{ $what }は 12 か月平均で { $average }（{ $change }）
price-peak = 、ピークは { $month }の { $peak }
summary-lead-restricted = { $policy }（{ $start }から { $duration }）、{ $year } 年に{ $view ->
       *[other] { $who }
    }の磁石に含まれる NdPr の { $dependency } を中国に依存
summary-lead-unrestricted = { $policy }ても { $year } 年には中国の通常の輸出は何も削減されず、{ $view ->
       *[other] { $who }
    }の磁石に含まれる NdPr の { $dependency } を中国に依存
summary-lead-normal = 中国が { $year } 年に通常どおり輸出する場合、{ $view ->
       *[other] { $who }
    }の磁石に含まれる NdPr の { $dependency } を中国に依存
stocks-first-month = 中国以外の買い手は最初の月に不足します（{ $market }）
stocks-after = 中国以外の買い手は { $months } 後に不足します（{ $market }）
stocks-not-within = { $n ->
   *[other] 買い手の在庫は { $months } か月以内には尽きません
}
stocks-none = 在庫は取り崩されません
recover-after = 。中国以外の価格は { $months } 後に平常の 10{ "\u00A0" }% 以内に戻ります
recover-not-within = { $n ->
   *[other] 。中国以外の価格は { $months } か月以内には平常に戻りません
}
summary-own = 。{ $text }
own-cover-stockpile = 自国の買い手の在庫と国家備蓄
own-cover-stocks = 自国の買い手の在庫
own-short-after = { $cover }があっても、{ $who }は { $months } 後に不足します（{ $market }）
own-not-within = { $n ->
   *[other] { $cover }があれば、{ $who }は { $months } か月以内には不足しません
}
summary-sentence = { $lead }（鉱山から磁石まで、最も弱い段階：{ $stage }）。{ $price }。{ $stocks }{ $recover }{ $own }。

## Headline cards (src/ui/headlines.rs). Formulas keep their symbols; the words around them
## are translated.
card-how = 計算方法
card-dependency-title = 鉱山から磁石までの中国依存度（NdPr）
card-dependency-heavy = 重レアアース（Dy+Tb）：{ $value }
card-weakest-stage = 最も弱い段階：{ $stage }
card-dependency-note = 最も弱い段階とは、サプライチェーンに沿って依存度が最も大きく跳ね上がる段階です。MODEL.md §6。
card-market-title = 中国以外の{ $market }価格
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
card-price-line = 2024 年 US${ $baseline }/kg → US${ $now }/kg（12 か月平均）
card-price-line-capped = 2024 年 US${ $baseline }/kg → 少なくとも US${ $now }/kg（12 か月平均）
card-market-note = 需要は 2024 年から年 { $growth } 伸びます（{ $year } 年までに ×{ $factor }）。中国の輸出が不足している間は在庫が取り崩され、その後に積み増されます。上限価格では買い手は技術を切り替え、残りの不足分は満たされないため、そこでの価格は下限値です。MODEL.md §4–§5。
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
card-time-from = { $month }からの月数：中国以外の買い手が不足に陥るまで（需要が満たされない、または在庫が当初の 10 % を下回る）と、中国以外の価格が平常の 10 % 以内に戻るまで。
card-first-short = 最初に不足する市場：{ $market }
card-catch-up = 中国以外の供給が需要に追いつく年：{ $year }
card-not-by-2035 = 2035 年までには追いつかない
card-time-formula =
    S* = (在庫 + 制限中のパニック)·d·m^(−θ)
    各月の在庫：S_i = S_(i−1) + λ·(S*(m) − S_(i−1))
    持ちこたえる = 需要が満たされない、または S_i < S_(−1) の 10 % となる最初の月
    回復 = 制限後に m が平常の 10 % 以内となる最初の月
    追いつく = 制限が続く前提で F + Q ≥ D となる最初の年
card-time-note = 持ちこたえる期間は 4 市場のうち最も短いもの、回復までの期間は最も長いものです。MODEL.md §7。
card-own-same = { $label }：同じく { $value }。
card-capacity-title = 依存度を { $target } 未満にするための新規能力
card-capacity-per = 年間、NdPr 酸化物換算、次の段階で：
card-capacity-stage = { $stage } { $tonnes }
card-capacity-none = 不要：すでに目標を下回っています
card-capacity-formula =
    磁石段階が通すべき量 L = (1 − 目標) × N
    その上流の段階：L − R；  追加_s = max(0, L_s − cap_s)
card-capacity-note = EU 重要原材料法の基準：一国からの調達は 65 % 以下。MODEL.md §6。
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
in-price = P（2024 年価格、US$/kg）
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
own-cover-held = 買い手は{ $market }を { $months } 分保有
own-cover-stockpile-held = 買い手は{ $market }を { $months } 分、国家備蓄は消費の { $stockpile } 分を保有
own-detail-short = 最初に不足する市場：{ $market }。開始時点で、{ $cover }。
own-detail = 開始時点で、{ $cover }。

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
cmp-of-a = A の { $value }
cmp-points = { $value } ポイント
cmp-months = { $value } か月
cmp-at-most = 多くとも { $value }
cmp-both-backstop = 両方とも上限価格
cmp-card-tag = A、{ $name }：
cmp-card-part = { $short }：{ $value }（B − A：{ $change }）
cmp-card-line = A、{ $name }：{ $parts }
cmp-separator = ；
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
chart-dashed-a = 破線：A、{ $name }。A では：{ $finding }
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
race-alt = { $market }について、{ $start }からの { $months } か月間の 3 つの折れ線グラフ：中国以外と中国国内の価格（平常比、最初の 12 か月平均の p10–p90 付き）、月数で表した買い手の在庫、満たされない需要の割合。制限期間（{ $duration }）は網掛け。{ $finding } 月ごとの値はデータ表にあります。
race-none = 制限なし：買い手の在庫は取り崩されず、価格は平常のままです。
race-short-first = { $market }の買い手は最初の月から不足します
race-stocks-last = { $market }の在庫は { $months } もちます
race-stocks-beyond = { $market }の在庫は表示した { $months } か月を超えてもちます
race-price-backstop = 中国以外の価格は{ $month }に上限価格（少なくとも { $peak }）に達し
race-price-peak = 中国以外の価格は{ $month }に { $peak } でピークとなり
race-price-steady = 中国以外の価格は平常の 10{ "\u00A0" }% 以内にとどまり
race-back = 4 市場すべてが{ $month }までに平常の 10{ "\u00A0" }% 以内に戻ります
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
price-e1-label = Nd、2009 年の市場での 2010–11 年
price-e1-row = Nd、2009 年の市場での 2010–11 年（モデル 2；実績 2011 ÷ 2009）
price-see-methodology = 方法論を参照
price-peak-in = { $peak }（{ $month }）
price-col-outside = 中国以外、12 か月平均
price-col-inside = 中国国内、12 か月平均
price-col-peak = 中国以外のピーク月
price-col-spread = 価格差
price-col-spread-observed = 価格差 / 実績
price-reference = 2024 年価格
price-observed = 実績
price-hold = 横ばい
price-rise-to = { $value } に上昇
price-rise = { $change } 上昇
price-fall = { $change } 下落
price-moves-backstop = 上限価格（少なくとも { $cap }）に達し、需要の { $unmet } が満たされない
price-none-normal = 価格は 2024 年の水準のままです：このシナリオでは中国は通常どおり輸出します。
price-none-moved = 価格は 2024 年の水準のままです：中国以外の買い手が代替できないものは何も差し止められていません。
price-magnets-both = 中国以外と中国国内の磁石価格は{ $outside }
price-magnets = 中国以外の磁石価格は{ $outside }、中国国内は{ $inside }
price-finding = 最初の 12 か月で、{ $magnets }。中国以外の Dy 酸化物価格は{ $dy }。

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
timeline-alt = 2024～2035 年の折れ線グラフ 2 つ。{ $finding } 年ごとの値はデータ表にあります。
timeline-panel-dependency = 鉱山から磁石までの中国への依存度
timeline-panel-price = 中国以外の価格、12 か月平均（2024 年比）
exposure-title = コスト：製品 1 単位あたりの磁石の追加コスト
exposure-finding = 12 か月平均の磁石価格では、最大の追加コストは{ $per }{ $cost }（{ $product }）。電気自動車の磁石は { $car } 高くなります。
exposure-finding-none = 追加コストなし：このシナリオでは中国以外の磁石の 12 か月平均価格は変わりません。
exposure-alt = 対数目盛の横棒グラフ。{ $finding }
exposure-series = 1 単位あたりの追加コスト（US$）
stage-mining-short = 採掘
stage-separation-short = 分離
stage-metal-short = 金属
stage-magnet-short = 磁石
chain-title = 鉱山から磁石まで、各段階での中国への依存度
chain-finding = { $year } 年、{ $view ->
       *[other] { $who }
    }は磁石段階で NdPr の { $dependency } を中国に依存します（現在 { $today }）。最も弱い段階は{ $stage }です。
chain-alt = 棒グラフ。{ $finding } 重レアアース：磁石段階で { $heavy }。{ $note }詳細はデータ表にあります。
chain-series-light = 軽、{ $year }
chain-series-heavy = 重、{ $year }
chain-target = 目標 { $share }
crma-extraction = 採掘
crma-processing = 加工
crma-recycling = リサイクル
crma-single-supplier = 単一供給国
crma-extraction-note = 採掘段階には、EU で採掘された中国以外の鉱石と、出典が数量を示す場合は引き取り契約で海外から確保した鉱石を含みます（data/README.md、The views）。法は EU 域内の採掘のみを数えます。
crma-processing-note = EU 域内での加工は鉱石の産地を問わず数えるため、ここでは中国以外の鉱石は必要ありません。金属は磁石の前の最後の加工段階です。
crma-recycling-note = 下限値：プロジェクトとして挙げたリサイクル工場は段階の能力に加わり、リサイクル原料には加わりません。磁石から磁石へのリサイクルは磁石の能力に含めます（R_magnet = 0）。
crma-single-supplier-note = このチェーンが測る第三国は中国だけです。法の 65 % はどの一国にも適用されます。
crma-check-at-least = { $name }（必要量の { $value }、{ $benchmark } 以上）
crma-check-at-most = { $name }（中国から { $value }、{ $benchmark } 以下）
crma-unmeasured = { $name }（このチェーンでは測れません：{ $note }）
crma-none = なし
crma-list-separator = 、
crma-sentence = { $year } 年の EU 重要原材料法の基準（2 つのチェーンのうち弱い方）。達成：{ $met }。未達成：{ $missed }。
crma-not-measured = 測定不能：{ $list }。
crma-lines = 線は、各段階で中国からが 65 % 以下、および EU での加工 40 %、採掘 10 % が達成される依存度を示します。
crma-line-single = CRMA：一国から { $share } 以下
crma-line-processed = CRMA：EU で { $share } を加工
crma-line-mined = CRMA：EU で { $share } を採掘
drivers-title = この数値を左右するもの
drivers-alt = 前提ごとの横棒。各棒は前提の下限と上限での指標の値の範囲を示し、幅の広い順に、このシナリオの値を中心に並びます。{ $finding } 詳細はデータ表にあります。
drivers-finding = { $headline }は { $value }：最も大きく動かすのは{ $driver }で、{ $low } から { $high } まで{ $second }。
drivers-finding-none = { $headline }は { $value }：このシナリオではどの前提も動かしません。
drivers-then = 、次いで{ $driver }
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
m-plain-months = 月。制限は { $months } 続きます。その間、設定した割合の中国の通常輸出だけが実際に中国から出ます。中国自身の生産は増減でき（ここでは平常の { $output }）、輸出税を課すこともできます（ここでは { $duty }）。その後は輸出が再び自由に流れます。
m-plain-stocks = 在庫。中国以外の買い手は在庫をもって始めます（磁石ではここで需要の { $buffer } 分）。価格が高い間は取り崩し、下がると積み増し、毎月差の一部を埋めます。制限中は { $panic } 分の備えを加えようともし（パニック買い）、これが早い段階で価格を押し上げます。中国国内の在庫も同じ規則に従います。
m-plain-market = 分かれうる一つの世界市場。中国の輸出が制限されていない間は、一つの価格が世界の需給を均衡させ、中国以外では税が上乗せされます。輸出制限が効くと市場は分かれます。中国以外では、買い手が使用を減らし、在庫を取り崩し、中国以外の供給者が増産するまで価格が上がります。中国国内では、出せない分が国内に残り、中国が自国の生産を減らすか備蓄しない限り価格は下がります。磁石市場は、メーカーの材料費を通じて同じ月の酸化物価格に従います。
m-plain-backstop = 上限価格。2024 年の価格の B 倍（磁石では { $backstop }）になると、買い手はそれ以上払うより技術を切り替えます。それでも差が埋まらなければ残りの需要は満たされず、市場を均衡させる価格はさらに高くなります。その場合、計算ツールは「少なくとも ×B」と示し、満たされない割合を添えます。単なる ×B とは書きません。
m-plain-figures = 数値の意味。価格は推移の 12 か月平均（最初の 12 か月。年次統計が報告するもの）とそのピーク月です。持ちこたえる期間は買い手が初めて不足する（需要が満たされない、または在庫が当初の 10 % を下回る）までの月数、回復までの期間は中国以外の価格が平常の 10 % 以内に戻るまでの月数です。
m-plain-example = 表示中のシナリオでは、推移は { $start }に始まります。最も動くのは{ $market }です。中国以外の価格は最初の 12 か月平均で { $average }、最も高い月（{ $peak_month }）には { $peak } に達します。中国国内の平均は { $china }
m-plain-example-unmet = 、この 12 か月で中国以外の需要の { $unmet } が満たされません
m-plain-example-end = 。買い手は { $survive } 後に不足し、価格は { $recover } 後に平常の 10 % 以内に戻ります。
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
