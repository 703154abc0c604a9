// Hand-built PlanRecords for the corpus tests: the text is assembled from the parts given, so
// every span is real, and each record is checked against the schema before use. Tests built
// on these do not depend on what the extractors find.
import { createHash } from 'node:crypto';
import { foldVietnamese } from '../../normalizers/fold.js';
import { PlanRecord, SCHEMA_VERSION, type IssuerLevel, type Relation } from '../../output/schema.js';

export interface PlanSpec {
  /** Makes the id (sha256 of this name), so records are stable between runs. */
  name: string;
  number?: string | null;
  typeCode?: string;
  date?: string | null;
  issuer?: string | null;
  level?: IssuerLevel | null;
  locality?: string | null;
  title?: string | null;
  body?: string[];
  references?: Array<{ number: string | null; date?: string | null; issuer?: string | null; typeCode?: string; relation?: Relation }>;
  movements?: Array<{ name: string; kind?: 'movement' | 'theme' | 'contest' | 'campaign' | 'anniversary' }>;
  tasks?: Array<{ content: string; lead?: string[]; due?: string | null; dueText?: string; index?: string; section?: string }>;
}

export function movementKey(name: string): string {
  return (foldVietnamese(name).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

export function buildPlan(spec: PlanSpec): PlanRecord {
  const parts: string[] = [];
  let length = 0;
  const add = (text: string) => {
    const start = length;
    parts.push(text);
    length += text.length + 2;
    return { start, end: start + text.length };
  };
  if (spec.issuer) add(spec.issuer.toUpperCase());
  if (spec.title) add(`KẾ HOẠCH\n${spec.title}`);
  const references = (spec.references ?? []).map((r) => {
    const type = 'Kế hoạch';
    const span = add(`Thực hiện ${type} số ${r.number ?? '…/KH-HĐTĐKT'}${r.date ? ` ngày ${r.date}` : ''}${r.issuer ? ` của ${r.issuer}` : ''};`);
    return { type, typeCode: r.typeCode ?? 'KH', number: r.number, date: r.date ?? null, issuer: r.issuer ?? null, relation: r.relation ?? 'implements', span };
  });
  for (const p of spec.body ?? []) add(p);
  const movements = (spec.movements ?? []).map((m) => {
    const span = add(`Phong trào thi đua “${m.name}”.`);
    const start = span.start + 'Phong trào thi đua “'.length;
    return { name: m.name, kind: m.kind ?? 'movement', key: movementKey(m.name), span: { start, end: start + m.name.length } };
  });
  const tasks = (spec.tasks ?? []).map((t, i) => {
    const span = add(t.content);
    return {
      index: t.index ?? String(i + 1),
      section: t.section ?? null,
      content: t.content,
      lead: t.lead ?? [],
      support: [],
      supervisor: null,
      deadline: t.due === undefined && t.dueText === undefined ? null : { text: t.dueText ?? t.due ?? '', start: null, end: t.due ?? null, recurring: false },
      confidence: 0.9,
      span,
    };
  });
  const text = parts.join('\n\n');
  const id = createHash('sha256').update(spec.name).digest('hex');
  const number = spec.number === undefined ? null : spec.number;
  return PlanRecord.parse({
    schemaVersion: SCHEMA_VERSION,
    id,
    source: { path: `/plans/${spec.name}.txt`, sha256: id, format: 'text', pages: null, ocr: false },
    text: { original: text, normalized: text, diacriticsRestored: false },
    document: {
      type: 'Kế hoạch',
      typeCode: spec.typeCode ?? 'KH',
      number,
      serial: number ? number.split('/')[0]! : null,
      symbol: number ? number.split('/').slice(1).join('/') : 'KH-HĐTĐKT',
      issuer: { name: spec.issuer ?? null, level: spec.level ?? null, locality: spec.locality ?? null, parent: null },
      place: spec.locality ?? null,
      date: spec.date ?? null,
      title: spec.title ?? null,
    },
    references,
    movements,
    tasks,
    signer: { name: null, title: null, authority: null },
    recipients: [],
    diagnostics: [],
    pipeline: { version: 'test', status: 'success', stages: [] },
  });
}
