// Stories panel (#stories): the stories on the server — present one, or open it in the editor (story-editor.js)
// to write scenes from the explorer's view, reorder and caption them, save (the admin token is asked for once
// per tab), delete, or export for a classroom without network (story-export.js).

import { el } from './dom.js';
import { MAX_SCENE_ENTITIES, captureView } from './scene-view.js';
import { StoryEditor } from './story-editor.js';
import { exportStory } from './story-export.js';
import { adminToken, stories } from './story-api.js';

const CONFIRM_MS = 5000;

/** The id the server would derive from a title (StoryRules.slug), made unique among `taken`. */
function newId(title, taken) {
  const slug = title.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '').slice(0, 60) || 'untitled';
  let id = `story:${slug}`;
  for (let n = 2; taken.has(id); n++) id = `story:${slug}-${n}`;
  return id;
}

/** Words for a failed write: what the status means for the person at the keyboard. */
function writeError(err) {
  if (err.status === 401) return 'The admin token was not accepted (401 Unauthorized). Check it and try again.';
  if (err.status === 403) {
    return 'This server accepts no story changes (403 Forbidden): it has no admin token configured. '
      + 'Ask its administrator to set ADMIN_TOKEN.';
  }
  return `Not saved: ${err.detail ? `${err.title} — ${err.detail}` : err.title || err}`;
}

export class StoriesPanel {
  constructor(root, { store, graph, presenter }) {
    Object.assign(this, { store, graph, presenter });
    const $ = (id) => root.querySelector(`#${id}`);
    this.el = { root, list: $('story-list'), form: $('story-form'), tokenBox: $('story-token'),
      token: $('story-token-input'), message: $('story-message'), remove: $('story-delete') };
    this.editor = new StoryEditor(this.el.form);
    this.known = [];
    this.loaded = false;
    root.addEventListener('click', (e) => this.onClick(e.target.closest('button[data-action]')));
    this.el.form.addEventListener('submit', (e) => { e.preventDefault(); this.save(); });
    store.addEventListener('panel', () => { if (store.panel === 'stories' && !this.loaded) this.refresh(); });
    if (store.panel === 'stories') this.refresh();
  }

  async refresh() {
    this.loaded = true;
    try {
      this.known = await stories.list();
    } catch (err) {
      this.store.error(err, 'Could not load the stories');
      return;
    }
    const items = this.known.map((s) => {
      const li = el('li', 'story-entry');
      li.dataset.id = s.id;
      const head = el('div', 'story-entry-head');
      head.append(el('strong', 'story-entry-title', s.title), el('span', 'hint', `${s.scenes} scene${s.scenes === 1 ? '' : 's'}`));
      const row = el('div', 'row');
      row.append(this.action('Present', 'present', s.id, `Present “${s.title}”`), this.action('Edit', 'edit', s.id, `Edit “${s.title}”`));
      li.append(head);
      if (s.description) li.append(el('p', 'story-entry-description', s.description));
      li.append(row);
      return li;
    });
    if (!items.length) items.push(el('li', 'hint', 'No stories yet: start one with “New story”.'));
    this.el.list.replaceChildren(...items);
  }

  action(text, action, id, label) {
    const b = el('button', action === 'present' ? 'small primary' : 'small', text);
    b.type = 'button';
    Object.assign(b.dataset, { action, id });
    b.setAttribute('aria-label', label);
    return b;
  }

  async onClick(button) {
    if (!button) return;
    const { action, id, index } = button.dataset;
    const draft = this.editor.draft;
    try {
      if (action === 'present') await this.presenter.start(await stories.get(id), 0);
      else if (action === 'edit') this.open(await stories.get(id));
      else if (action === 'new') this.open({ title: '', description: '', scenes: [] });
      else if (action === 'add-scene') this.addScene();
      else if (action === 'present-from') await this.presenter.start(draft, Number(index));
      else if (action === 'present-draft') await this.presenter.start(draft, 0);
      else if (action === 'export') await this.export(draft);
      else if (action === 'delete-story') await this.remove(button);
      else if (action === 'forget-token') this.forgetToken();
      else if (action === 'close') this.editor.close();
    } catch (err) {
      this.store.error(err, 'Could not do that');
    }
  }

  open(story) {
    this.editor.open(story);
    this.el.remove.hidden = !story.id;
    this.el.tokenBox.hidden = !!adminToken.get();
    this.say('');
    this.el.form.querySelector('#story-title').focus();
  }

  addScene() {
    const view = captureView(this.graph, this.store);
    if (!view.entities.length) return this.say('The graph is empty: put what the scene should show on it first.', true);
    if (view.entities.length > MAX_SCENE_ENTITIES) {
      return this.say(`A scene shows at most ${MAX_SCENE_ENTITIES} entities; this view has ${view.entities.length}. `
        + 'Remove some (or clear and rebuild) first.', true);
    }
    const sel = this.store.selection;
    const title = sel ? this.graph.nodeName(sel.kind === 'edge' ? this.graph.elementData(sel.id).source : sel.id) : '';
    this.editor.addScene(view, title || `Scene ${this.editor.draft.scenes.length + 1}`);
    return this.say(`Scene added: ${view.entities.length} entities${view.highlight.length ? ', the selection highlighted' : ''}.`);
  }

  /** Saves the draft with the admin token (asked for once, kept in sessionStorage for this tab). */
  async save() {
    const draft = this.editor.draft;
    if (!draft.title.trim() || draft.scenes.some((s) => !String(s.title || '').trim())) {
      return this.say('The story and each scene need a title.', true);
    }
    const token = this.el.token.value.trim() || adminToken.get();
    if (!token) {
      this.el.tokenBox.hidden = false;
      this.el.token.focus();
      return this.say('Saving needs the admin token: enter it, then save again.', true);
    }
    const story = { ...draft, id: draft.id || newId(draft.title, new Set(this.known.map((s) => s.id))) };
    try {
      const saved = await stories.save(story, token);
      adminToken.set(token);
      Object.assign(draft, { id: saved.id, dataset: saved.dataset });
      this.el.token.value = '';
      this.el.tokenBox.hidden = true;
      this.el.remove.hidden = false;
      this.el.form.querySelector('#story-form-heading').textContent = `Editing ${saved.id}`;
      this.say(`Saved “${saved.title}” (${saved.scenes.length} scene${saved.scenes.length === 1 ? '' : 's'}).`);
      return this.refresh();
    } catch (err) {
      if (err.status === 401) this.forgetToken();
      return this.say(writeError(err), true);
    }
  }

  /** Deletes on the second click within a few seconds. */
  async remove(button) {
    const draft = this.editor.draft;
    if (button.dataset.armed !== 'true') {
      button.dataset.armed = 'true';
      button.textContent = 'Click again to delete';
      setTimeout(() => { button.dataset.armed = 'false'; button.textContent = 'Delete story'; }, CONFIRM_MS);
      return;
    }
    const token = this.el.token.value.trim() || adminToken.get();
    if (!token) {
      this.el.tokenBox.hidden = false;
      this.el.token.focus();
      this.say('Deleting needs the admin token: enter it, then delete again.', true);
      return;
    }
    try {
      await stories.remove(draft.id, token);
      adminToken.set(token);
      this.editor.close();
      this.store.message(`Deleted the story “${draft.title}”.`);
      await this.refresh();
    } catch (err) {
      if (err.status === 401) this.forgetToken();
      this.say(writeError(err).replace('Not saved', 'Not deleted'), true);
    }
  }

  async export(draft) {
    if (!draft.scenes.length) return this.say('Add a scene before exporting.', true);
    this.say('Rendering each scene for the export…');
    const file = await exportStory(draft, { presenter: this.presenter, graph: this.graph });
    return this.say(`Exported ${file}: one PNG per scene and handout.html with the captions and sources.`);
  }

  forgetToken() {
    adminToken.forget();
    this.el.tokenBox.hidden = false;
  }

  say(text, error = false) {
    this.el.message.textContent = text;
    this.el.message.classList.toggle('is-error', error);
  }
}
