// raikit's embed script: `<script type="module" src="…/raikit.js">`.
// It defines the custom elements. Each element's bundle (JS glue + wasm) is
// fetched from beside this script the first time that element appears, so a
// page downloads only what it uses. <raikit-policy-lint> also fetches the
// document formats bundle (`raikit_formats`), the first time a Markdown,
// HTML or .docx document needs reading. <raikit-assessment> fetches the
// questionnaire it shows (`questionnaires/<id>.json`), and the validator
// bundle (`raikit_validate`) only for a page's own definition, and the
// report renderers (`raikit_export`) the first time a user exports a
// Markdown, CSV or HTML report. It sends nothing anywhere.

const bundles = new Map();

/** Loads and starts a bundle, once; after a failure, the next call retries. */
function load(name) {
  if (!bundles.has(name)) {
    bundles.set(name, import(new URL(`./${name}.js`, import.meta.url).href).then(async (glue) => {
      await glue.default({ module_or_path: new URL(`./${name}_bg.wasm`, import.meta.url) });
      return glue;
    }).catch((e) => {
      bundles.delete(name);
      throw e;
    }));
  }
  return bundles.get(name);
}

/**
 * What both elements share: an open shadow root, their own bundle loaded on
 * first connect, attributes forwarded to the mount handle, and teardown once
 * the element has really left the page (it may only be moving).
 */
class RaikitElement extends HTMLElement {
  connectedCallback() {
    if (this._mount) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const { bundle, mount } = this.constructor;
    load(bundle).then((glue) => {
      if (this._mount || !this.isConnected) return;
      // Language packs are fetched from beside this script.
      this._mount = glue[mount](this, root, new URL('./', import.meta.url).href, ...this.mountArgs());
      this.mounted();
      this.dispatchEvent(new CustomEvent('raikit-ready', { bubbles: true, composed: true }));
    }, (error) => {
      console.error(`raikit: <${this.localName}> could not start`, error);
    });
  }

  /** Extra arguments for the bundle's mount function. */
  mountArgs() {
    return [];
  }

  /** Called once the mount handle exists. */
  mounted() {}

  attributeChangedCallback(name, _old, value) {
    this._mount?.setAttribute(name, value);
  }

  disconnectedCallback() {
    queueMicrotask(() => {
      if (!this.isConnected && this._mount) {
        this._mount.destroy();
        this._mount.free();
        this._mount = undefined;
        this.shadowRoot.replaceChildren();
      }
    });
  }
}

class RaikitAssessment extends RaikitElement {
  static observedAttributes = ['questionnaire', 'lang', 'storage', 'theme'];
  static bundle = 'raikit_assessment';
  static mount = 'mountAssessment';

  /**
   * Loads on demand: the questionnaire validator (a page's own definition)
   * and the Markdown, CSV and HTML report renderers (the first such export).
   */
  mountArgs() {
    return [() => load('raikit_validate'), () => load('raikit_export')];
  }

  mounted() {
    for (const json of this._pending ?? []) this._mount.importJson(json);
    this._pending = undefined;
  }

  /** The answers file (`raikit-answers/1`) as an object, or null before start. */
  get answers() {
    const json = this._mount?.answersJson();
    return json ? JSON.parse(json) : null;
  }

  /** The scored report (`raikit-report/1`) as an object, or null before start. */
  get report() {
    const json = this._mount?.reportJson();
    return json ? JSON.parse(json) : null;
  }

  /** The answers file as JSON text, ready to save. */
  exportJson() {
    return this._mount?.answersJson() ?? null;
  }

  /** Imports answers (JSON text or object); older versions are migrated. */
  importJson(json) {
    const text = typeof json === 'string' ? json : JSON.stringify(json);
    if (this._mount) this._mount.importJson(text);
    else (this._pending ??= []).push(text);
  }

  /** Clears every answer (and nothing else). */
  reset() {
    this._mount?.reset();
  }
}

class RaikitPolicyLint extends RaikitElement {
  static observedAttributes = ['lang', 'theme'];
  static bundle = 'raikit_policy_lint';
  static mount = 'mountPolicyLint';

  /** Loads the document formats bundle on demand (Markdown, HTML, .docx). */
  mountArgs() {
    return [() => load('raikit_formats')];
  }
}

if (!customElements.get('raikit-assessment')) {
  customElements.define('raikit-assessment', RaikitAssessment);
}
if (!customElements.get('raikit-policy-lint')) {
  customElements.define('raikit-policy-lint', RaikitPolicyLint);
}

export { load };
