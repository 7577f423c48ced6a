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
