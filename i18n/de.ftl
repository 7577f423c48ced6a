# Deutsch (maschinell unterstützte Übersetzung). Korrekturen: die Zeile mit der Nachrichten-ID in
# dieser Datei ändern; build.rs prüft, dass jede Nachricht aus en.ftl hier steht.

## Number words (src/ui/format.rs)
fmt-at-least = mindestens { $value }
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
