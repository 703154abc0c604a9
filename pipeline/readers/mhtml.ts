// MHTML (RFC 2557): a web page and its images in one MIME multipart/related message, what Word
// writes as "Single File Web Page" (.mht, .mhtml, and often renamed .doc). The document is its
// text/html part: found by the boundary, decoded from quoted-printable or base64, with the
// part's own charset.

/** The MIME headers at the start of an MHTML file (read from its first bytes). */
const MIME_START = /^(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)*?MIME-Version:\s*1\.0/i;

/** True when the bytes start as a MIME message whose body is multipart/related. */
export function isMhtml(head: string): boolean {
  const headers = head.split(/\r?\n\r?\n/, 1)[0] ?? '';
  return MIME_START.test(head) && /Content-Type:\s*multipart\/related/i.test(headers);
}

export interface MhtmlPage {
  /** The HTML part's bytes, decoded from its transfer encoding. */
  bytes: Uint8Array;
  /** The charset its Content-Type declares, if any. */
  charset: string | null;
}

interface Part {
  headers: string;
  body: string;
}

function headerValue(headers: string, name: string): string | null {
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const m = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded);
  return m ? m[1]!.trim() : null;
}

function parameter(value: string | null, name: string): string | null {
  if (!value) return null;
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function splitHead(text: string): Part {
  const m = /\r?\n\r?\n/.exec(text);
  return m ? { headers: text.slice(0, m.index), body: text.slice(m.index + m[0].length) } : { headers: text, body: '' };
}

/** Quoted-printable → bytes: "=\r\n" is a soft line break, "=XX" a byte. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d) {
      const next = text.slice(i + 1, i + 3);
      if (/^\r?\n/.test(next)) {
        i += next.startsWith('\r') ? 2 : 1;
        continue;
      }
      if (/^[0-9A-Fa-f]{2}$/.test(next)) {
        out.push(Number.parseInt(next, 16));
        i += 2;
        continue;
      }
    }
    out.push(c & 0xff);
  }
  return Uint8Array.from(out);
}

/**
 * The HTML page inside an MHTML file, or null when it has none. `bytes` are read as Latin-1:
 * MIME bodies are ASCII by their transfer encoding (or 8-bit bytes handed on unchanged).
 */
export function mhtmlPage(bytes: Uint8Array): MhtmlPage | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const top = splitHead(text);
  const boundary = parameter(headerValue(top.headers, 'Content-Type'), 'boundary');
  if (!boundary) return null;
  for (const chunk of top.body.split(`--${boundary}`)) {
    if (chunk.startsWith('--')) break; // the closing delimiter
    const part = splitHead(chunk.replace(/^\r?\n/, ''));
    const type = headerValue(part.headers, 'Content-Type');
    if (!type || !/^text\/html\b/i.test(type)) continue;
    const encoding = (headerValue(part.headers, 'Content-Transfer-Encoding') ?? '').toLowerCase();
    const body =
      encoding === 'quoted-printable'
        ? decodeQuotedPrintable(part.body)
        : encoding === 'base64'
          ? Uint8Array.from(Buffer.from(part.body.replace(/\s+/g, ''), 'base64'))
          : Uint8Array.from(Buffer.from(part.body, 'latin1'));
    return { bytes: body, charset: parameter(type, 'charset') };
  }
  return null;
}
