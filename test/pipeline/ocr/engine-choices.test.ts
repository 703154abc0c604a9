// The native engine reads a whole page with each letter's choices (for tone-choices.ts), a crop without.
import { describe, expect, it } from 'vitest';
import { NativeTesseractEngine, type CliFormat, type runTesseractCli } from '../../../pipeline/ocr/engine-native.js';

const TSV = ['level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext', '5\t1\t1\t1\t1\t1\t10\t10\t40\t20\t89\tsô'].join('\n');
const HOCR = [
  "      <span class='ocrx_word' id='word_1_1' title='bbox 10 10 50 30; x_wconf 89'>sô",
  "       <span class='ocrx_cinfo' id='lstm_choices_1_1_1'><span class='ocrx_cinfo' id='choice_1_1_1' title='x_confs 96'>s</span></span>",
  "       <span class='ocrx_cinfo' id='lstm_choices_1_1_2'><span class='ocrx_cinfo' id='choice_1_1_2' title='x_confs 80'>ô</span>",
  "        <span class='ocrx_cinfo' id='choice_1_1_3' title='x_confs 70'>ố</span></span>",
  '      </span>',
].join('\n');

function runner() {
  const asked: CliFormat[] = [];
  const run: typeof runTesseractCli = async (_image, format = 'tsv') => {
    asked.push(format);
    return format === 'choices' ? `${HOCR}\n${TSV}` : TSV;
  };
  return { run, asked };
}

describe('NativeTesseractEngine choices', () => {
  it("reads a page with its letters' choices", async () => {
    const r = runner();
    const page = await new NativeTesseractEngine(1, r.run).recognize(Buffer.from('png'), 'page');
    expect(r.asked).toEqual(['choices']);
    expect(page.words.map((w) => w.text)).toEqual(['sô']);
    expect(page.words[0]!.choices?.[1]?.map((c) => c.text)).toEqual(['ô', 'ố']);
  });

  it.each(['block', 'line', 'word'] as const)('reads a crop (%s) as TSV alone', async (mode) => {
    const r = runner();
    const page = await new NativeTesseractEngine(1, r.run).recognize(Buffer.from('png'), mode);
    expect(r.asked).toEqual(['tsv']);
    expect(page.words[0]!.choices).toBeUndefined();
  });
});
