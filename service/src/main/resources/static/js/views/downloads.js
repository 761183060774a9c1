// Downloads: each file is offered only when its endpoint answers (HEAD); the mind-map, panorama and Excel
// report endpoints appear here by themselves once they exist.
import { available, downloads } from '../api.js';
import { t } from '../i18n.js';
import { h } from '../ui.js';

export function downloadsPanel(clusterId, signal) {
  const list = h('ul', { class: 'downloads-list' });
  const note = h('p', { class: 'muted small' }, t('downloads.checking'));
  const panel = h('section', { class: 'panel downloads no-print', 'data-testid': 'downloads' },
    h('h2', {}, t('downloads.title')), list, note);
  const offers = [
    ['downloads.mindmapXmind', downloads.mindmap(clusterId, 'xmind')],
    ['downloads.mindmapMm', downloads.mindmap(clusterId, 'mm')],
    ['downloads.mindmapSvg', downloads.mindmap(clusterId, 'svg')],
    ['downloads.mindmapPng', downloads.mindmap(clusterId, 'png')],
    ['downloads.chainSvg', downloads.chain(clusterId, 'svg')],
    ['downloads.chainPng', downloads.chain(clusterId, 'png')],
    ['downloads.report', downloads.report(clusterId)],
  ];
  Promise.all(offers.map(async ([label, url]) => [label, url, await available(url, signal)])).then(found => {
    const ok = found.filter(f => f[2]);
    for (const [label, url] of ok) list.append(h('li', {}, h('a', { href: url, download: '' }, '⤓ ', t(label))));
    // The zone's data (always there): the import format, and the empty spreadsheet template.
    list.append(h('li', {}, h('a', { href: downloads.zone(), download: 'zone.ndjson' }, '⤓ ', t('downloads.zone'))));
    list.append(h('li', {}, h('a', { href: downloads.template(), download: '' }, '⤓ ', t('downloads.template'))));
    note.textContent = ok.length < offers.length ? t('downloads.pending', { n: offers.length - ok.length }) : '';
  });
  return panel;
}
