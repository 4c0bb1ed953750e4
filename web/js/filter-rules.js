// What the filters let through. Pure functions on element data, used by the graph controller (to hide or
// fade), the list view and the exports (what is "visible"), and the URL state.
//
// filters = {
//   hiddenLabels: Set<label>, hiddenTypes: Set<type>,
//   minConfidence: 'any' | 'medium' | 'high',
//   sourced: 'any' | 'sourced' | 'unsourced',
//   mode: 'hide' | 'fade'          what happens to elements the filters leave out
// }

export const CONFIDENCE_LEVELS = ['any', 'medium', 'high'];
export const SOURCED_CHOICES = ['any', 'sourced', 'unsourced'];

const RANK = { low: 1, medium: 2, high: 3 };

export function defaultFilters() {
  return { hiddenLabels: new Set(), hiddenTypes: new Set(), minConfidence: 'any', sourced: 'any', mode: 'hide' };
}

/** Any filter set at all (the mode alone does not count). */
export function isFiltering(f) {
  return f.hiddenLabels.size > 0 || f.hiddenTypes.size > 0 || f.minConfidence !== 'any' || f.sourced !== 'any';
}

export function nodePasses(data, f) {
  return !f.hiddenLabels.has(data.label);
}

export function hasSources(data) {
  return Array.isArray(data.sources) && data.sources.some((s) => typeof s === 'string' && s);
}

/** The relationship's own tests; its end nodes are checked by the caller. */
export function edgePasses(data, f) {
  if (f.hiddenTypes.has(data.type)) return false;
  if (f.minConfidence !== 'any' && (RANK[data.confidence] || 0) < RANK[f.minConfidence]) return false;
  if (f.sourced === 'sourced' && !hasSources(data)) return false;
  if (f.sourced === 'unsourced' && hasSources(data)) return false;
  return true;
}

/** Short text for the status line and the filters panel: what is being left out. */
export function describeFilters(f) {
  const parts = [];
  if (f.hiddenLabels.size) parts.push(`labels hidden: ${[...f.hiddenLabels].join(', ')}`);
  if (f.hiddenTypes.size) parts.push(`types hidden: ${[...f.hiddenTypes].join(', ')}`);
  if (f.minConfidence === 'high') parts.push('high confidence only');
  if (f.minConfidence === 'medium') parts.push('medium confidence or higher');
  if (f.sourced !== 'any') parts.push(`${f.sourced} relationships only`);
  return parts.join('; ');
}
