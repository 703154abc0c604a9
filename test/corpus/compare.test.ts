// Comparing two plans: movement and task alignment, deadline conflicts, shared references,
// responsibilities; the JSON contract (zod ↔ committed JSON Schema) and the renderers.
// The first block uses hand-built records (independent of the extractors); the last runs the
// real pipeline on the seeds.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareRecords } from '../../corpus/compare.js';
import { taskKind } from '../../corpus/compare/kinds.js';
import { foldKey } from '../../corpus/compare/similarity.js';
import { renderCompareHtml } from '../../output/compare-html.js';
import { renderCompareMarkdown } from '../../output/compare-markdown.js';
import { Comparison, compareJsonSchema } from '../../output/compare-schema.js';
import type { PlanRecord } from '../../output/schema.js';
import { processFile } from '../../pipeline/run.js';
import { buildPlan } from './records.js';

const repoRoot = resolve(import.meta.dirname, '../..');

const district = buildPlan({
  name: 'district-hoang-mai-2024',
  number: '05/KH-HĐTĐKT',
  date: '2024-01-19',
  issuer: 'Hội đồng Thi đua - Khen thưởng quận Hoàng Mai',
  level: 'district',
  locality: 'Hoàng Mai',
  title: 'Công tác thi đua, khen thưởng năm 2024',
  references: [
    { number: '02/KH-HĐTĐKT', date: '2024-01-08', issuer: 'Hội đồng Thi đua - Khen thưởng thành phố Hà Nội' },
    { number: '34-CT/TW', date: '2014-04-07', issuer: 'Bộ Chính trị', relation: 'basis' },
  ],
  movements: [
    { name: 'Người tốt, việc tốt' },
    { name: 'Doanh nghiệp Thủ đô hội nhập và phát triển' },
    { name: 'Sáng kiến, sáng tạo Hà Nội' },
    { name: 'Văn hóa công vụ' },
  ],
  tasks: [
    { content: 'Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024', lead: ['Phòng Nội vụ'], due: '2024-12', dueText: 'Tháng 12/2024' },
    { content: 'Kiểm tra công tác thi đua, khen thưởng tại các phường', lead: ['Phòng Nội vụ'], due: '2024-10-31', dueText: 'Trước 31/10/2024' },
    { content: 'Hướng dẫn hồ sơ đề nghị xét tặng danh hiệu Chiến sĩ thi đua cơ sở', lead: ['Phòng Nội vụ'], due: '2024-11', dueText: 'Tháng 11/2024' },
    { content: 'Tuyên truyền gương điển hình tiên tiến trên Cổng thông tin điện tử quận', lead: ['Phòng Văn hóa và Thông tin'], due: null, dueText: 'Thường xuyên' },
  ],
});

const ward = buildPlan({
  name: 'ward-tuong-mai-2024',
  number: '12/KH-UBND',
  date: '2024-01-29',
  issuer: 'Ủy ban nhân dân phường Tương Mai',
  level: 'ward',
  locality: 'Tương Mai',
  title: 'Công tác thi đua, khen thưởng năm 2024 của phường Tương Mai',
  references: [
    { number: '05/KH-HĐTĐKT', date: '2024-01-19', issuer: 'Hội đồng Thi đua - Khen thưởng quận Hoàng Mai' },
    { number: '34-CT/TW', date: '2014-04-07', issuer: 'Bộ Chính trị', relation: 'basis' },
  ],
  movements: [
    { name: 'NGƯỜI TỐT, VIỆC TỐT' },
    { name: 'Doanh nghiệp Việt Nam hội nhập, phát triển' },
    { name: 'Văn hoá công sở' },
    { name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa' },
  ],
  tasks: [
    { content: 'Tổ chức Hội nghị tổng kết công tác thi đua khen thưởng năm 2024 của phường', lead: ['Văn phòng UBND phường'], due: '2025-01', dueText: 'Tháng 01/2025' },
    { content: 'Kiểm tra công tác thi đua, khen thưởng tại các tổ dân phố', lead: ['Văn phòng UBND phường'], due: '2024-09-30', dueText: 'Trước 30/9/2024' },
    { content: 'Vệ sinh môi trường khu dân cư hằng tháng', lead: ['Các tổ dân phố'], due: '2024-12', dueText: 'Hằng tháng' },
  ],
});

describe('compareRecords on hand-built plans (ward implementing its district)', () => {
  const c = compareRecords(ward, district);

  it('knows the levels, the implementation and the year', () => {
    expect(c.relation).toEqual({ lower: 'a', sameLevel: false, implements: 'a', yearShift: 0 });
  });

  it('matches movements by key across case and by similarity across wording, not short near-names', () => {
    const both = c.movements.both.map((m) => [m.a.name, m.b.name, m.method]);
    expect(both).toContainEqual(['NGƯỜI TỐT, VIỆC TỐT', 'Người tốt, việc tốt', 'key']);
    expect(both).toContainEqual(['Doanh nghiệp Việt Nam hội nhập, phát triển', 'Doanh nghiệp Thủ đô hội nhập và phát triển', 'fuzzy']);
    // công vụ and công sở are two movements, whatever the string distance says.
    expect(c.movements.onlyA.map((m) => m.name)).toEqual(['Văn hoá công sở', 'Toàn dân đoàn kết xây dựng đời sống văn hóa']);
    expect(c.movements.onlyB.map((m) => m.name)).toEqual(['Sáng kiến, sáng tạo Hà Nội', 'Văn hóa công vụ']);
  });

  it('aligns tasks one to one and leaves the unrelated ones unmatched', () => {
    const pairs = c.tasks.pairs.map((p) => [p.a.ord, p.b.ord]);
    expect(pairs).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(c.tasks.onlyA.map((t) => t.ord)).toEqual([2]);
    expect(c.tasks.onlyB.map((t) => t.ord)).toEqual([2, 3]);
    for (const p of c.tasks.pairs) expect(p.score).toBeGreaterThanOrEqual(c.tasks.threshold);
  });

  it('reports the ward task due after the district task it follows, and only that one', () => {
    expect(c.deadlineConflicts).toHaveLength(1);
    const [conflict] = c.deadlineConflicts;
    expect(conflict).toMatchObject({ a: 0, b: 0, aDue: '2025-01', bDue: '2024-12', later: 'a', kind: 'lower-after-upper', shifted: false });
    expect(conflict!.days).toBe(31);
  });

  it('lists the references both cite by canonical number', () => {
    expect(c.references.both.map((r) => r.number)).toEqual(['34-CT/TW']);
    expect(c.references.onlyA.map((r) => r.number)).toEqual(['05/KH-HĐTĐKT']);
    expect(c.references.onlyB.map((r) => r.number)).toEqual(['02/KH-HĐTĐKT']);
  });

  it('groups lead units by kind of task on each side', () => {
    const inspection = c.responsibilities.find((r) => r.kind === 'inspection');
    expect(inspection?.a).toEqual([{ unit: 'Văn phòng UBND phường', tasks: 1 }]);
    expect(inspection?.b).toEqual([{ unit: 'Phòng Nội vụ', tasks: 1 }]);
    const communication = c.responsibilities.find((r) => r.kind === 'communication');
    expect(communication?.a).toEqual([]);
    expect(communication?.b).toEqual([{ unit: 'Phòng Văn hóa và Thông tin', tasks: 1 }]);
  });

  it('follows the published schema', () => {
    expect(Comparison.safeParse(c).success).toBe(true);
  });
});

describe('same-level plans of different years', () => {
  const year = (y: number, due: string) =>
    buildPlan({
      name: `long-bien-${y}`,
      number: '03/KH-HĐTĐKT',
      date: `${y}-01-15`,
      issuer: 'Hội đồng Thi đua - Khen thưởng quận Long Biên',
      level: 'district',
      locality: 'Long Biên',
      tasks: [{ content: 'Tổ chức tổng kết phong trào thi đua và đề nghị khen thưởng năm', lead: ['Phòng Nội vụ'], due, dueText: due }],
    });

  it('compares deadlines on one calendar and says which side is later', () => {
    const c = compareRecords(year(2021, '2021-11'), year(2023, '2023-12'));
    expect(c.relation).toMatchObject({ lower: null, sameLevel: true, yearShift: 2 });
    expect(c.deadlineConflicts).toEqual([
      expect.objectContaining({ later: 'b', kind: 'later', shifted: true, days: 31 }),
    ]);
  });

  it('finds no conflict when the dates agree once shifted', () => {
    const c = compareRecords(year(2021, '2021-11'), year(2023, '2023-11'));
    expect(c.tasks.pairs).toHaveLength(1);
    expect(c.deadlineConflicts).toEqual([]);
  });
});

describe('task kinds', () => {
  it.each([
    ['Tổ chức kiểm tra công tác thi đua, khen thưởng', 'inspection'],
    ['Tổng kết công tác thi đua, khen thưởng năm 2024', 'review'],
    ['Hướng dẫn hồ sơ xét tặng danh hiệu', 'guidance'],
    ['Tuyên truyền gương người tốt việc tốt', 'communication'],
    ['Đăng ký đề tài, sáng kiến kinh nghiệm', 'initiative'],
    ['Phát động phong trào thi đua năm 2024', 'launch'],
    ['Xét khen thưởng các tập thể, cá nhân', 'commendation'],
    ['Vệ sinh môi trường khu dân cư', 'other'],
  ])('%s → %s', (content, kind) => {
    expect(taskKind(content)).toBe(kind);
  });
});

describe('output/compare.schema.json', () => {
  it('is the JSON Schema of the zod Comparison (regenerate it when the schema changes)', () => {
    const committed = JSON.parse(readFileSync(resolve(repoRoot, 'output/compare.schema.json'), 'utf8'));
    expect(committed).toEqual(compareJsonSchema());
  });
});

describe('renderers', () => {
  const c = compareRecords(ward, district);

  it('Markdown names both plans, the shared movements and the conflict', () => {
    const md = renderCompareMarkdown(c);
    expect(md).toContain('| Số | 12/KH-UBND | 05/KH-HĐTĐKT |');
    expect(md).toContain('NGƯỜI TỐT, VIỆC TỐT ↔ Người tốt, việc tốt');
    expect(md).toContain(c.deadlineConflicts[0]!.message);
  });

  it('HTML is one self-contained page with conflicts highlighted and document text escaped', () => {
    const hostile = buildPlan({ name: 'x', title: '<script>alert(1)</script>', tasks: [{ content: 'Tổ chức tổng kết <b>"thi đua"</b>' }] });
    const html = renderCompareHtml(compareRecords(hostile, district));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<link|src=|url\(/i);
    const page = renderCompareHtml(c);
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page.match(/<tr class="conflict">/g)).toHaveLength(c.deadlineConflicts.length);
  });
});

// --- the seeds, through the real pipeline --------------------------------------------------------

const seed = (prefix: string) => {
  const names = ['000_e33a46f756994b3d', '001_fed481ad4cf1acdd', '002_11193dad341833c5', '003_c48f5550e49a9653', '004_642cb17b6a89c38d'];
  return resolve(repoRoot, '../shared/seeds', `${names.find((n) => n.startsWith(prefix))}.txt`);
};

describe('the seeds compared (real pipeline)', () => {
  const records = new Map<string, PlanRecord>();
  beforeAll(async () => {
    for (const n of ['001', '002', '004']) {
      const result = await processFile(seed(n));
      if (result.record) records.set(n, result.record);
    }
  });
  const keys = (c: Comparison) => c.movements.both.map((m) => foldKey(m.a.key));

  it('001 vs 004: the same district two years apart', () => {
    const c = compareRecords(records.get('001')!, records.get('004')!);
    expect(Comparison.safeParse(c).success).toBe(true);
    expect(c.relation).toMatchObject({ sameLevel: true, yearShift: 2 });
    expect(c.a.locality).toBe(c.b.locality);
    // Every task is either paired or listed as one side's own, once.
    const a = records.get('001')!;
    const b = records.get('004')!;
    expect(c.tasks.pairs.length + c.tasks.onlyA.length).toBe(a.tasks.length);
    expect(c.tasks.pairs.length + c.tasks.onlyB.length).toBe(b.tasks.length);
    expect(new Set(c.tasks.pairs.map((p) => p.a.ord)).size).toBe(c.tasks.pairs.length);
  });

  it('001 vs 002: two districts implementing the city plans of 10/12/2020 share their movements', () => {
    const c = compareRecords(records.get('001')!, records.get('002')!);
    expect(Comparison.safeParse(c).success).toBe(true);
    expect(c.relation).toMatchObject({ sameLevel: true, yearShift: 0 });
    // Quoted in both texts (001 through OCR, its last word lost on one of them).
    expect(keys(c)).toEqual(expect.arrayContaining([foldKey('An toàn thực phẩm')]));
    const pairedB = c.movements.both.map((m) => foldKey(m.b.name));
    expect(pairedB).toEqual(
      expect.arrayContaining([
        foldKey('Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau'),
        foldKey('Cán bộ công chức, viên chức thi đua thực hiện văn hoá công sở và nơi công cộng'),
      ]),
    );
    // “Doanh nghiep Thu do hoi nhdp vdphat trien” (001) is “Doanh nghiệp Việt Nam Hội nhập, phát triển” (002).
    expect(c.movements.both.some((m) => foldKey(m.a.name).startsWith('doanh nghiep') && foldKey(m.b.name).startsWith('doanh nghiep'))).toBe(true);
    const cityPlans = (r: PlanRecord) => r.references.filter((x) => x.date === '2020-12-10').map((x) => x.number);
    expect(cityPlans(records.get('001')!)).toContain('03/KH-HĐTĐKT');
    expect(cityPlans(records.get('002')!)).toContain('02/KH-HĐTĐKT');
  });
});
