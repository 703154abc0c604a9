// The syllable trigram model as stored in lm.bin: a vocabulary, unigram log-probs and backoffs,
// plain token frequencies (to rank a stripped syllable's readings), the written forms of codes
// ("HĐND"), and two open-addressing hash tables (bigrams, trigrams) keyed by a 32-bit hash of the
// id sequence, with log-probs quantised to one byte. Backoff form of interpolated Kneser-Ney:
// p(c|a,b) = stored trigram, else bow(a,b) · p(c|b); p(c|b) = stored bigram, else bow(b) · p(c).
// Each bigram slot also says whether any trigram continues that pair (see `continued`).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MODEL_PATH = fileURLToPath(new URL('./model/lm.bin', import.meta.url));
const MAGIC = 'KHLM4';

/** Special ids every model has, in this order. */
export const BOS = 0;
export const EOS = 1;
export const UNK = 2;
export const NUM = 3;
export const PUNCT = 4;
export const SPECIAL_TOKENS = ['<s>', '</s>', '<unk>', '<n>', '<p>'];

/** Quantisation range of stored log10 values (byte 0 = LOG_MIN, byte 255 = 0). */
const LOG_MIN = -9;
export const quantise = (logp: number): number =>
  Math.max(0, Math.min(255, Math.round(((Math.max(logp, LOG_MIN) - LOG_MIN) / -LOG_MIN) * 255)));
const dequantTable = Float64Array.from({ length: 256 }, (_, q) => LOG_MIN + (q / 255) * -LOG_MIN);

export function hash2(a: number, b: number): number {
  let h = Math.imul(a + 0x9e3779b1, 0x85ebca6b) ^ 0x27d4eb2f;
  h = Math.imul(h ^ (h >>> 15) ^ (b + 0x165667b1), 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 0 || 1;
}

export function hash3(a: number, b: number, c: number): number {
  return hash2(hash2(a, b) ^ 0x5bd1e995, c);
}

/** An open-addressing table of quantised values; `size` is a power of two. */
export class HashTable {
  constructor(
    readonly keys: Uint32Array,
    readonly values: Uint8Array,
    readonly backoffs: Uint8Array | null,
  ) {}

  static create(entries: number, withBackoff: boolean): HashTable {
    let size = 1;
    while (size < entries * 1.4 + 16) size <<= 1;
    return new HashTable(new Uint32Array(size), new Uint8Array(size), withBackoff ? new Uint8Array(size) : null);
  }

  /** Slot of hash h, or -1. */
  find(h: number): number {
    const mask = this.keys.length - 1;
    let i = h & mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === h) return i;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  insert(h: number, value: number, backoff = 0): void {
    const mask = this.keys.length - 1;
    let i = h & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== h) i = (i + 1) & mask;
    this.keys[i] = h;
    this.values[i] = value;
    if (this.backoffs) this.backoffs[i] = backoff;
  }
}

/**
 * Trigram table: one 32-bit word per slot, the hash's top 24 bits beside the quantised value,
 * so a lookup touches one cache line instead of two (the decoder's cost is memory latency).
 */
export class PackedTable {
  constructor(readonly keys: Uint32Array) {}

  static create(entries: number): PackedTable {
    let size = 1;
    while (size < entries * 1.4 + 16) size <<= 1;
    return new PackedTable(new Uint32Array(size));
  }

  /** The stored byte for hash h, or -1. */
  find(h: number): number {
    const mask = this.keys.length - 1;
    const tag = (h >>> 8) || 1;
    let i = h & mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k >>> 8 === tag) return k & 0xff;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  insert(h: number, value: number): void {
    const mask = this.keys.length - 1;
    const tag = (h >>> 8) || 1;
    let i = h & mask;
    while (this.keys[i] !== 0 && this.keys[i]! >>> 8 !== tag) i = (i + 1) & mask;
    this.keys[i] = ((tag << 8) | value) >>> 0;
  }
}

export class SyllableLM {
  readonly ids: Map<string, number>;

  constructor(
    readonly vocab: string[],
    readonly unigram: Float32Array,
    readonly unigramBackoff: Float32Array,
    /**
     * log10 share of each id among the training tokens. The decoder ranks a stripped syllable's
     * readings by it: the Kneser-Ney unigram counts contexts, not uses, and would rank "dõi"
     * (only ever after "theo") below readings seen far less often.
     */
    readonly frequency: Float32Array,
    readonly bigrams: HashTable,
    readonly trigrams: PackedTable,
    /** Stripped upper-case codes → the form the training text writes most ("HDND" → "HĐND"). */
    readonly abbreviations: ReadonlyMap<string, string> = new Map(),
    /**
     * Per bigram slot: 1 when some trigram after that pair is stored. Most pairs have none (their
     * trigrams were all pruned), and the decoder then skips the trigram lookups, which miss the
     * cache: the decoder's time is mostly those misses.
     */
    readonly continued: Uint8Array = new Uint8Array(bigrams.keys.length).fill(1),
  ) {
    this.ids = new Map(vocab.map((w, i) => [w, i]));
  }

  id(token: string): number {
    return this.ids.get(token) ?? UNK;
  }

  /** The stored log10 p(c | b), or NaN when the pair was never seen (no trigram ends in it either). */
  storedBigram(b: number, c: number): number {
    const slot = this.bigrams.find(hash2(b, c));
    return slot >= 0 ? dequantTable[this.bigrams.values[slot]!]! : NaN;
  }

  /** log10 p(c | b) */
  bigramLogProb(b: number, c: number): number {
    const slot = this.bigrams.find(hash2(b, c));
    if (slot >= 0) return dequantTable[this.bigrams.values[slot]!]!;
    return this.unigramBackoff[b]! + this.unigram[c]!;
  }

  /** log10 p(c | a, b) */
  logProb(a: number, b: number, c: number): number {
    const q = this.trigrams.find(hash3(a, b, c));
    if (q >= 0) return dequantTable[q]!;
    const ctx = this.bigrams.find(hash2(a, b));
    const bow = ctx >= 0 ? dequantTable[this.bigrams.backoffs![ctx]!]! : 0;
    return bow + this.bigramLogProb(b, c);
  }

  /** Bigram slot of the context (a, b), or -1 when the pair was never seen. */
  contextSlot(a: number, b: number): number {
    return this.bigrams.find(hash2(a, b));
  }

  /** log10 γ of a context slot (see contextSlot): the weight of the backed-off estimate after it. */
  backoffAt(slot: number): number {
    return dequantTable[this.bigrams.backoffs![slot]!]!;
  }

  /** log10 γ(a,b): the weight of the backed-off estimate after the context (a, b). */
  contextBackoff(a: number, b: number): number {
    const ctx = this.bigrams.find(hash2(a, b));
    return ctx >= 0 ? dequantTable[this.bigrams.backoffs![ctx]!]! : 0;
  }

  /** The stored log10 p(c | a, b) given `contextHash` = hash2(a, b), or NaN when not stored. */
  trigramIn(contextHash: number, c: number): number {
    const q = this.trigrams.find(hash2(contextHash ^ 0x5bd1e995, c));
    return q >= 0 ? dequantTable[q]! : NaN;
  }

  serialize(): Buffer {
    const header = Buffer.from(
      JSON.stringify({
        vocab: this.vocab,
        bigramSize: this.bigrams.keys.length,
        trigramSize: this.trigrams.keys.length,
        abbreviations: Object.fromEntries(this.abbreviations),
      }),
      'utf8',
    );
    const parts: Buffer[] = [Buffer.from(MAGIC), u32(header.length), header];
    const pad = (n: number) => Buffer.alloc((4 - (n % 4)) % 4);
    let offset = MAGIC.length + 4 + header.length;
    parts.push(pad(offset));
    offset += pad(offset).length;
    for (const arr of [this.unigram, this.unigramBackoff, this.frequency, this.bigrams.keys, this.trigrams.keys]) {
      parts.push(Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength));
    }
    for (const arr of [this.bigrams.values, this.bigrams.backoffs!, this.continued]) {
      parts.push(Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength));
    }
    return Buffer.concat(parts);
  }

  static deserialize(buf: Buffer): SyllableLM {
    if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a kehoach language model');
    const headerLength = buf.readUInt32LE(MAGIC.length);
    let offset = MAGIC.length + 4;
    const header = JSON.parse(buf.toString('utf8', offset, offset + headerLength)) as {
      vocab: string[];
      bigramSize: number;
      trigramSize: number;
      abbreviations?: Record<string, string>;
    };
    offset += headerLength;
    offset += (4 - (offset % 4)) % 4;
    // Copy into an aligned buffer once so the typed arrays can view it directly.
    const body = new Uint8Array(buf.length - offset);
    body.set(buf.subarray(offset));
    let at = 0;
    const take = <T>(make: (b: ArrayBuffer, o: number, n: number) => T, n: number, bytes: number): T => {
      const view = make(body.buffer, at, n);
      at += n * bytes;
      return view;
    };
    const V = header.vocab.length;
    const f32 = (b: ArrayBuffer, o: number, n: number) => new Float32Array(b, o, n);
    const u32a = (b: ArrayBuffer, o: number, n: number) => new Uint32Array(b, o, n);
    const u8 = (b: ArrayBuffer, o: number, n: number) => new Uint8Array(b, o, n);
    const unigram = take(f32, V, 4);
    const unigramBackoff = take(f32, V, 4);
    const frequency = take(f32, V, 4);
    const biKeys = take(u32a, header.bigramSize, 4);
    const triKeys = take(u32a, header.trigramSize, 4);
    const biValues = take(u8, header.bigramSize, 1);
    const biBackoffs = take(u8, header.bigramSize, 1);
    const continued = take(u8, header.bigramSize, 1);
    return new SyllableLM(
      header.vocab,
      unigram,
      unigramBackoff,
      frequency,
      new HashTable(biKeys, biValues, biBackoffs),
      new PackedTable(triKeys),
      new Map(Object.entries(header.abbreviations ?? {})),
      continued,
    );
  }
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** The committed model; throws if the file is missing or damaged (the caller reports it). */
export function loadModel(path = MODEL_PATH): SyllableLM {
  return SyllableLM.deserialize(readFileSync(path));
}
