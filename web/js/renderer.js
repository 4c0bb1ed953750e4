// Which Cytoscape renderer draws the graph, and making (and unmaking) a core with it. Cytoscape picks its renderer
// once, when the core is created: its WebGL mode (`renderer: {name: 'canvas', webgl: true}`, a preview since 3.31)
// draws many elements per GPU call, but only pays off on a real GPU. In software WebGL (SwiftShader, llvmpipe:
// headless browsers, machines without a GPU driver) every long edge costs the rasteriser more than the canvas
// renderer takes for it, so there the canvas renderer stays (measured in headless Chromium at 1,000/5,000: about
// 1 frame/s against the canvas renderer's 4 or more, and a first draw twice as slow; see BrowserBench).
// WebGL mode also draws every line solid (no dashes) and every label whatever its size on screen, so it is only
// used for big graphs, where the canvas renderer already drops detail (graph-view.js, graph-style.js).
// Helper of the graph controller (graph.js).

import cytoscape from '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';

/** Options of the WebGL mode: Cytoscape's defaults (sized for mobile GPUs); others made no difference in software. */
const WEBGL = { webglTexSize: 2048, webglTexRows: 36, webglBatchSize: 2048, webglTexPerBatch: 14 };
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let support = null;

/** What this browser offers: {available: WebGL2 contexts can be made, software: they are not GPU-backed, name}. */
export function webglSupport() {
  if (support) return support;
  support = { available: false, software: false, name: '' };
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info'); // some browsers hide it: then taken as a GPU
      const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
      support = { available: true, software: SOFTWARE.test(name), name };
      release(gl);
    }
  } catch (err) {
    // no WebGL at all: the canvas renderer
  }
  return support;
}

/**
 * Whether the graph should be drawn with WebGL: `mode` 'auto' (for big graphs, on a GPU), 'on' (whenever WebGL2
 * works, even in software: tests and benchmarks) or 'off'; `level` is graph-view.js's size level.
 */
export function wantsWebgl(mode, level) {
  if (mode === 'off' || (mode === 'auto' && level === 'normal')) return false; // no probe for small graphs
  return webglSupport().available && (mode === 'on' || !webglSupport().software);
}

function release(gl) {
  const lose = gl && gl.getExtension && gl.getExtension('WEBGL_lose_context');
  if (lose) lose.loseContext();
}

/** The renderer's WebGL context, when the core has one. */
function glOf(cy) {
  const r = cy.renderer();
  return r && r.webgl ? r.data.contexts[r.WEBGL] : null;
}

/**
 * A core in `container` with `options` (no elements), drawn with WebGL when `webgl` and that works, else with
 * the canvas renderer. Returns {cy, webgl} (what it got).
 */
export function createCore(container, options, webgl) {
  if (webgl) {
    try {
      return { cy: cytoscape({ container, ...options, renderer: { name: 'canvas', webgl: true, ...WEBGL } }), webgl: true };
    } catch (err) {
      container.replaceChildren(); // what the failed renderer left behind
      support = { ...webglSupport(), available: false }; // not tried again
    }
  }
  const cy = withoutWebglLayer(() => cytoscape({ container, ...options }));
  const r = cy.renderer();
  const extra = r.data.canvases[r.CANVAS_LAYERS];
  if (extra) extra.remove();
  return { cy, webgl: false };
}

/**
 * Once a WebGL core was made (or tried), Cytoscape gives every later canvas core a WebGL layer too (a setting it
 * keeps for all renderers), which fails where WebGL does and is never drawn: while `make` runs, that layer gets a
 * stand-in context.
 */
function withoutWebglLayer(make) {
  const real = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function getContext(type, ...rest) {
    return type === 'webgl2' ? {} : real.call(this, type, ...rest);
  };
  try {
    return make();
  } finally {
    HTMLCanvasElement.prototype.getContext = real;
  }
}

/** Destroys a core, giving its WebGL context back at once (browsers keep only a few alive). */
export function destroyCore(cy) {
  const gl = glOf(cy);
  cy.destroy();
  release(gl);
}
