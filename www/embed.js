// Builds the requested raikit element from embed.html's query string:
//   embed.html?questionnaire=risk|readiness|self-check&lang=en&theme=auto&storage=none
//   embed.html?questionnaire=/forms/our-questionnaire.json  (a definition on this site)
//   embed.html?tool=policy-lint&lang=en
// Only known values are accepted, so the query string cannot inject markup.
// A questionnaire URL must be on this page's own origin: a link to
// embed.html cannot make the portal show someone else's questions.
const params = new URLSearchParams(location.search);
const pick = (name, allowed, fallback) => (allowed.includes(params.get(name)) ? params.get(name) : fallback);

const lang = pick('lang', ['en', 'fr', 'es', 'ar'], 'en');
const theme = pick('theme', ['light', 'dark', 'auto'], 'auto');
const tool = pick('tool', ['assessment', 'policy-lint'], 'assessment');
document.documentElement.lang = lang;

/** A built-in id, or the address of a JSON definition on this origin. */
function questionnaire() {
  const value = params.get('questionnaire');
  if (['risk', 'readiness', 'self-check'].includes(value)) return value;
  if (value && /\.json$/i.test(value)) {
    const url = new URL(value, location.href);
    if (url.origin === location.origin) return url.href;
  }
  return 'risk';
}

const element = document.createElement(tool === 'policy-lint' ? 'raikit-policy-lint' : 'raikit-assessment');
element.setAttribute('lang', lang);
element.setAttribute('theme', theme);
if (tool === 'assessment') {
  element.setAttribute('questionnaire', questionnaire());
  element.setAttribute('storage', pick('storage', ['none', 'local'], 'none'));
}
document.getElementById('raikit-embed').append(element);
