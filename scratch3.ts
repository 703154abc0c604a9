import { readFile } from 'node:fs/promises';
import { decodeBytes } from './pipeline/readers/text.js';
const dir = 'test/fixtures/generated/hoang-mai-quan-2024-05-KH-HDTDKT';
const src = await readFile(dir + '.txt', 'utf8');
const b = await readFile(dir + '.cp1258.txt');
console.log(src.slice(0, 30), [...b.subarray(0, 20)].map((x) => x.toString(16)));
console.log(JSON.stringify(decodeBytes(b).text.slice(0, 30)));
console.log(JSON.stringify(new TextDecoder('windows-1258').decode(b).slice(0, 30)));
