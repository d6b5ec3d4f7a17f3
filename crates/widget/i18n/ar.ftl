# سلاسل واجهة أداة raikit (العربية). معرّفات الرسائل ثابتة.
# يُترجَم المحتوى (الأسئلة والمبادئ) بشكل منفصل، في crates/core/content/i18n/.

intro-privacy-strong = تبقى إجاباتك على هذا الجهاز.
intro-privacy-rest = لا يُرسَل أي شيء تُدخله إلى أي جهة. يمكنك حفظ إجاباتك في ملف وفتحها مجددًا لاحقًا.
intro-privacy-local = تُحفَظ إجاباتك أيضًا في هذا المتصفح لتتمكن من العودة إليها. استخدم «حذف بياناتي» لإزالتها.
intro-minutes = نحو { $minutes } دقيقة
intro-questions = { $count ->
    [zero] لا توجد أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
intro-start = بدء التقييم
intro-resume = المتابعة من حيث توقفت
intro-principles-title = المبادئ الخمسة
intro-principles-lead = تنتظم الأسئلة حول خمسة مبادئ للذكاء الاصطناعي المسؤول في مجال إنفاذ القانون، ويتفرع كل مبدأ منها إلى أهداف محددة.

nav-label = الأقسام
nav-intro = مقدمة
nav-results = النتائج
progress-label = تمت الإجابة عن { $answered } من أصل { $required } من الأسئلة الإلزامية
progress-section = { $answered }/{ $required }

section-of = القسم { $index } من { $total }
section-previous = القسم السابق
section-next = القسم التالي
section-show-results = عرض النتائج
section-empty = لا ينطبق أي سؤال في هذا القسم على النظام الذي وصفته.

question-required = إلزامي
question-optional = اختياري
question-help = لماذا هذا مهم
question-clear = مسح الإجابة
yes = نعم
no = لا
unsure = غير متأكد
risk-likelihood = الاحتمال
risk-severity = الخطورة
risk-not-applicable = لا ينطبق على هذا النظام
risk-scale-1 = 1 – منخفض جدًا
risk-scale-2 = 2 – منخفض
risk-scale-3 = 3 – متوسط
risk-scale-4 = 4 – مرتفع
risk-scale-5 = 5 – مرتفع جدًا
risk-choose = اختر…
number-range = بين { $min } و{ $max }
number-invalid = يُرجى إدخال رقم.
number-out-of-range = يُرجى إدخال رقم بين { $min } و{ $max }.
text-count = عدد الأحرف: { $used } من أصل { $max }
text-too-long = تتجاوز هذه الإجابة الحد الأقصى المسموح به، وعدد الأحرف الزائدة: { $over }.

results-title = النتائج
results-partial = نتيجة جزئية: تمت الإجابة عن { $answered } من أصل { $required } من الأسئلة الإلزامية. لا تُحتسب الأسئلة التي لم تتم الإجابة عنها، لذا قد يكون الوضع الفعلي أسوأ.
results-complete = تمت الإجابة عن جميع الأسئلة الإلزامية.
results-overall = ملف المخاطر العام
results-overall-readiness = مستوى الجاهزية العام
results-level = المستوى
results-score = الدرجة
results-maturity = مستوى النضج { $value } من 5
results-red-flags = المؤشرات التحذيرية
results-red-flags-none = لم يُرصد أي مؤشر تحذيري.
results-red-flag-action = الإجراء المطلوب
results-principles = النتائج حسب المبدأ
results-chart-label = درجة المخاطر حسب المبدأ، من 0 (لا يوجد ما يدعو إلى القلق) إلى 100 (حرج)
results-chart-readiness-label = مستوى النضج حسب البُعد، من 1 (أولي) إلى 5 (تحسين مستمر)
results-dimensions = الجاهزية حسب البُعد، بدءًا بالأضعف
results-actions = الإجراءات الموصى بها
results-actions-none = لا توجد إجراءات موصى بها بناءً على الإجابات المقدمة حتى الآن.
results-risks = المخاطر الكامنة والمتبقية
results-risk-item = الخطر
results-inherent = الكامن
results-residual = المتبقي
results-completeness = نسبة الإكمال حسب القسم
results-not-answered = لم تتم الإجابة
level-none = لا يوجد ما يدعو إلى القلق
level-low = منخفض
level-medium = متوسط
level-high = مرتفع
level-critical = حرج
level-unknown = لم يُقيَّم

export-title = الحفظ والتصدير والطباعة
export-answers = حفظ الإجابات (JSON)
export-json = التقرير بصيغة JSON
export-markdown = التقرير بصيغة Markdown
export-csv = التقرير بصيغة CSV
export-html = التقرير بصيغة HTML
export-print = طباعة التقرير
export-preparing = جارٍ إعداد التقرير…
export-failed = تعذّر إعداد التقرير. تحقّق من اتصالك وحاول مرة أخرى؛ إجاباتك محفوظة.
import-label = فتح إجابات محفوظة (JSON)
import-done = تم فتح الإجابات.
import-issues = تعذّر نقل بعض الإجابات:
import-issue-unknown = «{ $question }» ليس سؤالًا في هذا الإصدار، لذلك لم تُستورد إجابته.
import-issue-invalid = لم تعد الإجابة عن «{ $question }» تناسب السؤال، لذلك لم تُستورد.
import-issue-removed = حُذف «{ $question }» من الاستبيان، لذلك لم تُنقل إجابته.
import-issue-removed-why = حُذف «{ $question }» من الاستبيان، لذلك لم تُنقل إجابته. السبب: { $reason }
import-issue-migration = تعذّر نقل الإجابة عن «{ $question }» إلى هذا الإصدار من الاستبيان، فاستُبعدت.
import-issue-version = أُعدّ الملف لإصدار آخر من هذا الاستبيان، فاستُوردت إجاباته كما هي.
import-failed = تعذّر فتح هذه الإجابات: { $reason }

storage-delete = حذف بياناتي
storage-deleted = حُذفت إجاباتك المحفوظة من هذا المتصفح.
storage-saved = تم الحفظ في هذا المتصفح.
reset = البدء من جديد
reset-confirm = سيؤدي ذلك إلى مسح جميع الإجابات. هل تريد المتابعة؟

error-unknown-questionnaire = الاستبيان «{ $id }» غير متاح. استخدم أحد الاستبيانات المدمجة ({ $known })، أو «#» متبوعةً بمعرّف نص JSON في الصفحة، أو عنوان تعريف بصيغة JSON.
questionnaire-loading = جارٍ تحميل الاستبيان…
questionnaire-fetch-failed = تعذّر تحميل الاستبيان من { $url } ({ $reason }). تحقّق من الاتصال وحاول مرة أخرى.
questionnaire-retry = حاول مرة أخرى
questionnaire-no-element = لا تحتوي الصفحة على عنصر بالمعرّف «{ $id }» لقراءة الاستبيان منه.
questionnaire-not-json-script = يجب أن يكون العنصر «{ $id }» عنصر script من النوع application/json يحتوي على تعريف الاستبيان.
questionnaire-invalid = لا يمكن استخدام تعريف الاستبيان هذا. أصلِح فيه المشكلات التالية:
questionnaire-check-failed = تعذّر التحقق من تعريف الاستبيان هذا ({ $reason }). أعِد تحميل الصفحة للمحاولة مرة أخرى.
band-initial = أولي
band-developing = قيد التطوير
band-defined = محدد
band-managed = مُدار
band-optimising = تحسين مستمر

lint-title = مدقق السياسات
lint-lead = الصق مسودة سياسة لاستخدام الذكاء الاصطناعي أو افتح ملفًا. يبيّن المدقق المبادئ التي يغطيها النص، والمواضع التي تكون فيها صياغته أضعف من أن تضمن المساءلة.
lint-privacy = يُدقَّق النص على هذا الجهاز ولا يُرسَل إلى أي جهة على الإطلاق.
lint-editor-label = نص السياسة
lint-format-label = صيغة النص
lint-format-markdown = Markdown
lint-format-text = نص عادي
lint-format-html = HTML
lint-open = فتح ملف (.txt أو .md أو .html أو .docx)
lint-drop = يمكنك أيضًا إفلات ملف في مربع النص.
lint-docx-note = نص مستخرج من { $name }. تُدقَّق التعديلات التي تُجريها هنا بوصفها نصًا عاديًا.
lint-file-error = تعذّرت قراءة { $name }: { $reason }
lint-file-type = { $name } ليس ملفًا مدعومًا. استخدم ملفًا بصيغة .txt أو .md أو .html أو .docx.
lint-file-pdf = { $name } ملف PDF لا يمكن قراءته هنا. انسخ نصّه إلى مربع النص، أو احفظه أولًا بصيغة .docx أو .txt.
lint-checking = جارٍ التدقيق…
lint-summary = { $errors ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}، { $warnings ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $warnings } تحذيرات
    [many] { $warnings } تحذيرًا
   *[other] { $warnings } تحذير
}، { $infos ->
    [zero] لا ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $infos } ملاحظات
    [many] { $infos } ملاحظةً
   *[other] { $infos } ملاحظة
} · عدد الكلمات: { $words }
lint-coverage = تغطية المبادئ
lint-coverage-lead = اختر مبدأً لعرض الجمل التي تُعدّ دليلًا عليه.
lint-status-covered = مُغطّى
lint-status-partial = جزئي
lint-status-missing = غير مُغطّى
lint-evidence-none = لا توجد في النص أي جملة تتناول هذا المبدأ.
lint-findings = نتائج التدقيق
lint-findings-none = لا توجد نتائج. الصياغة تستوفي جميع القواعد.
lint-general = الوضوح والصياغة
lint-show = عرض في النص
lint-location = السطر { $line }، العمود { $column }
lint-why = لماذا هذا مهم
lint-suggestion = اقتراح
lint-apply = تطبيق التصحيح
lint-applied = تم تطبيق التصحيح.
lint-export-json = تصدير نتائج التدقيق (JSON)
lint-export-markdown = تصدير نتائج التدقيق (Markdown)
lint-severity-error = خطأ
lint-severity-warning = تحذير
lint-severity-info = ملاحظة
lint-error = تعذّر تدقيق النص: { $reason }
lint-not-utf8 = الملف ليس نصًا بترميز UTF-8
lint-doc-lang-label = لغة السياسة
lint-doc-lang-auto = الكشف عنها من النص
lint-doc-lang-en = الإنجليزية (English)
lint-doc-lang-fr = الفرنسية (Français)
lint-doc-lang-es = الإسبانية (Español)
lint-err-too-large = حجم النص { $size } ميغابايت، وهو يتجاوز الحد البالغ { $limit } ميغابايت
lint-err-lang-detected = يبدو أن هذا النص مكتوب بلغة لا يستطيع المدقق قراءتها ({ $lang }). فهو يقرأ الإنجليزية والفرنسية والإسبانية؛ وإذا كان هذا التخمين خاطئًا، فاختر لغة السياسة أعلاه.
lint-err-lang = لا يستطيع المدقق قراءة اللغة «{ $lang }»؛ فهو يقرأ الإنجليزية والفرنسية والإسبانية
lint-err-lang-unknown = لا يمكن بعدُ تحديد لغة السياسة. اكتب بضع جمل أخرى، أو اختر لغة السياسة أعلاه.
lint-err-words-failed = تعذّر تحميل قوائم الكلمات الخاصة بلغة هذه السياسة، لذا لا يمكن فحصها. تحقّق من الاتصال، ثم عدّل النص أو أعِد تحميل الصفحة.
lint-err-docx = تعذّرت قراءة ملف ‎.docx ({ $detail })
lint-err-other = { $detail }
lint-show-more = عرض المزيد (المعروض { $shown } من أصل { $total })
lint-large = هذا النص طويل ({ $size } كيلوبايت)، لذلك لا يُدقَّق أثناء الكتابة. اختر «دقّق الآن» عندما تكون مستعدًا؛ فقد يستغرق تدقيق نص بهذا الطول بضع ثوانٍ.
lint-check-now = دقّق الآن
lint-highlights-capped = لا يُبرز النص إلا أول { $count } من النتائج؛ والقائمة أدناه تضمّها كلها.

# حزم اللغات
lang-loading = جارٍ تحميل الترجمة… يُعرض النص الإنجليزي في الأثناء.
lang-failed = تعذّر تحميل الترجمة، لذا تُعرض الأداة باللغة الإنجليزية. لا تتأثر إجاباتك بذلك.
