// Cytoscape element data from what the API sends: payload elements, entities and search results.

/** Cytoscape node data from a payload node, an entity, or a search result. */
export function nodeData(raw, fallbackLabel) {
  if (!raw || typeof raw.id !== 'string' || !raw.id) return null;
  const data = { ...raw };
  delete data.parent; // a property named "parent" would turn the node into a compound child
  const labels = Array.isArray(data.labels) ? data.labels.filter((l) => l !== 'Entity') : [];
  if (typeof data.label !== 'string' || !data.label) {
    data.label = data.primaryLabel || fallbackLabel || labels[0] || 'Entity';
  }
  if (typeof data.name !== 'string' || !data.name) data.name = data.id;
  return data;
}

export function edgeData(raw) {
  if (!raw || typeof raw.source !== 'string' || typeof raw.target !== 'string') return null;
  const data = { ...raw };
  delete data.parent;
  if (typeof data.id !== 'string' || !data.id) data.id = `${data.source}|${data.type}|${data.target}`;
  return data;
}
