// The story being written (#story-form in the Stories panel): title, description and the scenes — each with
// its title and caption, moved up or down with buttons (keyboard reachable; focus follows the scene), deleted,
// or presented from there. The draft is a plain story object; stories.js saves it.

import { el } from './dom.js';

/** One line about what a scene shows, e.g. "12 entities · 2 highlighted · as of 2026-03 · layout concentric". */
function summary(view) {
  const parts = [];
  const count = (list) => (Array.isArray(list) ? list.length : 0);
  if (count(view.entities)) parts.push(`${count(view.entities)} entities`);
  if (count(view.expand)) parts.push(`${count(view.expand)} expansions`);
  if (view.path) parts.push('a path');
  if (count(view.highlight)) parts.push(`${count(view.highlight)} highlighted`);
  if (view.asOf) parts.push(`as of ${view.asOf}`);
  if (view.layout) parts.push(`layout ${view.layout}`);
  return parts.join(' · ');
}

function button(text, action, index, label) {
  const b = el('button', 'small', text);
  b.type = 'button';
  Object.assign(b.dataset, { action, index: String(index) });
  if (label) b.setAttribute('aria-label', label);
  return b;
}

function field(tag, index, name, value, labelText) {
  const id = `scene-${index}-${name}`;
  const label = el('label', 'scene-label', labelText);
  label.htmlFor = id;
  const input = el(tag, `scene-${name}`);
  Object.assign(input, { id, value: value || '' });
  Object.assign(input.dataset, { field: name, index: String(index) });
  if (tag === 'textarea') input.rows = 4;
  else Object.assign(input, { type: 'text', maxLength: 200 });
  return [label, input];
}

export class StoryEditor {
  constructor(form) {
    const $ = (id) => form.querySelector(`#${id}`);
    this.el = { form, heading: $('story-form-heading'), title: $('story-title'), description: $('story-description'),
      scenes: $('story-scenes') };
    this.draft = null;
    this.el.title.addEventListener('input', () => { this.draft.title = this.el.title.value; });
    this.el.description.addEventListener('input', () => { this.draft.description = this.el.description.value; });
    this.el.scenes.addEventListener('input', (e) => {
      const { field: name, index } = e.target.dataset;
      if (name) this.draft.scenes[Number(index)][name] = e.target.value;
    });
    this.el.scenes.addEventListener('click', (e) => this.onClick(e.target.closest('button[data-action]')));
  }

  /** Starts editing `story` (a copy is kept; `missing` is the server's, not the story's). */
  open(story) {
    this.draft = {
      ...story,
      scenes: (story.scenes || []).map(({ title, caption, view }) => ({ title, caption: caption || '', view: view || {} })),
    };
    delete this.draft.updatedAt;
    this.el.form.hidden = false;
    this.el.heading.textContent = story.id ? `Editing ${story.id}` : 'New story';
    this.el.title.value = this.draft.title || '';
    this.el.description.value = this.draft.description || '';
    this.render();
  }

  close() {
    this.draft = null;
    this.el.form.hidden = true;
  }

  /** Adds a scene showing `view` and puts the cursor in its title. */
  addScene(view, title) {
    this.draft.scenes.push({ title, caption: '', view });
    this.render();
    this.el.scenes.querySelector(`#scene-${this.draft.scenes.length - 1}-title`).select();
  }

  onClick(b) {
    if (!b || b.dataset.action === 'present-from') return; // stories.js presents
    const i = Number(b.dataset.index);
    const scenes = this.draft.scenes;
    const to = b.dataset.action === 'up' ? i - 1 : i + 1;
    if (b.dataset.action === 'remove') scenes.splice(i, 1);
    else if (to >= 0 && to < scenes.length) [scenes[i], scenes[to]] = [scenes[to], scenes[i]];
    else return;
    this.render();
    const next = b.dataset.action === 'remove' ? Math.min(i, scenes.length - 1) : to;
    const focus = this.el.scenes.querySelector(`button[data-action="${b.dataset.action}"][data-index="${next}"]`)
      || this.el.scenes.querySelector(`[data-index="${next}"]`) || this.el.title;
    focus.focus();
  }

  render() {
    const { scenes } = this.draft;
    const items = scenes.map((scene, i) => {
      const li = el('li', 'scene-item');
      li.dataset.index = String(i);
      const n = i + 1;
      li.append(...field('input', i, 'title', scene.title, `Scene ${n}: title`),
        ...field('textarea', i, 'caption', scene.caption, `Scene ${n}: caption`),
        el('p', 'hint scene-summary', summary(scene.view)));
      const row = el('div', 'row');
      row.append(button('Present from here', 'present-from', i),
        button('↑', 'up', i, `Move scene ${n} up`), button('↓', 'down', i, `Move scene ${n} down`),
        button('Delete', 'remove', i, `Delete scene ${n}`));
      li.append(row);
      return li;
    });
    if (!items.length) items.push(el('li', 'hint', 'No scenes yet. Arrange the graph, select what to highlight, then add the view as a scene.'));
    this.el.scenes.replaceChildren(...items);
  }
}
