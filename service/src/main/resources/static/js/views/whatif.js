// What-if (补链情景): tick enterprises to recruit or to remove anywhere; completeness, the links that change status
// and the orphaned buyers follow at once (POST what-if, nothing is written). The scenario is kept per cluster for the tab.
import { api } from '../api.js';
import { t, nameOf, number, percent } from '../i18n.js';
import { h, data, loading, empty, statusBadge, failed, debounce, timing } from '../ui.js';
import { clusterHeader } from './cluster-header.js';
import { scenario, tick, clearScenario } from '../scenario.js';

export async function render(main, params, ctx) {
  const done = timing('view:whatif');
  const clusterId = params.cluster;
  main.append(loading());
  const [cluster, recruits, locals, gaps] = await Promise.all([
    api.cluster(clusterId, { signal: ctx.signal }),
    api.clusterRecruits(clusterId, { limit: 60 }, { signal: ctx.signal }),
    api.enterprises({ cluster: clusterId, local: true, size: 200 }, { signal: ctx.signal }),
    api.gaps(clusterId, {}, { signal: ctx.signal })]);
  const linkNames = new Map(gaps.map(g => [g.linkId, g.name]));
  main.replaceChildren(clusterHeader(cluster, 'whatif'));
  const result = h('section', { class: 'panel result', 'data-testid': 'whatif-result', 'aria-live': 'polite' });
  const chosen = h('div', { class: 'chosen' });
  let seq = 0;
  const run = async () => {
    const s = scenario(clusterId);
    chosen.replaceChildren(chosenChips(s, clusterId, refresh));
    const mine = ++seq;
    result.classList.add('busy');
    try {
      const r = await api.whatIf(clusterId, { recruit: s.recruit, remove: s.remove }, { signal: ctx.signal });
      if (mine === seq) result.replaceChildren(...outcome(r, s));
    } catch (err) { if (mine === seq) failed(err); }
    finally { if (mine === seq) result.classList.remove('busy'); }
  };
  const later = debounce(run, 80);
  const lists = h('div', { class: 'grid-2' });
  const refresh = () => { lists.replaceChildren(recruitPanel(recruits, clusterId, later), removePanel(locals.items, clusterId, later, linkNames)); later(); };
  const clearBtn = h('button', { type: 'button', class: 'btn', 'data-testid': 'whatif-clear', onclick: () => { clearScenario(clusterId); refresh(); } }, t('whatif.clear'));
  main.append(h('div', { class: 'panel-bar intro no-print' }, h('p', { class: 'muted' }, t('whatif.intro')), clearBtn), chosen, result,
    h('section', { class: 'panel no-print' }, h('h2', {}, t('whatif.addAny')), anySearch(clusterId, refresh, ctx)), lists);
  refresh();
  await run();
  done();
}

function outcome(r, s) {
  const b = r.before, a = r.after;
  const delta = (a.completeness ?? 0) - (b.completeness ?? 0);
  const big = h('div', { class: 'before-after' },
    h('div', { class: 'ba' }, h('div', { class: 'ba-label' }, t('whatif.before')), h('div', { class: 'ba-value' }, percent(b.completeness))),
    h('div', { class: 'ba-arrow', 'aria-hidden': 'true' }, '→'),
    h('div', { class: 'ba' }, h('div', { class: 'ba-label' }, t('whatif.after')), h('div', { class: 'ba-value', 'data-testid': 'completeness-after' }, percent(a.completeness))),
    h('div', { class: 'ba-delta ' + (delta > 0 ? 'up' : delta < 0 ? 'down' : '') }, delta === 0 ? '±0' : (delta > 0 ? '+' : '') + (delta * 100).toFixed(0) + ' ' + t('whatif.points')),
    h('table', { class: 'table compact' },
      h('thead', {}, h('tr', {}, h('th', {}), ['MISSING', 'WEAK', 'STRONG'].map(st => h('th', {}, statusBadge(st))))),
      h('tbody', {},
        h('tr', {}, h('td', {}, t('whatif.before')), h('td', { class: 'num' }, b.missing), h('td', { class: 'num' }, b.weak), h('td', { class: 'num' }, b.strong)),
        h('tr', {}, h('td', {}, t('whatif.after')), h('td', { class: 'num' }, a.missing), h('td', { class: 'num' }, a.weak), h('td', { class: 'num' }, a.strong)))));
  const none = !s.recruit.length && !s.remove.length;
  const changed = r.changed.length ? h('table', { class: 'table', 'data-testid': 'whatif-changed' },
    h('thead', {}, h('tr', {}, ['whatif.link', 'whatif.from', 'whatif.to', 'whatif.local'].map(k => h('th', {}, t(k))))),
    h('tbody', {}, r.changed.map(c => h('tr', { class: r.closed.includes(c.linkId) ? 'row-good' : r.opened.includes(c.linkId) ? 'row-bad' : '' },
      h('td', {}, data(c.name)), h('td', {}, statusBadge(c.from)), h('td', {}, statusBadge(c.to)), h('td', { class: 'num' }, `${c.localBefore} → ${c.localAfter}`)))))
    : empty(none ? t('whatif.empty') : t('whatif.noChange'), none ? t('whatif.emptyHint') : null);
  const orphans = r.orphaned.length ? h('ul', { class: 'ent-list orphan-list' }, r.orphaned.map(o => h('li', {}, data(o.name), h('span', { class: 'muted small' }, ' · ', t('whatif.lostSupplier'), ' ', data(o.linkId)))))
    : h('p', { class: 'muted' }, t('whatif.noOrphans'));
  return [h('h2', {}, t('whatif.result')), big,
    h('div', { class: 'grid-2' },
      h('div', {}, h('h3', {}, t('whatif.changed'), ' ', h('span', { class: 'muted small' }, t('whatif.closedOpened', { closed: r.closed.length, opened: r.opened.length }))), changed),
      h('div', {}, h('h3', {}, t('whatif.orphaned'), ' ', h('span', { class: 'muted small' }, `(${r.orphaned.length})`)), orphans))];
}

function chosenChips(s, clusterId, refresh) {
  const chip = (id, list) => h('span', { class: `chip chip-${list}` }, t(`whatif.${list}Short`), ' ', data(nameOf(s.names[id] || { name: id })),
    h('button', { type: 'button', class: 'chip-x', 'aria-label': t('action.remove'), onclick: () => { tick(clusterId, list, { id }, false); refresh(); } }, '×'));
  if (!s.recruit.length && !s.remove.length) return h('p', { class: 'muted small' }, t('whatif.nothingTicked'));
  return h('div', { class: 'chips' }, s.recruit.map(id => chip(id, 'recruit')), s.remove.map(id => chip(id, 'remove')));
}

function recruitPanel(recruits, clusterId, changed) {
  const s = scenario(clusterId);
  return h('section', { class: 'panel' }, h('h2', {}, t('whatif.recruitList'), ' ', h('span', { class: 'muted small' }, t('whatif.recruitHint'))),
    recruits.length ? h('ul', { class: 'tick-list', 'data-testid': 'whatif-recruits' }, recruits.map(r => h('li', {},
      h('label', {}, h('input', { type: 'checkbox', 'data-enterprise': r.enterpriseId, checked: s.recruit.includes(r.enterpriseId),
        onchange: (ev) => { tick(clusterId, 'recruit', { id: r.enterpriseId, name: r.name }, ev.target.checked); changed(); } }),
        h('strong', {}, data(r.name)), h('span', { class: 'muted small' }, ' ', data(r.region || r.country || '')),
        h('span', { class: 'gap-tags' }, r.gaps.map(g => h('span', { class: `mini status-${g.status}` }, data(g.name || g.linkId)))))))) : empty(t('whatif.noRecruits')));
}

function removePanel(locals, clusterId, changed, linkNames) {
  const s = scenario(clusterId);
  return h('section', { class: 'panel' }, h('h2', {}, t('whatif.removeList'), ' ', h('span', { class: 'muted small' }, t('whatif.removeHint'))),
    locals.length ? h('ul', { class: 'tick-list', 'data-testid': 'whatif-removals' }, locals.map(e => h('li', {},
      h('label', {}, h('input', { type: 'checkbox', 'data-enterprise': e.id, checked: s.remove.includes(e.id),
        onchange: (ev) => { tick(clusterId, 'remove', e, ev.target.checked); changed(); } }),
        h('strong', {}, data(nameOf(e))), h('span', { class: 'muted small' }, ' ', data((e.links || []).filter(id => linkNames.has(id)).map(id => linkNames.get(id)).join('、')))))))
      : empty(t('whatif.noLocals')));
}

function anySearch(clusterId, refresh, ctx) {
  const results = h('ul', { class: 'tick-list' });
  const find = debounce(async (q) => {
    if (!q.trim()) { results.replaceChildren(); return; }
    try {
      const page = await api.enterprises({ q, size: 8 }, { signal: ctx.signal });
      results.replaceChildren(...page.items.map(e => h('li', {}, data(nameOf(e)), h('span', { class: 'muted small' }, ' ', t(e.local ? 'search.local' : 'search.outside'), ' '),
        h('button', { type: 'button', class: 'btn btn-small', onclick: () => { tick(clusterId, e.local ? 'remove' : 'recruit', e, true); refresh(); } },
          t(e.local ? 'whatif.removeThis' : 'whatif.recruitThis')))));
      if (!page.items.length) results.replaceChildren(h('li', { class: 'muted' }, t('search.none')));
    } catch (err) { failed(err); }
  }, 200);
  return h('div', {}, h('input', { type: 'search', class: 'search-input', placeholder: t('search.placeholder'), 'aria-label': t('whatif.addAny'), oninput: (ev) => find(ev.target.value) }), results);
}
