// Footnotes of a scene: the sources cited by the relationships it shows (what passes the scene's filters), each
// numbered once in order of first citation — the highlighted relationships first, in their order — and the numbers per
// relationship, which label the highlighted edges on the graph ("ISSUED [1, 2]").

import { edgePasses, nodePasses } from './filter-rules.js';

/** {sources: [id…] in footnote order, labels: Map edge id → "TYPE [n, …]"} for a scene payload. */
export function sceneCitations(payload, filters, highlight = []) {
  const shownNodes = new Set((payload.nodes || []).map((n) => n.data).filter((d) => nodePasses(d, filters)).map((d) => d.id));
  const rank = (id) => (highlight.includes(id) ? highlight.indexOf(id) : highlight.length);
  const edges = (payload.edges || []).map((e) => e.data)
    .filter((d) => shownNodes.has(d.source) && shownNodes.has(d.target) && edgePasses(d, filters))
    .sort((a, b) => rank(a.id) - rank(b.id));
  const numbers = new Map();
  const labels = new Map();
  for (const edge of edges) {
    const cited = (Array.isArray(edge.sources) ? edge.sources : []).filter((s) => typeof s === 'string' && s);
    cited.forEach((id) => { if (!numbers.has(id)) numbers.set(id, numbers.size + 1); });
    const marks = cited.map((id) => numbers.get(id));
    labels.set(edge.id, marks.length ? `${edge.type} [${marks.join(', ')}]` : `${edge.type} (no source)`);
  }
  return { sources: [...numbers.keys()], labels };
}
