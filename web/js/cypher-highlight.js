// Cypher syntax highlighting for the console's editor: a small tokenizer (keywords, functions, strings,
// numbers, $parameters, :Labels and :TYPES, comments, backquoted names) and the spans it turns into, built
// through the DOM. An error position can be marked: the token there gets a wavy underline, or a caret when
// the position is the end of the text.

const KEYWORDS = new Set(`MATCH OPTIONAL WHERE RETURN WITH UNWIND ORDER BY SKIP LIMIT OFFSET DISTINCT AS AND OR XOR
NOT IN IS NULL TRUE FALSE CASE WHEN THEN ELSE END CALL YIELD UNION ALL ANY NONE SINGLE EXISTS COUNT STARTS ENDS
CONTAINS ASC DESC ASCENDING DESCENDING ON CREATE MERGE SET DELETE DETACH REMOVE FOREACH LOAD CSV FROM HEADERS USE
SHORTEST PATHS GROUPS REPEATABLE DIFFERENT ELEMENTS NODES RELATIONSHIPS SHOW TERMINATE EXPLAIN PROFILE FINISH
COLLECT`.split(/\s+/));

// One alternative per token kind, tried in this order at each position (sticky: only at `lastIndex`).
const TOKEN = new RegExp([
  String.raw`(?<comment>\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$))`,
  String.raw`(?<string>'(?:[^'\\]|\\[\s\S])*(?:'|$)|"(?:[^"\\]|\\[\s\S])*(?:"|$))`,
  String.raw`(?<name>\x60[^\x60]*(?:\x60|$))`,
  String.raw`(?<param>\$[A-Za-z_][A-Za-z0-9_]*)`,
  String.raw`(?<label>:\s*[A-Za-z_][A-Za-z0-9_]*)`,
  String.raw`(?<number>\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)`,
  String.raw`(?<word>[A-Za-z_][A-Za-z0-9_.]*)`,
  String.raw`(?<other>\s+|.)`,
].join('|'), 'y');

/** The tokens of `text` as [{type, text, start}]; `type` is null for plain text. */
export function tokenize(text) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  let previous = null; // the last token that is not white space, to tell a label from a map key's value
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    const groups = match.groups;
    let type = Object.keys(groups).find((key) => groups[key] !== undefined);
    const value = match[0];
    if (type === 'label' && /^:\s/.test(value) && previous && /^[A-Za-z_]/.test(previous.text)) {
      TOKEN.lastIndex = start + 1; // `{key: value}`: the colon alone; the value is read on its own
      tokens.push({ type: null, text: ':', start });
      previous = { text: ':' };
      continue;
    }
    if (type === 'word') {
      const next = text.slice(TOKEN.lastIndex).match(/^\s*\(/);
      if (KEYWORDS.has(value.toUpperCase())) type = 'keyword';
      else type = next ? 'function' : null;
    }
    if (type === 'other') type = null;
    tokens.push({ type, text: value, start });
    if (value.trim()) previous = { text: value };
  }
  return tokens;
}

function span(type, text) {
  if (!type) return document.createTextNode(text);
  const el = document.createElement('span');
  el.className = `cy-${type}`;
  el.textContent = text;
  return el;
}

/** The characters an error at `offset` underlines: the word or symbol there. */
function markedRange(text, offset) {
  const word = /^[A-Za-z0-9_$]+/.exec(text.slice(offset));
  return { from: offset, to: offset + (word ? word[0].length : 1) };
}

/**
 * Fills `target` with highlighted `text`; `errorAt` (a character offset, or null) marks where an error is.
 * A final newline gets a space after it so the layer is as tall as the textarea over it.
 */
export function highlightInto(target, text, errorAt = null) {
  const nodes = [];
  const range = errorAt !== null && errorAt < text.length ? markedRange(text, errorAt) : null;
  for (const token of tokenize(text)) {
    const end = token.start + token.text.length;
    if (!range || end <= range.from || token.start >= range.to) {
      nodes.push(span(token.type, token.text));
      continue;
    }
    // split the token around the marked range
    const cut = (a, b) => token.text.slice(Math.max(a, token.start) - token.start, Math.min(b, end) - token.start);
    if (token.start < range.from) nodes.push(span(token.type, cut(token.start, range.from)));
    const mark = document.createElement('mark');
    mark.className = 'cy-error';
    mark.append(span(token.type, cut(range.from, range.to)));
    nodes.push(mark);
    if (end > range.to) nodes.push(span(token.type, cut(range.to, end)));
  }
  if (errorAt !== null && errorAt >= text.length) {
    const caret = document.createElement('mark');
    caret.className = 'cy-error cy-error-end';
    caret.textContent = ' ';
    nodes.push(caret);
  }
  nodes.push(document.createTextNode(text.endsWith('\n') ? ' ' : ''));
  target.replaceChildren(...nodes);
}
