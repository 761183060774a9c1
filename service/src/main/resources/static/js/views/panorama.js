// The chain panorama: the cluster's links by stage, coloured by status, with FEEDS arrows and chokepoints; beside
// it the gaps ranked by score (the keyboard way into a link) and the downloads.
import { api } from '../api.js';
import { t, nameOf, number } from '../i18n.js';
import { h, data, loading, empty, statusBadge, chokeBadge, timing, activate } from '../ui.js';
import { mountPanorama } from '../chart.js';
import { clusterHeader } from './cluster-header.js';
import { downloadsPanel } from './downloads.js';

export function legend() {
  return h('div', { class: 'legend', 'aria-label': t('legend.title') },
    ['MISSING', 'WEAK', 'STRONG'].map(s => h('span', { class: 'legend-item' }, h('i', { class: `swatch status-${s}` }), t(`status.${s}`), h('span', { class: 'muted small' }, ' ', t(`legend.${s}`)))),
    h('span', { class: 'legend-item' }, h('i', { class: 'swatch swatch-choke' }), t('legend.choke')),
    h('span', { class: 'legend-item' }, h('i', { class: 'arrow' }, '→'), t('legend.feeds')));
}

export async function render(main, params, ctx) {
  const done = timing('view:panorama');
  const id = params.cluster;
  main.append(loading());
  const [cluster, chain, gaps] = await Promise.all([
    api.cluster(id, { signal: ctx.signal }), api.chain(id, { signal: ctx.signal }), api.gaps(id, {}, { signal: ctx.signal })]);
  main.replaceChildren(clusterHeader(cluster, 'panorama'));
  if (!chain.links.length) { main.append(empty(t('panorama.noLinks'))); done(); return; }
  const byId = new Map(gaps.map(g => [g.linkId, g]));
  const names = new Map(chain.links.map(l => [l.id, l]));
  const chartBox = h('div', { class: 'chart data', 'data-testid': 'panorama', role: 'img', 'aria-label': t('panorama.aria', { n: chain.links.length }) });
  const reset = h('button', { type: 'button', class: 'btn btn-small' }, t('panorama.reset'));
  main.append(h('div', { class: 'split' },
    h('section', { class: 'panel panel-chart' },
      h('div', { class: 'panel-bar' }, h('h2', {}, t('panorama.title'), ' ', h('span', { class: 'muted small' }, t('panorama.counts', { links: chain.links.length, feeds: chain.feeds.length }))), legend(), reset),
      chartBox,
      h('p', { class: 'muted small no-print' }, t('panorama.hint'))),
    h('aside', { class: 'side' }, gapList(id, gaps, names, ctx), downloadsPanel(id))));
  const open = (linkId) => ctx.navigate(`#/c/${encodeURIComponent(id)}/link/${encodeURIComponent(linkId)}`);
  const p = mountPanorama(chartBox, chain, byId, { onLink: open, onRendered: done });
  reset.addEventListener('click', p.reset);
  ctx.onDispose(p.dispose);
}

function gapList(clusterId, gaps, names, ctx) {
  const open = gaps.filter(g => g.status !== 'STRONG');
  const list = h('ol', { class: 'gap-list', 'data-testid': 'gap-list' }, open.map(g => {
    const li = h('li', { class: 'gap-item', 'data-link': g.linkId },
      h('div', { class: 'gap-line' }, statusBadge(g.status), ' ', h('strong', {}, data(nameOf(names.get(g.linkId) || g))), g.chokepoint ? [' ', chokeBadge(g.chokepointReasons)] : null),
      h('div', { class: 'muted small' }, t('gap.scoreLine', { score: number(g.score, 1), demand: g.localDemand, external: g.externalDependency })));
    return activate(li, () => ctx.navigate(`#/c/${encodeURIComponent(clusterId)}/link/${encodeURIComponent(g.linkId)}`));
  }));
  return h('section', { class: 'panel' }, h('h2', {}, t('panorama.gaps'), h('span', { class: 'muted small' }, ' ', t('panorama.gapsSorted'))),
    open.length ? list : empty(t('panorama.noGaps')));
}
