// The console's Cypher editor: a <textarea> (what is typed, with its caret and selection; its text is
// transparent) over a <pre> that shows the same text highlighted (cypher-highlight.js). Both use the same font,
// padding and no wrapping, and the layer scrolls with the textarea. Ctrl+Enter / ⌘Enter runs; an error from the
// server is marked at its position until the text changes.

import { highlightInto } from './cypher-highlight.js';

/** The character offset of a 1-based line and column in `text`. */
export function offsetOf(text, line, column) {
  let offset = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

export class QueryEditor {
  constructor({ input, layer, onRun, onChange }) {
    this.el = { input, layer };
    this.errorAt = null;
    input.addEventListener('input', () => {
      this.errorAt = null;
      this.render();
      onChange();
    });
    input.addEventListener('scroll', () => this.syncScroll());
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        onRun();
      }
    });
    this.render();
  }

  get value() {
    return this.el.input.value;
  }

  set value(text) {
    this.el.input.value = text;
    this.errorAt = null;
    this.render();
  }

  focus() {
    this.el.input.focus();
  }

  /** Marks an error at {line, column} or {offset} (as the server reports it) and puts the caret there. */
  markError({ line, column, offset }) {
    const text = this.value;
    const at = Number.isInteger(offset) && offset >= 0 ? Math.min(offset, text.length)
      : Number.isInteger(line) ? offsetOf(text, line, column || 1) : null;
    if (at === null) return;
    this.errorAt = at;
    this.render();
    this.el.input.setAttribute('aria-invalid', 'true');
    this.el.input.setSelectionRange(at, at);
  }

  clearError() {
    if (this.errorAt === null) return;
    this.errorAt = null;
    this.render();
  }

  render() {
    highlightInto(this.el.layer, this.value, this.errorAt);
    if (this.errorAt === null) this.el.input.removeAttribute('aria-invalid');
    this.syncScroll();
  }

  syncScroll() {
    const { input, layer } = this.el;
    layer.parentElement.scrollTop = input.scrollTop;
    layer.parentElement.scrollLeft = input.scrollLeft;
  }
}
