// Story captions are plain text with two marks: *emphasis* and [text](https://…) links (the server refuses raw
// HTML). They become DOM nodes — text nodes, <em> and <a> — never markup, so a caption cannot inject anything.
// `doc` lets the offline handout (story-export.js) build them inside its own document.

const MARKS = /\[([^\]\n]+)\]\(([^)\s]+)\)|\*([^*\n]+)\*/g;

/** Only absolute http(s) URLs become links. */
function httpUrl(text) {
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    return new URL(text).href;
  } catch {
    return null;
  }
}

/** The caption as a list of nodes to append. */
export function captionNodes(text, doc = document) {
  const nodes = [];
  const source = String(text || '');
  let at = 0;
  for (const match of source.matchAll(MARKS)) {
    if (match.index > at) nodes.push(doc.createTextNode(source.slice(at, match.index)));
    const [, linkText, href, emphasis] = match;
    if (emphasis !== undefined) {
      const em = doc.createElement('em');
      em.textContent = emphasis;
      nodes.push(em);
    } else if (httpUrl(href)) {
      const a = doc.createElement('a');
      a.textContent = linkText;
      a.href = httpUrl(href);
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      nodes.push(a);
    } else {
      nodes.push(doc.createTextNode(linkText));
    }
    at = match.index + match[0].length;
  }
  if (at < source.length) nodes.push(doc.createTextNode(source.slice(at)));
  return nodes;
}
