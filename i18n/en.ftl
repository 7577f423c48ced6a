# English: the source catalogue. Every other catalogue in this folder must have exactly these
# messages with the same variables (build.rs checks it). Numbers arrive already formatted for the
# reader's locale; a variable named `n` is the raw number that plurals select on.
# Non-breaking spaces are written { "\u00A0" } so they stay visible.

## Number words (src/ui/format.rs)
fmt-at-least = at least { $value }
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
