// A link: its gap figures and every factor of its score, its enterprises, its ranked recruits with their factors
// (re-ranked at once by the weight sliders and preferred regions: the API's own parameters), the local matches it
// takes part in, and its neighbours in the chain.
import { api } from '../api.js';
import { t, nameOf, number, percent } from '../i18n.js';
import { h, data, name, loading, empty, statusBadge, chokeBadge, failed, debounce, timing, bar } from '../ui.js';
import { clusterHeader } from './cluster-header.js';
import { scenario, tick } from '../scenario.js';

export const WEIGHTS = [
  ['wHead', 3, 'head'], ['wScale', 2, 'scale'], ['wShare', 4, 'share'],
  ['wCustomers', 3, 'customers'], ['wRegion', 2, 'region'], ['wTags', 1, 'tags'],
];
const FACTOR_COLOR = { head: '#3b5bdb', scale: '#0c8599', share: '#7048e8', customers: '#2b8a3e', region: '#e67700', tags: '#c2255c' };
const REGION_PRESETS = [['regions.yrd', '上海,江苏,浙江,安徽'], ['regions.prd', '广东'], ['regions.bth', '北京,天津,河北']];

export async function render(main, params, ctx) {
  const done = timing('view:link');
  const { cluster: clusterId, link: linkId } = params;
  main.append(loading());
  const [cluster, link, gaps, matches] = await Promise.all([
    api.cluster(clusterId, { signal: ctx.signal }), api.link(linkId, { signal: ctx.signal }),
    api.gaps(clusterId, {}, { signal: ctx.signal }), api.matches(clusterId, { limit: 1000 }, { signal: ctx.signal })]);
  const gap = gaps.find(g => g.linkId === linkId);
  main.replaceChildren(clusterHeader(cluster, 'panorama'));
  if (!gap) { main.append(empty(t('link.notInCluster'))); done(); return; }
  const local = link.enterprises.filter(e => e.local);
  const outside = link.enterprises.filter(e => !e.local);

  main.append(h('section', { class: 'link-head' },
    h('div', { class: 'crumbs' }, h('a', { href: `#/c/${encodeURIComponent(clusterId)}` }, t('panorama.title')), ' / ', data(nameOf(link))),
    h('h1', { 'data-testid': 'link-title' }, data(nameOf(link)), ' ', statusBadge(gap.status), gap.chokepoint ? [' ', chokeBadge(gap.chokepointReasons)] : null),
    h('p', { class: 'muted' }, t(`stage.${link.stage}`), link.description ? [' · ', data(link.description)] : null)));

  const recruitsBox = h('div', { 'data-testid': 'recruits' }, loading());
  main.append(h('div', { class: 'grid-2' },
    h('section', { class: 'panel' }, h('h2', {}, t('link.figures')), figures(gap), factorTable(gap.factors, 'gapFactor')),
    h('section', { class: 'panel' },
      h('h2', {}, t('link.local'), ' ', h('span', { class: 'muted small' }, `(${local.length})`)),
      local.length ? enterpriseList(local) : empty(t('link.noLocal'), t('link.noLocalHint')),
      h('h3', {}, t('link.outside'), ' ', h('span', { class: 'muted small' }, `(${outside.length})`)),
      outside.length ? enterpriseList(outside) : h('p', { class: 'muted' }, t('link.noOutside')),
      neighbours(link, clusterId, new Map(gaps.map(g => [g.linkId, g]))))));
  main.append(h('section', { class: 'panel' },
    h('div', { class: 'panel-bar' }, h('h2', {}, t('link.recruits')), h('a', { class: 'btn btn-small', href: `#/c/${encodeURIComponent(clusterId)}/what-if` }, t('link.toWhatIf'), ' →')),
    weightsForm(clusterId, linkId, recruitsBox, ctx), recruitsBox));
  main.append(matchesPanel(matches, linkId));
  done();
}

function figures(g) {
  const f = (label, value, hint) => h('div', { class: 'fig', title: hint || null }, h('div', { class: 'fig-value' }, value), h('div', { class: 'fig-label' }, label));
  return h('div', { class: 'figs' },
    f(t('gap.localCount'), number(g.localCount)),
    f(t('gap.supplierCount'), number(g.supplierCount)),
    f(t('gap.topShare'), g.topShare === null ? '–' : percent(g.topShare)),
    f(t('gap.hhi'), g.hhi === null ? '–' : number(g.hhi, 3), t('gap.hhiHint')),
    f(t('gap.downstreamLinks'), number(g.downstreamLinks)),
    f(t('gap.localDemand'), number(g.localDemand)),
    f(t('gap.externalDependency'), number(g.externalDependency)),
    f(t('gap.score'), number(g.score, 2)));
}

function rawText(raw) {
  if (raw === null || raw === undefined) return '–';
  if (Array.isArray(raw)) return raw.length ? raw.join('、') : '–';
  if (typeof raw === 'boolean') return t(raw ? 'value.yes' : 'value.no');
  if (typeof raw === 'object') return Object.entries(raw).map(([k, v]) => `${t('raw.' + k)} ${typeof v === 'boolean' ? t(v ? 'value.yes' : 'value.no') : number(v, 2)}`).join(' · ');
  if (typeof raw === 'string' && /^(MISSING|WEAK|STRONG)$/.test(raw)) return t(`status.${raw}`);
  return typeof raw === 'number' ? number(raw, 3) : raw;
}

export function factorTable(factors, prefix) {
  const total = factors.reduce((a, f) => a + f.contribution, 0) || 1;
  return h('table', { class: 'table factors' },
    h('thead', {}, h('tr', {}, ['factor.name', 'factor.raw', 'factor.value', 'factor.weight', 'factor.contribution'].map(k => h('th', {}, t(k))))),
    h('tbody', {}, factors.map(f => h('tr', {},
      h('td', {}, t(`${prefix}.${f.name}`)),
      h('td', {}, h('span', { class: 'data' }, rawText(f.raw))),
      h('td', { class: 'num' }, number(f.value, 3)),
      h('td', { class: 'num' }, number(f.weight, 1)),
      h('td', { class: 'num' }, number(f.contribution, 2), ' ', bar(f.contribution / total, 'bar-mini'))))));
}

function enterpriseList(list) {
  return h('ul', { class: 'ent-list' }, list.map(e => h('li', {},
    h('a', { href: `#/search?q=${encodeURIComponent(e.name)}&open=${encodeURIComponent(e.id)}` }, name(e)),
    e.region ? h('span', { class: 'muted small' }, ' ', data(e.region)) : null,
    e.share !== null && e.share !== undefined ? h('span', { class: 'pill' }, t('link.share', { share: percent(e.share, 1) })) : null)));
}

function neighbours(link, clusterId, names) {
  const chip = (id) => names.has(id)
    ? h('a', { class: 'chip', href: `#/c/${encodeURIComponent(clusterId)}/link/${encodeURIComponent(id)}` }, data(nameOf(names.get(id))))
    : h('span', { class: 'chip', title: t('link.otherCluster') }, data(id));
  return h('div', { class: 'neighbours' },
    h('div', {}, h('span', { class: 'muted small' }, t('link.upstream'), t('punct.colon')), link.upstream.length ? link.upstream.map(chip) : '–'),
    h('div', {}, h('span', { class: 'muted small' }, t('link.downstream'), t('punct.colon')), link.downstream.length ? link.downstream.map(chip) : '–'));
}

function weightsForm(clusterId, linkId, box, ctx) {
  const values = Object.fromEntries(WEIGHTS.map(([k, d]) => [k, d]));
  let regions = '';
  let seq = 0;
  const outputs = {};
  const load = async () => {
    const mine = ++seq;
    box.classList.add('busy');
    try {
      const list = await api.recruits(clusterId, linkId, { ...values, regions: regions.split(/[,，、\s]+/).filter(Boolean), limit: 20 }, { signal: ctx.signal });
      if (mine === seq) box.replaceChildren(recruitTable(list, clusterId));
    } catch (err) { if (mine === seq) failed(err); }
    finally { if (mine === seq) box.classList.remove('busy'); }
  };
  const later = debounce(load, 120);
  const sliders = WEIGHTS.map(([k, d, f]) => {
    const out = h('output', { class: 'num' }, number(d, 1));
    outputs[k] = out;
    const input = h('input', { type: 'range', min: '0', max: '10', step: '0.5', value: String(d), name: k, id: `w-${k}`, 'data-weight': k,
      oninput: (ev) => { values[k] = Number(ev.target.value); out.textContent = number(values[k], 1); later(); } });
    return h('label', { class: 'slider', for: `w-${k}` }, h('span', { class: 'slider-name' }, h('i', { class: 'dot', style: { background: FACTOR_COLOR[f] } }), t(`factor.${f}`)), input, out);
  });
  const regionInput = h('input', { type: 'text', name: 'regions', id: 'regions', placeholder: t('regions.placeholder'), 'data-testid': 'regions',
    oninput: (ev) => { regions = ev.target.value; later(); } });
  const presets = REGION_PRESETS.map(([label, value]) => h('button', { type: 'button', class: 'chip chip-btn',
    onclick: () => { regionInput.value = value; regions = value; load(); } }, t(label)));
  const reset = h('button', { type: 'button', class: 'btn btn-small', onclick: () => {
    for (const [k, d] of WEIGHTS) { values[k] = d; document.getElementById(`w-${k}`).value = String(d); outputs[k].textContent = number(d, 1); }
    regionInput.value = ''; regions = ''; load();
  } }, t('weights.reset'));
  load();
  return h('form', { class: 'weights no-print', onsubmit: (ev) => ev.preventDefault(), 'aria-label': t('weights.title') },
    h('div', { class: 'sliders' }, sliders),
    h('div', { class: 'regions' }, h('label', { for: 'regions' }, t('regions.label')), regionInput, presets, reset));
}

function recruitTable(list, clusterId) {
  if (!list.length) return empty(t('recruits.none'), t('recruits.noneHint'));
  const ticked = new Set(scenario(clusterId).recruit);
  const max = Math.max(...list.map(r => r.score), 1e-9);
  return h('table', { class: 'table recruits' },
    h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, t('recruits.enterprise')), h('th', {}, t('recruits.score')),
      h('th', {}, t('recruits.factors')), h('th', {}, t('recruits.whatIf')))),
    h('tbody', {}, list.map((r, i) => h('tr', { 'data-enterprise': r.enterpriseId },
      h('td', { class: 'num rank' }, String(i + 1)),
      h('td', {}, h('div', {}, h('strong', {}, data(r.name, { class: 'recruit-name' }))),
        h('div', { class: 'muted small' }, data(r.region || r.country || '–'),
          r.share ? [' · ', t('link.share', { share: percent(r.share, 1) })] : null,
          r.customers ? [' · ', t('recruits.customers', { n: r.customers })] : null)),
      h('td', { class: 'num score' }, number(r.score, 2)),
      h('td', { class: 'stack-cell' }, stack(r.factors, max)),
      h('td', {}, h('label', { class: 'tick' }, h('input', { type: 'checkbox', checked: ticked.has(r.enterpriseId),
        onchange: (ev) => tick(clusterId, 'recruit', { id: r.enterpriseId, name: r.name }, ev.target.checked) }), t('recruits.tick')))))));
}

function stack(factors, max) {
  return h('div', { class: 'stack', role: 'img', 'aria-label': factors.map(f => `${t('factor.' + f.name)} ${number(f.contribution, 2)}`).join(', ') },
    factors.filter(f => f.contribution > 0).map(f => h('span', { class: 'stack-part', title: `${t('factor.' + f.name)}: ${number(f.contribution, 2)} (${rawText(f.raw)})`,
      style: { width: (f.contribution / max * 100) + '%', background: FACTOR_COLOR[f.name] } })));
}

function matchesPanel(matches, linkId) {
  const mine = matches.filter(m => m.linkId === linkId || (m.buyerLinks || []).includes(linkId));
  return h('section', { class: 'panel' }, h('h2', {}, t('matches.title'), ' ', h('span', { class: 'muted small' }, t('matches.hint'))),
    mine.length ? h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, ['matches.supplier', 'matches.buyer', 'matches.product', 'matches.outside'].map(k => h('th', {}, t(k))))),
      h('tbody', {}, mine.map(m => h('tr', {}, h('td', {}, data(m.supplierName)), h('td', {}, data(m.buyerName)), h('td', {}, data(m.linkName)),
        h('td', { class: 'num' }, number(m.outsideSuppliers))))))
      : empty(t('matches.none')));
}
