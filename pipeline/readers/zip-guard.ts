// Zip safety, before anything inflates: the central directory is read by hand (no library
// inflates a byte here), declared sizes and ratios are checked, and the entries a reader will
// inflate are then inflated once with a hard output cap, so an entry that lies about its size
// is caught too. Deflate cannot expand more than ~1032×, which bounds what a lie can cost.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes. */
  maxTotalBytes: number;
  /** One entry's declared uncompressed size. */
  maxEntryBytes: number;
  /** An entry bigger than `ratioFloorBytes` may expand at most this many times. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 512 * 1024 * 1024,
  maxEntryBytes: 256 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 4 * 1024 * 1024,
  maxEntries: 20_000,
};

export type ZipCheck =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; problem: 'not-zip' | 'corrupt'; detail: string }
  | { ok: false; problem: 'bomb'; ratio: number; detail: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FFFF = 0xffff;
const FFFFFFFF = 0xffffffff;

function findEocd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 65535);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function u64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

/** Read the central directory and judge the declared sizes. Never inflates. */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipCheck {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, problem: 'not-zip', detail: 'no ZIP signature' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return { ok: false, problem: 'corrupt', detail: 'no end of central directory (truncated?)' };
  let count = view.getUint16(eocd + 10, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === FFFF || cdOffset === FFFFFFFF) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return { ok: false, problem: 'corrupt', detail: 'bad ZIP64 locator' };
    const record = u64(view, locator + 8);
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) return { ok: false, problem: 'corrupt', detail: 'bad ZIP64 record' };
    count = u64(view, record + 32);
    cdOffset = u64(view, record + 48);
  }
  if (count > limits.maxEntries) return { ok: false, problem: 'bomb', ratio: count, detail: `${count} entries` };
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  let total = 0;
  let totalCompressed = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return { ok: false, problem: 'corrupt', detail: 'bad central directory' };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let compressedSize = view.getUint32(at + 20, true);
    let uncompressedSize = view.getUint32(at + 24, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength + extraLength > bytes.length) return { ok: false, problem: 'corrupt', detail: 'bad central directory' };
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64 sizes live in extra field 0x0001, in this order, only for fields set to 0xFFFFFFFF.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = view.getUint16(extra, true);
      const size = view.getUint16(extra + 2, true);
      if (id === 1) {
        let p = extra + 4;
        if (uncompressedSize === FFFFFFFF && p + 8 <= extraEnd) (uncompressedSize = u64(view, p)), (p += 8);
        if (compressedSize === FFFFFFFF && p + 8 <= extraEnd) (compressedSize = u64(view, p)), (p += 8);
        if (localHeaderOffset === FFFFFFFF && p + 8 <= extraEnd) localHeaderOffset = u64(view, p);
      }
      extra += 4 + size;
    }
    const method = view.getUint16(at + 10, true);
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    total += uncompressedSize;
    totalCompressed += compressedSize;
    const ratio = uncompressedSize / Math.max(1, compressedSize);
    if (uncompressedSize > limits.maxEntryBytes || (uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)) {
      return { ok: false, problem: 'bomb', ratio, detail: `${name} declares ${uncompressedSize} bytes` };
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (total > limits.maxTotalBytes) {
    return { ok: false, problem: 'bomb', ratio: total / Math.max(1, totalCompressed), detail: `${total} bytes in all` };
  }
  return { ok: true, entries };
}

/**
 * Inflate the chosen entries with the output capped at their declared size: an entry that
 * expands beyond what it declared is a bomb in disguise; one that fails to inflate is corrupt.
 * Returns the inflated bytes by name.
 */
export function inflateChecked(
  bytes: Uint8Array,
  entries: ZipEntry[],
): { ok: true; files: Map<string, Uint8Array> } | { ok: false; problem: 'bomb' | 'corrupt'; detail: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return { ok: false, problem: 'corrupt', detail: `bad local header for ${entry.name}` };
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) return { ok: false, problem: 'corrupt', detail: `${entry.name} is truncated` };
    if (entry.method === 0) {
      files.set(entry.name, data);
      continue;
    }
    if (entry.method !== 8) return { ok: false, problem: 'corrupt', detail: `${entry.name}: compression method ${entry.method}` };
    let out: Buffer;
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        return { ok: false, problem: 'bomb', detail: `${entry.name} expands beyond its declared ${entry.uncompressedSize} bytes` };
      }
      return { ok: false, problem: 'corrupt', detail: `${entry.name}: ${(error as Error).message}` };
    }
    if (out.length !== entry.uncompressedSize) return { ok: false, problem: 'corrupt', detail: `${entry.name}: size mismatch` };
    files.set(entry.name, out);
  }
  return { ok: true, files };
}
