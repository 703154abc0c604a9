// Small print read again on its own: a region of the page cut out, enlarged with a white margin
// around it, and read as one block with the large model (signature boxes, lines the engine found
// but gave no word for). The words come back in the crop's coordinates.
import sharp from 'sharp';
import { machineFailure, type OcrEngine, type OcrWord } from './types.js';

export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The words of `region` of the page image enlarged `scale` times inside `margin` white pixels (of the enlarged crop); null when the engine cannot read it. */
export async function readEnlarged(engine: OcrEngine, png: Buffer, region: Region, scale: number, margin: number): Promise<OcrWord[] | null> {
  try {
    const crop = await sharp(png)
      .extract(region)
      .resize({ width: region.width * scale, height: region.height * scale, kernel: 'linear' })
      .extend({ top: margin, bottom: margin, left: margin, right: margin, background: '#ffffff' })
      .png()
      .toBuffer();
    return (await engine.recognize(crop, 'block', 'large')).words;
  } catch (error) {
    if (machineFailure(error)) throw error;
    return null;
  }
}
