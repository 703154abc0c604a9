// Makes the "engine" part of garbled-lines.txt (run by hand, never by the tests):
//   node --import tsx test/gold/diacritics/make-garbled.ts > /tmp/engine.txt
// Lines of real documents (../shared/real-dev, which the language model never sees) are set as
// images the way a poor scan shows them (small, blurred, speckled) and read back by Tesseract
// with the engines that garble Vietnamese in the wild: English alone (drops and mangles marks:
// "Déc lap", "thudng", "cla"), and English + Vietnamese at low resolution (a line mixing marked
// and bare words: "của Uy ban nhân dân tinh Dak Lak nam"). The gold is the document's own line,
// which is certain. Needs ImageMagick (convert) and tesseract with eng and vie on the PATH.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const DOCS = resolve(here, '../../../../shared/real-dev/docs');
const FONT = resolve(here, '../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf');

/** Documents and how many lines of each; chosen across issuers and types (part 2 of the gold). */
const DEFAULT_PICKS: Array<[string, number]> = [
  ['02_KH_daklak_0124-KH-UBND.md', 24],
  ['06_KH_cantho_159-KH-UBND.md', 24],
  ['17_KH_nghean_987-KH-UBND.md', 24],
  ['20_KH_xa-luongminh_KH-MTTQ-BTT_tiepcongdan.txt', 22],
  ['28_CT_quangtri_06-CT-UBND.md', 22],
  ['33_CV_hanoi_5095-SGDDT-CTTTHSSV.md', 22],
  ['36_HD_central_37-HD-BTGDVTW.md', 22],
  ['47_KH_hanoi_308-KH-UBND.md', 24],
];
/** Other documents on the command line ("NAME:COUNT …") make another part, such as the held-out part 6. */
const PICKS: Array<[string, number]> = process.argv.length > 2
  ? process.argv.slice(2).map((a): [string, number] => [a.replace(/:\d+$/, ''), Number(/:(\d+)$/.exec(a)?.[1] ?? 12)])
  : DEFAULT_PICKS;

/** Engine settings, used in turn: [tesseract languages, scale %, blur sigma]. */
const ENGINES: Array<[string, number, number]> = [
  ['eng', 70, 0.5],
  ['eng+vie', 45, 0.6],
  ['eng', 55, 0.6],
  ['eng+vie', 50, 0.7],
];

/** Body lines worth reading: mostly letters, markup stripped, cut to at most ~90 characters at a space. */
function candidateLines(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  text.split('\n').forEach((raw, i) => {
    const clean = raw.replace(/\*\*|\*|_|\|/g, '').replace(/\s+/g, ' ').trim();
    if (clean.length < 25 || !/[À-ỹĐđ]/.test(clean)) return;
    if ((clean.match(/[A-Za-zÀ-ỹĐđ]/g) ?? []).length < 0.7 * clean.length) return;
    let rest = clean;
    while (rest.length > 90) {
      const cut = rest.lastIndexOf(' ', 90);
      if (cut < 30) break;
      out.push({ line: i + 1, text: rest.slice(0, cut) });
      rest = rest.slice(cut + 1);
    }
    if (rest.length >= 15) out.push({ line: i + 1, text: rest });
  });
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'garbled-'));
const image = join(work, 'line.png');
let n = 0;
const out: string[] = [];
for (const [file, count] of PICKS) {
  const lines = candidateLines(readFileSync(join(DOCS, file), 'utf8').normalize('NFC'));
  // Evenly spread over the document, so headings, preambles and task lists all appear.
  const step = Math.max(1, Math.floor(lines.length / count));
  for (let k = 0; k < count && k * step < lines.length; k++) {
    const { line, text } = lines[k * step]!;
    const [langs, scale, blur] = ENGINES[n++ % ENGINES.length]!;
    execFileSync('convert', ['-font', FONT, '-pointsize', '22', `label:${text}`, '-resize', `${scale}%`, '-blur', `0x${blur}`, '-attenuate', '0.15', '+noise', 'Impulse', '-colorspace', 'gray', image]);
    const read = execFileSync('tesseract', [image, '-', '-l', langs, '--psm', '7'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8').trim();
    if (!read) continue;
    out.push(`@ ${file}`, `# ${file}:${line} tesseract ${langs} ${scale}% blur ${blur}`, `< ${read.normalize('NFC')}`, `> ${text}`, '');
  }
}
rmSync(work, { recursive: true, force: true });
writeFileSync(1, out.join('\n'));
