import { readFile } from 'node:fs/promises';
import { fileTypeFromBuffer } from 'file-type';
import { decodeBytes } from './pipeline/readers/text.js';
const dir = 'test/fixtures/generated/hoang-mai-quan-2024-05-KH-HDTDKT';
const src = await readFile(dir + '.txt', 'utf8');
console.log(await fileTypeFromBuffer(await readFile(dir + '.utf16.txt')));
for (const s of ['.vni.txt']) {
  const d = decodeBytes(await readFile(dir + s));
  const a = d.text, b = src; let i = 0; while (i < a.length && a[i] === b[i]) i++;
  console.log(s, a.length, b.length, i, JSON.stringify(a.slice(i - 20, i + 20)), JSON.stringify(b.slice(i - 20, i + 20)));
}
