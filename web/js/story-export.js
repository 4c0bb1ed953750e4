// A story for a classroom without network: one zip, built in the browser, holding a folder with a PNG per
// scene (the graph as presented, rendered by Cytoscape) and handout.html — self-contained, no scripts — with
// each scene's title, caption and numbered sources (the numbers on the picture's edges), and a bibliography of
// every source the story cites.

import { captionNodes } from './caption.js';
import { sourceItem } from './dom.js';
import { download } from './export.js';
import { zipBlob } from './zip.js';

const HANDOUT_CSS = `body{font:16px/1.5 system-ui,sans-serif;color:#1f2933;max-width:60rem;margin:2rem auto;padding:0 1rem}
img{max-width:100%;border:1px solid #d9e2ec}section{margin:0 0 3rem;page-break-inside:avoid}
.source-meta,.url{display:block;color:#52606d;font-size:.9em}li{margin:.3rem 0}.hint{color:#52606d}`;

const pad = (n) => String(n).padStart(2, '0');

function add(doc, parent, tag, text) {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  parent.append(node);
  return node;
}

/** A source list imported into the handout (sourceItem builds it in this page's document), URLs spelled out for paper. */
function sourceList(doc, tag, sources) {
  const list = doc.createElement(tag);
  list.append(...sources.map((s) => {
    const li = doc.importNode(sourceItem(s), true);
    const link = li.querySelector('a.external');
    if (link) add(doc, li, 'span', link.href).className = 'url';
    return li;
  }));
  return list;
}

/** The handout as HTML text; `scenes`: [{title, caption, image, sources}]. */
function handoutHtml(story, scenes, exportedAt) {
  const doc = document.implementation.createHTMLDocument(story.title || 'Story');
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  add(doc, doc.head, 'style', HANDOUT_CSS);
  doc.head.prepend(charset, meta);
  const { body } = doc;
  add(doc, body, 'h1', story.title);
  if (story.description) add(doc, body, 'p', story.description);
  const ds = story.dataset || {};
  add(doc, body, 'p', `Dataset ${ds.name || 'unknown'} ${ds.version || ''}, exported ${exportedAt}. `
    + 'Numbers on the relationships in each picture refer to that scene’s sources.').className = 'hint';
  scenes.forEach((scene, i) => {
    const section = add(doc, body, 'section');
    add(doc, section, 'h2', `${i + 1}. ${scene.title}`);
    const img = add(doc, section, 'img');
    Object.assign(img, { src: scene.image, alt: `The graph of scene ${i + 1}: ${scene.title}` });
    add(doc, section, 'p').append(...captionNodes(scene.caption, doc));
    if (scene.sources.length) {
      add(doc, section, 'h3', 'Sources');
      section.append(sourceList(doc, 'ol', scene.sources));
    }
  });
  const all = new Map(scenes.flatMap((s) => s.sources).map((s) => [s.id, s]));
  add(doc, body, 'h2', 'Bibliography');
  body.append(sourceList(doc, 'ul', [...all.values()].sort((a, b) => String(a.name).localeCompare(String(b.name)))));
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}

/** Renders every scene, zips the pictures and the handout, downloads the zip; resolves to its file name. */
export async function exportStory(story, { presenter, graph }) {
  const slug = String(story.id || story.title || 'story').replace(/^story:/, '').replace(/[^A-Za-z0-9._-]+/g, '-');
  const files = [];
  const scenes = [];
  await presenter.eachScene(story, async (i, sources) => {
    const image = `scene-${pad(i + 1)}.png`;
    const png = await graph.png();
    files.push({ name: `${slug}/${image}`, bytes: new Uint8Array(await png.arrayBuffer()) });
    const { title, caption } = story.scenes[i];
    scenes.push({ title, caption, image, sources });
  });
  const exportedAt = new Date().toISOString().slice(0, 10);
  const html = new TextEncoder().encode(handoutHtml(story, scenes, exportedAt));
  files.push({ name: `${slug}/handout.html`, bytes: html });
  const file = `${slug}.zip`;
  download(zipBlob(files), file);
  return file;
}
