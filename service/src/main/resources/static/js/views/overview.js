// 驾驶舱: every cluster of the zone with its chief, completeness, missing and weak links, chokepoints.
import { api } from '../api.js';
import { t, nameOf, percent, number } from '../i18n.js';
import { h, data, bar, activate, loading, empty, failed, timing, statusBadge } from '../ui.js';

export async function render(main, params, ctx) {
  const done = timing('view:overview');
  main.append(h('section', { class: 'page-head' },
    h('h1', {}, t('overview.title')),
    h('p', { class: 'muted' }, t('overview.subtitle'))));
  const body = h('div', {}, loading());
  main.append(body);
  const clusters = await api.clusters({ signal: ctx.signal });
  if (!clusters.length) { body.replaceChildren(empty(t('overview.none'), t('overview.noneHint'))); done(); return; }
  const [gaps, pipelines, locals] = await Promise.all([
    Promise.all(clusters.map(c => api.gaps(c.id, {}, { signal: ctx.signal }).catch(err => { failed(err); return null; }))),
    // This year's project figures (当年签约、落地、投产、上规): the pipeline's year defaults to this year.
    Promise.all(clusters.map(c => api.pipeline(c.id, {}, { signal: ctx.signal }).catch(err => { failed(err); return null; }))),
    api.enterprises({ local: true, size: 1 }, { signal: ctx.signal }).then(p => p.total).catch(() => null)]);

  const all = clusters.map((c, i) => ({ c, g: gaps[i] || [], p: pipelines[i] }));
  const totals = all.reduce((a, { c, g }) => {
    a.links += c.linkCount; a.covered += Math.round((c.completeness || 0) * c.linkCount);
    a.missing += g.filter(x => x.status === 'MISSING').length; a.weak += g.filter(x => x.status === 'WEAK').length;
    a.choke += g.filter(x => x.chokepoint).length; return a;
  }, { links: 0, covered: 0, missing: 0, weak: 0, choke: 0 });

  const kpis = h('section', { class: 'kpis', 'aria-label': t('overview.zone') },
    kpi(t('overview.clusters'), number(clusters.length)),
    kpi(t('overview.completeness'), totals.links ? percent(totals.covered / totals.links) : '–', 'kpi-main'),
    kpi(t('status.MISSING'), number(totals.missing), 'kpi-missing'),
    kpi(t('status.WEAK'), number(totals.weak), 'kpi-weak'),
    kpi(t('overview.chokepoints'), number(totals.choke), 'kpi-choke'),
    kpi(t('overview.localEnterprises'), number(locals)));

  const cards = h('section', { class: 'cards', 'data-testid': 'cluster-cards' },
    all.sort((a, b) => (a.c.completeness ?? 1) - (b.c.completeness ?? 1)).map(({ c, g, p }) => card(c, g, p, ctx)));
  body.replaceChildren(kpis, h('h2', { class: 'section-title' }, t('overview.byCluster'), h('span', { class: 'muted small' }, ' · ', t('overview.sorted'))), cards);
  done();
}

function kpi(label, value, cls) {
  return h('div', { class: 'kpi ' + (cls || '') }, h('div', { class: 'kpi-value' }, value), h('div', { class: 'kpi-label' }, label));
}

function card(c, gaps, pipeline, ctx) {
  const missing = gaps.filter(x => x.status === 'MISSING');
  const weak = gaps.filter(x => x.status === 'WEAK');
  const chokes = gaps.filter(x => x.chokepoint);
  const top = gaps.filter(x => x.status !== 'STRONG').slice(0, 3);
  const open = () => ctx.navigate(`#/c/${encodeURIComponent(c.id)}`);
  const el = h('article', { class: 'card cluster-card', 'data-cluster': c.id, 'aria-label': nameOf(c) },
    h('header', {},
      h('h3', {}, data(nameOf(c))),
      h('div', { class: 'muted small' }, t('cluster.chief'), t('punct.colon'), data(c.chief || '–'))),
    h('div', { class: 'completeness-row' },
      h('span', { class: 'big' }, percent(c.completeness)),
      h('span', { class: 'muted small' }, t('overview.complete')),
      bar(c.completeness)),
    h('dl', { class: 'counts' },
      count(t('cluster.linkCount'), c.linkCount),
      count(t('status.MISSING'), missing.length, 'c-missing'),
      count(t('status.WEAK'), weak.length, 'c-weak'),
      count(t('overview.chokepoints'), chokes.length, 'c-choke'),
      count(t('overview.localEnterprises'), c.localEnterpriseCount)),
    projectFigures(pipeline),
    top.length ? h('div', { class: 'top-gaps' },
      h('div', { class: 'muted small' }, t('overview.topGaps')),
      h('ul', {}, top.map(g => h('li', {}, statusBadge(g.status), ' ', data(nameOf(g)), g.chokepoint ? h('span', { class: 'choke-mark', title: t('gap.chokepoint') }, ' ⚠') : null)))) : null,
    h('div', { class: 'card-foot' }, h('span', { class: 'link-like' }, t('overview.open'), ' →')));
  return activate(el, open);
}

function count(label, n, cls) {
  return h('div', { class: 'count ' + (cls || '') }, h('dt', {}, label), h('dd', {}, number(n)));
}

/** This year's project figures of a cluster: per milestone planned / actual in the year, and the projects' total. */
function projectFigures(p) {
  if (!p) return null;
  const n = (p.stages || []).reduce((a, s) => a + (s.count || 0), 0);
  const investment = (p.stages || []).reduce((a, s) => a + (s.investment || 0), 0);
  const counts = (p.yearCounts || []).filter(y => y.planned || y.actual);
  return h('div', { class: 'project-figures', 'data-testid': 'project-figures', 'data-year': p.year },
    h('div', { class: 'muted small' }, t('overview.projects'), ' ', p.year),
    counts.length ? h('ul', { class: 'inline-list' }, counts.map(y => h('li', { 'data-milestone': y.milestone },
      t('milestone.' + y.milestone), ' ', h('strong', {}, `${number(y.planned)}/${number(y.actual)}`)))) : h('div', { class: 'muted small' }, t('overview.projectsNone')),
    n ? h('div', { class: 'muted small' }, t('overview.projectTotal', { n: number(n), investment: number(investment) })) : null);
}
