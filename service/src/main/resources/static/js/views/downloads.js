// Downloads of a cluster: the mind map (XMind, FreeMind, SVG, PNG), the panorama (SVG, PNG), the Excel report, the
// zone's data and the import template. Plain links: nothing is requested until one is clicked (probing each with a
// HEAD made the server build every file on every view, and held the browser's connections while it did).
import { downloads } from '../api.js';
import { t } from '../i18n.js';
import { h } from '../ui.js';

export function downloadsPanel(clusterId) {
  const offers = [
    ['downloads.mindmapXmind', downloads.mindmap(clusterId, 'xmind')],
    ['downloads.mindmapMm', downloads.mindmap(clusterId, 'mm')],
    ['downloads.mindmapSvg', downloads.mindmap(clusterId, 'svg')],
    ['downloads.mindmapPng', downloads.mindmap(clusterId, 'png')],
    ['downloads.chainSvg', downloads.chain(clusterId, 'svg')],
    ['downloads.chainPng', downloads.chain(clusterId, 'png')],
    ['downloads.report', downloads.report(clusterId)],
    ['downloads.zone', downloads.zone(), 'zone.ndjson'],
    ['downloads.template', downloads.template()],
  ];
  return h('section', { class: 'panel downloads no-print', 'data-testid': 'downloads' },
    h('h2', {}, t('downloads.title')),
    h('ul', { class: 'downloads-list' }, offers.map(([label, url, file]) => h('li', {}, h('a', { href: url, download: file || '' }, '⤓ ', t(label))))));
}
