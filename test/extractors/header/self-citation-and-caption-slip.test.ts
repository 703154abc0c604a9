// A header whose serial was not read takes its number from a citation of itself — same type,
// symbol, issuer and day — such as its own annex caption garbled by OCR (heldout-fresh13 m01);
// and an annex caption naming the document's own number with its year misprinted one off is no
// citation (m06). Citations of another day, body or number stay citations.
import { describe, expect, it } from 'vitest';
import { withNumberFromSelfCitation } from '../../../extractors/header/self-citation.js';
import { captionYearSlip } from '../../../extractors/references/caption-year-slip.js';
import { extractReferences } from '../../../extractors/references/references.js';
import { extractPlan } from '../../../extractors/index.js';
import type { DocumentInfo, Reference } from '../../../output/schema.js';
import { testContext } from '../context.js';

const TEAM_PLAN = {
  type: 'Kế hoạch', typeCode: 'KH', number: null, serial: null, symbol: 'KH-ĐKT',
  issuer: { name: 'Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT', level: 'province', locality: 'Lào Cai', parent: 'Sở Công Thương' },
  place: 'Lào Cai', date: '2026-03-10', title: null,
} as DocumentInfo;

/** Where the document's own closing (signature, "Nơi nhận") begins: citations past it are in its annex. */
const CLOSING = 5000;
const ref = (over: Partial<Reference>): Reference =>
  ({ type: 'Kế hoạch', typeCode: 'KH', number: '1105/KH-ĐKT', date: '2026-03-10', issuer: 'Đoàn kiểm tra', relation: 'mentions', span: { start: 6000, end: 6040 }, ...over }) as Reference;
const basis = ref({ type: 'Quyết định', typeCode: 'QĐ', number: '1050/QĐ-SCT', date: '2026-03-06', issuer: 'Giám đốc Sở', relation: 'implements' });

describe('the number of a header whose serial was not read', () => {
  it('is taken from a citation of the document itself, which is then no reference', () => {
    const out = withNumberFromSelfCitation(TEAM_PLAN, [basis, ref({})], CLOSING);
    expect([out.document.number, out.document.serial]).toEqual(['1105/KH-ĐKT', '1105']);
    expect(out.references).toEqual([basis]);
  });

  it.each([
    ['another day', ref({ date: '2026-03-09' })],
    ['another body', ref({ issuer: 'Sở Công Thương' })],
    ['another type', ref({ type: 'Quyết định' })],
    ['another symbol', ref({ number: '1105/KH-SCT' })],
    ['no issuer', ref({ issuer: null })],
  ])('is not taken from a citation of %s', (_how, r) => {
    const out = withNumberFromSelfCitation(TEAM_PLAN, [r], CLOSING);
    expect(out.document.number).toBeNull();
    expect(out.references).toEqual([r]);
  });

  it('is not taken when the document is dated to the month only, or already numbered', () => {
    expect(withNumberFromSelfCitation({ ...TEAM_PLAN, date: '2026-03' }, [ref({ date: '2026-03' })], CLOSING).document.number).toBeNull();
    const numbered = { ...TEAM_PLAN, number: '1104/KH-ĐKT', serial: '1104' };
    expect(withNumberFromSelfCitation(numbered, [ref({})], CLOSING).document.number).toBe('1104/KH-ĐKT');
  });

  it('is not taken from a citation in the body, before the closing (a same-day decision of the same body)', () => {
    const inBody = ref({ span: { start: 300, end: 340 } });
    const out = withNumberFromSelfCitation(TEAM_PLAN, [inBody], CLOSING);
    expect(out.document.number).toBeNull();
    expect(out.references).toEqual([inBody]);
    expect(withNumberFromSelfCitation(TEAM_PLAN, [ref({})], null).document.number).toBeNull();
  });

  it('is not taken when two citations of itself disagree', () => {
    const out = withNumberFromSelfCitation(TEAM_PLAN, [ref({}), ref({ number: '1106/KH-ĐKT' })], CLOSING);
    expect(out.document.number).toBeNull();
    expect(out.references).toHaveLength(2);
  });
});

describe('a caption year slip', () => {
  it.each([
    ['2025-03-06', '2026-03', true],
    ['2025-03-06', '2026-03-06', true],
    ['2027-03-06', '2026-03-06', true],
    ['2025-03-06', '2026-03-07', false],
    ['2025-04-06', '2026-03', false],
    ['2024-03-06', '2026-03', false],
    ['2026-03-06', '2026-03', false],
    [null, '2026-03', false],
  ])('%s against %s: %s', (cited, own, slip) => {
    expect(captionYearSlip(cited, own)).toBe(slip);
  });
});

const DECISION = {
  type: 'Quyết định', typeCode: 'QĐ', number: '1050/QĐ-SCT', serial: '1050', symbol: 'QĐ-SCT',
  issuer: { name: 'Sở Công Thương tỉnh Lào Cai', level: 'province', locality: 'Lào Cai', parent: null },
  place: 'Lào Cai', date: '2026-03', title: null,
} as DocumentInfo;
const cited = (text: string) => extractReferences(text, testContext(), DECISION, undefined, undefined, true).map((r) => r.number);
const law = 'Căn cứ Nghị định số 217/2025/NĐ-CP ngày 05/8/2025 của Chính phủ;\n';

describe('an annex caption of the document’s own number', () => {
  it('with its year misprinted, even behind a garbled type word, is no citation', () => {
    expect(cited(`${law}Phụ lục: DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA\n"(Kèm theo Quuết định số: 1050/QĐ-SCT ngày06 /3/2025 của Sở Công Thương)\n`)).toEqual(['217/2025/NĐ-CP']);
  });

  it.each([
    ['another number', '(Kèm theo Quyết định số 1049/QĐ-SCT ngày 06/3/2025 của Sở Công Thương)'],
    ['another month', '(Kèm theo Quyết định số 1050/QĐ-SCT ngày 06/4/2025 của Sở Công Thương)'],
    ['the same number cited in the body', 'Bãi bỏ Quyết định số 1050/QĐ-SCT ngày 06/3/2025 của Sở Công Thương.'],
  ])('%s stays a citation', (_how, line) => {
    expect(cited(`${law}${line}\n`)).toHaveLength(2);
  });

  it('in typed text, words before the number are no garbled type word: the citation stays', () => {
    const undated = { ...DECISION, number: null, serial: null, date: null } as DocumentInfo;
    const garbled = `${law}(Kèm theo Quuết định số: 1050/QĐ-SCT)\n`;
    expect(extractReferences(garbled, testContext(), undated, undefined, undefined, false).map((r) => r.number)).toContain('1050/QĐ-SCT');
  });
});

describe('a typed decision with a blank serial', () => {
  it('keeps its basis of the same day and body as a reference, not as its own number', () => {
    const text = [
      'ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'Số: /QĐ-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Lào Cai, ngày 10 tháng 3 năm 2026', '', 'QUYẾT ĐỊNH', 'Ban hành Quy chế hoạt động của Ban Chỉ đạo', '',
      'ỦY BAN NHÂN DÂN TỈNH LÀO CAI', '',
      'Căn cứ Quyết định số 345/QĐ-UBND ngày 10/3/2026 của UBND tỉnh Lào Cai về việc thành lập Ban Chỉ đạo;', '',
      'QUYẾT ĐỊNH:', 'Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo.',
      'Điều 2. Quyết định có hiệu lực kể từ ngày ký./.', '',
      'Nơi nhận:', '- Như Điều 2;', '- Lưu: VT.', '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Nguyễn Văn An',
    ].join('\n');
    const plan = extractPlan(text, testContext(), [], { ocr: false, typed: true });
    expect(plan.document?.number).toBeNull();
    expect((plan.references ?? []).map((r) => r.number)).toContain('345/QĐ-UBND');
  });
});
