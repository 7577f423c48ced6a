# Français (traduction assistée par machine). Pour corriger : modifier la ligne de l’identifiant
# du message dans ce fichier ; build.rs vérifie que chaque message de en.ftl y figure.

## Number words (src/ui/format.rs)
fmt-at-least = au moins { $value }
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
