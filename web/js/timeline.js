// Time panel, first part (#time): a slider over the data's date range (meta.dateRange, by month) with a date
// input, play/pause through the years and "any time". The date is store.date: the graph hides or fades what was
// not valid or did not exist yet then (graph-view.js; nothing moves), expansions and path searches ask as of it.

import { isPartialDate, monthIndex, monthText } from './time-rules.js';

const TICK_MS = 600;
const STEPS = [1, 3, 6, 12, 24]; // months per tick while playing: the smallest that crosses the range in ~48 ticks
const TICKS = 48;

export class TimelinePanel {
  constructor(root, { store }) {
    this.store = store;
    const $ = (selector) => root.querySelector(selector);
    this.el = { range: $('#time-range'), ticks: $('#time-ticks'), date: $('#time-date'), play: $('#time-play'),
      any: $('#time-any'), summary: $('#time-summary') };
    this.timer = 0;
    const { range, date, play, any } = this.el;
    range.addEventListener('input', () => {
      this.stop();
      store.setDate(monthText(Number(range.value)));
    });
    date.addEventListener('change', () => this.typed(date.value.trim()));
    play.addEventListener('click', () => (this.timer ? this.stop() : this.play()));
    any.addEventListener('click', () => {
      this.stop();
      store.setDate(null);
    });
    store.addEventListener('meta', () => this.renderRange());
    store.addEventListener('date', () => this.sync());
    store.addEventListener('filters', () => this.sync());
    this.sync();
  }

  get bounds() {
    return { min: Number(this.el.range.min), max: Number(this.el.range.max) };
  }

  renderRange() {
    const span = this.store.meta && this.store.meta.dateRange;
    const [from, to] = [monthIndex(span && span.from), monthIndex(span && span.to)];
    const usable = from !== null && to !== null && from < to;
    this.el.range.disabled = !usable;
    this.el.play.disabled = !usable;
    if (usable) {
      Object.assign(this.el.range, { min: String(from), max: String(to) });
      const years = [];
      for (let year = Math.ceil(from / 12); year * 12 <= to; year++) {
        const tick = document.createElement('option');
        tick.value = String(year * 12);
        tick.label = String(year);
        years.push(tick);
      }
      this.el.ticks.replaceChildren(...years);
      this.el.range.title = `${monthText(from)} to ${monthText(to)}`;
    }
    this.sync();
  }

  typed(text) {
    if (text && !isPartialDate(text)) {
      this.el.date.setAttribute('aria-invalid', 'true');
      this.el.summary.textContent = `“${text}” is not a date: type YYYY, YYYY-MM or YYYY-MM-DD.`;
      return;
    }
    this.stop();
    this.store.setDate(text || null);
  }

  /** Steps through the range from the current date (or its start) to its end. */
  play() {
    const { min, max } = this.bounds;
    let at = this.store.date ? monthIndex(this.store.date) : min;
    if (at >= max) at = min;
    const step = STEPS.find((s) => (max - min) / s <= TICKS) || STEPS.at(-1);
    this.store.setDate(monthText(at));
    this.timer = setInterval(() => {
      at = Math.min(max, at + step);
      this.store.setDate(monthText(at));
      if (at >= max) this.stop();
    }, TICK_MS);
    this.syncPlay();
  }

  stop() {
    clearInterval(this.timer);
    this.timer = 0;
    this.syncPlay();
  }

  syncPlay() {
    const playing = Boolean(this.timer);
    this.el.play.textContent = playing ? 'Pause' : 'Play';
    this.el.play.setAttribute('aria-pressed', String(playing));
  }

  sync() {
    const { date, filters } = this.store;
    const { range, any, summary } = this.el;
    const { min, max } = this.bounds;
    const at = date ? monthIndex(date) : max;
    range.value = String(Math.min(max, Math.max(min, at)));
    range.setAttribute('aria-valuetext', date || 'any time');
    if (document.activeElement !== this.el.date) this.el.date.value = date || '';
    this.el.date.removeAttribute('aria-invalid');
    any.disabled = !date;
    summary.textContent = date
      ? `As of ${date}: relationships outside their dates and entities that did not exist yet are `
        + `${filters.mode === 'fade' ? 'faded' : 'hidden'} (the Filters panel chooses). Expansions and path searches ask as of this date.`
      : 'Any time: everything is shown. Move the slider or type a date to see the network as it was then.';
  }
}
