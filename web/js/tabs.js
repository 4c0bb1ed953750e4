// The side panel (#side): tabs for Details, Filters, On screen and Layouts (ARIA tabs: arrow keys, Home, End
// move between tabs), and the header button that folds the whole panel away. The open panel is store.panel
// ("closed" when folded), so it goes into the URL.

export class SidePanel {
  constructor(root, { store, toggle, onResize }) {
    this.store = store;
    this.onResize = onResize;
    this.el = { root, toggle, tabs: [...root.querySelectorAll('[role="tab"]')] };
    this.lastOpen = 'details';
    const { tabs } = this.el;
    tabs[0].parentElement.addEventListener('click', (e) => {
      const tab = e.target.closest('[role="tab"]');
      if (tab) store.setPanel(tab.dataset.panel);
    });
    tabs[0].parentElement.addEventListener('keydown', (e) => this.onKey(e));
    toggle.addEventListener('click', () => store.setPanel(store.panel === 'closed' ? this.lastOpen : 'closed'));
    store.addEventListener('panel', () => this.render());
    this.render();
  }

  onKey(e) {
    const { tabs } = this.el;
    const at = tabs.indexOf(document.activeElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    tab.focus();
    this.store.setPanel(tab.dataset.panel);
  }

  render() {
    const { root, toggle, tabs } = this.el;
    const name = this.store.panel;
    const closed = name === 'closed';
    if (!closed) this.lastOpen = name;
    root.hidden = closed;
    document.body.classList.toggle('side-closed', closed);
    document.body.dataset.panel = name; // the list view gets a wider panel (app.css)
    toggle.setAttribute('aria-expanded', String(!closed));
    toggle.textContent = closed ? 'Show panel' : 'Hide panel';
    for (const tab of tabs) {
      const selected = tab.dataset.panel === this.lastOpen;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
    }
    if (this.onResize) this.onResize();
  }
}
