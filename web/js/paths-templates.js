// Path pattern templates: a label pattern (`via`, endpoints included) with relationship types and search
// options. A few are built in; people save their own in this browser's localStorage.

const KEY = 'aigeo.explorer.path-templates.v1';

export const BUILT_IN = [
  { name: 'policy → lab → cloud region', via: ['Policy', 'Lab', 'CloudRegion'], types: [] },
  { name: 'government → restriction → model → license', via: ['Government', 'Model', 'License'], types: ['RESTRICTS', 'LICENSED_UNDER'] },
  { name: 'lab → model → derivative model', via: ['Lab', 'Model', 'Model'], types: ['DEVELOPS', 'BASED_ON'] },
];

const isNames = (list) => Array.isArray(list) && list.every((x) => typeof x === 'string');

/** The templates saved in this browser (newest first). */
export function savedTemplates() {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(KEY) || '[]');
    return Array.isArray(parsed) ? parsed.filter((t) => t && typeof t.name === 'string' && isNames(t.via) && isNames(t.types)) : [];
  } catch {
    return [];
  }
}

/** Saves (or replaces, by name) a template; throws when the browser refuses to store it. */
export function saveTemplate(template) {
  const rest = savedTemplates().filter((t) => t.name !== template.name);
  window.localStorage.setItem(KEY, JSON.stringify([template, ...rest]));
}

export function deleteTemplate(name) {
  window.localStorage.setItem(KEY, JSON.stringify(savedTemplates().filter((t) => t.name !== name)));
}

/** A template by its key in the template menu: "built-in:<n>" or "saved:<name>". */
export function findTemplate(key) {
  if (key.startsWith('built-in:')) return BUILT_IN[Number(key.slice(9))] || null;
  if (key.startsWith('saved:')) return savedTemplates().find((t) => t.name === key.slice(6)) || null;
  return null;
}
