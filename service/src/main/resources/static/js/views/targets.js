// Targets, measures, projects and teams of a cluster (目标明、措施实、项目、团队). Each list shows "not available"
// while its endpoint answers 404; editing for the cluster's chief is wired when access control lands.
import { api } from '../api.js';
import { t, number } from '../i18n.js';
import { h, data, loading, empty, unavailable, failed, timing } from '../ui.js';
import { clusterHeader } from './cluster-header.js';

const LISTS = [['targets', 'feature.targets'], ['measures', 'feature.measures'], ['projects', 'feature.projects'], ['teams', 'feature.teams']];

export async function render(main, params, ctx) {
  const done = timing('view:targets');
  const id = params.cluster;
  main.append(loading());
  const cluster = await api.cluster(id, { signal: ctx.signal });
  main.replaceChildren(clusterHeader(cluster, 'targets'));
  const grid = h('div', { class: 'grid-2' });
  main.append(grid);
  await Promise.all(LISTS.map(async ([op, label]) => {
    const panel = h('section', { class: 'panel', 'data-list': op }, h('h2', {}, t(label)), loading());
    grid.append(panel);
    try {
      const list = await api[op](id, { signal: ctx.signal });
      const items = Array.isArray(list) ? list : (list.items || []);
      panel.replaceChildren(h('h2', {}, t(label), ' ', h('span', { class: 'muted small' }, `(${items.length})`)),
        items.length ? h('ul', { class: 'ent-list' }, items.map(item => h('li', {}, h('strong', {}, data(item.name || item.id)), ' ',
          h('span', { class: 'muted small' }, data(Object.entries(item).filter(([k, v]) => !['id', 'name', 'cluster', 'description'].includes(k) && v !== null && typeof v !== 'object')
            .map(([k, v]) => `${k}: ${typeof v === 'number' ? number(v, 2) : v}`).join(' · ')))))) : empty(t('targets.none')));
    } catch (err) {
      panel.replaceChildren(h('h2', {}, t(label)), err.notFound ? unavailable(label) : empty(err.message));
      if (!err.notFound) failed(err);
    }
  }));
  done();
}
