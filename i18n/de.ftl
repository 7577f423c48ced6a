# Deutsch (maschinell unterstützte Übersetzung). Korrekturen: die Zeile mit der Nachrichten-ID in
# dieser Datei ändern; build.rs prüft, dass jede Nachricht aus en.ftl hier steht.

## Number words (src/ui/format.rs)
fmt-at-least = mindestens { $value }
fmt-usd = { $value }{ "\u00A0" }US$
fmt-range-all-capped = jede Ziehung mindestens { $cap }
fmt-range-floor = p10–p90: mindestens { $low } – { $high }
fmt-range-capped = p10–p90: { $low } – mindestens { $cap }
fmt-range = p10–p90: { $low } – { $high }
fmt-years = { $n ->
    [one] { $value }{ "\u00A0" }Jahr
   *[other] { $value }{ "\u00A0" }Jahre
}
fmt-no-change = unverändert
fmt-months = { $n ->
    [one] { $value }{ "\u00A0" }Monat
   *[other] { $value }{ "\u00A0" }Monate
}
fmt-no-shortfall = kein Engpass

## Page shell (index.html, src/ui/app.rs)
app-title = Rechner für Lieferkettenrisiken bei Seltenen Erden
app-lede = Wenn China seine Exporte von Seltenen Erden oder Magneten kürzt: Wie abhängig sind die Vereinigten Staaten und andere Käufer auf jeder Stufe von der Mine bis zum Magneten, was geschieht mit den Preisen, wie lange reichen die Vorräte, und was kostet es ein Elektroauto, eine Windkraftanlage oder eine F-35? Bewegen Sie die Regler; jede Zahl zeigt, wie sie berechnet wird und woher ihre Daten stammen.
nav-pages = Seiten
nav-calculator = Rechner
nav-methodology = Methodik
nav-how = So wird gerechnet
nav-sources = Quellen und Daten
lang-label = Sprache
notices-heading = Wir haben Ihren Link angepasst:
results-label = Wichtigste Ergebnisse
charts-label = Diagramme
download-csv = Ergebnisse herunterladen (CSV)
download-json = Ergebnisse herunterladen (JSON)
print-data-line = { $credit } · Datenstand { $vintage } · Modell { $model } · { $link }
open-full = Den vollständigen Rechner öffnen
footer-data = Datenstand { $vintage } · Modell { $model } ·{ " " }
credit = Rechner für Seltene-Erden-Risiken; Daten: USGS (gemeinfrei), IEA (CC BY 4.0) und weitere wie aufgeführt
footer-privacy = Läuft vollständig in Ihrem Browser: keine Cookies, keine Analyse, nichts über Sie wird gespeichert oder gesendet.

## Share and embed (src/ui/share.rs)
share-label = Teilen und einbetten
share-copy-link = Link kopieren
share-copy-embed = Einbettungscode kopieren
share-copy-pinned = Festen Einbettungscode kopieren
share-link-copied = Link kopiert. Er reproduziert genau diese Zahlen:
share-link-manual = Diesen Link kopieren (er reproduziert genau diese Zahlen):
share-embed-copied = Einbettungscode kopiert. Er folgt künftigen Änderungen der Voreinstellungen:
share-embed-manual = Diesen Einbettungscode kopieren (er folgt künftigen Änderungen der Voreinstellungen):
share-pinned-copied = Fester Einbettungscode kopiert. Alle Eingaben, der Datenstand und die Modellversion sind festgelegt:
share-pinned-manual = Diesen festen Einbettungscode kopieren (alle Eingaben, der Datenstand und die Modellversion sind festgelegt):
share-fallback-link = Den Rechner für Lieferkettenrisiken bei Seltenen Erden öffnen

## Controls: key labels (src/model/scenario/key.rs ScenarioKey::label)
key-preset = Szenario
key-year = Szenariojahr
key-view = Blickwinkel
key-quota_light = Erlaubte Exporte leichter Seltener Erden aus China
key-quota_heavy = Erlaubte Exporte schwerer Seltener Erden aus China
key-quota_magnet = Erlaubte Magnetexporte aus China
key-pipeline = Wahrscheinlichkeit, dass jedes angekündigte Projekt kommt
key-delay = Jahre Verzug für jedes Projekt
key-add_mining = Zusätzliche Bergbaukapazität ab 2026
key-add_separation = Zusätzliche Trennkapazität ab 2026
key-add_metal = Zusätzliche Metall- und Legierungskapazität ab 2026
key-add_magnet = Zusätzliche Magnetkapazität ab 2026
key-growth = Nachfragewachstum außerhalb Chinas
key-months = Dauer der Beschränkung
key-start = Erster Monat des Verlaufs
key-china_output = Chinas eigene Produktion während der Beschränkung
key-export_duty = Chinas Exportzoll während der Beschränkung
key-buffer = Vorräte der Käufer außerhalb Chinas
key-buffer_light = Vorräte der Käufer an NdPr-Oxid
key-buffer_heavy = Vorräte der Käufer an Dy- und Tb-Oxid
key-buffer_magnet = Vorräte der Käufer an Magneten
key-buffer_cn = Vorräte in China
key-panic = Zusätzliche Reserve, die Käufer währenddessen anstreben
key-china_stockpiling = Zusätzliche Reserve, die China währenddessen anstrebt
key-ed = Nachfrageelastizitäten
key-es = Angebotselastizitäten

## Units (src/model/scenario/key.rs NumberSpec::unit)
unit-pct-normal = % des Normalwerts
unit-t-ndpr = t/Jahr NdPr-Oxid-Äq.
unit-t-ndfeb = t/Jahr NdFeB
unit-months-demand = Monate Nachfrage
unit-months-china = Monate der Nachfrage Chinas
unit-year = Jahr
unit-years = Jahre
unit-pct = %
unit-pct-yr = %/Jahr
unit-months = Monate
unit-month = Monat

## Viewpoints (src/data/types.rs Viewpoint::name)
view-us = Vereinigte Staaten
view-exchina = Alle Käufer außerhalb Chinas
view-eu = Europäische Union
view-japan = Japan
view-korea = Südkorea
view-india = Indien

## Presets (data/presets.csv: name and note)
preset-baseline-2024 = Ausgangslage 2024
preset-baseline-2024-note = Keine Beschränkung: China exportiert wie üblich, und die Ausgangslage von 2024 gilt.
preset-quota-2010 = Die Verknappung von 2010–11, nachgespielt auf den Märkten von 2009
preset-quota-2010-note = Eine Nachbildung auf den Daten von 2009: die NdPr- und Dy-Oxidmärkte von 2009 (der Datensatz hat keinen Tb- oder Magnetmarkt von 2009, diese werden also nicht nachgebildet), ab Januar 2010 über 24 Monate, mit dem, was tatsächlich jeden Monat aus China kam: 2010 wurden 39.813 t exportiert (≈ 91 % der 43.900 t von 2009), 2011 etwa 18.600 t (≈ 42 %). Mit dem Exportzoll von 25 % aus 2011 und Chinas eigener Förderung auf seiner Produktionsquote von 2011, 93.800 t gegenüber 129.000 t im Jahr 2009 (73 %).
preset-licensing-apr-2025 = Lizenzpflicht für schwere Seltene Erden und Magnete (ab April 2025)
preset-licensing-apr-2025-note = Ab dem 4. April 2025 brauchten Dy, Tb und fünf weitere Elemente sowie Magnete, die sie enthalten, eine Exportlizenz. Der Verlauf beginnt im April 2025 und lässt neun Monate lang heraus, was tatsächlich jeden Monat aus China kam (Exporte im Vergleich zum selben Monat 2024): Magnete 55 % im April, 26 % im Mai, 62 % im Juni, dann etwa normal; Dy+Tb-Oxid 50 % im April, nichts im Mai, 4 % im Juni, später 24–65 %. Gesamtjahr: Dy −35 %, Tb −38 %.
preset-truce-jun-2025 = Londoner Rahmen (Juni–Dezember 2025)
preset-truce-jun-2025-note = Nach dem Londoner Rahmen vom Juni 2025 flossen die Lizenzen wieder. Der Verlauf beginnt im Juni 2025 und lässt heraus, was tatsächlich jeden Monat aus China kam: Magnete 62 % des Juni 2024, ab Juli auf oder über dem Niveau von 2024; Dy+Tb-Oxid 4 % im Juni und 15–65 % von Juli bis Dezember.
preset-controls-oct-2025 = Kontrollen vom Oktober 2025 (ein Monat)
preset-controls-oct-2025-note = Am 9. Oktober 2025 nahm China fünf Elemente, Ausrüstung und eine extraterritoriale 0,1-%-Regel auf; am 7. November setzte es sie bis November 2026 aus, sie galten also etwa einen Monat. Der Verlauf beginnt im Oktober 2025 und lässt heraus, was in diesem Monat tatsächlich aus China kam: Dy+Tb-Oxid 45 % des Oktober 2024, Magnete etwa 116 %.
preset-embargo-now = Vollständiges Embargo (12 Monate)
preset-embargo-now-note = Hypothetisch: China erlaubt ab Januar 2026 zwölf Monate lang keine Exporte von NdPr, Dy, Tb oder Magneten.
preset-pipeline-2030 = Alle angekündigten Projekte pünktlich (2030)
preset-pipeline-2030-note = Jedes angekündigte Projekt außerhalb Chinas im Datensatz wird planmäßig geliefert; keine Exportbeschränkung.

## Controls (src/ui/controls.rs)
controls-label = Szenario-Einstellungen
group-policy = Die Beschränkung
group-stocks = Vorräte der Käufer
group-capacity = Neue Kapazität außerhalb Chinas
group-market = Markt und Zeit
group-assumptions = Annahmen
group-policy-intro = Anteile an Chinas normalen Exporten, die China tatsächlich verlassen, für die Monate der Beschränkung.
group-stocks-intro = Vorräte federn eine Kürzung ab: abgebaut, solange die Preise hoch sind, danach wieder aufgefüllt.
group-view-intro = Wessen Kette, Vorräte und Reserve: Die Preise sind die des einen Marktes außerhalb Chinas.
group-assumptions-summary = Elastizitäten (wie Käufer und Anbieter auf den Preis reagieren)
group-assumptions-hint = Die Voreinstellungen sind Annahmen von Analysten, kalibriert auf die Preisspitze von 2010–11; siehe Quellen und Daten.
group-not-replayed = In der Nachbildung von 2009 ohne Wirkung: Sie läuft auf den Märkten von 2009, wie sie waren, ohne neue Projekte und ohne Wachstum.
hint-magnets = Magnete
hint-quota_light = Getrenntes NdPr-Oxid; das meiste NdPr verlässt China in Magneten.
hint-quota_heavy = Dysprosium- und Terbiumoxid (die erteilten Lizenzen).
hint-quota_magnet = Gesinterte NdFeB-Magnete.
hint-months = Danach fließen die Exporte frei, und die Käufer füllen ihre Vorräte wieder auf.
hint-china_output = Produktionsquoten, Razzien, ausbleibendes Erz aus Myanmar; auch Chinas Preis steigt.
hint-export_duty = Auf das, was China verlässt; 2011 lagen die Zölle bei 15–25 %.
hint-buffer = Annahme. Nicht gesetzt: der eigene Wert jedes Marktes ({ $markets }); gesetzt: derselbe für alle vier.
hint-panic = Kalibrierte Annahme ({ $low }–{ $high }): Vorsorgekäufe während der Beschränkung.
hint-buffer_cn = Annahme: Produzenten, Händler, staatliche Reserve ({ $markets }).
hint-china_stockpiling = Chinas staatliche Reserve und Händler während der Beschränkung (2011: Baotou).
hint-pipeline = Wahrscheinlichkeit, dass jede angekündigte Mine, Anlage oder Fabrik außerhalb Chinas gebaut wird.
hint-delay = Jahre, die jedes angekündigte Projekt zu spät kommt.
hint-add = Über die angekündigten Projekte hinaus, für den gewählten Blickwinkel.
hint-growth = Jährliches Nachfragewachstum außerhalb Chinas (E-Autos, Wind, Roboter).
hint-year = Die Beschränkung beginnt in diesem Jahr (im Januar, sofern ein Szenario keinen anderen Monat setzt).
hint-realised = Dieses Szenario folgt Monat für Monat dem, was China verließ (angezeigt ist der Durchschnitt); wer den Regler bewegt, setzt einen Anteil für alle Monate.
hint-pipeline-status = Jedes Projekt zählt mit der Wahrscheinlichkeit seines Status, von der Ankündigung bis zur Inbetriebnahme (angezeigt ist der Durchschnitt; die Werte stehen unter Quellen und Daten); wer den Regler bewegt, setzt eine Wahrscheinlichkeit für alle Projekte.
preset-normal = Normaler Handel (keine Beschränkung)
preset-reset = Auf normalen Handel zurücksetzen
preset-normal-note = Normaler Handel: China exportiert wie üblich; jedes angekündigte Projekt außerhalb Chinas wird mit der Wahrscheinlichkeit seines Status gebaut (im Durchschnitt { $chance }) und kommt { $delay } zu spät.
preset-path-start = Die gezeigten 36 Monate beginnen im { $month }.
choice-low = niedrig
choice-central = zentral
choice-high = hoch
choice-custom = eigener Wert: { $value }
slider-typed = { $label } ({ $unit }), Eingabefeld

## The summary sentence (src/ui/summary.rs)
who-us = die Vereinigten Staaten
who-exchina = Käufer außerhalb Chinas
who-eu = die Europäische Union
who-japan = Japan
who-korea = Südkorea
who-india = Indien
stage-mining = Bergbau
stage-separation = Trennung in Oxide
stage-metal = Metall- und Legierungsherstellung
stage-magnet = Magnetherstellung
market-ndpr = NdPr-Oxid
market-dy = Dy-Oxid
market-tb = Tb-Oxid
market-magnet = NdFeB-Sintermagnete
never-within = { $n ->
    [one] nicht innerhalb von { $months } Monat
   *[other] nicht innerhalb von { $months } Monaten
}
never-no-restriction = keine Beschränkung
what-magnets = Magneten
what-heavy = schweren Seltenen Erden
what-light = leichten Seltenen Erden
what-prices = Preise
what-magnet-prices = die Magnetpreise
what-ndpr-prices = Die NdPr-Oxid-Preise
what-dy-prices = die Dy-Oxid-Preise
policy-stop-all = alle Exporte von Seltenen Erden und Magneten stoppt
policy-stop = die Ausfuhr von { $list } stoppt
policy-quota = { $share } seiner normalen Exporte von { $what }
policy-quota-realised = durchschnittlich { $share } seiner normalen Exporte von { $what }
policy-lets-out-only = nur { $list } ausführen lässt
policy-output-cut = seine eigene Produktion auf { $share } des Normalwerts senkt
policy-output-raise = seine eigene Produktion auf { $share } des Normalwerts steigert
policy-duty = einen Exportzoll von { $share } erhebt
policy-if = Wenn China { $policy }
list-separator = ,{ " " }
list-and = { $init } und { $last }
list-and-serial = { $init } und { $last }
list-and-two-clauses = { $init } und { $last }
price-backstop = { $what } außerhalb Chinas erreichten den Höchstpreis von mindestens { $cap }, und im 12-Monats-Mittel bliebe die Nachfrage zu { $unmet } ungedeckt
price-steady = { $what } außerhalb Chinas blieben stabil
price-average = { $what } außerhalb Chinas lägen im 12-Monats-Mittel bei { $average } ({ $change })
price-peak = , mit einer Spitze von { $peak } im { $month }
price-peak-backstop = , in der Spitze bis zum Höchstpreis von mindestens { $peak } im { $month }
summary-lead-restricted = { $policy }, und zwar { $duration } lang ab { $start }, dann kämen im Jahr { $year } für { $who } { $dependency } des NdPr in { $view ->
       *[other] den
    } Magneten aus China
summary-lead-unrestricted = { $policy }, dann würde im Jahr { $year } nichts gekürzt, was China normalerweise exportiert, und für { $who } kämen { $dependency } des NdPr in { $view ->
       *[other] den
    } Magneten aus China
summary-lead-normal = Bei normalen Exporten Chinas im Jahr { $year } kämen für { $who } { $dependency } des NdPr in { $view ->
       *[other] den
    } Magneten aus China
stocks-first-month = bei Käufern außerhalb Chinas käme es schon im ersten Monat zu Engpässen ({ $market })
stocks-after = bei Käufern außerhalb Chinas käme es { $months } nach Beginn der Beschränkung zu Engpässen ({ $market })
stocks-not-within = { $n ->
    [one] die Vorräte der Käufer würden innerhalb von { $months } Monat nicht zur Neige gehen
   *[other] die Vorräte der Käufer würden innerhalb von { $months } Monaten nicht zur Neige gehen
}
stocks-none = die Vorräte würden nicht abgebaut
recover-after = , und die Preise außerhalb Chinas lägen { $months } nach Beginn wieder innerhalb von 10{ "\u00A0" }% des Normalwerts
recover-not-within = { $n ->
    [one] , und die Preise außerhalb Chinas wären innerhalb von { $months } Monat nicht wieder normal
   *[other] , und die Preise außerhalb Chinas wären innerhalb von { $months } Monaten nicht wieder normal
}
summary-own = ; { $text }
own-cover-stocks = den Vorräten der eigenen Käufer
own-cover-stockpile = den Vorräten der eigenen Käufer und der staatlichen Reserve
own-short-after = mit { $cover } käme es für { $who } { $months } nach Beginn zu Engpässen ({ $market })
own-not-within = { $n ->
    [one] mit { $cover } käme es für { $who } nicht innerhalb von { $months } Monat zu Engpässen
   *[other] mit { $cover } käme es für { $who } nicht innerhalb von { $months } Monaten zu Engpässen
}
summary-sentence = { $lead }, von der Mine bis zum Magneten { $weakest ->
        [yes] (schwächste Stufe: { $stage })
       *[no] (keine Stufe hängt von China ab)
    }; { $price }; { $stocks }{ $recover }{ $own }.
summary-replay = Nachgespielt mit Daten von 2009, nur für NdPr- und Dy-Oxid: Für Tb und Magnete hat der Datensatz keinen Markt von 2009. { $policy }, und zwar { $duration } lang ab { $start }, dann ergäbe sich Folgendes: { $ndpr }; { $dy }; { $stocks }{ $recover }.

## Headline cards (src/ui/headlines.rs). Formulas keep their symbols; the words around them
## are translated.
card-how = Wie wird das berechnet?
card-dependency-title = Abhängigkeit von China von der Mine bis zum Magneten (NdPr)
card-dependency-heavy = Schwere Seltene Erden (Dy+Tb): { $value }
card-weakest-stage = Schwächste Stufe: { $stage }
card-weakest-none = Keine Stufe hängt von China ab
card-dependency-note = Die schwächste Stufe ist die, an der die Abhängigkeit entlang der Kette am stärksten springt. Mehr dazu in der Methodik: „Abhängigkeit entlang der Kette“.
card-market-title = { $market }: Preis außerhalb Chinas
card-not-replayed = Nicht nachgespielt: Der Datensatz hat für diesen Markt keine Zahlen für 2009, daher umfasst die Nachbildung von 2010–11 nur NdPr- und Dy-Oxid.
card-replay-today = Nicht nachgespielt: Diese Karte beschreibt die heutige Lieferkette, und der Datensatz hat keine Kette nach Stufen für 2009. Die Nachbildung umfasst nur die NdPr- und Dy-Oxid-Märkte von 2009.
chart-not-replayed = Nicht nachgespielt: Diese Grafik beruht auf der heutigen Lieferkette und den heutigen Produkten, die der Datensatz für 2009 nicht hat.
card-capped = { $peak } — { $unmet } der Nachfrage ungedeckt
card-capped-note = { " " }über 12 Monate
card-backstop-from = Am Höchstpreis ab { $month }
card-backstop-detail = : Käufer wechseln die Technik oder verzichten
card-unmet-up-to = ; ungedeckt bis zu { $share } im { $month }
card-period = .
card-unmet-range = Ungedeckt, 12-Monats-Mittel · { $range }
card-average-price = Preis im 12-Monats-Mittel: { $value }
card-average-note = { " " }12-Monats-Mittel
card-no-month-above = Kein Monat über { $peak } in den 36 Monaten
card-central-peak = { " " }im zentralen Fall · Spitze { $range }
card-peak = Spitze { $peak } im { $month }
card-unmet = Ungedeckte Nachfrage: { $unmet } (12-Monats-Mittel)
card-inside-china = In China: { $change } (12-Monats-Mittel)
card-price-line = { $baseline } US$/kg im Jahr { $year } → { $now } US$/kg (12-Monats-Mittel)
card-price-line-capped = { $baseline } US$/kg im Jahr { $year } → mindestens { $now } US$/kg (12-Monats-Mittel)
card-market-note = Die Nachfrage wächst ab { $base } um { $growth } pro Jahr (×{ $factor } bis { $year }). Vorräte werden abgebaut, solange Chinas Exporte knapp sind, und danach wieder aufgebaut; am Höchstpreis wechseln Käufer die Technik, und der Rest der Lücke bleibt ungedeckt, daher ist der Preis dort eine Untergrenze. Mehr dazu in der Methodik: „Ein monatlicher Weltmarkt mit Lagerbeständen“.
card-market-note-replay = Die Märkte wie im Jahr { $year }, ohne Wachstum: Die Nachbildung rechnet mit den Zahlen dieses Jahres. Vorräte werden abgebaut, solange Chinas Exporte knapp sind, und danach wieder aufgebaut; am Höchstpreis wechseln Käufer die Technik, und der Rest der Lücke bleibt ungedeckt, daher ist der Preis dort eine Untergrenze. Mehr dazu in der Methodik: „Ein monatlicher Weltmarkt mit Lagerbeständen“.
card-formula-magnet =
    jeden Monat, 36 ab dem Beginn (Ströme ÷ 12):
    Käufer außerhalb Chinas: d·m^ed + λ·(S*(m) − S) = X + min(K*, F·(m ÷ c_ex)^es)·[m ≥ c_ex]
    Chinas Magnete: Preis c_cn·(1 + τ), X ≤ a = Quote × E ÷ 12 während der Beschränkung
    c = 1 + Σ w_i (m_i − 1) aus den Oxidpreisen desselben Monats;  m ≤ B, der Rest ungedeckt
    S* = (Vorrat + Panik während der Beschränkung)·d·m^(−θ)
    gezeigt: das 12-Monats-Mittel von m und der höchste Monat
card-formula-oxide =
    jeden Monat, 36 ab dem Beginn (Ströme ÷ 12):
    außerhalb Chinas: N_e(m) = d·m^ed + λ·(S*(m) − S) − min(K, F·m^es)
    China: N_c(m) = c·C·m^es_cn − D_cn·m^ed − λ·(S*_cn(m) − S_cn)
    ein Markt: N_c(m_cn) = N_e(m_cn·(1 + τ)) = X;  geteilt, wenn X > a = Quote × E ÷ 12
    m ≤ B, der Rest ungedeckt;  S* = (Vorrat + Panik während der Beschränkung)·d·m^(−θ)
    gezeigt: das 12-Monats-Mittel von m und der höchste Monat
card-time-title = Wie lange die Vorräte außerhalb Chinas reichen und wann sich die Preise erholen
card-time-survive = Durchhaltezeit
card-time-recover = Erholungszeit
card-time-from = Monate ab { $month }: bis Käufern außerhalb Chinas Material fehlt (ungedeckte Nachfrage oder Vorräte unter 10 % ihres Anfangsstands) und bis der Preis außerhalb Chinas wieder innerhalb von 10 % des Normalwerts liegt.
card-first-short = Zuerst knapp: { $market }
card-catch-up = Das Angebot außerhalb Chinas holt die Nachfrage ein: { $year }
card-not-by-2035 = nicht bis 2035
card-time-formula =
    S* = (Vorrat + Panik während der Beschränkung)·d·m^(−θ)
    Vorräte je Monat: S_i = S_(i−1) + λ·(S*(m) − S_(i−1))
    Durchhalten = erster Monat mit ungedeckter Nachfrage oder S_i < 10 % von S_(−1)
    Erholung = erster Monat nach der Beschränkung mit m innerhalb von 10 % des Normalwerts
card-time-formula-catch-up = holt ein = erstes Jahr mit F + Q ≥ D bei dauerhaft geltender Grenze
card-time-note = Die Durchhaltezeit ist die kürzeste der vier Märkte, die Erholungszeit die längste. Mehr dazu in der Methodik: „Zeit“.
card-time-note-replay = Die Durchhaltezeit ist die kürzere der beiden nachgebildeten Märkte (NdPr- und Dy-Oxid), die Erholungszeit die längere. Mehr dazu in der Methodik: „Zeit“.
card-own-same = { $label }: ebenfalls { $value }.
card-capacity-title = Neue Kapazität, um unter { $target } Abhängigkeit zu kommen
card-capacity-per = pro Jahr, NdPr-Oxid-Äquivalent, auf diesen Stufen:
card-capacity-stage = { $stage } { $tonnes }
card-capacity-none = keine: bereits unter dem Ziel
card-capacity-formula =
    die Magnetstufe muss L = (1 − Ziel) × N durchlassen
    Stufe darüber: L − R;  zusätzlich_s = max(0, L_s − cap_s)
card-capacity-note = Richtwert des EU-Gesetzes zu kritischen Rohstoffen (Critical Raw Materials Act): höchstens 65 % aus einem Land. Mehr dazu in der Methodik: „Abhängigkeit entlang der Kette“.
stage-key-mining = Bergbau
stage-key-separation = Trennung
stage-key-metal = Metall
stage-key-magnet = Magnet
in-need = N (Bedarf, t NdPr-Oxid-Äq./Jahr)
in-cap = cap_{ $stage } (2024 + Projekte)
in-cap-value = { $capacity } → T = { $throughput } → Abh. { $dependency }
in-set-by-you = { $value } (von Ihnen gesetzt)
in-demand = D (Nachfrage außerhalb Chinas, t/Jahr)
in-supply = F (Angebot außerhalb Chinas, t/Jahr)
in-capacity = K (Kapazität außerhalb Chinas, t/Jahr)
in-exports = E (Chinas normale Exporte, t/Jahr)
in-allowed = a (was China während der Beschränkung ausführt, t/Jahr)
in-magnet-exports = X (Chinas Magnetexporte über die 12 Monate, t)
in-makers = Angebot der Hersteller außerhalb Chinas, 12-Monats-Mittel (t/Jahr)
in-cost = c_ex, c_cn (Materialkosten-Faktoren, 12-Monats-Mittel)
in-weights = w (Kostenanteile NdPr, Dy, Tb)
in-restriction = Beschränkung
in-restriction-value = { $months } Monate ab { $start }; Chinas Produktion { $output }; Exportzoll τ { $duty }
in-restriction-months = { $months } Monate ab { $start }
in-buffer = buffer (Vorräte der Käufer zu Beginn, Monate)
in-panic = panic (zusätzlich angestrebte Monate während der Beschränkung)
in-buffer-cn = buffer_cn (Vorräte in China, Monate)
in-theta-lambda = θ, λ (Reaktion der Vorräte auf den Preis; geschlossener Anteil der Lücke pro Monat)
in-ed = ed (Nachfrageelastizität)
in-es = es (Angebotselastizität außerhalb Chinas)
in-es-cn = es_cn (Chinas Angebotselastizität)
in-backstop = B (Höchstpreis-Faktor)
in-price = P (Preis { $year }, US$/kg)
in-buffer-months = buffer (Monate der Nachfrage)
in-panic-months = panic (zusätzlich angestrebte Monate)
in-market = Markt
in-dfq = D, F, Q (t/Jahr)
in-target = Ziel
## The time card's own figure for a country or bloc (src/ui/summary.rs own_time)
own-label = { $view ->
        [us] Eigene Vorräte der Käufer in den Vereinigten Staaten
        [eu] Eigene Vorräte der Käufer in der Europäischen Union
        [japan] Eigene Vorräte der Käufer in Japan
        [korea] Eigene Vorräte der Käufer in Südkorea
        [india] Eigene Vorräte der Käufer in Indien
       *[other] Eigene Vorräte der Käufer
    }
own-label-stockpile = { $view ->
        [us] Eigene Vorräte der Käufer und staatliche Reserve der Vereinigten Staaten
        [eu] Eigene Vorräte der Käufer und staatliche Reserve der Europäischen Union
        [japan] Eigene Vorräte der Käufer und staatliche Reserve Japans
        [korea] Eigene Vorräte der Käufer und staatliche Reserve Südkoreas
        [india] Eigene Vorräte der Käufer und staatliche Reserve Indiens
       *[other] Eigene Vorräte der Käufer und staatliche Reserve
    }
market-word-magnet = Magneten
own-cover-held = halten die eigenen Käufer Vorräte an { $market } für { $months }
own-cover-stockpile-held = halten die eigenen Käufer Vorräte an { $market } für { $months }, und die staatliche Reserve deckt { $stockpile } des Verbrauchs
own-detail-short = Zuerst knapp: { $market }; zu Beginn { $cover }.
own-detail = Zu Beginn { $cover }.

## Compare (src/ui/compare.rs): the picker, the A/B/B − A table and each card's A line.
## A and B name the two scenarios and stay as they are.
cmp-with = Vergleichen mit…
cmp-nothing = Nichts (ein Szenario)
cmp-pinned-option = A: { $name } (festgehalten)
cmp-this = Dieses Szenario, wie es jetzt ist (als A festhalten)
cmp-normal = Normaler Handel
cmp-pinned = Ihr festgehaltenes Szenario
cmp-changed = { $name }, geändert
cmp-caption = A: { $name } · B: das auf dieser Seite eingestellte Szenario · B − A
cmp-caption-views = { " " }· Sicht von A: { $a }, von B: { $b }
cmp-col-headline = Kennzahl
cmp-hint = A bleibt festgehalten, während Sie B ändern; der Link enthält beide. 12-Monats-Mittel und Spitzen sind zentrale Werte; Bandbreiten für B stehen auf den Karten und in den Diagrammen.
cmp-of-a = { $bound ->
    [at-least] mindestens { $value } gegenüber A
    [at-most] höchstens { $value } gegenüber A
   *[exact] { $value } gegenüber A
}
cmp-points = { $n ->
   *[other] { $value } Prozentpunkte
}
cmp-months = { $value } Monate
cmp-at-most = höchstens { $value }
cmp-beyond = { $value } oder mehr
cmp-both-backstop = beide am Höchstpreis
cmp-not-replayed = nicht in der Nachbildung von 2009
cmp-card-tag = A, { $name }:{ " " }
cmp-card-part = { $short }: { $value } (B − A: { $change })
cmp-card-line = A, { $name }: { $parts }
cmp-separator = ;{ " " }
cmp-magnet-average = Magnetpreis außerhalb Chinas, 12-Monats-Mittel
cmp-magnet-average-short = 12-Monats-Mittel
cmp-magnet-peak = Magnetpreis außerhalb Chinas, Spitzenmonat
cmp-magnet-peak-short = Spitze
cmp-ndpr-average = NdPr-Oxid-Preis außerhalb Chinas, 12-Monats-Mittel
cmp-ndpr-average-short = 12-Monats-Mittel
cmp-dy-average = Dy-Oxid-Preis außerhalb Chinas, 12-Monats-Mittel
cmp-dy-average-short = 12-Monats-Mittel
cmp-tb-average = Tb-Oxid-Preis außerhalb Chinas, 12-Monats-Mittel
cmp-tb-average-short = 12-Monats-Mittel
cmp-magnet-unmet = Ungedeckte Magnetnachfrage, 12-Monats-Mittel
cmp-magnet-unmet-short = ungedeckt
cmp-dy-unmet = Ungedeckte Dy-Oxid-Nachfrage, 12-Monats-Mittel
cmp-dy-unmet-short = ungedeckt
cmp-survive = Durchhaltezeit, alle Käufer außerhalb Chinas
cmp-survive-short = Durchhaltezeit
cmp-recover = Erholungszeit
cmp-recover-short = Erholungszeit
cmp-own-survive = Durchhaltezeit, eigene Vorräte und Reserve im gewählten Blickwinkel
cmp-own-survive-short = eigene Vorräte im gewählten Blickwinkel
cmp-dependency-light = Abhängigkeit von China, Mine bis Magnet (leicht)
cmp-dependency-light-short = leicht
cmp-dependency-heavy = Abhängigkeit von China, Mine bis Magnet (schwer)
cmp-dependency-heavy-short = schwer
cmp-capacity = Neue Kapazität, um unter das Abhängigkeitsziel zu kommen (leicht)
cmp-capacity-short = neue Kapazität
cmp-ev-cost = Magnet-Mehrkosten pro Elektroauto
cmp-ev-cost-short = { "" }

## The race and price charts (src/ui/charts/race.rs, price.rs, mod.rs)
chart-dashed-a = Gestrichelte Linien: A, { $name }. In A: { $finding }
chart-then-a = { $finding } { $dashed }
chart-a-label = A, { $name }
col-a = { $header }, A ({ $name })
series-a = { $name }, A
col-month = Monat
col-outside = Außerhalb Chinas
col-inside = In China
col-unmet = Ungedeckte Nachfrage
col-market = Markt
race-title = Das Rennen: Vorräte gegen Erholung, Monat für Monat
race-alt = Drei Liniendiagramme zu { $market } über die { $months } Monate ab { $start }: der Preis außerhalb und innerhalb Chinas (× normal, mit p10–p90 des Mittels der ersten 12 Monate), die Reichweite der Vorräte der Käufer in Monaten und der ungedeckte Anteil der Nachfrage{ $shaded ->
        [yes] ; die Beschränkung ({ $duration }) ist schattiert
       *[no] {""}
    }. { $finding } Werte je Monat in der Datentabelle.
race-none = Ohne Beschränkung werden die Vorräte der Käufer nicht abgebaut, und die Preise bleiben normal.
race-short-first = Bei Käufern von { $market } kommt es schon im ersten Monat zu Engpässen
race-stocks-last = Die Vorräte an { $market } reichen { $months }
race-stocks-beyond = Die Vorräte an { $market } reichen über die gezeigten { $months } Monate hinaus
race-price-backstop = der Preis außerhalb Chinas erreicht im { $month } den Höchstpreis von mindestens { $peak }
race-price-peak = der Preis außerhalb Chinas erreicht im { $month } seine Spitze bei { $peak }
race-price-steady = der Preis außerhalb Chinas bleibt innerhalb von 10{ "\u00A0" }% des Normalwerts
race-back = ab { $month } liegen alle vier Märkte wieder innerhalb von 10{ "\u00A0" }% des Normalwerts
race-not-back = die Preise sind innerhalb der gezeigten { $months } Monate nicht wieder normal
race-finding = { $stocks }; { $price }, und { $back }.
race-mark-out = Vorräte erschöpft
race-mark-normal = wieder normal
race-shade = Beschränkung
race-col-stocks = Vorräte (Monate Deckung)
race-col-stocks-short = Vorräte
race-col-exports = Exporte (t/Monat)
race-panel-price = { $market }: Preis, × normal
race-panel-stocks = Vorräte der Käufer außerhalb Chinas, Monate Deckung
race-panel-unmet = Ungedeckte Nachfrage außerhalb Chinas
race-unmet-share = Ungedeckter Anteil
price-title = Preisschock: außerhalb und innerhalb Chinas
price-alt = Balkendiagramm der Preisfaktoren auf logarithmischer Skala: 12-Monats-Mittel außerhalb und innerhalb Chinas und der Spitzenmonat. { $finding }
price-series-outside = Außerhalb Chinas, 12-Monats-Mittel
price-series-inside = In China, 12-Monats-Mittel
price-series-peak = Außerhalb Chinas, Spitzenmonat
price-series-spread = Spanne, außerhalb ÷ innerhalb
price-e1-label = Nd, 2011 ÷ 2009 (Rückrechnung E1)
price-e1-row = Nd, Mittel 2011 ÷ 2009: Rückrechnung E1, mit Chinas Preisen wie beobachtet (Modell 2; beobachtet)
price-see-methodology = siehe Methodik
price-peak-in = { $peak } im { $month }
price-col-outside = Außerhalb Chinas, 12-Monats-Mittel
price-col-inside = In China, 12-Monats-Mittel
price-col-peak = Spitzenmonat außerhalb Chinas
price-col-spread = Spanne
price-col-spread-observed = Spanne / beobachtet
price-reference = Preis { $year }
price-observed = Beobachtet
price-hold = bleiben stabil
price-rise-to = steigen auf { $value }
price-rise = steigen um { $change }
price-fall = fallen um { $change }
price-moves-backstop = erreichen den Höchstpreis von mindestens { $cap }, bei { $unmet } ungedeckter Nachfrage
price-none-normal = Die Preise bleiben auf dem Stand von { $year }, denn China exportiert in diesem Szenario normal.
price-none-moved = Die Preise bleiben auf dem Stand von { $year }, denn es wird nichts zurückgehalten, was Käufer außerhalb Chinas nicht ersetzen können.
price-magnets-both = Die Magnetpreise außerhalb und innerhalb Chinas { $outside }
price-magnets = Die Magnetpreise außerhalb Chinas { $outside }; die chinesischen Inlandspreise { $inside }
price-finding = In den ersten 12 Monaten: { $magnets }; die Dy-Oxid-Preise außerhalb Chinas { $dy }.
price-finding-replay = In den ersten 12 Monaten: Die NdPr-Oxid-Preise außerhalb Chinas { $ndpr }; die chinesischen Inlandspreise { $inside }; die Dy-Oxid-Preise außerhalb Chinas { $dy }. Tb und Magnete fehlen in den Daten von 2009.

## Downloads (src/ui/export/): the CSV's column headings and title, the scenario in one line
## and the sources for a chart's PNG footer and the printed card. The CSV's cells stay the
## report's keys and values.
csv-section = Abschnitt
csv-metric = Kennzahl
csv-year = Jahr
csv-unit = Einheit
csv-central = zentral
csv-p10 = p10
csv-p50 = p50
csv-p90 = p90
csv-title = Rechner für Lieferkettenrisiken Seltener Erden: Ergebnisse
export-sources = Quellen: { $list }
export-sources-more = Quellen: { $list } und { $more } weitere (siehe Quellen & Daten im Rechner)
export-sources-none = Quellen: siehe Quellen & Daten im Rechner
export-png-credit = { $credit } · Datenstand { $vintage } · Modell { $model }
line-from = Szenario ab { $start }
line-seen-from = Sicht: { $who }
line-restriction = { $n ->
        [one] { $months } Monat lang lässt China { $light } der leichten, { $heavy } der schweren Seltenen Erden und { $magnet } der Magnetexporte hinaus
       *[other] { $months } Monate lang lässt China { $light } der leichten, { $heavy } der schweren Seltenen Erden und { $magnet } der Magnetexporte hinaus
    }
line-output = Chinas Produktion { $share }
line-duty = Exportzoll { $share }
line-projects = Projekte umgesetzt { $share }, { $delay } Jahre verspätet
line-projects-status = Projekte umgesetzt mit der Wahrscheinlichkeit ihres Status (im Durchschnitt { $share }), { $delay } Jahre verspätet
line-extra = zusätzliche Kapazität
line-growth = Nachfrage +{ $share }/Jahr
line-buffer = Vorräte der Käufer { $months } Monate
line-panic = Panikkäufe { $months } Monate
line-buffer-cn = Vorräte in China { $months } Monate
line-stockpiling = China legt Reserven für { $months } Monate an
line-preset = Voreinstellung { $preset }

## The dataset's own words (data/projects.csv: country and status; src/ui/words.rs data_word).
## Names of companies, projects and sources stay as they are.
country-angola = Angola
country-australia = Australien
country-brazil = Brasilien
country-brazil-and-chile = Brasilien und Chile
country-estonia = Estland
country-france = Frankreich
country-germany = Deutschland
country-india = Indien
country-japan = Japan
country-malawi = Malawi
country-malaysia = Malaysia
country-norway = Norwegen
country-saudi-arabia = Saudi-Arabien
country-south-africa = Südafrika
country-south-korea = Südkorea
country-united-kingdom = Vereinigtes Königreich
country-united-states = Vereinigte Staaten
country-vietnam = Vietnam
status-announced = angekündigt
status-commissioning = Inbetriebnahme
status-construction = im Bau
status-development = in Entwicklung
status-feasibility = Machbarkeitsstudie
status-financed = finanziert
status-operating = in Betrieb
status-pre-fid = vor der Investitionsentscheidung
status-ramping = im Hochlauf
status-shut = stillgelegt
status-stalled = ins Stocken geraten
unit-elasticity = Elastizität
unit-factor = Faktor
unit-multiple = Vielfaches
unit-share = Anteil
unit-yr = J.
unit-yr-slip = J. Verzug
unit-t-yr = t/Jahr

## The loading message of index.html (static/frame.js says it before the app loads) and the
## overlay a crash shows (src/ui/panic.rs; English if the catalogue itself failed)
app-loading = Der Rechner wird geladen…
panic-title = Im Rechner ist ein Fehler aufgetreten
panic-text = Er ist angehalten und reagiert erst wieder, wenn die Seite neu geladen wird. Ihre Einstellungen stehen in der Adresse der Seite, daher bringt ein Neuladen sie zurück.
panic-reload = Seite neu laden
panic-report = Problem melden

## Notices (src/model/scenario/parse.rs, src/model/engine/assemble.rs; src/ui/notices.rs)
notice-unknown-more = { $count } weitere Einstellungen, die dieser Rechner nicht kennt, wurden ignoriert.
notice-repeated = { $key } wurde mehrfach angegeben; es gilt der letzte Wert ({ $value }).
notice-model-1 = Dieser Link wurde für Modell 1 erstellt: Seine Einstellungen behalten ihre Bedeutung (eine Beschränkung, die ein Jahr dauert), und die Zahlen stammen jetzt aus Modell 2, einem Monatsmarkt mit Vorräten.
notice-url-version = Dieser Link verwendet die Einstellungsversion { $given }; er wurde als Version { $current } gelesen.
notice-data-version = Dieser Link wurde mit den Daten vom { $given } erstellt; die Zahlen verwenden die aktuellen Daten ({ $current }).
notice-model-version = Dieser Link wurde mit der Modellversion { $given } erstellt; die Zahlen verwenden Version { $current }.
notice-lang = „{ $value }“ ist keine Sprache, die dieser Rechner anbietet ({ $codes }); er wird auf Englisch angezeigt.
notice-unknown-key = „{ $key }“ ist keine Einstellung, die dieser Rechner kennt; sie wurde ignoriert.
notice-outside = { $key }={ $value } liegt außerhalb von { $min }–{ $max }; verwendet wird { $used }.
notice-not-number = { $key }={ $value } war keine Zahl; verwendet wird { $used }.
notice-not-number-dataset = { $key }={ $value } war keine Zahl; verwendet wird der Wert des Datensatzes.
notice-not-whole-year = { $key }={ $value } ist kein ganzes Jahr; verwendet wird { $used }.
notice-not-whole-months = { $key }={ $value } ist keine ganze Zahl von Monaten; verwendet wird { $used }.
notice-ed-negative = ed={ $value } sollte negativ sein (die Nachfrage sinkt, wenn die Preise steigen); verwendet wird { $used }.
notice-elasticity = { $key }={ $value } ist weder „low“, „central“, „high“ noch eine Zahl; verwendet wird „central“.
notice-unknown-preset = Es gibt kein Szenario namens „{ $value }“; stattdessen gelten die Voreinstellungen. Szenarien: { $presets }.
notice-view = view={ $value } ist nicht { $views } oder { $last }; verwendet wird „us“.
notice-view-preset = view={ $value } (im Szenario) ist nicht { $views } oder { $last }; verwendet wird „us“.
notice-backstop = { $market }: In manchen Monaten würden Käufer außerhalb Chinas mindestens den Höchstpreis (×{ $cap }) zahlen und trotzdem zu wenig bekommen; in den ersten 12 Monaten bleiben { $unmet } % ihrer Nachfrage ungedeckt – sie muss ausweichen oder ausfallen.
notice-in-compare = Im Vergleichsszenario (A): { $text }

## Methodology: translations (src/ui/methodology/about.rs)
m-translations-title = Übersetzungen
m-translations-which = Die Seite ist auf Englisch geschrieben. Die deutsche, französische, japanische und spanische Fassung sind maschinell unterstützte Übersetzungen, auf Einheitlichkeit geprüft, aber nicht von einer professionellen Übersetzerin oder einem professionellen Übersetzer. Namen (MP Materials, Lynas, NdFeB, Elementsymbole) und die Schlüssel der URL werden nicht übersetzt.
m-translations-fix = Um eine Übersetzung zu korrigieren, ändern Sie ihre Nachricht im Katalog der Sprache unter i18n/ und öffnen Sie einen Pull Request. Der Katalog dieser Seite ist { $file }; der Zusammenfassungssatz zum Beispiel ist die Nachricht „{ $id }“ in Zeile { $line }. Der Build prüft, dass jeder Katalog jede Nachricht aus i18n/en.ftl mit denselben Variablen enthält.

## Charts (src/ui/charts/, src/ui/chart_card.rs)
chart-show-table = Datentabelle zeigen
chart-hide-table = Datentabelle ausblenden
chart-download-png = PNG herunterladen
chart-download-png-of = : { $title }
chart-table-label = { $title } (Datentabelle)
market-magnet-short = Magnete
chain-light = Leicht (NdPr)
chain-heavy = Schwer (Dy+Tb)
col-year = Jahr
col-dependency-light = Abhängigkeit, leicht
col-dependency-heavy = Abhängigkeit, schwer
col-product = Produkt
col-magnet = Magnet
col-added-cost = Mehrkosten
col-output-at-risk = Gefährdete Produktion
col-chain-stage = Kette und Stufe
col-dependency-year = Abhängigkeit { $year }
col-direct-reliance = Direkte Abhängigkeit
col-china-share = Chinas Weltanteil
col-assumption = Annahme
col-low-end = Unteres Ende → Kennzahl
col-high-end = Oberes Ende → Kennzahl
timeline-title = 2024–2035: Abhängigkeit und Preise Jahr für Jahr
timeline-finding = Die Abhängigkeit von China entlang der Kette von der Mine bis zum Magneten liegt in diesem Szenario im Jahr 2024 bei { $first } und im Jahr 2035 bei { $last }.
timeline-alt = Zwei Liniendiagramme für 2024–2035. { $finding } Werte je Jahr in der Datentabelle.
timeline-panel-dependency = Abhängigkeit von China, Mine bis Magnet
timeline-panel-price = Preis außerhalb Chinas, 12-Monats-Mittel (× 2024)
exposure-title = Was es kostet: Magnet-Mehrkosten je Einheit
exposure-finding = Beim mittleren Magnetpreis der 12 Monate betragen die höchsten Mehrkosten bei bekannter Magnetmasse { $cost } { $per } ({ $product }); die Magnete eines Elektroautos kosten { $car } mehr.
exposure-finding-none = Keine Mehrkosten: Der mittlere Magnetpreis der 12 Monate außerhalb Chinas bewegt sich in diesem Szenario nicht.
exposure-alt = Horizontales Balkendiagramm mit logarithmischer Skala. { $finding }
exposure-series = Mehrkosten je Einheit (US$)
exposure-upper-bound = { $name } (Obergrenze)
exposure-note-unverified = Mit „≤“ in der Grafik und „Obergrenze“ in der Tabelle markiert: Öffentlich bekannt ist nur das gesamte Seltenerdmaterial an Bord, nicht die NdFeB-Magnete (keine Stückliste veröffentlicht); die Mehrkosten sind also höchstens die gezeigten, und diese Produkte stehen nicht in der Überschrift.
stage-mining-short = Bergbau
stage-separation-short = Trennung
stage-metal-short = Metall
stage-magnet-short = Magnete
chain-title = Abhängigkeit von China auf jeder Stufe, von der Mine bis zum Magneten
chain-finding = Im Jahr { $year } kämen für { $who } { $dependency } des NdPr auf { $view ->
       *[other] der
    } Magnetstufe aus China (heute { $today }){ $weakest ->
        [yes] ; das schwächste Glied ist die Stufe „{ $stage }“
       *[no] {""}
    }.
chain-alt = Balkendiagramm. { $finding } Schwere Seltene Erden: { $heavy } auf der Magnetstufe. { $note }Details in der Datentabelle.
chain-series-light = Leicht, { $year }
chain-series-heavy = Schwer, { $year }
chain-target = Ziel { $share }
crma-extraction = Gewinnung
crma-processing = Verarbeitung
crma-recycling = Recycling
crma-single-supplier = einzelner Lieferant
crma-extraction-note = Die Bergbaustufe zählt chinafreies Erz aus der EU sowie im Ausland per Abnahmevertrag gesichertes, wo eine Quelle die Menge nennt (Methodik, „Zahlen für diesen Blickwinkel“); das Gesetz zählt nur die Gewinnung in der EU.
crma-processing-note = Verarbeitung auf EU-Boden zählt unabhängig von der Herkunft des Erzes, chinafreies Erz ist hier also nicht nötig; Metall ist der letzte Verarbeitungsschritt vor dem Magneten.
crma-recycling-note = Eine Untergrenze: Recyclinganlagen, die als Projekte geführt werden, erhöhen die Stufenkapazität, nicht das Recyclingmaterial, und Magnet-zu-Magnet-Recycling zählt zur Magnetkapazität (R_magnet = 0).
crma-single-supplier-note = China ist das einzige Drittland, das die Kette misst; die 65 % des Gesetzes gelten für jedes einzelne.
crma-check-at-least = { $name } ({ $value } des Bedarfs, mindestens { $benchmark })
crma-check-at-most = { $name } ({ $value } aus China, höchstens { $benchmark })
crma-unmeasured = { $name } (die Kette kann es nicht messen: { $note })
crma-none = keine
crma-list-separator = ;{ " " }
crma-sentence = Richtwerte des EU-Gesetzes über kritische Rohstoffe im Jahr { $year }, für die schwächere der beiden Ketten. Erfüllt: { $met }. Nicht erfüllt: { $missed }.
crma-not-measured = Nicht gemessen: { $list }.
crma-lines = Die Linien markieren höchstens 65 % aus China auf jeder Stufe und die Abhängigkeit, bei der 40 % Verarbeitung und 10 % Gewinnung in der EU erreicht wären.
crma-line-single = CRMA: ≤ { $share } aus einem Land
crma-line-processed = CRMA: { $share } in der EU verarbeitet
crma-line-mined = CRMA: { $share } in der EU gewonnen
drivers-title = Was diese Zahl bestimmt
drivers-alt = Horizontale Balken, einer je Annahme, jeder vom Wert der Kennzahl am unteren bis zum oberen Ende der Annahme, die breitesten zuerst, um den Wert dieses Szenarios. { $finding } Details in der Datentabelle.
drivers-finding = { $headline }: { $value }. Am stärksten wirkt die Annahme „{ $driver }“ (unteres Ende: { $low }, oberes Ende: { $high }){ $second }.
drivers-finding-none = { $headline }: { $value }. Keine Annahme verändert diesen Wert in diesem Szenario.
drivers-then = , danach „{ $driver }“
drivers-this-scenario = dieses Szenario
drivers-headline = Kennzahl
drivers-pending = Was diese Zahl bestimmt: wird berechnet, sobald die Bandbreiten vorliegen.
driver-ed = Nachfrageelastizität (ed)
driver-es = Angebotselastizität (es)
driver-theta = Wie die Reserve mit dem Preis sinkt (θ)
driver-lambda = Wie schnell Käufer auffüllen (λ)
driver-panic = Panikkäufe (Monate)
driver-buffer = Vorräte der Käufer zu Beginn
driver-pipeline = Gelieferte Projekte
driver-delay = Projektverzug (Jahre)
driver-growth = Nachfragewachstum (%/Jahr)
headline-magnet_price = Magnetpreis außerhalb Chinas, 12-Monats-Mittel
headline-magnet_peak = Magnetpreis außerhalb Chinas, Spitzenmonat
headline-ndpr_price = NdPr-Oxid-Preis außerhalb Chinas, 12-Monats-Mittel
headline-dy_price = Dy-Oxid-Preis außerhalb Chinas, 12-Monats-Mittel
headline-dy_unmet = Ungedeckte Dy-Oxid-Nachfrage, 12-Monats-Mittel
headline-time_to_survive = Durchhaltezeit, Monate

## Products (data/products.csv: name and per)
product-ev-motor = Elektroauto (Antriebs- und andere Motoren)
product-ev-motor-per = je Fahrzeug
product-wind-dd-mw = Windkraftanlage mit Direktantrieb
product-wind-dd-mw-per = je MW
product-f35 = Kampfflugzeug F-35
product-f35-per = je Flugzeug
product-ddg51 = Zerstörer Arleigh Burke DDG-51
product-ddg51-per = je Schiff
product-virginia-ssn = U-Boot der Virginia-Klasse
product-virginia-ssn-per = je U-Boot
product-hdd = Festplatte
product-hdd-per = je Laufwerk
product-humanoid-robot = humanoider Roboter
product-humanoid-robot-per = je Roboter

## Sources & data (src/ui/sources.rs)
src-intro = Datenstand { $vintage }. Basisjahr { $year }. Jede Zahl trägt Einheit, Jahr, Quelle und Verlässlichkeit: hoch (aus der Primärveröffentlichung), mittel (Sekundärbericht), niedrig (einzelne oder unklare Quelle), abgeleitet (aus belegten Werten berechnet), Annahme (veränderbarer Standardwert von Analysten).
src-credit-line = Quellenangabe:{ " " }
src-download = Datensatz herunterladen (JSON)
src-sources = Quellen
src-loading = Titel und Links der Quellen werden geladen …
src-failed = Titel und Links der Quellen konnten nicht geladen werden ({ $why }); jede Quelle zeigt Herausgeber und Lizenz. Laden Sie die Seite online neu, um sie zu sehen.
methodology-loading = Die Methodik wird geladen …
methodology-failed = Die Methodik konnte nicht geladen werden ({ $why }). Laden Sie die Seite online neu, um sie zu sehen.
src-licence = . Lizenz: { $licence }
src-read-here = hier lesen
src-link = Link
src-table-label = { $caption } (Tabelle)
src-col-figure = Kennzahl
src-col-value = Wert
src-col-unit = Einheit
src-col-year = Jahr
src-col-confidence = Verlässlichkeit
src-col-source = Quelle
src-col-project = Projekt
src-col-country = Land
src-col-stage = Stufe
src-col-capacity = Angekündigte Kapazität
src-col-start = Start
src-col-status = Status
src-col-odds = Wahrscheinlichkeit der Fertigstellung
confidence-high = hoch
confidence-medium = mittel
confidence-low = niedrig
confidence-derived = abgeleitet
confidence-assumption = Annahme
src-world-mine = Weltweite Bergbauproduktion
src-china-mine = Chinas Bergbauproduktion
src-us-mine = Bergbauproduktion der USA
src-us-reliance = Nettoimportabhängigkeit der USA
src-china-magnets = Chinas Magnetexporte
src-world-production = Weltproduktion W
src-china-production = Chinas Produktion C
src-supply-outside = Angebot außerhalb Chinas F
src-capacity-outside = Kapazität außerhalb Chinas K
src-demand-outside = Nachfrage außerhalb Chinas D
src-reported-exports = Chinas gemeldete Exporte
src-price = Preis 2024 P
src-ed = Nachfrageelastizität (zentral)
src-es = Angebotselastizität (zentral)
src-backstop = Höchstpreis-Multiplikator B
src-baseline-caption = Ausgangswerte 2024
src-need = { $view } · Kette { $chain }: Bedarf N
src-market-row = { $market }: { $what }
src-stage-capacity = { $view } · { $chain } · { $stage }: Kapazität
src-stage-recycled = { $view } · { $chain } · { $stage }: Recyclingmaterial
src-chain-label = Kapazitäten und Bedarf der Kette
src-chain-caption = Chinafreie Kapazität und Bedarf entlang der Kette, 2024 (t/Jahr; leicht: NdPr-Oxid-Äq., schwer: Dy+Tb-Oxid-Äq.)
src-product-magnet = { $product } ({ $per }): Magnet
src-product-dytb = { $product } ({ $per }): Dy+Tb
src-products-label = Produkte
src-products-caption = Produkte (Kostenansicht)
src-not-disclosed = nicht veröffentlicht
src-projects-label = Projekte außerhalb Chinas
src-projects-caption = { $n ->
    [one] Angekündigtes und laufendes Projekt außerhalb Chinas ({ $count })
   *[other] Angekündigte und laufende Projekte außerhalb Chinas ({ $count })
}

## Methodology: the model in plain language (src/ui/methodology/plain.rs)
m-plain-title = Das Modell in einfachen Worten
m-plain-what = Der Rechner ist ein transparentes Partialgleichgewichtsmodell von vier Märkten mit einem Preis – NdPr-Oxid, Dysprosiumoxid, Terbiumoxid und gesinterte NdFeB-Magnete – und der Kette von der Mine bis zum Magneten (Bergbau, Trennung in Oxide, Metall- und Legierungsherstellung, Magnetherstellung) für leichte und schwere Seltene Erden.
m-plain-path = Ausgehend von einer belegten Ausgangslage 2024 lässt es die Nachfrage bis zum Szenariojahr wachsen und fügt die angekündigten Projekte außerhalb Chinas nach ihrer Realisierungswahrscheinlichkeit und ihrem Hochlauf hinzu. Dann verfolgt es jeden Markt Monat für Monat über 36 Monate:
m-plain-months = Monate. Die Beschränkung dauert { $months }. Solange sie gilt, verlässt nur der eingestellte Anteil von Chinas normalen Exporten tatsächlich China, Chinas eigene Produktion kann gesenkt oder erhöht werden (hier { $output } des Normalwerts), und ein Exportzoll kann erhoben werden (hier { $duty }). Danach fließen die Exporte wieder frei.
m-plain-stocks = Vorräte. Käufer außerhalb Chinas beginnen mit Vorräten (bei Magneten reichen sie hier für { $buffer }). Sie bauen sie ab, solange der Preis hoch ist, und füllen sie wieder auf, wenn er sinkt, wobei sie jeden Monat einen Teil der Lücke schließen. Solange die Beschränkung gilt, versuchen sie zudem, ihre Reserve um { $panic } aufzustocken (Panikkäufe), was die Preise früh steigen lässt. Vorräte in China folgen derselben Regel.
m-plain-market = Ein Weltmarkt, der sich teilen kann. Solange Chinas Exporte nicht begrenzt sind, räumt ein einziger Preis den Weltmarkt, außerhalb Chinas zuzüglich des Zolls. Greift die Exportgrenze, teilt sich der Markt: Außerhalb Chinas steigt der Preis, bis die Käufer weniger verbrauchen, auf ihre Vorräte zurückgreifen und Anbieter außerhalb Chinas mehr produzieren; in China bleibt das zurückgehaltene Material im Land, und der Preis fällt, sofern China nicht seine eigene Produktion senkt oder eigene Vorräte anlegt. Der Magnetmarkt folgt über die Materialkosten der Hersteller den Oxidpreisen desselben Monats.
m-plain-backstop = Der Höchstpreis. Beim B-fachen des Preises von 2024 (bei Magneten { $backstop }) wechseln Käufer die Technik, statt mehr zu zahlen. Schließt auch das die Lücke nicht, bleibt der Rest der Nachfrage ungedeckt, und der markträumende Preis liegt noch höher: Der Rechner schreibt dann „mindestens ×B“ und nennt den ungedeckten Anteil, nie ein bloßes ×B.
m-plain-figures = Was die Zahlen sind. Preise sind das 12-Monats-Mittel des Verlaufs (seine ersten 12 Monate, wie Jahresstatistiken sie melden) und sein Spitzenmonat; die Durchhaltezeit zählt die Monate, bis Käufern erstmals etwas fehlt (Nachfrage ungedeckt oder Vorräte unter 10 % ihres Anfangsstands), die Erholungszeit die Monate, bis der Preis außerhalb Chinas wieder innerhalb von 10 % des Normalwerts liegt.
m-plain-example = Im angezeigten Szenario beginnt der Verlauf im { $start }. Am stärksten bewegt sich der Markt für { $market }: Außerhalb Chinas liegt der Preis in den ersten 12 Monaten im Mittel bei { $average } und erreicht { $peak } im Spitzenmonat { $peak_month }; in China liegt er im Mittel bei { $china }
m-plain-example-unmet = , und { $unmet } der Nachfrage außerhalb Chinas bleiben in diesen 12 Monaten ungedeckt
m-plain-example-end = . { $short ->
        [yes] Bei Käufern kommt es { $survive } nach Beginn zu Engpässen
       *[no] Die Vorräte der Käufer reichen über die gezeigten { $shown } Monate hinaus
    }, und { $back ->
        [yes] die Preise liegen { $recover } nach Beginn wieder innerhalb von 10 % des Normalwerts
       *[no] die Preise liegen in den gezeigten { $shown } Monaten nicht wieder innerhalb von 10 % des Normalwerts
    }.
m-plain-example-none = Im angezeigten Szenario beginnt der Verlauf im { $start }, ohne geltende Beschränkung: Die Vorräte der Käufer werden nicht abgebaut, und die Preise bleiben normal.
m-plain-dependency = Abhängigkeit ist für { $who } der Anteil des Bedarfs, der auf keiner Stufe durch chinafreie Produktion gedeckt werden kann, Stufe für Stufe entlang der Kette. Jede Zahl hat eine Bandbreite aus { $draws } Modellläufen, die die Elastizitäten, das Vorratsverhalten (θ, λ und Panikkäufe) und die gelieferten Projekte ziehen (Seed { $seed }); die zentrale Zahl verwendet zentrale Werte und die erwartete Kapazität.
m-plain-not-forecast = Der Verlauf ist keine Prognose des Spotpreises im nächsten Monat: Er zeigt, was eine Beschränkung dieser Dauer und Stärke mit Märkten mit diesen Vorräten und diesen Elastizitäten macht.

## Methodology: its table of contents (src/ui/methodology/mod.rs)
m-nav-back = Zurück zum Rechner
m-nav-formulas = Formeln mit Ihren Zahlen
m-nav-assumptions = Annahmen
m-nav-view = Zahlen für diesen Blickwinkel
m-nav-backtests = Rückrechnungen
m-nav-limits = Was er nicht sagen kann
m-nav-cite = Zitieren
m-nav-changes = Änderungen

## Methodology: shared words of the page's tables (src/ui/methodology/mod.rs). Symbols (D_t, es_cn,
## B…), URL keys and element symbols stay as they are.
m-label-ndpr = NdPr-Oxid
m-label-dy = Dy-Oxid
m-label-tb = Tb-Oxid
m-label-magnet = Magnete
m-unit-share = Anteil
m-unit-t-yr = t/Jahr
m-unit-kg-kg = kg je kg
m-unit-yr = Jahre
m-col-value = Wert
m-col-unit = Einheit
m-col-note = Anmerkung
m-col-figure = Größe
m-col-market = Markt
m-col-stage = Stufe
m-ref-loading = Wird geladen…
m-ref-failed = (konnte nicht geladen werden; online neu laden)

## Methodology: formulas with your numbers (src/ui/methodology/formulas.rs). Formulas keep their
## symbols; only the words around them are translated. $-variables that are figures arrive as
## live numbers.
m-formulas-title = Die Formeln, mit den Zahlen des angezeigten Szenarios
m-formulas-scenario = { $scenario } (Modell { $model }, Daten { $data }). Ändern Sie es im Rechner, und diese Zahlen folgen.
m-f-year-title = Jahr t: Nachfrage, neue Kapazität, Chinas Exporte
m-f-monthly-title = Ein monatlicher Weltmarkt mit Lagerbeständen
m-f-monthly =
    Jeder Monat i = 0 … 35 ab Beginn des Verlaufs; Ströme sind die eines Jahres ÷ 12; Monate 0–11 nutzen die Struktur von Jahr t, 12–23 die von t+1, 24–35 die von t+2.
    Solange i < months: a_i = quota · E_t ÷ 12, c = china_output, τ = export_duty;  danach: keine Grenze, c = 1, τ = 0
    Außerhalb Chinas: N_e(m) = d · m^ed + λ · (S*(m) − S_(i−1)) − min(K_t, F_t · m^es) ÷ 12
    gewünschter Bestand S*(m) = (buffer + panic · [i < months]) · d · m^(−θ);   S_(−1) = buffer · d
    China: N_c(m) = c · C_t ÷ 12 · m^es_cn − D_cn,t ÷ 12 · m^ed − λ · (S*_cn(m) − S_cn,(i−1))
    S*_cn(m) = (buffer_cn + china_stockpiling · [i < months]) · D_cn,t ÷ 12 · m^(−θ)
    1. ein Markt: N_c(m_cn) = N_e(m_cn · (1 + τ)), m = m_cn · (1 + τ), X = N_e(m);  die Lösung, wenn X ≤ a_i
    2. getrennte Märkte (X > a_i): X = a_i;  N_e(m) = a_i,  N_c(m_cn) = a_i
    3. 0.2 ≤ m, m_cn ≤ B;  wenn N_e(B) > X: m = B und ungedeckt u = (N_e(B) − X) ÷ d
    dann S_i = S_(i−1) + λ · (S*(m) − S_(i−1)), nie unter 0
    Magnete: c_ex = 1 + Σ w_k (m_k − 1), c_cn = 1 + Σ w_k (m_cn,k − 1), aus den Oxidpreisen desselben Monats;
    Chinas Magnete kosten im Ausland c_cn · (1 + τ), begrenzt durch a_i;  Hersteller außerhalb Chinas liefern
    min(K*, F_t · (m ÷ c_ex)^es) bei m ≥ c_ex, K* gekürzt um das NdPr, das sie bekommen
    Ausgewiesen: der 12-Monats-Durchschnitt von m, m_cn, m ÷ m_cn und u (Monate 0–11) und das höchste m der 36 Monate
m-markets-label = Marktdaten und Ergebnisse
m-markets-caption = Marktdaten und Ergebnisse, { $year } (zentraler Fall; Tonnen pro Jahr, sofern nicht anders angegeben)
m-col-input = Eingangsgröße
m-row-demand = Nachfrage außerhalb Chinas
m-row-supply = Angebot außerhalb Chinas
m-row-capacity = Kapazität außerhalb Chinas
m-row-added = erwartete neue Kapazität
m-row-exports = Chinas normale Exporte
m-row-quota = Anteil, der China während der Beschränkung verlässt
m-row-allowed = Exporte, die China während der Beschränkung zulässt (Jahresrate)
m-row-ed = Nachfrageelastizität
m-row-es = Angebotselastizität außerhalb Chinas
m-row-es-cn = Chinas Angebotselastizität
m-row-backstop = Höchstpreis-Multiplikator
m-row-china-production = Chinas Produktion
m-row-china-use = Chinas Eigenverbrauch
m-row-buffer = Bestände der Käufer zu Beginn (Monate)
m-row-buffer-cn = Bestände in China zu Beginn (Monate)
m-row-panic = zusätzliche Deckung, die während der Beschränkung gesucht wird (Monate)
m-row-theta = wie schnell die gewünschte Deckung mit dem Preis sinkt
m-row-lambda = Anteil der Bestandslücke, der pro Monat geschlossen wird
m-row-m = Preis außerhalb Chinas, 12-Monats-Durchschnitt
m-row-peak = höchster Monat außerhalb Chinas
m-row-m-cn = Preis in China, 12-Monats-Durchschnitt
m-row-spread = m ÷ m_cn Monat für Monat, 12-Monats-Durchschnitt
m-row-unmet = ungedeckte Nachfrage, 12-Monats-Durchschnitt
m-row-stock-11 = Bestände der Käufer nach 12 Monaten (Monate)
m-f-coupling = Magnetkopplung (12-Monats-Durchschnitte): Materialkostenanteile w_NdPr = { $w_ndpr }, w_Dy = { $w_dy }, w_Tb = { $w_tb }; Kostenmultiplikatoren c_ex = { $cost_ex } und c_cn = { $cost_cn }; durch NdPr begrenzte Kapazität K* = { $capacity } t.
m-f-chain-title = Abhängigkeit entlang der Kette
m-f-chain =
    T_mining = cap_mining + R_mining;   T_s = min(T_(s−1) + R_s, cap_s)
    dep_s = 1 − min(1, T_s ÷ N);   direkte Abhängigkeit = 1 − min(1, (cap_s + R_s) ÷ N)
    gefährdetes Angebot = dep_s · (1 − Quote der Gruppe der Stufe)
m-f-time-title = Zeit
m-f-time =
    Durchhaltezeit = erster Monat (interpoliert) mit u > 0 oder S_i < 10 % von S_(−1); die kürzeste über alle Märkte
    Erholungszeit = erster Monat nach der Beschränkung mit m innerhalb von 10 % des Normalwerts, ab Beginn gezählt;
    die längste über alle Märkte
    Angebot holt auf = erstes Jahr ≥ t mit F_y + Q_y ≥ D_y, die Exportgrenze dauerhaft beibehalten (Regel von Modell 1)
m-f-survive = Ab { $start }{ $case ->
        [short] , { $months } lang: Bei Käufern von { $market } kommt es zuerst zu Engpässen, mit Beständen für { $buffer } und Panikkäufen für { $panic } (θ = { $theta }, λ = { $lambda })
        [never] , { $months } lang: Bei keinem Käufer kommt es in den gezeigten { $shown } Monaten zu Engpässen; die Grafik „Das Rennen“ zeigt die Lage bei { $market }, mit Beständen für { $buffer } und Panikkäufen für { $panic } (θ = { $theta }, λ = { $lambda })
       *[none] : Es gilt keine Beschränkung, die Vorräte der Käufer werden also nicht abgebaut
    }. Durchhaltezeit: { $survive }; Erholungszeit: { $recover }{ $replay ->
        [yes] {""}
       *[no] ; Jahr, in dem das Angebot außerhalb Chinas die Nachfrage einholt: { $year }
    }.
m-f-no-year = kein Jahr bis 2035
m-f-exposure-title = Belastung nach Produkt
m-f-exposure = Mehrkosten je Einheit = Magnet-kg · P_magnet · (m_magnet − 1),   m_magnet der 12-Monats-Durchschnitt außerhalb Chinas
m-f-exposure-intro = Mit P_magnet = { $price } US$/kg und m_magnet = { $multiplier }, zum Beispiel:{ " " }
m-f-exposure-item = { $product }, { $per }: { $kg } → { $cost }
m-f-at-least = mindestens { $cost }
m-f-exposure-sep = { "; " }
m-f-exposure-end = .
m-f-exposure-replay = Nicht nachgespielt: Die Mehrkosten beruhen auf den heutigen Produkten und dem heutigen Magnetmarkt, die der Datensatz für 2009 nicht hat.

## Methodology: assumptions (src/ui/methodology/assumptions.rs)
m-chain-light = Leichte Kette (NdPr)
m-chain-heavy = Schwere Kette (Dy+Tb)
m-chain-unit-light = t NdPr-Oxid-Äquivalent
m-chain-unit-heavy = t Dy+Tb-Oxid-Äquivalent
m-chain-label = { $chain }: Eingangsgrößen und Abhängigkeit
m-chain-caption = { $chain }, { $who } im Jahr { $year }, in { $unit } pro Jahr. Bedarf N = { $need }
m-col-direct = direkte Abhängigkeit
m-col-quota = Quote
m-col-at-risk = gefährdetes Angebot
m-conv-ndpr-oxide = NdPr-Oxid je kg NdPr-Metall
m-conv-ndpr-magnet = NdPr-Metallanteil eines Magneten
m-conv-dy-oxide = Dy-Oxid je kg Dy-Metall
m-conv-tb-oxide = Tb-Oxid je kg Tb-Metall
m-conv-ndpr-mp = NdPr-Anteil am TREO, Mountain Pass
m-conv-ndpr-weld = NdPr-Anteil am TREO, Mt Weld
m-conv-ndpr-monazite = NdPr-Anteil am TREO, Monazit
m-conv-ndpr-loparite = NdPr-Anteil am TREO, Loparit
m-conv-ndpr-ionic = NdPr-Anteil am TREO, ionische Tone
m-conv-dytb-mp = Dy+Tb-Anteil am TREO, Mountain Pass
m-conv-dytb-weld = Dy+Tb-Anteil am TREO, Mt Weld
m-conv-dytb-ionic = Dy+Tb-Anteil am TREO, ionische Tone
m-conv-recovery = NdPr-Ausbeute, Erz zu Oxid
m-conv-scrap = Bearbeitungsschrott, Anteil an der Magnetproduktion
m-conv-magnet-ndpr = kg NdPr-Oxid-Äquivalent je kg Magnet
m-conv-magnet-dy = kg Dy-Oxid-Äquivalent je kg Magnet
m-conv-magnet-tb = kg Tb-Oxid-Äquivalent je kg Magnet
m-conv-magnet-dytb-cn = kg Dy+Tb-Oxid-Äquivalent je kg chinesischen Magnet
m-default-target = Abhängigkeitsziel für „benötigte Kapazität“
m-default-ramp = Hochlaufjahre eines Projekts ohne eigene Angabe
m-default-start = Erstes Jahr der Regler für zusätzliche Kapazität
m-default-tolerance = Toleranz der Exportprüfung, { $market }
m-assumptions-title = Annahmen und ihre Standardwerte
m-assumptions-intro = Dies sind Entscheidungen von Analysten, keine Tatsachen. Jede steht im Datensatz mit ihrer Verlässlichkeit und Quelle; die Elastizitätssätze und jede Szenarioeingabe lassen sich im Rechner ändern.
m-elasticities-label = Elastizitätssätze und Höchstpreise
m-elasticities-caption = Elastizitätssätze und Höchstpreise (die Spannen werden dreiecksverteilt gezogen)
m-col-ed-low = ed niedrig
m-col-ed-central = ed zentral
m-col-ed-high = ed hoch
m-col-es-low = es niedrig
m-col-es-central = es zentral
m-col-es-high = es hoch
m-defaults-label = Standardwerte des Modells
m-col-assumption = Annahme
m-ramp = { $own } der { $total } angekündigten Projekte nennen ihren eigenen Hochlauf; die übrigen verwenden den Standardwert.
m-conversions-label = Umrechnungsfaktoren
m-conversions-caption = Umrechnungsfaktoren und der durchschnittliche Magnet
m-col-factor = Faktor
m-inputs-label = Szenarioeingaben
m-inputs-caption = Szenarioeingaben (die öffentlichen URL-Schlüssel, Version { $version })
m-col-key = Schlüssel
m-col-meaning = Bedeutung
m-col-range = Bereich
m-col-default = Standardwert

## Methodology: figures for this view, Japan's backtest and the deviations
## (src/ui/methodology/viewpoint.rs)
m-view-unsourced = Keine veröffentlichte Quelle: eine Annahme der Redaktion oder des Modells.
m-view-unit-light = leichte Kette (NdPr-Oxid-Äquivalent)
m-view-unit-heavy = schwere Kette (Dy+Tb-Oxid-Äquivalent)
m-view-need = Bedarf N, { $unit }
m-view-capacity = Chinafreie Kapazität, { $stage }, { $unit }
m-view-recycled = Recycelter Zulauf, { $stage }, { $unit }
m-view-share = Anteil an der Nachfrage außerhalb Chinas, { $market }
m-view-stocks = Bestände der Käufer, { $market }
m-view-stockpile = Staatliche Reserve
m-view-no-stockpile = Er hat keinen Staat und daher keine staatliche Reserve.
m-view-pooled = Seine Käuferbestände sind die Puffer der Märkte, die der Schlüssel buffer festlegt.
m-view-intro = Die Größen, auf denen dieser Blickwinkel ({ $who }) beruht, aus dem Datensatz (2024, sofern die Tabelle nichts anderes sagt): seine Kette und seine Deckung gegenüber seinem Anteil am Fehlbetrag.
m-view-other = Wählen Sie im Rechner einen anderen Blickwinkel, um dessen Größen zu sehen; der Datensatz-Download enthält alle sechs.
m-view-join = { " " }
m-view-caption = Größen für { $who } (Quelle und Verlässlichkeit)
m-col-value-sources = Wert (Verlässlichkeit) Quellen
m-col-source = Quelle
m-japan-intro = Japan ist der einzige dokumentierte Abnehmer, der seine Abhängigkeit von China nach 2010 verringert hat. Die Kettenabhängigkeit des Modells für Japans Kette von 2010 (seine Magnetproduktion und die Schrottrückgewinnung von Showa Denko als einzige chinafreie Trennung) und von 2024 (der Blickwinkel japan, mit der Lynas-Abnahme), neben dem erfassten Anteil:
m-japan-label = Japans Abhängigkeit, 2010 und 2024
m-japan-caption = Chinas Anteil an Japans Importen Seltener Erden (erfasst) und die Abhängigkeit des Modells von der Mine bis zum Magneten
m-col-year = Jahr
m-col-recorded = Erfasst (Quellen)
m-col-model-light = Modell, leichte Kette
m-col-model-heavy = Modell, schwere Kette
m-col-chain-sources = Quellen der Kettenzeilen
m-japan-verdict = 2010 ergibt die leichte Kette des Modells { $light_2010 } gegenüber erfassten { $recorded_2010 }. 2024 ergibt die leichte Kette { $light_2024 } und die schwere Kette { $heavy_2024 }, gegenüber erfassten { $low } – { $high }{ $gap }. Die erfasste Größe ist Chinas Anteil an Japans Importen Seltener Erden nach Tonnage, alle Seltenen Erden zusammen; die des Modells ist die Kettenabhängigkeit von der Mine bis zum Magneten, getrennt für NdPr und für Dy+Tb. Es ist nicht dasselbe Maß: Die Lücke von 2024 sagt so viel über die Definitionen wie über das Modell.
m-japan-both = : eine unter dem erfassten Wert, die andere darüber
m-japan-light-below = : die leichte Kette unter dem erfassten Wert
m-japan-heavy-above = : die schwere Kette über dem erfassten Wert
m-dev-title = Entscheidungen, wo die Spezifikation des Modells Spielraum lässt, und Abweichungen davon
m-dev-quota = Das gefährdete Angebot verwendet die Quote der Gruppe, deren Ströme die Stufe durchlaufen: leichte oder schwere Seltene Erden für Bergbau, Trennung und Metall (Erz, Oxid und Metall sind das, was die leichte und die schwere Quote beschränken) und die Magnetquote für die Magnetherstellung (ihre Ströme sind Magnete). In diesem Szenario: leichte Kette { $light } bei Bergbau, Trennung und Metall, { $light_magnet } bei der Magnetherstellung; schwere Kette { $heavy } und { $heavy_magnet }.
m-dev-replay = Die Nachbildung von 2010 verwendet den NdPr-Elastizitätssatz und -Höchstpreis (die Quote von 2010 betraf vor allem leichte Seltene Erden, und der NdPr-Satz ist der leichte Satz des Datensatzes) und vergleicht mit der Veränderung des Jahresdurchschnitts von Neodymoxid, nicht mit der Spitze, weil die Nachbildung eine einjährige Beschränkung beschreibt. Beide Entscheidungen wurden getroffen, bevor das Ergebnis betrachtet wurde.
m-dev-draws = Die Spannen des Szenariojahres verwenden { $draws } Ziehungen; { $timeline_drawn ->
        [yes] die anderen Jahre der Zeitachse verwenden die ersten { $timeline } derselben Ziehungen, daher sind ihre Bänder gröber.
       *[no] weitere Jahre werden nicht gezogen (eine Nachbildung hat keine Zeitachse).
    } Dieselben Zufallszahlen dienen jedem Szenario, sodass zwei Szenarien auf denselben Ziehungen verglichen werden.
m-dev-times = Die Durchhaltezeit ist die kürzeste der vier Märkte, die Erholungszeit die längste; die Karte nennt den Markt, der zuerst knapp wird. Ein Markt, den China normalerweise nicht exportiert (nichts zu kürzen), wird nicht durch einen Exportanteil beschränkt, daher geraten seine Käufer seinetwegen nicht in Panik. Käufer geraten wegen einer Exportkürzung oder eines Zolls in Panik, nicht wegen Chinas eigener Produktion, ob gekürzt oder gesteigert: Sie wirkt nur über das Angebot auf die Preise.
m-dev-typed = Eine für einen Elastizitätssatz eingegebene Zahl (statt low, central oder high) ersetzt den zentralen Wert jedes Marktes und wird zum Modus seiner Ziehungen; liegt sie außerhalb der Spanne, wird diese erweitert.
m-dev-magnet = Magnete: Chinas normale Magnetexporte werden an dem gemessen, was Magnethersteller außerhalb Chinas im Szenario tatsächlich liefern, E_t = max(0, D_t − X_t), wobei X_t = min(K*, F_t · (m ÷ c_ex)^es), sobald der Preis ihre Kosten deckt (m ≥ c_ex), und darunter nichts, statt max(0, D_t − F_t) aus der Spezifikation. Ohne Schock bei NdPr, Dy oder Tb sind beide gleich (X_t = F_t). Mit einem Schock ließe die wörtliche Formel neue Kapazität außerhalb Chinas Chinas zulässige Exporte stärker kürzen, als sie an Magneten hinzufügt, sodass mehr Kapazität den Magnetpreis erhöhen und schnelleres Wachstum ihn senken könnte, entgegen den eigenen Invarianten des Modells.
m-dev-magnet-scenario = In diesem Szenario (12-Monats-Durchschnitte) liefern Hersteller außerhalb Chinas X_t = { $output } t, also E_t = { $exports } t; die wörtliche Formel ergibt { $literal } t, { $restricted ->
        [yes] von denen China während der Beschränkung { $allowed } t pro Jahr herauslässt.
       *[no] die China ohne Beschränkung vollständig ausführt, { $allowed } t pro Jahr.
    } Chinas Magnetexporte über die 12 Monate belaufen sich auf { $magnet_exports } t.

## Methodology: backtests (src/ui/methodology/backtests.rs)
m-backtests-title = Rückrechnungen: was das Modell sagt, neben dem, was geschah
m-bt-episodes-title = Modell 2 neben den beiden Episoden
m-bt-calibration-title = Kalibrierung: drei Anpassungen, jede außerhalb der Stichprobe beurteilt
m-bt-japan-title = Japans Kette, 2010 und 2024 (japan-2010-2024)
m-bt-quota-title = Die Quotenkürzung 2010–11: die Jahresnachbildung von Modell 1
m-bt-licensing-title = Die Lizenzpflicht von 2025 (ab April 2025)
m-bt-window-range = Durchschnitt { $from } – { $to }
m-bt-window-year = Durchschnitt { $year }
m-bt-ex-china = Preis außerhalb Chinas
m-bt-china = Preis in China
m-bt-spread = Spanne, außerhalb ÷ innerhalb
m-bt-oxide = { $element }-Oxid
m-bt-magnets = Magnete
m-bt-input = eine Eingabe: wie beobachtet übernommen
m-bt-inside = innerhalb p10–p90
m-bt-outside = außerhalb p10–p90 (Modell ÷ beobachtet { $ratio })
m-bt-route-conditional = Die chinesische Seite von E1 wird wie beobachtet übernommen (Chinas eigener Preis aus den Aufzeichnungen, nur eine Eingabe der Rückrechnung): der China-Schock, den das Modell ableiten kann (Produktion bei { $output } des Normalwerts, { $none ->
        [yes] kein Lageraufbau
       *[no] Lageraufbau von { $stocks } seiner Nachfrage
    }), gibt ihn nicht wieder.
m-bt-route-inferred = Die chinesische Seite von E1 wird abgeleitet: Produktion bei { $output } des Normalwerts und { $none ->
        [yes] kein Lageraufbau
       *[no] Lageraufbau von { $stocks } seiner Nachfrage
    }.
m-bt-episodes = E1 bildet 2010–11 auf dem Markt von 2009 ab Januar 2010 nach, mit dem, was China jeden Monat tatsächlich verließ, und dem Exportzoll von 2011; E2 ist der Verlauf der Vorgabe licensing-apr-2025. { $route } { $inside } der { $predicted } vorhergesagten Größen { $n ->
        [one] liegt
       *[other] liegen
    } innerhalb der p10–p90-Spanne des Modells.
m-bt-preset-replay = Die Vorgabe „{ $preset }“ ist dieselbe Nachbildung im Rechner, mit Chinas Seite so, wie das Modell sie ableitet (Chinas Förderung auf seiner Produktionsquote von 2011, { $output } des Normalwerts), statt Chinas beobachteter Preise: Ihr zentraler Verlauf ergibt für Nd-Oxid außerhalb Chinas { $model } im Mittel von 2011, beobachtet wurden { $observed }.
m-bt-stoppages = Für 2025 ist außerdem belegt, dass Autowerke in Europa etwa 8 Wochen (1,5–2 Monate) nach den Kontrollen vom 4. April stillstanden. Das Modell verfehlt das: Auf dem Pfad der Lizenzpflicht sinken die Magnetvorräte der Käufer von { $buffer } auf { $min } Monate Reichweite (am niedrigsten im { $month }), und { $none ->
        [yes] keine Nachfrage bleibt ungedeckt,
       *[no] höchstens { $unmet } der Nachfrage bleibt ungedeckt,
    } weil das Modell alle Käufer außerhalb Chinas zu einem Vorrat zusammenfasst, während die stillstehenden Werke weniger als der Durchschnitt hielten.
m-bt-episodes-label = Modell 2 neben den Episoden
m-bt-episodes-caption = Beobachtete Größen (× der Preis davor) neben dem zentralen Wert und p10–p90 von Modell 2
m-col-episode = Episode, Größe, Zeitraum
m-col-observed-range = Beobachtet (Spanne)
m-col-model-2 = Modell 2 (p10 – p90)
m-col-verdict = Urteil
m-bt-fit-e1 = angepasst an E1
m-bt-fit-e2 = angepasst an E2 (die Standardwerte)
m-bt-fit-both = angepasst an beide
m-bt-fit-params = θ, λ, panic, Dy/Tb-Deckung, Magnetdeckung
m-bt-fit-values = { $theta }; { $lambda }; { $panic }; { $heavy }; { $magnet }
m-bt-msle = { $episode }: mittlerer quadratischer Log-Fehler
m-col-observed = Beobachtet
m-bt-calibration = Die Parameter der Bestandshalter wurden auf einem Raster angepasst (cargo run --release --bin calibrate): einmal nur an E1, einmal nur an E2, einmal an beiden. Jede Anpassung wird an der Episode beurteilt, die sie nicht gesehen hat. Die Standardwerte sind die E2-Anpassung, weil 2025 den heutigen Märkten am nächsten ist; die gemeinsame Anpassung hielte jede Größe näher und wurde nicht gewählt, damit 2010–11 ein Test bleibt, den das Modell nicht gesehen hat. Zentrale Werte, hier mit demselben Code berechnet.
m-bt-calibration-label = Kalibrierungsanpassungen
m-bt-calibration-caption = Die Parameter jeder Anpassung und jede beobachtete Größe neben dem Modell darunter (Modell ÷ beobachtet)
m-bt-replay = Das Modell wird auf dem Markt von 2009 nachgebildet (alle Seltenen Erden, aus der Momentaufnahme 2009 des Datensatzes), mit der Exportquote von 2010 als Anteil der Exporte von 2009: quota = { $quota }, D = { $demand } t, F = { $supply } t, K = { $capacity } t, E = { $exports } t, Q = { $allowed } t, mit den NdPr-Elastizitäten ed = { $ed }, es = { $es } und dem Höchstpreis B = { $backstop }.
m-bt-model = Modell:
m-bt-p10-p90 = { " " }(p10–p90 { $p10 } – { $p90 })
m-bt-happened = Was geschah:
m-bt-observed = { $element }-Oxid, Jahresdurchschnitt 2011 ÷ 2009: { $ratio }
m-bt-no-observation = keine Beobachtung im Datensatz
m-bt-verdict-inside = Die beobachtete Veränderung bei { $element } ({ $observed }) liegt innerhalb der p10–p90-Spanne des Modells.
m-bt-verdict-above = Die beobachtete Veränderung bei { $element } ({ $observed }) liegt über der p10–p90-Spanne des Modells ({ $range }): Das Modell unterschätzt diese Preisspitze.
m-bt-verdict-below = Die beobachtete Veränderung bei { $element } ({ $observed }) liegt unter der p10–p90-Spanne des Modells ({ $range }).
m-bt-verdict-none = Der Datensatz enthält keine beobachtete Veränderung zum Vergleich.
m-bt-spikes-label = Beobachtete Preise 2009 bis 2011
m-bt-spikes-caption = Beobachtete Preise, 2009 → 2011 (US$/kg, Jahresdurchschnitte)
m-col-oxide = Oxid
m-col-ratio = 2011 ÷ 2009 (niedrig – hoch)
m-col-peak = Spitze ÷ 2009
m-bt-why = Warum die Nachbildung hinter 2011 zurückbleibt: Sie ist ein Jahr eines Partialgleichgewichtsmarkts ohne Bestände (Modell 2 ohne Bestände, ohne Panikkäufe, mit unveränderter chinesischer Produktion und ohne Zoll), dessen Elastizitäten eine Knappheit beschreiben, an die sich Käufer und Anbieter anpassen. 2010–11 war eine spekulative Preisspitze: Käufer und Händler bauten aus Angst vor weiteren Kürzungen Bestände auf, China kürzte seine eigene Produktion, legte eine staatliche Reserve an und erhob einen Exportzoll; die Preise schossen über das Ziel hinaus und brachen 2012–13 ein, als die Nachfrage sank, Material herausgeschmuggelt und Bestände abgebaut wurden. Modell 2 hat Hebel für das meiste davon (Panikkäufe, Chinas Produktion und Bevorratung, der Zoll), aber diese Nachbildung nutzt sie nicht, und nichts im Modell spekuliert. Lesen Sie ihren Wert als die Untergrenze, die eine einjährige Kürzung trägt, nicht als die Spitze eines Wettlaufs.
m-bt-licensing = Beobachtete Preise Europa gegenüber China für dasselbe Oxid, einige Monate nach Beginn der Lizenzpflicht, neben der Spanne des Modells (außerhalb ÷ innerhalb Chinas) für die Vorgabe licensing-apr-2025 ({ $query }):
m-bt-spreads-label = Spannen Europa gegenüber China
m-bt-spreads-caption = Europa gegenüber China, US$/kg, und die Spanne
m-col-oxide-date = Oxid, Datum
m-col-europe = Europa
m-col-china = China
m-col-observed-spread = Beobachtete Spanne
m-col-that-month = Modell, in jenem Monat
m-col-average = Modell, 12-Monats-Durchschnitt (p10–p90)
m-bt-no-spread = Der Datensatz enthält keine beobachtete Spanne.
m-bt-spreads = Die beobachteten Spannen lagen bei etwa { $low } – { $high }, erhoben einige Monate nach Beginn der Lizenzpflicht. Die Spanne des Modells ist der 12-Monats-Durchschnitt seines monatlichen Verlaufs ab { $start }{ $after }; { $inside } der { $compared } Beobachtungen { $n ->
        [one] liegt
       *[other] liegen
    } innerhalb der p10–p90-Spanne des 12-Monats-Durchschnitts. Die Spalte „Modell, in jenem Monat“ ist die Spanne des zentralen Verlaufs im Monat der Beobachtung.
m-bt-after = , der auch { $after } nach dem Ende der Beschränkung ({ $months }) einschließt

## Methodology: limits, privacy, citation and change log (src/ui/methodology/about.rs)
m-limits-title = Was der Rechner nicht sagen kann
m-limits-prices = Die Preise des nächsten Monats. Der monatliche Verlauf zeigt, was eine Beschränkung der von Ihnen gewählten Dauer und Stärke auf Märkten mit diesen Beständen und Elastizitäten bewirkt; er kennt keine Spekulation, keinen Schmuggel und keine Nachrichten, und sein Bestandsverhalten ist eine Annahme, die an wenigen Episoden kalibriert wurde (siehe die Rückrechnungen).
m-limits-policy = Ob China Exporte beschränken wird oder wie streng Lizenzen durchgesetzt werden: Die Quoten legen Sie fest.
m-limits-projects = Ob ein bestimmtes Projekt gebaut wird. Projekte zählen mit der von Ihnen gewählten Wahrscheinlichkeit, alle gleich; der Datensatz führt ihren Status auf.
m-limits-stockpiles = Bestände, die er nicht kennt: staatliche Reserven, Lager von Unternehmen über die von Ihnen gewählten Bestände hinaus und Material, das bereits unterwegs ist.
m-limits-scope = Andere Seltene Erden (Lanthan, Cer, Samarium, Yttrium…) und andere Produkte als gesinterte NdFeB-Magnete sowie jede Marktreaktion über die vier Märkte hinaus (Substitution ist nur die Nachfrageelastizität und der Höchstpreis).
m-limits-quality = Qualität und Qualifizierung: Eine Tonne neuer Kapazität zählt sofort, obwohl die Qualifizierung von Magneten für Autos oder Verteidigung Jahre dauern kann.
m-limits-exact = Genaue Zahlen. Viele Eingaben sind Schätzungen (als geringe Verlässlichkeit oder Annahme gekennzeichnet); die Spannen zeigen nur die Unsicherheit der Elastizitäten und der Projektfertigstellung, nicht die der Ausgangsdaten.
m-privacy-title = Ihre Privatsphäre
m-privacy = Der Rechner läuft vollständig in Ihrem Browser. Er setzt keine Cookies, führt keine Analysen durch und speichert nichts über Sie; nichts, was Sie tun, wird irgendwohin gesendet. Das Szenario steht nur in der Adresse der Seite, und jeder Download (CSV, JSON, PNG, der Datensatz) wird auf Ihrem Gerät erstellt.
m-cite-title = Zitieren
m-cite-credit = Nennen Sie den Rechner und die Originaldaten: { $credit }.
m-cite-suggested = Zitiervorschlag:
m-cite-citation = Rechner für Lieferkettenrisiken bei Seltenen Erden, Modell { $model }, Datenstand { $vintage } (Basisjahr { $baseline }). Szenario: { $query }. { $link }
m-cite-sources = Die zugrunde liegenden Zahlen stammen aus den unter „Quellen und Daten“ aufgeführten Quellen und werden zu deren eigenen Bedingungen verwendet. Zitieren Sie diese direkt, wenn Sie eine Zahl verwenden, zum Beispiel:
m-cite-png = Als PNG heruntergeladene Diagramme tragen das Szenario, ihre Quellen und diese Quellenangabe in der Fußzeile.
m-changes-title = Änderungsprotokoll
m-changes-links = Jeder Link trägt den Datenstand (d) und die Modellversion (m), mit denen er erstellt wurde; ein mit einer anderen Version erstellter Link öffnet sich mit einem entsprechenden Hinweis.
m-changes-model-2 = Modell { $model } (Version { $url } der URL-Einstellungen): Modell 2, Spezifikation v2. Jeder Markt wird 36 Monate lang Monat für Monat verfolgt, mit Käuferbeständen, die abgebaut und wieder aufgebaut werden, Panikkäufen, Beständen in China, einem Weltmarkt, der sich teilt, wenn Chinas Exportgrenze greift, Chinas eigener Produktion und dem Exportzoll. Die Hauptpreise sind 12-Monats-Durchschnitte mit dem Spitzenmonat und „mindestens ×B“ mit dem ungedeckten Anteil, wo der Höchstpreis greift; Durchhalte- und Erholungszeit ergeben sich aus dem Verlauf. Neue Einstellungen: months, china_output, export_duty, buffer_cn, panic, china_stockpiling. Ein Link der Version 1 öffnet sich weiterhin, mit einem Hinweis.
m-changes-model-1 = Modell 1 (Version 1 der URL-Einstellungen): erste öffentliche Version, Spezifikation v1: eine anhaltende, einjährige Beschränkung ohne Bestände und ein chinesischer Preis, der nur fallen konnte.
m-changes-data = Daten { $vintage } (Basisjahr { $baseline }): erster öffentlicher Datensatz: { $sources } Quellen, { $projects } angekündigte Projekte, { $products } Produkte, die Momentaufnahme von 2009 und die Preisbeobachtungen von 2010–11 und 2025.
