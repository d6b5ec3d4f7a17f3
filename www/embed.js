// Builds the requested raikit element from embed.html's query string:
//   embed.html?questionnaire=risk|readiness|self-check&lang=en&theme=auto&storage=none
//   embed.html?tool=policy-lint&lang=en
// Only known values are accepted, so the query string cannot inject markup.
const params = new URLSearchParams(location.search);
const pick = (name, allowed, fallback) => (allowed.includes(params.get(name)) ? params.get(name) : fallback);

const lang = pick('lang', ['en', 'fr', 'es', 'ar'], 'en');
const theme = pick('theme', ['light', 'dark', 'auto'], 'auto');
const tool = pick('tool', ['assessment', 'policy-lint'], 'assessment');
document.documentElement.lang = lang;

const element = document.createElement(tool === 'policy-lint' ? 'raikit-policy-lint' : 'raikit-assessment');
element.setAttribute('lang', lang);
element.setAttribute('theme', theme);
if (tool === 'assessment') {
  element.setAttribute('questionnaire', pick('questionnaire', ['risk', 'readiness', 'self-check'], 'risk'));
  element.setAttribute('storage', pick('storage', ['none', 'local'], 'none'));
}
document.getElementById('raikit-embed').append(element);
