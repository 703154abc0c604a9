// HTML: block text in document order; tables rendered one row a line, cells joined by tabs,
// and also returned as structured tables for the task extractor.
import type { Table } from '../types.js';
import type { Reader } from './index.js';
import { decodeBytes } from './text.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

function inlineText(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/(p|div|li|h\d)>/gi, ' ')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Convert an HTML string (a page, or mammoth's DOCX output) to text and tables. */
export function htmlToText(html: string): { text: string; tables: Table[] } {
  const tables: Table[] = [];
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '');
  const out: string[] = [];
  let last = 0;
  const tableRe = /<table[\s\S]*?<\/table>/gi;
  for (const match of body.matchAll(tableRe)) {
    out.push(blocks(body.slice(last, match.index)));
    const rows: string[][] = [];
    for (const row of match[0].matchAll(/<tr[\s\S]*?<\/tr>/gi)) {
      const cells = [...row[0].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => inlineText(c[1]!));
      if (cells.length) rows.push(cells);
    }
    tables.push({ page: null, rows });
    out.push(rows.map((r) => r.join('\t')).join('\n'));
    last = match.index! + match[0].length;
  }
  out.push(blocks(body.slice(last)));
  return { text: out.filter((s) => s.trim()).join('\n\n'), tables };
}

function blocks(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h\d|tr|section|article)>/gi, '\n\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const readHtml: Reader = async ({ bytes }) => {
  const { text: html, encoding } = decodeBytes(bytes);
  const { text, tables } = htmlToText(html);
  return { text, format: 'html', pages: null, ocr: false, encoding, tables };
};
