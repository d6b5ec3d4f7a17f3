// raikit's embed script: `<script type="module" src="…/raikit.js">`.
// It defines the custom elements. Each element's bundle (JS glue + wasm) is
// fetched from beside this script the first time that element appears, so a
// page downloads only what it uses. It sends nothing anywhere.

const bundles = new Map();

/** Loads and starts one element's bundle, once. */
function load(name) {
  if (!bundles.has(name)) {
    bundles.set(name, import(new URL(`./${name}.js`, import.meta.url).href).then(async (glue) => {
      await glue.default({ module_or_path: new URL(`./${name}_bg.wasm`, import.meta.url) });
      return glue;
    }));
  }
  return bundles.get(name);
}

class RaikitAssessment extends HTMLElement {
  static observedAttributes = ['questionnaire', 'lang', 'storage', 'theme'];

  connectedCallback() {
    if (this._mount) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    load('raikit_assessment').then(({ mountAssessment }) => {
      if (this._mount || !this.isConnected) return;
      this._mount = mountAssessment(this, root);
      for (const json of this._pending ?? []) this._mount.importJson(json);
      this._pending = undefined;
      this.dispatchEvent(new CustomEvent('raikit-ready', { bubbles: true, composed: true }));
    }, (error) => {
      console.error('raikit: the widget could not start', error);
    });
  }

  attributeChangedCallback(name, _old, value) {
    this._mount?.setAttribute(name, value);
  }

  disconnectedCallback() {
    // Elements may be moved within the page; only tear down if really gone.
    queueMicrotask(() => {
      if (!this.isConnected && this._mount) {
        this._mount.destroy();
        this._mount.free();
        this._mount = undefined;
        this.shadowRoot.replaceChildren();
      }
    });
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

class RaikitPolicyLint extends HTMLElement {
  static observedAttributes = ['lang', 'theme'];

  connectedCallback() {
    if (this._mount) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    load('raikit_policy_lint').then(({ mountPolicyLint }) => {
      if (this._mount || !this.isConnected) return;
      this._mount = mountPolicyLint(this, root);
      this.dispatchEvent(new CustomEvent('raikit-ready', { bubbles: true, composed: true }));
    }, (error) => {
      console.error('raikit: the policy checker could not start', error);
    });
  }

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

if (!customElements.get('raikit-assessment')) {
  customElements.define('raikit-assessment', RaikitAssessment);
}
if (!customElements.get('raikit-policy-lint')) {
  customElements.define('raikit-policy-lint', RaikitPolicyLint);
}

export { load };
