// `kehoach compare` for the terminal: readable Markdown (tables render in any viewer, and read
// fine as plain text).
import type { Comparison, TaskInfo } from './compare-schema.js';

const cell = (text: string | null | undefined, max = 110) => {
  const flat = (text ?? '—').replace(/\s+/g, ' ').trim() || '—';
  return (flat.length > max ? `${flat.slice(0, max - 1)}…` : flat).replace(/\|/g, '\\|');
};

const due = (t: TaskInfo) => t.deadline?.text ?? '—';

const LEVEL = { central: 'trung ương', province: 'tỉnh', city: 'thành phố', district: 'quận/huyện', town: 'thị xã', ward: 'phường', commune: 'xã' } as const;

export function renderCompareMarkdown(c: Comparison): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line(`# So sánh kế hoạch`);
  line();
  line('| | A | B |');
  line('|---|---|---|');
  line(`| Số | ${cell(c.a.number)} | ${cell(c.b.number)} |`);
  line(`| Cơ quan ban hành | ${cell(c.a.issuer)} | ${cell(c.b.issuer)} |`);
  line(`| Cấp | ${c.a.level ? LEVEL[c.a.level] : '—'} | ${c.b.level ? LEVEL[c.b.level] : '—'} |`);
  line(`| Ngày | ${cell(c.a.date)} | ${cell(c.b.date)} |`);
  line(`| Trích yếu | ${cell(c.a.title, 160)} | ${cell(c.b.title, 160)} |`);
  line(`| Phong trào / nhiệm vụ | ${c.a.movements} / ${c.a.tasks} | ${c.b.movements} / ${c.b.tasks} |`);
  line(`| Mã | ${c.a.id.slice(0, 12)} | ${c.b.id.slice(0, 12)} |`);
  line();
  const rel = c.relation;
  const facts = [
    rel.implements ? `${rel.implements.toUpperCase()} thực hiện ${rel.implements === 'a' ? 'B' : 'A'}.` : null,
    rel.lower ? `${rel.lower.toUpperCase()} là cấp dưới.` : rel.sameLevel ? 'Cùng cấp.' : null,
    rel.yearShift ? `B sau A ${rel.yearShift} năm${rel.lower === null ? ' (hạn chót so sánh sau khi dời theo năm)' : ''}.` : null,
  ].filter(Boolean);
  if (facts.length) line(`${facts.join(' ')}\n`);

  line(`## Phong trào, chủ đề`);
  line();
  line(`**Cả hai (${c.movements.both.length})**`);
  for (const m of c.movements.both) {
    const same = m.a.name === m.b.name;
    line(`- ${m.a.name}${same ? '' : ` ↔ ${m.b.name}`} _(${m.a.kind}${m.method === 'fuzzy' ? `, giống ${m.similarity.toFixed(2)}` : ''})_`);
  }
  line();
  line(`**Chỉ A (${c.movements.onlyA.length})**`);
  for (const m of c.movements.onlyA) line(`- ${m.name} _(${m.kind})_`);
  line();
  line(`**Chỉ B (${c.movements.onlyB.length})**`);
  for (const m of c.movements.onlyB) line(`- ${m.name} _(${m.kind})_`);
  line();

  line(`## Nhiệm vụ tương ứng (${c.tasks.pairs.length} cặp, ngưỡng ${c.tasks.threshold})`);
  line();
  if (c.tasks.pairs.length) {
    line('| A | Nhiệm vụ A | Hạn A | B | Nhiệm vụ B | Hạn B | Điểm |');
    line('|---|---|---|---|---|---|---|');
    for (const p of c.tasks.pairs) {
      line(`| ${cell(p.a.index, 6)} | ${cell(p.a.content)} | ${cell(due(p.a), 30)} | ${cell(p.b.index, 6)} | ${cell(p.b.content)} | ${cell(due(p.b), 30)} | ${p.score.toFixed(2)} |`);
    }
    line();
  }
  for (const [label, list] of [['Chỉ A', c.tasks.onlyA], ['Chỉ B', c.tasks.onlyB]] as const) {
    line(`**${label} (${list.length})**`);
    for (const t of list) line(`- ${t.index ? `${t.index}. ` : ''}${cell(t.content, 160)}${t.deadline ? ` — _${cell(t.deadline.text, 40)}_` : ''}`);
    line();
  }

  line(`## Hạn chót lệch (${c.deadlineConflicts.length})`);
  line();
  for (const d of c.deadlineConflicts) line(`- ${d.kind === 'lower-after-upper' ? '⚠ ' : ''}${d.message}`);
  if (!c.deadlineConflicts.length) line('—');
  line();

  line(`## Văn bản cùng dẫn chiếu (${c.references.both.length})`);
  line();
  for (const r of c.references.both) line(`- ${r.type ?? ''} ${r.number}${r.date ? ` ngày ${r.date}` : ''}${r.issuer ? ` của ${r.issuer}` : ''}`.replace(/- +/, '- '));
  if (!c.references.both.length) line('—');
  line();
  line(`Chỉ A dẫn chiếu: ${c.references.onlyA.map((r) => r.number).join(', ') || '—'}  `);
  line(`Chỉ B dẫn chiếu: ${c.references.onlyB.map((r) => r.number).join(', ') || '—'}`);
  line();

  line(`## Đơn vị chủ trì theo loại nhiệm vụ`);
  line();
  line('| Loại | A | B |');
  line('|---|---|---|');
  const units = (list: Array<{ unit: string; tasks: number }>) =>
    cell(list.slice(0, 6).map((u) => `${u.unit} (${u.tasks})`).join('; ') + (list.length > 6 ? `; +${list.length - 6}` : ''), 220);
  for (const r of c.responsibilities) line(`| ${r.label} | ${units(r.a)} | ${units(r.b)} |`);
  return `${out.join('\n')}\n`;
}
