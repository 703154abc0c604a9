// Emulation blocks and clusters (khối thi đua, cụm thi đua) with the people named to lead
// them: "- Khối thi đua các phòng chuyên môn:" followed by "+ Trưởng khối: Ông …" and
// "+ Phó trưởng khối: Bà …" (or "Cụm trưởng" / "Cụm phó"), also on one line.
import type { EmulationBlock } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';

const BLOCK_LINE = /^[-+•–]?\s*((?:khoi|cum) thi dua\b[^:\n]{0,120}):(.*)$/;
const LEADER = /(?:^|[+;\-]\s*)(truong khoi|cum truong|truong cum)\s*:\s*([^;\n]+)/;
const DEPUTY = /(?:^|[+;\-]\s*)(pho truong khoi|cum pho|pho cum truong|pho truong cum)\s*:\s*([^;\n]+)/;

export function extractBlocks(text: string, foldedText = foldVietnamese(text)): EmulationBlock[] {
  const lines = text.split('\n');
  const folded = foldedText.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const blocks: EmulationBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const trimmedStart = lines[i]!.length - lines[i]!.trimStart().length;
    const m = BLOCK_LINE.exec(folded[i]!.trim());
    if (!m) continue;
    const line = lines[i]!.trim();
    const nameStart = line.length - line.replace(/^[-+•–]?\s*/, '').length;
    const name = line.slice(nameStart, nameStart + m[1]!.length).trim();
    // The leaders are on the same line or on the "+" lines right after it.
    const scope: Array<{ text: string; folded: string }> = [{ text: line.slice(nameStart + m[1]!.length + 1), folded: m[2]! }];
    for (let j = i + 1; j < lines.length && j <= i + 6; j++) {
      const t = lines[j]!.trim();
      if (!t) continue;
      if (!/^\+/.test(t)) break;
      scope.push({ text: t, folded: folded[j]!.trim() });
    }
    const leader = person(scope, LEADER);
    const deputy = person(scope, DEPUTY);
    const start = starts[i]! + trimmedStart + nameStart;
    blocks.push({ name, leader, deputy, span: { start, end: start + name.length } });
  }
  return blocks;
}

function person(scope: ReadonlyArray<{ text: string; folded: string }>, re: RegExp): string | null {
  for (const { text, folded } of scope) {
    const m = re.exec(folded);
    if (!m) continue;
    const at = m.index + m[0].length - m[2]!.length;
    const value = text.slice(at, at + m[2]!.length).replace(/[\s.;,]+$/, '').trim();
    // "Trưởng khối; Phó trưởng khối thi đua do Thủ trưởng cơ quan quyết định" names nobody.
    return value || null;
  }
  return null;
}
