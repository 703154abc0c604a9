// Page markers that PDF-to-markdown converters write between pages: "## Trang 8", "## PDF page
// 3", "<!-- pdf_page: 3 -->", "--- Trang 2 ---", each usually followed by the page's own printed
// number on a line of its own. They are no line of the document: left in, they stand as a
// heading between the two halves of a sentence or a list item cut by the page break, so the item
// ends at the marker and the rest of the page reads as a stray paragraph. The marker goes, and so
// does the printed number right after it when it is the marker's own; the lines around are left
// for the rejoining of wrapped lines (lines.ts), which joins a sentence over the blank lines left.

const MARKER = [
  /^#{1,6}[ \t]*(?:trang|page|pdf page)[ \t]+(\d{1,4})[ \t]*$/iu,
  /^<!--[ \t]*(?:pdf[_ ]?)?page[ \t]*[:=_-]?[ \t]*(\d{1,4})[ \t]*-->$/iu,
  /^[-=]{2,}[ \t]*(?:trang|page)[ \t]+(\d{1,4})[ \t]*[-=]{2,}$/iu,
];

/** The page number a marker line names, or null when the line is no marker. */
function markerPage(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > 40) return null;
  for (const re of MARKER) {
    const m = re.exec(trimmed);
    if (m) return m[1]!;
  }
  return null;
}

/** The text without converters' page markers (and the page number printed right after one). Linear in the text. */
export function removeConverterPageMarkers(text: string): string {
  if (!/page|trang/i.test(text)) return text;
  const lines = text.split('\n');
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const page = markerPage(lines[i]!);
    if (page === null) continue;
    drop.add(i);
    // The page's own number, printed at the top of the page below the marker (blank lines between).
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim()) j++;
    if (j < lines.length && lines[j]!.trim() === page) drop.add(j);
  }
  if (!drop.size) return text;
  return lines.filter((_, i) => !drop.has(i)).join('\n');
}
