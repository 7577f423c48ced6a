# Français (traduction assistée par machine). Pour corriger : modifier la ligne de l’identifiant
# du message dans ce fichier ; build.rs vérifie que chaque message de en.ftl y figure.

## Number words (src/ui/format.rs)
fmt-at-least = au moins { $value }
fmt-usd = { $value }{ "\u00A0" }$US
fmt-range-all-capped = chaque tirage au moins { $cap }
fmt-range-floor = p10–p90 : au moins { $low } – { $high }
fmt-range-capped = p10–p90 : { $low } – au moins { $cap }
fmt-range = p10–p90 : { $low } – { $high }
fmt-years = { $n ->
    [one] { $value }{ "\u00A0" }an
   *[other] { $value }{ "\u00A0" }ans
}
fmt-no-change = inchangé
fmt-months = { $n ->
    [one] { $value }{ "\u00A0" }mois
   *[other] { $value }{ "\u00A0" }mois
}
fmt-no-shortfall = aucune pénurie

## Page shell (index.html, src/ui/app.rs)
app-title = Calculateur de risque d’approvisionnement en terres rares
app-lede = Si la Chine réduit ses exportations de terres rares ou d’aimants, dans quelle mesure les États-Unis et les autres acheteurs dépendent-ils d’elle à chaque étape, de la mine à l’aimant ? Que deviennent les prix, combien de temps durent les stocks, et combien cela coûte-t-il à une voiture électrique, une éolienne ou un F-35 ? Déplacez les curseurs ; chaque chiffre indique comment il est calculé et d’où viennent ses données.
nav-pages = Pages
nav-calculator = Calculateur
nav-methodology = Méthodologie
nav-how = Comment c’est calculé
nav-sources = Sources et données
lang-label = Langue
notices-heading = Nous avons corrigé votre lien :
results-label = Principaux résultats
charts-label = Graphiques
download-csv = Télécharger les résultats (CSV)
download-json = Télécharger les résultats (JSON)
print-data-line = { $credit } · données au { $vintage } · modèle { $model } · { $link }
open-full = Ouvrir le calculateur complet
footer-data = Données au { $vintage } · modèle { $model } ·{ " " }
credit = Calculateur de risque terres rares ; données : USGS (domaine public), IEA (CC BY 4.0) et autres sources listées
footer-privacy = Fonctionne entièrement dans votre navigateur : pas de cookies, pas de mesure d’audience, rien sur vous n’est stocké ni envoyé.

## Share and embed (src/ui/share.rs)
share-label = Partager et intégrer
share-copy-link = Copier le lien
share-copy-embed = Copier le code d’intégration
share-copy-pinned = Copier le code d’intégration figé
share-link-copied = Lien copié. Il reproduit exactement ces chiffres :
share-link-manual = Copiez ce lien (il reproduit exactement ces chiffres) :
share-embed-copied = Code d’intégration copié. Il suit les futures mises à jour des valeurs par défaut :
share-embed-manual = Copiez ce code d’intégration (il suit les futures mises à jour des valeurs par défaut) :
share-pinned-copied = Code d’intégration figé copié. Toutes les entrées, le millésime des données et la version du modèle sont fixés :
share-pinned-manual = Copiez ce code d’intégration figé (toutes les entrées, le millésime des données et la version du modèle sont fixés) :
share-fallback-link = Ouvrir le calculateur de risque d’approvisionnement en terres rares

## Controls: key labels (src/model/scenario/key.rs ScenarioKey::label)
key-preset = Scénario
key-year = Année du scénario
key-view = Point de vue
key-quota_light = Exportations chinoises de terres rares légères autorisées
key-quota_heavy = Exportations chinoises de terres rares lourdes autorisées
key-quota_magnet = Exportations chinoises d’aimants autorisées
key-pipeline = Probabilité que chaque projet annoncé aboutisse
key-delay = Années de retard de chaque projet
key-add_mining = Capacité minière supplémentaire dès 2026
key-add_separation = Capacité de séparation supplémentaire dès 2026
key-add_metal = Capacité de métal et d’alliage supplémentaire dès 2026
key-add_magnet = Capacité d’aimants supplémentaire dès 2026
key-growth = Croissance de la demande hors de Chine
key-months = Durée de la restriction
key-start = Premier mois de la trajectoire
key-china_output = Production propre de la Chine pendant la restriction
key-export_duty = Droit d’exportation chinois pendant la restriction
key-buffer = Stocks des acheteurs hors de Chine
key-buffer_light = Stocks d’oxyde de NdPr des acheteurs
key-buffer_heavy = Stocks d’oxyde de Dy et de Tb des acheteurs
key-buffer_magnet = Stocks d’aimants des acheteurs
key-buffer_cn = Stocks détenus en Chine
key-panic = Couverture supplémentaire recherchée par les acheteurs pendant la restriction
key-china_stockpiling = Couverture supplémentaire recherchée par la Chine pendant la restriction
key-ed = Jeu d’élasticités de la demande
key-es = Jeu d’élasticités de l’offre

## Units (src/model/scenario/key.rs NumberSpec::unit)
unit-pct-normal = % de la normale
unit-t-ndpr = t/an éq. oxyde de NdPr
unit-t-ndfeb = t/an NdFeB
unit-months-demand = mois de demande
unit-months-china = mois de demande chinoise
unit-year = année
unit-years = années
unit-pct = %
unit-pct-yr = %/an
unit-months = mois
unit-month = mois

## Viewpoints (src/data/types.rs Viewpoint::name)
view-us = États-Unis
view-exchina = Tous les acheteurs hors de Chine
view-eu = Union européenne
view-japan = Japon
view-korea = Corée du Sud
view-india = Inde

## Presets (data/presets.csv: name and note)
preset-baseline-2024 = Référence 2024
preset-baseline-2024-note = Aucune restriction : la Chine exporte comme d’habitude et la référence de 2024 s’applique.
preset-quota-2010 = La pénurie de 2010–11, rejouée sur les marchés de 2009
preset-quota-2010-note = Une reconstitution sur les données de 2009 : les marchés des oxydes de NdPr et de Dy de 2009 (le jeu de données n’a pas de marché du Tb ni des aimants en 2009, ceux-là ne sont donc pas reconstitués), à partir de janvier 2010 pendant 24 mois, avec ce qui a réellement quitté la Chine chaque mois : 39 813 t exportées en 2010 (≈ 91 % des 43 900 t de 2009), puis environ 18 600 t en 2011 (≈ 42 %). Avec le droit d’exportation de 25 % de 2011 et la production propre de la Chine à son quota de production de 2011, 93 800 t contre 129 000 t en 2009 (73 %).
preset-licensing-apr-2025 = Licences pour les terres rares lourdes et les aimants (dès avril 2025)
preset-licensing-apr-2025-note = À partir du 4 avril 2025, le Dy, le Tb, cinq autres éléments et les aimants qui en contiennent ont exigé une licence d’exportation. La trajectoire commence en avril 2025 et, pendant neuf mois, laisse sortir ce qui a réellement quitté la Chine chaque mois (exportations comparées au même mois de 2024) : aimants 55 % en avril, 26 % en mai, 62 % en juin, puis à peu près la normale ; oxyde de Dy+Tb 50 % en avril, rien en mai, 4 % en juin, 24–65 % ensuite. Sur l’année : Dy −35 %, Tb −38 %.
preset-truce-jun-2025 = Cadre de Londres (juin–décembre 2025)
preset-truce-jun-2025-note = Après le cadre de Londres de juin 2025, les licences ont de nouveau été accordées. La trajectoire commence en juin 2025 et laisse sortir ce qui a réellement quitté la Chine chaque mois : aimants 62 % de juin 2024, puis au niveau de 2024 ou au-dessus dès juillet ; oxyde de Dy+Tb 4 % en juin et 15–65 % de juillet à décembre.
preset-controls-oct-2025 = Contrôles d’octobre 2025 (un mois)
preset-controls-oct-2025-note = Le 9 octobre 2025, la Chine a ajouté cinq éléments, des équipements et une règle extraterritoriale de 0,1 % ; le 7 novembre, elle les a suspendus jusqu’en novembre 2026 : ils ont donc duré environ un mois. La trajectoire commence en octobre 2025 et laisse sortir ce qui a réellement quitté la Chine ce mois-là : oxyde de Dy+Tb 45 % d’octobre 2024, aimants environ 116 %.
preset-embargo-now = Embargo total (12 mois)
preset-embargo-now-note = Hypothèse : la Chine n’autorise aucune exportation de NdPr, de Dy, de Tb ni d’aimants pendant douze mois à partir de janvier 2026.
preset-pipeline-2030 = Tous les projets annoncés à l’heure (2030)
preset-pipeline-2030-note = Chaque projet annoncé hors de Chine dans les données est livré dans les délais ; aucune restriction à l’exportation.

## Controls (src/ui/controls.rs)
controls-label = Réglages du scénario
group-policy = La restriction
group-stocks = Stocks des acheteurs
group-capacity = Nouvelles capacités hors de Chine
group-market = Marché et calendrier
group-assumptions = Hypothèses
group-policy-intro = Parts des exportations normales de la Chine qui quittent réellement le pays, pendant les mois de la restriction.
group-stocks-intro = Les stocks amortissent une coupure : puisés tant que les prix sont élevés, reconstitués ensuite.
group-view-intro = La chaîne, les stocks et la réserve de qui : les prix sont ceux du marché unique hors de Chine.
group-assumptions-summary = Élasticités (comment acheteurs et fournisseurs réagissent au prix)
group-assumptions-hint = Les valeurs par défaut sont des hypothèses d’analystes calibrées sur la flambée des prix de 2010–11 ; voir Sources et données.
group-not-replayed = Sans effet sur la reconstitution de 2009 : elle tourne sur les marchés de 2009 tels qu’ils étaient, sans nouveaux projets ni croissance.
hint-magnets = aimants
hint-quota_light = Oxyde de NdPr séparé ; la plupart du NdPr chinois sort sous forme d’aimants.
hint-quota_heavy = Oxyde de dysprosium et de terbium (les licences accordées).
hint-quota_magnet = Aimants NdFeB frittés.
hint-months = Ensuite, les exportations circulent librement et les acheteurs reconstituent leurs stocks.
hint-china_output = Quotas de production, répression, minerai birman perdu ; le prix chinois monte aussi.
hint-export_duty = Sur ce qui quitte la Chine ; en 2011, les droits étaient de 15–25 %.
hint-buffer = Hypothèse. Non réglé : celui de chaque marché ({ $markets }) ; réglé : le même pour les quatre.
hint-panic = Hypothèse calibrée ({ $low }–{ $high }) : achats de précaution pendant la restriction.
hint-buffer_cn = Hypothèse : producteurs, négociants, réserve d’État ({ $markets }).
hint-china_stockpiling = Réserve d’État et négociants chinois pendant la restriction (2011 : Baotou).
hint-pipeline = Probabilité que chaque mine, usine ou fabrique annoncée hors de Chine soit construite.
hint-delay = Années de retard de chaque projet annoncé.
hint-add = Au-delà des projets annoncés, pour le point de vue choisi.
hint-growth = Croissance annuelle de la demande hors de Chine (VE, éolien, robots).
hint-year = La restriction commence cette année-là (en janvier, sauf si un scénario fixe le mois).
hint-realised = Ce scénario suit mois par mois ce qui a quitté la Chine (moyenne affichée) ; le déplacer fixe une seule part pour tous les mois.
hint-pipeline-status = Chaque projet compte avec la probabilité de son statut, de l’annonce à la mise en service (moyenne affichée ; les valeurs figurent dans Sources et données) ; le déplacer fixe une seule probabilité pour tous les projets.
preset-normal = Commerce normal (aucune restriction)
preset-reset = Revenir au commerce normal
preset-normal-note = Commerce normal : la Chine exporte comme d’habitude ; chaque projet annoncé hors de Chine est construit avec la probabilité de son statut ({ $chance } en moyenne) et arrive avec { $delay } de retard.
preset-path-start = Les 36 mois affichés commencent en { $month }.
choice-low = basse
choice-central = centrale
choice-high = haute
choice-custom = personnalisé : { $value }
slider-typed = { $label } ({ $unit }), saisie

## The summary sentence (src/ui/summary.rs)
who-us = les États-Unis
who-exchina = les acheteurs hors de Chine
who-eu = l’Union européenne
who-japan = le Japon
who-korea = la Corée du Sud
who-india = l’Inde
stage-mining = extraction minière
stage-separation = séparation en oxydes
stage-metal = production de métal et d’alliage
stage-magnet = fabrication d’aimants
market-ndpr = oxyde de NdPr
market-dy = oxyde de Dy
market-tb = oxyde de Tb
market-magnet = aimants NdFeB frittés
never-within = { $n ->
    [one] pas dans les { $months } mois
   *[other] pas dans les { $months } mois
}
never-no-restriction = aucune restriction
what-magnets = d’aimants
what-heavy = de terres rares lourdes
what-light = de terres rares légères
what-prices = les prix
what-magnet-prices = les prix des aimants
what-ndpr-prices = les prix de l’oxyde de NdPr
what-dy-prices = les prix de l’oxyde de Dy
policy-stop-all = arrête toutes ses exportations de terres rares et d’aimants
policy-stop = arrête ses exportations { $list }
policy-quota = { $share } de ses exportations normales { $what }
policy-quota-realised = { $share } en moyenne de ses exportations normales { $what }
policy-lets-out-only = ne laisse sortir que { $list }
policy-output-cut = réduit sa propre production à { $share } de la normale
policy-output-raise = porte sa propre production à { $share } de la normale
policy-duty = impose un droit d’exportation de { $share }
policy-if = Si la Chine { $policy }
list-separator = ,{ " " }
list-and = { $init } et { $last }
list-and-serial = { $init } et { $last }
list-and-two-clauses = { $init } et { $last }
price-backstop = { $what } hors de Chine atteindraient le prix plafond, au moins { $cap }, et { $unmet } de la demande resterait insatisfaite sur 12 mois
price-steady = { $what } hors de Chine resteraient stables
price-average = { $what } hors de Chine seraient en moyenne de { $average } sur 12 mois ({ $change })
price-peak = , avec un pic à { $peak } en { $month }
price-peak-backstop = , jusqu’au prix plafond, au moins { $peak }, en { $month }
summary-lead-restricted = { $policy } pendant { $duration }, dès { $start }, { $dependency } du NdPr des aimants utilisés par { $view ->
       *[other] { $who }
    } viendrait de Chine en { $year }
summary-lead-unrestricted = { $policy } en { $year }, rien de ce que la Chine exporte normalement ne serait réduit, et { $dependency } du NdPr des aimants utilisés par { $view ->
       *[other] { $who }
    } viendrait de Chine
summary-lead-normal = Avec des exportations chinoises normales en { $year }, { $dependency } du NdPr des aimants utilisés par { $view ->
       *[other] { $who }
    } viendrait de Chine
stocks-first-month = les acheteurs hors de Chine manqueraient dès le premier mois ({ $market })
stocks-after = les acheteurs hors de Chine manqueraient au bout de { $months } ({ $market })
stocks-not-within = { $n ->
    [one] les stocks des acheteurs ne s’épuiseraient pas dans les { $months } mois
   *[other] les stocks des acheteurs ne s’épuiseraient pas dans les { $months } mois
}
stocks-none = aucun stock ne serait entamé
recover-after = , et les prix hors de Chine reviendraient à moins de 10{ "\u00A0" }% de la normale au bout de { $months }
recover-not-within = { $n ->
    [one] , et les prix hors de Chine ne reviendraient pas à la normale dans les { $months } mois
   *[other] , et les prix hors de Chine ne reviendraient pas à la normale dans les { $months } mois
}
summary-own = { " ; " }{ $text }
own-cover-stocks = les stocks de ses propres acheteurs
own-cover-stockpile = les stocks de ses propres acheteurs et sa réserve d’État
own-short-after = avec { $cover }, la pénurie toucherait { $who } au bout de { $months } ({ $market })
own-not-within = { $n ->
    [one] avec { $cover }, la pénurie ne toucherait pas { $who } dans les { $months } mois
   *[other] avec { $cover }, la pénurie ne toucherait pas { $who } dans les { $months } mois
}
summary-sentence = { $lead }, de la mine à l’aimant { $weakest ->
        [yes] (maillon le plus faible : { $stage })
       *[no] (aucune étape ne dépend de la Chine)
    } ; { $price } ; { $stocks }{ $recover }{ $own }.
summary-replay = Reprise sur les données de 2009, pour les oxydes de NdPr et de Dy seulement : le jeu de données n’a pas de marché du Tb ni des aimants pour 2009. { $policy } pendant { $duration }, dès { $start } : { $ndpr } ; { $dy } ; { $stocks }{ $recover }.

## Headline cards (src/ui/headlines.rs). Formulas keep their symbols; the words around them
## are translated.
card-how = Comment est-ce calculé ?
card-dependency-title = Dépendance envers la Chine de la mine à l’aimant (NdPr)
card-dependency-heavy = Terres rares lourdes (Dy+Tb) : { $value }
card-weakest-stage = Étape la plus faible : { $stage }
card-weakest-none = Aucune étape ne dépend de la Chine
card-dependency-note = L’étape la plus faible est celle où la dépendance augmente le plus le long de la chaîne. Plus de détails dans la méthodologie : « Dépendance le long de la chaîne ».
card-market-title = Prix hors de Chine : { $market }
card-not-replayed = Non rejoué : le jeu de données n’a pas de chiffres de 2009 pour ce marché ; la reprise de 2010–11 ne couvre que les oxydes de NdPr et de Dy.
card-replay-today = Non rejoué : cette carte décrit la chaîne d’approvisionnement d’aujourd’hui, et le jeu de données n’a pas de chaîne par étape pour 2009. La reprise ne couvre que les marchés des oxydes de NdPr et de Dy de 2009.
chart-not-replayed = Non rejoué : ce graphique repose sur la chaîne d’approvisionnement et les produits d’aujourd’hui, que le jeu de données n’a pas pour 2009.
card-capped = { $peak } — { $unmet } de la demande insatisfaite
card-capped-note = { " " }sur 12 mois
card-backstop-from = Au prix plafond dès { $month }
card-backstop-detail = { " " }: les acheteurs changent de technologie ou s’en passent
card-unmet-up-to = { " ; " }jusqu’à { $share } de la demande insatisfaite en { $month }
card-period = .
card-unmet-range = Demande insatisfaite, moyenne sur 12 mois · { $range }
card-average-price = Prix moyen sur 12 mois : { $value }
card-average-note = { " " }moyenne sur 12 mois
card-no-month-above = Aucun mois au-dessus de { $peak } sur les 36 mois
card-central-peak = { " " }dans le cas central · pic { $range }
card-peak = Pic à { $peak } en { $month }
card-unmet = Demande insatisfaite : { $unmet } (moyenne sur 12 mois)
card-inside-china = En Chine : { $change } (moyenne sur 12 mois)
card-price-line = { $baseline } $US/kg en { $year } → { $now } $US/kg (moyenne sur 12 mois)
card-price-line-capped = { $baseline } $US/kg en { $year } → au moins { $now } $US/kg (moyenne sur 12 mois)
card-market-note = La demande croît de { $growth } par an depuis { $base } (×{ $factor } en { $year }). Les stocks sont puisés tant que les exportations chinoises manquent, puis reconstitués ; au prix plafond, les acheteurs changent de technologie et le reste de l’écart reste insatisfait, de sorte que le prix y est un plancher. Plus de détails dans la méthodologie : « Un marché mondial mensuel avec stocks ».
card-market-note-replay = Les marchés tels qu’ils étaient en { $year }, sans croissance : la reconstitution repose sur les chiffres de cette année-là. Les stocks sont puisés tant que les exportations chinoises manquent, puis reconstitués ; au prix plafond, les acheteurs changent de technologie et le reste de l’écart reste insatisfait, de sorte que le prix y est un plancher. Plus de détails dans la méthodologie : « Un marché mondial mensuel avec stocks ».
card-formula-magnet =
    chaque mois, 36 depuis le début (flux ÷ 12) :
    acheteurs hors de Chine : d·m^ed + λ·(S*(m) − S) = X + min(K*, F·(m ÷ c_ex)^es)·[m ≥ c_ex]
    aimants chinois : prix c_cn·(1 + τ), X ≤ a = quota × E ÷ 12 pendant la restriction
    c = 1 + Σ w_i (m_i − 1) d’après les prix des oxydes du même mois ;  m ≤ B, le reste insatisfait
    S* = (stock + panique pendant la restriction)·d·m^(−θ)
    affiché : la moyenne de m sur 12 mois et le mois le plus haut
card-formula-oxide =
    chaque mois, 36 depuis le début (flux ÷ 12) :
    hors de Chine : N_e(m) = d·m^ed + λ·(S*(m) − S) − min(K, F·m^es)
    Chine : N_c(m) = c·C·m^es_cn − D_cn·m^ed − λ·(S*_cn(m) − S_cn)
    marché unique : N_c(m_cn) = N_e(m_cn·(1 + τ)) = X ;  scindé si X > a = quota × E ÷ 12
    m ≤ B, le reste insatisfait ;  S* = (stock + panique pendant la restriction)·d·m^(−θ)
    affiché : la moyenne de m sur 12 mois et le mois le plus haut
card-time-title = Combien de temps durent les stocks hors de Chine, et quand les prix se rétablissent
card-time-survive = Temps de résistance
card-time-recover = Temps de rétablissement
card-time-from = Mois depuis { $month } : jusqu’à ce que les acheteurs hors de Chine manquent (demande insatisfaite, ou stocks sous 10 % de leur niveau initial), et jusqu’à ce que le prix hors de Chine revienne à moins de 10 % de la normale.
card-first-short = Premier marché en manque : { $market }
card-catch-up = L’offre hors de Chine rattrape la demande : { $year }
card-not-by-2035 = pas avant 2035
card-time-formula =
    S* = (stock + panique pendant la restriction)·d·m^(−θ)
    stocks chaque mois : S_i = S_(i−1) + λ·(S*(m) − S_(i−1))
    résistance = premier mois avec demande insatisfaite, ou S_i < 10 % de S_(−1)
    rétablissement = premier mois après la restriction avec m à moins de 10 % de la normale
card-time-formula-catch-up = rattrapage = première année avec F + Q ≥ D, la limite maintenue durablement
card-time-note = Le temps de résistance est le plus court des quatre marchés, le temps de rétablissement le plus long. Plus de détails dans la méthodologie : « Temps ».
card-time-note-replay = Le temps de résistance est le plus court des deux marchés reconstitués (oxydes de NdPr et de Dy), le temps de rétablissement le plus long. Plus de détails dans la méthodologie : « Temps ».
card-own-same = { $label } : identique, { $value }.
card-capacity-title = Nouvelle capacité pour passer sous { $target } de dépendance
card-capacity-per = par an, en équivalent oxyde de NdPr, à ces étapes :
card-capacity-stage = { $stage } { $tonnes }
card-capacity-none = aucune : déjà sous l’objectif
card-capacity-formula =
    l’étape de l’aimant doit laisser passer L = (1 − objectif) × N
    étape en amont : L − R ;  supplément_s = max(0, L_s − cap_s)
card-capacity-note = Seuil du règlement européen sur les matières premières critiques : pas plus de 65 % d’un seul pays. Plus de détails dans la méthodologie : « Dépendance le long de la chaîne ».
stage-key-mining = extraction
stage-key-separation = séparation
stage-key-metal = métal
stage-key-magnet = aimant
in-need = N (besoin, t éq. oxyde de NdPr/an)
in-cap = cap_{ $stage } (2024 + projets)
in-cap-value = { $capacity } → T = { $throughput } → dép. { $dependency }
in-set-by-you = { $value } (choisi par vous)
in-demand = D (demande hors de Chine, t/an)
in-supply = F (offre hors de Chine, t/an)
in-capacity = K (capacité hors de Chine, t/an)
in-exports = E (exportations normales de la Chine, t/an)
in-allowed = a (ce que la Chine laisse sortir pendant la restriction, t/an)
in-magnet-exports = X (exportations chinoises d’aimants sur les 12 mois, t)
in-makers = offre des fabricants hors de Chine, moyenne sur 12 mois (t/an)
in-cost = c_ex, c_cn (multiplicateurs du coût des matières, moyenne sur 12 mois)
in-weights = w (parts de coût NdPr, Dy, Tb)
in-restriction = restriction
in-restriction-value = { $months } mois depuis { $start } ; production chinoise { $output } ; taxe à l’exportation τ { $duty }
in-restriction-months = { $months } mois depuis { $start }
in-buffer = buffer (stocks des acheteurs au départ, en mois)
in-panic = panic (mois supplémentaires recherchés pendant la restriction)
in-buffer-cn = buffer_cn (stocks en Chine, en mois)
in-theta-lambda = θ, λ (réaction des stocks au prix ; part de l’écart comblée par mois)
in-ed = ed (élasticité de la demande)
in-es = es (élasticité de l’offre hors de Chine)
in-es-cn = es_cn (élasticité de l’offre chinoise)
in-backstop = B (multiplicateur du prix plafond)
in-price = P (prix { $year }, $US/kg)
in-buffer-months = buffer (mois de demande)
in-panic-months = panic (mois supplémentaires recherchés)
in-market = marché
in-dfq = D, F, Q (t/an)
in-target = objectif
## The time card's own figure for a country or bloc (src/ui/summary.rs own_time)
own-label = { $view ->
        [us] Stocks propres des acheteurs des États-Unis
        [eu] Stocks propres des acheteurs de l’Union européenne
        [japan] Stocks propres des acheteurs du Japon
        [korea] Stocks propres des acheteurs de la Corée du Sud
        [india] Stocks propres des acheteurs de l’Inde
       *[other] Stocks propres des acheteurs
    }
own-label-stockpile = { $view ->
        [us] Stocks propres des acheteurs et réserve d’État des États-Unis
        [eu] Stocks propres des acheteurs et réserve publique de l’Union européenne
        [japan] Stocks propres des acheteurs et réserve d’État du Japon
        [korea] Stocks propres des acheteurs et réserve d’État de la Corée du Sud
        [india] Stocks propres des acheteurs et réserve d’État de l’Inde
       *[other] Stocks propres des acheteurs et réserve d’État
    }
market-word-magnet = aimants
own-cover-held = ses acheteurs détiennent { $months } de stocks ({ $market })
own-cover-stockpile-held = ses acheteurs détiennent { $months } de stocks ({ $market }) et sa réserve d’État { $stockpile } de sa consommation
own-detail-short = Premier marché en manque : { $market } ; au départ, { $cover }.
own-detail = Au départ, { $cover }.

## Compare (src/ui/compare.rs): the picker, the A/B/B − A table and each card's A line.
## A and B name the two scenarios and stay as they are.
cmp-with = Comparer avec…
cmp-nothing = Rien (un seul scénario)
cmp-pinned-option = A : { $name } (épinglé)
cmp-this = Ce scénario, tel qu’il est (l’épingler comme A)
cmp-normal = Commerce normal
cmp-pinned = Votre scénario épinglé
cmp-changed = { $name }, modifié
cmp-caption = A : { $name } · B : le scénario réglé sur cette page · B − A
cmp-caption-views = { " " }· A est vu depuis { $a }, B depuis { $b }
cmp-col-headline = Indicateur
cmp-hint = A reste épinglé pendant que vous modifiez B ; le lien garde les deux. Les moyennes sur 12 mois et les pics sont des valeurs centrales ; les fourchettes de B figurent sur les cartes et les graphiques.
cmp-of-a = { $bound ->
    [at-least] au moins { $value } par rapport à A
    [at-most] au plus { $value } par rapport à A
   *[exact] { $value } par rapport à A
}
cmp-points = { $n ->
    [one] { $value } point
   *[other] { $value } points
}
cmp-months = { $value } mois
cmp-at-most = au plus { $value }
cmp-beyond = { $value } ou plus
cmp-both-backstop = tous deux au prix plafond
cmp-not-replayed = absent de la reconstitution de 2009
cmp-card-tag = A, { $name } :{ " " }
cmp-card-part = { $short } : { $value } (B − A : { $change })
cmp-card-line = A, { $name } : { $parts }
cmp-separator = { " " };{ " " }
cmp-magnet-average = Prix des aimants hors de Chine, moyenne sur 12 mois
cmp-magnet-average-short = moyenne sur 12 mois
cmp-magnet-peak = Prix des aimants hors de Chine, mois du pic
cmp-magnet-peak-short = pic
cmp-ndpr-average = Prix de l’oxyde de NdPr hors de Chine, moyenne sur 12 mois
cmp-ndpr-average-short = moyenne sur 12 mois
cmp-dy-average = Prix de l’oxyde de Dy hors de Chine, moyenne sur 12 mois
cmp-dy-average-short = moyenne sur 12 mois
cmp-tb-average = Prix de l’oxyde de Tb hors de Chine, moyenne sur 12 mois
cmp-tb-average-short = moyenne sur 12 mois
cmp-magnet-unmet = Demande d’aimants insatisfaite, moyenne sur 12 mois
cmp-magnet-unmet-short = insatisfaite
cmp-dy-unmet = Demande d’oxyde de Dy insatisfaite, moyenne sur 12 mois
cmp-dy-unmet-short = insatisfaite
cmp-survive = Temps de résistance, tous les acheteurs hors de Chine
cmp-survive-short = temps de résistance
cmp-recover = Temps de rétablissement
cmp-recover-short = temps de rétablissement
cmp-own-survive = Temps de résistance, stocks propres et réserve du point de vue choisi
cmp-own-survive-short = stocks propres du point de vue
cmp-dependency-light = Dépendance envers la Chine, de la mine à l’aimant (légères)
cmp-dependency-light-short = légères
cmp-dependency-heavy = Dépendance envers la Chine, de la mine à l’aimant (lourdes)
cmp-dependency-heavy-short = lourdes
cmp-capacity = Nouvelle capacité pour passer sous l’objectif de dépendance (légères)
cmp-capacity-short = nouvelle capacité
cmp-ev-cost = Surcoût des aimants par voiture électrique
cmp-ev-cost-short = { "" }

## The race and price charts (src/ui/charts/race.rs, price.rs, mod.rs)
chart-dashed-a = Lignes pointillées : A, { $name }. Dans A, { $finding }
chart-then-a = { $finding } { $dashed }
chart-a-label = A, { $name }
col-a = { $header }, A ({ $name })
series-a = { $name }, A
col-month = Mois
col-outside = Hors de Chine
col-inside = En Chine
col-unmet = Demande insatisfaite
col-market = Marché
race-title = La course : stocks contre rétablissement, mois par mois
race-alt = Trois graphiques linéaires sur les { $months } mois depuis { $start } ({ $market }) : le prix hors de Chine et en Chine (× la normale, avec le p10–p90 de la moyenne des 12 premiers mois), les stocks des acheteurs en mois de couverture et la part de la demande insatisfaite{ $shaded ->
        [yes] { " ; " }la restriction ({ $duration }) est grisée
       *[no] {""}
    }. { $finding } Valeurs mensuelles dans le tableau de données.
race-none = Aucune restriction : les stocks des acheteurs ne sont pas entamés et les prix restent normaux.
race-short-first = Les acheteurs ({ $market }) manquent dès le premier mois
race-stocks-last = Les stocks ({ $market }) durent { $months }
race-stocks-beyond = Les stocks ({ $market }) durent au-delà des { $months } mois affichés
race-price-backstop = le prix hors de Chine atteint le prix plafond, au moins { $peak }, en { $month }
race-price-peak = le prix hors de Chine culmine à { $peak } en { $month }
race-price-steady = le prix hors de Chine reste à moins de 10{ "\u00A0" }% de la normale
race-back = les quatre marchés reviennent à moins de 10{ "\u00A0" }% de la normale en { $month }
race-not-back = les prix ne reviennent pas à la normale dans les { $months } mois affichés
race-finding = { $stocks } ; { $price }, et { $back }.
race-mark-out = stocks épuisés
race-mark-normal = retour à la normale
race-shade = restriction
race-col-stocks = Stocks (mois de couverture)
race-col-stocks-short = Stocks
race-col-exports = Exportations (t/mois)
race-panel-price = { $market } : prix, × la normale
race-panel-stocks = Stocks des acheteurs hors de Chine, mois de couverture
race-panel-unmet = Demande hors de Chine insatisfaite
race-unmet-share = Part insatisfaite
price-title = Choc de prix : hors de Chine et en Chine
price-alt = Diagramme en barres des multiplicateurs de prix sur une échelle logarithmique : moyennes sur 12 mois hors de Chine et en Chine, et mois du pic. { $finding }
price-series-outside = Hors de Chine, moy. sur 12 mois
price-series-inside = En Chine, moy. sur 12 mois
price-series-peak = Hors de Chine, mois du pic
price-series-spread = Écart, hors de Chine ÷ en Chine
price-e1-label = Nd, 2011 ÷ 2009 (test rétrospectif E1)
price-e1-row = Nd, moyenne 2011 ÷ 2009 : test rétrospectif E1, avec les prix chinois observés (modèle 2 ; observé)
price-see-methodology = voir la méthodologie
price-peak-in = { $peak } en { $month }
price-col-outside = Hors de Chine, moyenne sur 12 mois
price-col-inside = En Chine, moyenne sur 12 mois
price-col-peak = Mois du pic hors de Chine
price-col-spread = Écart
price-col-spread-observed = Écart / observé
price-reference = prix de { $year }
price-observed = Observé
price-hold = restent stables
price-rise-to = montent à { $value }
price-rise = montent de { $change }
price-fall = baissent de { $change }
price-moves-backstop = atteignent le prix plafond, au moins { $cap }, avec { $unmet } de la demande insatisfaite
price-none-normal = Les prix restent à leur niveau de { $year } : la Chine exporte normalement dans ce scénario.
price-none-moved = Les prix restent à leur niveau de { $year } : rien n’est retenu que les acheteurs hors de Chine ne puissent remplacer.
price-magnets-both = les prix des aimants hors de Chine et en Chine { $outside }
price-magnets = les prix des aimants hors de Chine { $outside }, tandis que ceux de la Chine { $inside }
price-finding = Sur les 12 premiers mois, { $magnets } ; les prix de l’oxyde de Dy hors de Chine { $dy }.
price-finding-replay = Sur les 12 premiers mois, les prix de l’oxyde de NdPr hors de Chine { $ndpr }, tandis que ceux de la Chine { $inside } ; les prix de l’oxyde de Dy hors de Chine { $dy }. Le Tb et les aimants ne figurent pas dans les données de 2009.

## Downloads (src/ui/export/): the CSV's column headings and title, the scenario in one line
## and the sources for a chart's PNG footer and the printed card. The CSV's cells stay the
## report's keys and values.
csv-section = section
csv-metric = indicateur
csv-year = année
csv-unit = unité
csv-central = valeur centrale
csv-p10 = p10
csv-p50 = p50
csv-p90 = p90
csv-title = Calculateur de risque sur la chaîne d’approvisionnement en terres rares : résultats
export-sources = Sources : { $list }
export-sources-more = Sources : { $list } et { $more } autres (voir Sources et données dans le calculateur)
export-sources-none = Sources : voir Sources et données dans le calculateur
export-png-credit = { $credit } · données au { $vintage } · modèle { $model }
line-from = Scénario commençant en { $start }
line-seen-from = vu depuis { $who }
line-restriction = { $n ->
        [one] pendant { $months } mois, la Chine laisse sortir { $light } des exportations de terres rares légères, { $heavy } des lourdes et { $magnet } des aimants
       *[other] pendant { $months } mois, la Chine laisse sortir { $light } des exportations de terres rares légères, { $heavy } des lourdes et { $magnet } des aimants
    }
line-output = production chinoise { $share }
line-duty = taxe à l’exportation { $share }
line-projects = projets réalisés { $share }, { $delay } an(s) de retard
line-projects-status = projets réalisés selon la probabilité de leur statut ({ $share } en moyenne), { $delay } an(s) de retard
line-extra = capacité supplémentaire ajoutée
line-growth = demande +{ $share }/an
line-buffer = stocks des acheteurs { $months } mois
line-panic = achats de panique { $months } mois
line-buffer-cn = stocks en Chine { $months } mois
line-stockpiling = la Chine constitue { $months } mois de réserves
line-preset = préréglage { $preset }

## The dataset's own words (data/projects.csv: country and status; src/ui/words.rs data_word).
## Names of companies, projects and sources stay as they are.
country-angola = Angola
country-australia = Australie
country-brazil = Brésil
country-brazil-and-chile = Brésil et Chili
country-estonia = Estonie
country-france = France
country-germany = Allemagne
country-india = Inde
country-japan = Japon
country-malawi = Malawi
country-malaysia = Malaisie
country-norway = Norvège
country-saudi-arabia = Arabie saoudite
country-south-africa = Afrique du Sud
country-south-korea = Corée du Sud
country-united-kingdom = Royaume-Uni
country-united-states = États-Unis
country-vietnam = Viêt Nam
status-announced = annoncé
status-commissioning = mise en service
status-construction = en construction
status-development = en développement
status-feasibility = étude de faisabilité
status-financed = financé
status-operating = en activité
status-pre-fid = avant décision d’investissement
status-ramping = en montée en charge
status-shut = fermé
status-stalled = à l’arrêt
unit-elasticity = élasticité
unit-factor = facteur
unit-multiple = multiple
unit-share = part
unit-yr = an
unit-yr-slip = an de retard
unit-t-yr = t/an

## The loading message of index.html (static/frame.js says it before the app loads) and the
## overlay a crash shows (src/ui/panic.rs; English if the catalogue itself failed)
app-loading = Chargement du calculateur…
panic-title = Une erreur s’est produite dans le calculateur
panic-text = Il s’est arrêté et ne répondra plus tant que la page n’est pas rechargée. Vos réglages sont dans l’adresse de la page : le rechargement les rétablit.
panic-reload = Recharger la page
panic-report = Signaler le problème

## Notices (src/model/scenario/parse.rs, src/model/engine/assemble.rs; src/ui/notices.rs)
notice-unknown-more = { $count } autres réglages inconnus de ce calculateur ont été ignorés.
notice-repeated = { $key } figurait plusieurs fois ; la dernière valeur est retenue ({ $value }).
notice-model-1 = Ce lien a été créé pour le modèle 1 : ses réglages gardent leur sens (une restriction d’un an) et les chiffres viennent désormais du modèle 2, un marché mensuel avec stocks.
notice-url-version = Ce lien utilise la version { $given } des réglages ; il a été lu comme la version { $current }.
notice-data-version = Ce lien a été créé avec les données du { $given } ; les chiffres utilisent les données actuelles ({ $current }).
notice-model-version = Ce lien a été créé avec la version { $given } du modèle ; les chiffres utilisent la version { $current }.
notice-lang = « { $value } » n’est pas une langue proposée par ce calculateur ({ $codes }) ; il s’affiche en anglais.
notice-unknown-key = « { $key } » n’est pas un réglage connu de ce calculateur ; il a été ignoré.
notice-outside = { $key }={ $value } est hors de { $min }–{ $max } ; { $used } est utilisé.
notice-not-number = { $key }={ $value } n’était pas un nombre ; { $used } est utilisé.
notice-not-number-dataset = { $key }={ $value } n’était pas un nombre ; la valeur des données est utilisée.
notice-not-whole-year = { $key }={ $value } n’est pas une année entière ; { $used } est utilisé.
notice-not-whole-months = { $key }={ $value } n’est pas un nombre entier de mois ; { $used } est utilisé.
notice-ed-negative = ed={ $value } devrait être négatif (la demande baisse quand les prix montent) ; { $used } est utilisé.
notice-elasticity = { $key }={ $value } n’est ni « low », ni « central », ni « high », ni un nombre ; « central » est utilisé.
notice-unknown-preset = Il n’existe pas de scénario « { $value } » ; les valeurs par défaut sont utilisées. Scénarios : { $presets }.
notice-view = view={ $value } n’est pas { $views } ou { $last } ; « us » est utilisé.
notice-view-preset = view={ $value } (dans le scénario) n’est pas { $views } ou { $last } ; « us » est utilisé.
notice-backstop = { $market } : certains mois, les acheteurs hors de Chine paieraient au moins le prix plafond (×{ $cap }) et manqueraient encore ; sur les 12 premiers mois, { $unmet } % de leur demande n’est pas satisfaite — elle doit se reporter ou s’arrêter.
notice-in-compare = Dans le scénario de comparaison (A) : { $text }

## Methodology: translations (src/ui/methodology/about.rs)
m-translations-title = Traductions
m-translations-which = La page est rédigée en anglais. Les versions allemande, française, japonaise et espagnole sont des traductions assistées par machine, relues pour la cohérence mais pas par un traducteur professionnel. Les noms (MP Materials, Lynas, NdFeB, symboles des éléments) et les clés de l’URL ne sont pas traduits.
m-translations-fix = Pour corriger une traduction, modifiez son message dans le catalogue de la langue sous i18n/ et ouvrez une pull request. Le catalogue de cette page est { $file } ; par exemple, la phrase de synthèse est le message « { $id } » à la ligne { $line }. La compilation vérifie que chaque catalogue contient chaque message de i18n/en.ftl avec les mêmes variables.

## Charts (src/ui/charts/, src/ui/chart_card.rs)
chart-show-table = Afficher le tableau de données
chart-hide-table = Masquer le tableau de données
chart-download-png = Télécharger le PNG
chart-download-png-of = { " : " }{ $title }
chart-table-label = { $title } (tableau de données)
market-magnet-short = Aimants
chain-light = Légères (NdPr)
chain-heavy = Lourdes (Dy+Tb)
col-year = Année
col-dependency-light = Dépendance, légères
col-dependency-heavy = Dépendance, lourdes
col-product = Produit
col-magnet = Aimant
col-added-cost = Surcoût
col-output-at-risk = Production menacée
col-chain-stage = Chaîne et étape
col-dependency-year = Dépendance { $year }
col-direct-reliance = Dépendance directe
col-china-share = Part mondiale de la Chine
col-assumption = Hypothèse
col-low-end = Valeur basse → indicateur
col-high-end = Valeur haute → indicateur
timeline-title = 2024–2035 : dépendance et prix année par année
timeline-finding = Dans ce scénario, la dépendance envers la Chine de la mine à l’aimant passe de { $first } en 2024 à { $last } en 2035.
timeline-alt = Deux graphiques linéaires sur 2024–2035. { $finding } Valeurs annuelles dans le tableau de données.
timeline-panel-dependency = Dépendance envers la Chine, de la mine à l’aimant
timeline-panel-price = Prix hors de Chine, moyenne sur 12 mois (× 2024)
exposure-title = Ce que cela coûte : surcoût des aimants par unité
exposure-finding = Au prix moyen des aimants sur 12 mois, le plus gros surcoût à masse d’aimants connue s’élève à { $cost } { $per } ({ $product }) ; les aimants d’une voiture électrique coûtent { $car } de plus.
exposure-finding-none = Aucun surcoût : le prix moyen des aimants sur 12 mois hors de Chine ne bouge pas dans ce scénario.
exposure-alt = Diagramme en barres horizontales à échelle logarithmique. { $finding }
exposure-series = Surcoût par unité ($US)
exposure-upper-bound = { $name } (borne haute)
exposure-note-unverified = Marqués « ≤ » sur le graphique et « borne haute » dans le tableau : le seul chiffre public est l’ensemble des terres rares à bord, pas ses aimants NdFeB (aucune nomenclature publiée) ; le surcoût est donc au plus celui indiqué, et ces produits ne figurent pas dans le titre.
stage-mining-short = Extraction
stage-separation-short = Séparation
stage-metal-short = Métal
stage-magnet-short = Aimants
chain-title = Dépendance envers la Chine à chaque étape, de la mine à l’aimant
chain-finding = En { $year }, { $dependency } du NdPr utilisé par { $view ->
       *[other] { $who }
    } viendrait de Chine à l’étape des aimants (aujourd’hui { $today }){ $weakest ->
        [yes] { " ; " }maillon le plus faible : { $stage }
       *[no] {""}
    }.
chain-alt = Diagramme en barres. { $finding } Terres rares lourdes : { $heavy } à l’étape des aimants. { $note }Détails dans le tableau de données.
chain-series-light = Légères, { $year }
chain-series-heavy = Lourdes, { $year }
chain-target = objectif { $share }
crma-extraction = extraction
crma-processing = transformation
crma-recycling = recyclage
crma-single-supplier = fournisseur unique
crma-extraction-note = L’étape minière compte le minerai hors Chine extrait dans l’UE et celui sécurisé à l’étranger par contrat d’achat quand une source donne le tonnage (méthodologie, « Chiffres pour ce point de vue ») ; le règlement ne compte que l’extraction dans l’UE.
crma-processing-note = La transformation sur le sol de l’UE compte quelle que soit l’origine du minerai : le minerai hors Chine n’est donc pas requis ici ; le métal est la dernière étape de transformation avant l’aimant.
crma-recycling-note = Une borne inférieure : les usines de recyclage listées comme projets ajoutent de la capacité, pas de la matière recyclée, et le recyclage d’aimant à aimant est compté dans la capacité d’aimants (R_magnet = 0).
crma-single-supplier-note = La Chine est le seul pays tiers que mesure la chaîne ; les 65 % du règlement s’appliquent à chacun d’eux.
crma-check-at-least = { $name } ({ $value } du besoin, au moins { $benchmark })
crma-check-at-most = { $name } ({ $value } venant de Chine, au plus { $benchmark })
crma-unmeasured = { $name } (la chaîne ne peut pas le mesurer : { $note })
crma-none = aucun
crma-list-separator = { " ; " }
crma-sentence = Objectifs du règlement européen sur les matières premières critiques en { $year }, sur la plus faible des deux chaînes. Atteints : { $met }. Non atteints : { $missed }.
crma-not-measured = Non mesurés : { $list }.
crma-lines = Les lignes marquent au plus 65 % venant de Chine à chaque étape, et la dépendance à laquelle 40 % de transformation et 10 % d’extraction dans l’UE seraient atteints.
crma-line-single = CRMA : ≤ { $share } d’un seul pays
crma-line-processed = CRMA : { $share } transformés dans l’UE
crma-line-mined = CRMA : { $share } extraits dans l’UE
drivers-title = Ce qui détermine ce chiffre
drivers-alt = Barres horizontales, une par hypothèse, chacune allant de la valeur de l’indicateur à l’extrémité basse à celle de l’extrémité haute de l’hypothèse, les plus larges d’abord, autour de la valeur de ce scénario. { $finding } Détails dans le tableau de données.
drivers-finding = { $headline } : { $value }. { $driver } le fait le plus varier, entre { $low } et { $high }{ $second }.
drivers-finding-none = { $headline } : { $value }. Aucune hypothèse ne le fait varier dans ce scénario.
drivers-then = , puis { $driver }
drivers-this-scenario = ce scénario
drivers-headline = Indicateur
drivers-pending = Ce qui détermine ce chiffre : calculé une fois les fourchettes obtenues.
driver-ed = Élasticité de la demande (ed)
driver-es = Élasticité de l’offre (es)
driver-theta = Baisse de la couverture avec le prix (θ)
driver-lambda = Vitesse de reconstitution des stocks (λ)
driver-panic = Achats de panique (mois)
driver-buffer = Stocks des acheteurs au départ
driver-pipeline = Projets livrés
driver-delay = Retard des projets (années)
driver-growth = Croissance de la demande (%/an)
headline-magnet_price = Prix des aimants hors de Chine, moyenne sur 12 mois
headline-magnet_peak = Prix des aimants hors de Chine, mois du pic
headline-ndpr_price = Prix de l’oxyde de NdPr hors de Chine, moyenne sur 12 mois
headline-dy_price = Prix de l’oxyde de Dy hors de Chine, moyenne sur 12 mois
headline-dy_unmet = Demande d’oxyde de Dy insatisfaite, moyenne sur 12 mois
headline-time_to_survive = Temps de résistance, en mois

## Products (data/products.csv: name and per)
product-ev-motor = voiture électrique (moteurs de traction et autres)
product-ev-motor-per = par véhicule
product-wind-dd-mw = éolienne à entraînement direct
product-wind-dd-mw-per = par MW
product-f35 = avion de combat F-35
product-f35-per = par appareil
product-ddg51 = destroyer Arleigh Burke DDG-51
product-ddg51-per = par navire
product-virginia-ssn = sous-marin de classe Virginia
product-virginia-ssn-per = par sous-marin
product-hdd = disque dur
product-hdd-per = par disque
product-humanoid-robot = robot humanoïde
product-humanoid-robot-per = par robot

## Sources & data (src/ui/sources.rs)
src-intro = Données au { $vintage }. Année de référence { $year }. Chaque chiffre porte son unité, son année, sa source et sa fiabilité : élevée (lue dans la publication primaire), moyenne (rapport secondaire), faible (source unique ou peu claire), dérivée (calculée à partir de valeurs sourcées), hypothèse (valeur par défaut réglable d’analyste).
src-credit-line = Mention de crédit :{ " " }
src-download = Télécharger les données (JSON)
src-sources = Sources
src-loading = Chargement des titres et des liens des sources…
src-failed = Les titres et les liens des sources n’ont pas pu être chargés ({ $why }) ; chaque source indique son éditeur et sa licence. Rechargez en ligne pour les voir.
methodology-loading = Chargement de la méthodologie…
methodology-failed = La méthodologie n’a pas pu être chargée ({ $why }). Rechargez en ligne pour la voir.
src-licence = . Licence : { $licence }
src-read-here = à lire ici
src-link = lien
src-table-label = { $caption } (tableau)
src-col-figure = Grandeur
src-col-value = Valeur
src-col-unit = Unité
src-col-year = Année
src-col-confidence = Fiabilité
src-col-source = Source
src-col-project = Projet
src-col-country = Pays
src-col-stage = Étape
src-col-capacity = Capacité annoncée
src-col-start = Début
src-col-status = Statut
src-col-odds = Probabilité d’aboutir
confidence-high = élevée
confidence-medium = moyenne
confidence-low = faible
confidence-derived = dérivée
confidence-assumption = hypothèse
src-world-mine = Production minière mondiale
src-china-mine = Production minière de la Chine
src-us-mine = Production minière des États-Unis
src-us-reliance = Dépendance nette des États-Unis aux importations
src-china-magnets = Exportations d’aimants de la Chine
src-world-production = production mondiale W
src-china-production = production de la Chine C
src-supply-outside = offre hors de Chine F
src-capacity-outside = capacité hors de Chine K
src-demand-outside = demande hors de Chine D
src-reported-exports = exportations déclarées de la Chine
src-price = prix 2024 P
src-ed = élasticité de la demande (centrale)
src-es = élasticité de l’offre (centrale)
src-backstop = multiplicateur plafond B
src-baseline-caption = Chiffres de référence 2024
src-need = { $view } · chaîne { $chain } : besoin N
src-market-row = { $market } : { $what }
src-stage-capacity = { $view } · { $chain } · { $stage } : capacité
src-stage-recycled = { $view } · { $chain } · { $stage } : matière recyclée
src-chain-label = Capacités et besoins de la chaîne
src-chain-caption = Capacité hors Chine et besoin le long de la chaîne, 2024 (t/an ; légères : éq. oxyde de NdPr, lourdes : éq. oxyde de Dy+Tb)
src-product-magnet = { $product } ({ $per }) : aimant
src-product-dytb = { $product } ({ $per }) : Dy+Tb
src-products-label = Produits
src-products-caption = Produits (vue des coûts)
src-not-disclosed = non publiée
src-projects-label = Projets hors de Chine
src-projects-caption = { $n ->
    [one] Projet annoncé ou en service hors de Chine ({ $count })
   *[other] Projets annoncés ou en service hors de Chine ({ $count })
}

## Methodology: the model in plain language (src/ui/methodology/plain.rs)
m-plain-title = Le modèle en termes simples
m-plain-what = Le calculateur est un modèle d’équilibre partiel transparent de quatre marchés dotés d’un prix — oxyde de NdPr, oxyde de dysprosium, oxyde de terbium et aimants NdFeB frittés — et de la chaîne de la mine à l’aimant (extraction, séparation en oxydes, production de métal et d’alliage, fabrication d’aimants) pour les terres rares légères et lourdes.
m-plain-path = À partir d’une référence 2024 sourcée, il fait croître la demande jusqu’à l’année du scénario et ajoute les projets annoncés hors de Chine selon leur probabilité d’aboutir et leur montée en charge. Il suit ensuite chaque marché mois par mois pendant 36 mois :
m-plain-months = Les mois. La restriction dure { $months }. Tant qu’elle dure, seule la part des exportations normales de la Chine que vous fixez quitte réellement la Chine, la production propre de la Chine peut être réduite ou augmentée (ici { $output } de la normale) et un droit d’exportation peut être perçu (ici { $duty }). Ensuite, les exportations circulent de nouveau librement.
m-plain-stocks = Les stocks. Les acheteurs hors de Chine partent avec des stocks (pour les aimants ici { $buffer } de demande). Ils y puisent tant que le prix est élevé et les reconstituent quand il retombe, en comblant chaque mois une part de l’écart. Tant que dure la restriction, ils cherchent aussi à ajouter { $panic } de couverture (achats de panique), ce qui fait monter les prix tôt. Les stocks détenus en Chine suivent la même règle.
m-plain-market = Un marché mondial qui peut se scinder. Tant que les exportations chinoises ne sont pas limitées, un seul prix équilibre le monde, majoré du droit hors de Chine. Quand la limite d’exportation s’applique, le marché se scinde : hors de Chine, le prix monte jusqu’à ce que les acheteurs consomment moins, puisent dans leurs stocks et que les fournisseurs hors de Chine produisent davantage ; en Chine, la matière retenue reste sur place et le prix baisse, sauf si la Chine réduit sa propre production ou constitue ses propres stocks. Le marché des aimants suit les prix des oxydes du même mois à travers les coûts matières des fabricants.
m-plain-backstop = Le prix plafond. À B fois le prix de 2024 (pour les aimants { $backstop }), les acheteurs changent de technologie plutôt que de payer plus. Si même cela ne comble pas l’écart, le reste de la demande n’est pas satisfait et le prix d’équilibre serait plus élevé encore : le calculateur indique alors « au moins ×B » et donne la part insatisfaite, jamais un simple ×B.
m-plain-figures = Ce que sont les chiffres. Les prix sont la moyenne sur 12 mois de la trajectoire (ses 12 premiers mois, ce que publient les statistiques annuelles) et son mois de pic ; le temps de résistance compte les mois jusqu’au premier manque des acheteurs (demande insatisfaite ou stocks sous 10 % de leur niveau de départ), le temps de rétablissement les mois jusqu’à ce que le prix hors de Chine revienne à moins de 10 % de la normale.
m-plain-example = Dans le scénario affiché, la trajectoire commence en { $start }. Le marché qui bouge le plus : { $market }. Hors de Chine, son prix atteint en moyenne { $average } sur les 12 premiers mois, et son mois le plus haut, { $peak_month }, atteint { $peak } ; en Chine, il est en moyenne de { $china }
m-plain-example-unmet = , et { $unmet } de la demande hors de Chine reste insatisfaite sur ces 12 mois
m-plain-example-end = . { $short ->
        [yes] Les acheteurs manquent au bout de { $survive }
       *[no] Les stocks des acheteurs durent au-delà des { $shown } mois affichés
    }, et { $back ->
        [yes] les prix reviennent à moins de 10 % de la normale au bout de { $recover }
       *[no] les prix ne reviennent pas à moins de 10 % de la normale dans les { $shown } mois affichés
    }.
m-plain-example-none = Dans le scénario affiché, la trajectoire commence en { $start }, sans restriction en vigueur : les stocks des acheteurs ne sont pas entamés et les prix restent normaux.
m-plain-dependency = La dépendance est, pour { $who }, la part du besoin que la production hors Chine ne peut pas couvrir à chaque étape, étape par étape le long de la chaîne. Chaque chiffre est accompagné d’une fourchette issue de { $draws } simulations qui tirent les élasticités, le comportement de stockage (θ, λ et achats de panique) et les projets livrés (graine { $seed }) ; le chiffre central utilise les valeurs centrales et la capacité attendue.
m-plain-not-forecast = La trajectoire n’est pas une prévision du prix spot du mois prochain : elle montre ce qu’une restriction de cette durée et de cette intensité fait à des marchés dotés de ces stocks et de ces élasticités.

## Methodology: its table of contents (src/ui/methodology/mod.rs)
m-nav-back = Retour au calculateur
m-nav-formulas = Formules avec vos chiffres
m-nav-assumptions = Hypothèses
m-nav-view = Chiffres pour ce point de vue
m-nav-backtests = Tests rétrospectifs
m-nav-limits = Ce qu’il ne peut pas dire
m-nav-cite = Comment citer
m-nav-changes = Journal des modifications

## Methodology: shared words of the page's tables (src/ui/methodology/mod.rs). Symbols (D_t, es_cn,
## B…), URL keys and element symbols stay as they are.
m-label-ndpr = Oxyde de NdPr
m-label-dy = Oxyde de Dy
m-label-tb = Oxyde de Tb
m-label-magnet = Aimants
m-unit-share = part
m-unit-t-yr = t/an
m-unit-kg-kg = kg par kg
m-unit-yr = ans
m-col-value = Valeur
m-col-unit = Unité
m-col-note = Remarque
m-col-figure = Grandeur
m-col-market = Marché
m-col-stage = Étape
m-ref-loading = Chargement…
m-ref-failed = (chargement impossible ; rechargez une fois en ligne)

## Methodology: formulas with your numbers (src/ui/methodology/formulas.rs). Formulas keep their
## symbols; only the words around them are translated. $-variables that are figures arrive as
## live numbers.
m-formulas-title = Les formules, avec les chiffres du scénario affiché
m-formulas-scenario = { $scenario } (modèle { $model }, données { $data }). Modifiez-le dans le calculateur et ces chiffres suivent.
m-f-year-title = Année t : demande, nouvelles capacités, exportations de la Chine
m-f-monthly-title = Un marché mondial mensuel avec stocks
m-f-monthly =
    Chaque mois i = 0 … 35 depuis le début de la trajectoire ; les flux sont ceux d’une année ÷ 12 ; les mois 0–11 utilisent la structure de l’année t, 12–23 celle de t+1, 24–35 celle de t+2.
    Tant que i < months : a_i = quota · E_t ÷ 12, c = china_output, τ = export_duty ;  ensuite : aucune limite, c = 1, τ = 0
    Hors de Chine : N_e(m) = d · m^ed + λ · (S*(m) − S_(i−1)) − min(K_t, F_t · m^es) ÷ 12
    stock souhaité S*(m) = (buffer + panic · [i < months]) · d · m^(−θ) ;   S_(−1) = buffer · d
    Chine : N_c(m) = c · C_t ÷ 12 · m^es_cn − D_cn,t ÷ 12 · m^ed − λ · (S*_cn(m) − S_cn,(i−1))
    S*_cn(m) = (buffer_cn + china_stockpiling · [i < months]) · D_cn,t ÷ 12 · m^(−θ)
    1. un seul marché : N_c(m_cn) = N_e(m_cn · (1 + τ)), m = m_cn · (1 + τ), X = N_e(m) ;  la solution si X ≤ a_i
    2. marchés séparés (X > a_i) : X = a_i ;  N_e(m) = a_i,  N_c(m_cn) = a_i
    3. 0.2 ≤ m, m_cn ≤ B ;  si N_e(B) > X : m = B et part insatisfaite u = (N_e(B) − X) ÷ d
    puis S_i = S_(i−1) + λ · (S*(m) − S_(i−1)), jamais sous 0
    Aimants : c_ex = 1 + Σ w_k (m_k − 1), c_cn = 1 + Σ w_k (m_cn,k − 1), d’après les prix des oxydes du même mois ;
    les aimants chinois coûtent à l’étranger c_cn · (1 + τ), limités par a_i ;  les fabricants hors de Chine fournissent
    min(K*, F_t · (m ÷ c_ex)^es) pour m ≥ c_ex, K* réduit selon le NdPr qu’ils peuvent obtenir
    Publié : la moyenne sur 12 mois de m, m_cn, m ÷ m_cn et u (mois 0–11), et le m le plus élevé des 36 mois
m-markets-label = Données et résultats des marchés
m-markets-caption = Données et résultats des marchés, { $year } (cas central ; tonnes par an sauf mention contraire)
m-col-input = Donnée
m-row-demand = demande hors de Chine
m-row-supply = offre hors de Chine
m-row-capacity = capacité hors de Chine
m-row-added = nouvelle capacité attendue
m-row-exports = exportations normales de la Chine
m-row-quota = part qui quitte la Chine pendant la restriction
m-row-allowed = exportations que la Chine laisse sortir pendant la restriction (rythme annuel)
m-row-ed = élasticité de la demande
m-row-es = élasticité de l’offre hors de Chine
m-row-es-cn = élasticité de l’offre chinoise
m-row-backstop = multiplicateur du prix plafond
m-row-china-production = production de la Chine
m-row-china-use = consommation propre de la Chine
m-row-buffer = stocks des acheteurs au départ (mois)
m-row-buffer-cn = stocks en Chine au départ (mois)
m-row-panic = couverture supplémentaire recherchée pendant la restriction (mois)
m-row-theta = vitesse à laquelle la couverture souhaitée baisse avec le prix
m-row-lambda = part de l’écart de stock comblée chaque mois
m-row-m = prix hors de Chine, moyenne sur 12 mois
m-row-peak = mois le plus élevé hors de Chine
m-row-m-cn = prix en Chine, moyenne sur 12 mois
m-row-spread = m ÷ m_cn mois par mois, moyenne sur 12 mois
m-row-unmet = demande insatisfaite, moyenne sur 12 mois
m-row-stock-11 = stocks des acheteurs après 12 mois (mois)
m-f-coupling = Couplage des aimants (moyennes sur 12 mois) : parts du coût des matières w_NdPr = { $w_ndpr }, w_Dy = { $w_dy }, w_Tb = { $w_tb } ; multiplicateurs de coût c_ex = { $cost_ex } et c_cn = { $cost_cn } ; capacité limitée par le NdPr K* = { $capacity } t.
m-f-chain-title = Dépendance le long de la chaîne
m-f-chain =
    T_mining = cap_mining + R_mining ;   T_s = min(T_(s−1) + R_s, cap_s)
    dep_s = 1 − min(1, T_s ÷ N) ;   dépendance directe = 1 − min(1, (cap_s + R_s) ÷ N)
    offre menacée = dep_s · (1 − quota du groupe de l’étape)
m-f-time-title = Temps
m-f-time =
    temps de résistance = premier mois (interpolé) avec u > 0 ou S_i < 10 % de S_(−1) ; le plus court des marchés
    temps de rétablissement = premier mois après la restriction avec m à moins de 10 % de la normale, compté depuis le début ;
    le plus long des marchés
    rattrapage de l’offre = première année ≥ t avec F_y + Q_y ≥ D_y, la limite d’exportation maintenue durablement (règle du modèle 1)
m-f-survive = Dès { $start }{ $case ->
        [short] , pendant { $months } : les acheteurs ({ $market }) manquent en premier, avec des stocks de { $buffer } et des achats de panique de { $panic } (θ = { $theta }, λ = { $lambda })
        [never] , pendant { $months } : aucun acheteur ne manque dans les { $shown } mois affichés ; le graphique de la course suit ce marché ({ $market }), avec des stocks de { $buffer } et des achats de panique de { $panic } (θ = { $theta }, λ = { $lambda })
       *[none] { " : " }aucune restriction n’est en vigueur, les stocks des acheteurs ne sont donc pas entamés
    }. Temps de résistance : { $survive } ; temps de rétablissement : { $recover }{ $replay ->
        [yes] {""}
       *[no] { " ; " }année où l’offre hors de Chine rattrape la demande : { $year }
    }.
m-f-no-year = aucune année jusqu’en 2035
m-f-exposure-title = Exposition par produit
m-f-exposure = surcoût par unité = kg d’aimant · P_magnet · (m_magnet − 1),   m_magnet la moyenne sur 12 mois hors de Chine
m-f-exposure-intro = Avec P_magnet = { $price } $US/kg et m_magnet = { $multiplier }, par exemple :{ " " }
m-f-exposure-item = { $product }, { $per } : { $kg } → { $cost }
m-f-at-least = au moins { $cost }
m-f-exposure-sep = { " ; " }
m-f-exposure-end = .
m-f-exposure-replay = Non rejoué : les surcoûts reposent sur les produits et le marché des aimants d’aujourd’hui, que le jeu de données n’a pas pour 2009.

## Methodology: assumptions (src/ui/methodology/assumptions.rs)
m-chain-light = Chaîne légère (NdPr)
m-chain-heavy = Chaîne lourde (Dy+Tb)
m-chain-unit-light = t d’équivalent oxyde de NdPr
m-chain-unit-heavy = t d’équivalent oxyde de Dy+Tb
m-chain-label = { $chain } : données et dépendance
m-chain-caption = { $chain }, { $who } en { $year }, en { $unit } par an. Besoin N = { $need }
m-col-direct = dépendance directe
m-col-quota = quota d’export
m-col-at-risk = offre menacée
m-conv-ndpr-oxide = Oxyde de NdPr par kg de NdPr métal
m-conv-ndpr-magnet = Part de NdPr métal dans un aimant
m-conv-dy-oxide = Oxyde de Dy par kg de Dy métal
m-conv-tb-oxide = Oxyde de Tb par kg de Tb métal
m-conv-ndpr-mp = Part de NdPr dans les TREO, Mountain Pass
m-conv-ndpr-weld = Part de NdPr dans les TREO, Mt Weld
m-conv-ndpr-monazite = Part de NdPr dans les TREO, monazite
m-conv-ndpr-loparite = Part de NdPr dans les TREO, loparite
m-conv-ndpr-ionic = Part de NdPr dans les TREO, argiles ioniques
m-conv-dytb-mp = Part de Dy+Tb dans les TREO, Mountain Pass
m-conv-dytb-weld = Part de Dy+Tb dans les TREO, Mt Weld
m-conv-dytb-ionic = Part de Dy+Tb dans les TREO, argiles ioniques
m-conv-recovery = Rendement en NdPr, du minerai à l’oxyde
m-conv-scrap = Chutes d’usinage, part de la production d’aimants
m-conv-magnet-ndpr = kg d’équivalent oxyde de NdPr par kg d’aimant
m-conv-magnet-dy = kg d’équivalent oxyde de Dy par kg d’aimant
m-conv-magnet-tb = kg d’équivalent oxyde de Tb par kg d’aimant
m-conv-magnet-dytb-cn = kg d’équivalent oxyde de Dy+Tb par kg d’aimant chinois
m-default-target = Objectif de dépendance pour « capacité nécessaire »
m-default-ramp = Années de montée en puissance d’un projet qui n’en indique pas
m-default-start = Première année des curseurs de capacité supplémentaire
m-default-tolerance = Tolérance du contrôle des exportations, { $market }
m-assumptions-title = Les hypothèses et leurs valeurs par défaut
m-assumptions-intro = Ce sont des choix d’analystes, pas des faits. Chacune figure dans le jeu de données avec sa fiabilité et sa source ; les jeux d’élasticités et chaque paramètre du scénario peuvent être modifiés dans le calculateur.
m-elasticities-label = Jeux d’élasticités et prix plafonds
m-elasticities-caption = Jeux d’élasticités et prix plafonds (les fourchettes sont tirées selon une loi triangulaire)
m-col-ed-low = ed bas
m-col-ed-central = ed valeur centrale
m-col-ed-high = ed haut
m-col-es-low = es bas
m-col-es-central = es valeur centrale
m-col-es-high = es haut
m-defaults-label = Valeurs par défaut du modèle
m-col-assumption = Hypothèse
m-ramp = { $own } des { $total } projets annoncés indiquent leur propre montée en puissance ; les autres utilisent la valeur par défaut.
m-conversions-label = Facteurs de conversion
m-conversions-caption = Facteurs de conversion et l’aimant moyen
m-col-factor = Facteur
m-inputs-label = Paramètres du scénario
m-inputs-caption = Paramètres du scénario (les clés publiques de l’URL, version { $version })
m-col-key = Clé
m-col-meaning = Signification
m-col-range = Plage
m-col-default = Par défaut

## Methodology: figures for this view, Japan's backtest and the deviations
## (src/ui/methodology/viewpoint.rs)
m-view-unsourced = Aucune source publiée : une hypothèse de la rédaction ou du modèle.
m-view-unit-light = chaîne légère (équivalent oxyde de NdPr)
m-view-unit-heavy = chaîne lourde (équivalent oxyde de Dy+Tb)
m-view-need = Besoin N, { $unit }
m-view-capacity = Capacité hors Chine, { $stage }, { $unit }
m-view-recycled = Matière recyclée, { $stage }, { $unit }
m-view-share = Part de la demande hors de Chine, { $market }
m-view-stocks = Stocks des acheteurs, { $market }
m-view-stockpile = Réserve publique
m-view-no-stockpile = Il n’a pas d’État, donc pas de réserve publique.
m-view-pooled = Les stocks de ses acheteurs sont les réserves tampons des marchés, que fixe la clé buffer.
m-view-intro = Les chiffres sur lesquels repose ce point de vue ({ $who }), tirés du jeu de données (2024 sauf indication contraire dans le tableau) : sa chaîne et sa couverture face à sa part du déficit.
m-view-other = Choisissez un autre point de vue dans le calculateur pour voir ses chiffres ; le téléchargement du jeu de données contient les six.
m-view-join = { " " }
m-view-caption = Chiffres pour { $who } (source et fiabilité)
m-col-value-sources = Valeur (fiabilité) sources
m-col-source = Origine
m-japan-intro = Le Japon est le seul acheteur connu à avoir réduit sa dépendance à la Chine après 2010. La dépendance de chaîne calculée par le modèle pour la chaîne japonaise de 2010 (sa production d’aimants et la récupération de chutes de Showa Denko comme seule séparation hors Chine) et pour celle de 2024 (le point de vue japan, avec les achats à Lynas), à côté de la part enregistrée :
m-japan-label = Dépendance du Japon, 2010 et 2024
m-japan-caption = Part de la Chine dans les importations japonaises de terres rares (enregistrée) et dépendance du modèle de la mine à l’aimant
m-col-year = Année
m-col-recorded = Enregistré (sources)
m-col-model-light = Modèle, chaîne légère
m-col-model-heavy = Modèle, chaîne lourde
m-col-chain-sources = Sources des lignes de la chaîne
m-japan-verdict = En 2010, la chaîne légère du modèle donne { $light_2010 } contre { $recorded_2010 } enregistrés. En 2024, la chaîne légère donne { $light_2024 } et la chaîne lourde { $heavy_2024 }, contre { $low } – { $high } enregistrés{ $gap }. Le chiffre enregistré est la part de la Chine dans les importations japonaises de terres rares en tonnage, toutes terres rares confondues ; celui du modèle est la dépendance de chaîne, de la mine à l’aimant, séparément pour le NdPr et pour le Dy+Tb. Ce n’est pas la même mesure : l’écart de 2024 en dit autant sur les définitions que sur le modèle.
m-japan-both = { " : " }l’une sous le chiffre enregistré, l’autre au-dessus
m-japan-light-below = { " : " }la chaîne légère sous le chiffre enregistré
m-japan-heavy-above = { " : " }la chaîne lourde au-dessus du chiffre enregistré
m-dev-title = Choix là où la spécification du modèle laisse de la latitude, et écarts par rapport à elle
m-dev-quota = L’offre menacée utilise le quota du groupe dont les flux passent par l’étape : terres rares légères ou lourdes pour l’extraction, la séparation et le métal (le minerai, l’oxyde et le métal sont ce que restreignent les quotas légers et lourds), et le quota d’aimants pour la fabrication d’aimants (ses flux sont des aimants). Dans ce scénario : chaîne légère { $light } pour l’extraction, la séparation et le métal, { $light_magnet } pour la fabrication d’aimants ; chaîne lourde { $heavy } et { $heavy_magnet }.
m-dev-replay = La reconstitution de 2010 utilise le jeu d’élasticités et le prix plafond du NdPr (le quota de 2010 portait surtout sur les terres rares légères, et le jeu NdPr est le jeu léger du jeu de données) et compare avec la variation de la moyenne annuelle de l’oxyde de néodyme, et non avec le pic, car la reconstitution décrit une restriction d’un an. Les deux choix ont été faits avant de regarder le résultat.
m-dev-draws = Les fourchettes de l’année du scénario utilisent { $draws } tirages ; { $timeline_drawn ->
        [yes] les autres années de la chronologie utilisent les { $timeline } premiers de ces mêmes tirages, d’où des bandes plus grossières.
       *[no] aucune autre année n’est tirée (une reconstitution n’a pas de chronologie).
    } Les mêmes nombres aléatoires servent à chaque scénario, de sorte que deux scénarios sont comparés sur les mêmes tirages.
m-dev-times = Le temps de résistance est le plus court des quatre marchés, le temps de rétablissement le plus long ; la carte nomme le marché qui manque en premier. Un marché que la Chine n’exporte pas normalement (rien à couper) n’est pas restreint par une part d’exportation, donc ses acheteurs ne paniquent pas à son sujet. Les acheteurs paniquent face à une coupure des exportations ou à un droit, non face à la production propre de la Chine, réduite ou accrue, qui ne joue sur les prix que par l’offre.
m-dev-typed = Un nombre saisi pour un jeu d’élasticités (au lieu de low, central ou high) remplace la valeur centrale de chaque marché et devient le mode de ses tirages, élargissant la fourchette s’il se situe en dehors.
m-dev-magnet = Aimants : les exportations normales d’aimants de la Chine sont mesurées par rapport à ce que les fabricants d’aimants hors de Chine fournissent réellement dans le scénario, E_t = max(0, D_t − X_t), où X_t = min(K*, F_t · (m ÷ c_ex)^es) dès que le prix couvre leurs coûts (m ≥ c_ex) et rien en dessous, au lieu du max(0, D_t − F_t) de la spécification. Sans choc sur le NdPr, le Dy ou le Tb, les deux sont identiques (X_t = F_t). Avec un choc, la formule littérale laisserait une nouvelle capacité hors de Chine réduire les exportations autorisées de la Chine de plus qu’elle n’ajoute en aimants, si bien que plus de capacité pourrait faire monter le prix des aimants et une croissance plus rapide le faire baisser, contre les invariants du modèle lui-même.
m-dev-magnet-scenario = Dans ce scénario (moyennes sur 12 mois), les fabricants hors de Chine fournissent X_t = { $output } t, donc E_t = { $exports } t ; la formule littérale donne { $literal } t, { $restricted ->
        [yes] dont la Chine laisse sortir { $allowed } t par an pendant la restriction.
       *[no] que la Chine exporte en totalité, { $allowed } t par an, faute de restriction.
    } Les exportations chinoises d’aimants sur les 12 mois atteignent { $magnet_exports } t.

## Methodology: backtests (src/ui/methodology/backtests.rs)
m-backtests-title = Tests rétrospectifs : ce que dit le modèle à côté de ce qui s’est passé
m-bt-episodes-title = Le modèle 2 face aux deux épisodes
m-bt-calibration-title = Calibrage : trois ajustements, chacun jugé hors échantillon
m-bt-japan-title = La chaîne japonaise, 2010 et 2024 (japan-2010-2024)
m-bt-quota-title = La baisse des quotas de 2010–11 : la reconstitution annuelle du modèle 1
m-bt-licensing-title = Les licences de 2025 (à partir d’avril 2025)
m-bt-window-range = moyenne { $from } – { $to }
m-bt-window-year = moyenne { $year }
m-bt-ex-china = prix hors de Chine
m-bt-china = prix en Chine
m-bt-spread = écart, hors Chine ÷ en Chine
m-bt-oxide = oxyde de { $element }
m-bt-magnets = aimants
m-bt-input = une donnée d’entrée : reprise telle qu’observée
m-bt-inside = dans p10–p90
m-bt-outside = hors de p10–p90 (modèle ÷ observé { $ratio })
m-bt-route-conditional = Le côté chinois de E1 est repris tel qu’observé (le prix chinois tiré des relevés, une donnée d’entrée du test seulement) : le choc chinois que le modèle peut déduire (production à { $output } de la normale, { $none ->
        [yes] aucune constitution de stocks
       *[no] constitution de stocks de { $stocks } de sa demande
    }) ne le reproduit pas.
m-bt-route-inferred = Le côté chinois de E1 est déduit : production à { $output } de la normale et { $none ->
        [yes] aucune constitution de stocks
       *[no] constitution de stocks de { $stocks } de sa demande
    }.
m-bt-episodes = E1 rejoue 2010–11 sur le marché de 2009 à partir de janvier 2010, avec ce qui a réellement quitté la Chine chaque mois et la taxe à l’exportation de 2011 ; E2 est la trajectoire du préréglage licensing-apr-2025. { $route } { $inside } des { $predicted } chiffres prédits { $n ->
        [one] se situe
       *[other] se situent
    } dans la fourchette p10–p90 du modèle.
m-bt-preset-replay = Le scénario « { $preset } » est la même reconstitution dans le calculateur, avec le côté chinois tel que le modèle le déduit (la production chinoise à son quota de production de 2011, { $output } de la normale) au lieu des prix chinois observés : sa trajectoire centrale donne pour l’oxyde de Nd hors de Chine { $model } sur 2011, contre { $observed } observé.
m-bt-stoppages = Pour 2025, on sait aussi que des usines automobiles en Europe se sont arrêtées environ 8 semaines (1,5 à 2 mois) après les contrôles du 4 avril. Le modèle ne le reproduit pas : sur le parcours des licences, les stocks d’aimants des acheteurs passent de { $buffer } à { $min } mois de couverture (au plus bas en { $month }) et { $none ->
        [yes] aucune demande ne reste non servie,
       *[no] au plus { $unmet } de la demande reste non servie,
    } car le modèle réunit tous les acheteurs hors de Chine en un seul stock, alors que les usines arrêtées détenaient moins que la moyenne.
m-bt-episodes-label = Le modèle 2 face aux épisodes
m-bt-episodes-caption = Chiffres observés (× le prix d’avant) face à la valeur centrale et à p10–p90 du modèle 2
m-col-episode = Épisode, grandeur, période
m-col-observed-range = Observé (fourchette)
m-col-model-2 = Modèle 2 (p10 – p90)
m-col-verdict = Verdict du test
m-bt-fit-e1 = ajusté sur E1
m-bt-fit-e2 = ajusté sur E2 (les valeurs par défaut)
m-bt-fit-both = ajusté sur les deux
m-bt-fit-params = θ, λ, panic, couverture Dy/Tb, couverture aimants
m-bt-fit-values = { $theta } ; { $lambda } ; { $panic } ; { $heavy } ; { $magnet }
m-bt-msle = { $episode } : erreur logarithmique quadratique moyenne
m-col-observed = Observé
m-bt-calibration = Les paramètres des détenteurs de stocks ont été ajustés sur une grille (cargo run --release --bin calibrate) : une fois sur E1 seul, une fois sur E2 seul, une fois sur les deux. Chaque ajustement est jugé sur l’épisode qu’il n’a pas vu. Les valeurs par défaut sont l’ajustement sur E2, car 2025 est le plus proche des marchés d’aujourd’hui ; l’ajustement conjoint rapprocherait chaque chiffre et n’a pas été choisi, afin que 2010–11 reste un test que le modèle n’a pas vu. Valeurs centrales, calculées ici avec le même code.
m-bt-calibration-label = Ajustements du calibrage
m-bt-calibration-caption = Les paramètres de chaque ajustement, et chaque chiffre observé face au modèle qui en résulte (modèle ÷ observé)
m-bt-replay = Le modèle est rejoué sur le marché de 2009 (toutes terres rares, d’après l’instantané 2009 du jeu de données), avec le quota d’exportation de 2010 exprimé en part des exportations de 2009 : quota = { $quota }, D = { $demand } t, F = { $supply } t, K = { $capacity } t, E = { $exports } t, Q = { $allowed } t, avec les élasticités du NdPr ed = { $ed }, es = { $es } et le prix plafond B = { $backstop }.
m-bt-model = Modèle :
m-bt-p10-p90 = { " " }(p10–p90 { $p10 } – { $p90 })
m-bt-happened = Ce qui s’est passé :
m-bt-observed = oxyde de { $element }, moyenne annuelle 2011 ÷ 2009 : { $ratio }
m-bt-no-observation = aucune observation dans le jeu de données
m-bt-verdict-inside = La variation observée du { $element } ({ $observed }) se situe dans la fourchette p10–p90 du modèle.
m-bt-verdict-above = La variation observée du { $element } ({ $observed }) se situe au-dessus de la fourchette p10–p90 du modèle ({ $range }) : le modèle sous-estime ce pic.
m-bt-verdict-below = La variation observée du { $element } ({ $observed }) se situe en dessous de la fourchette p10–p90 du modèle ({ $range }).
m-bt-verdict-none = Le jeu de données ne contient aucune variation observée à comparer.
m-bt-spikes-label = Prix observés de 2009 à 2011
m-bt-spikes-caption = Prix observés, 2009 → 2011 ($US/kg, moyennes annuelles)
m-col-oxide = Oxyde
m-col-ratio = 2011 ÷ 2009 (bas – haut)
m-col-peak = Pic ÷ 2009
m-bt-why = Pourquoi la reconstitution reste en deçà de 2011 : c’est une année d’un marché en équilibre partiel sans stocks (le modèle 2 sans stocks, sans achats de panique, avec une production chinoise inchangée et sans taxe), dont les élasticités décrivent une pénurie à laquelle acheteurs et fournisseurs s’adaptent. 2010–11 fut un pic spéculatif : acheteurs et négociants ont constitué des stocks par crainte de nouvelles baisses, la Chine a réduit sa propre production, constitué une réserve d’État et prélevé une taxe à l’exportation ; les prix se sont envolés puis effondrés en 2012–13, la demande ayant été réduite, de la matière sortie en contrebande et les stocks puisés. Le modèle 2 dispose de leviers pour l’essentiel de cela (achats de panique, production et stockage de la Chine, la taxe), mais cette reconstitution ne les utilise pas, et rien dans le modèle ne spécule. Lisez son chiffre comme le plancher que soutient une baisse d’un an, non comme le pic d’une ruée.
m-bt-licensing = Prix observés en Europe et en Chine pour le même oxyde, quelques mois après l’entrée en vigueur des licences, face à l’écart du modèle (hors de Chine ÷ en Chine) pour le préréglage licensing-apr-2025 ({ $query }) :
m-bt-spreads-label = Écarts Europe – Chine
m-bt-spreads-caption = Europe et Chine, $US/kg, et l’écart
m-col-oxide-date = Oxyde, date
m-col-europe = Europe
m-col-china = Chine
m-col-observed-spread = Écart observé
m-col-that-month = Modèle, ce mois-là
m-col-average = Modèle, moyenne sur 12 mois (p10–p90)
m-bt-no-spread = Le jeu de données ne contient aucun écart observé.
m-bt-spreads = Les écarts observés étaient d’environ { $low } – { $high }, relevés quelques mois après l’entrée en vigueur des licences. L’écart du modèle est la moyenne sur 12 mois, dès { $start }, de sa trajectoire mensuelle{ $after } ; { $inside } des { $compared } observations { $n ->
        [one] se situe
       *[other] se situent
    } dans la fourchette p10–p90 de la moyenne sur 12 mois. La colonne « Modèle, ce mois-là » est l’écart de la trajectoire centrale le mois de l’observation.
m-bt-after = , qui inclut { $after } après les { $months } de la restriction

## Methodology: limits, privacy, citation and change log (src/ui/methodology/about.rs)
m-limits-title = Ce que le calculateur ne peut pas vous dire
m-limits-prices = Les prix du mois prochain. La trajectoire mensuelle montre ce qu’une restriction de la durée et de l’intensité choisies fait à des marchés ayant ces stocks et ces élasticités ; elle ne comporte ni spéculation, ni contrebande, ni actualité, et le comportement des stocks est une hypothèse calibrée sur peu d’épisodes (voir les tests rétrospectifs).
m-limits-policy = Si la Chine restreindra ses exportations, ou avec quelle rigueur les licences seront appliquées : c’est vous qui fixez les quotas.
m-limits-projects = Si un projet donné sera construit. Les projets comptent selon la probabilité que vous fixez, tous de la même façon ; le jeu de données indique leur statut.
m-limits-stockpiles = Les stocks qu’il ne connaît pas : réserves publiques, stocks d’entreprises au-delà de ceux que vous fixez, et matière déjà en transit.
m-limits-scope = Les autres terres rares (lanthane, cérium, samarium, yttrium…) et les produits autres que les aimants NdFeB frittés, ainsi que toute réaction de marché au-delà des quatre marchés (la substitution se résume à l’élasticité de la demande et au prix plafond).
m-limits-quality = La qualité et l’homologation : une tonne de capacité nouvelle compte immédiatement, alors que l’homologation d’aimants pour l’automobile ou la défense peut prendre des années.
m-limits-exact = Les chiffres exacts. Beaucoup de données sont des estimations (marquées fiabilité faible ou hypothèse) ; les fourchettes ne traduisent que l’incertitude sur les élasticités et la livraison des projets, pas celle des données de base.
m-privacy-title = Votre vie privée
m-privacy = Le calculateur fonctionne entièrement dans votre navigateur. Il ne dépose aucun cookie, ne fait aucune mesure d’audience et ne conserve rien sur vous ; rien de ce que vous faites n’est envoyé nulle part. Le scénario ne vit que dans l’adresse de la page, et chaque téléchargement (CSV, JSON, PNG, le jeu de données) est produit sur votre appareil.
m-cite-title = Comment citer
m-cite-credit = Créditez le calculateur et les données d’origine : { $credit }.
m-cite-suggested = Citation suggérée :
m-cite-citation = Calculateur des risques de la chaîne d’approvisionnement en terres rares, modèle { $model }, millésime des données { $vintage } (référence { $baseline }). Scénario : { $query }. { $link }
m-cite-sources = Les chiffres sous-jacents proviennent des sources listées dans « Sources et données », utilisées selon leurs propres conditions. Citez-les directement lorsque vous utilisez un chiffre, par exemple :
m-cite-png = Les graphiques téléchargés en PNG portent en pied de page le scénario, leurs sources et cette mention de crédit.
m-changes-title = Journal des modifications
m-changes-links = Chaque lien porte le millésime des données (d) et la version du modèle (m) avec lesquels il a été créé ; un lien créé avec une autre version s’ouvre avec une note qui le signale.
m-changes-model-2 = Modèle { $model } (version { $url } des paramètres d’URL) : modèle 2, spécification v2. Chaque marché est suivi mois par mois pendant 36 mois, avec des stocks d’acheteurs puisés puis reconstitués, des achats de panique, des stocks en Chine, un marché mondial qui se scinde quand la limite d’exportation chinoise s’applique, la production propre de la Chine et la taxe à l’exportation. Les prix principaux sont des moyennes sur 12 mois avec le mois de pic, et « au moins ×B » avec la part insatisfaite là où le prix plafond s’applique ; les temps de résistance et de rétablissement viennent de la trajectoire. Nouveaux paramètres : months, china_output, export_duty, buffer_cn, panic, china_stockpiling. Un lien de version 1 s’ouvre toujours, avec une note.
m-changes-model-1 = Modèle 1 (version 1 des paramètres d’URL) : première version publique, spécification v1 : une restriction durable d’un an sans stocks, et un prix chinois qui ne pouvait que baisser.
m-changes-data = Données { $vintage } (année de référence { $baseline }) : premier jeu de données public : { $sources } sources, { $projects } projets annoncés, { $products } produits, l’instantané de 2009 et les observations de prix de 2010–11 et de 2025.
