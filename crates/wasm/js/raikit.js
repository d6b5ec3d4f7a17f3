// raikit's embed script: `<script type="module" src="…/raikit.js">`.
// It loads the wasm module from beside itself and defines the custom
// elements. It makes no other request and sends nothing anywhere.
import init, { mountAssessment } from './raikit_wasm.js';

const ready = init({ module_or_path: new URL('./raikit_wasm_bg.wasm', import.meta.url) });

class RaikitAssessment extends HTMLElement {
  static observedAttributes = ['questionnaire', 'lang', 'storage', 'theme'];

  connectedCallback() {
    if (this._mount) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    ready.then(() => {
      if (this._mount || !this.isConnected) return;
      this._mount = mountAssessment(root);
      for (const name of RaikitAssessment.observedAttributes) {
        if (this.hasAttribute(name)) this._mount.setAttribute(name, this.getAttribute(name));
      }
      this.dispatchEvent(new CustomEvent('raikit-ready', { bubbles: true, composed: true }));
    }, (error) => {
      console.error('raikit: the widget could not start', error);
    });
  }

  attributeChangedCallback(name, _old, value) {
    this._mount?.setAttribute(name, value);
  }

  disconnectedCallback() {
    // Custom elements may be moved within the page; only tear down if gone.
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

export { ready };
