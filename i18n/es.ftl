# Español (traducción asistida por máquina). Para corregir: edite la línea del identificador del
# mensaje en este archivo; build.rs comprueba que cada mensaje de en.ftl esté aquí.

## Number words (src/ui/format.rs)
fmt-at-least = al menos { $value }
fmt-usd = { $value }{ "\u00A0" }US$
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
preset-quota-2010 = La escasez de 2010–11, reproducida en los mercados de 2009
preset-quota-2010-note = Una reproducción con datos de 2009: los mercados de óxido de NdPr y de Dy de 2009 (el conjunto de datos no tiene mercado de Tb ni de imanes de 2009, así que esos no se reproducen), desde enero de 2010 durante 24 meses, con lo que realmente salió de China cada mes: en 2010 se exportaron 39.813 t (≈ 91 % de las 43.900 t de 2009) y en 2011 unas 18.600 t (≈ 42 %). Con el arancel de exportación del 25 % de 2011 y la producción propia de China en su cuota de producción de 2011, 93.800 t frente a 129.000 t en 2009 (73 %).
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
group-not-replayed = No se usa en la reproducción de 2009: funciona con los mercados de 2009 tal como eran, sin proyectos nuevos ni crecimiento.
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
hint-pipeline-status = Cada proyecto cuenta con la probabilidad de su estado, desde el anuncio hasta la puesta en marcha (se muestra la media; los valores figuran en Fuentes y datos); moverlo fija una sola probabilidad para todos los proyectos.
preset-normal = Comercio normal (sin restricción)
preset-reset = Volver al comercio normal
preset-normal-note = Comercio normal: China exporta como siempre; cada proyecto anunciado fuera de China se construye con la probabilidad de su estado ({ $chance } de media) y llega con { $delay } de retraso.
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
    [one] más de { $months } mes
   *[other] más de { $months } meses
}
never-no-restriction = sin restricción
what-magnets = imanes
what-heavy = tierras raras pesadas
what-light = tierras raras ligeras
what-prices = los precios
what-magnet-prices = los precios de los imanes
what-ndpr-prices = los precios del óxido de NdPr
what-dy-prices = los precios del óxido de Dy
policy-stop-all = detuviera todas sus exportaciones de tierras raras e imanes
policy-stop = detuviera sus exportaciones de { $list }
policy-quota = el { $share } de sus exportaciones normales de { $what }
policy-quota-realised = una media del { $share } de sus exportaciones normales de { $what }
policy-lets-out-only = solo dejara salir { $list }
policy-output-cut = redujera su propia producción al { $share } de lo normal
policy-output-raise = elevara su propia producción al { $share } de lo normal
policy-duty = cobrara un arancel de exportación del { $share }
policy-if = Si China { $policy }
list-separator = ,{ " " }
list-and = { $init } y { $last }
list-and-serial = { $init } y { $last }
list-and-two-clauses = { $init } y { $last }
price-backstop = { $what } fuera de China alcanzarían el precio tope, al menos { $cap }, y el { $unmet } de la demanda quedaría sin cubrir durante 12 meses
price-steady = { $what } fuera de China se mantendrían estables
price-average = { $what } fuera de China tendrían una media de { $average } durante 12 meses ({ $change })
price-peak = , con un máximo de { $peak } en { $month }
price-peak-backstop = , con un máximo en el precio tope, al menos { $peak }, en { $month }
summary-lead-restricted = { $policy } durante { $duration } desde { $start }, { $who } { $view ->
        [exchina] dependerían
       *[other] dependería
    } de China para el { $dependency } del NdPr de sus imanes en { $year }
summary-lead-unrestricted = { $policy } en { $year }, no se recortaría nada de lo que China exporta normalmente y { $who } { $view ->
        [exchina] dependerían
       *[other] dependería
    } de China para el { $dependency } del NdPr de sus imanes
summary-lead-normal = Con China exportando con normalidad en { $year }, { $who } { $view ->
        [exchina] dependerían
       *[other] dependería
    } de China para el { $dependency } del NdPr de sus imanes
stocks-first-month = a los compradores fuera de China les faltaría material desde el primer mes ({ $market })
stocks-after = a los compradores fuera de China les faltaría material al cabo de { $months } ({ $market })
stocks-not-within = { $n ->
    [one] las existencias de los compradores no se agotarían en { $months } mes
   *[other] las existencias de los compradores no se agotarían en { $months } meses
}
stocks-none = no se consumirían existencias
recover-after = , y los precios fuera de China volverían a estar a menos de un 10{ "\u00A0" }% de su nivel normal al cabo de { $months }
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
summary-sentence = { $lead }, de la mina al imán { $weakest ->
        [yes] (etapa más débil: { $stage })
       *[no] (ninguna etapa depende de China)
    }; { $price }; { $stocks }{ $recover }{ $own }.
summary-replay = Reproducción con datos de 2009, solo para los óxidos de NdPr y de Dy: el conjunto de datos no tiene mercados de Tb ni de imanes para 2009. { $policy } durante { $duration } desde { $start }, { $ndpr }; { $dy }; { $stocks }{ $recover }.

## Headline cards (src/ui/headlines.rs). Formulas keep their symbols; the words around them
## are translated.
card-how = Cómo se calcula
card-dependency-title = Dependencia de China de la mina al imán (NdPr)
card-dependency-heavy = Tierras raras pesadas (Dy+Tb): { $value }
card-weakest-stage = Etapa más débil: { $stage }
card-weakest-none = Ninguna etapa depende de China
card-dependency-note = La etapa más débil es aquella en la que la dependencia aumenta más a lo largo de la cadena. Más detalles en la metodología: «Dependencia a lo largo de la cadena».
card-market-title = Precio fuera de China: { $market }
card-not-replayed = No reproducido: el conjunto de datos no tiene cifras de 2009 para este mercado, así que la reproducción de 2010–11 solo cubre los óxidos de NdPr y Dy.
card-replay-today = No reproducido: esta tarjeta describe la cadena de suministro actual, y el conjunto de datos no tiene una cadena por etapas para 2009. La reproducción solo cubre los mercados de óxidos de NdPr y Dy de 2009.
chart-not-replayed = No reproducido: este gráfico se basa en la cadena de suministro y los productos actuales, que el conjunto de datos no tiene para 2009.
card-capped = { $peak } — { $unmet } de la demanda sin cubrir
card-capped-note = { " " }durante 12 meses
card-backstop-from = En el precio tope desde { $month }
card-backstop-detail = : los compradores cambian de tecnología o dejan de comprar
card-unmet-up-to = ; hasta el { $share } sin cubrir en { $month }
card-period = .
card-unmet-range = Sin cubrir, media de 12 meses · { $range }
card-average-price = Precio medio de 12 meses: { $value }
card-average-note = { " " }media de 12 meses
card-no-month-above = Ningún mes por encima de { $peak } en los 36 meses
card-central-peak = { " " }en el caso central · pico { $range }
card-peak = Pico de { $peak } en { $month }
card-unmet = Demanda sin cubrir: { $unmet } (media de 12 meses)
card-inside-china = En China: { $change } (media de 12 meses)
card-price-line = { $baseline } US$/kg en { $year } → { $now } US$/kg (media de 12 meses)
card-price-line-capped = { $baseline } US$/kg en { $year } → al menos { $now } US$/kg (media de 12 meses)
card-market-note = La demanda crece un { $growth } al año desde { $base } (×{ $factor } en { $year }). Las existencias se consumen mientras faltan las exportaciones de China y se reponen después; al llegar al precio tope, los compradores cambian de tecnología y el resto del déficit queda sin cubrir, por lo que en ese punto el precio indicado es un mínimo. Más detalles en la metodología: «Un mercado mundial mensual con existencias».
card-market-note-replay = Los mercados tal como eran en { $year }, sin crecimiento: la reproducción usa las cifras de ese año. Las existencias se consumen mientras faltan las exportaciones de China y se reponen después; al llegar al precio tope, los compradores cambian de tecnología y el resto del déficit queda sin cubrir, por lo que en ese punto el precio indicado es un mínimo. Más detalles en la metodología: «Un mercado mundial mensual con existencias».
card-formula-magnet =
    cada mes, 36 desde el inicio (flujos ÷ 12):
    compradores fuera de China: d·m^ed + λ·(S*(m) − S) = X + min(K*, F·(m ÷ c_ex)^es)·[m ≥ c_ex]
    imanes de China: precio c_cn·(1 + τ), X ≤ a = cuota × E ÷ 12 durante la restricción
    c = 1 + Σ w_i (m_i − 1) según los precios de los óxidos de ese mes;  m ≤ B, el resto sin cubrir
    S* = (existencias + pánico durante la restricción)·d·m^(−θ)
    se muestra: la media de m en 12 meses y el mes más alto
card-formula-oxide =
    cada mes, 36 desde el inicio (flujos ÷ 12):
    fuera de China: N_e(m) = d·m^ed + λ·(S*(m) − S) − min(K, F·m^es)
    China: N_c(m) = c·C·m^es_cn − D_cn·m^ed − λ·(S*_cn(m) − S_cn)
    un solo mercado: N_c(m_cn) = N_e(m_cn·(1 + τ)) = X;  dividido si X > a = cuota × E ÷ 12
    m ≤ B, el resto sin cubrir;  S* = (existencias + pánico durante la restricción)·d·m^(−θ)
    se muestra: la media de m en 12 meses y el mes más alto
card-time-title = Cuánto duran las existencias fuera de China y cuándo se recuperan los precios
card-time-survive = Tiempo de resistencia
card-time-recover = Tiempo de recuperación
card-time-from = Meses desde { $month }: hasta que a los compradores fuera de China les falte material (demanda sin cubrir, o existencias por debajo del 10 % de las iniciales) y hasta que el precio fuera de China vuelva a estar a menos de un 10 % de su nivel normal.
card-first-short = Primer mercado con escasez: { $market }
card-catch-up = La oferta fuera de China alcanza a la demanda: { $year }
card-not-by-2035 = después de 2035
card-time-formula =
    S* = (existencias + pánico durante la restricción)·d·m^(−θ)
    existencias cada mes: S_i = S_(i−1) + λ·(S*(m) − S_(i−1))
    resistencia = primer mes con demanda sin cubrir, o S_i < 10 % de S_(−1)
    recuperación = primer mes tras la restricción con m a menos de un 10 % de su nivel normal
card-time-formula-catch-up = alcance = primer año con F + Q ≥ D, con el límite mantenido de forma permanente
card-time-note = El tiempo de resistencia es el más corto de los cuatro mercados; el de recuperación, el más largo. Más detalles en la metodología: «Tiempo».
card-time-note-replay = El tiempo de resistencia es el más corto de los dos mercados reproducidos (óxidos de NdPr y de Dy); el de recuperación, el más largo. Más detalles en la metodología: «Tiempo».
card-own-same = { $label }: igual, { $value }.
card-capacity-title = Capacidad nueva para bajar del { $target } de dependencia
card-capacity-per = al año, en equivalente de óxido de NdPr, en estas etapas:
card-capacity-stage = { $stage } { $tonnes }
card-capacity-none = ninguna: ya por debajo del objetivo
card-capacity-formula =
    la etapa del imán debe dejar pasar L = (1 − objetivo) × N
    etapa anterior: L − R;  adicional_s = max(0, L_s − cap_s)
card-capacity-note = Referencia del Reglamento europeo de materias primas críticas: no más del 65 % de un solo país. Más detalles en la metodología: «Dependencia a lo largo de la cadena».
stage-key-mining = minería
stage-key-separation = separación
stage-key-metal = metal
stage-key-magnet = imán
in-need = N (necesidad, t eq. de óxido de NdPr/año)
in-cap = cap_{ $stage } (2024 + proyectos)
in-cap-value = { $capacity } → T = { $throughput } → dep. { $dependency }
in-set-by-you = { $value } (fijado por usted)
in-demand = D (demanda fuera de China, t/año)
in-supply = F (oferta fuera de China, t/año)
in-capacity = K (capacidad fuera de China, t/año)
in-exports = E (exportaciones normales de China, t/año)
in-allowed = a (lo que China deja salir durante la restricción, t/año)
in-magnet-exports = X (exportaciones de imanes de China en los 12 meses, t)
in-makers = oferta de los fabricantes fuera de China, media de 12 meses (t/año)
in-cost = c_ex, c_cn (multiplicadores del coste de materiales, media de 12 meses)
in-weights = w (participaciones en el coste de NdPr, Dy y Tb)
in-restriction = restricción
in-restriction-value = { $months } meses desde { $start }; producción de China { $output }; arancel a la exportación τ { $duty }
in-restriction-months = { $months } meses desde { $start }
in-buffer = buffer (existencias de los compradores al inicio, meses)
in-panic = panic (meses adicionales buscados durante la restricción)
in-buffer-cn = buffer_cn (existencias en China, meses)
in-theta-lambda = θ, λ (respuesta de las existencias al precio; parte del déficit cubierta al mes)
in-ed = ed (elasticidad de la demanda)
in-es = es (elasticidad de la oferta fuera de China)
in-es-cn = es_cn (elasticidad de la oferta de China)
in-backstop = B (multiplicador del precio tope)
in-price = P (precio de { $year }, US$/kg)
in-buffer-months = buffer (meses de demanda)
in-panic-months = panic (meses adicionales buscados)
in-market = mercado
in-dfq = D, F, Q (t/año)
in-target = objetivo
## The time card's own figure for a country or bloc (src/ui/summary.rs own_time)
own-label = { $view ->
        [us] Existencias propias de los compradores de Estados Unidos
        [eu] Existencias propias de los compradores de la Unión Europea
        [japan] Existencias propias de los compradores de Japón
        [korea] Existencias propias de los compradores de Corea del Sur
        [india] Existencias propias de los compradores de la India
       *[other] Existencias propias de los compradores
    }
own-label-stockpile = { $view ->
        [us] Existencias propias de los compradores y reserva estatal de Estados Unidos
        [eu] Existencias propias de los compradores y reserva pública de la Unión Europea
        [japan] Existencias propias de los compradores y reserva estatal de Japón
        [korea] Existencias propias de los compradores y reserva estatal de Corea del Sur
        [india] Existencias propias de los compradores y reserva estatal de la India
       *[other] Existencias propias de los compradores y reserva estatal
    }
market-word-magnet = imanes
own-cover-held = sus compradores tienen { $months } de { $market }
own-cover-stockpile-held = sus compradores tienen { $months } de { $market } y su reserva estatal { $stockpile } de su consumo
own-detail-short = Primer mercado con escasez: { $market }; al inicio, { $cover }.
own-detail = Al inicio, { $cover }.

## Compare (src/ui/compare.rs): the picker, the A/B/B − A table and each card's A line.
## A and B name the two scenarios and stay as they are.
cmp-with = Comparar con…
cmp-nothing = Nada (un solo escenario)
cmp-pinned-option = A: { $name } (fijado)
cmp-this = Este escenario, tal como está ahora (fijarlo como A)
cmp-normal = Comercio normal
cmp-pinned = Su escenario fijado
cmp-changed = { $name }, modificado
cmp-caption = A: { $name } · B: el escenario configurado en esta página · B − A
cmp-caption-views = { " " }· A se ve desde { $a }, B desde { $b }
cmp-col-headline = Indicador
cmp-hint = A sigue fijado mientras usted cambia B; el enlace conserva ambos. Las medias de 12 meses y los picos son valores centrales; los intervalos de B están en las tarjetas y los gráficos.
cmp-of-a = { $bound ->
    [at-least] al menos { $value } respecto a A
    [at-most] como mucho { $value } respecto a A
   *[exact] { $value } respecto a A
}
cmp-points = { $n ->
   *[other] { $value } puntos
}
cmp-months = { $value } meses
cmp-at-most = como mucho { $value }
cmp-beyond = { $value } o más
cmp-both-backstop = ambos en el precio tope
cmp-not-replayed = no está en la reproducción de 2009
cmp-card-tag = A («{ $name }»):{ " " }
cmp-card-part = { $short }: { $value } (B − A: { $change })
cmp-card-line = A («{ $name }»): { $parts }
cmp-separator = ;{ " " }
cmp-magnet-average = Precio de los imanes fuera de China, media de 12 meses
cmp-magnet-average-short = media de 12 meses
cmp-magnet-peak = Precio de los imanes fuera de China, mes del pico
cmp-magnet-peak-short = pico
cmp-ndpr-average = Precio del óxido de NdPr fuera de China, media de 12 meses
cmp-ndpr-average-short = media de 12 meses
cmp-dy-average = Precio del óxido de Dy fuera de China, media de 12 meses
cmp-dy-average-short = media de 12 meses
cmp-tb-average = Precio del óxido de Tb fuera de China, media de 12 meses
cmp-tb-average-short = media de 12 meses
cmp-magnet-unmet = Demanda de imanes sin cubrir, media de 12 meses
cmp-magnet-unmet-short = sin cubrir
cmp-dy-unmet = Demanda de óxido de Dy sin cubrir, media de 12 meses
cmp-dy-unmet-short = sin cubrir
cmp-survive = Tiempo de resistencia, todos los compradores fuera de China
cmp-survive-short = tiempo de resistencia
cmp-recover = Tiempo de recuperación
cmp-recover-short = tiempo de recuperación
cmp-own-survive = Tiempo de resistencia, existencias propias y reserva del punto de vista elegido
cmp-own-survive-short = existencias propias del punto de vista
cmp-dependency-light = Dependencia de China, de la mina al imán (ligeras)
cmp-dependency-light-short = ligeras
cmp-dependency-heavy = Dependencia de China, de la mina al imán (pesadas)
cmp-dependency-heavy-short = pesadas
cmp-capacity = Capacidad nueva para bajar del objetivo de dependencia (ligeras)
cmp-capacity-short = capacidad nueva
cmp-ev-cost = Coste adicional de los imanes por coche eléctrico
cmp-ev-cost-short = { "" }

## The race and price charts (src/ui/charts/race.rs, price.rs, mod.rs)
chart-dashed-a = Líneas discontinuas: A («{ $name }»). En A, { $finding }
chart-then-a = { $finding } { $dashed }
chart-a-label = A, { $name }
col-a = { $header }, A ({ $name })
series-a = { $name }, A
col-month = Mes
col-outside = Fuera de China
col-inside = En China
col-unmet = Demanda sin cubrir
col-market = Mercado
race-title = La carrera: existencias frente a recuperación, mes a mes
race-alt = Tres gráficos de líneas sobre los { $months } meses desde { $start }, para el mercado de { $market }: el precio fuera y dentro de China (en múltiplos de lo normal, con el p10–p90 de la media de los primeros 12 meses), las existencias de los compradores en meses de cobertura y la parte de la demanda sin cubrir{ $shaded ->
        [yes] ; la restricción ({ $duration }) aparece sombreada
       *[no] {""}
    }. { $finding } Valores mensuales en la tabla de datos.
race-none = Sin restricción: las existencias de los compradores no se consumen y los precios se mantienen en su nivel normal.
race-short-first = A los compradores de { $market } les falta material desde el primer mes
race-stocks-last = Las existencias de { $market } duran { $months }
race-stocks-beyond = Las existencias de { $market } duran más allá de los { $months } meses mostrados
race-price-backstop = el precio fuera de China llega al tope, al menos { $peak }, en { $month }
race-price-peak = el precio fuera de China llega a un máximo de { $peak } en { $month }
race-price-steady = el precio fuera de China se mantiene a menos de un 10{ "\u00A0" }% de su nivel normal
race-back = los cuatro mercados vuelven a estar a menos de un 10{ "\u00A0" }% de su nivel normal en { $month }
race-not-back = los precios no vuelven a su nivel normal en los { $months } meses mostrados
race-finding = { $stocks }; { $price }, y { $back }.
race-mark-out = existencias agotadas
race-mark-normal = vuelta a lo normal
race-shade = restricción
race-col-stocks = Existencias (meses de cobertura)
race-col-stocks-short = Existencias
race-col-exports = Exportaciones (t/mes)
race-panel-price = { $market }: precio, × lo normal
race-panel-stocks = Existencias de los compradores fuera de China, meses de cobertura
race-panel-unmet = Demanda fuera de China sin cubrir
race-unmet-share = Parte sin cubrir
price-title = Choque de precios: fuera y dentro de China
price-alt = Gráfico de barras de los multiplicadores de precio en escala logarítmica: medias de 12 meses fuera y dentro de China y mes del pico. { $finding }
price-series-outside = Fuera de China, media 12 meses
price-series-inside = En China, media 12 meses
price-series-peak = Fuera de China, mes del pico
price-series-spread = Diferencial, fuera ÷ dentro
price-e1-label = Nd, 2011 ÷ 2009 (prueba retrospectiva E1)
price-e1-row = Nd, media de 2011 ÷ 2009: prueba retrospectiva E1, con los precios de China observados (modelo 2; observado)
price-see-methodology = véase la metodología
price-peak-in = { $peak } en { $month }
price-col-outside = Fuera de China, media de 12 meses
price-col-inside = En China, media de 12 meses
price-col-peak = Mes del pico fuera de China
price-col-spread = Diferencial
price-col-spread-observed = Diferencial / observado
price-reference = precio de { $year }
price-observed = Observado
price-hold = se mantienen estables
price-rise-to = suben a { $value }
price-rise = suben un { $change }
price-fall = bajan un { $change }
price-moves-backstop = alcanzan el precio tope, al menos { $cap }, con el { $unmet } de la demanda sin cubrir
price-none-normal = Los precios se mantienen en su nivel de { $year }: China exporta con normalidad en este escenario.
price-none-moved = Los precios se mantienen en su nivel de { $year }: no se retiene nada que los compradores fuera de China no puedan sustituir.
price-magnets-both = los precios de los imanes fuera y dentro de China { $outside }
price-magnets = los precios de los imanes fuera de China { $outside }, mientras que dentro de China { $inside }
price-finding = En los primeros 12 meses, { $magnets }; los precios del óxido de Dy fuera de China { $dy }.
price-finding-replay = En los primeros 12 meses, los precios del óxido de NdPr fuera de China { $ndpr }, mientras que dentro de China { $inside }; los precios del óxido de Dy fuera de China { $dy }. El Tb y los imanes no están en los datos de 2009.

## Downloads (src/ui/export/): the CSV's column headings and title, the scenario in one line
## and the sources for a chart's PNG footer and the printed card. The CSV's cells stay the
## report's keys and values.
csv-section = sección
csv-metric = indicador
csv-year = año
csv-unit = unidad
csv-central = valor central
csv-p10 = p10
csv-p50 = p50
csv-p90 = p90
csv-title = Calculadora de riesgo de la cadena de suministro de tierras raras: resultados
export-sources = Fuentes: { $list }
export-sources-more = Fuentes: { $list } y { $more } más (véase Fuentes y datos en la calculadora)
export-sources-none = Fuentes: véase Fuentes y datos en la calculadora
export-png-credit = { $credit } · datos a { $vintage } · modelo { $model }
line-from = Escenario desde { $start }
line-seen-from = visto desde { $who }
line-restriction = { $n ->
        [one] durante { $months } mes China deja salir el { $light } de las exportaciones de tierras raras ligeras, el { $heavy } de las pesadas y el { $magnet } de las de imanes
       *[other] durante { $months } meses China deja salir el { $light } de las exportaciones de tierras raras ligeras, el { $heavy } de las pesadas y el { $magnet } de las de imanes
    }
line-output = producción de China { $share }
line-duty = arancel a la exportación { $share }
line-projects = proyectos realizados { $share }, { $delay } años de retraso
line-projects-status = proyectos realizados según la probabilidad de su estado ({ $share } de media), { $delay } años de retraso
line-extra = capacidad adicional añadida
line-growth = demanda +{ $share }/año
line-buffer = existencias de los compradores { $months } meses
line-panic = compras de pánico { $months } meses
line-buffer-cn = existencias en China { $months } meses
line-stockpiling = China acumula reservas de { $months } meses
line-preset = escenario predefinido { $preset }

## The dataset's own words (data/projects.csv: country and status; src/ui/words.rs data_word).
## Names of companies, projects and sources stay as they are.
country-angola = Angola
country-australia = Australia
country-brazil = Brasil
country-brazil-and-chile = Brasil y Chile
country-estonia = Estonia
country-france = Francia
country-germany = Alemania
country-india = India
country-japan = Japón
country-malawi = Malaui
country-malaysia = Malasia
country-norway = Noruega
country-saudi-arabia = Arabia Saudí
country-south-africa = Sudáfrica
country-south-korea = Corea del Sur
country-united-kingdom = Reino Unido
country-united-states = Estados Unidos
country-vietnam = Vietnam
status-announced = anunciado
status-commissioning = en puesta en marcha
status-construction = en construcción
status-development = en desarrollo
status-feasibility = estudio de viabilidad
status-financed = financiado
status-operating = en operación
status-pre-fid = antes de la decisión de inversión
status-ramping = en aumento de producción
status-shut = cerrado
status-stalled = paralizado
unit-elasticity = elasticidad
unit-factor = factor
unit-multiple = múltiplo
unit-share = proporción
unit-yr = año
unit-yr-slip = años de retraso
unit-t-yr = t/año

## The loading message of index.html (static/frame.js says it before the app loads) and the
## overlay a crash shows (src/ui/panic.rs; English if the catalogue itself failed)
app-loading = Cargando la calculadora…
panic-title = Algo ha fallado en la calculadora
panic-text = Se ha detenido y no responderá hasta que se vuelva a cargar la página. Su configuración está en la dirección de la página, así que al recargarla se recupera.
panic-reload = Recargar la página
panic-report = Informar del problema

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
chart-download-png-of = : { $title }
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
exposure-finding = Con el precio medio de los imanes en 12 meses, el mayor coste adicional entre los productos con masa de imanes conocida es de { $cost } { $per } ({ $product }); los imanes de un coche eléctrico cuestan { $car } más.
exposure-finding-none = Sin coste adicional: el precio medio de los imanes en 12 meses fuera de China no se mueve en este escenario.
exposure-alt = Gráfico de barras horizontales en escala logarítmica. { $finding }
exposure-series = Coste adicional por unidad (US$)
exposure-upper-bound = { $name } (cota superior)
exposure-note-unverified = Productos marcados con «≤» en el gráfico y con «cota superior» en la tabla: la única cifra pública es la de todo el material de tierras raras que llevan, no solo la de sus imanes de NdFeB (no se publica la lista de materiales), así que el coste adicional es como mucho el indicado; estos productos no se usan para la cifra destacada.
stage-mining-short = Minería
stage-separation-short = Separación
stage-metal-short = Metal
stage-magnet-short = Imanes
chain-title = Dependencia de China en cada etapa, de la mina al imán
chain-finding = En { $year }, { $who } { $view ->
        [exchina] dependerían
       *[other] dependería
    } de China para el { $dependency } de su NdPr en la etapa de imanes (hoy, el { $today }){ $weakest ->
        [yes] ; el eslabón más débil es la { $stage }
       *[no] {""}
    }.
chain-alt = Gráfico de barras. { $finding } Tierras raras pesadas: { $heavy } en la etapa de imanes. { $note }Detalles en la tabla de datos.
chain-series-light = Ligeras, { $year }
chain-series-heavy = Pesadas, { $year }
chain-target = objetivo { $share }
crma-extraction = extracción
crma-processing = transformación
crma-recycling = reciclaje
crma-single-supplier = proveedor único
crma-extraction-note = La etapa minera cuenta el mineral sin China extraído en la UE más el asegurado en el extranjero por contratos de compra cuando una fuente da el tonelaje (metodología, «Cifras para este punto de vista»); el Reglamento solo cuenta la extracción en la UE.
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
drivers-finding = { $headline }: { $value }. { $driver }: el supuesto que más mueve esta cifra, de { $low } a { $high }{ $second }.
drivers-finding-none = { $headline }: { $value }. Ningún supuesto mueve esta cifra en este escenario.
drivers-then = ; el segundo, { $driver }
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
headline-ndpr_price = Precio del óxido de NdPr fuera de China, media de 12 meses
headline-dy_price = Precio del óxido de Dy fuera de China, media de 12 meses
headline-dy_unmet = Demanda de óxido de Dy sin cubrir, media de 12 meses
headline-time_to_survive = Tiempo de resistencia, meses

## Products (data/products.csv: name and per)
product-ev-motor = coche eléctrico (motores de tracción y otros)
product-ev-motor-per = por vehículo
product-wind-dd-mw = aerogenerador de accionamiento directo
product-wind-dd-mw-per = por MW
product-f35 = caza F-35
product-f35-per = por avión
product-ddg51 = destructor Arleigh Burke DDG-51
product-ddg51-per = por buque
product-virginia-ssn = submarino de la clase Virginia
product-virginia-ssn-per = por submarino
product-hdd = disco duro
product-hdd-per = por unidad
product-humanoid-robot = robot humanoide
product-humanoid-robot-per = por robot

## Sources & data (src/ui/sources.rs)
src-intro = Datos a { $vintage }. Año base { $year }. Cada cifra lleva su unidad, año, fuente y fiabilidad: alta (leída en la publicación primaria), media (informe secundario), baja (fuente única o poco clara), derivada (calculada a partir de valores con fuente), supuesto (valor por defecto ajustable de un analista).
src-credit-line = Atribución:{ " " }
src-download = Descargar los datos (JSON)
src-sources = Fuentes
src-loading = Cargando los títulos y enlaces de las fuentes…
src-failed = No se pudieron cargar los títulos y enlaces de las fuentes ({ $why }); cada fuente muestra su editor y su licencia. Recargue con conexión para verlos.
methodology-loading = Cargando la metodología…
methodology-failed = No se pudo cargar la metodología ({ $why }). Recargue con conexión para verla.
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
src-col-odds = Probabilidad de completarse
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
src-market-row = { $market }: { $what }
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
m-plain-path = A partir de una situación de referencia de 2024 documentada con fuentes, proyecta la demanda hasta el año del escenario y añade los proyectos anunciados fuera de China según su probabilidad de entrega y su puesta en marcha. Después sigue cada mercado mes a mes durante 36 meses:
m-plain-months = Meses. La restricción dura { $months }. Mientras dura, solo sale realmente de China la parte de sus exportaciones normales que usted fija, la producción propia de China puede reducirse o aumentarse (aquí, al { $output } de lo normal) y puede cobrarse un arancel de exportación (aquí, del { $duty }). Después, las exportaciones vuelven a fluir libremente.
m-plain-stocks = Existencias. Los compradores fuera de China empiezan con existencias (para los imanes, aquí { $buffer } de demanda). Las consumen mientras el precio es alto y las reponen cuando baja, cerrando cada mes una parte de la brecha. Mientras dura la restricción también intentan añadir { $panic } de cobertura (compras de pánico), lo que hace subir los precios desde el principio. Las existencias en China siguen la misma regla.
m-plain-market = Un mercado mundial que puede dividirse. Mientras las exportaciones chinas no están limitadas, un solo precio equilibra el mercado mundial, con el arancel sumado fuera de China. Cuando el límite a la exportación se vuelve efectivo, el mercado se divide: fuera de China el precio sube hasta que los compradores consumen menos, tiran de sus existencias y los proveedores de fuera de China producen más; en China el material retenido se queda en el país y el precio baja, salvo que China recorte su propia producción o acumule existencias. El mercado de imanes sigue los precios de los óxidos del mismo mes a través de los costes de material de los fabricantes.
m-plain-backstop = El precio tope. Cuando el precio llega a B veces el de 2024 (para los imanes, { $backstop }), los compradores cambian de tecnología en lugar de pagar más. Si ni siquiera eso cierra la brecha, el resto de la demanda queda sin cubrir y el precio que equilibraría el mercado es aún mayor: la calculadora dice entonces «al menos ×B» y da la parte sin cubrir, nunca un ×B a secas.
m-plain-figures = Qué son las cifras. Los precios son la media de 12 meses de la trayectoria (sus 12 primeros meses, lo que recogen las estadísticas anuales) y el valor de su mes más alto; el tiempo de resistencia cuenta los meses hasta que a los compradores les falta material por primera vez (demanda sin cubrir o existencias por debajo del 10 % de las iniciales), y el tiempo de recuperación, los meses hasta que el precio fuera de China vuelve a estar a menos de un 10 % de su nivel normal.
m-plain-example = En el escenario en pantalla la trayectoria empieza en { $start }. El mercado que más se mueve es el de { $market }: fuera de China, su precio tiene una media de { $average } en los primeros 12 meses y, en su mes más alto ({ $peak_month }), alcanza { $peak }; en China, la media es de { $china }
m-plain-example-unmet = , y el { $unmet } de la demanda fuera de China queda sin cubrir en esos 12 meses
m-plain-example-end = . { $short ->
        [yes] A los compradores les falta material al cabo de { $survive }
       *[no] Las existencias de los compradores duran más allá de los { $shown } meses mostrados
    }, y { $back ->
        [yes] los precios vuelven a estar a menos de un 10 % de su nivel normal al cabo de { $recover }
       *[no] los precios no vuelven a estar a menos de un 10 % de su nivel normal en los { $shown } meses mostrados
    }.
m-plain-example-none = En el escenario en pantalla la trayectoria empieza en { $start }, sin ninguna restricción vigente: las existencias de los compradores no se consumen y los precios se mantienen en su nivel normal.
m-plain-dependency = La dependencia es la parte de la necesidad de { $who } que la producción sin China no puede cubrir en cada etapa, etapa a etapa a lo largo de la cadena. Cada cifra va acompañada de un rango obtenido de { $draws } simulaciones que sortean las elasticidades, el comportamiento de las existencias (θ, λ y compras de pánico) y qué proyectos se entregan (semilla { $seed }); la cifra central usa valores centrales y la capacidad esperada.
m-plain-not-forecast = La trayectoria no es una previsión del precio al contado del mes que viene: muestra el efecto que tiene una restricción de esta duración e intensidad en unos mercados con estas existencias y estas elasticidades.

## Methodology: its table of contents (src/ui/methodology/mod.rs)
m-nav-back = Volver a la calculadora
m-nav-formulas = Fórmulas con sus cifras
m-nav-assumptions = Supuestos
m-nav-view = Cifras para este punto de vista
m-nav-backtests = Pruebas retrospectivas
m-nav-limits = Lo que no puede decir
m-nav-cite = Cómo citar
m-nav-changes = Registro de cambios

## Methodology: shared words of the page's tables (src/ui/methodology/mod.rs). Symbols (D_t, es_cn,
## B…), URL keys and element symbols stay as they are.
m-label-ndpr = Óxido de NdPr
m-label-dy = Óxido de Dy
m-label-tb = Óxido de Tb
m-label-magnet = Imanes
m-unit-share = proporción
m-unit-t-yr = t/año
m-unit-kg-kg = kg por kg
m-unit-yr = años
m-col-value = Valor
m-col-unit = Unidad
m-col-note = Nota explicativa
m-col-figure = Cifra
m-col-market = Mercado
m-col-stage = Etapa
m-ref-loading = Cargando…
m-ref-failed = (no se pudo cargar; vuelva a cargar con conexión)

## Methodology: formulas with your numbers (src/ui/methodology/formulas.rs). Formulas keep their
## symbols; only the words around them are translated. $-variables that are figures arrive as
## live numbers.
m-formulas-title = Las fórmulas, con las cifras del escenario en pantalla
m-formulas-scenario = { $scenario } (modelo { $model }, datos { $data }). Cámbielo en la calculadora y estas cifras lo siguen.
m-f-year-title = Año t: demanda, nueva capacidad, exportaciones de China
m-f-monthly-title = Un mercado mundial mensual con existencias
m-f-monthly =
    Cada mes i = 0 … 35 desde el inicio de la trayectoria; los flujos son los de un año ÷ 12; los meses 0–11 usan la estructura del año t, 12–23 la de t+1, 24–35 la de t+2.
    Mientras i < months: a_i = quota · E_t ÷ 12, c = china_output, τ = export_duty;  después: sin límite, c = 1, τ = 0
    Fuera de China: N_e(m) = d · m^ed + λ · (S*(m) − S_(i−1)) − min(K_t, F_t · m^es) ÷ 12
    existencias deseadas S*(m) = (buffer + panic · [i < months]) · d · m^(−θ);   S_(−1) = buffer · d
    China: N_c(m) = c · C_t ÷ 12 · m^es_cn − D_cn,t ÷ 12 · m^ed − λ · (S*_cn(m) − S_cn,(i−1))
    S*_cn(m) = (buffer_cn + china_stockpiling · [i < months]) · D_cn,t ÷ 12 · m^(−θ)
    1. un solo mercado: N_c(m_cn) = N_e(m_cn · (1 + τ)), m = m_cn · (1 + τ), X = N_e(m);  la solución si X ≤ a_i
    2. mercados separados (X > a_i): X = a_i;  N_e(m) = a_i,  N_c(m_cn) = a_i
    3. 0.2 ≤ m, m_cn ≤ B;  si N_e(B) > X: m = B y parte sin cubrir u = (N_e(B) − X) ÷ d
    luego S_i = S_(i−1) + λ · (S*(m) − S_(i−1)), nunca por debajo de 0
    Imanes: c_ex = 1 + Σ w_k (m_k − 1), c_cn = 1 + Σ w_k (m_cn,k − 1), a partir de los precios de los óxidos del mismo mes;
    los imanes chinos cuestan en el exterior c_cn · (1 + τ), limitados por a_i;  los fabricantes fuera de China suministran
    min(K*, F_t · (m ÷ c_ex)^es) con m ≥ c_ex, K* recortado según el NdPr que puedan conseguir
    Se informa: la media de 12 meses de m, m_cn, m ÷ m_cn y u (meses 0–11), y el m más alto de los 36 meses
m-markets-label = Datos y resultados de los mercados
m-markets-caption = Datos y resultados de los mercados, { $year } (caso central; toneladas al año salvo indicación)
m-col-input = Dato
m-row-demand = demanda fuera de China
m-row-supply = oferta fuera de China
m-row-capacity = capacidad fuera de China
m-row-added = nueva capacidad esperada
m-row-exports = exportaciones normales de China
m-row-quota = proporción que sale de China durante la restricción
m-row-allowed = exportaciones que China deja salir durante la restricción (ritmo anual)
m-row-ed = elasticidad de la demanda
m-row-es = elasticidad de la oferta fuera de China
m-row-es-cn = elasticidad de la oferta de China
m-row-backstop = multiplicador del precio tope
m-row-china-production = producción de China
m-row-china-use = consumo propio de China
m-row-buffer = existencias de los compradores al inicio (meses)
m-row-buffer-cn = existencias en China al inicio (meses)
m-row-panic = cobertura adicional buscada durante la restricción (meses)
m-row-theta = rapidez con que la cobertura deseada baja con el precio
m-row-lambda = parte del déficit de existencias que se cierra cada mes
m-row-m = precio fuera de China, media de 12 meses
m-row-peak = mes más alto fuera de China
m-row-m-cn = precio dentro de China, media de 12 meses
m-row-spread = m ÷ m_cn mes a mes, media de 12 meses
m-row-unmet = demanda sin cubrir, media de 12 meses
m-row-stock-11 = existencias de los compradores tras 12 meses (meses)
m-f-coupling = Acoplamiento de los imanes (medias de 12 meses): proporciones del coste de materiales w_NdPr = { $w_ndpr }, w_Dy = { $w_dy }, w_Tb = { $w_tb }; multiplicadores de coste c_ex = { $cost_ex } y c_cn = { $cost_cn }; capacidad limitada por el NdPr K* = { $capacity } t.
m-f-chain-title = Dependencia a lo largo de la cadena
m-f-chain =
    T_mining = cap_mining + R_mining;   T_s = min(T_(s−1) + R_s, cap_s)
    dep_s = 1 − min(1, T_s ÷ N);   dependencia directa = 1 − min(1, (cap_s + R_s) ÷ N)
    oferta en riesgo = dep_s · (1 − cuota del grupo de la etapa)
m-f-time-title = Tiempo
m-f-time =
    tiempo de resistencia = primer mes (interpolado) con u > 0 o S_i < 10 % de S_(−1); el más corto de los mercados
    tiempo de recuperación = primer mes tras la restricción con m a menos de un 10 % de su nivel normal, contado desde el inicio;
    el más largo de los mercados
    la oferta alcanza a la demanda = primer año ≥ t con F_y + Q_y ≥ D_y, con el límite de exportación mantenido para siempre (regla del modelo 1)
m-f-survive = Desde { $start }{ $case ->
        [short] , durante { $months }: a los compradores de { $market } les falta material primero, con existencias de { $buffer } y compras de pánico de { $panic } (θ = { $theta }, λ = { $lambda })
        [never] , durante { $months }: a ningún comprador le falta material en los { $shown } meses mostrados; el gráfico de la carrera muestra el mercado de { $market }, con existencias de { $buffer } y compras de pánico de { $panic } (θ = { $theta }, λ = { $lambda })
       *[none] : no hay ninguna restricción vigente, así que las existencias de los compradores no se consumen
    }. Tiempo de resistencia: { $survive }; tiempo de recuperación: { $recover }{ $replay ->
        [yes] {""}
       *[no] ; año en que la oferta fuera de China alcanza a la demanda: { $year }
    }.
m-f-no-year = ninguno hasta 2035
m-f-exposure-title = Exposición por producto
m-f-exposure = coste añadido por unidad = kg de imán · P_magnet · (m_magnet − 1),   m_magnet la media de 12 meses fuera de China
m-f-exposure-intro = Con P_magnet = { $price } US$/kg y m_magnet = { $multiplier }, por ejemplo:{ " " }
m-f-exposure-item = { $product }, { $per }: { $kg } → { $cost }
m-f-at-least = al menos { $cost }
m-f-exposure-sep = { "; " }
m-f-exposure-end = .
m-f-exposure-replay = No reproducido: los costes añadidos se basan en los productos y el mercado de imanes actuales, que el conjunto de datos no tiene para 2009.

## Methodology: assumptions (src/ui/methodology/assumptions.rs)
m-chain-light = Cadena ligera (NdPr)
m-chain-heavy = Cadena pesada (Dy+Tb)
m-chain-unit-light = t de equivalente de óxido de NdPr
m-chain-unit-heavy = t de equivalente de óxido de Dy+Tb
m-chain-label = { $chain }: datos y dependencia
m-chain-caption = { $chain }, { $who } en { $year }, en { $unit } al año. Necesidad N = { $need }
m-col-direct = dependencia directa
m-col-quota = cuota
m-col-at-risk = oferta en riesgo
m-conv-ndpr-oxide = Óxido de NdPr por kg de NdPr metálico
m-conv-ndpr-magnet = Proporción de NdPr metálico en un imán
m-conv-dy-oxide = Óxido de Dy por kg de Dy metálico
m-conv-tb-oxide = Óxido de Tb por kg de Tb metálico
m-conv-ndpr-mp = Proporción de NdPr en los TREO, Mountain Pass
m-conv-ndpr-weld = Proporción de NdPr en los TREO, Mt Weld
m-conv-ndpr-monazite = Proporción de NdPr en los TREO, monacita
m-conv-ndpr-loparite = Proporción de NdPr en los TREO, loparita
m-conv-ndpr-ionic = Proporción de NdPr en los TREO, arcillas iónicas
m-conv-dytb-mp = Proporción de Dy+Tb en los TREO, Mountain Pass
m-conv-dytb-weld = Proporción de Dy+Tb en los TREO, Mt Weld
m-conv-dytb-ionic = Proporción de Dy+Tb en los TREO, arcillas iónicas
m-conv-recovery = Recuperación de NdPr, del mineral al óxido
m-conv-scrap = Desechos de mecanizado, proporción de la producción de imanes
m-conv-magnet-ndpr = kg de equivalente de óxido de NdPr por kg de imán
m-conv-magnet-dy = kg de equivalente de óxido de Dy por kg de imán
m-conv-magnet-tb = kg de equivalente de óxido de Tb por kg de imán
m-conv-magnet-dytb-cn = kg de equivalente de óxido de Dy+Tb por kg de imán chino
m-default-target = Objetivo de dependencia para «capacidad necesaria»
m-default-ramp = Años de puesta en marcha de un proyecto que no los indica
m-default-start = Primer año de los controles de capacidad adicional
m-default-tolerance = Tolerancia del control de exportaciones, { $market }
m-assumptions-title = Los supuestos y sus valores por defecto
m-assumptions-intro = Son decisiones de analistas, no hechos. Cada uno figura en el conjunto de datos con su fiabilidad y su fuente; los conjuntos de elasticidades y cada dato del escenario se pueden cambiar en la calculadora.
m-elasticities-label = Conjuntos de elasticidades y precios tope
m-elasticities-caption = Conjuntos de elasticidades y precios tope (los rangos se extraen con una distribución triangular)
m-col-ed-low = ed bajo
m-col-ed-central = ed valor central
m-col-ed-high = ed alto
m-col-es-low = es bajo
m-col-es-central = es valor central
m-col-es-high = es alto
m-defaults-label = Valores por defecto del modelo
m-col-assumption = Supuesto
m-ramp = { $own } de los { $total } proyectos anunciados indican su propia puesta en marcha; los demás usan el valor por defecto.
m-conversions-label = Factores de conversión
m-conversions-caption = Factores de conversión y el imán medio
m-col-factor = Factor de conversión
m-inputs-label = Datos del escenario
m-inputs-caption = Datos del escenario (las claves públicas de la URL, versión { $version })
m-col-key = Clave
m-col-meaning = Significado
m-col-range = Rango
m-col-default = Por defecto

## Methodology: figures for this view, Japan's backtest and the deviations
## (src/ui/methodology/viewpoint.rs)
m-view-unsourced = Sin fuente publicada: un supuesto de la redacción o del modelo.
m-view-unit-light = cadena ligera (equivalente de óxido de NdPr)
m-view-unit-heavy = cadena pesada (equivalente de óxido de Dy+Tb)
m-view-need = Necesidad N, { $unit }
m-view-capacity = Capacidad sin China, { $stage }, { $unit }
m-view-recycled = Material reciclado, { $stage }, { $unit }
m-view-share = Proporción de la demanda fuera de China, { $market }
m-view-stocks = Existencias de los compradores, { $market }
m-view-stockpile = Reserva estatal
m-view-no-stockpile = No tiene Estado, así que no tiene reserva estatal.
m-view-pooled = Las existencias de sus compradores son los colchones de los mercados, que fija la clave buffer.
m-view-intro = Las cifras en las que se basa este punto de vista ({ $who }), del conjunto de datos (2024 salvo que la tabla diga otra cosa): su cadena y su cobertura frente a su parte del déficit.
m-view-other = Elija otro punto de vista en la calculadora para ver sus cifras; la descarga del conjunto de datos contiene los seis.
m-view-join = { " " }
m-view-caption = Cifras para { $who } (fuente y fiabilidad)
m-col-value-sources = Valor (fiabilidad) fuentes
m-col-source = Fuente
m-japan-intro = Japón es el único comprador documentado que redujo su dependencia de China después de 2010. La dependencia de la cadena según el modelo para la cadena japonesa de 2010 (su producción de imanes y la recuperación de chatarra de Showa Denko como única separación sin China) y la de 2024 (el punto de vista japan, con las compras a Lynas), junto a la proporción registrada:
m-japan-label = Dependencia de Japón, 2010 y 2024
m-japan-caption = Proporción de China en las importaciones japonesas de tierras raras (registrada) y dependencia de la mina al imán según el modelo
m-col-year = Año
m-col-recorded = Registrado (fuentes)
m-col-model-light = Modelo, cadena ligera
m-col-model-heavy = Modelo, cadena pesada
m-col-chain-sources = Fuentes de las filas de la cadena
m-japan-verdict = En 2010 la cadena ligera del modelo da { $light_2010 } frente al { $recorded_2010 } registrado. En 2024 la cadena ligera da { $light_2024 } y la pesada { $heavy_2024 }, frente al { $low } – { $high } registrado{ $gap }. La cifra registrada es la proporción de China en las importaciones japonesas de tierras raras por tonelaje, todas las tierras raras juntas; la del modelo es la dependencia de la cadena, de la mina al imán, por separado para el NdPr y para el Dy+Tb. No son la misma medida: la diferencia de 2024 dice tanto de las definiciones como del modelo.
m-japan-both = : una por debajo del registro, la otra por encima
m-japan-light-below = : la cadena ligera por debajo del registro
m-japan-heavy-above = : la cadena pesada por encima del registro
m-dev-title = Decisiones donde la especificación del modelo deja margen, y desviaciones respecto a ella
m-dev-quota = La oferta en riesgo usa la cuota del grupo cuyos flujos pasan por la etapa: tierras raras ligeras o pesadas para la minería, la separación y el metal (el mineral, el óxido y el metal son lo que restringen las cuotas ligera y pesada), y la cuota de imanes para la fabricación de imanes (sus flujos son imanes). En este escenario: cadena ligera { $light } en minería, separación y metal, { $light_magnet } en la fabricación de imanes; cadena pesada { $heavy } y { $heavy_magnet }.
m-dev-replay = La reproducción de 2010 usa el conjunto de elasticidades y el precio tope del NdPr (la cuota de 2010 afectó sobre todo a las tierras raras ligeras, y el conjunto NdPr es el conjunto ligero del conjunto de datos) y compara con la variación de la media anual del óxido de neodimio, no con el máximo, porque la reproducción describe una restricción de un año. Ambas decisiones se tomaron antes de ver el resultado.
m-dev-draws = Los rangos del año del escenario usan { $draws } extracciones; { $timeline_drawn ->
        [yes] los demás años de la cronología usan las primeras { $timeline } de esas mismas extracciones, por lo que sus bandas son más gruesas.
       *[no] no se extrae ningún otro año (una reproducción no tiene cronología).
    } Los mismos números aleatorios sirven para todos los escenarios, así que dos escenarios se comparan con las mismas extracciones.
m-dev-times = El tiempo de resistencia es el más corto de los cuatro mercados, el tiempo de recuperación el más largo; la tarjeta nombra el mercado que se queda corto primero. Un mercado que China no exporta normalmente (nada que recortar) no está restringido por una proporción de exportación, así que sus compradores no entran en pánico por él. Los compradores entran en pánico ante un recorte de las exportaciones o un arancel, no ante la producción propia de China, reducida o aumentada, que solo mueve los precios a través de la oferta.
m-dev-typed = Un número escrito para un conjunto de elasticidades (en lugar de low, central o high) sustituye el valor central de cada mercado y pasa a ser la moda de sus extracciones, ampliando el rango si queda fuera de él.
m-dev-magnet = Imanes: las exportaciones normales de imanes de China se miden frente a lo que los fabricantes de imanes fuera de China suministran realmente en el escenario, E_t = max(0, D_t − X_t), donde X_t = min(K*, F_t · (m ÷ c_ex)^es) en cuanto el precio cubre sus costes (m ≥ c_ex) y nada por debajo, en lugar del max(0, D_t − F_t) de la especificación. Sin un choque en el NdPr, el Dy o el Tb, ambos coinciden (X_t = F_t). Con uno, la fórmula literal permitiría que nueva capacidad fuera de China recortara las exportaciones permitidas de China más de lo que añade en imanes, de modo que más capacidad podría subir el precio de los imanes y un crecimiento más rápido bajarlo, en contra de los propios invariantes del modelo.
m-dev-magnet-scenario = En este escenario (medias de 12 meses) los fabricantes fuera de China suministran X_t = { $output } t, así que E_t = { $exports } t; la fórmula literal da { $literal } t, { $restricted ->
        [yes] de las que China deja salir { $allowed } t al año durante la restricción.
       *[no] que China exporta en su totalidad, { $allowed } t al año, al no haber restricción.
    } Las exportaciones chinas de imanes en los 12 meses suman { $magnet_exports } t.

## Methodology: backtests (src/ui/methodology/backtests.rs)
m-backtests-title = Pruebas retrospectivas: lo que dice el modelo junto a lo que ocurrió
m-bt-episodes-title = El modelo 2 frente a los dos episodios
m-bt-calibration-title = Calibración: tres ajustes, cada uno evaluado fuera de muestra
m-bt-japan-title = La cadena de Japón, 2010 y 2024 (japan-2010-2024)
m-bt-quota-title = El recorte de cuotas de 2010–11: la reproducción anual del modelo 1
m-bt-licensing-title = Las licencias de 2025 (desde abril de 2025)
m-bt-window-range = media { $from } – { $to }
m-bt-window-year = media de { $year }
m-bt-ex-china = precio fuera de China
m-bt-china = precio dentro de China
m-bt-spread = diferencial, fuera ÷ dentro
m-bt-oxide = óxido de { $element }
m-bt-magnets = imanes
m-bt-input = un dato de entrada: se toma tal como se observó
m-bt-inside = dentro de p10–p90
m-bt-outside = fuera de p10–p90 (modelo ÷ observado { $ratio })
m-bt-route-conditional = El lado chino de E1 se toma tal como se observó (el precio propio de China según el registro, un dato de entrada solo de la prueba): el choque chino que el modelo puede inferir (producción al { $output } de lo normal, { $none ->
        [yes] ninguna acumulación de existencias
       *[no] acumulación de existencias de { $stocks } de su demanda
    }) no lo reproduce.
m-bt-route-inferred = El lado chino de E1 se infiere: producción al { $output } de lo normal y { $none ->
        [yes] ninguna acumulación de existencias
       *[no] acumulación de existencias de { $stocks } de su demanda
    }.
m-bt-episodes = E1 reproduce 2010–11 sobre el mercado de 2009 desde enero de 2010, con lo que realmente salió de China cada mes y el arancel a la exportación de 2011; E2 es la trayectoria del escenario predefinido licensing-apr-2025. { $route } { $inside } de las { $predicted } cifras previstas { $n ->
        [one] queda
       *[other] quedan
    } dentro del rango p10–p90 del modelo.
m-bt-preset-replay = El escenario «{ $preset }» es la misma reproducción en la calculadora, con el lado de China tal como lo infiere el modelo (la producción de China en su cuota de producción de 2011, { $output } de lo normal) en lugar de los precios observados en China: su trayectoria central da para el óxido de Nd fuera de China { $model } en 2011, frente a { $observed } observado.
m-bt-stoppages = Para 2025 consta también que fábricas de automóviles en Europa pararon unas 8 semanas (1,5–2 meses) después de los controles del 4 de abril. El modelo no lo reproduce: en la trayectoria de las licencias, las existencias de imanes de los compradores bajan de { $buffer } a { $min } meses de cobertura (el mínimo en { $month }) y { $none ->
        [yes] no queda demanda sin atender,
       *[no] como mucho queda sin atender el { $unmet } de la demanda,
    } porque el modelo agrupa a todos los compradores fuera de China en una sola existencia, mientras que las fábricas que pararon tenían menos que la media.
m-bt-episodes-label = El modelo 2 frente a los episodios
m-bt-episodes-caption = Cifras observadas (× el precio anterior) frente al valor central y el p10–p90 del modelo 2
m-col-episode = Episodio, cifra, periodo
m-col-observed-range = Observado (rango)
m-col-model-2 = Modelo 2 (p10 – p90)
m-col-verdict = Veredicto
m-bt-fit-e1 = ajustado a E1
m-bt-fit-e2 = ajustado a E2 (los valores por defecto)
m-bt-fit-both = ajustado a ambos
m-bt-fit-params = θ, λ, panic, cobertura de Dy/Tb, cobertura de imanes
m-bt-fit-values = { $theta }; { $lambda }; { $panic }; { $heavy }; { $magnet }
m-bt-msle = { $episode }: error logarítmico cuadrático medio
m-col-observed = Observado
m-bt-calibration = Los parámetros de los tenedores de existencias se ajustaron en una cuadrícula (cargo run --release --bin calibrate): una vez solo con E1, una vez solo con E2, una vez con ambos. Cada ajuste se evalúa en el episodio que no vio. Los valores por defecto son el ajuste a E2, porque 2025 es lo más parecido a los mercados de hoy; el ajuste conjunto acercaría todas las cifras, y no se eligió para que 2010–11 siga siendo una prueba que el modelo no vio. Cifras centrales, calculadas aquí con el mismo código.
m-bt-calibration-label = Ajustes de la calibración
m-bt-calibration-caption = Los parámetros de cada ajuste, y cada cifra observada junto al modelo resultante (modelo ÷ observado)
m-bt-replay = El modelo se reproduce sobre el mercado de 2009 (todas las tierras raras, según la instantánea de 2009 del conjunto de datos), con la cuota de exportación de 2010 como proporción de las exportaciones de 2009: quota = { $quota }, D = { $demand } t, F = { $supply } t, K = { $capacity } t, E = { $exports } t, Q = { $allowed } t, con las elasticidades del NdPr ed = { $ed }, es = { $es } y el precio tope B = { $backstop }.
m-bt-model = Modelo:
m-bt-p10-p90 = { " " }(p10–p90 { $p10 } – { $p90 })
m-bt-happened = Lo que ocurrió:
m-bt-observed = óxido de { $element }, media anual de 2011 ÷ 2009: { $ratio }
m-bt-no-observation = ninguna observación en el conjunto de datos
m-bt-verdict-inside = La variación observada del { $element } ({ $observed }) queda dentro del rango p10–p90 del modelo.
m-bt-verdict-above = La variación observada del { $element } ({ $observed }) queda por encima del rango p10–p90 del modelo ({ $range }): el modelo subestima este pico.
m-bt-verdict-below = La variación observada del { $element } ({ $observed }) queda por debajo del rango p10–p90 del modelo ({ $range }).
m-bt-verdict-none = El conjunto de datos no tiene ninguna variación observada con la que comparar.
m-bt-spikes-label = Precios observados de 2009 a 2011
m-bt-spikes-caption = Precios observados, 2009 → 2011 (US$/kg, medias anuales)
m-col-oxide = Óxido
m-col-ratio = 2011 ÷ 2009 (bajo – alto)
m-col-peak = Máximo ÷ 2009
m-bt-why = Por qué la reproducción se queda corta frente a 2011: es un año de un mercado de equilibrio parcial sin existencias (el modelo 2 sin existencias, sin compras de pánico, con la producción china sin cambios y sin arancel), cuyas elasticidades describen una escasez a la que compradores y proveedores se adaptan. 2010–11 fue un pico especulativo: compradores y comerciantes acumularon existencias por miedo a nuevos recortes, China recortó su propia producción, creó una reserva estatal e impuso un arancel a la exportación; los precios se dispararon y luego se desplomaron en 2012–13, cuando se recortó la demanda, se sacó material de contrabando y se usaron las existencias. El modelo 2 tiene palancas para casi todo esto (compras de pánico, producción y acopio de China, el arancel), pero esta reproducción no las usa, y nada en el modelo especula. Lea su cifra como el suelo que sostiene un recorte de un año, no como el máximo de una carrera por abastecerse.
m-bt-licensing = Precios observados en Europa y en China para el mismo óxido, unos meses después de empezar el régimen de licencias, frente al diferencial del modelo (fuera ÷ dentro de China) para el escenario predefinido licensing-apr-2025 ({ $query }):
m-bt-spreads-label = Diferenciales Europa – China
m-bt-spreads-caption = Europa frente a China, US$/kg, y el diferencial
m-col-oxide-date = Óxido, fecha
m-col-europe = Europa
m-col-china = China
m-col-observed-spread = Diferencial observado
m-col-that-month = Modelo, ese mes
m-col-average = Modelo, media de 12 meses (p10–p90)
m-bt-no-spread = El conjunto de datos no tiene ningún diferencial observado.
m-bt-spreads = Los diferenciales observados fueron de aproximadamente { $low } – { $high }, tomados unos meses después de empezar el régimen de licencias. El diferencial del modelo es la media de 12 meses desde { $start } de su trayectoria mensual{ $after }; { $inside } de las { $compared } observaciones { $n ->
        [one] queda
       *[other] quedan
    } dentro del rango p10–p90 de la media de 12 meses. La columna «Modelo, ese mes» es el diferencial de la trayectoria central en el mes de la observación.
m-bt-after = , que incluye { $after } después de los { $months } de la restricción

## Methodology: limits, privacy, citation and change log (src/ui/methodology/about.rs)
m-limits-title = Lo que la calculadora no puede decirle
m-limits-prices = Los precios del mes que viene. La trayectoria mensual muestra el efecto que tiene una restricción de la duración y la intensidad que usted fija en unos mercados con estas existencias y elasticidades; no incluye especulación, contrabando ni noticias, y su comportamiento de las existencias es un supuesto calibrado con pocos episodios (vea las pruebas retrospectivas).
m-limits-policy = Si China restringirá las exportaciones, o con qué rigor se aplicarán las licencias: las cuotas las fija usted.
m-limits-projects = Si se construirá un proyecto concreto. Los proyectos cuentan según la probabilidad que usted fija, todos por igual; el conjunto de datos indica su estado.
m-limits-stockpiles = Las existencias que no conoce: reservas públicas, inventarios de empresas más allá de las existencias que usted fija, y material ya en tránsito.
m-limits-scope = Otras tierras raras (lantano, cerio, samario, itrio…) y otros productos distintos de los imanes de NdFeB sinterizados, y cualquier reacción del mercado más allá de los cuatro mercados (la sustitución es solo la elasticidad de la demanda y el precio tope).
m-limits-quality = La calidad y la homologación: una tonelada de nueva capacidad cuenta de inmediato, aunque homologar imanes para automóviles o defensa puede llevar años.
m-limits-exact = Cifras exactas. Muchos datos son estimaciones (marcadas como fiabilidad baja o supuesto); los rangos solo muestran la incertidumbre de las elasticidades y de la entrega de los proyectos, no la de los datos de base.
m-privacy-title = Su privacidad
m-privacy = La calculadora funciona por completo en su navegador. No instala cookies, no usa analítica y no guarda nada sobre usted; nada de lo que hace se envía a ninguna parte. El escenario vive solo en la dirección de la página, y cada descarga (CSV, JSON, PNG, el conjunto de datos) se genera en su dispositivo.
m-cite-title = Cómo citar
m-cite-credit = Cite la calculadora y los datos originales: { $credit }.
m-cite-suggested = Cita sugerida:
m-cite-citation = Calculadora de riesgo de la cadena de suministro de tierras raras, modelo { $model }, edición de datos { $vintage } (año base { $baseline }). Escenario: { $query }. { $link }
m-cite-sources = Las cifras de base proceden de las fuentes enumeradas en «Fuentes y datos», usadas según sus propias condiciones. Cítelas directamente cuando use una cifra, por ejemplo:
m-cite-png = Los gráficos descargados como PNG llevan en el pie el escenario, sus fuentes y esta línea de crédito.
m-changes-title = Registro de cambios
m-changes-links = Cada enlace lleva la edición de los datos (d) y la versión del modelo (m) con que se creó; un enlace creado con otra versión se abre con una nota que lo indica.
m-changes-model-2 = Modelo { $model } (versión { $url } de los ajustes de la URL): modelo 2, especificación v2. Cada mercado se sigue mes a mes durante 36 meses, con existencias de los compradores que se usan y se reponen, compras de pánico, existencias en China, un mercado mundial único que se divide cuando el límite de exportación de China se aplica, la producción propia de China y el arancel a la exportación. Los precios principales son medias de 12 meses con el mes de máximo, y «al menos ×B» con la parte sin cubrir donde se alcanza el precio tope; el tiempo de resistencia y el de recuperación salen de la trayectoria. Nuevos ajustes: months, china_output, export_duty, buffer_cn, panic, china_stockpiling. Un enlace de la versión 1 se sigue abriendo, con una nota.
m-changes-model-1 = Modelo 1 (versión 1 de los ajustes de la URL): primera versión pública, especificación v1: una restricción sostenida de un año sin existencias, y un precio en China que solo podía bajar.
m-changes-data = Datos { $vintage } (año base { $baseline }): primer conjunto de datos público: { $sources } fuentes, { $projects } proyectos anunciados, { $products } productos, la instantánea de 2009 y las observaciones de precios de 2010–11 y de 2025.
