// The workbench: hash routes, one module per view. Each view's render(main, params, ctx) builds its part of the
// page; ctx.signal aborts its requests when the user moves on, ctx.onDispose releases charts.
import { loadMessages, setLang, getLang, t } from './i18n.js';
import { api } from './api.js';
import { clear, failed, h } from './ui.js';
import * as overview from './views/overview.js';
import * as panorama from './views/panorama.js';
import * as link from './views/link.js';
import * as whatif from './views/whatif.js';
import * as impact from './views/impact.js';
import * as search from './views/search.js';
import * as mindmap from './views/mindmap.js';
import * as targets from './views/targets.js';

const routes = [
  { re: /^\/?$/, view: overview, nav: 'overview' },
  { re: /^\/c\/([^/?]+)$/, view: panorama, keys: ['cluster'], nav: 'overview' },
  { re: /^\/c\/([^/?]+)\/link\/([^?]+)$/, view: link, keys: ['cluster', 'link'], nav: 'overview' },
  { re: /^\/c\/([^/?]+)\/what-if$/, view: whatif, keys: ['cluster'], nav: 'overview' },
  { re: /^\/c\/([^/?]+)\/mindmap$/, view: mindmap, keys: ['cluster'], nav: 'overview' },
  { re: /^\/c\/([^/?]+)\/targets$/, view: targets, keys: ['cluster'], nav: 'overview' },
  { re: /^\/impact(?:\/([^?]+))?$/, view: impact, keys: ['enterprise'], nav: 'impact' },
  { re: /^\/search$/, view: search, nav: 'search' },
];

let current = null;

export function navigate(hash) { location.hash = hash; }

function parse() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = raw.split('?');
  for (const r of routes) {
    const m = path.match(r.re);
    if (m) {
      const params = Object.fromEntries(new URLSearchParams(qs || ''));
      (r.keys || []).forEach((k, i) => { if (m[i + 1] !== undefined) params[k] = decodeURIComponent(m[i + 1]); });
      return { route: r, params };
    }
  }
  return null;
}

async function route() {
  if (current) { current.abort.abort(); current.disposers.forEach(d => { try { d(); } catch (e) { /* gone */ } }); }
  const main = clear(document.getElementById('main'));
  const found = parse();
  document.querySelectorAll('[data-nav]').forEach(a => a.classList.toggle('active', !!found && a.dataset.nav === found.route.nav));
  if (!found) {
    main.append(h('div', { class: 'state empty' }, h('strong', {}, t('state.noRoute')), h('p', {}, h('a', { href: '#/' }, t('nav.overview')))));
    return;
  }
  const abort = new AbortController();
  const disposers = [];
  current = { abort, disposers };
  const ctx = { signal: abort.signal, onDispose: (fn) => disposers.push(fn), navigate, rerender: route };
  try {
    await found.route.view.render(main, found.params, ctx);
  } catch (err) {
    failed(err);
  }
}

async function showUser() {
  const el = document.getElementById('user');
  try {
    const me = await api.me({ retried: true });
    el.textContent = t('user.signedIn', { name: me.username });
    el.hidden = false;
    window.workbenchUser = me;
  } catch (e) {
    el.hidden = true; // no access control yet (404), or not signed in
  }
}

async function start() {
  await loadMessages();
  const switcher = document.getElementById('lang-switch');
  switcher.addEventListener('click', async () => {
    await setLang(getLang() === 'zh' ? 'en' : 'zh');
    showUser();
    route();
  });
  document.getElementById('print').addEventListener('click', () => window.print());
  document.addEventListener('signed-in', showUser);
  window.addEventListener('hashchange', route);
  showUser();
  await route();
}

start();
