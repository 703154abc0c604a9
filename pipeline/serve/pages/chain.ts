// `/plans/{id}/chain`: the implementation chain as a graph. The plan, what it implements
// (upstream, followed to the top) and what implements it (downstream), one row per level of
// government (city above district above ward), each node a link to its plan.
import { linksOfPlan } from '../../../corpus/plan-views.js';
import type { PlanSummary, Store } from '../../../corpus/store.js';
import type { PlanRecord } from '../../../output/schema.js';
import { formatDate, html, LEVEL_ORDER, levelLabel, percent, type SafeHtml } from './format.js';
import { planNav } from './plan.js';

interface ChainNode {
  planId: string;
  number: string | null;
  title: string | null;
  level: string | null;
  date: string | null;
  current: boolean;
}

interface ChainEdge {
  /** The plan that implements (or cites) … */
  from: string;
  /** … this one. */
  to: string;
  relation: string;
  confidence: number;
}

const NODE_W = 230;
const NODE_H = 62;
const GAP_X = 26;
const GAP_Y = 70;
const MARGIN = 20;

/** The plans and links around a plan, each plan once. */
export async function chainOf(store: Store, plan: PlanSummary): Promise<{ nodes: ChainNode[]; edges: ChainEdge[] }> {
  const links = await linksOfPlan(store, plan);
  const nodes = new Map<string, ChainNode>();
  nodes.set(plan.id, { planId: plan.id, number: plan.number, title: plan.title, level: plan.issuerLevel, date: plan.date, current: true });
  const edges: ChainEdge[] = [];
  const planOfDoc = async (docId: string) => (docId === plan.primaryId ? plan.id : await store.planOfDocument(docId));
  for (const [direction, rows] of [['up', links.upstream], ['down', links.downstream]] as const) {
    for (const row of rows) {
      if (!nodes.has(row.planId)) nodes.set(row.planId, { planId: row.planId, number: row.number, title: row.title, level: row.level, date: row.date, current: false });
      const near = await planOfDoc(row.via);
      if (!near || near === row.planId) continue;
      const edge = direction === 'up' ? { from: near, to: row.planId } : { from: row.planId, to: near };
      if (!edges.some((e) => e.from === edge.from && e.to === edge.to)) edges.push({ ...edge, relation: row.relation, confidence: row.confidence });
    }
  }
  return { nodes: [...nodes.values()], edges };
}

const rankOf = (level: string | null) => {
  const rank = LEVEL_ORDER.indexOf(level as (typeof LEVEL_ORDER)[number]);
  return rank < 0 ? LEVEL_ORDER.length : rank;
};

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Plans side by side in one line of a level; more wrap onto further lines of that level. */
const PER_LINE = 5;
/** Plans drawn per level; the rest are counted (a city plan may have hundreds of ward plans). */
const PER_LEVEL = 40;

export function renderChainSvg(nodes: readonly ChainNode[], edges: readonly ChainEdge[]): SafeHtml {
  const ranks = [...new Set(nodes.map((n) => rankOf(n.level)))].sort((a, b) => a - b);
  const levels = ranks.map((rank) => {
    const all = nodes.filter((n) => rankOf(n.level) === rank).sort((a, b) => Number(b.current) - Number(a.current) || (a.date ?? '').localeCompare(b.date ?? '') || (a.number ?? '').localeCompare(b.number ?? ''));
    const shown = all.slice(0, PER_LEVEL);
    const lines: ChainNode[][] = [];
    for (let i = 0; i < shown.length; i += PER_LINE) lines.push(shown.slice(i, i + PER_LINE));
    return { level: all[0]!.level, lines, hidden: all.length - shown.length };
  });
  const widest = Math.max(1, ...levels.flatMap((l) => l.lines.map((line) => line.length)));
  const width = MARGIN * 2 + 110 + widest * NODE_W + (widest - 1) * GAP_X;
  const lineGap = 18;
  const place = new Map<string, { x: number; y: number }>();
  const labels: SafeHtml[] = [];
  let y = MARGIN;
  levels.forEach((level, r) => {
    if (r > 0) y += GAP_Y - lineGap;
    labels.push(html`<text class="row-label" x="${MARGIN}" y="${y + NODE_H / 2 + 4}">${levelLabel(level.level)}</text>`);
    for (const line of level.lines) {
      const lineWidth = line.length * NODE_W + (line.length - 1) * GAP_X;
      const left = MARGIN + 110 + (widest * NODE_W + (widest - 1) * GAP_X - lineWidth) / 2;
      line.forEach((node, i) => place.set(node.planId, { x: left + i * (NODE_W + GAP_X), y }));
      y += NODE_H + lineGap;
    }
    if (level.hidden) {
      labels.push(html`<text class="row-more" x="${MARGIN + 110}" y="${y + 12}">… và ${level.hidden} kế hoạch khác ở cấp này · and ${level.hidden} more</text>`);
      y += 24;
    }
  });
  const height = y - lineGap + MARGIN;
  return html`<svg class="chain" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Chuỗi thực hiện · implementation chain">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrow-head"/></marker></defs>
${labels}
${edges.map((e) => {
    const a = place.get(e.from);
    const b = place.get(e.to);
    if (!a || !b) return '';
    // From the implementing plan to the one it implements: usually upwards.
    const up = b.y < a.y;
    const x1 = a.x + NODE_W / 2;
    const y1 = up ? a.y : a.y + NODE_H;
    const x2 = b.x + NODE_W / 2;
    const y2 = b.y === a.y ? b.y + NODE_H / 2 : up ? b.y + NODE_H : b.y;
    return html`<path class="edge ${e.relation}" d="M${x1},${y1} C${x1},${(y1 + y2) / 2} ${x2},${(y1 + y2) / 2} ${x2},${y2}" marker-end="url(#arrow)"><title>${e.relation} · ${percent(e.confidence)}</title></path>`;
  })}
${nodes.map((n) => {
    const p = place.get(n.planId);
    if (!p) return '';
    return html`<a href="/plans/${n.planId}" class="node${n.current ? ' current' : ''}"><title>${n.number ?? ''} ${n.title ?? ''}</title>
<rect x="${p.x}" y="${p.y}" width="${NODE_W}" height="${NODE_H}" rx="6"/>
<text x="${p.x + 10}" y="${p.y + 20}" class="node-number">${clip(n.number ?? 'Không số', 28)}</text>
<text x="${p.x + 10}" y="${p.y + 37}" class="node-title">${clip(n.title ?? '', 30)}</text>
<text x="${p.x + 10}" y="${p.y + 53}" class="node-meta">${clip(`${levelLabel(n.level)} · ${formatDate(n.date)}`, 34)}</text></a>`;
  })}
</svg>`;
}

export async function renderChain(store: Store, plan: PlanSummary, record: PlanRecord): Promise<SafeHtml> {
  const { nodes, edges } = await chainOf(store, plan);
  return html`${planNav(plan, record, 'chain')}
<section class="chain-page">
<h2>Chuỗi thực hiện · Implementation chain</h2>
<p class="hint">Cấp trên ở trên, cấp dưới ở dưới; mũi tên đi từ kế hoạch thực hiện tới kế hoạch được thực hiện. · Upper levels above; arrows point from a plan to what it implements.</p>
${nodes.length === 1 ? html`<p class="none">Chưa có kế hoạch nào trong kho liên kết với kế hoạch này. · No stored plan links to this one.</p>` : ''}
<div class="chain-frame">${renderChainSvg(nodes, edges)}</div>
</section>`;
}
