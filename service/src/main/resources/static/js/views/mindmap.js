// The mind map: the cluster's tree (GET /clusters/{id}/mindmap: {id,label,kind,status?,data?,children[]}), expand and
// collapse, coloured by status. Shows "not available" while the endpoint answers 404.
import { api } from '../api.js';
import { t } from '../i18n.js';
import { h, loading, unavailable, timing, STATUS_COLOR } from '../ui.js';
import { clusterHeader } from './cluster-header.js';
import { downloadsPanel } from './downloads.js';
import { legend } from './panorama.js';

function toTree(n, depth) {
  return {
    name: n.label, value: n.id, collapsed: depth >= 2,
    itemStyle: n.status ? { color: STATUS_COLOR[n.status], borderColor: STATUS_COLOR[n.status] } : undefined,
    children: (n.children || []).map(c => toTree(c, depth + 1)),
  };
}

export async function render(main, params, ctx) {
  const done = timing('view:mindmap');
  const id = params.cluster;
  main.append(loading());
  const cluster = await api.cluster(id, { signal: ctx.signal });
  main.replaceChildren(clusterHeader(cluster, 'mindmap'));
  let tree;
  try { tree = await api.mindmap(id, { signal: ctx.signal }); }
  catch (err) {
    if (err.notFound) { main.append(unavailable('feature.mindmap'), downloadsPanel(id)); done(); return; }
    throw err;
  }
  const box = h('div', { class: 'chart chart-tall data', 'data-testid': 'mindmap' });
  main.append(h('section', { class: 'panel panel-chart' }, h('div', { class: 'panel-bar' }, h('h2', {}, t('tab.mindmap')), legend()), box), downloadsPanel(id));
  const chart = window.echarts.init(box, null, { renderer: 'svg' });
  chart.setOption({
    tooltip: { trigger: 'item' },
    series: [{ type: 'tree', data: [toTree(tree, 0)], top: 20, left: 120, bottom: 20, right: 200, roam: true,
      symbolSize: 10, expandAndCollapse: true, initialTreeDepth: 2,
      label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 13 },
      leaves: { label: { position: 'right', align: 'left' } } }],
  });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  ctx.onDispose(() => { window.removeEventListener('resize', resize); chart.dispose(); });
  done();
}
