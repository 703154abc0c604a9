// Task deadlines on a time axis, one lane per plan: a bar from a deadline's start to its end
// (whole months for "Tháng 3/2021", a point for "Trước ngày 31/01"), labelled by the task's
// index. Deadlines without a date ("hằng năm", "thường xuyên") are listed apart by the page.
import type { Deadline, TaskRow } from '../../../output/schema.js';
import { html, type SafeHtml } from './format.js';

export interface Lane {
  label: string;
  /** "a" or "b": the lane's colour. */
  side: 'a' | 'b';
  tasks: readonly TaskRow[];
  /** Task positions whose deadline conflicts with the other plan's. */
  late?: ReadonlySet<number>;
}

const DAY = 86_400_000;
const LABEL_W = 280;
const AXIS_W = 820;
const ROW_H = 18;
const LANE_GAP = 28;
const TOP = 34;

/** The first and the last instant an ISO date (full or partial) covers. */
export function dateRange(iso: string): { from: number; to: number } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month === null) return { from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1) - DAY };
  if (day === null) return { from: Date.UTC(year, month, 1), to: Date.UTC(year, month + 1, 1) - DAY };
  const at = Date.UTC(year, month, day);
  return { from: at, to: at };
}

/** A deadline as an interval of time; null when it names no date. */
export function deadlineInterval(deadline: Deadline | null): { from: number; to: number; point: boolean } | null {
  if (!deadline) return null;
  const start = deadline.start ? dateRange(deadline.start) : null;
  const end = deadline.end ? dateRange(deadline.end) : null;
  if (!start && !end) return null;
  const from = start?.from ?? end!.to;
  const to = end?.to ?? start!.to;
  return { from: Math.min(from, to), to: Math.max(from, to), point: !start && end !== null && end.from === end.to };
}

function ticks(from: number, to: number): Array<{ at: number; label: string }> {
  const first = new Date(from);
  const months = (new Date(to).getUTCFullYear() - first.getUTCFullYear()) * 12 + new Date(to).getUTCMonth() - first.getUTCMonth() + 1;
  const step = months <= 18 ? 1 : months <= 48 ? 3 : months <= 120 ? 12 : 24;
  const out: Array<{ at: number; label: string }> = [];
  for (let m = 0; m <= months; m += step) {
    const at = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1);
    if (at > to) break;
    const d = new Date(at);
    out.push({ at, label: step >= 12 ? String(d.getUTCFullYear()) : `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}` });
  }
  return out;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The deadline as written, beside its bar: after it, or before it near the axis's end. */
function dueLabel(text: string, x1: number, x2: number, y: number): SafeHtml {
  const label = clip(text, 28);
  const after = x2 + 6 + label.length * 6 < LABEL_W + AXIS_W + 60;
  return after ? html`<text class="due" x="${x2 + 6}" y="${y + 13}">${label}</text>` : html`<text class="due" x="${x1 - 6}" y="${y + 13}" text-anchor="end">${label}</text>`;
}

export function renderTimeline(lanes: readonly Lane[]): SafeHtml {
  const dated = lanes.map((lane) =>
    lane.tasks.flatMap((task, position) => {
      const interval = deadlineInterval(task.deadline);
      return interval ? [{ task, position, ...interval }] : [];
    }).sort((x, y) => x.from - y.from || x.to - y.to),
  );
  const all = dated.flat();
  if (all.length === 0) return html`<p class="none">Không có nhiệm vụ nào có ngày cụ thể. · No task has a dated deadline.</p>`;
  const first = new Date(Math.min(...all.map((d) => d.from)));
  const from = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const last = new Date(Math.max(...all.map((d) => d.to)));
  const to = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1);
  const x = (t: number) => LABEL_W + ((t - from) / Math.max(DAY, to - from)) * AXIS_W;
  let y = TOP;
  const laneParts: SafeHtml[] = [];
  dated.forEach((rows, l) => {
    const lane = lanes[l]!;
    const top = y;
    laneParts.push(html`<text class="lane-label ${lane.side}" x="4" y="${top + 12}">${clip(lane.label, 60)}</text>`);
    y += 18;
    for (const row of rows) {
      const late = lane.late?.has(row.position);
      const label = `${row.task.index ?? '·'} ${row.task.content}`;
      const x1 = x(row.from);
      const x2 = Math.max(x(row.to + DAY), x1 + 3);
      laneParts.push(html`<g class="deadline ${lane.side}${late ? ' late' : ''}"><title>${label}\n${row.task.deadline?.text ?? ''}</title>
<text class="task-label" x="4" y="${y + 13}">${clip(label, 44)}</text>
${row.point ? html`<path class="point" d="M${x1},${y + 2} l6,7 l-6,7 l-6,-7 z"/>` : html`<rect class="bar" x="${x1}" y="${y + 3}" width="${x2 - x1}" height="${ROW_H - 6}" rx="3"/>`}
${dueLabel(row.task.deadline?.text ?? '', x1, x2 + (row.point ? 6 : 0), y)}</g>`);
      y += ROW_H;
    }
    if (rows.length === 0) {
      laneParts.push(html`<text class="none" x="4" y="${y + 13}">không có hạn có ngày</text>`);
      y += ROW_H;
    }
    y += LANE_GAP;
  });
  const height = y;
  const width = LABEL_W + AXIS_W + 60;
  return html`<svg class="timeline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Hạn chót · deadlines">
${ticks(from, to).map((t) => html`<g class="tick"><line x1="${x(t.at)}" y1="${TOP - 10}" x2="${x(t.at)}" y2="${height - 10}"/><text x="${x(t.at) + 2}" y="${TOP - 14}">${t.label}</text></g>`)}
${laneParts}
</svg>`;
}

/** Tasks whose deadline names no date: listed under the timeline. */
export function undatedTasks(tasks: readonly TaskRow[]): TaskRow[] {
  return tasks.filter((t) => t.deadline !== null && deadlineInterval(t.deadline) === null);
}
