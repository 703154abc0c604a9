// The real development set by type and issuer level, from its hand gold (test/gold/real by
// default): `node --import tsx test/eval/real-census.ts [gold-dir]`. Tells where the corpus is thin.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface GoldHead {
  kind: string;
  document: { type: string | null; typeCode: string | null; issuer: { level: string | null } | null };
  hasTaskList: boolean;
  tasks: unknown[];
}

const dir = process.argv[2] ?? 'test/gold/real';
const byType = new Map<string, number>();
const byLevel = new Map<string, number>();
let documents = 0;
let withTasks = 0;
let rows = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as GoldHead;
  if (gold.kind !== 'real-text') continue;
  documents++;
  const type = gold.document.typeCode ?? (gold.document.type === 'Công văn' ? 'CV' : (gold.document.type ?? '?'));
  const level = gold.document.issuer?.level ?? '?';
  byType.set(type, (byType.get(type) ?? 0) + 1);
  byLevel.set(level, (byLevel.get(level) ?? 0) + 1);
  if (gold.hasTaskList && gold.tasks.length) {
    withTasks++;
    rows += gold.tasks.length;
  }
}
const line = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(' · ');
console.log(`${documents} real-text documents; ${withTasks} with a task list (${rows} task rows)`);
console.log(`by type:  ${line(byType)}`);
console.log(`by level: ${line(byLevel)}`);
