// The plan page's task table: a row read from an appendix filed alone is marked as such and not
// linked into the text shown (its span is in the appendix's text); the plan's own rows are.
import { describe, expect, it } from 'vitest';
import { withAppendixTasks } from '../../corpus/plans/appendix-tasks.js';
import { renderTasks } from '../../pipeline/serve/pages/plan-tasks.js';
import { buildPlan } from '../corpus/records.js';

const spec = { number: '12/KH-UBND', typeCode: 'KH', issuer: 'UBND phường Tân Định', level: 'ward' as const, date: '2024-03-01', title: 'Kế hoạch' };

describe('renderTasks', () => {
  it('marks appendix rows and links only the own rows to their place in the text', () => {
    const own = buildPlan({ ...spec, name: 'own', tasks: [{ content: 'Tổ chức hội nghị', index: '1' }] });
    const appendix = buildPlan({ ...spec, name: 'p1', tasks: [{ content: 'Rà soát hồ sơ', index: '1' }] });
    const html = renderTasks(withAppendixTasks(own, [{ id: appendix.id, record: appendix }])).value;
    const rows = html.split(/<tr class="task[ "]/).slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Tổ chức hội nghị');
    expect(rows[0]).not.toContain('phụ lục');
    expect(rows[1]).toContain('Rà soát hồ sơ');
    expect(rows[1]).toContain(`phụ lục · appendix ${appendix.id.slice(0, 8)}`);
    expect(rows[1]).not.toContain('class="value spanned"');
    expect(rows[0]).toContain('class="value spanned"');
  });
});
