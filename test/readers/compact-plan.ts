// A short version of a plan text (header, opening, signature, the first rows of its task table),
// so OCR tests read one or two pages instead of a whole plan.
export function compactPlan(text: string, taskRows = 4): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const firstSection = lines.findIndex((l) => /^\s*I\.\s/.test(l));
  const opening = lines.slice(0, firstSection > 0 ? firstSection : 20);
  const sign = lines.findIndex((l) => /^\s*Nơi nhận/.test(l));
  const tableStart = lines.findIndex((l) => l.includes('\t') && /^\s*(TT|STT)\b/.test(l));
  const signature = sign >= 0 ? lines.slice(sign, tableStart > sign ? tableStart : sign + 14).filter((l) => !l.includes('\t')) : [];
  const table: string[] = [];
  if (tableStart >= 0) {
    let rows = 0;
    for (const l of lines.slice(tableStart)) {
      if (!l.includes('\t')) {
        if (l.trim()) break;
        continue;
      }
      if (/^\s*\d+\.?\t/.test(l) && ++rows > taskRows) break;
      table.push(l);
    }
  }
  return [...opening, '', ...signature, '', ...table].join('\n');
}
