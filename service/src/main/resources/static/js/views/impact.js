// Disruption impact (断供影响): pick an enterprise; its blast radius is highlighted on the panorama of each cluster
// it touches, with the buyers it would orphan and the links whose status would change.
import { api } from '../api.js';
import { t, nameOf, number, percent } from '../i18n.js';
import { h, data, loading, empty, statusBadge, failed, debounce, timing } from '../ui.js';
import { mountPanorama } from '../chart.js';

export async function render(main, params, ctx) {
  const done = timing('view:impact');
  main.append(h('section', { class: 'page-head' }, h('h1', {}, t('impact.title')), h('p', { class: 'muted' }, t('impact.subtitle'))),
    picker(ctx));
  if (!params.enterprise) {
    main.append(empty(t('impact.pick'), t('impact.pickHint')));
    done();
    return;
  }
  const body = h('div', {}, loading());
  main.append(body);
  const [impact, ent, clusters] = await Promise.all([api.impact(params.enterprise, { signal: ctx.signal }), api.enterprise(params.enterprise, { signal: ctx.signal }), api.clusters({ signal: ctx.signal })]);
  const clusterNames = new Map(clusters.map(c => [c.id, c]));
  const clusterIds = [...new Set([...impact.clusters.map(c => c.clusterId), ...impact.blastRadius.flatMap(b => b.clusters)])];
  const clusterId = params.cluster && clusterIds.includes(params.cluster) ? params.cluster : clusterIds[0];
  const radius = new Map(impact.blastRadius.map(b => [b.linkId, b.distance]));
  const summary = h('section', { class: 'panel impact-summary', 'data-testid': 'impact-summary' },
    h('h2', {}, data(nameOf(ent)), ' ', h('span', { class: 'pill' }, t(ent.local ? 'search.local' : 'search.outside'))),
    h('div', { class: 'figs' },
      fig(t('impact.orphaned'), impact.orphaned.length, impact.orphaned.length ? 'bad' : ''),
      fig(t('impact.sources'), impact.sources.length),
      fig(t('impact.radius'), impact.blastRadius.length),
      fig(t('impact.exposed'), impact.blastRadius.reduce((a, b) => a + b.exposedLocal, 0))));
  const chartBox = h('div', { class: 'chart chart-impact data', 'data-testid': 'impact-panorama' });
  const tabs = h('nav', { class: 'tabs' }, clusterIds.map(id => h('a', { class: id === clusterId ? 'tab active' : 'tab',
    href: `#/impact/${encodeURIComponent(params.enterprise)}?cluster=${encodeURIComponent(id)}` }, data(nameOf(clusterNames.get(id) || { id })))));
  body.replaceChildren(summary,
    clusterId ? h('section', { class: 'panel panel-chart' }, h('div', { class: 'panel-bar' }, h('h2', {}, t('impact.onPanorama')), impactLegend()), tabs, chartBox) : empty(t('impact.noLinks')),
    h('div', { class: 'grid-2' },
      h('section', { class: 'panel' }, h('h2', {}, t('impact.orphanedTitle'), ' ', h('span', { class: 'muted small' }, `(${impact.orphaned.length})`)),
        impact.orphaned.length ? h('ul', { class: 'ent-list orphan-list', 'data-testid': 'impact-orphans' }, impact.orphaned.map(o => h('li', {}, data(o.name), h('span', { class: 'muted small' }, ' · ', t('whatif.lostSupplier'), ' ', data(o.linkId)))))
          : empty(t('impact.noOrphans'))),
      h('section', { class: 'panel' }, h('h2', {}, t('impact.statusChanges')), clusterChanges(impact))),
    h('section', { class: 'panel' }, h('h2', {}, t('impact.radiusTitle')), radiusTable(impact, clusterNames)));
  if (clusterId) {
    const [chain, gaps] = await Promise.all([api.chain(clusterId, { signal: ctx.signal }), api.gaps(clusterId, {}, { signal: ctx.signal })]);
    const p = mountPanorama(chartBox, chain, new Map(gaps.map(g => [g.linkId, g])), { highlight: radius, onRendered: done,
      onLink: (linkId) => ctx.navigate(`#/c/${encodeURIComponent(clusterId)}/link/${encodeURIComponent(linkId)}`) });
    ctx.onDispose(p.dispose);
  } else done();
}

function fig(label, value, cls) {
  return h('div', { class: 'fig ' + (cls || '') }, h('div', { class: 'fig-value' }, number(value)), h('div', { class: 'fig-label' }, label));
}

function impactLegend() {
  return h('div', { class: 'legend' },
    h('span', { class: 'legend-item' }, h('i', { class: 'swatch', style: { background: '#b3261e' } }), t('impact.legendSource')),
    h('span', { class: 'legend-item' }, h('i', { class: 'swatch', style: { background: '#f57c00' } }), t('impact.legendReached')),
    h('span', { class: 'legend-item' }, h('i', { class: 'swatch', style: { background: '#dfe3ea' } }), t('impact.legendOther')));
}

function clusterChanges(impact) {
  if (!impact.clusters.length) return empty(t('impact.noClusters'));
  return h('div', {}, impact.clusters.map(c => h('div', { class: 'cluster-change' },
    h('h3', {}, data(c.name)), h('p', {}, t('impact.completeness', { before: percent(c.before.completeness), after: percent(c.after.completeness) })),
    c.changed.length ? h('ul', {}, c.changed.map(x => h('li', {}, data(x.name), ' ', statusBadge(x.from), ' → ', statusBadge(x.to)))) : h('p', { class: 'muted' }, t('impact.noChange')))));
}

function radiusTable(impact, clusterNames) {
  if (!impact.blastRadius.length) return empty(t('impact.noRadius'));
  return h('table', { class: 'table' },
    h('thead', {}, h('tr', {}, ['impact.distance', 'whatif.link', 'impact.stage', 'impact.clusters', 'impact.exposedLocal'].map(k => h('th', {}, t(k))))),
    h('tbody', {}, impact.blastRadius.map(b => h('tr', {}, h('td', { class: 'num' }, b.distance), h('td', {}, data(b.name)), h('td', {}, t(`stage.${b.stage}`)),
      h('td', {}, data(b.clusters.map(id => nameOf(clusterNames.get(id) || { id })).join(t('punct.list')))), h('td', { class: 'num' }, b.exposedLocal)))));
}

function picker(ctx) {
  const results = h('ul', { class: 'pick-list', role: 'listbox' });
  const find = debounce(async (q) => {
    if (!q.trim()) { results.replaceChildren(); return; }
    try {
      const page = await api.enterprises({ q, size: 8 }, { signal: ctx.signal });
      results.replaceChildren(...page.items.map(e => h('li', {}, h('a', { href: `#/impact/${encodeURIComponent(e.id)}` }, data(nameOf(e)),
        h('span', { class: 'muted small' }, ' ', t(e.local ? 'search.local' : 'search.outside'))))));
      if (!page.items.length) results.replaceChildren(h('li', { class: 'muted' }, t('search.none')));
    } catch (err) { failed(err); }
  }, 200);
  return h('div', { class: 'panel no-print' }, h('label', { for: 'impact-q' }, t('impact.pickLabel')),
    h('input', { id: 'impact-q', type: 'search', class: 'search-input', placeholder: t('search.placeholder'), oninput: (ev) => find(ev.target.value) }), results);
}
