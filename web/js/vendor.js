// Layout libraries from WebJars, loaded on first use as classic same-origin scripts (allowed by the CSP's
// script-src 'self'); their UMD builds set globals. Each resolves to the global, or null when it cannot load,
// so callers can fall back to a built-in layout.

const FCOSE = ['/webjars/layout-base/2.0.1/layout-base.js', '/webjars/cose-base/2.2.0/cose-base.js',
  '/webjars/cytoscape-fcose/2.2.0/cytoscape-fcose.js'];
const DAGRE = ['/webjars/dagre/0.8.4/dist/dagre.min.js'];

const loaded = new Map();

function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.async = false;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(script);
    }));
  }
  return loaded.get(src);
}

async function loadAll(sources, global) {
  try {
    for (const src of sources) await loadScript(src); // in order: each needs the one before
    return window[global] || null;
  } catch {
    return null;
  }
}

let fcose = null;

/** Registers cytoscape-fcose once; resolves to true when the 'fcose' layout is available. */
export function loadFcose(cytoscape) {
  fcose = fcose || loadAll(FCOSE, 'cytoscapeFcose').then((extension) => {
    if (!extension) return false;
    cytoscape.use(extension);
    return true;
  });
  return fcose;
}

export function loadDagre() {
  return loadAll(DAGRE, 'dagre');
}
