// A coarse kind for each task, from keywords in its folded content, so that "who does the
// inspections" can be asked of a ward and of its district alike. Almost every task mentions
// "thi đua, khen thưởng" as its subject, so commendation is recognised by the act (đề nghị khen,
// xét khen, danh hiệu…) and the other kinds are tried first.
import type { TaskKind } from '../../output/compare-schema.js';
import { foldKey } from './similarity.js';

const RULES: ReadonlyArray<[TaskKind, RegExp]> = [
  ['inspection', /\b(kiem tra|giam sat|thanh tra)\b/],
  ['initiative', /\b(sang kien|sang tao|de tai|giai phap cong tac)\b/],
  ['review', /\b(tong ket|so ket|bao cao|danh gia ket qua|binh xet|cham diem)\b/],
  ['launch', /\b(phat dong|dang ky thi dua|giao uoc|ky ket|le ra quan)\b/],
  ['communication', /\b(tuyen truyen|thong tin|bao chi|truyen thong|gioi thieu|nhan rong|bieu duong)\b/],
  ['guidance', /\b(huong dan|ban hanh|xay dung ke hoach|ke hoach|quy che|quy dinh|tap huan|boi duong)\b/],
  ['commendation', /\b(khen|danh hieu|ho so|trao tang|huan chuong|bang khen|giay khen|chien si thi dua)\b/],
];

export const TASK_KIND_LABELS: Record<TaskKind, string> = {
  inspection: 'Kiểm tra, giám sát',
  initiative: 'Sáng kiến',
  review: 'Tổng kết, sơ kết, báo cáo',
  launch: 'Phát động, đăng ký thi đua',
  communication: 'Tuyên truyền, nhân rộng điển hình',
  guidance: 'Hướng dẫn, kế hoạch, tập huấn',
  commendation: 'Khen thưởng',
  other: 'Khác',
};

export const TASK_KIND_ORDER: readonly TaskKind[] = [...RULES.map(([kind]) => kind), 'other'];

export function taskKind(content: string): TaskKind {
  const folded = foldKey(content);
  for (const [kind, pattern] of RULES) if (pattern.test(folded)) return kind;
  return 'other';
}
