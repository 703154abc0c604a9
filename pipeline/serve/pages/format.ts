// HTML built by a tagged template that escapes every interpolated value, so no page can
// forget to: only fragments made by `html` itself (or `raw`, for markup a page builds from
// constants) go in unescaped. Also the small formatters the pages share.
import type { IssuerLevel } from '../../../output/schema.js';

/** Markup known to be safe: made by `html` (its values escaped) or from constants. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;' };

/**
 * Text as HTML text or attribute value. A carriage return becomes a character reference:
 * the HTML parser would otherwise turn CR LF into LF and shift every offset into the text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (ch) => ENTITIES[ch]!);
}

type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** `html\`<p>${value}</p>\``: values escaped (arrays joined, null/undefined/booleans dropped). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** Markup from constants, trusted as it is. Never give it a value from a record or a request. */
export const raw = (markup: string) => new SafeHtml(markup);

export const LEVEL_LABELS: Record<IssuerLevel, string> = {
  central: 'Trung ương',
  province: 'Tỉnh',
  city: 'Thành phố',
  district: 'Quận/huyện',
  town: 'Thị xã',
  ward: 'Phường',
  commune: 'Xã',
};

/** Levels from the top of government down: the rows of the chain graph. */
export const LEVEL_ORDER: readonly IssuerLevel[] = ['central', 'province', 'city', 'district', 'town', 'ward', 'commune'];

export function levelLabel(level: string | null | undefined): string {
  return level && Object.hasOwn(LEVEL_LABELS, level) ? LEVEL_LABELS[level as IssuerLevel] : (level ?? '—');
}

/** An ISO date, full or partial, as Vietnamese write it: 22/07/2018, 07/2018, 2018. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [year, month, day] = iso.split('-');
  return [day, month, year].filter(Boolean).join('/');
}

/** A confidence 0..1 as a percentage. */
export const percent = (value: number) => `${Math.round(value * 100)}%`;

/** The first characters of a long id, for people. */
export const shortId = (id: string) => id.slice(0, 12);

/** A query string from parameters, leaving out empty ones. */
export function queryString(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A value of a record field as a short text (lists joined). */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.length ? value.map(valueText).join('; ') : '—';
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.text === 'string') return v.text;
    if (typeof v.content === 'string') return v.content;
    return JSON.stringify(value);
  }
  return String(value);
}
