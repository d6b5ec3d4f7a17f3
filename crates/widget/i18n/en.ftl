# raikit widget interface strings (English). Message ids are stable.
# Content (questions, principles) is translated separately, in crates/core/content/i18n/.

intro-privacy-strong = Your answers stay on this device.
intro-privacy-rest = Nothing you enter is sent anywhere. You can save your answers to a file and open them again later.
intro-privacy-local = Your answers are also saved in this browser, so you can come back to them. Use “Delete my data” to remove them.
intro-minutes = About { $minutes } minutes
intro-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
intro-start = Start the assessment
intro-resume = Continue where you left off
intro-principles-title = The five principles
intro-principles-lead = The questions are organised around five principles for responsible AI in law enforcement. Each one is split into concrete aims.

nav-label = Sections
nav-intro = Introduction
nav-results = Results
progress-label = { $answered } of { $required } required questions answered
progress-section = { $answered }/{ $required }

section-of = Section { $index } of { $total }
section-previous = Previous section
section-next = Next section
section-show-results = See the results
section-empty = No questions in this section apply to the system you described.

question-required = Required
question-optional = Optional
question-help = Why this matters
question-clear = Clear answer
yes = Yes
no = No
unsure = Not sure
risk-likelihood = Likelihood
risk-severity = Severity
risk-not-applicable = Does not apply to this system
risk-scale-1 = 1 – very low
risk-scale-2 = 2 – low
risk-scale-3 = 3 – moderate
risk-scale-4 = 4 – high
risk-scale-5 = 5 – very high
risk-choose = Choose…
number-range = Between { $min } and { $max }
number-invalid = Enter a number.
number-out-of-range = Enter a number between { $min } and { $max }.
text-count = { $used } of { $max } characters
text-too-long = This answer is { $over } characters too long.

results-title = Results
results-partial = Partial result: { $answered } of { $required } required questions are answered. Unanswered questions are not counted, so the real picture may be worse.
results-complete = All required questions are answered.
results-overall = Overall risk profile
results-overall-readiness = Overall readiness
results-level = Level
results-score = Score
results-maturity = Maturity { $value } of 5
results-red-flags = Red flags
results-red-flags-none = No red flags were raised.
results-red-flag-action = What to do
results-principles = Results by principle
results-chart-label = Risk score by principle, from 0 (no concern) to 100 (critical)
results-chart-readiness-label = Maturity by dimension, from 1 (initial) to 5 (optimising)
results-dimensions = Readiness by dimension, weakest first
results-actions = Recommended actions
results-actions-none = No actions are recommended from the answers so far.
results-risks = Inherent and residual risk
results-risk-item = Risk
results-inherent = Inherent
results-residual = Residual
results-completeness = Completeness by section
results-not-answered = Not answered
level-none = No concern
level-low = Low
level-medium = Medium
level-high = High
level-critical = Critical
level-unknown = Not assessed

export-title = Save, export and print
export-answers = Save answers (JSON)
export-json = Report as JSON
export-markdown = Report as Markdown
export-csv = Report as CSV
export-html = Report as HTML
export-print = Print the report
export-preparing = Preparing the report…
export-failed = The report could not be made. Check your connection and try again; your answers are kept.
import-label = Open saved answers (JSON)
import-done = Answers opened.
import-issues = Some answers could not be carried over:
import-issue-unknown = “{ $question }” is not a question of this version, so its answer was not imported.
import-issue-invalid = The answer to “{ $question }” does not fit the question any more, so it was not imported.
import-issue-removed = “{ $question }” was removed from the questionnaire, so its answer was not carried over.
import-issue-removed-why = “{ $question }” was removed from the questionnaire, so its answer was not carried over: { $reason }
import-issue-migration = The answer to “{ $question }” could not be moved to this version of the questionnaire and was left out.
import-issue-version = The file was made for another version of this questionnaire; its answers were imported as they are.
import-failed = These answers could not be opened: { $reason }

storage-delete = Delete my data
storage-deleted = Your saved answers were deleted from this browser.
storage-saved = Saved in this browser.
reset = Start again
reset-confirm = This clears every answer. Continue?

error-unknown-questionnaire = The questionnaire “{ $id }” is not available. Use a built-in one ({ $known }), “#” followed by the id of a JSON script in the page, or the address of a JSON definition.
questionnaire-loading = Loading the questionnaire…
questionnaire-fetch-failed = The questionnaire could not be loaded from { $url } ({ $reason }). Check the connection and try again.
questionnaire-retry = Try again
questionnaire-no-element = The page has no element with the id “{ $id }” to read the questionnaire from.
questionnaire-not-json-script = The element “{ $id }” must be a script element of type application/json that holds the questionnaire definition.
questionnaire-invalid = This questionnaire definition cannot be used. Fix these problems in it:
questionnaire-check-failed = This questionnaire definition could not be checked ({ $reason }). Reload the page to try again.
band-initial = Initial
band-developing = Developing
band-defined = Defined
band-managed = Managed
band-optimising = Optimising

lint-title = Policy checker
lint-lead = Paste the draft of an AI deployment policy, or open a file. The checker shows which principles the text covers and where its wording is too weak to hold anyone to account.
lint-privacy = The text is checked on this device and is never sent anywhere.
lint-editor-label = Policy text
lint-format-label = Text format
lint-format-markdown = Markdown
lint-format-text = Plain text
lint-format-html = HTML
lint-open = Open a file (.txt, .md, .html, .docx)
lint-drop = You can also drop a file on the text box.
lint-docx-note = Text extracted from { $name }. Edits here are checked as plain text.
lint-file-error = { $name } could not be read: { $reason }
lint-file-type = { $name } is not a supported file. Use .txt, .md, .html or .docx.
lint-file-pdf = { $name } is a PDF, which cannot be read here. Copy its text into the box, or save it as .docx or .txt first.
lint-checking = Checking…
lint-summary = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}, { $infos ->
    [one] { $infos } note
   *[other] { $infos } notes
} · { $words } words
lint-coverage = Coverage of the principles
lint-coverage-lead = Select a principle to see the sentences that count as evidence.
lint-status-covered = Covered
lint-status-partial = Partial
lint-status-missing = Missing
lint-evidence-none = No sentence in the text addresses this principle.
lint-findings = Findings
lint-findings-none = No findings. The wording holds up against every rule.
lint-general = Clarity and wording
lint-show = Show in text
lint-location = Line { $line }, column { $column }
lint-why = Why it matters
lint-suggestion = Suggestion
lint-apply = Apply fix
lint-applied = Fix applied.
lint-export-json = Export findings (JSON)
lint-export-markdown = Export findings (Markdown)
lint-severity-error = Error
lint-severity-warning = Warning
lint-severity-info = Note
lint-error = The text could not be checked: { $reason }
lint-not-utf8 = the file is not UTF-8 text
lint-doc-lang-label = Policy language
lint-doc-lang-auto = Detect from the text
lint-doc-lang-en = English
lint-doc-lang-fr = French (Français)
lint-doc-lang-es = Spanish (Español)
lint-err-too-large = the text is { $size } MB, above the limit of { $limit } MB
lint-err-lang-detected = this text seems to be written in a language the checker cannot read ({ $lang }). It reads English, French and Spanish; if the guess is wrong, choose the policy language above.
lint-err-lang = the checker cannot read the language “{ $lang }”; it reads English, French and Spanish
lint-err-lang-unknown = the policy's language cannot be told yet. Write a few more sentences, or choose the policy language above.
lint-err-words-failed = The word lists for this policy's language could not be loaded, so it cannot be checked. Check the connection, then edit the text or reload the page.
lint-err-docx = the .docx file could not be read ({ $detail })
lint-err-other = { $detail }
lint-show-more = Show more ({ $shown } of { $total } shown)
lint-large = This text is long ({ $size } KB), so it is not checked as you type. Select “Check now” when you are ready; a text this long can take a few seconds.
lint-check-now = Check now
lint-highlights-capped = The text highlights only the first { $count } findings; the list below has them all.

# Language packs (shown in English: they appear before the pack is in)
lang-loading = Loading the translation… The English text is shown meanwhile.
lang-failed = The translation could not be loaded, so the widget is shown in English. Your answers are not affected.
