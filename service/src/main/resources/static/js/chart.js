// The chain panorama drawn with ECharts (SVG renderer: crisp when printed, text selectable): stages as columns,
// links coloured by status, FEEDS arrows, chokepoints outlined, roam for zoom and pan. Shared by the panorama and
// the impact view (which highlights a blast radius).
import { t, nameOf, number, percent } from './i18n.js';
import { STATUS_COLOR } from './ui.js';

const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];
const CELL_W = 170, CELL_H = 46, STAGE_GAP = 70, HEADER_H = 56;
const CHOKE = '#6a1b9a';

/** Rows per column so that the drawing's aspect ratio comes close to the box's (a few hundred links stay legible). */
function rowsFor(counts, aspect) {
  const max = Math.max(1, ...counts);
  let best = max, bestErr = Infinity;
  for (let r = Math.min(max, 6); r <= max; r++) {
    const cols = counts.reduce((a, n) => a + Math.max(1, Math.ceil(n / r)), 0);
    const w = cols * CELL_W + STAGE_GAP * 2, hgt = r * CELL_H + HEADER_H;
    const err = Math.abs(Math.log((w / hgt) / aspect));
    if (err < bestErr - 1e-9) { best = r; bestErr = err; }
  }
  return best;
}

/** Orders a stage's links so that a sub-link follows its parent. */
function treeOrder(links) {
  const ids = new Set(links.map(l => l.id));
  const children = new Map();
  const roots = [];
  for (const l of links) {
    if (l.parent && ids.has(l.parent)) { if (!children.has(l.parent)) children.set(l.parent, []); children.get(l.parent).push(l); }
    else roots.push(l);
  }
  const out = [];
  const walk = (l, depth) => { out.push({ link: l, depth }); (children.get(l.id) || []).forEach(c => walk(c, depth + 1)); };
  roots.forEach(l => walk(l, 0));
  return out;
}

export function layout(links, aspect) {
  const byStage = STAGES.map(s => treeOrder(links.filter(l => l.stage === s)));
  const rows = rowsFor(byStage.map(s => s.length), aspect);
  const pos = new Map();
  const headers = [];
  let x = 0;
  byStage.forEach((items, si) => {
    const cols = Math.max(1, Math.ceil(items.length / rows));
    headers.push({ stage: STAGES[si], x: x + (cols - 1) * CELL_W / 2, count: items.length });
    items.forEach((it, i) => {
      const col = Math.floor(i / rows), row = i % rows;
      pos.set(it.link.id, { x: x + col * CELL_W + it.depth * 10, y: HEADER_H + row * CELL_H, depth: it.depth });
    });
    x += cols * CELL_W + STAGE_GAP;
  });
  return { pos, headers, rows, width: x - STAGE_GAP, height: HEADER_H + rows * CELL_H };
}

/**
 * The ECharts option. gaps: Map linkId → gap item (status, figures); highlight: optional Map linkId → distance
 * (blast radius), which dims every other link.
 */
export function panoramaOption(chain, gaps, { highlight, boxWidth, boxHeight } = {}) {
  const aspect = (boxWidth || 1200) / (boxHeight || 600);
  const lay = layout(chain.links, aspect);
  const scale = Math.min(1, (boxWidth || 1200) / (lay.width + CELL_W), (boxHeight || 600) / (lay.height + CELL_H));
  const big = chain.links.length > 80;
  const fontSize = Math.max(9, Math.round(13 * Math.max(scale, 0.72)));
  const pad = Math.round((CELL_W - 22) * scale / 2) + 12;
  const nodes = [];
  for (const hd of lay.headers) {
    nodes.push({
      id: `stage:${hd.stage}`, name: t(`stage.${hd.stage}`), x: hd.x, y: 0, symbolSize: [1, 1], symbol: 'rect',
      itemStyle: { color: 'rgba(0,0,0,0)', borderWidth: 0 }, tooltip: { show: false }, silent: true,
      label: { show: true, position: 'inside', fontSize: fontSize + 3, fontWeight: 'bold', color: '#24324a',
        formatter: `${t(`stage.${hd.stage}`)}  (${hd.count})` },
    });
  }
  for (const l of chain.links) {
    const p = lay.pos.get(l.id);
    const g = gaps.get(l.id);
    const status = g ? g.status : (l.localCount === 0 ? 'MISSING' : l.localCount < 2 ? 'WEAK' : 'STRONG');
    const choke = g ? g.chokepoint : l.chokepoint;
    const lit = !highlight || highlight.has(l.id);
    const dist = highlight && highlight.get(l.id);
    const fill = highlight ? (lit ? (dist === 0 ? '#b3261e' : '#f57c00') : '#dfe3ea') : STATUS_COLOR[status];
    nodes.push({
      id: l.id, name: nameOf(l), linkId: l.id, x: p.x, y: p.y, status, choke,
      symbol: 'roundRect',
      symbolSize: [Math.max(40, (CELL_W - 22 - p.depth * 10)) * scale, 30 * scale],
      itemStyle: {
        color: fill, opacity: lit ? 1 : 0.55,
        borderColor: choke ? CHOKE : 'rgba(0,0,0,0.15)', borderWidth: choke ? 3 : 1, borderType: choke ? 'solid' : 'solid',
        shadowBlur: choke ? 3 : 0, shadowColor: CHOKE,
      },
      label: {
        show: true, position: 'inside', fontSize, color: lit ? (status === 'WEAK' && !highlight ? '#2b2100' : '#fff') : '#5f6b7a',
        width: (CELL_W - 30 - p.depth * 10) * scale, overflow: 'truncate',
        formatter: (choke ? '⚠ ' : '') + (p.depth ? '· ' : '') + nameOf(l),
      },
    });
  }
  const edges = chain.feeds.filter(f => lay.pos.has(f.from) && lay.pos.has(f.to)).map(f => {
    const lit = !highlight || (highlight.has(f.from) && highlight.has(f.to));
    return { source: f.from, target: f.to, lineStyle: { opacity: lit ? (big ? 0.35 : 0.55) : 0.08, width: lit && highlight ? 2 : 1, color: lit && highlight ? '#b3261e' : '#7a8699' } };
  });
  return {
    animation: !big,
    tooltip: {
      confine: true, backgroundColor: '#fff', borderColor: '#c9d1dc', textStyle: { color: '#1d2633', fontSize: 13 },
      formatter: (p) => p.dataType === 'node' ? tip(p.data, gaps.get(p.data.linkId), chain, highlight) : edgeTip(p.data, chain),
    },
    series: [{
      type: 'graph', layout: 'none', roam: true, nodeScaleRatio: 0.6, draggable: false,
      scaleLimit: { min: 0.3, max: 6 },
      left: pad, right: pad, top: 20, bottom: Math.round(20 * scale) + 8,
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: [0, big ? 6 : 8],
      lineStyle: { curveness: 0.12 },
      emphasis: { focus: 'adjacency', lineStyle: { width: 2.5, opacity: 0.9 } },
      labelLayout: { hideOverlap: big },
      data: nodes, links: edges,
    }],
  };
}

function esc(s) { return String(s ?? '').replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c])); }

function tip(node, g, chain, highlight) {
  const l = chain.links.find(x => x.id === node.linkId);
  const rows = [
    [t('gap.status'), t(`status.${node.status}`)],
    [t('gap.localCount'), number(l.localCount)],
    [t('gap.supplierCount'), number(l.supplierCount)],
  ];
  if (g) {
    rows.push([t('gap.localDemand'), number(g.localDemand)], [t('gap.externalDependency'), number(g.externalDependency)]);
    if (g.topShare !== null) rows.push([t('gap.topShare'), percent(g.topShare)]);
    if (g.chokepoint) rows.push([t('gap.chokepoint'), g.chokepointReasons.map(r => t(`choke.${r}`)).join(t('punct.list'))]);
    rows.push([t('gap.score'), number(g.score, 1)]);
  }
  if (highlight && highlight.has(node.linkId)) rows.push([t('impact.distance'), number(highlight.get(node.linkId))]);
  return `<div class="tip"><strong>${esc(nameOf(l))}</strong><div class="tip-sub">${esc(t(`stage.${l.stage}`))}</div>`
    + rows.map(([k, v]) => `<div class="tip-row"><span>${esc(k)}</span><b>${esc(v)}</b></div>`).join('')
    + `<div class="tip-hint">${esc(t('panorama.clickHint'))}</div></div>`;
}

function edgeTip(e, chain) {
  const from = chain.links.find(l => l.id === e.source), to = chain.links.find(l => l.id === e.target);
  return `${esc(nameOf(from))} → ${esc(nameOf(to))}`;
}

/** Mounts the chart in el; returns {chart, dispose}. onLink(linkId) is called on a click on a link. */
export function mountPanorama(el, chain, gaps, { onLink, highlight, onRendered } = {}) {
  const chart = window.echarts.init(el, null, { renderer: 'svg' });
  if (onRendered) chart.on('finished', function once() { chart.off('finished', once); onRendered(); });
  chart.setOption(panoramaOption(chain, gaps, { highlight, boxWidth: el.clientWidth, boxHeight: el.clientHeight }));
  chart.on('click', (p) => { if (p.dataType === 'node' && p.data.linkId && onLink) onLink(p.data.linkId); });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  const print = window.matchMedia('print');
  print.addEventListener('change', resize);
  return {
    chart,
    reset: () => chart.dispatchAction({ type: 'restore' }) || chart.setOption(panoramaOption(chain, gaps, { highlight, boxWidth: el.clientWidth, boxHeight: el.clientHeight }), true),
    dispose: () => { window.removeEventListener('resize', resize); print.removeEventListener('change', resize); chart.dispose(); },
  };
}
