// What the OCR benches share: a CPU clock, and the coarse two-level page drawn larger that
// bench:ocr and bench:prep-ab both prepare.
import sharp from 'sharp';

/** Milliseconds of CPU this process has used (all its threads: libvips' too): what a step costs, whatever else the machine runs. */
export const cpuClock = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** The page scanned two-level at 1/`factor` of its resolution, each pixel then repeated `factor` times each way. */
export async function coarseDrawnLarger(png: Buffer, factor: number): Promise<Buffer> {
  const { width } = await sharp(png).metadata();
  const coarse = Math.round(width! / factor);
  const small = await sharp(png).grayscale().resize({ width: coarse }).threshold(128).png().toBuffer();
  return sharp(small).resize({ width: coarse * factor, kernel: 'nearest' }).png().toBuffer();
}
