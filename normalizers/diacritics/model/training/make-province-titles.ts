// Rebuilds province-titles.txt.gz (see SOURCES.md): the subjects (trích yếu) of a province's
// documents, as its legal-document portal lists them, one a line. The portal gives them in lower
// case, so codes are set back in capitals ("ubnd" → UBND, "923/qđ-ubnd" → 923/QĐ-UBND): a word that is
// no Vietnamese syllable and that the other training texts write as a code (admin-documents.txt.gz,
// domain-phrases.txt, ../shared/corpus/vi-legal: three times or more). Other such words stay as they
// are (the model reads them as unknown): "dvc" set as DVC would teach it to keep a garbled "DVC" for DỤC.
// Names stay in lower case; build-lm.ts therefore leaves this text out of the name and capital counts.
// Lines naming an evaluation document's number are left out (SOURCES.md, "Kept apart"): the numbers
// follow the git dir on the command line. So are lines that are an evaluation document's title (the
// `title` of every *.gold.json under test/real and test/gold, folded, spaces collapsed): trích yếu
// are short, so a check on long lines alone would not see a subject shared with a gold document.
//   node --import tsx normalizers/diacritics/model/training/make-province-titles.ts <git-dir of the source> [number …]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldVietnamese } from '../../../fold.js';
import { canonicalToneForm, isValidSyllable } from '../../../syllables.js';

const COMMIT = 'cf241d7f5f7a277432db7c6265f0b7ef6d11b904';
const PATH = 'data_vanbanphapluatBinhDuong.csv';
const SOURCE_SHA256 = 'b92b45d11aac6ae0dc9f874638dc7314e86fcf53308a64850165cf48d0aa0eb0';

/** Rows of a CSV text (quoted fields may hold commas, doubled quotes and line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

const HERE = dirname(fileURLToPath(import.meta.url));

/** The upper-case codes the other training texts write three times or more ("UBND", "HĐND", "TNHH"). */
function knownCodes(): Set<string> {
  const legal = join(HERE, '../../../../../shared/corpus/vi-legal');
  const texts = [
    gunzipSync(readFileSync(join(HERE, 'admin-documents.txt.gz'))).toString('utf8'),
    readFileSync(join(HERE, '../../domain-phrases.txt'), 'utf8'),
    ...readdirSync(legal).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(legal, f), 'utf8')),
  ];
  const seen = new Map<string, number>();
  for (const text of texts) {
    for (const [word] of text.normalize('NFC').matchAll(/\p{L}+/gu)) {
      if (word.length >= 2 && word === word.toUpperCase() && !isValidSyllable(canonicalToneForm(word.toLowerCase()))) seen.set(word, (seen.get(word) ?? 0) + 1);
    }
  }
  return new Set([...seen].filter(([, n]) => n >= 3).map(([word]) => word));
}

/** A lower-case subject with its codes in capitals, spaces collapsed. */
export function recase(subject: string, codes: Set<string>): string {
  const code = (word: string): string => (codes.has(word.toUpperCase()) && !isValidSyllable(canonicalToneForm(word)) ? word.toUpperCase() : word);
  return subject
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\p{L}+/gu, code);
}

/** A title as compared with a training line: folded, lower case, spaces collapsed, no closing stop. */
export function titleKey(title: string): string {
  return foldVietnamese(title.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.;,]$/, '').trim();
}

/** The `title` of every gold file (*.gold.json) under `dirs`, as titleKey gives it. */
export function goldTitleKeys(dirs: readonly string[]): Set<string> {
  const keys = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.gold.json')) {
        const gold = JSON.parse(readFileSync(path, 'utf8')) as { document?: { title?: unknown }; title?: unknown };
        const title = gold.document?.title ?? gold.title;
        if (typeof title === 'string' && title.trim()) keys.add(titleKey(title));
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return keys;
}

function main(): void {
  const gitDir = process.argv[2];
  if (!gitDir) throw new Error('usage: make-province-titles.ts <git-dir>');
  const csv = execFileSync('git', ['--git-dir', gitDir, 'show', `${COMMIT}:${PATH}`], { maxBuffer: 64 << 20 });
  const sha = createHash('sha256').update(csv).digest('hex');
  if (sha !== SOURCE_SHA256) throw new Error(`source sha256 ${sha}, expected ${SOURCE_SHA256}`);
  const [header, ...rows] = csvRows(csv.toString('utf8'));
  const column = header!.indexOf('trich_yeu');
  const numbers = process.argv.slice(3).map((n) => n.normalize('NFC').toUpperCase());
  const names = (line: string) => numbers.some((n) => line.toUpperCase().split(n).slice(0, -1).some((before) => !/\d$/.test(before)));
  const codes = knownCodes();
  const repo = join(HERE, '../../../..');
  const goldTitles = goldTitleKeys([join(repo, 'test/real'), join(repo, 'test/gold')]);
  const all = [...new Set(rows.map((r) => recase(r[column] ?? '', codes)))].filter((l) => l.length > 0);
  const titled = all.filter((l) => goldTitles.has(titleKey(l)));
  const lines = all.filter((l) => !names(l) && !goldTitles.has(titleKey(l)));
  for (const l of titled) process.stdout.write(`left out, an evaluation document's title: ${l}\n`);
  const text = `${lines.join('\n')}\n`;
  const out = join(HERE, 'province-titles.txt.gz');
  writeFileSync(out, gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  const textSha = createHash('sha256').update(text).digest('hex');
  process.stdout.write(`${out}: ${lines.length} lines, text sha256 ${textSha}\n`);
}

if (process.argv[1] && process.argv[1] === fileURLToPath(import.meta.url)) main();
