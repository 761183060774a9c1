// The one door to the service's REST API. Every request is same-origin JSON and marked as XMLHttpRequest (so a
// secured server answers 401 instead of redirecting); writes carry the CSRF token from the XSRF-TOKEN cookie.
// A 401 opens the login form (which posts to /login) and the request is tried once more after signing in.
import { t } from './i18n.js';

const BASE = 'api/v1';

export class ApiError extends Error {
  constructor(status, problem, fallback) {
    super((problem && (problem.detail || problem.title)) || fallback || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || null;
  }
  get notFound() { return this.status === 404; }
}

function cookie(name) {
  const hit = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith(name + '='));
  return hit ? decodeURIComponent(hit.slice(name.length + 1)) : null;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) { if (v.length) q.set(k, v.join(',')); } else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

function headers(method, json) {
  const h = { 'Accept': 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' };
  if (json) h['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') {
    const token = cookie('XSRF-TOKEN');
    if (token) h['X-XSRF-TOKEN'] = token;
  }
  return h;
}

async function problemOf(res) {
  try {
    const type = res.headers.get('Content-Type') || '';
    if (type.includes('json')) return await res.json();
  } catch (e) { /* not JSON */ }
  return null;
}

export async function request(method, path, { params, body, signal, retried } = {}) {
  const res = await fetch(`${BASE}${path}${query(params)}`, {
    method, signal, credentials: 'same-origin', headers: headers(method, body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401 && !retried) {
    await signIn();
    return request(method, path, { params, body, signal, retried: true });
  }
  if (!res.ok) throw new ApiError(res.status, await problemOf(res), t('error.http', { status: res.status }));
  if (res.status === 204 || method === 'HEAD') return null;
  return res.json();
}

// ---- sign-in -------------------------------------------------------------------------------------------
let pending = null;

export function signIn() {
  if (pending) return pending;
  const dialog = document.getElementById('login');
  const form = document.getElementById('login-form');
  const error = document.getElementById('login-error');
  error.hidden = true;
  pending = new Promise((resolve, reject) => {
    const done = (ok) => {
      form.onsubmit = null; document.getElementById('login-cancel').onclick = null;
      dialog.close(); pending = null;
      ok ? resolve() : reject(new ApiError(401, null, t('login.required')));
    };
    form.onsubmit = async (ev) => {
      ev.preventDefault();
      const data = new URLSearchParams(new FormData(form));
      const h = { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Requested-With': 'XMLHttpRequest' };
      const token = cookie('XSRF-TOKEN');
      if (token) h['X-XSRF-TOKEN'] = token;
      try {
        const res = await fetch('login', { method: 'POST', body: data, headers: h, credentials: 'same-origin' });
        if (res.ok && !res.url.includes('error')) { document.dispatchEvent(new Event('signed-in')); done(true); return; }
      } catch (e) { /* network */ }
      error.hidden = false;
    };
    document.getElementById('login-cancel').onclick = () => done(false);
    dialog.showModal();
    form.querySelector('input').focus();
  });
  return pending;
}

// ---- the operations the views use ------------------------------------------------------------------------
const enc = encodeURIComponent;
export const api = {
  me: (o) => request('GET', '/me', o),
  clusters: (o) => request('GET', '/clusters', o),
  cluster: (id, o) => request('GET', `/clusters/${enc(id)}`, o),
  chain: (id, o) => request('GET', `/clusters/${enc(id)}/chain`, o),
  gaps: (id, params, o) => request('GET', `/clusters/${enc(id)}/gaps`, { ...o, params }),
  recruits: (id, linkId, params, o) => request('GET', `/clusters/${enc(id)}/gaps/${enc(linkId)}/recruits`, { ...o, params }),
  clusterRecruits: (id, params, o) => request('GET', `/clusters/${enc(id)}/recruits`, { ...o, params }),
  whatIf: (id, body, o) => request('POST', `/clusters/${enc(id)}/what-if`, { ...o, body }),
  impact: (enterpriseId, o) => request('GET', `/enterprises/${enc(enterpriseId)}/impact`, o),
  matches: (id, params, o) => request('GET', `/clusters/${enc(id)}/matches`, { ...o, params }),
  link: (id, o) => request('GET', `/links/${enc(id)}`, o),
  enterprises: (params, o) => request('GET', '/enterprises', { ...o, params }),
  enterprise: (id, o) => request('GET', `/enterprises/${enc(id)}`, o),
  mindmap: (id, o) => request('GET', `/clusters/${enc(id)}/mindmap`, o),
  targets: (id, o) => request('GET', `/clusters/${enc(id)}/targets`, o),
  measures: (id, o) => request('GET', `/clusters/${enc(id)}/measures`, o),
  projects: (id, o) => request('GET', `/clusters/${enc(id)}/projects`, o),
  pipeline: (id, params, o) => request('GET', `/clusters/${enc(id)}/projects/pipeline`, { ...o, params }),
  teams: (id, o) => request('GET', `/clusters/${enc(id)}/teams`, o),
};

/** Download addresses, relative to the page. */
export const downloads = {
  mindmap: (id, format) => `${BASE}/clusters/${enc(id)}/mindmap?format=${format}`,
  chain: (id, ext) => `${BASE}/clusters/${enc(id)}/chain.${ext}`,
  report: (id) => `${BASE}/clusters/${enc(id)}/report.xlsx`,
  zone: () => `${BASE}/export`,
  template: () => `${BASE}/import/template.xlsx`,
};
