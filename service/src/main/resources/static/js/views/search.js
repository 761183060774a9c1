// Enterprise search: any part of the Chinese name, an English name, or the name's pinyin initials (zxjy → 中欣晶圆);
// a result opens its detail: links operated, suppliers and customers, and its disruption impact.
import { api } from '../api.js';
import { t, nameOf, number, percent } from '../i18n.js';
import { h, data, name, loading, empty, failed, debounce, timing, activate } from '../ui.js';

export async function render(main, params, ctx) {
  const done = timing('view:search');
  const input = h('input', { type: 'search', id: 'search-q', class: 'search-input big', value: params.q || '', placeholder: t('search.placeholder'), 'aria-label': t('search.label'), autofocus: true });
  const local = h('select', { id: 'search-local', 'aria-label': t('search.scope') },
    h('option', { value: '' }, t('search.all')), h('option', { value: 'true' }, t('search.local')), h('option', { value: 'false' }, t('search.outside')));
  const results = h('div', { 'data-testid': 'search-results' });
  const detail = h('div', { 'data-testid': 'search-detail' });
  main.append(h('section', { class: 'page-head' }, h('h1', {}, t('search.title')), h('p', { class: 'muted' }, t('search.subtitle'))),
    h('form', { class: 'panel search-form', role: 'search', onsubmit: (ev) => { ev.preventDefault(); run(); } }, input, local,
      h('button', { type: 'submit', class: 'btn btn-primary' }, t('search.go'))),
    h('div', { class: 'split split-even' }, h('section', { class: 'panel' }, results), h('section', { class: 'panel' }, detail)));
  const open = async (id) => {
    detail.replaceChildren(loading());
    try { detail.replaceChildren(...enterpriseDetail(await api.enterprise(id, { signal: ctx.signal }))); }
    catch (err) { failed(err); detail.replaceChildren(); }
  };
  const run = async () => {
    const q = input.value.trim();
    results.replaceChildren(loading());
    try {
      const page = await api.enterprises({ q, local: local.value, size: 50 }, { signal: ctx.signal });
      results.replaceChildren(h('h2', {}, t('search.results', { n: page.total })), page.items.length ? h('ul', { class: 'result-list' },
        page.items.map(e => activate(h('li', { class: 'result', 'data-enterprise': e.id },
          h('strong', {}, name(e)), ' ', h('span', { class: 'pill' }, t(e.local ? 'search.local' : 'search.outside')),
          e.match ? h('span', { class: 'pill pill-quiet' }, t(`match.${e.match}`)) : null,
          h('div', { class: 'muted small' }, data([e.region, ...(e.tags || [])].filter(Boolean).join(' · ') || '–'))), () => open(e.id))))
        : empty(t('search.none'), t('search.noneHint')));
    } catch (err) { failed(err); results.replaceChildren(); }
  };
  input.addEventListener('input', debounce(run, 200));
  local.addEventListener('change', run);
  detail.replaceChildren(empty(t('search.pickOne')));
  await run();
  if (params.open) await open(params.open);
  done();
}

function enterpriseDetail(e) {
  const rows = [
    [t('ent.region'), e.region], [t('ent.country'), e.country], [t('ent.revenue'), e.revenue === null ? null : t('ent.revenueValue', { v: number(e.revenue) })],
    [t('ent.aboveScale'), e.aboveScale === null ? null : t(e.aboveScale ? 'value.yes' : 'value.no')], [t('ent.head'), e.head ? t('value.yes') : t('value.no')],
    [t('ent.tags'), (e.tags || []).join('、')]];
  const trades = (list, label) => h('div', {}, h('h3', {}, label), list.length ? h('ul', { class: 'ent-list' }, list.map(g => h('li', {}, data(g.linkName || g.link), t('punct.colon'),
    g.enterprises.map((p, i) => [i ? t('punct.list') : '', data(p.name, { class: p.local ? 'is-local' : '' })])))) : h('p', { class: 'muted' }, '–'));
  return [
    h('h2', {}, name(e), ' ', h('span', { class: 'pill' }, t(e.local ? 'search.local' : 'search.outside'))),
    h('dl', { class: 'props' }, rows.filter(r => r[1]).map(([k, v]) => [h('dt', {}, k), h('dd', {}, data(v))])),
    h('h3', {}, t('ent.links')),
    e.links.length ? h('ul', { class: 'ent-list' }, e.links.map(l => h('li', {}, data(nameOf(l)), ' ', h('span', { class: 'muted small' }, t(`stage.${l.stage}`)),
      l.share !== null ? h('span', { class: 'pill' }, t('link.share', { share: percent(l.share, 1) })) : null))) : h('p', { class: 'muted' }, '–'),
    trades(e.suppliers, t('ent.suppliers')), trades(e.customers, t('ent.customers')),
    h('p', {}, h('a', { class: 'btn', href: `#/impact/${encodeURIComponent(e.id)}` }, t('ent.impact'), ' →')),
  ];
}
