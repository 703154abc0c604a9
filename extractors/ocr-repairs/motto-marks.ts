// A motto whose marks an engine read on some words and lost on others ("CONG HÒA XÃ HỘI CHỦ NGHĨA
// VIET NAM", "Độc lập - Tự do - Hanh phúc"): the text is OCR even where too few words were garbled
// for the normaliser to call it so (an engine with Vietnamese, as Tesseract's vie). Typed text
// prints the motto with every mark, or (stripped) with none; a typist's one slip is not enough: at
// least two of its marked words must have lost theirs while at least two kept them.
import { foldVietnamese } from '../../normalizers/fold.js';

/** The motto's words that carry marks, as printed (case aside). */
const MARKED_WORDS = ['cộng', 'hòa', 'xã', 'hội', 'chủ', 'nghĩa', 'việt', 'độc', 'lập', 'tự', 'hạnh', 'phúc'];
/** "hoà" is the older spelling of the same word. */
const SPELLINGS = new Map<string, string[]>([['hòa', ['hòa', 'hoà']]]);

/** How far into the text the motto can stand: the header's first lines. */
const MOTTO_REACH = 1500;
const MIN_LOST = 2;
const MIN_KEPT = 2;

// NGHĨA's letters after "ngh" are not asked for: an engine reads its mark onto the A ("NGHIÃ").
const MOTTO = /c\S*ng\s+h\S*a\s+x\S*\s+h\S*i\s+ch\S*\s+ngh\S*\s+vi\S*t\s+nam|\S*c\s+l\S*p\s*[-–—]\s*t\S*\s+do\s*[-–—]\s*h\S*nh\s+ph\S*c/giu;

/** True when the motto of the header shows an engine's hand: marks lost on some of its words and read on others. */
export function mottoShowsEngine(text: string): boolean {
  const head = text.slice(0, MOTTO_REACH).normalize('NFC');
  // Only lines that mix both count: a typist may type one line bare and the other marked, or a PDF
  // set them in two fonts; an engine mixes them within a line.
  let lost = 0;
  let kept = 0;
  for (const m of head.matchAll(MOTTO)) {
    let lineLost = 0;
    let lineKept = 0;
    for (const word of m[0].toLocaleLowerCase('vi').split(/[\s\-–—]+/).filter(Boolean)) {
      const bare = foldVietnamese(word);
      const expected = MARKED_WORDS.find((w) => foldVietnamese(w) === bare);
      if (!expected) continue;
      if ((SPELLINGS.get(expected) ?? [expected]).includes(word)) lineKept++;
      else if (word === bare) lineLost++;
    }
    if (lineLost && lineKept) {
      lost += lineLost;
      kept += lineKept;
    }
  }
  return lost >= MIN_LOST && kept >= MIN_KEPT;
}
