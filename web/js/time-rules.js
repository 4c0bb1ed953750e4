// "As of a date" in the browser, by the same rule as the API (AsOf.java): a relationship is valid when
// since ≤ date ≤ the end of until's period (open ends allowed), an entity exists once its own date (founded,
// issued, released, launched or date: the first one set) is not after the date. Dates may be partial ("2025",
// "2025-02"); the date tested at means its first day. Pure functions on element data.

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ENTITY_DATES = ['founded', 'issued', 'released', 'launched', 'date'];

const pad = (n) => String(n).padStart(2, '0');

function daysIn(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(value) {
  const m = typeof value === 'string' ? PARTIAL.exec(value.slice(0, 10)) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > daysIn(year, month))) return null;
  return { year, month, day };
}

/** YYYY, YYYY-MM or YYYY-MM-DD, and a real date. */
export function isPartialDate(text) {
  return typeof text === 'string' && PARTIAL.test(text) && parts(text) !== null;
}

/** First day of a (partial) date as YYYY-MM-DD, or null when there is no usable date. */
function startOf(value) {
  const p = parts(value);
  return p ? `${p.year}-${pad(p.month || 1)}-${pad(p.day || 1)}` : null;
}

/** Last day of a (partial) date's period: "2025" lasts to 2025-12-31, "2025-02" to 2025-02-28. */
function endOf(value) {
  const p = parts(value);
  if (!p) return null;
  const month = p.month || 12;
  return `${p.year}-${pad(month)}-${pad(p.day || daysIn(p.year, month))}`;
}

/** A relationship's since/until allow it on `date` (always true without a date). */
export function validAt(data, date) {
  const at = startOf(date);
  if (!at) return true;
  const since = startOf(data.since);
  const until = endOf(data.until);
  return (!since || since <= at) && (!until || at <= until);
}

/** An entity existed on `date`: its own date is not after it (always true without either). */
export function existsAt(data, date) {
  const at = startOf(date);
  if (!at) return true;
  const own = ENTITY_DATES.map((key) => data[key]).find((v) => v !== undefined && v !== null && v !== '');
  const start = startOf(own);
  return !start || start <= at;
}

/** What became of an element between dates a and b: appeared, ended, stayed, or absent (there at neither). */
export function changeBetween(data, isEdge, a, b) {
  const there = (date) => (isEdge ? validAt(data, date) : existsAt(data, date));
  const [atA, atB] = [there(a), there(b)];
  if (atA) return atB ? 'stayed' : 'ended';
  return atB ? 'appeared' : 'absent';
}

/** Month number (year * 12 + month - 1) of a date: the time slider's scale. */
export function monthIndex(value) {
  const p = parts(value);
  return p ? p.year * 12 + (p.month || 1) - 1 : null;
}

export function monthText(index) {
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}
