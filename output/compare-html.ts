// `kehoach compare --html FILE`: one self-contained page (inline CSS, no script, no external
// asset) with the two plans side by side: matched tasks in rows, unmatched below, deadline
// conflicts highlighted. Every value from a document is escaped.
import type { Comparison, ComparedPlan, TaskInfo } from './compare-schema.js';

const escapeHtml = (text: string | null | undefined) =>
  (text ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const or = (text: string | null | undefined) => (text ? escapeHtml(text) : '<span class="none">—</span>');

const CSS = `
:root { --a: #1d4ed8; --b: #047857; --warn: #b91c1c; --line: #d4d4d8; --muted: #6b7280; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; margin: 0; color: #111827; background: #fafafa; }
header, main { max-width: 1280px; margin: 0 auto; padding: 16px 24px; }
h1 { font-size: 20px; margin: 8px 0 12px; }
h2 { font-size: 16px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 14px; margin: 12px 0 6px; }
.plans { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.plan { background: #fff; border: 1px solid var(--line); border-top: 4px solid var(--a); border-radius: 6px; padding: 10px 14px; }
.plan.b { border-top-color: var(--b); }
.plan dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.plan dt { color: var(--muted); } .plan dd { margin: 0; }
.tag { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 9px; background: #e5e7eb; color: #374151; margin-left: 4px; }
.tag.a { background: #dbeafe; color: var(--a); } .tag.b { background: #d1fae5; color: var(--b); }
.facts { margin: 12px 0 0; color: #374151; }
.cols3 { display: grid; grid-template-columns: 2fr 1fr 1fr; gap: 16px; }
.cols2 { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
ul { margin: 0; padding-left: 18px; }
table { width: 100%; border-collapse: collapse; background: #fff; }
th, td { border: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; }
th { background: #f3f4f6; font-weight: 600; }
td.score { text-align: center; white-space: nowrap; color: var(--muted); width: 70px; }
td.due { white-space: nowrap; font-size: 12px; color: #374151; }
tr.conflict td { background: #fef2f2; }
tr.conflict td.due.late { color: var(--warn); font-weight: 700; }
.conflict-note { display: block; color: var(--warn); font-size: 12px; margin-top: 4px; }
.idx { color: var(--muted); margin-right: 4px; }
.none { color: var(--muted); }
.lead { display: block; color: var(--muted); font-size: 12px; }
@media (max-width: 800px) { .plans, .cols3, .cols2 { grid-template-columns: 1fr; } }
@media print { body { background: #fff; } }
`;

const LEVEL = { central: 'trung ương', province: 'tỉnh', city: 'thành phố', district: 'quận/huyện', town: 'thị xã', ward: 'phường', commune: 'xã' } as const;

function planCard(p: ComparedPlan, side: 'a' | 'b'): string {
  return `<section class="plan ${side}"><h3>${side.toUpperCase()} · ${or(p.number)}</h3><dl>
<dt>Cơ quan</dt><dd>${or(p.issuer)}${p.level ? `<span class="tag">${LEVEL[p.level]}</span>` : ''}</dd>
<dt>Ngày</dt><dd>${or(p.date)}</dd>
<dt>Trích yếu</dt><dd>${or(p.title)}</dd>
<dt>Nội dung</dt><dd>${p.movements} phong trào, chủ đề · ${p.tasks} nhiệm vụ</dd>
<dt>Mã</dt><dd><code>${escapeHtml(p.id.slice(0, 12))}</code></dd></dl></section>`;
}

function taskCell(t: TaskInfo): string {
  return `<span class="idx">${escapeHtml(t.index ?? '')}</span>${escapeHtml(t.content)}${
    t.lead.length ? `<span class="lead">${escapeHtml(t.lead.join('; '))}</span>` : ''
  }`;
}

/** The comparison in a few sentences (who implements whom, levels, years, deadlines out of step), as plain text. */
export function comparisonFacts(c: Comparison): string[] {
  return [
    c.relation.implements ? `${c.relation.implements.toUpperCase()} thực hiện ${c.relation.implements === 'a' ? 'B' : 'A'}.` : '',
    c.relation.lower ? `${c.relation.lower.toUpperCase()} là cấp dưới.` : c.relation.sameLevel ? 'Cùng cấp.' : '',
    c.relation.yearShift ? `B sau A ${c.relation.yearShift} năm.` : '',
    `${c.deadlineConflicts.length} hạn chót lệch.`,
  ].filter(Boolean);
}

export function renderCompareHtml(c: Comparison): string {
  const conflicts = new Map(c.deadlineConflicts.map((d) => [`${d.a}|${d.b}`, d]));
  const facts = comparisonFacts(c);

  const movementList = (items: Array<{ name: string; kind: string }>) =>
    items.length ? `<ul>${items.map((m) => `<li>${escapeHtml(m.name)} <span class="tag">${escapeHtml(m.kind)}</span></li>`).join('')}</ul>` : '<p class="none">—</p>';

  const both = c.movements.both.length
    ? `<ul>${c.movements.both
        .map(
          (m) =>
            `<li>${escapeHtml(m.a.name)}${m.a.name === m.b.name ? '' : ` <span class="tag a">A</span> ↔ ${escapeHtml(m.b.name)} <span class="tag b">B</span>`}${
              m.method === 'fuzzy' ? ` <span class="tag">giống ${m.similarity.toFixed(2)}</span>` : ''
            }</li>`,
        )
        .join('')}</ul>`
    : '<p class="none">—</p>';

  const rows = c.tasks.pairs
    .map((p) => {
      const conflict = conflicts.get(`${p.a.ord}|${p.b.ord}`);
      const late = (side: 'a' | 'b') => (conflict?.later === side ? ' late' : '');
      return `<tr${conflict ? ' class="conflict"' : ''}><td>${taskCell(p.a)}</td><td class="due${late('a')}">${or(p.a.deadline?.text)}</td>
<td class="score">${p.score.toFixed(2)}</td><td>${taskCell(p.b)}${conflict ? `<span class="conflict-note">⚠ ${escapeHtml(conflict.message)}</span>` : ''}</td><td class="due${late('b')}">${or(p.b.deadline?.text)}</td></tr>`;
    })
    .join('\n');

  const unmatched = (list: TaskInfo[]) =>
    list.length
      ? `<table><tbody>${list.map((t) => `<tr><td>${taskCell(t)}</td><td class="due">${or(t.deadline?.text)}</td></tr>`).join('')}</tbody></table>`
      : '<p class="none">—</p>';

  const refs = (list: Array<{ number: string; type: string | null; date: string | null; issuer: string | null }>) =>
    list.length
      ? `<ul>${list.map((r) => `<li>${escapeHtml([r.type, r.number].filter(Boolean).join(' '))}${r.date ? ` · ${escapeHtml(r.date)}` : ''}${r.issuer ? ` · ${escapeHtml(r.issuer)}` : ''}</li>`).join('')}</ul>`
      : '<p class="none">—</p>';

  const units = (list: Array<{ unit: string; tasks: number }>) =>
    list.length ? list.map((u) => `${escapeHtml(u.unit)} <span class="tag">${u.tasks}</span>`).join('<br>') : '<span class="none">—</span>';

  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>So sánh ${escapeHtml(c.a.number ?? c.a.id.slice(0, 12))} – ${escapeHtml(c.b.number ?? c.b.id.slice(0, 12))}</title>
<style>${CSS}</style></head>
<body>
<header><h1>So sánh kế hoạch</h1>
<div class="plans">${planCard(c.a, 'a')}${planCard(c.b, 'b')}</div>
<p class="facts">${facts.map(escapeHtml).join(' ')}</p></header>
<main>
<h2>Phong trào, chủ đề</h2>
<div class="cols3"><div><h3>Cả hai (${c.movements.both.length})</h3>${both}</div>
<div><h3>Chỉ A (${c.movements.onlyA.length})</h3>${movementList(c.movements.onlyA)}</div>
<div><h3>Chỉ B (${c.movements.onlyB.length})</h3>${movementList(c.movements.onlyB)}</div></div>

<h2>Nhiệm vụ tương ứng (${c.tasks.pairs.length})</h2>
${
  c.tasks.pairs.length
    ? `<table><thead><tr><th>Nhiệm vụ A</th><th>Hạn A</th><th>Điểm</th><th>Nhiệm vụ B</th><th>Hạn B</th></tr></thead><tbody>
${rows}
</tbody></table>`
    : '<p class="none">Không có nhiệm vụ tương ứng.</p>'
}
<h2>Nhiệm vụ không tương ứng</h2>
<div class="cols2"><div><h3>Chỉ A (${c.tasks.onlyA.length})</h3>${unmatched(c.tasks.onlyA)}</div>
<div><h3>Chỉ B (${c.tasks.onlyB.length})</h3>${unmatched(c.tasks.onlyB)}</div></div>

<h2>Văn bản dẫn chiếu</h2>
<div class="cols3"><div><h3>Cả hai (${c.references.both.length})</h3>${refs(c.references.both)}</div>
<div><h3>Chỉ A (${c.references.onlyA.length})</h3>${refs(c.references.onlyA)}</div>
<div><h3>Chỉ B (${c.references.onlyB.length})</h3>${refs(c.references.onlyB)}</div></div>

<h2>Đơn vị chủ trì theo loại nhiệm vụ</h2>
<table><thead><tr><th>Loại</th><th>A</th><th>B</th></tr></thead><tbody>
${c.responsibilities.map((r) => `<tr><td>${escapeHtml(r.label)}</td><td>${units(r.a)}</td><td>${units(r.b)}</td></tr>`).join('\n')}
</tbody></table>
</main></body></html>
`;
}
