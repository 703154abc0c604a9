// A two-level page as a 1-bit greyscale PNG. sharp writes 1-bit PNGs only through palette
// quantisation (~0.6 s a page); packing the bits here and deflating them with zlib takes ~20 ms,
// gives a file an eighth of the 8-bit one, and hands tesseract an image it need not threshold.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, body: Buffer): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

/** `data`: one byte a pixel; values above `threshold` are white, the rest black. */
export function encodeBinaryPng(data: Uint8Array, width: number, height: number, threshold: number): Buffer {
  const stride = Math.ceil(width / 8);
  // Each scanline: filter byte 0 (none), then the packed bits, 1 = white, most significant first.
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const at = y * (stride + 1) + 1;
    for (let x = 0; x < width; x += 8) {
      let byte = 0;
      const end = Math.min(8, width - x);
      for (let b = 0; b < end; b++) if (data[row + x + b]! > threshold) byte |= 0x80 >> b;
      // Padding bits past the right edge are white.
      if (end < 8) byte |= 0xff >> end;
      raw[at + (x >> 3)] = byte;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
