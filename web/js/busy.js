// Work in flight (API calls, layouts): a counter that the loading indicator listens to.

const target = new EventTarget();
let pending = 0;

function changed(delta) {
  pending += delta;
  target.dispatchEvent(new CustomEvent('change', { detail: { pending } }));
}

/** Counts `promise` as work in flight until it settles; returns it. */
export function track(promise) {
  changed(1);
  promise.then(() => changed(-1), () => changed(-1));
  return promise;
}

export function onBusyChange(listener) {
  target.addEventListener('change', (e) => listener(e.detail.pending));
}
