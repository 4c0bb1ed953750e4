// Marks on the graph that are not filters: a highlighted path (class path-on; the rest path-off, faded) and a
// comparison of two dates (was-appeared, was-ended, was-stayed, was-absent). Helpers of the graph controller,
// called inside cy.batch(); their styles are OVERLAY_STYLE, in graph-style.js's order.

import { changeBetween } from './time-rules.js';

const APPEARED = '#0072B2'; // Okabe–Ito blue and vermillion: apart for every colour-vision deficiency
const ENDED = '#D55E00';
const STAYED = '#9aa5b1';
const PATH = '#0b5cad';
const CLASSES = ['path-on', 'path-off', 'was-appeared', 'was-ended', 'was-stayed', 'was-absent'];
const MARKED = CLASSES.map((c) => `.${c}`).join(', ');

/** Marks the elements for `highlight` (a Set of ids) and `comparison` ({a, b}); either may be null. */
export function applyOverlays(cy, { highlight, comparison }) {
  cy.elements(MARKED).removeClass(CLASSES.join(' '));
  if (highlight) cy.elements().forEach((e) => { e.addClass(highlight.has(e.id()) ? 'path-on' : 'path-off'); });
  if (comparison) {
    cy.elements().forEach((e) => { e.addClass(`was-${changeBetween(e.data(), e.isEdge(), comparison.a, comparison.b)}`); });
  }
}

/** Line style and arrow differ too, so colour is never the only cue. */
export const OVERLAY_STYLE = [
  { selector: '.path-off', style: { opacity: 0.2, 'text-opacity': 0.35 } },
  { selector: 'edge.path-off', style: { opacity: 0.1 } },
  { selector: 'node.path-on', style: { 'border-width': 4, 'border-color': PATH, 'border-style': 'solid', 'font-weight': 700, 'z-index': 9 } },
  {
    selector: 'edge.path-on',
    style: { width: 4, 'line-color': PATH, 'target-arrow-color': PATH, opacity: 1, label: 'data(type)', 'z-index': 9 },
  },
  { selector: 'edge.was-appeared', style: { width: 3.5, 'line-color': APPEARED, 'target-arrow-color': APPEARED, 'line-style': 'solid', opacity: 1 } },
  {
    selector: 'edge.was-ended',
    style: {
      width: 3.5, 'line-color': ENDED, 'target-arrow-color': ENDED, 'target-arrow-shape': 'tee', 'line-style': 'dashed',
      'line-dash-pattern': [9, 4], opacity: 1,
    },
  },
  { selector: 'edge.was-stayed', style: { width: 1.5, 'line-color': STAYED, 'target-arrow-color': STAYED, 'line-style': 'solid', opacity: 0.9 } },
  { selector: 'node.was-appeared', style: { 'border-width': 4, 'border-color': APPEARED, 'border-style': 'solid' } },
  { selector: '.was-absent', style: { opacity: 0.12, 'text-opacity': 0.3 } },
];
