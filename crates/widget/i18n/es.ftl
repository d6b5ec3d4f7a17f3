# Cadenas de la interfaz del widget raikit (español). Los identificadores de mensaje son estables.
# El contenido (preguntas, principios) se traduce por separado, en crates/core/content/i18n/.

intro-privacy-strong = Sus respuestas permanecen en este dispositivo.
intro-privacy-rest = Nada de lo que introduzca se envía a ninguna parte. Puede guardar sus respuestas en un archivo y volver a abrirlas más adelante.
intro-privacy-local = Sus respuestas también se guardan en este navegador, para que pueda retomarlas. Use «Eliminar mis datos» para borrarlas.
intro-minutes = Aproximadamente { $minutes } minutos
intro-questions = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
intro-start = Comenzar la evaluación
intro-resume = Continuar donde lo dejó
intro-principles-title = Los cinco principios
intro-principles-lead = Las preguntas se organizan en torno a cinco principios para una IA responsable en el ámbito policial. Cada uno se divide en objetivos concretos.

nav-label = Secciones
nav-intro = Introducción
nav-results = Resultados
progress-label = { $answered } de { $required } preguntas obligatorias respondidas
progress-section = { $answered }/{ $required }

section-of = Sección { $index } de { $total }
section-previous = Sección anterior
section-next = Sección siguiente
section-show-results = Ver los resultados
section-empty = Ninguna pregunta de esta sección se aplica al sistema que ha descrito.

question-required = Obligatoria
question-optional = Opcional
question-help = Por qué es importante
question-clear = Borrar respuesta
yes = Sí
no = No
unsure = No estoy seguro
risk-likelihood = Probabilidad
risk-severity = Gravedad
risk-not-applicable = No se aplica a este sistema
risk-scale-1 = 1 – muy baja
risk-scale-2 = 2 – baja
risk-scale-3 = 3 – moderada
risk-scale-4 = 4 – alta
risk-scale-5 = 5 – muy alta
risk-choose = Seleccione…
number-range = Entre { $min } y { $max }
number-invalid = Introduzca un número.
number-out-of-range = Introduzca un número entre { $min } y { $max }.
text-count = { $used } de { $max } caracteres
text-too-long = Esta respuesta supera en { $over } caracteres la longitud máxima.

results-title = Resultados
results-partial = Resultado parcial: { $answered } de { $required } preguntas obligatorias respondidas. Las preguntas sin responder no se tienen en cuenta, por lo que la situación real podría ser peor.
results-complete = Se han respondido todas las preguntas obligatorias.
results-overall = Perfil de riesgo general
results-overall-readiness = Grado de preparación general
results-level = Nivel
results-score = Puntuación
results-maturity = Madurez { $value } de 5
results-red-flags = Señales de alerta
results-red-flags-none = No se ha detectado ninguna señal de alerta.
results-red-flag-action = Qué hacer
results-principles = Resultados por principio
results-chart-label = Puntuación de riesgo por principio, de 0 (sin motivo de preocupación) a 100 (crítico)
results-chart-readiness-label = Madurez por dimensión, de 1 (inicial) a 5 (en optimización)
results-dimensions = Preparación por dimensión, de la más débil a la más sólida
results-actions = Acciones recomendadas
results-actions-none = Las respuestas dadas hasta ahora no dan lugar a ninguna acción recomendada.
results-risks = Riesgo inherente y residual
results-risk-item = Riesgo
results-inherent = Inherente
results-residual = Residual
results-completeness = Grado de cumplimentación por sección
results-not-answered = Sin responder
level-none = Sin motivo de preocupación
level-low = Bajo
level-medium = Medio
level-high = Alto
level-critical = Crítico
level-unknown = Sin evaluar

export-title = Guardar, exportar e imprimir
export-answers = Guardar respuestas (JSON)
export-json = Informe en JSON
export-markdown = Informe en Markdown
export-csv = Informe en CSV
export-html = Informe en HTML
export-print = Imprimir el informe
export-preparing = Preparando el informe…
export-failed = No se pudo generar el informe. Compruebe su conexión y vuelva a intentarlo; sus respuestas se conservan.
import-label = Abrir respuestas guardadas (JSON)
import-done = Respuestas cargadas.
import-issues = Algunas respuestas no se han podido recuperar:
import-issue-unknown = «{ $question }» no forma parte de esta versión, así que su respuesta no se ha importado.
import-issue-invalid = La respuesta a «{ $question }» ya no corresponde a la pregunta, así que no se ha importado.
import-issue-removed = «{ $question }» se ha eliminado del cuestionario, así que su respuesta no se ha trasladado.
import-issue-removed-why = «{ $question }» se ha eliminado del cuestionario, así que su respuesta no se ha trasladado. Motivo: { $reason }
import-issue-migration = La respuesta a «{ $question }» no se ha podido pasar a esta versión del cuestionario y se ha omitido.
import-issue-version = El archivo se creó para otra versión de este cuestionario; sus respuestas se han importado tal cual.
import-failed = No se han podido abrir estas respuestas: { $reason }

storage-delete = Eliminar mis datos
storage-deleted = Sus respuestas guardadas se han eliminado de este navegador.
storage-saved = Guardado en este navegador.
reset = Empezar de nuevo
reset-confirm = Se borrarán todas las respuestas. ¿Desea continuar?

error-unknown-questionnaire = El cuestionario «{ $id }» no está disponible. Indique uno integrado ({ $known }), «#» seguido del identificador de un script JSON de la página, o la dirección de una definición JSON.
questionnaire-loading = Cargando el cuestionario…
questionnaire-fetch-failed = No se pudo cargar el cuestionario desde { $url } ({ $reason }). Compruebe la conexión y vuelva a intentarlo.
questionnaire-retry = Reintentar
questionnaire-no-element = La página no tiene ningún elemento con el identificador «{ $id }» del que leer el cuestionario.
questionnaire-not-json-script = El elemento «{ $id }» debe ser un elemento script de tipo application/json que contenga la definición del cuestionario.
questionnaire-invalid = Esta definición de cuestionario no se puede usar. Corrija en ella estos problemas:
questionnaire-check-failed = No se pudo comprobar esta definición de cuestionario ({ $reason }). Vuelva a cargar la página para intentarlo de nuevo.
band-initial = Inicial
band-developing = En desarrollo
band-defined = Definido
band-managed = Gestionado
band-optimising = En optimización

lint-title = Verificador de políticas
lint-lead = Pegue el borrador de una política de despliegue de IA o abra un archivo. El verificador muestra qué principios cubre el texto y dónde su redacción es demasiado débil para garantizar la rendición de cuentas.
lint-privacy = El texto se revisa en este dispositivo y nunca se envía a ninguna parte.
lint-editor-label = Texto de la política
lint-format-label = Formato del texto
lint-format-markdown = Markdown
lint-format-text = Texto sin formato
lint-format-html = HTML
lint-open = Abrir un archivo (.txt, .md, .html, .docx)
lint-drop = También puede arrastrar un archivo al cuadro de texto.
lint-docx-note = Texto extraído de { $name }. Los cambios que haga aquí se revisan como texto sin formato.
lint-file-error = No se ha podido leer { $name }: { $reason }
lint-file-type = { $name } no es un tipo de archivo compatible. Use .txt, .md, .html o .docx.
lint-file-pdf = { $name } es un PDF, que no se puede leer aquí. Copie su texto en el cuadro de texto, o guárdelo antes en formato .docx o .txt.
lint-checking = Revisando…
lint-summary = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}, { $infos ->
    [one] { $infos } nota
   *[other] { $infos } notas
} · { $words } palabras
lint-coverage = Cobertura de los principios
lint-coverage-lead = Seleccione un principio para ver las frases que se consideran evidencia.
lint-status-covered = Cubierto
lint-status-partial = Parcial
lint-status-missing = Ausente
lint-evidence-none = Ninguna frase del texto aborda este principio.
lint-findings = Hallazgos
lint-findings-none = No hay hallazgos. La redacción cumple todas las reglas.
lint-general = Claridad y redacción
lint-show = Mostrar en el texto
lint-location = Línea { $line }, columna { $column }
lint-why = Por qué es importante
lint-suggestion = Sugerencia
lint-apply = Aplicar corrección
lint-applied = Corrección aplicada.
lint-export-json = Exportar hallazgos (JSON)
lint-export-markdown = Exportar hallazgos (Markdown)
lint-severity-error = Error
lint-severity-warning = Advertencia
lint-severity-info = Nota
lint-error = No se ha podido revisar el texto: { $reason }
lint-not-utf8 = el archivo no es texto UTF-8
lint-doc-lang-label = Idioma de la política
lint-doc-lang-auto = Detectar a partir del texto
lint-doc-lang-en = Inglés (English)
lint-doc-lang-fr = Francés (Français)
lint-doc-lang-es = Español
lint-err-too-large = el texto ocupa { $size } MB y el límite es de { $limit } MB
lint-err-lang-detected = este texto parece escrito en un idioma que el revisor no sabe leer ({ $lang }). Lee inglés, francés y español; si la detección se equivoca, elija el idioma de la política más arriba.
lint-err-lang = el revisor no sabe leer el idioma «{ $lang }»; lee inglés, francés y español
lint-err-lang-unknown = todavía no se puede determinar el idioma de la política. Escriba algunas frases más o elija el idioma de la política más arriba.
lint-err-words-failed = No se pudieron cargar las listas de palabras del idioma de esta política, así que no se puede revisar. Compruebe la conexión y después edite el texto o vuelva a cargar la página.
lint-err-docx = no se ha podido leer el archivo .docx ({ $detail })
lint-err-other = { $detail }
lint-show-more = Mostrar más ({ $shown } de { $total } mostrados)
lint-large = Este texto es largo ({ $size } KB), así que no se revisa mientras escribe. Elija «Revisar ahora» cuando esté listo; revisar un texto tan largo puede tardar unos segundos.
lint-check-now = Revisar ahora
lint-highlights-capped = En el texto solo se resaltan los primeros { $count } hallazgos; la lista de abajo los incluye todos.

# Paquetes de idioma
lang-loading = Cargando la traducción… Mientras tanto se muestra el texto en inglés.
lang-failed = No se pudo cargar la traducción, por lo que el widget se muestra en inglés. Sus respuestas no se ven afectadas.
