// Small DOM helpers shared by the views: element builder, status badges, toasts, loading and empty states.
import { t, nameOf } from './i18n.js';

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'style' && typeof v === 'object') Object.assign(el.style, v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Data (names from the graph) is marked so the language tests can tell it from the page's own labels. */
export function data(text, attrs) {
  return h('span', { ...attrs, class: 'data' + (attrs && attrs.class ? ' ' + attrs.class : '') }, text);
}

export function name(o, attrs) { return data(nameOf(o), { title: o && o.id, ...attrs }); }

export function clear(el) { while (el.firstChild) el.firstChild.remove(); return el; }

export const STATUS_COLOR = { MISSING: '#d93025', WEAK: '#e8a200', STRONG: '#1e8e3e' };

export function statusBadge(status) {
  return h('span', { class: `badge status-${status}` }, t(`status.${status}`));
}

export function chokeBadge(reasons) {
  const title = (reasons || []).map(r => t(`choke.${r}`)).join(' · ');
  return h('span', { class: 'badge choke', title }, '⚠ ' + t('choke.short'));
}

export function loading(text) {
  return h('div', { class: 'state loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text || t('state.loading'));
}

export function empty(text, hint) {
  return h('div', { class: 'state empty' }, h('strong', {}, text), hint ? h('p', { class: 'muted' }, hint) : null);
}

export function unavailable(feature) {
  return h('div', { class: 'state unavailable' },
    h('strong', {}, t('state.unavailable', { feature: t(feature) })),
    h('p', { class: 'muted' }, t('state.unavailable.hint')));
}

export function toast(message, kind = 'error') {
  const box = document.getElementById('toasts');
  const el = h('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('span', {}, message),
    h('button', { type: 'button', class: 'toast-close', 'aria-label': t('action.close'), onclick: () => el.remove() }, '×'));
  box.append(el);
  setTimeout(() => el.remove(), kind === 'error' ? 9000 : 4000);
}

/** Reports a failed request as a toast with the problem's detail; an aborted request (the view was left) is silent. */
export function failed(err) {
  if (err && err.name === 'AbortError') return;
  console.error(err);
  toast(err && err.message ? err.message : String(err));
}

/** Makes a card act as a button: focusable, Enter and Space open it. */
export function activate(el, handler) {
  el.tabIndex = 0;
  el.setAttribute('role', 'link');
  el.addEventListener('click', handler);
  el.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); handler(ev); }
  });
  return el;
}

export function bar(value, cls) {
  const pct = Math.max(0, Math.min(1, value || 0)) * 100;
  return h('span', { class: 'bar ' + (cls || ''), role: 'img', 'aria-label': pct.toFixed(0) + '%' },
    h('span', { class: 'bar-fill', style: { width: pct + '%' } }));
}

export function debounce(fn, ms) {
  let timer = null;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

/** A performance mark pair for a view: start now, returns the function that ends it and records the figure. */
export function timing(name) {
  const start = `${name}:start`;
  performance.mark(start);
  return () => {
    performance.mark(`${name}:end`);
    const m = performance.measure(name, start, `${name}:end`);
    (window.workbenchTimings ||= []).push({ name, ms: Math.round(m.duration) });
    console.info(`[workbench] ${name} ${Math.round(m.duration)} ms`);
    return m.duration;
  };
}
