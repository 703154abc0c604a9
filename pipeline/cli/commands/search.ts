// kehoach search "<query>" [--level L] [--issuer TEXT] [--year YYYY] [--type KH] [--movement TEXT]
//                [--limit N] [--rank tiered|bm25] [--json] [--db PATH]
// Diacritic-, case- and tone-placement-insensitive full-text search (đ = d; sĩ = sỹ, quy = qui:
// the syllables spelt with i or y alike, corpus/query.ts spellingVariants). Every word must be
// in the plan (title, movements, tasks or text); "quoted words" must stand together. The query
// is never FTS5 syntax: AND/OR/NEAR, *, ^, ( ) and column: are searched as words.
// Filters: --issuer is part of the issuer's name; --movement keeps plans carrying a movement
// whose name holds those whole words in order ("nguoi tot" finds "Người tốt, việc tốt").
//
// --json prints one object (corpus/search.ts SearchResult):
//   { query, terms: string[], dropped: number, filters: {...},
//     hits: [{ id, number, title, issuer, level, date, score,
//              chunks,                              // passages holding query words (title, lines, loose tasks)
//              snippets: [{ part: "title"|"text"|"movement"|"task", section,
//                           text,                      // excerpt, whitespace collapsed, "…" where cut
//                           highlights: [{start,end}], // matched words, offsets into `text`
//                           matches: [{start,end}] }]  // the same words, offsets into text.normalized
//            }] }
// Hits are best first. score says where the plan holds the query: 4 the words together in the
// title or a movement name, 3 all of them there, 2 together anywhere, 1 anywhere; newest stored
// first within a score. Score 2 is looked for among the 200 most recently stored matches only
// (corpus/search.ts: this keeps words found in every plan as fast as rare ones).
// --rank bm25 orders by FTS5's weighted bm25 over every match instead (score = -bm25): the
// classic relevance order, slower on words that most plans contain.
// Each plan is hit once (its best-ranked source; `id` is that source, `planId` and `sources` the
// plan's), under its heading with corrections applied.
import { parseSearchQuery } from '../../../corpus/query.js';
import { searchPlans } from '../../../corpus/plan-views.js';
import { openStore, type Store } from '../../../corpus/store.js';
import { markSnippet, type SearchFilters, type SearchResult } from '../../../corpus/search.js';
import { IssuerLevel } from '../../../output/schema.js';
import { UsageError } from '../../../output/errors.js';
import { dbPath, type FlagValues } from '../flags.js';
import { RESULT_LABELS, USAGE_MESSAGES } from '../help.js';
import { EXIT, type Command } from '../io.js';
import { printable } from '../printable.js';

export const run: Command = async ({ values, positionals }, io) => {
  const query = positionals.join(' ');
  if (!query.trim()) throw new UsageError(USAGE_MESSAGES.expectsQuery);
  const filters = parseSearchFilters(values);
  if (values.rank !== undefined && values.rank !== 'tiered' && values.rank !== 'bm25') {
    throw new UsageError(USAGE_MESSAGES.rankChoice(values.rank));
  }
  const rank = values.rank as 'tiered' | 'bm25' | undefined;
  let limit = 20;
  if (values.limit !== undefined) {
    if (!/^\d{1,3}$/.test(values.limit) || Number(values.limit) < 1 || Number(values.limit) > 200) {
      throw new UsageError(USAGE_MESSAGES.limitRange(values.limit));
    }
    limit = Number(values.limit);
  }
  const store: Store = openStore(dbPath(values.db, io), { readOnly: true });
  try {
    const result = await searchPlans(store, query, { ...filters, limit, rank });
    if (result.terms.length === 0) throw new UsageError(USAGE_MESSAGES.queryHasNoWords(query));
    if (values.json) io.stdout.write(`${JSON.stringify({ ...result, filters })}\n`);
    else io.stdout.write(printable(formatResult(result)));
    return EXIT.ok;
  } finally {
    await store.close();
  }
};

function parseSearchFilters(values: FlagValues): SearchFilters {
  const filters: SearchFilters = {};
  const text = (name: 'level' | 'year' | 'issuer' | 'type' | 'movement') => {
    const v = values[name];
    if (v === undefined) return undefined;
    if (!v.trim()) throw new UsageError(USAGE_MESSAGES.needsValue(`--${name}`));
    return v;
  };
  const level = text('level');
  if (level !== undefined) {
    if (!IssuerLevel.options.includes(level as IssuerLevel)) {
      throw new UsageError(USAGE_MESSAGES.oneOf('--level', IssuerLevel.options, level));
    }
    filters.level = level as IssuerLevel;
  }
  const year = text('year');
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year)) throw new UsageError(USAGE_MESSAGES.fourDigitYear('--year', year));
    filters.year = Number(year);
  }
  const issuer = text('issuer');
  if (issuer !== undefined) filters.issuer = issuer;
  const type = text('type');
  if (type !== undefined) filters.type = type;
  const movement = text('movement');
  if (movement !== undefined) {
    if (parseSearchQuery(movement).phrase.length === 0) throw new UsageError(USAGE_MESSAGES.movementHasNoWords(movement));
    filters.movement = movement;
  }
  return filters;
}

const PART_LABEL = RESULT_LABELS.snippetPart;

export function formatResult(result: SearchResult): string {
  const lines: string[] = [];
  if (result.dropped > 0) lines.push(RESULT_LABELS.queryCut(result.dropped));
  if (result.hits.length === 0) lines.push(RESULT_LABELS.nothingFound(result.terms.join(' ')));
  result.hits.forEach((hit, i) => {
    const head = [hit.number ?? RESULT_LABELS.noNumber, hit.date ?? '—', hit.level ?? '—', hit.issuer ?? '—'].join(' · ');
    lines.push(`${i + 1}. ${head}  [${(hit as { planId?: string }).planId?.slice(0, 12) ?? hit.id.slice(0, 12)}]`);
    if (hit.title) lines.push(`   ${hit.title}`);
    for (const s of hit.snippets) {
      const where = [PART_LABEL[s.part], s.section].filter(Boolean).join(': ');
      lines.push(`   - (${where}) ${markSnippet(s)}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
