# English: the source catalogue. Every other catalogue in this folder must have exactly these
# messages with the same variables (build.rs checks it). Numbers arrive already formatted for the
# reader's locale; a variable named `n` is the raw number that plurals select on.
# Non-breaking spaces are written { "\u00A0" } so they stay visible.

## Number words (src/ui/format.rs)
fmt-at-least = at least { $value }
fmt-usd = US${ $value }
fmt-range-all-capped = every draw at least { $cap }
fmt-range-floor = p10–p90: at least { $low } – { $high }
fmt-range-capped = p10–p90: { $low } – at least { $cap }
fmt-range = p10–p90: { $low } – { $high }
fmt-years = { $n ->
    [one] { $value }{ "\u00A0" }year
   *[other] { $value }{ "\u00A0" }years
}
fmt-no-change = no change
fmt-months = { $n ->
    [one] { $value }{ "\u00A0" }month
   *[other] { $value }{ "\u00A0" }months
}
fmt-no-shortfall = no shortfall

## Page shell (index.html, src/ui/app.rs)
app-title = Rare-earth supply-chain risk calculator
app-lede = If China cuts its exports of rare earths or magnets, how dependent are the United States and other buyers at each stage from mine to magnet, what happens to prices, how long do stocks last, and what does it cost an electric car, a wind turbine or an F-35? Move the sliders; every number shows how it is calculated and where its data come from.
nav-pages = Pages
nav-calculator = Calculator
nav-methodology = Methodology
nav-how = How this is calculated
nav-sources = Sources & data
lang-label = Language
notices-heading = We adjusted your link:
results-label = Headline results
charts-label = Charts
download-csv = Download results (CSV)
download-json = Download results (JSON)
print-data-line = { $credit } · data as of { $vintage } · model { $model } · { $link }
open-full = Open the full calculator
footer-data = Data as of { $vintage } · model { $model } ·{ " " }
credit = Rare-earth risk calculator; data: USGS (public domain), IEA (CC BY 4.0) and others as listed
footer-privacy = Runs entirely in your browser: no cookies, no analytics, nothing about you is stored or sent.

## Share and embed (src/ui/share.rs)
share-label = Share and embed
share-copy-link = Copy link
share-copy-embed = Copy embed code
share-copy-pinned = Copy pinned embed
share-link-copied = Link copied. It reproduces exactly these numbers:
share-link-manual = Copy this link (it reproduces exactly these numbers):
share-embed-copied = Embed code copied. It follows future updates of the defaults:
share-embed-manual = Copy this embed code (it follows future updates of the defaults):
share-pinned-copied = Pinned embed code copied. Every input, the data vintage and the model version are fixed:
share-pinned-manual = Copy this pinned embed code (every input, the data vintage and the model version are fixed):
share-fallback-link = Open the rare-earth supply-chain risk calculator

## Controls: key labels (src/model/scenario/key.rs ScenarioKey::label)
key-preset = Scenario
key-year = Scenario year
key-view = Viewpoint
key-quota_light = China's light rare-earth exports allowed
key-quota_heavy = China's heavy rare-earth exports allowed
key-quota_magnet = China's magnet exports allowed
key-pipeline = Chance each announced project is delivered
key-delay = Years every project slips
key-add_mining = Extra mining capacity from 2026
key-add_separation = Extra separation capacity from 2026
key-add_metal = Extra metal and alloy capacity from 2026
key-add_magnet = Extra magnet capacity from 2026
key-growth = Demand growth outside China
key-months = How long the restriction lasts
key-start = First month of the path
key-china_output = China's own output while it lasts
key-export_duty = China's export duty while it lasts
key-buffer = Buyers' stocks outside China
key-buffer_light = Buyers' stocks of NdPr oxide
key-buffer_heavy = Buyers' stocks of Dy and Tb oxide
key-buffer_magnet = Buyers' stocks of magnets
key-buffer_cn = Stocks held in China
key-panic = Extra cover buyers seek while it lasts
key-china_stockpiling = Extra cover China seeks while it lasts
key-ed = Demand elasticity set
key-es = Supply elasticity set

## Units (src/model/scenario/key.rs NumberSpec::unit)
unit-pct-normal = % of normal
unit-t-ndpr = t/yr NdPr oxide eq.
unit-t-ndfeb = t/yr NdFeB
unit-months-demand = months of demand
unit-months-china = months of China's demand
unit-year = year
unit-years = years
unit-pct = %
unit-pct-yr = %/yr
unit-months = months
unit-month = month

## Viewpoints (src/data/types.rs Viewpoint::name)
view-us = United States
view-exchina = All buyers outside China
view-eu = European Union
view-japan = Japan
view-korea = South Korea
view-india = India

## Presets (data/presets.csv: name and note)
preset-baseline-2024 = Baseline 2024
preset-baseline-2024-note = No restriction: China exports as usual and the 2024 baseline holds.
preset-quota-2010 = The 2010–11 squeeze, replayed on 2009's markets
preset-quota-2010-note = A replay on 2009 data: the NdPr and Dy oxide markets of 2009 (the dataset has no 2009 Tb or magnet market, so those are not replayed), from January 2010 for 24 months, with what actually left China each month: 2010 exports 39,813 t (≈ 91 % of 2009's 43,900 t), then about 18,600 t in 2011 (≈ 42 %). With the 25 % export duty of 2011 and China's own output at its 2011 production quota, 93,800 t against 2009's 129,000 t (73 %).
preset-licensing-apr-2025 = Licensing of heavy rare earths and magnets (from April 2025)
preset-licensing-apr-2025-note = From 4 April 2025 Dy, Tb and five other elements, and magnets containing them, needed export licences. The path starts in April 2025 and, for nine months, lets out what actually left China each month (realised exports against the same month of 2024): magnets 55 % in April, 26 % in May, 62 % in June, then about normal; Dy+Tb oxide 50 % in April, none in May, 4 % in June, 24–65 % later. Full year: Dy −35 %, Tb −38 %.
preset-truce-jun-2025 = London framework (June–December 2025)
preset-truce-jun-2025-note = After the June 2025 London framework licences flowed again. The path starts in June 2025 and lets out what actually left China each month: magnets 62 % of June 2024, then at or above 2024 levels from July; Dy+Tb oxide 4 % in June and 15–65 % from July to December.
preset-controls-oct-2025 = October 2025 controls (one month)
preset-controls-oct-2025-note = On 9 October 2025 China added five elements, equipment and an extraterritorial 0.1 % rule; on 7 November it suspended them until November 2026, so they lasted about a month. The path starts in October 2025 and lets out what actually left China that month: Dy+Tb oxide 45 % of October 2024, magnets about 116 %.
preset-embargo-now = Full embargo (12 months)
preset-embargo-now-note = Hypothetical: China allows no exports of NdPr, Dy, Tb or magnets for twelve months from January 2026.
preset-pipeline-2030 = All announced projects on time (2030)
preset-pipeline-2030-note = Every announced non-China project in the dataset is delivered on schedule; no export restriction.

## Controls (src/ui/controls.rs)
controls-label = Scenario controls
group-policy = The restriction
group-stocks = Buyers' stocks
group-capacity = New capacity outside China
group-market = Market and time
group-assumptions = Assumptions
group-policy-intro = Shares are of China's normal exports that actually leave China, for the months the restriction lasts.
group-stocks-intro = Stocks cushion a cut: drawn down while prices are high, rebuilt after.
group-view-intro = Whose chain, stocks and stockpile: prices are those of the one market outside China.
group-assumptions-summary = Elasticities (how buyers and suppliers react to price)
group-assumptions-hint = Defaults are analysts' assumptions calibrated on the 2010–11 price spike; see Sources & data.
group-not-replayed = Not used by the 2009 replay: it runs on 2009's markets as they were, with no new projects and no growth.
hint-magnets = magnets
hint-quota_light = Separated NdPr oxide; most of China's NdPr leaves inside magnets.
hint-quota_heavy = Dysprosium and terbium oxide (the licences granted).
hint-quota_magnet = Sintered NdFeB magnets.
hint-months = After it, exports flow freely and buyers rebuild their stocks.
hint-china_output = Production quotas, crackdowns, lost Myanmar ore; China's price rises too.
hint-export_duty = On what leaves China; 2011's duties were 15–25 %.
hint-buffer = Assumption. Unset: each market's own ({ $markets }); set: the same for all four.
hint-panic = Calibrated assumption ({ $low }–{ $high }): precautionary buying while it lasts.
hint-buffer_cn = Assumption: producers, traders, state reserve ({ $markets }).
hint-china_stockpiling = China's state reserve and traders while it lasts (2011: Baotou).
hint-pipeline = Chance that each announced mine, plant or factory outside China is built.
hint-delay = Years every announced project arrives late.
hint-add = Beyond the announced projects, for the chosen viewpoint.
hint-growth = Yearly growth of demand outside China (EVs, wind, robots).
hint-year = The restriction starts in this year (January, unless a preset sets the month).
hint-realised = This preset follows what left China month by month (average shown); moving it sets one share for all months.
hint-pipeline-status = Each project counts with the odds of its status, from an announcement to a plant starting up (average shown; the odds are listed under Sources & data); moving it sets one chance for all projects.
preset-normal = Normal trade (no restriction)
preset-reset = Reset to normal trade
preset-normal-note = Normal trade: China exporting as usual; each announced project outside China is built with the odds of its status ({ $chance } on average) and arrives { $delay } late.
preset-path-start = The 36 months shown start in { $month }.
choice-low = low
choice-central = central
choice-high = high
choice-custom = custom: { $value }
slider-typed = { $label } ({ $unit }), typed

## The summary sentence (src/ui/summary.rs). Its parts arrive as variables, already in this
## language: $policy is a whole "If China …" clause, $price, $stocks, $recover and $own whole
## clauses ($recover starts with ", and", $own with "; " when present, else they are empty).
who-us = the United States
who-exchina = buyers outside China
who-eu = the European Union
who-japan = Japan
who-korea = South Korea
who-india = India
stage-mining = mining
stage-separation = separation into oxides
stage-metal = metal and alloy making
stage-magnet = magnet making
market-ndpr = NdPr oxide
market-dy = Dy oxide
market-tb = Tb oxide
market-magnet = sintered NdFeB magnets
never-within = { $n ->
    [one] not within { $months } month
   *[other] not within { $months } months
}
never-no-restriction = no restriction
what-magnets = magnets
what-heavy = heavy rare earths
what-light = light rare earths
what-prices = prices
what-magnet-prices = magnet prices
what-ndpr-prices = NdPr oxide prices
what-dy-prices = Dy oxide prices
policy-stop-all = stops all rare-earth and magnet exports
policy-stop = stops its exports of { $list }
policy-quota = { $share } of its normal exports of { $what }
policy-quota-realised = an average of { $share } of its normal exports of { $what }
policy-lets-out-only = lets out only { $list }
policy-output-cut = cuts its own output to { $share } of normal
policy-output-raise = raises its own output to { $share } of normal
policy-duty = charges a { $share } export duty
policy-if = If China { $policy }
list-separator = ,{ " " }
list-and = { $init } and { $last }
list-and-serial = { $init }, and { $last }
list-and-two-clauses = { $init } and { $last }
price-backstop = { $what } outside China would reach the backstop price, at least { $cap }, and { $unmet } of demand would go unmet over 12 months
price-steady = { $what } outside China would hold steady
price-average = { $what } outside China would average { $average } over 12 months ({ $change })
price-peak = , peaking at { $peak } in { $month }
price-peak-backstop = , reaching the backstop price, at least { $peak }, in { $month }
summary-lead-restricted = { $policy } for { $duration } from { $start }, { $who } would depend on China for { $dependency } of the NdPr in { $view ->
        [exchina] their
       *[other] its
    } magnets in { $year }
summary-lead-unrestricted = { $policy } in { $year }, nothing China normally exports would be cut, and { $who } would depend on China for { $dependency } of the NdPr in { $view ->
        [exchina] their
       *[other] its
    } magnets
summary-lead-normal = With China exporting normally in { $year }, { $who } would depend on China for { $dependency } of the NdPr in { $view ->
        [exchina] their
       *[other] its
    } magnets
stocks-first-month = buyers outside China would go short in the first month ({ $market })
stocks-after = buyers outside China would go short after { $months } ({ $market })
stocks-not-within = { $n ->
    [one] buyers' stocks would not run short within { $months } month
   *[other] buyers' stocks would not run short within { $months } months
}
stocks-none = no stocks would be drawn down
recover-after = , and prices outside China would be back within 10{ "\u00A0" }% of normal after { $months }
recover-not-within = { $n ->
    [one] , and prices outside China would not be back to normal within { $months } month
   *[other] , and prices outside China would not be back to normal within { $months } months
}
summary-own = ; { $text }
own-cover-stocks = its own buyers' stocks
own-cover-stockpile = its own buyers' stocks and state stockpile
own-short-after = with { $cover }, { $who } would run short after { $months } ({ $market })
own-not-within = { $n ->
    [one] with { $cover }, { $who } would not run short within { $months } month
   *[other] with { $cover }, { $who } would not run short within { $months } months
}
summary-sentence = { $lead }, from mine to magnet { $weakest ->
        [yes] (weakest stage: { $stage })
       *[no] (no stage depends on China)
    }; { $price }; { $stocks }{ $recover }{ $own }.
summary-replay = Replayed on 2009 data, for NdPr and Dy oxide only: the dataset has no 2009 market for Tb or magnets. { $policy } for { $duration } from { $start }: { $ndpr }; { $dy }; { $stocks }{ $recover }.

## Headline cards (src/ui/headlines.rs). Formulas keep their symbols; the words around them
## are translated.
card-how = How is this calculated
card-dependency-title = Mine-to-magnet dependency on China (NdPr)
card-dependency-heavy = Heavy rare earths (Dy+Tb): { $value }
card-weakest-stage = Weakest stage: { $stage }
card-weakest-none = No stage depends on China
card-dependency-note = The weakest stage is where dependency jumps most along the chain. More in the methodology: “Dependency along the chain”.
card-market-title = { $market } price outside China
card-not-replayed = Not replayed: the dataset has no 2009 figures for this market, so the 2010–11 replay covers NdPr and Dy oxide only.
card-replay-today = Not replayed: this card describes today's supply chain, and the dataset has no 2009 chain by stage. The replay covers the NdPr and Dy oxide markets of 2009 only.
chart-not-replayed = Not replayed: this chart is built on today's supply chain and products, which the dataset does not have for 2009.
card-capped = { $peak } — { $unmet } of demand unmet
card-capped-note = { " " }over 12 months
card-backstop-from = At the backstop from { $month }
card-backstop-detail = : buyers switch technology or go without
card-unmet-up-to = ; unmet up to { $share } in { $month }
card-period = .
card-unmet-range = Unmet, 12-month average · { $range }
card-average-price = 12-month average price: { $value }
card-average-note = { " " }12-month average
card-no-month-above = No month above { $peak } over the 36 months
card-central-peak = { " " }in the central case · peak { $range }
card-peak = Peak { $peak } in { $month }
card-unmet = Demand left unmet: { $unmet } (12-month average)
card-inside-china = Inside China: { $change } (12-month average)
card-price-line = US${ $baseline }/kg in { $year } → US${ $now }/kg (12-month average)
card-price-line-capped = US${ $baseline }/kg in { $year } → at least US${ $now }/kg (12-month average)
card-market-note = Demand grows { $growth } a year from { $base } (×{ $factor } by { $year }). Stocks are drawn down while China's exports are short and rebuilt after; at the backstop buyers switch technology and the rest of the gap goes unmet, so the price there is a floor. More in the methodology: “A monthly world market with stocks”.
card-market-note-replay = The markets as they were in { $year }, without growth: the replay runs on that year's figures. Stocks are drawn down while China's exports are short and rebuilt after; at the backstop buyers switch technology and the rest of the gap goes unmet, so the price there is a floor. More in the methodology: “A monthly world market with stocks”.
card-formula-magnet =
    each month, 36 from the start (flows ÷ 12):
    buyers outside China: d·m^ed + λ·(S*(m) − S) = X + min(K*, F·(m ÷ c_ex)^es)·[m ≥ c_ex]
    China's magnets: priced at c_cn·(1 + τ), X ≤ a = quota × E ÷ 12 while restricted
    c = 1 + Σ w_i (m_i − 1) from the oxide prices that month;  m ≤ B, the rest unmet
    S* = (buffer + panic while restricted)·d·m^(−θ)
    shown: the 12-month average of m, and the highest month
card-formula-oxide =
    each month, 36 from the start (flows ÷ 12):
    outside China: N_e(m) = d·m^ed + λ·(S*(m) − S) − min(K, F·m^es)
    China: N_c(m) = c·C·m^es_cn − D_cn·m^ed − λ·(S*_cn(m) − S_cn)
    one market: N_c(m_cn) = N_e(m_cn·(1 + τ)) = X;  split if X > a = quota × E ÷ 12
    m ≤ B, the rest unmet;  S* = (buffer + panic while restricted)·d·m^(−θ)
    shown: the 12-month average of m, and the highest month
card-time-title = How long stocks outside China last, and when prices recover
card-time-survive = Time to survive
card-time-recover = Time to recover
card-time-from = Months from { $month }: until buyers outside China go short (demand unmet, or stocks under 10 % of their start), and until the price outside China is back within 10 % of normal.
card-first-short = First to go short: { $market }
card-catch-up = Supply outside China catches up with demand: { $year }
card-not-by-2035 = not by 2035
card-time-formula =
    S* = (buffer + panic while restricted)·d·m^(−θ)
    stocks each month: S_i = S_(i−1) + λ·(S*(m) − S_(i−1))
    survive = first month with demand unmet, or S_i < 10 % of S_(−1)
    recover = first month after the restriction with m within 10 % of normal
card-time-formula-catch-up = catches up = first year with F + Q ≥ D, the limit held for good
card-time-note = Time to survive is the shortest over the four markets, time to recover the longest. More in the methodology: “Time”.
card-time-note-replay = Time to survive is the shorter of the two markets replayed (NdPr and Dy oxide), time to recover the longer. More in the methodology: “Time”.
card-own-same = { $label }: the same, { $value }.
card-capacity-title = New capacity to get below { $target } dependency
card-capacity-per = per year, NdPr-oxide equivalent, at these stages:
card-capacity-stage = { $stage } { $tonnes }
card-capacity-none = none: already below the target
card-capacity-formula =
    magnet stage must pass L = (1 − target) × N
    stage above: L − R;  extra_s = max(0, L_s − cap_s)
card-capacity-note = The EU's Critical Raw Materials Act benchmark: no more than 65 % from one country. More in the methodology: “Dependency along the chain”.
stage-key-mining = mining
stage-key-separation = separation
stage-key-metal = metal
stage-key-magnet = magnet
in-need = N (need, t NdPr oxide eq./yr)
in-cap = cap_{ $stage } (2024 + projects)
in-cap-value = { $capacity } → T = { $throughput } → dep { $dependency }
in-set-by-you = { $value } (set by you)
in-demand = D (demand outside China, t/yr)
in-supply = F (supply outside China, t/yr)
in-capacity = K (capacity outside China, t/yr)
in-exports = E (China's normal exports, t/yr)
in-allowed = a (what China lets out while restricted, t/yr)
in-magnet-exports = X (China's magnet exports over the 12 months, t)
in-makers = makers outside China supply, 12-month average (t/yr)
in-cost = c_ex, c_cn (material cost multipliers, 12-month average)
in-weights = w (NdPr, Dy, Tb cost shares)
in-restriction = restriction
in-restriction-value = { $months } months from { $start }; China's output { $output }; export duty τ { $duty }
in-restriction-months = { $months } months from { $start }
in-buffer = buffer (buyers' stocks at the start, months)
in-panic = panic (extra months sought while restricted)
in-buffer-cn = buffer_cn (stocks in China, months)
in-theta-lambda = θ, λ (stock response to price; gap closed a month)
in-ed = ed (demand elasticity)
in-es = es (supply elasticity outside China)
in-es-cn = es_cn (China's supply elasticity)
in-backstop = B (backstop multiplier)
in-price = P ({ $year } price, US$/kg)
in-buffer-months = buffer (months of demand)
in-panic-months = panic (extra months sought)
in-market = market
in-dfq = D, F, Q (t/yr)
in-target = target

## The time card's own figure for a country or bloc (src/ui/summary.rs own_time)
own-label = { $view ->
        [us] The United States'
        [eu] The European Union's
        [japan] Japan's
        [korea] South Korea's
        [india] India's
       *[other] Their
    } own buyers' stocks
own-label-stockpile = { $view ->
        [us] The United States'
        [eu] The European Union's
        [japan] Japan's
        [korea] South Korea's
        [india] India's
       *[other] Their
    } own buyers' stocks and state stockpile
market-word-magnet = magnets
own-cover-held = its buyers hold { $months } of { $market }
own-cover-stockpile-held = its buyers hold { $months } of { $market } and its state stockpile { $stockpile } of its consumption
own-detail-short = First to go short: { $market }; at the start { $cover }.
own-detail = At the start { $cover }.

## Compare (src/ui/compare.rs): the picker, the A/B/B − A table and each card's A line.
## A and B name the two scenarios and stay as they are.
cmp-with = Compare with…
cmp-nothing = Nothing (one scenario)
cmp-pinned-option = A: { $name } (pinned)
cmp-this = This scenario, as it is now (pin it as A)
cmp-normal = Normal trade
cmp-pinned = Your pinned scenario
cmp-changed = { $name }, changed
cmp-caption = A: { $name } · B: the scenario set on this page · B − A
cmp-caption-views = { " " }· A is seen from { $a }, B from { $b }
cmp-col-headline = Headline
cmp-hint = A stays as pinned while you change B; the link keeps both. 12-month averages and peaks are central figures; ranges are on the cards and charts for B.
cmp-of-a = { $bound ->
    [at-least] at least { $value } of A
    [at-most] at most { $value } of A
   *[exact] { $value } of A
}
cmp-points = { $n ->
   *[other] { $value } points
}
cmp-months = { $value } months
cmp-at-most = at most { $value }
cmp-beyond = { $value } or more
cmp-both-backstop = both at the backstop
cmp-not-replayed = not in the 2009 replay
cmp-card-tag = A, { $name }:{ " " }
cmp-card-part = { $short }: { $value } (B − A: { $change })
cmp-card-line = A, { $name }: { $parts }
cmp-separator = ;{ " " }
cmp-magnet-average = Magnet price outside China, 12-month average
cmp-magnet-average-short = 12-month average
cmp-magnet-peak = Magnet price outside China, peak month
cmp-magnet-peak-short = peak
cmp-ndpr-average = NdPr oxide price outside China, 12-month average
cmp-ndpr-average-short = 12-month average
cmp-dy-average = Dy oxide price outside China, 12-month average
cmp-dy-average-short = 12-month average
cmp-tb-average = Tb oxide price outside China, 12-month average
cmp-tb-average-short = 12-month average
cmp-magnet-unmet = Magnet demand left unmet, 12-month average
cmp-magnet-unmet-short = unmet
cmp-dy-unmet = Dy oxide demand left unmet, 12-month average
cmp-dy-unmet-short = unmet
cmp-survive = Time to survive, all buyers outside China
cmp-survive-short = time to survive
cmp-recover = Time to recover
cmp-recover-short = time to recover
cmp-own-survive = Time to survive, the viewpoint's own buyers' stocks and stockpile
cmp-own-survive-short = the viewpoint's own stocks
cmp-dependency-light = Dependency on China, mine to magnet (light)
cmp-dependency-light-short = light
cmp-dependency-heavy = Dependency on China, mine to magnet (heavy)
cmp-dependency-heavy-short = heavy
cmp-capacity = New capacity to get below the dependency target (light)
cmp-capacity-short = new capacity
cmp-ev-cost = Added magnet cost per electric car
cmp-ev-cost-short = { "" }

## The race and price charts (src/ui/charts/race.rs, price.rs, mod.rs)
chart-dashed-a = Dashed lines: A, { $name }. In A, { $finding }
chart-then-a = { $finding } { $dashed }
chart-a-label = A, { $name }
col-a = { $header }, A ({ $name })
series-a = { $name }, A
col-month = Month
col-outside = Outside China
col-inside = Inside China
col-unmet = Demand unmet
col-market = Market
race-title = The race: stocks against recovery, month by month
race-alt = Three line charts over the { $months } months from { $start }, for { $market }: the price outside and inside China (× normal, with the p10–p90 of the first 12 months' average), buyers' stocks in months of cover, and the share of demand unmet{ $shaded ->
        [yes] ; the restriction's { $duration } shaded
       *[no] {""}
    }. { $finding } Values per month in the data table.
race-none = No restriction: buyers' stocks are not drawn down and prices stay at normal.
race-short-first = Buyers of { $market } go short in the first month
race-stocks-last = Stocks of { $market } last { $months }
race-stocks-beyond = Stocks of { $market } last beyond the { $months } months shown
race-price-backstop = the price outside China reaches the backstop, at least { $peak }, in { $month }
race-price-peak = the price outside China peaks at { $peak } in { $month }
race-price-steady = the price outside China stays within 10{ "\u00A0" }% of normal
race-back = all four markets are back within 10{ "\u00A0" }% of normal by { $month }
race-not-back = prices are not back to normal within the { $months } months shown
race-finding = { $stocks }; { $price }, and { $back }.
race-mark-out = stocks run out
race-mark-normal = back to normal
race-shade = restriction
race-col-stocks = Stocks (months of cover)
race-col-stocks-short = Stocks
race-col-exports = Exports (t/month)
race-panel-price = { $market }: price, × normal
race-panel-stocks = Buyers' stocks outside China, months of cover
race-panel-unmet = Demand outside China left unmet
race-unmet-share = Unmet share
price-title = Price shock: outside vs inside China
price-alt = Bar chart of price multipliers on a log scale: 12-month averages outside and inside China and the peak month. { $finding }
price-series-outside = Outside China, 12-month avg.
price-series-inside = Inside China, 12-month avg.
price-series-peak = Outside China, peak month
price-series-spread = Spread, outside ÷ inside
price-e1-label = Nd, 2011 ÷ 2009 (backtest E1)
price-e1-row = Nd, 2011 average ÷ 2009: backtest E1, with China's prices as observed (model 2; observed)
price-see-methodology = see methodology
price-peak-in = { $peak } in { $month }
price-col-outside = Outside China, 12-month average
price-col-inside = Inside China, 12-month average
price-col-peak = Peak month outside China
price-col-spread = Spread
price-col-spread-observed = Spread / observed
price-reference = { $year } price
price-observed = Observed
price-hold = hold steady
price-rise-to = rise to { $value }
price-rise = rise { $change }
price-fall = fall { $change }
price-moves-backstop = reach the backstop, at least { $cap }, with { $unmet } of demand unmet
price-none-normal = Prices hold at their { $year } level: China exports normally in this scenario.
price-none-moved = Prices hold at their { $year } level: nothing is withheld that buyers outside China cannot replace.
price-magnets-both = magnet prices outside and inside China { $outside }
price-magnets = magnet prices outside China { $outside }, while China's own { $inside }
price-finding = Over the first 12 months, { $magnets }; Dy oxide prices outside China { $dy }.
price-finding-replay = Over the first 12 months, NdPr oxide prices outside China { $ndpr }, while China's own { $inside }; Dy oxide prices outside China { $dy }. Tb and magnets are not in the 2009 data.

## Downloads (src/ui/export/): the CSV's column headings and title, the scenario in one line
## and the sources for a chart's PNG footer and the printed card. The CSV's cells stay the
## report's keys and values.
csv-section = section
csv-metric = metric
csv-year = year
csv-unit = unit
csv-central = central
csv-p10 = p10
csv-p50 = p50
csv-p90 = p90
csv-title = Rare-earth supply-chain risk calculator: results
export-sources = Sources: { $list }
export-sources-more = Sources: { $list } and { $more } more (see Sources & data in the calculator)
export-sources-none = Sources: see Sources & data in the calculator
export-png-credit = { $credit } · data as of { $vintage } · model { $model }
line-from = Scenario from { $start }
line-seen-from = seen from { $who }
line-restriction = { $n ->
        [one] for { $months } month China lets out { $light } of light, { $heavy } of heavy rare-earth and { $magnet } of magnet exports
       *[other] for { $months } months China lets out { $light } of light, { $heavy } of heavy rare-earth and { $magnet } of magnet exports
    }
line-output = China's output { $share }
line-duty = export duty { $share }
line-projects = projects delivered { $share }, { $delay } yr late
line-projects-status = projects delivered at the odds of their status ({ $share } on average), { $delay } yr late
line-extra = extra capacity added
line-growth = demand +{ $share }/yr
line-buffer = buyers' stocks { $months } months
line-panic = panic buying { $months } months
line-buffer-cn = stocks in China { $months } months
line-stockpiling = China stockpiles { $months } months
line-preset = preset { $preset }

## The dataset's own words (data/projects.csv: country and status; src/ui/words.rs data_word).
## Names of companies, projects and sources stay as they are.
country-angola = Angola
country-australia = Australia
country-brazil = Brazil
country-brazil-and-chile = Brazil and Chile
country-estonia = Estonia
country-france = France
country-germany = Germany
country-india = India
country-japan = Japan
country-malawi = Malawi
country-malaysia = Malaysia
country-norway = Norway
country-saudi-arabia = Saudi Arabia
country-south-africa = South Africa
country-south-korea = South Korea
country-united-kingdom = United Kingdom
country-united-states = United States
country-vietnam = Vietnam
status-announced = announced
status-commissioning = commissioning
status-construction = construction
status-development = development
status-feasibility = feasibility
status-financed = financed
status-operating = operating
status-pre-fid = pre-FID
status-ramping = ramping
status-shut = shut
status-stalled = stalled
unit-elasticity = elasticity
unit-factor = factor
unit-multiple = multiple
unit-share = share
unit-yr = yr
unit-yr-slip = yr slip
unit-t-yr = t/yr

## The loading message of index.html (static/frame.js says it before the app loads) and the
## overlay a crash shows (src/ui/panic.rs; English if the catalogue itself failed)
app-loading = Loading the calculator…
panic-title = Something went wrong in the calculator
panic-text = It has stopped and will not respond until the page is reloaded. Your settings are in the page address, so reloading brings them back.
panic-reload = Reload the page
panic-report = Report the problem

## Notices: corrections to a link, and the model's warnings (src/model/scenario/parse.rs,
## src/model/engine/assemble.rs; shown by src/ui/notices.rs). URL keys and values stay as given.
notice-unknown-more = { $count } more settings this calculator does not know were ignored.
notice-repeated = { $key } was given more than once; using the last value ({ $value }).
notice-model-1 = This link was made for model 1: its settings keep their meaning (a restriction that lasts a year) and the numbers now come from model 2, a monthly market with stocks.
notice-url-version = This link uses settings version { $given }; it was read as version { $current }.
notice-data-version = This link was made with the data of { $given }; the numbers use the current data ({ $current }).
notice-model-version = This link was made with model version { $given }; the numbers use version { $current }.
notice-lang = “{ $value }” is not a language this calculator offers ({ $codes }); it is shown in English.
notice-unknown-key = “{ $key }” is not a setting this calculator knows; it was ignored.
notice-outside = { $key }={ $value } is outside { $min }–{ $max }; using { $used }.
notice-not-number = { $key }={ $value } was not a number; using { $used }.
notice-not-number-dataset = { $key }={ $value } was not a number; using the dataset's value.
notice-not-whole-year = { $key }={ $value } is not a whole year; using { $used }.
notice-not-whole-months = { $key }={ $value } is not a whole number of months; using { $used }.
notice-ed-negative = ed={ $value } should be negative (demand falls when prices rise); using { $used }.
notice-elasticity = { $key }={ $value } is not “low”, “central”, “high” or a number; using “central”.
notice-unknown-preset = There is no preset called “{ $value }”; using the defaults instead. Presets: { $presets }.
notice-view = view={ $value } is not { $views } or { $last }; using “us”.
notice-view-preset = view={ $value } (in the preset) is not { $views } or { $last }; using “us”.
notice-backstop = { $market }: in some months buyers outside China would pay at least the backstop price (×{ $cap }) and still go short; over the first 12 months { $unmet }% of their demand goes unmet — it must substitute or stop.
notice-in-compare = In the scenario compared with (A): { $text }

## Methodology: translations (src/ui/methodology/about.rs). The rest of the page's messages are
## at the end of this file.
m-translations-title = Translations
m-translations-which = The page is written in English. The German, French, Japanese and Spanish versions are machine-assisted translations, reviewed for consistency but not by a professional translator. Names (MP Materials, Lynas, NdFeB, element symbols) and the URL's keys are not translated.
m-translations-fix = To correct a translation, edit its message in the catalogue of that language under i18n/ and open a pull request. This page's catalogue is { $file }; for example, the summary sentence is the message “{ $id }” on line { $line }. The build checks that every catalogue has every message of i18n/en.ftl with the same variables.

## Charts (src/ui/charts/, src/ui/chart_card.rs)
chart-show-table = Show data table
chart-hide-table = Hide data table
chart-download-png = Download PNG
chart-download-png-of = : { $title }
chart-table-label = { $title } (data table)
market-magnet-short = Magnets
chain-light = Light (NdPr)
chain-heavy = Heavy (Dy+Tb)
col-year = Year
col-dependency-light = Dependency, light
col-dependency-heavy = Dependency, heavy
col-product = Product
col-magnet = Magnet
col-added-cost = Added cost
col-output-at-risk = Output at risk
col-chain-stage = Chain and stage
col-dependency-year = Dependency { $year }
col-direct-reliance = Direct reliance
col-china-share = China's world share
col-assumption = Assumption
col-low-end = Low end → headline
col-high-end = High end → headline
timeline-title = 2024–2035: dependency and prices year by year
timeline-finding = Mine-to-magnet dependency on China goes from { $first } in 2024 to { $last } in 2035 under this scenario.
timeline-alt = Two line charts over 2024–2035. { $finding } Values per year in the data table.
timeline-panel-dependency = Mine-to-magnet dependency on China
timeline-panel-price = Price outside China, 12-month average (× 2024)
exposure-title = What it costs: extra magnet cost per unit
exposure-finding = At the 12-month average magnet price, the largest added cost with a known magnet mass is { $cost } { $per } ({ $product }); an electric car's magnets cost { $car } more.
exposure-finding-none = No added cost: the 12-month average magnet price outside China does not move in this scenario.
exposure-alt = Horizontal bar chart on a log scale. { $finding }
exposure-series = Added cost per unit (US$)
exposure-upper-bound = { $name } (upper bound)
exposure-note-unverified = Marked “≤” on the chart and “upper bound” in the table: the only public figure is all the rare-earth material aboard, not its NdFeB magnets (no bill of materials is published), so the added cost is at most the one shown; these products do not lead the heading.
stage-mining-short = Mining
stage-separation-short = Separation
stage-metal-short = Metal
stage-magnet-short = Magnets
chain-title = Dependency on China at each stage, from mine to magnet
chain-finding = In { $year }, { $who } would depend on China for { $dependency } of { $view ->
        [exchina] their
       *[other] its
    } NdPr at the magnet stage (today { $today }){ $weakest ->
        [yes] ; the weakest link is { $stage }
       *[no] {""}
    }.
chain-alt = Bar chart. { $finding } Heavy rare earths: { $heavy } at the magnet stage. { $note }Details in the data table.
chain-series-light = Light, { $year }
chain-series-heavy = Heavy, { $year }
chain-target = target { $share }
crma-extraction = extraction
crma-processing = processing
crma-recycling = recycling
crma-single-supplier = single supplier
crma-extraction-note = The mining stage counts China-free ore mined in the EU plus any secured abroad by offtake where a source gives the tonnage (the methodology, “Figures for this view”); the Act counts extraction in the EU only.
crma-processing-note = Processing on EU soil counts whatever the ore's origin, so China-free ore is not required here; metal is the last processing step before the magnet.
crma-recycling-note = A lower bound: recycling plants listed as projects add to stage capacity, not to recycled feed, and magnet-to-magnet recycling is counted inside magnet capacity (R_magnet = 0).
crma-single-supplier-note = China is the only third country the chain measures; the Act's 65 % applies to any one of them.
crma-check-at-least = { $name } ({ $value } of need, at least { $benchmark })
crma-check-at-most = { $name } ({ $value } from China, at most { $benchmark })
crma-unmeasured = { $name } (the chain cannot measure it: { $note })
crma-none = none
crma-list-separator = ;{ " " }
crma-sentence = EU Critical Raw Materials Act benchmarks in { $year }, on the weaker of the two chains. Met: { $met }. Not met: { $missed }.
crma-not-measured = Not measured: { $list }.
crma-lines = The lines mark at most 65 % from China at any stage, and the dependency at which 40 % processed and 10 % mined in the EU would be reached.
crma-line-single = CRMA: ≤ { $share } from one country
crma-line-processed = CRMA: { $share } processed in EU
crma-line-mined = CRMA: { $share } mined in EU
drivers-title = What drives this number
drivers-alt = Horizontal bars, one per assumption, each spanning the headline's value at the assumption's low and high ends, widest first, around this scenario's value. { $finding } Details in the data table.
drivers-finding = { $headline }: { $value }. { $driver } moves it most, from { $low } to { $high }{ $second }.
drivers-finding-none = { $headline }: { $value }. No assumption moves it in this scenario.
drivers-then = , then { $driver }
drivers-this-scenario = this scenario
drivers-headline = Headline
drivers-pending = What drives this number: computed once the ranges are in.
driver-ed = Demand elasticity (ed)
driver-es = Supply elasticity (es)
driver-theta = How cover falls with price (θ)
driver-lambda = How fast buyers restock (λ)
driver-panic = Panic buying (months)
driver-buffer = Buyers' stocks at the start
driver-pipeline = Projects delivered
driver-delay = Project delays (years)
driver-growth = Demand growth (%/yr)
headline-magnet_price = Magnet price outside China, 12-month average
headline-magnet_peak = Magnet price outside China, peak month
headline-ndpr_price = NdPr oxide price outside China, 12-month average
headline-dy_price = Dy oxide price outside China, 12-month average
headline-dy_unmet = Dy oxide demand left unmet, 12-month average
headline-time_to_survive = Time to survive, months

## Products (data/products.csv: name and per)
product-ev-motor = electric car (traction and other motors)
product-ev-motor-per = per vehicle
product-wind-dd-mw = direct-drive wind turbine
product-wind-dd-mw-per = per MW
product-f35 = F-35 fighter
product-f35-per = per aircraft
product-ddg51 = Arleigh Burke DDG-51 destroyer
product-ddg51-per = per ship
product-virginia-ssn = Virginia-class submarine
product-virginia-ssn-per = per submarine
product-hdd = hard-disk drive
product-hdd-per = per drive
product-humanoid-robot = humanoid robot
product-humanoid-robot-per = per robot

## Sources & data (src/ui/sources.rs). View, chain and stage keys ($view, $chain, $stage) are the
## URL's own words (us, light, mining…) and stay as they are.
src-intro = Data as of { $vintage }. Baseline year { $year }. Every figure carries its unit, year, source and confidence: high (read from the primary publication), medium (secondary report), low (single or unclear source), derived (computed from sourced inputs), assumption (an analyst's adjustable default).
src-credit-line = Credit line:{ " " }
src-download = Download the dataset (JSON)
src-sources = Sources
src-loading = Loading the titles and links of the sources…
src-failed = The titles and links of the sources could not be loaded ({ $why }); each source shows its publisher and licence. Reload when online to see them.
methodology-loading = Loading the methodology…
methodology-failed = The methodology could not be loaded ({ $why }). Reload when online to see it.
src-licence = . Licence: { $licence }
src-read-here = read it here
src-link = link
src-table-label = { $caption } (table)
src-col-figure = Figure
src-col-value = Value
src-col-unit = Unit
src-col-year = Year
src-col-confidence = Confidence
src-col-source = Source
src-col-project = Project
src-col-country = Country
src-col-stage = Stage
src-col-capacity = Capacity as announced
src-col-start = Start
src-col-status = Status
src-col-odds = Odds of delivery
confidence-high = high
confidence-medium = medium
confidence-low = low
confidence-derived = derived
confidence-assumption = assumption
src-world-mine = World mine production
src-china-mine = China's mine production
src-us-mine = US mine production
src-us-reliance = US net import reliance
src-china-magnets = China's magnet exports
src-world-production = world production W
src-china-production = China's production C
src-supply-outside = supply outside China F
src-capacity-outside = capacity outside China K
src-demand-outside = demand outside China D
src-reported-exports = China's reported exports
src-price = 2024 price P
src-ed = demand elasticity (central)
src-es = supply elasticity (central)
src-backstop = backstop multiplier B
src-baseline-caption = 2024 baseline figures
src-need = { $view } · { $chain } chain: need N
src-market-row = { $market }: { $what }
src-stage-capacity = { $view } · { $chain } · { $stage }: capacity
src-stage-recycled = { $view } · { $chain } · { $stage }: recycled feed
src-chain-label = Chain capacities and needs
src-chain-caption = China-free capacity and need along the chain, 2024 (t/yr; light: NdPr-oxide eq., heavy: Dy+Tb-oxide eq.)
src-product-magnet = { $product } ({ $per }): magnet
src-product-dytb = { $product } ({ $per }): Dy+Tb
src-products-label = Products
src-products-caption = Products (exposure view)
src-not-disclosed = not disclosed
src-projects-label = Projects outside China
src-projects-caption = { $n ->
    [one] Announced and operating projects outside China ({ $count })
   *[other] Announced and operating projects outside China ({ $count })
}

## Methodology: the model in plain language (src/ui/methodology/plain.rs). Variables that are
## figures on the page ($average, $months, …) arrive as live numbers; put them where the sentence
## needs them.
m-plain-title = The model in plain language
m-plain-what = The calculator is a transparent, partial-equilibrium model of four markets with a price — NdPr oxide, dysprosium oxide, terbium oxide and sintered NdFeB magnets — and of the mine-to-magnet chain (mining, separation into oxides, metal and alloy making, magnet making) for light and heavy rare earths.
m-plain-path = Starting from a sourced 2024 baseline, it grows demand to the scenario year and adds the announced projects outside China by their chance of delivery and their ramp-up. Then it follows each market month by month for 36 months:
m-plain-months = Months. The restriction lasts { $months }. While it lasts, only the share of China's normal exports you set actually leaves China, China's own output can be cut or raised (here { $output } of normal) and an export duty can be charged (here { $duty }). After it, exports flow freely again.
m-plain-stocks = Stocks. Buyers outside China start with stocks (for magnets here { $buffer } of demand). They draw them down while the price is high and rebuild them when it falls back, closing a share of the gap each month. While the restriction lasts they also try to add { $panic } of cover (panic buying), which pushes prices up early. Stocks held in China follow the same rule.
m-plain-market = One world market that can split. While China's exports are not limited, one price clears the world, with the duty on top outside China. When the export limit binds, the market splits: outside China the price rises until buyers use less, draw on their stocks and suppliers outside China make more; inside China the withheld material stays home and the price falls, unless China cuts its own output or builds its own stocks. The magnet market follows the oxide prices of the same month through its makers' material costs.
m-plain-backstop = The backstop. At B times the 2024 price (for magnets { $backstop }) buyers switch technology rather than pay more. If even that does not close the gap, the rest of demand goes unmet, and the price that would clear the market is higher still: the calculator then says “at least ×B” and gives the unmet share, never a bare ×B.
m-plain-figures = What the figures are. Prices are the 12-month average of the path (its first 12 months, what annual statistics report) and its peak month; time to survive counts the months until buyers first go short (demand unmet, or stocks under 10 % of their start), time to recover the months until the price outside China is back within 10 % of normal.
m-plain-example = In the scenario on screen the path starts in { $start }. { $market } moves most: outside China its price averages { $average } over the first 12 months, and its highest month, { $peak_month }, reaches { $peak }; inside China it averages { $china }
m-plain-example-unmet = , and { $unmet } of demand outside China goes unmet over those 12 months
m-plain-example-end = . { $short ->
        [yes] Buyers go short after { $survive }
       *[no] Buyers' stocks last beyond the { $shown } months shown
    }, and { $back ->
        [yes] prices are back within 10 % of normal after { $recover }
       *[no] prices are not back within 10 % of normal within the { $shown } months shown
    }.
m-plain-example-none = In the scenario on screen the path starts in { $start }, with no restriction in force: buyers' stocks are not drawn down and prices stay at normal.
m-plain-dependency = Dependency is, for { $who }, the share of the need that cannot be met by China-free output at each stage, stage by stage down the chain. Every figure comes with a range from { $draws } model runs that draw the elasticities, the stock behaviour (θ, λ and panic buying) and which projects are delivered (seed { $seed }); the central figure uses central values and expected capacity.
m-plain-not-forecast = The path is not a forecast of next month's spot price: it shows what a restriction of this length and strength does to markets with these stocks and these elasticities.

## Methodology: its table of contents (src/ui/methodology/mod.rs)
m-nav-back = Back to the calculator
m-nav-formulas = Formulas with your numbers
m-nav-assumptions = Assumptions
m-nav-view = Figures for this view
m-nav-backtests = Backtests
m-nav-limits = What it cannot tell you
m-nav-cite = How to cite
m-nav-changes = Change log

## Methodology: shared words of the page's tables (src/ui/methodology/mod.rs). Symbols (D_t, es_cn,
## B…), URL keys and element symbols stay as they are.
m-label-ndpr = NdPr oxide
m-label-dy = Dy oxide
m-label-tb = Tb oxide
m-label-magnet = Magnets
m-unit-share = share
m-unit-t-yr = t/yr
m-unit-kg-kg = kg/kg
m-unit-yr = yr
m-col-value = Value
m-col-unit = Unit
m-col-note = Note
m-col-figure = Figure
m-col-market = Market
m-col-stage = Stage
m-ref-loading = Loading…
m-ref-failed = (could not be loaded; reload when online)

## Methodology: formulas with your numbers (src/ui/methodology/formulas.rs). Formulas keep their
## symbols; only the words around them are translated. $-variables that are figures arrive as
## live numbers.
m-formulas-title = The formulas, with the numbers of the scenario on screen
m-formulas-scenario = { $scenario } (model { $model }, data { $data }). Change it in the calculator and these numbers follow.
m-f-year-title = Year t: demand, new capacity, China's exports
m-f-monthly-title = A monthly world market with stocks
m-f-monthly =
    Each month i = 0 … 35 from the path's start; flows are a year's ÷ 12; months 0–11 use year t's structure, 12–23 t+1's, 24–35 t+2's.
    While i < months: a_i = quota · E_t ÷ 12, c = china_output, τ = export_duty;  after: no limit, c = 1, τ = 0
    Outside China: N_e(m) = d · m^ed + λ · (S*(m) − S_(i−1)) − min(K_t, F_t · m^es) ÷ 12
    desired stocks S*(m) = (buffer + panic · [i < months]) · d · m^(−θ);   S_(−1) = buffer · d
    China: N_c(m) = c · C_t ÷ 12 · m^es_cn − D_cn,t ÷ 12 · m^ed − λ · (S*_cn(m) − S_cn,(i−1))
    S*_cn(m) = (buffer_cn + china_stockpiling · [i < months]) · D_cn,t ÷ 12 · m^(−θ)
    1. one market: N_c(m_cn) = N_e(m_cn · (1 + τ)), m = m_cn · (1 + τ), X = N_e(m);  the answer if X ≤ a_i
    2. split markets (X > a_i): X = a_i;  N_e(m) = a_i,  N_c(m_cn) = a_i
    3. 0.2 ≤ m, m_cn ≤ B;  if N_e(B) > X: m = B and unmet u = (N_e(B) − X) ÷ d
    then S_i = S_(i−1) + λ · (S*(m) − S_(i−1)), never below 0
    Magnets: c_ex = 1 + Σ w_k (m_k − 1), c_cn = 1 + Σ w_k (m_cn,k − 1), from the oxide prices of the same month;
    China's magnets abroad cost c_cn · (1 + τ), limited by a_i;  makers outside China supply
    min(K*, F_t · (m ÷ c_ex)^es) at m ≥ c_ex, K* cut by the NdPr they can get
    Reported: the 12-month average of m, m_cn, m ÷ m_cn and u (months 0–11), and the highest m of the 36 months
m-markets-label = Market inputs and results
m-markets-caption = Market inputs and results, { $year } (central case; tonnes a year unless stated)
m-col-input = Input
m-row-demand = demand outside China
m-row-supply = supply outside China
m-row-capacity = capacity outside China
m-row-added = expected new capacity
m-row-exports = China's normal exports
m-row-quota = share that leaves China while restricted
m-row-allowed = exports China lets out while restricted (a year's rate)
m-row-ed = demand elasticity
m-row-es = supply elasticity outside China
m-row-es-cn = China's supply elasticity
m-row-backstop = backstop multiplier
m-row-china-production = China's production
m-row-china-use = China's own use
m-row-buffer = buyers' stocks at the start (months)
m-row-buffer-cn = stocks in China at the start (months)
m-row-panic = extra cover sought while restricted (months)
m-row-theta = how fast desired cover falls with price
m-row-lambda = share of the stock gap closed a month
m-row-m = price outside China, 12-month average
m-row-peak = highest month outside China
m-row-m-cn = price inside China, 12-month average
m-row-spread = m ÷ m_cn month by month, 12-month average
m-row-unmet = demand left unmet, 12-month average
m-row-stock-11 = buyers' stocks after 12 months (months)
m-f-coupling = Magnet coupling (12-month averages): material cost shares w_NdPr = { $w_ndpr }, w_Dy = { $w_dy }, w_Tb = { $w_tb }; cost multipliers c_ex = { $cost_ex } and c_cn = { $cost_cn }; NdPr-limited capacity K* = { $capacity } t.
m-f-chain-title = Dependency along the chain
m-f-chain =
    T_mining = cap_mining + R_mining;   T_s = min(T_(s−1) + R_s, cap_s)
    dep_s = 1 − min(1, T_s ÷ N);   direct reliance = 1 − min(1, (cap_s + R_s) ÷ N)
    supply at risk = dep_s · (1 − quota of the stage's group)
m-f-time-title = Time
m-f-time =
    time to survive = first month (interpolated) with u > 0 or S_i < 10 % of S_(−1); the shortest over the markets
    time to recover = first month after the restriction with m within 10 % of normal, counted from the start;
    the longest over the markets
    supply catches up = first year ≥ t with F_y + Q_y ≥ D_y, the export limit held for good (model 1's rule)
m-f-survive = From { $start }{ $case ->
        [short] , for { $months }: buyers of { $market } go short first, with stocks of { $buffer } and panic buying of { $panic } (θ = { $theta }, λ = { $lambda })
        [never] , for { $months }: no buyers go short within the { $shown } months shown; the race chart shows { $market }, with stocks of { $buffer } and panic buying of { $panic } (θ = { $theta }, λ = { $lambda })
       *[none] : no restriction is in force, so buyers' stocks are not drawn down
    }. Time to survive: { $survive }; time to recover: { $recover }{ $replay ->
        [yes] {""}
       *[no] ; supply outside China catches up with demand: { $year }
    }.
m-f-no-year = no year up to 2035
m-f-exposure-title = Exposure by product
m-f-exposure = added cost per unit = magnet kg · P_magnet · (m_magnet − 1),   m_magnet the 12-month average outside China
m-f-exposure-intro = With P_magnet = US${ $price }/kg and m_magnet = { $multiplier }, for example:{ " " }
m-f-exposure-item = { $product }, { $per }: { $kg } → { $cost }
m-f-at-least = at least { $cost }
m-f-exposure-sep = { "; " }
m-f-exposure-end = .
m-f-exposure-replay = Not replayed: the added costs are built on today's products and magnet market, which the dataset does not have for 2009.

## Methodology: assumptions (src/ui/methodology/assumptions.rs)
m-chain-light = Light chain (NdPr)
m-chain-heavy = Heavy chain (Dy+Tb)
m-chain-unit-light = t NdPr-oxide eq.
m-chain-unit-heavy = t Dy+Tb-oxide eq.
m-chain-label = { $chain }: inputs and dependency
m-chain-caption = { $chain }, { $who } in { $year }, in { $unit } a year. Need N = { $need }
m-col-direct = direct reliance
m-col-quota = quota
m-col-at-risk = supply at risk
m-conv-ndpr-oxide = NdPr oxide per kg NdPr metal
m-conv-ndpr-magnet = NdPr metal share of a magnet
m-conv-dy-oxide = Dy oxide per kg Dy metal
m-conv-tb-oxide = Tb oxide per kg Tb metal
m-conv-ndpr-mp = NdPr share of TREO, Mountain Pass
m-conv-ndpr-weld = NdPr share of TREO, Mt Weld
m-conv-ndpr-monazite = NdPr share of TREO, monazite
m-conv-ndpr-loparite = NdPr share of TREO, loparite
m-conv-ndpr-ionic = NdPr share of TREO, ionic clays
m-conv-dytb-mp = Dy+Tb share of TREO, Mountain Pass
m-conv-dytb-weld = Dy+Tb share of TREO, Mt Weld
m-conv-dytb-ionic = Dy+Tb share of TREO, ionic clays
m-conv-recovery = NdPr recovery, ore to oxide
m-conv-scrap = Machining scrap, share of magnet output
m-conv-magnet-ndpr = kg NdPr oxide eq. per kg magnet
m-conv-magnet-dy = kg Dy oxide eq. per kg magnet
m-conv-magnet-tb = kg Tb oxide eq. per kg magnet
m-conv-magnet-dytb-cn = kg Dy+Tb oxide eq. per kg Chinese magnet
m-default-target = Dependency target for “capacity needed”
m-default-ramp = Ramp years of a project that states none
m-default-start = First year of the extra-capacity sliders
m-default-tolerance = Export check tolerance, { $market }
m-assumptions-title = Assumptions and their defaults
m-assumptions-intro = These are analysts' choices, not facts. Each is in the dataset with its confidence and source; the elasticity sets and every scenario input can be changed in the calculator.
m-elasticities-label = Elasticity sets and backstops
m-elasticities-caption = Elasticity sets and backstops (the ranges are drawn triangularly)
m-col-ed-low = ed low
m-col-ed-central = ed central
m-col-ed-high = ed high
m-col-es-low = es low
m-col-es-central = es central
m-col-es-high = es high
m-defaults-label = Model defaults
m-col-assumption = Assumption
m-ramp = { $own } of the { $total } announced projects state their own ramp-up; the others use the default.
m-conversions-label = Conversion factors
m-conversions-caption = Conversion factors and the average magnet
m-col-factor = Factor
m-inputs-label = Scenario inputs
m-inputs-caption = Scenario inputs (the public URL keys, version { $version })
m-col-key = Key
m-col-meaning = Meaning
m-col-range = Range
m-col-default = Default

## Methodology: figures for this view, Japan's backtest and the deviations
## (src/ui/methodology/viewpoint.rs)
m-view-unsourced = No published source: the editors' or the model's assumption.
m-view-unit-light = light chain (NdPr-oxide eq.)
m-view-unit-heavy = heavy chain (Dy+Tb-oxide eq.)
m-view-need = Need N, { $unit }
m-view-capacity = China-free capacity, { $stage }, { $unit }
m-view-recycled = Recycled feed, { $stage }, { $unit }
m-view-share = Share of demand outside China, { $market }
m-view-stocks = Buyers' stocks, { $market }
m-view-stockpile = State stockpile
m-view-no-stockpile = It has no state, so no state stockpile.
m-view-pooled = Its buyers' stocks are the markets' buffers, which the buffer key sets.
m-view-intro = The figures behind this view ({ $who }), from the dataset (2024 unless the table says otherwise): its chain and its cover against its share of the shortfall.
m-view-other = Choose another view in the calculator to see its figures; the dataset download holds all six.
# What joins the sentences of the view's introduction (a space; nothing in Japanese).
m-view-join = { " " }
m-view-caption = Figures for { $who } (source and confidence)
m-col-value-sources = Value (confidence) sources
m-col-source = Source
m-japan-intro = Japan is the one buyer on record that cut its dependence on China after 2010. The model's chain dependency for Japan's 2010 chain (its magnet output and Showa Denko's scrap recovery as its only China-free separation) and its 2024 chain (the japan view, with the Lynas offtake), beside the recorded share:
m-japan-label = Japan's dependency, 2010 and 2024
m-japan-caption = China's share of Japan's rare-earth imports (recorded) and the model's mine-to-magnet dependency
m-col-year = Year
m-col-recorded = Recorded (sources)
m-col-model-light = Model, light chain
m-col-model-heavy = Model, heavy chain
m-col-chain-sources = Chain rows' sources
m-japan-verdict = In 2010 the model's light chain gives { $light_2010 } against the recorded { $recorded_2010 }. In 2024 the light chain gives { $light_2024 } and the heavy chain { $heavy_2024 }, against the recorded { $low } – { $high }{ $gap }. The recorded figure is China's share of Japan's rare-earth imports by tonnage, all rare earths together; the model's is the chain dependency from mine to magnet, for NdPr and for Dy+Tb separately. They are not the same measure: the 2024 gap says as much about the definitions as about the model.
m-japan-both = : one below the record, the other above it
m-japan-light-below = : the light chain below the record
m-japan-heavy-above = : the heavy chain above the record
m-dev-title = Choices where the model's specification leaves room, and departures from it
m-dev-quota = Supply at risk uses the quota of the group whose flows pass the stage: light or heavy rare earths for mining, separation and metal (ore, oxide and metal are what the light and heavy quotas restrict), and the magnet quota for magnet making (its flows are magnets). In this scenario: light chain { $light } at mining, separation and metal, { $light_magnet } at magnet making; heavy chain { $heavy } and { $heavy_magnet }.
m-dev-replay = The 2010 replay uses the NdPr elasticity set and backstop (the 2010 quota bound mostly light rare earths, and the NdPr set is the light set the dataset carries) and compares with neodymium oxide's annual-average move, not the peak, because the replay describes a year-long restriction. Both choices were made before looking at the result.
m-dev-draws = The scenario year's ranges use { $draws } draws; { $timeline_drawn ->
        [yes] the other years of the timeline use the first { $timeline } of the same draws, so their bands are coarser.
       *[no] no other year is drawn (a replay has no timeline).
    } The same random numbers serve every scenario, so two scenarios are compared on the same draws.
m-dev-times = Time to survive is the shortest over the four markets, time to recover the longest; the card names the market that goes short first. A market China does not normally export (nothing to cut) is not restricted by an export share, so its buyers do not panic over it. Buyers panic over a cut of exports or a duty, not over China's own output, cut or raised, which moves prices through supply alone.
m-dev-typed = A number typed for an elasticity set (instead of low, central or high) replaces the central value of every market and becomes the mode of its draws, widening the range if it lies outside it.
m-dev-magnet = Magnets: China's normal magnet exports are measured against what magnet makers outside China actually supply in the scenario, E_t = max(0, D_t − X_t), where X_t = min(K*, F_t · (m ÷ c_ex)^es) once the price covers their costs (m ≥ c_ex) and nothing below, instead of the specification's max(0, D_t − F_t). Without a shock to NdPr, Dy or Tb the two are the same (X_t = F_t). With one, the literal formula would let new capacity outside China cut China's allowed exports by more than it adds in magnets, so more capacity could raise the magnet price and faster growth lower it, against the model's own invariants.
m-dev-magnet-scenario = In this scenario (12-month averages) makers outside China supply X_t = { $output } t, so E_t = { $exports } t; the literal formula gives { $literal } t, { $restricted ->
        [yes] of which China lets out { $allowed } t a year while restricted.
       *[no] all of which China exports, { $allowed } t a year, as nothing is restricted.
    } China's magnet exports over the 12 months come to { $magnet_exports } t.

## Methodology: backtests (src/ui/methodology/backtests.rs)
m-backtests-title = Backtests: what the model says beside what happened
m-bt-episodes-title = Model 2 beside the two episodes
m-bt-calibration-title = Calibration: three fits, each judged out of sample
m-bt-japan-title = Japan's chain, 2010 and 2024 (japan-2010-2024)
m-bt-quota-title = The 2010–11 quota cut: model 1's annual replay
m-bt-licensing-title = The 2025 licensing (from April 2025)
m-bt-window-range = { $from } – { $to } average
m-bt-window-year = { $year } average
m-bt-ex-china = price outside China
m-bt-china = price inside China
m-bt-spread = spread, outside ÷ inside
m-bt-oxide = { $element } oxide
m-bt-magnets = magnets
m-bt-input = an input: taken as observed
m-bt-inside = inside p10–p90
m-bt-outside = outside p10–p90 (model ÷ observed { $ratio })
m-bt-route-conditional = E1's China side is taken as observed (China's own price from the record, an input of the backtest only): the China shock the model can infer (output at { $output } of normal, { $none ->
        [yes] no stock-building
       *[no] stock-building of { $stocks } of its demand
    }) does not reproduce it.
m-bt-route-inferred = E1's China side is inferred: output at { $output } of normal and { $none ->
        [yes] no stock-building
       *[no] stock-building of { $stocks } of its demand
    }.
m-bt-episodes = E1 replays 2010–11 on the 2009 market from January 2010, with what actually left China each month and the 2011 export duty; E2 is the licensing-apr-2025 preset's path. { $route } { $inside } of the { $predicted } predicted figures { $n ->
        [one] lies
       *[other] lie
    } inside the model's p10–p90 range.
m-bt-preset-replay = The preset “{ $preset }” is the same replay on the calculator, with China's side as the model infers it (China's output at its 2011 production quota, { $output } of normal) instead of China's observed prices: its central path gives Nd oxide outside China { $model } over 2011, against the observed { $observed }.
m-bt-stoppages = The record for 2025 also has car plants in Europe stopping about 8 weeks (1.5–2 months) after the controls of 4 April. The model misses this: on the licensing path, buyers' stocks of magnets fall from { $buffer } to { $min } months of cover (lowest in { $month }) and { $none ->
        [yes] no demand goes unmet,
       *[no] at most { $unmet } of demand goes unmet,
    } because the model pools every buyer outside China into one stock, while the plants that stopped held less than the average.
m-bt-episodes-label = Model 2 beside the episodes
m-bt-episodes-caption = Observed figures (× the price before) beside model 2's central and p10–p90
m-col-episode = Episode, figure, window
m-col-observed-range = Observed (range)
m-col-model-2 = Model 2 (p10 – p90)
m-col-verdict = Verdict
m-bt-fit-e1 = fitted on E1
m-bt-fit-e2 = fitted on E2 (the defaults)
m-bt-fit-both = fitted on both
m-bt-fit-params = θ, λ, panic, Dy/Tb cover, magnet cover
m-bt-fit-values = { $theta }, { $lambda }, { $panic }, { $heavy }, { $magnet }
m-bt-msle = { $episode }: mean squared log error
m-col-observed = Observed
m-bt-calibration = The stock-holders' parameters were fitted on a grid (cargo run --release --bin calibrate): once on E1 alone, once on E2 alone, once on both. Each fit is judged on the episode it did not see. The defaults are the E2 fit, because 2025 is closest to today's markets; the joint fit would keep every figure closer, and was not chosen so that 2010–11 stays a test the model did not see. Central figures, computed here from the same code.
m-bt-calibration-label = Calibration fits
m-bt-calibration-caption = Each fit's parameters, and every observed figure beside the model under it (model ÷ observed)
m-bt-replay = The model is replayed on the 2009 market (all rare earths, from the dataset's 2009 snapshot), with the 2010 export quota as a share of 2009 exports: quota = { $quota }, D = { $demand } t, F = { $supply } t, K = { $capacity } t, E = { $exports } t, Q = { $allowed } t, with the NdPr elasticities ed = { $ed }, es = { $es } and backstop B = { $backstop }.
m-bt-model = Model:
# Starts with a space in languages that put one before a parenthesis.
m-bt-p10-p90 = { " " }(p10–p90 { $p10 } – { $p90 })
m-bt-happened = What happened:
m-bt-observed = { $element } oxide, 2011 annual average ÷ 2009: { $ratio }
m-bt-no-observation = no observation in the dataset
m-bt-verdict-inside = The observed { $element } move ({ $observed }) lies inside the model's p10–p90 range.
m-bt-verdict-above = The observed { $element } move ({ $observed }) lies above the model's p10–p90 range ({ $range }): the model under-predicts this spike.
m-bt-verdict-below = The observed { $element } move ({ $observed }) lies below the model's p10–p90 range ({ $range }).
m-bt-verdict-none = The dataset has no observed move to compare with.
m-bt-spikes-label = Observed prices 2009 to 2011
m-bt-spikes-caption = Observed prices, 2009 → 2011 (US$/kg, annual averages)
m-col-oxide = Oxide
m-col-ratio = 2011 ÷ 2009 (low – high)
m-col-peak = Peak ÷ 2009
m-bt-why = Why the replay falls short of 2011: it is one year of a partial-equilibrium market without stocks (model 2 with no stocks, no panic buying, China's output unchanged and no duty), whose elasticities describe a shortage that buyers and suppliers adjust to. 2010–11 was a speculative spike: buyers and traders built stocks in fear of further cuts, China cut its own output, built a state reserve and charged an export duty; prices overshot and then collapsed in 2012–13 as demand was cut, material was smuggled out and stocks were drawn down. Model 2 has levers for most of this (panic buying, China's output and stockpiling, the duty), but this replay does not use them, and nothing in the model speculates. Read its figure as the floor a year-long cut sustains, not the peak of a scramble.
m-bt-licensing = Observed Europe-vs-China prices for the same oxide, months into the licensing regime, beside the model's spread (outside ÷ inside China) for the licensing-apr-2025 preset ({ $query }):
m-bt-spreads-label = Europe vs China spreads
m-bt-spreads-caption = Europe vs China, US$/kg, and the spread
m-col-oxide-date = Oxide, date
m-col-europe = Europe
m-col-china = China
m-col-observed-spread = Observed spread
m-col-that-month = Model, that month
m-col-average = Model, 12-month average (p10–p90)
m-bt-no-spread = The dataset has no observed spread.
m-bt-spreads = The observed spreads were about { $low } – { $high }, taken a few months into the licensing regime. The model's spread is the 12-month average from { $start } of its monthly path{ $after }; { $inside } of the { $compared } observations { $n ->
        [one] lies
       *[other] lie
    } inside the p10–p90 range of the 12-month average. The column “Model, that month” is the central path's spread in the month of the observation.
m-bt-after = , which includes { $after } after the restriction's { $months }

## Methodology: limits, privacy, citation and change log (src/ui/methodology/about.rs)
m-limits-title = What the calculator cannot tell you
m-limits-prices = Next month's prices. The monthly path shows what a restriction of the length and strength you set does to markets with these stocks and elasticities; it has no speculation, smuggling or news, and its stock behaviour is an assumption calibrated on few episodes (see the backtests).
m-limits-policy = Whether China will restrict exports, or how strictly licences are enforced: you set the quotas.
m-limits-projects = Whether a given project will be built. Projects count by the probability you set, all alike; the dataset lists their status.
m-limits-stockpiles = Stockpiles it does not know: government stockpiles, company inventories beyond the stocks you set, and material already in transit.
m-limits-scope = Other rare earths (lanthanum, cerium, samarium, yttrium…) and other products than sintered NdFeB magnets, and any market reaction beyond the four markets (substitution is only the demand elasticity and the backstop).
m-limits-quality = Quality and qualification: a tonne of new capacity counts at once, although qualifying magnets for cars or defence can take years.
m-limits-exact = Exact figures. Many inputs are estimates (marked low confidence or assumption); the ranges show only the uncertainty of the elasticities and of project delivery, not of the baseline data.
m-privacy-title = Your privacy
m-privacy = The calculator runs entirely in your browser. It sets no cookies, runs no analytics and stores nothing about you; nothing you do is sent anywhere. The scenario lives only in the page's address, and every download (CSV, JSON, PNG, the dataset) is made on your device.
m-cite-title = How to cite
m-cite-credit = Credit the calculator and the original data: { $credit }.
m-cite-suggested = Suggested citation:
m-cite-citation = Rare-earth supply-chain risk calculator, model { $model }, data vintage { $vintage } (baseline { $baseline }). Scenario: { $query }. { $link }
m-cite-sources = The underlying figures are from the sources listed under Sources & data, used under their own terms. Cite them directly when you use a figure, for example:
m-cite-png = Charts downloaded as PNG carry the scenario, their sources and this credit line in their footer.
m-changes-title = Change log
m-changes-links = Every link carries the data vintage (d) and model version (m) it was made with; a link made with another version opens with a note saying so.
m-changes-model-2 = Model { $model } (URL settings version { $url }): model 2, specification v2. Each market is followed month by month for 36 months, with buyers' stocks drawn down and rebuilt, panic buying, stocks in China, one world market that splits when China's export limit binds, China's own output and the export duty. Headline prices are 12-month averages with the peak month, and “at least ×B” with the unmet share where the backstop binds; time to survive and to recover come from the path. New settings: months, china_output, export_duty, buffer_cn, panic, china_stockpiling. A version-1 link still opens, with a note.
m-changes-model-1 = Model 1 (URL settings version 1): first public version, specification v1: a sustained, year-long restriction with no stocks, and China's price that could only fall.
m-changes-data = Data { $vintage } (baseline year { $baseline }): first public dataset: { $sources } sources, { $projects } announced projects, { $products } products, the 2009 snapshot and the 2010–11 and 2025 price observations.
