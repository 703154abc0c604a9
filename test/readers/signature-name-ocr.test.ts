// The signer's name read again on a drawn page, with the real OCR engine: a signature block
// whose seal and signature are pressed over the name line, so that the page's own read loses
// the name, and the second read of the block gives it back. The page is drawn in black only (a
// bilevel scan: the seal prints black and no colour tells it from print).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { NativeTesseractEngine, nativeTesseractAvailable } from '../../pipeline/ocr/engine-native.js';
import { layoutPage } from '../../pipeline/ocr/layout.js';
import { preparePage } from '../../pipeline/ocr/preprocess.js';
import { withSignatureName } from '../../pipeline/ocr/signature-name.js';
import { extractSigner } from '../../extractors/closing/signer.js';
import { testContext } from '../extractors/context.js';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
GlobalFonts.registerFromPath(join(FONT_DIR, 'DejaVuSerif.ttf'), 'SignatureTestSerif');
GlobalFonts.registerFromPath(join(FONT_DIR, 'DejaVuSerif-Bold.ttf'), 'SignatureTestSerifBold');

const NAME = 'Nguyễn Văn Thọ';

/** The foot of a last page: the recipients at the left, the signature block at the right, a seal and a signature over it. */
function signedFoot(): Buffer {
  const width = 2480;
  const height = 1500;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.strokeStyle = '#000';
  ctx.textBaseline = 'top';
  ctx.font = '50px SignatureTestSerif';
  ctx.fillText('Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở chịu trách nhiệm thi hành.', 300, 100);
  ctx.font = 'bold 42px SignatureTestSerifBold';
  ctx.fillText('Nơi nhận:', 300, 260);
  ctx.font = '38px SignatureTestSerif';
  ['- Như Điều 4;', '- Chủ tịch, các Phó Chủ tịch;', '- Các sở, ban, ngành;', '- Lưu: VT.'].forEach((t, i) => ctx.fillText(t, 300, 320 + i * 50));
  ctx.font = '50px SignatureTestSerifBold';
  ctx.fillText('TM. ỦY BAN NHÂN DÂN', 1500, 260);
  ctx.fillText('CHỦ TỊCH', 1720, 330);
  ctx.fillText(NAME, 1640, 900);
  // The seal: two rings, its words and an emblem of dense strokes, left of the block, its ring
  // over the name's first letters.
  const [cx, cy] = [1470, 760];
  ctx.lineWidth = 9;
  for (const r of [250, 195]) {
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.lineWidth = 3;
  for (let k = 0; k < 90; k++) {
    const a = (k * Math.PI * 2) / 90;
    ctx.beginPath();
    ctx.moveTo(cx + 60 * Math.cos(a), cy + 60 * Math.sin(a));
    ctx.lineTo(cx + 150 * Math.cos(a + 0.3), cy + 150 * Math.sin(a + 0.3));
    ctx.stroke();
  }
  ctx.font = '34px SignatureTestSerifBold';
  for (let k = 0; k < 14; k++) {
    const a = Math.PI + (k * Math.PI * 2) / 16;
    ctx.fillText('ỦBNDTỈNH'[k % 8]!, cx + 215 * Math.cos(a) - 12, cy + 215 * Math.sin(a) - 18);
  }
  // The signature: strokes across the block down through the name line.
  ctx.lineWidth = 8;
  ctx.beginPath();
  ctx.moveTo(1450, 960);
  ctx.bezierCurveTo(1700, 500, 1850, 1000, 2300, 640);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(1560, 925);
  ctx.lineTo(2350, 820);
  ctx.stroke();
  return canvas.toBuffer('image/png');
}

const engine = nativeTesseractAvailable() ? new NativeTesseractEngine(1) : null;
afterAll(() => engine?.close());

function signerOf(page: Parameters<typeof layoutPage>[0]) {
  const ctx = testContext();
  return extractSigner(layoutPage(page, [], { header: false }).text, ctx).name;
}

describe.runIf(engine)('the signer\'s name under a seal, read again', () => {
  it('is lost by the page\'s read and found by the block\'s second read', async () => {
    const prepared = await preparePage(signedFoot());
    const read = await engine!.recognize(prepared.png);
    const page = { ...read, width: prepared.width, height: prepared.height };
    expect(signerOf(page)).not.toBe(NAME);
    expect(signerOf(await withSignatureName(engine!, prepared.png, page, prepared.redKeptPng))).toBe(NAME);
  });
});
