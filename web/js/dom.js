// Small DOM helpers shared by the panels. Dataset text only ever goes through textContent.

/** Element with a class and text content. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/**
 * Keeps `--name` on the element's parent at the element's height (0 while hidden), so that the stylesheet can leave
 * it room: the legend sits between the graph's toolbar and its status line (app.css), however they wrap.
 */
export function publishHeight(element, name) {
  new ResizeObserver(() => element.parentElement.style.setProperty(name, `${element.offsetHeight}px`)).observe(element);
}

/** A swatch in the label's colour and (approximated) shape; the shape classes live in app.css. */
export function swatch(label, store) {
  const { color, shape } = store.styleFor(label);
  const span = el('span', `swatch shape-${shape}`);
  span.style.backgroundColor = color; // CSSOM, allowed by the style-src 'self' policy
  span.setAttribute('aria-hidden', 'true');
  return span;
}

export function labelBadge(label, store) {
  const badge = el('span', 'badge');
  badge.append(swatch(label || 'Entity', store), document.createTextNode(label || 'Entity'));
  return badge;
}

/** A link-styled button that selects a node or an edge (data-action="select"; the panel delegates the click). */
export function selectButton(text, kind, id) {
  const button = el('button', 'link-button', text);
  Object.assign(button.dataset, { action: 'select', kind, id });
  return button;
}

/** Only http(s) links become hrefs: a dataset could hold `javascript:` URLs. */
export function safeUrl(value) {
  if (typeof value !== 'string' || !value) return null;
  try {
    const url = new URL(value, window.location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function externalLink(href, text) {
  const url = safeUrl(href);
  if (!url) return el('span', 'bad-link', text);
  const a = el('a', 'external', text);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

/** Dates may be partial (dataset-format.md): `<prop>Precision` is year or month then. */
export function formatDate(value, precision) {
  if (value === undefined || value === null || value === '') return '';
  const text = String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return text;
  if (precision === 'year') return m[1];
  if (precision === 'month') return `${m[1]}-${m[2]}`;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** A value of any property type as display text. */
export function displayValue(value) {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(displayValue).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One item of a source list: the title as a link, then publisher, date and an archive link. */
export function sourceItem(source) {
  const li = el('li', 'source');
  const title = source.name || source.title || source.id || 'Untitled source';
  li.dataset.id = source.id || '';
  li.append(externalLink(source.url, title));
  const meta = [source.publisher, source.author, formatDate(source.published, source.publishedPrecision)]
    .filter((x) => x !== undefined && x !== null && x !== '').map(String);
  if (meta.length) li.append(el('span', 'source-meta', meta.join(' · ')));
  if (safeUrl(source.archiveUrl)) {
    const archive = externalLink(source.archiveUrl, 'archived copy');
    archive.classList.add('archive');
    li.append(archive);
  }
  return li;
}

/** Writes "on screen/in the data" into each entry's .count; entries carry data-<key> and data-total. */
export function showCounts(list, key, onScreen) {
  list.querySelectorAll(`li[data-${key}]`).forEach((li) => {
    const n = onScreen.get(li.dataset[key]) || 0;
    li.querySelector('.count').textContent = `${n}/${li.dataset.total}`;
    li.classList.toggle('is-absent', n === 0);
  });
}
