// Targets, measures, projects and teams of a cluster (目标明、措施实、项目、团队). The chief of the cluster (and ADMIN)
// edits them in place: each item has edit and delete, each list an add; the form sends the item's record to the
// REST API (POST/PUT/DELETE /clusters/{id}/{kind}) and shows the API's field errors beside the field. Who may edit
// is read from GET /me (roles, clusters); everyone else sees the same lists read-only, with no edit control.
import { api, request, ApiError } from '../api.js';
import { t, number } from '../i18n.js';
import { h, data, loading, empty, unavailable, failed, timing, toast } from '../ui.js';
import { clusterHeader } from './cluster-header.js';

// The fields of each record kind, in form order: [name, input type]. 'list' = ids separated by commas.
const FIELDS = {
  targets: [['name', 'text'], ['metric', 'text'], ['value', 'number'], ['unit', 'text'], ['year', 'int'], ['baseline', 'number'],
    ['current', 'number'], ['currentAt', 'date'], ['description', 'text']],
  measures: [['name', 'text'], ['owner', 'text'], ['due', 'date'], ['status', 'status'], ['links', 'list'], ['targets', 'list'], ['description', 'text']],
  projects: [['name', 'text'], ['enterprise', 'text'], ['investment', 'number'], ['links', 'list'], ['plannedSigned', 'date'], ['signed', 'date'],
    ['plannedLanded', 'date'], ['landed', 'date'], ['plannedProducing', 'date'], ['producing', 'date'],
    ['plannedAboveScale', 'date'], ['aboveScale', 'date'], ['description', 'text']],
  teams: [['name', 'text'], ['leader', 'text'], ['institution', 'text'], ['field', 'text'], ['links', 'list'], ['description', 'text']],
};
const LISTS = [['targets', 'feature.targets'], ['measures', 'feature.measures'], ['projects', 'feature.projects'], ['teams', 'feature.teams']];
const STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE'];
const SHOWN = { targets: ['value', 'unit', 'year', 'current', 'baseline'], measures: ['owner', 'due', 'status'],
  projects: ['stage', 'investment', 'nextPlanned'], teams: ['leader', 'institution'] };

/** Whether the signed-in caller may change the cluster's items: ADMIN, or a CHIEF whose clusters include it. */
export function mayEdit(me, clusterId) {
  const roles = (me && me.roles) || [];
  return roles.includes('ADMIN') || (roles.includes('CHIEF') && ((me && me.clusters) || []).includes(clusterId));
}

export async function render(main, params, ctx) {
  const done = timing('view:targets');
  const id = params.cluster;
  main.append(loading());
  const [cluster, me] = await Promise.all([api.cluster(id, { signal: ctx.signal }),
    api.me({ signal: ctx.signal, retried: true }).catch(() => null)]);
  const editable = mayEdit(me, id);
  main.replaceChildren(clusterHeader(cluster, 'targets'));
  main.append(h('p', { class: 'muted small', 'data-testid': 'plan-mode' }, t(editable ? 'plan.editable' : 'plan.readOnly')));
  const grid = h('div', { class: 'grid-2' });
  main.append(grid);
  await Promise.all(LISTS.map(async ([kind, label]) => {
    const panel = h('section', { class: 'panel', 'data-list': kind }, h('h2', {}, t(label)), loading());
    grid.append(panel);
    await fill(panel, kind, label, id, editable, ctx);
  }));
  done();
}

/** (Re)reads one list and draws it; saved = the id of the item just saved, marked in the list. */
async function fill(panel, kind, label, clusterId, editable, ctx, saved) {
  try {
    const list = await api[kind](clusterId, { signal: ctx.signal });
    const items = Array.isArray(list) ? list : (list.items || []);
    const redraw = (savedId) => fill(panel, kind, label, clusterId, editable, ctx, savedId);
    const ul = h('ul', { class: 'ent-list plan-list' }, items.map(item => row(item, kind, clusterId, editable, redraw, item.id === saved)));
    const add = editable ? h('button', { type: 'button', class: 'btn btn-small', 'data-action': 'add' }, '+ ', t('plan.add')) : null;
    if (add) {
      add.addEventListener('click', () => {
        const li = h('li', { class: 'plan-item editing' });
        ul.prepend(li);
        add.disabled = true;
        li.append(form(null, kind, clusterId, { saved: redraw, cancel: () => { li.remove(); add.disabled = false; } }));
      });
    }
    panel.replaceChildren(h('div', { class: 'panel-bar' }, h('h2', {}, t(label), ' ', h('span', { class: 'muted small' }, `(${items.length})`)), add),
      ...(items.length ? [ul] : [empty(t('targets.none')), ul]));
  } catch (err) {
    panel.replaceChildren(h('h2', {}, t(label)), err.notFound ? unavailable(label) : empty(err.message));
    if (!err.notFound) failed(err);
  }
}

function shown(key, value) {
  if (key === 'year') return String(value);
  if (typeof value === 'number') return number(value, 2);
  if (key === 'status') return t('measureStatus.' + value);
  if (key === 'stage') return t('projectStage.' + value);
  return value;
}

function row(item, kind, clusterId, editable, redraw, justSaved) {
  const li = h('li', { class: 'plan-item' + (justSaved ? ' saved' : ''), 'data-item': item.id });
  const figures = SHOWN[kind].filter(k => item[k] !== null && item[k] !== undefined)
    .map(k => `${t('field.' + k)}${t('punct.colon')}${shown(k, item[k])}`).join(' · ');
  const progress = kind === 'targets' && item.progress && item.progress.progress !== null && item.progress.progress !== undefined
    ? h('span', { class: 'muted small' }, ' · ', t('plan.progress'), t('punct.colon'), Math.round(item.progress.progress * 100) + '%') : null;
  const overdue = item.overdue ? h('span', { class: 'badge status-MISSING' }, t('plan.overdue')) : null;
  const show = () => {
    li.classList.remove('editing');
    li.replaceChildren(...[h('strong', {}, data(item.name || item.id)), ' ', overdue, ' ',
      h('span', { class: 'muted small', 'data-testid': 'item-figures' }, data(figures)), progress,
      editable ? h('span', { class: 'row-actions no-print' },
        h('button', { type: 'button', class: 'btn btn-small', 'data-action': 'edit', onclick: edit }, t('plan.edit')),
        h('button', { type: 'button', class: 'btn btn-small', 'data-action': 'delete', onclick: remove }, t('plan.delete'))) : null]
      .filter(c => c !== null));
  };
  const edit = () => {
    li.classList.add('editing');
    li.replaceChildren(form(item, kind, clusterId, { saved: redraw, cancel: show }));
  };
  const remove = async () => {
    if (!window.confirm(t('plan.confirmDelete', { name: item.name || item.id }))) return;
    try {
      await request('DELETE', `/clusters/${encodeURIComponent(clusterId)}/${kind}/${encodeURIComponent(item.id)}`);
      toast(t('plan.deleted'), 'info');
      redraw();
    } catch (err) { failed(err); }
  };
  show();
  return li;
}

/** The edit form of one item (item null: a new one). */
function form(item, kind, clusterId, { saved, cancel }) {
  const prefix = `f-${kind}-${item ? item.id : 'new'}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const fields = (item ? [] : [['id', 'text']]).concat(FIELDS[kind]);
  const inputs = new Map();
  const errors = new Map();
  const general = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const rows = fields.map(([name, type]) => {
    const value = item ? item[name] : undefined;
    const input = type === 'status'
      ? h('select', { id: `${prefix}-${name}`, name }, h('option', { value: '' }, '–'),
        STATUSES.map(s => h('option', { value: s, selected: value === s }, t('measureStatus.' + s))))
      : h('input', { id: `${prefix}-${name}`, name, type: type === 'date' ? 'date' : 'text', inputmode: type === 'number' || type === 'int' ? 'decimal' : null,
        value: value === null || value === undefined ? '' : (Array.isArray(value) ? value.join(', ') : String(value)) });
    const error = h('span', { class: 'field-error', 'data-error-for': name, role: 'alert', hidden: true });
    inputs.set(name, [input, type]);
    errors.set(name, error);
    return h('div', { class: 'form-row' }, h('label', { for: input.id }, t('field.' + name)), input, error);
  });
  const el = h('form', { class: 'plan-form', novalidate: true, 'data-testid': 'plan-form' }, rows, general,
    h('div', { class: 'row-end' },
      h('button', { type: 'button', class: 'btn btn-small', onclick: cancel }, t('action.cancel')),
      h('button', { type: 'submit', class: 'btn btn-small btn-primary' }, t('plan.save'))));
  el.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    errors.forEach(e => { e.hidden = true; e.textContent = ''; });
    general.hidden = true;
    const body = { cluster: clusterId };
    if (item) body.id = item.id;
    for (const [name, [input, type]] of inputs) {
      const raw = input.value.trim();
      if (raw === '') continue;
      if (type === 'list') body[name] = raw.split(/[,，\s]+/).filter(Boolean);
      else if (type === 'number' || type === 'int') body[name] = Number.isFinite(Number(raw)) ? Number(raw) : raw; // the API names a bad number
      else body[name] = raw;
    }
    const path = `/clusters/${encodeURIComponent(clusterId)}/${kind}`;
    try {
      await (item ? request('PUT', `${path}/${encodeURIComponent(item.id)}`, { body }) : request('POST', path, { body }));
      toast(t('plan.saved'), 'info');
      saved(body.id);
    } catch (err) {
      const listed = (err instanceof ApiError && err.problem && err.problem.errors) || [];
      let shown = false;
      for (const e of listed) {
        const base = String(e.field || '').replace(/\[\d+\]$/, '');
        const box = errors.get(base);
        if (box) { box.textContent = e.reason || e.message || ''; box.hidden = false; shown = true; }
      }
      if (!shown) { general.textContent = err.message; general.hidden = false; }
      const first = listed.map(e => inputs.get(String(e.field || '').replace(/\[\d+\]$/, ''))).find(Boolean);
      if (first) first[0].focus();
    }
  });
  setTimeout(() => { const first = el.querySelector('input, select'); if (first) first.focus(); });
  return el;
}
