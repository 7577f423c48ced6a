# Español (traducción asistida por máquina). Para corregir: edite la línea del identificador del
# mensaje en este archivo; build.rs comprueba que cada mensaje de en.ftl esté aquí.

## Number words (src/ui/format.rs)
fmt-at-least = al menos { $value }
fmt-range-all-capped = cada simulación al menos { $cap }
fmt-range-floor = p10–p90: al menos { $low } – { $high }
fmt-range-capped = p10–p90: { $low } – al menos { $cap }
fmt-range = p10–p90: { $low } – { $high }
fmt-years = { $n ->
    [one] { $value }{ "\u00A0" }año
   *[other] { $value }{ "\u00A0" }años
}
fmt-no-change = sin cambios
fmt-months = { $n ->
    [one] { $value }{ "\u00A0" }mes
   *[other] { $value }{ "\u00A0" }meses
}
fmt-no-shortfall = sin escasez

## Page shell (index.html, src/ui/app.rs)
app-title = Calculadora de riesgo de suministro de tierras raras
app-lede = Si China recorta sus exportaciones de tierras raras o imanes, ¿cuánto dependen Estados Unidos y otros compradores en cada etapa, de la mina al imán, qué pasa con los precios, cuánto duran las existencias y cuánto cuesta a un coche eléctrico, un aerogenerador o un F-35? Mueva los controles; cada cifra muestra cómo se calcula y de dónde proceden sus datos.
nav-pages = Páginas
nav-calculator = Calculadora
nav-methodology = Metodología
nav-how = Cómo se calcula
nav-sources = Fuentes y datos
lang-label = Idioma
notices-heading = Hemos ajustado su enlace:
results-label = Resultados principales
charts-label = Gráficos
download-csv = Descargar resultados (CSV)
download-json = Descargar resultados (JSON)
print-data-line = { $credit } · datos a { $vintage } · modelo { $model } · { $link }
open-full = Abrir la calculadora completa
footer-data = Datos a { $vintage } · modelo { $model } ·{ " " }
credit = Calculadora de riesgo de tierras raras; datos: USGS (dominio público), IEA (CC BY 4.0) y otros según la lista
footer-privacy = Funciona por completo en su navegador: sin cookies, sin analítica; no se guarda ni se envía nada sobre usted.

## Share and embed (src/ui/share.rs)
share-label = Compartir e insertar
share-copy-link = Copiar enlace
share-copy-embed = Copiar código de inserción
share-copy-pinned = Copiar código de inserción fijo
share-link-copied = Enlace copiado. Reproduce exactamente estas cifras:
share-link-manual = Copie este enlace (reproduce exactamente estas cifras):
share-embed-copied = Código de inserción copiado. Sigue las futuras actualizaciones de los valores por defecto:
share-embed-manual = Copie este código de inserción (sigue las futuras actualizaciones de los valores por defecto):
share-pinned-copied = Código de inserción fijo copiado. Todas las entradas, la fecha de los datos y la versión del modelo quedan fijadas:
share-pinned-manual = Copie este código de inserción fijo (todas las entradas, la fecha de los datos y la versión del modelo quedan fijadas):
share-fallback-link = Abrir la calculadora de riesgo de suministro de tierras raras

## Controls: key labels (src/model/scenario/key.rs ScenarioKey::label)
key-preset = Escenario
key-year = Año del escenario
key-view = Punto de vista
key-quota_light = Exportaciones chinas de tierras raras ligeras permitidas
key-quota_heavy = Exportaciones chinas de tierras raras pesadas permitidas
key-quota_magnet = Exportaciones chinas de imanes permitidas
key-pipeline = Probabilidad de que cada proyecto anunciado se cumpla
key-delay = Años de retraso de cada proyecto
key-add_mining = Capacidad minera adicional desde 2026
key-add_separation = Capacidad de separación adicional desde 2026
key-add_metal = Capacidad de metal y aleación adicional desde 2026
key-add_magnet = Capacidad de imanes adicional desde 2026
key-growth = Crecimiento de la demanda fuera de China
key-months = Duración de la restricción
key-start = Primer mes de la trayectoria
key-china_output = Producción propia de China mientras dura
key-export_duty = Arancel de exportación de China mientras dura
key-buffer = Existencias de los compradores fuera de China
key-buffer_light = Existencias de óxido de NdPr de los compradores
key-buffer_heavy = Existencias de óxido de Dy y Tb de los compradores
key-buffer_magnet = Existencias de imanes de los compradores
key-buffer_cn = Existencias en China
key-panic = Cobertura adicional que buscan los compradores mientras dura
key-china_stockpiling = Cobertura adicional que busca China mientras dura
key-ed = Conjunto de elasticidades de la demanda
key-es = Conjunto de elasticidades de la oferta

## Units (src/model/scenario/key.rs NumberSpec::unit)
unit-pct-normal = % de lo normal
unit-t-ndpr = t/año eq. óxido de NdPr
unit-t-ndfeb = t/año NdFeB
unit-months-demand = meses de demanda
unit-months-china = meses de demanda de China
unit-year = año
unit-years = años
unit-pct = %
unit-pct-yr = %/año
unit-months = meses
unit-month = mes

## Viewpoints (src/data/types.rs Viewpoint::name)
view-us = Estados Unidos
view-exchina = Todos los compradores fuera de China
view-eu = Unión Europea
view-japan = Japón
view-korea = Corea del Sur
view-india = India

## Presets (data/presets.csv: name and note)
preset-baseline-2024 = Referencia 2024
preset-baseline-2024-note = Sin restricción: China exporta como siempre y se mantiene la referencia de 2024.
preset-quota-2010 = La escasez de 2010–11, en los mercados de hoy
preset-quota-2010-note = Lo que realmente salió de China, no la cuota legal: en 2010 se exportaron 39.813 t (≈ 91 % de las 43.900 t de 2009) y en 2011 unas 18.600 t (≈ 42 %), promediadas aquí en un 66 % durante 24 meses, con el arancel de exportación del 25 % de 2011. Hasta que esté lista la reconstrucción con los datos de 2009, este escenario usa los mercados de hoy, así que sus precios no reproducen 2010–11.
preset-licensing-apr-2025 = Licencias para tierras raras pesadas e imanes (desde abril de 2025)
preset-licensing-apr-2025-note = Desde el 4 de abril de 2025, el Dy, el Tb, otros cinco elementos y los imanes que los contienen necesitaron licencia de exportación. La trayectoria empieza en abril de 2025 y, durante nueve meses, deja salir lo que realmente salió de China cada mes (exportaciones frente al mismo mes de 2024): imanes 55 % en abril, 26 % en mayo, 62 % en junio y después casi lo normal; óxido de Dy+Tb 50 % en abril, nada en mayo, 4 % en junio y 24–65 % después. Año completo: Dy −35 %, Tb −38 %.
preset-truce-jun-2025 = Marco de Londres (junio–diciembre de 2025)
preset-truce-jun-2025-note = Tras el marco de Londres de junio de 2025 volvieron a concederse licencias. La trayectoria empieza en junio de 2025 y deja salir lo que realmente salió de China cada mes: imanes 62 % de junio de 2024 y, desde julio, al nivel de 2024 o por encima; óxido de Dy+Tb 4 % en junio y 15–65 % de julio a diciembre.
preset-controls-oct-2025 = Controles de octubre de 2025 (un mes)
preset-controls-oct-2025-note = El 9 de octubre de 2025 China añadió cinco elementos, equipos y una regla extraterritorial del 0,1 %; el 7 de noviembre los suspendió hasta noviembre de 2026, así que duraron alrededor de un mes. La trayectoria empieza en octubre de 2025 y deja salir lo que realmente salió de China ese mes: óxido de Dy+Tb 45 % de octubre de 2024, imanes alrededor del 116 %.
preset-embargo-now = Embargo total (12 meses)
preset-embargo-now-note = Hipotético: China no permite exportar NdPr, Dy, Tb ni imanes durante doce meses a partir de enero de 2026.
preset-pipeline-2030 = Todos los proyectos anunciados a tiempo (2030)
preset-pipeline-2030-note = Cada proyecto anunciado fuera de China en los datos se entrega según lo previsto; sin restricción a la exportación.

## Controls (src/ui/controls.rs)
controls-label = Ajustes del escenario
group-policy = La restricción
group-stocks = Existencias de los compradores
group-capacity = Nueva capacidad fuera de China
group-market = Mercado y tiempo
group-assumptions = Supuestos
group-policy-intro = Las cuotas son partes de las exportaciones normales de China que realmente salen del país, durante los meses de la restricción.
group-stocks-intro = Las existencias amortiguan un recorte: se consumen mientras los precios son altos y se reponen después.
group-view-intro = La cadena, las existencias y la reserva de quién: los precios son los del único mercado fuera de China.
group-assumptions-summary = Elasticidades (cómo reaccionan compradores y proveedores al precio)
group-assumptions-hint = Los valores por defecto son supuestos de analistas calibrados con el alza de precios de 2010–11; véase Fuentes y datos.
hint-magnets = imanes
hint-quota_light = Óxido de NdPr separado; la mayor parte del NdPr chino sale dentro de imanes.
hint-quota_heavy = Óxido de disprosio y terbio (las licencias concedidas).
hint-quota_magnet = Imanes de NdFeB sinterizados.
hint-months = Después, las exportaciones fluyen libremente y los compradores reponen sus existencias.
hint-china_output = Cuotas de producción, operaciones contra la minería ilegal, mineral de Myanmar perdido; el precio en China también sube.
hint-export_duty = Sobre lo que sale de China; en 2011 los aranceles fueron del 15–25 %.
hint-buffer = Supuesto. Sin fijar: el propio de cada mercado ({ $markets }); fijado: el mismo para los cuatro.
hint-panic = Supuesto calibrado ({ $low }–{ $high }): compras preventivas mientras dura.
hint-buffer_cn = Supuesto: productores, comerciantes, reserva estatal ({ $markets }).
hint-china_stockpiling = La reserva estatal y los comerciantes de China mientras dura (2011: Baotou).
hint-pipeline = Probabilidad de que se construya cada mina, planta o fábrica anunciada fuera de China.
hint-delay = Años que se retrasa cada proyecto anunciado.
hint-add = Además de los proyectos anunciados, para el punto de vista elegido.
hint-growth = Crecimiento anual de la demanda fuera de China (VE, eólica, robots).
hint-year = La restricción empieza este año (en enero, salvo que un escenario fije el mes).
hint-realised = Este escenario sigue mes a mes lo que salió de China (se muestra la media); moverlo fija una sola cuota para todos los meses.
preset-normal = Comercio normal (sin restricción)
preset-reset = Volver al comercio normal
preset-normal-note = Comercio normal: China exporta como siempre; cada proyecto anunciado fuera de China tiene una probabilidad de { $chance } de construirse y llega con { $delay } de retraso.
preset-path-start = Los 36 meses mostrados empiezan en { $month }.
choice-low = baja
choice-central = central
choice-high = alta
choice-custom = personalizado: { $value }
slider-typed = { $label } ({ $unit }), escrito

## The summary sentence (src/ui/summary.rs)
who-us = Estados Unidos
who-exchina = los compradores fuera de China
who-eu = la Unión Europea
who-japan = Japón
who-korea = Corea del Sur
who-india = la India
stage-mining = minería
stage-separation = separación en óxidos
stage-metal = producción de metal y aleación
stage-magnet = fabricación de imanes
market-ndpr = óxido de NdPr
market-dy = óxido de Dy
market-tb = óxido de Tb
market-magnet = imanes de NdFeB sinterizados
never-within = { $n ->
    [one] no en { $months } mes
   *[other] no en { $months } meses
}
never-no-restriction = sin restricción
what-magnets = imanes
what-heavy = tierras raras pesadas
what-light = tierras raras ligeras
what-prices = los precios
what-magnet-prices = los precios de los imanes
policy-stop-all = detiene todas sus exportaciones de tierras raras e imanes
policy-quota = el { $share } de sus exportaciones normales de { $what }
policy-quota-realised = una media del { $share } de sus exportaciones normales de { $what }
policy-quota-none = nada de sus exportaciones normales de { $what }
policy-lets-out = deja salir { $list }
policy-lets-out-only = solo deja salir { $list }
policy-output-cut = reduce su propia producción al { $share } de lo normal
policy-output-raise = eleva su propia producción al { $share } de lo normal
policy-duty = cobra un arancel de exportación del { $share }
policy-if = Si China { $policy }
list-separator = ,{ " " }
list-and = { $init } y { $last }
list-and-serial = { $init } y { $last }
price-backstop = { $what } fuera de China alcanzarían el precio tope, al menos { $cap }, y el { $unmet } de la demanda quedaría sin cubrir durante 12 meses
price-steady = { $what } fuera de China se mantendrían estables
price-average = { $what } fuera de China promediarían { $average } durante 12 meses ({ $change })
price-peak = , con un máximo de { $peak } en { $month }
summary-lead-restricted = { $policy } durante { $duration } desde { $start }, el { $dependency } del NdPr de los imanes que usa { $view ->
       *[other] { $who }
    } dependería de China en { $year }
summary-lead-unrestricted = { $policy } en { $year }, no se recortaría nada de lo que China exporta normalmente, y el { $dependency } del NdPr de los imanes que usa { $view ->
       *[other] { $who }
    } dependería de China
summary-lead-normal = Con China exportando con normalidad en { $year }, el { $dependency } del NdPr de los imanes que usa { $view ->
       *[other] { $who }
    } dependería de China
stocks-first-month = a los compradores fuera de China les faltaría material desde el primer mes ({ $market })
stocks-after = a los compradores fuera de China les faltaría material al cabo de { $months } ({ $market })
stocks-not-within = { $n ->
    [one] las existencias de los compradores no se agotarían en { $months } mes
   *[other] las existencias de los compradores no se agotarían en { $months } meses
}
stocks-none = no se consumirían existencias
recover-after = , y los precios fuera de China volverían a estar a menos del 10{ "\u00A0" }% de lo normal al cabo de { $months }
recover-not-within = { $n ->
    [one] , y los precios fuera de China no volverían a la normalidad en { $months } mes
   *[other] , y los precios fuera de China no volverían a la normalidad en { $months } meses
}
summary-own = ; { $text }
own-cover-stocks = las existencias de sus propios compradores
own-cover-stockpile = las existencias de sus propios compradores y su reserva estatal
own-short-after = con { $cover }, la escasez llegaría a { $who } al cabo de { $months } ({ $market })
own-not-within = { $n ->
    [one] con { $cover }, la escasez no llegaría a { $who } en { $months } mes
   *[other] con { $cover }, la escasez no llegaría a { $who } en { $months } meses
}
summary-sentence = { $lead }, de la mina al imán (etapa más débil: { $stage }); { $price }; { $stocks }{ $recover }{ $own }.

## Headline cards (src/ui/headlines.rs). Formulas keep their symbols; the words around them
## are translated.
card-how = How is this calculated
card-dependency-title = Mine-to-magnet dependency on China (NdPr)
card-dependency-heavy = Heavy rare earths (Dy+Tb): { $value }
card-weakest-stage = Weakest stage: { $stage }
card-dependency-note = The weakest stage is where dependency jumps most along the chain. MODEL.md §6.
card-market-title = { $market } price outside China
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
card-price-line = US${ $baseline }/kg in 2024 → { $now }/kg (12-month average)
card-market-note = Demand grows { $growth } a year from 2024 (×{ $factor } by { $year }). Stocks are drawn down while China's exports are short and rebuilt after; at the backstop buyers switch technology and the rest of the gap goes unmet, so the price there is a floor. MODEL.md §4–§5.
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
    catches up = first year with F + Q ≥ D, the limit held for good
card-time-note = Time to survive is the shortest over the four markets, time to recover the longest. MODEL.md §7.
card-own-same = { $label }: the same, { $value }.
card-capacity-title = New capacity to get below { $target } dependency
card-capacity-per = per year, NdPr-oxide equivalent, at these stages:
card-capacity-stage = { $stage } { $tonnes }
card-capacity-none = none: already below the target
card-capacity-formula =
    magnet stage must pass L = (1 − target) × N
    stage above: L − R;  extra_s = max(0, L_s − cap_s)
card-capacity-note = The EU's Critical Raw Materials Act benchmark: no more than 65 % from one country. MODEL.md §6.
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
in-price = P (2024 price, US$/kg)
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
cmp-of-a = { $value } of A
cmp-points = { $value } points
cmp-months = { $value } months
cmp-at-most = at most { $value }
cmp-both-backstop = both at the backstop
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
chart-a-label = A, { $name }
col-a = { $header }, A ({ $name })
series-a = { $name }, A
col-month = Month
col-outside = Outside China
col-inside = Inside China
col-unmet = Demand unmet
col-market = Market
race-title = The race: stocks against recovery, month by month
race-alt = Three line charts over the { $months } months from { $start }, for { $market }: the price outside and inside China (× normal, with the p10–p90 of the first 12 months' average), buyers' stocks in months of cover, and the share of demand unmet; the restriction's { $duration } shaded. { $finding } Values per month in the data table.
race-none = No restriction: buyers' stocks are not drawn down and prices stay at normal.
race-short-first = Buyers of { $market } go short in the first month
race-stocks-last = Stocks of { $market } last { $months }
race-stocks-beyond = Stocks of { $market } last beyond the { $months } months shown
race-price-backstop = its price outside China reaches the backstop, at least { $peak }, in { $month }
race-price-peak = its price outside China peaks at { $peak } in { $month }
race-price-steady = its price outside China stays within 10{ "\u00A0" }% of normal
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
price-e1-label = Nd, 2010–11 on the 2009 market
price-e1-row = Nd, 2010–11 on the 2009 market (model 2; observed 2011 ÷ 2009)
price-see-methodology = see methodology
price-peak-in = { $peak } in { $month }
price-col-outside = Outside China, 12-month average
price-col-inside = Inside China, 12-month average
price-col-peak = Peak month outside China
price-col-spread = Spread
price-col-spread-observed = Spread / observed
price-reference = 2024 price
price-observed = Observed
price-hold = hold steady
price-rise-to = rise to { $value }
price-rise = rise { $change }
price-fall = fall { $change }
price-moves-backstop = reach the backstop, at least { $cap }, with { $unmet } of demand unmet
price-none-normal = Prices hold at their 2024 level: China exports normally in this scenario.
price-none-moved = Prices hold at their 2024 level: nothing is withheld that buyers outside China cannot replace.
price-magnets-both = magnet prices outside and inside China { $outside }
price-magnets = magnet prices outside China { $outside }, while China's own { $inside }
price-finding = Over the first 12 months, { $magnets }; Dy oxide prices outside China { $dy }.

## Notices (src/model/scenario/parse.rs, src/model/engine/assemble.rs; src/ui/notices.rs)
notice-unknown-more = Se ignoraron { $count } ajustes más que esta calculadora no conoce.
notice-repeated = { $key } aparecía más de una vez; se usa el último valor ({ $value }).
notice-model-1 = Este enlace se hizo para el modelo 1: sus ajustes conservan su significado (una restricción de un año) y las cifras vienen ahora del modelo 2, un mercado mensual con existencias.
notice-url-version = Este enlace usa la versión { $given } de los ajustes; se leyó como versión { $current }.
notice-data-version = Este enlace se hizo con los datos de { $given }; las cifras usan los datos actuales ({ $current }).
notice-model-version = Este enlace se hizo con la versión { $given } del modelo; las cifras usan la versión { $current }.
notice-lang = «{ $value }» no es un idioma que ofrezca esta calculadora ({ $codes }); se muestra en inglés.
notice-unknown-key = «{ $key }» no es un ajuste que conozca esta calculadora; se ignoró.
notice-outside = { $key }={ $value } está fuera de { $min }–{ $max }; se usa { $used }.
notice-not-number = { $key }={ $value } no era un número; se usa { $used }.
notice-not-number-dataset = { $key }={ $value } no era un número; se usa el valor de los datos.
notice-not-whole-year = { $key }={ $value } no es un año entero; se usa { $used }.
notice-not-whole-months = { $key }={ $value } no es un número entero de meses; se usa { $used }.
notice-ed-negative = ed={ $value } debería ser negativo (la demanda baja cuando suben los precios); se usa { $used }.
notice-elasticity = { $key }={ $value } no es «low», «central», «high» ni un número; se usa «central».
notice-unknown-preset = No hay ningún escenario llamado «{ $value }»; se usan los valores por defecto. Escenarios: { $presets }.
notice-view = view={ $value } no es { $views } ni { $last }; se usa «us».
notice-view-preset = view={ $value } (en el escenario) no es { $views } ni { $last }; se usa «us».
notice-backstop = { $market }: algunos meses los compradores fuera de China pagarían al menos el precio tope (×{ $cap }) y aun así les faltaría material; en los primeros 12 meses queda sin cubrir el { $unmet } % de su demanda, que debe sustituirse o detenerse.
notice-in-compare = En el escenario comparado (A): { $text }

## Methodology: translations (src/ui/methodology/about.rs)
m-translations-title = Traducciones
m-translations-which = La página está escrita en inglés. Las versiones alemana, francesa, japonesa y española son traducciones asistidas por máquina, revisadas para que sean coherentes, pero no por un traductor profesional. Los nombres (MP Materials, Lynas, NdFeB, símbolos de los elementos) y las claves de la URL no se traducen.
m-translations-fix = Para corregir una traducción, edite su mensaje en el catálogo del idioma en i18n/ y abra una pull request. El catálogo de esta página es { $file }; por ejemplo, la frase de resumen es el mensaje «{ $id }» en la línea { $line }. La compilación comprueba que cada catálogo tiene todos los mensajes de i18n/en.ftl con las mismas variables.

## Charts (src/ui/charts/, src/ui/chart_card.rs)
chart-show-table = Mostrar tabla de datos
chart-hide-table = Ocultar tabla de datos
chart-download-png = Descargar PNG
chart-table-label = { $title } (tabla de datos)
market-magnet-short = Imanes
chain-light = Ligeras (NdPr)
chain-heavy = Pesadas (Dy+Tb)
col-year = Año
col-dependency-light = Dependencia, ligeras
col-dependency-heavy = Dependencia, pesadas
col-product = Producto
col-magnet = Imán
col-added-cost = Coste adicional
col-output-at-risk = Producción en riesgo
col-chain-stage = Cadena y etapa
col-dependency-year = Dependencia { $year }
col-direct-reliance = Dependencia directa
col-china-share = Cuota mundial de China
col-assumption = Supuesto
col-low-end = Extremo bajo → indicador
col-high-end = Extremo alto → indicador
timeline-title = 2024–2035: dependencia y precios año a año
timeline-finding = En este escenario, la dependencia de China de la mina al imán pasa del { $first } en 2024 al { $last } en 2035.
timeline-alt = Dos gráficos de líneas para 2024–2035. { $finding } Valores por año en la tabla de datos.
timeline-panel-dependency = Dependencia de China de la mina al imán
timeline-panel-price = Precio fuera de China, media de 12 meses (× 2024)
exposure-title = Lo que cuesta: coste adicional de imanes por unidad
exposure-finding = Al precio medio de los imanes en 12 meses, el mayor coste adicional es de { $cost } { $per } ({ $product }); los imanes de un coche eléctrico cuestan { $car } más.
exposure-finding-none = Sin coste adicional: el precio medio de los imanes en 12 meses fuera de China no se mueve en este escenario.
exposure-alt = Gráfico de barras horizontales en escala logarítmica. { $finding }
exposure-series = Coste adicional por unidad (US$)
stage-mining-short = Minería
stage-separation-short = Separación
stage-metal-short = Metal
stage-magnet-short = Imanes
chain-title = Dependencia de China en cada etapa, de la mina al imán
chain-finding = En { $year }, el { $dependency } del NdPr que usa { $view ->
       *[other] { $who }
    } dependería de China en la etapa de imanes (hoy { $today }); el eslabón más débil es { $stage }.
chain-alt = Gráfico de barras. { $finding } Tierras raras pesadas: { $heavy } en la etapa de imanes. { $note }Detalles en la tabla de datos.
chain-series-light = Ligeras, { $year }
chain-series-heavy = Pesadas, { $year }
chain-target = objetivo { $share }
crma-extraction = extracción
crma-processing = transformación
crma-recycling = reciclaje
crma-single-supplier = proveedor único
crma-extraction-note = La etapa minera cuenta el mineral sin China extraído en la UE más el asegurado en el extranjero por contratos de compra cuando una fuente da el tonelaje (data/README.md, The views); el Reglamento solo cuenta la extracción en la UE.
crma-processing-note = La transformación en suelo de la UE cuenta sea cual sea el origen del mineral, así que aquí no hace falta mineral sin China; el metal es el último paso de transformación antes del imán.
crma-recycling-note = Un límite inferior: las plantas de reciclaje listadas como proyectos suman capacidad a la etapa, no material reciclado, y el reciclaje de imán a imán cuenta dentro de la capacidad de imanes (R_magnet = 0).
crma-single-supplier-note = China es el único tercer país que mide la cadena; el 65 % del Reglamento se aplica a cualquiera de ellos.
crma-check-at-least = { $name } ({ $value } de la necesidad, al menos { $benchmark })
crma-check-at-most = { $name } ({ $value } de China, como mucho { $benchmark })
crma-unmeasured = { $name } (la cadena no puede medirlo: { $note })
crma-none = ninguno
crma-list-separator = ;{ " " }
crma-sentence = Objetivos del Reglamento europeo de materias primas fundamentales en { $year }, en la más débil de las dos cadenas. Cumplidos: { $met }. No cumplidos: { $missed }.
crma-not-measured = No medidos: { $list }.
crma-lines = Las líneas marcan como mucho un 65 % de China en cualquier etapa, y la dependencia a la que se alcanzarían un 40 % de transformación y un 10 % de extracción en la UE.
crma-line-single = CRMA: ≤ { $share } de un solo país
crma-line-processed = CRMA: { $share } transformado en la UE
crma-line-mined = CRMA: { $share } extraído en la UE
drivers-title = Qué determina esta cifra
drivers-alt = Barras horizontales, una por supuesto, cada una entre el valor del indicador en el extremo bajo y en el alto del supuesto, las más anchas primero, en torno al valor de este escenario. { $finding } Detalles en la tabla de datos.
drivers-finding = { $headline } en { $value }: { $driver } es lo que más la mueve, de { $low } a { $high }{ $second }.
drivers-finding-none = { $headline } en { $value }: ningún supuesto la mueve en este escenario.
drivers-then = , y después { $driver }
drivers-this-scenario = este escenario
drivers-headline = Indicador
drivers-pending = Qué determina esta cifra: se calcula cuando estén los rangos.
driver-ed = Elasticidad de la demanda (ed)
driver-es = Elasticidad de la oferta (es)
driver-theta = Cómo baja la cobertura con el precio (θ)
driver-lambda = Rapidez con que reponen los compradores (λ)
driver-panic = Compras de pánico (meses)
driver-buffer = Existencias de los compradores al inicio
driver-pipeline = Proyectos entregados
driver-delay = Retrasos de los proyectos (años)
driver-growth = Crecimiento de la demanda (%/año)
headline-magnet_price = Precio de los imanes fuera de China, media de 12 meses
headline-magnet_peak = Precio de los imanes fuera de China, mes de máximo
headline-dy_price = Precio del óxido de Dy fuera de China, media de 12 meses
headline-dy_unmet = Demanda de óxido de Dy sin cubrir, media de 12 meses
headline-time_to_survive = Tiempo de resistencia, meses

## Products (data/products.csv: name and per)
product-ev-motor = Coche eléctrico (motores de tracción y otros)
product-ev-motor-per = por vehículo
product-wind-dd-mw = Aerogenerador de accionamiento directo
product-wind-dd-mw-per = por MW
product-f35 = Caza F-35
product-f35-per = por avión
product-ddg51 = Destructor Arleigh Burke DDG-51
product-ddg51-per = por buque
product-virginia-ssn = Submarino de la clase Virginia
product-virginia-ssn-per = por submarino
product-hdd = Disco duro
product-hdd-per = por unidad
product-humanoid-robot = Robot humanoide
product-humanoid-robot-per = por robot

## Sources & data (src/ui/sources.rs)
src-intro = Datos a { $vintage }. Año base { $year }. Cada cifra lleva su unidad, año, fuente y fiabilidad: alta (leída en la publicación primaria), media (informe secundario), baja (fuente única o poco clara), derivada (calculada a partir de valores con fuente), supuesto (valor por defecto ajustable de un analista).
src-credit-line = Atribución:{ " " }
src-download = Descargar los datos (JSON)
src-sources = Fuentes
src-loading = Cargando los títulos y enlaces de las fuentes…
src-failed = No se pudieron cargar los títulos y enlaces de las fuentes ({ $why }); cada fuente muestra su editor y su licencia. Recargue con conexión para verlos.
src-licence = . Licencia: { $licence }
src-read-here = léalo aquí
src-link = enlace
src-table-label = { $caption } (tabla)
src-col-figure = Magnitud
src-col-value = Valor
src-col-unit = Unidad
src-col-year = Año
src-col-confidence = Fiabilidad
src-col-source = Fuente
src-col-project = Proyecto
src-col-country = País
src-col-stage = Etapa
src-col-capacity = Capacidad anunciada
src-col-start = Inicio
src-col-status = Estado
confidence-high = alta
confidence-medium = media
confidence-low = baja
confidence-derived = derivada
confidence-assumption = supuesto
src-world-mine = Producción minera mundial
src-china-mine = Producción minera de China
src-us-mine = Producción minera de EE. UU.
src-us-reliance = Dependencia neta de importaciones de EE. UU.
src-china-magnets = Exportaciones de imanes de China
src-world-production = producción mundial W
src-china-production = producción de China C
src-supply-outside = oferta fuera de China F
src-capacity-outside = capacidad fuera de China K
src-demand-outside = demanda fuera de China D
src-reported-exports = exportaciones declaradas de China
src-price = precio de 2024 P
src-ed = elasticidad de la demanda (central)
src-es = elasticidad de la oferta (central)
src-backstop = multiplicador tope B
src-baseline-caption = Cifras de referencia de 2024
src-need = { $view } · cadena { $chain }: necesidad N
src-stage-capacity = { $view } · { $chain } · { $stage }: capacidad
src-stage-recycled = { $view } · { $chain } · { $stage }: material reciclado
src-chain-label = Capacidades y necesidades de la cadena
src-chain-caption = Capacidad sin China y necesidad a lo largo de la cadena, 2024 (t/año; ligeras: eq. óxido de NdPr, pesadas: eq. óxido de Dy+Tb)
src-product-magnet = { $product } ({ $per }): imán
src-product-dytb = { $product } ({ $per }): Dy+Tb
src-products-label = Productos
src-products-caption = Productos (vista de costes)
src-not-disclosed = no publicada
src-projects-label = Proyectos fuera de China
src-projects-caption = { $n ->
    [one] Proyecto anunciado o en marcha fuera de China ({ $count })
   *[other] Proyectos anunciados o en marcha fuera de China ({ $count })
}

## Methodology: the model in plain language (src/ui/methodology/plain.rs)
m-plain-title = El modelo en pocas palabras
m-plain-what = La calculadora es un modelo transparente de equilibrio parcial de cuatro mercados con precio —óxido de NdPr, óxido de disprosio, óxido de terbio e imanes de NdFeB sinterizados— y de la cadena de la mina al imán (minería, separación en óxidos, producción de metal y aleación, fabricación de imanes) para las tierras raras ligeras y pesadas.
m-plain-path = Partiendo de una referencia de 2024 con fuentes, hace crecer la demanda hasta el año del escenario y añade los proyectos anunciados fuera de China según su probabilidad de entrega y su puesta en marcha. Después sigue cada mercado mes a mes durante 36 meses:
m-plain-months = Meses. La restricción dura { $months }. Mientras dura, solo sale realmente de China la parte de sus exportaciones normales que usted fija, la producción propia de China puede reducirse o aumentarse (aquí { $output } de lo normal) y puede cobrarse un arancel de exportación (aquí { $duty }). Después, las exportaciones vuelven a fluir libremente.
m-plain-stocks = Existencias. Los compradores fuera de China empiezan con existencias (para los imanes, aquí { $buffer } de demanda). Las consumen mientras el precio es alto y las reponen cuando baja, cerrando cada mes una parte de la brecha. Mientras dura la restricción también intentan añadir { $panic } de cobertura (compras de pánico), lo que sube los precios pronto. Las existencias en China siguen la misma regla.
m-plain-market = Un mercado mundial que puede dividirse. Mientras las exportaciones chinas no están limitadas, un solo precio equilibra el mundo, con el arancel añadido fuera de China. Cuando el límite de exportación se impone, el mercado se divide: fuera de China el precio sube hasta que los compradores consumen menos, tiran de sus existencias y los proveedores de fuera de China producen más; en China el material retenido se queda en el país y el precio baja, salvo que China recorte su propia producción o acumule existencias. El mercado de imanes sigue los precios de los óxidos del mismo mes a través de los costes de material de los fabricantes.
m-plain-backstop = El precio tope. A B veces el precio de 2024 (para los imanes { $backstop }) los compradores cambian de tecnología en lugar de pagar más. Si ni siquiera eso cierra la brecha, el resto de la demanda queda sin cubrir y el precio que equilibraría el mercado es aún mayor: la calculadora dice entonces «al menos ×B» y da la parte sin cubrir, nunca un ×B a secas.
m-plain-figures = Qué son las cifras. Los precios son la media de 12 meses de la trayectoria (sus 12 primeros meses, lo que recogen las estadísticas anuales) y su mes de máximo; el tiempo de resistencia cuenta los meses hasta que a los compradores les falta material por primera vez (demanda sin cubrir o existencias por debajo del 10 % de las iniciales), el tiempo de recuperación los meses hasta que el precio fuera de China vuelve a estar a menos del 10 % de lo normal.
m-plain-example = En el escenario en pantalla la trayectoria empieza en { $start }. { $market } es lo que más se mueve: fuera de China su precio promedia { $average } en los primeros 12 meses, y su mes más alto, { $peak_month }, alcanza { $peak }; en China promedia { $china }
m-plain-example-unmet = , y el { $unmet } de la demanda fuera de China queda sin cubrir en esos 12 meses
m-plain-example-end = . A los compradores les falta material al cabo de { $survive }, y los precios vuelven a menos del 10 % de lo normal al cabo de { $recover }.
m-plain-dependency = La dependencia es la parte de la necesidad de { $who } que la producción sin China no puede cubrir en cada etapa, etapa a etapa a lo largo de la cadena. Cada cifra lleva un rango de { $draws } simulaciones que sortean las elasticidades, el comportamiento de las existencias (θ, λ y compras de pánico) y qué proyectos se entregan (semilla { $seed }); la cifra central usa valores centrales y la capacidad esperada.
m-plain-not-forecast = La trayectoria no es una previsión del precio spot del mes que viene: muestra lo que una restricción de esta duración e intensidad hace a mercados con estas existencias y estas elasticidades.

## Methodology: its table of contents (src/ui/methodology/mod.rs)
m-nav-back = Volver a la calculadora
m-nav-formulas = Fórmulas con sus cifras
m-nav-assumptions = Supuestos
m-nav-view = Cifras para este punto de vista
m-nav-backtests = Pruebas retrospectivas
m-nav-limits = Lo que no puede decir
m-nav-cite = Cómo citar
m-nav-changes = Registro de cambios
