// Every label of the page lives in i18n/<lang>.json (zh by default, en by the switch); data (names of
// clusters, links, enterprises) is shown in English where the data has an English name.
let lang = localStorage.getItem('workbench.lang') === 'en' ? 'en' : 'zh';
let messages = {};

export async function loadMessages() {
  const res = await fetch(`i18n/${lang}.json`, { headers: { Accept: 'application/json' } });
  messages = await res.json();
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = messages['app.title'];
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
}

export function getLang() { return lang; }

export async function setLang(next) {
  lang = next === 'en' ? 'en' : 'zh';
  localStorage.setItem('workbench.lang', lang);
  await loadMessages();
}

/** The label of key, with {name} placeholders filled; a missing key shows as itself (and is caught by the tests). */
export function t(key, params) {
  let s = messages[key];
  if (s === undefined) return key;
  if (params) s = s.replace(/\{(\w+)\}/g, (m, k) => (params[k] === undefined ? m : String(params[k])));
  return s;
}

/** The display name of a record: its English name in English when it has one. */
export function nameOf(o, field = 'name') {
  if (!o) return '';
  const en = o[field + 'En'] || o.nameEn;
  return lang === 'en' && en ? en : (o[field] || o.id || '');
}

export function number(x, digits = 0) {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  return Number(x).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function percent(x, digits = 0) {
  if (x === null || x === undefined) return '–';
  return (x * 100).toFixed(digits) + '%';
}
