// Viewport arithmetic for the graph controller. The toolbar and the legend float over the graph, so
// "fit" means: fit into the largest free part of the container, not the whole of it.

const PADDING = 36;
const MAX_FIT_ZOOM = 1.6;

/** Rectangles of the visible overlays, relative to the container. */
function overlayRects(container, overlays) {
  const box = container.getBoundingClientRect();
  const rects = (overlays || []).filter((o) => !o.hidden && o.offsetParent).map((o) => o.getBoundingClientRect())
    .map((r) => ({ x1: r.left - box.left, y1: r.top - box.top, x2: r.right - box.left, y2: r.bottom - box.top }));
  return { box, rects };
}

/** {zoom, pan} that fit a model bounding box `bb` into the free area; null when there is no room. */
export function fitViewport(cy, bb, container, overlays) {
  const { box, rects } = overlayRects(container, overlays);
  const top = Math.max(0, ...rects.filter((r) => r.y1 < 60).map((r) => r.y2)); // toolbar band
  const low = rects.find((r) => r.y1 >= 60); // the legend, bottom-left
  const areas = low
    ? [{ x1: low.x2, y1: top, x2: box.width, y2: box.height }, { x1: 0, y1: top, x2: box.width, y2: low.y1 }]
    : [{ x1: 0, y1: top, x2: box.width, y2: box.height }];
  let best = null;
  for (const a of areas) {
    const w = a.x2 - a.x1 - 2 * PADDING;
    const h = a.y2 - a.y1 - 2 * PADDING;
    if (w <= 0 || h <= 0) continue;
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / (bb.w || 1), h / (bb.h || 1), MAX_FIT_ZOOM)));
    if (!best || zoom > best.zoom) {
      best = {
        zoom,
        pan: {
          x: a.x1 + PADDING + (w - zoom * bb.w) / 2 - zoom * bb.x1,
          y: a.y1 + PADDING + (h - zoom * bb.h) / 2 - zoom * bb.y1,
        },
      };
    }
  }
  return best;
}

/** True when a rendered bounding box is fully on screen and not under an overlay. */
export function isInView(rbb, container, overlays) {
  const { box, rects } = overlayRects(container, overlays);
  const covered = rects.some((r) => rbb.x1 < r.x2 && rbb.x2 > r.x1 && rbb.y1 < r.y2 && rbb.y2 > r.y1);
  return !covered && rbb.x1 >= 0 && rbb.y1 >= 0 && rbb.x2 <= box.width && rbb.y2 <= box.height;
}
