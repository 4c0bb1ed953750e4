// The console's result table (#console-table): one column per returned column, sortable by its heading (again
// to reverse), cells from console-cells.js; a node or relationship in a cell selects it on the graph. The same
// rows, in the shown order, download as CSV.

import { el } from './dom.js';
import { cellNode, cellText, namesOf, sortKey } from './console-cells.js';

function compare(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1; // numbers before text in a mixed column
  if (typeof b === 'number') return 1;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

/** RFC 4180 field; text that a spreadsheet would run as a formula gets a leading apostrophe. */
function csvField(value, text) {
  const safe = typeof value !== 'number' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export class ResultTable {
  constructor(table, { onSelect }) {
    this.el = { table, head: table.tHead, body: table.tBodies[0] };
    this.result = null;
    this.names = new Map();
    this.sort = null; // {column, dir}
    table.addEventListener('click', (e) => {
      const heading = e.target.closest('button[data-column]');
      if (heading) {
        this.sortBy(Number(heading.dataset.column));
        return;
      }
      const cell = e.target.closest('button[data-kind]');
      if (cell) onSelect(cell.dataset.kind, cell.dataset.id);
    });
  }

  show(result) {
    this.result = result;
    this.names = namesOf(result.graph);
    this.sort = null;
    const row = el('tr');
    result.columns.forEach((name, i) => {
      const th = el('th');
      th.scope = 'col';
      const button = el('button', null, name);
      button.type = 'button';
      button.dataset.column = String(i);
      th.append(button);
      row.append(th);
    });
    this.el.head.replaceChildren(row);
    this.renderBody();
  }

  sortBy(column) {
    const dir = this.sort && this.sort.column === column ? -this.sort.dir : 1;
    this.sort = { column, dir };
    this.renderBody();
  }

  /** The rows in the order shown. */
  rows() {
    const rows = this.result ? this.result.rows : [];
    if (!this.sort) return rows;
    const { column, dir } = this.sort;
    const keyed = rows.map((row, i) => ({ row, i, key: sortKey(row[column], this.names) }));
    keyed.sort((a, b) => dir * compare(a.key, b.key) || a.i - b.i);
    return keyed.map((k) => k.row);
  }

  renderBody() {
    this.el.body.replaceChildren(...this.rows().map((row) => {
      const tr = el('tr');
      row.forEach((value) => {
        const td = el('td');
        td.append(cellNode(value, this.names));
        tr.append(td);
      });
      return tr;
    }));
    this.el.head.querySelectorAll('th').forEach((th, i) => {
      if (this.sort && this.sort.column === i) th.setAttribute('aria-sort', this.sort.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }

  /** The table as CSV text (header line, then the rows as sorted), CRLF line ends. */
  csv() {
    if (!this.result) return '';
    const lines = [this.result.columns.map((c) => csvField(c, c)).join(',')];
    this.rows().forEach((row) => lines.push(row.map((v) => csvField(v, cellText(v, this.names))).join(',')));
    return `${lines.join('\r\n')}\r\n`;
  }
}
