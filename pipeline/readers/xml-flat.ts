// Word XML measured and read without recursion. mammoth walks the document recursively, so a
// document nested thousands of levels deep (tables in tables, or a crafted file) would end in
// "Maximum call stack size exceeded": such a document is read flat instead, paragraph by
// paragraph, with a diagnostic.

/** Elements deeper than this are not given to mammoth (Word itself nests tables ~60 deep). */
export const DOCX_MAX_DEPTH = 256;

/** True when some element of `xml` lies deeper than `limit`; stops at the first one. */
export function nestsDeeperThan(xml: string, limit: number): boolean {
  let depth = 0;
  const tags = /<(\/?)[A-Za-z_][^>]*?(\/?)>/g;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    if (m[1]) depth--;
    else if (!m[2]) {
      depth++;
      if (depth > limit) return true;
    }
  }
  return false;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g, (whole, name, dec, hex) => {
    if (name) return ENTITIES[name]!;
    const code = dec ? Number(dec) : Number.parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The text of a WordprocessingML body: one line per paragraph, tabs and breaks kept. */
export function flatWordText(xml: string): string {
  const lines: string[] = [];
  let line = '';
  const parts = /<w:p[\s>/]|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:cr\/>/g;
  for (let m = parts.exec(xml); m; m = parts.exec(xml)) {
    const token = m[0];
    if (token.startsWith('<w:p')) {
      if (line.trim()) lines.push(line.trim());
      line = '';
    } else if (token === '<w:tab/>') line += '\t';
    else if (token === '<w:br/>' || token === '<w:cr/>') line += '\n';
    else line += decodeEntities(m[1] ?? '');
  }
  if (line.trim()) lines.push(line.trim());
  return lines.join('\n');
}
