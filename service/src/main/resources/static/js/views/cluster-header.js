// The header of every cluster page: name, chief, completeness, and the tabs of the cluster's views.
import { t, nameOf, percent } from '../i18n.js';
import { h, data, bar } from '../ui.js';

const TABS = [
  ['panorama', '', 'tab.panorama'],
  ['mindmap', '/mindmap', 'tab.mindmap'],
  ['whatif', '/what-if', 'tab.whatif'],
  ['targets', '/targets', 'tab.targets'],
];

export function clusterHeader(cluster, active) {
  const base = `#/c/${encodeURIComponent(cluster.id)}`;
  return h('section', { class: 'cluster-head' },
    h('div', { class: 'crumbs' }, h('a', { href: '#/' }, t('nav.overview')), ' / ', data(nameOf(cluster))),
    h('div', { class: 'cluster-title' },
      h('h1', {}, data(nameOf(cluster))),
      h('div', { class: 'cluster-meta' },
        h('span', { class: 'muted' }, t('cluster.chief'), t('punct.colon')), data(cluster.chief || '–'),
        cluster.completeness !== undefined ? [
          h('span', { class: 'sep' }),
          h('span', { class: 'muted' }, t('cluster.completeness'), t('punct.colon')),
          h('strong', { class: 'completeness', 'data-testid': 'cluster-completeness' }, percent(cluster.completeness)),
          bar(cluster.completeness, 'bar-inline'),
          h('span', { class: 'sep' }),
          h('span', { class: 'muted' }, t('cluster.links', { n: cluster.linkCount })),
        ] : null)),
    h('nav', { class: 'tabs no-print', 'aria-label': t('tab.label') },
      TABS.map(([id, path, label]) => h('a', { href: base + path, class: id === active ? 'tab active' : 'tab', 'aria-current': id === active ? 'page' : null }, t(label)))));
}
