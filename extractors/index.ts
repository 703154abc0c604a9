// Stage 3's work, field by field, in the order a reader meets them in a plan: header,
// outline, references, movements, tasks, signature, recipients. Every extractor reads
// text.normalized and returns values with spans into it.
import type { DocumentInfo, EmulationBlock, Movement, Reference, Section, Signer, TaskRow, TextChange } from '../output/schema.js';
import type { StageContext, Table } from '../output/stage.js';
import { extractBlocks } from './body/blocks.js';
import { classifyDocument } from './classify.js';
import { extractHeader } from './header/header.js';
import { mottoShowsEngine } from './ocr-repairs/motto-marks.js';
import { numberLabelShowsEngine } from './ocr-repairs/number-label-figures.js';
import { siteSigner } from './header/header-zone.js';
import { extractMovements } from './body/movements.js';
import { extractRecipients } from './closing/recipients.js';
import { extractReferences } from './references/references.js';
import { withNumberFromSelfCitation } from './header/self-citation.js';
import { signerNamedInBody } from './ocr-repairs/signer-named-in-body.js';
import { nameBesideRecipientItem } from './ocr-repairs/ocr-name-beside-recipient.js';
import { withLegacySlashesRead } from './references/references-legacy-slashes.js';
import { extractSections } from './body/sections.js';
import { mentionedUnits } from './issuer/issuer.js';
import { extractSigner } from './closing/signer.js';
import { listedFamilyName } from './closing/person-name.js';
import { tailCells } from './closing/tail-cells.js';
import type { Cell } from './shared/layout.js';
import { withSurnameRepaired } from './ocr-repairs/ocr-surname.js';
import { withLReadAsI } from './closing/l-read-as-i.js';
import { withGivenNamesRepaired } from './ocr-repairs/ocr-given-names.js';
import { opensWithKnownFamilyName } from './ocr-repairs/ocr-unlisted-family-name.js';
import { spacedSignerBesideRecipients } from './ocr-repairs/ocr-spaced-signer.js';
import { withNumberAsEngineRead } from './ocr-repairs/engine-number-line.js';
import { engineReadingOf, isRereadNameLine, nameAsEngineRead, type EngineReading } from './ocr-repairs/ocr-signer-name.js';
import { nameWordsStart, signerWithMarksAsRead } from './ocr-repairs/name-marks-as-read.js';
import { withKnownLawTitles, withMisspeltLawTitles } from './references/ocr-law-titles.js';
import { unnumberedLetters } from './references/unnumbered-letter.js';
import { yearFromCitedDates } from './ocr-repairs/cited-year.js';
import { withCitedYearsNotAhead } from './references/cited-future-year.js';
import { log } from '../output/diagnostics.js';
import { extractTasks } from './tasks/index.js';
import { foldVietnamese } from '../normalizers/fold.js';
import { repairedUnitCells, standardUnitNames } from './ocr-repairs/ocr-unit-names.js';
import { withPlaceAsEngineRead } from './ocr-repairs/ocr-place-as-read.js';
import { withDateAsEngineRead } from './ocr-repairs/ocr-date-as-read.js';
import { monthFromSigningStamp, SIGNING_STAMP_REACH } from './header/signing-month.js';
import { withEnactingFormula } from './ocr-repairs/enacting-formula.js';
import { withSymbolCodesAsRead } from './ocr-repairs/symbol-codes-as-read.js';
import { withListedPlaceMarks } from './ocr-repairs/restored-marks.js';
import { withSymbolMarksFromIssuer } from './ocr-repairs/restored-symbol-marks.js';
import { forwardedLetterStart } from './closing/forwarded-letter.js';

export interface ExtractedPlan {
  document: DocumentInfo;
  sections: Section[];
  references: Reference[];
  movements: Movement[];
  tasks: TaskRow[];
  signer: Signer;
  recipients: string[];
  blocks: EmulationBlock[];
}

/** What the extractors may know of where the text came from. */
export interface TextSource {
  /** Read by OCR (ours or another engine's layer): its marks are the engine's guess. */
  ocr: boolean;
  /** Typed (Word, RTF, a web page): no stamp or margin left debris in it. */
  typed?: boolean;
  /** Not marked as OCR, but judged by the normaliser to be an engine's garbled layer (a plain-text OCR dump). */
  garbled?: boolean;
  /** Read by a reader that keeps a merged table cell's text in its first row only (Word 97, plain text). */
  mergedCellsLost?: boolean;
  /** What the normaliser changed (spans in the normalised text): where OCR repairs were made, what the engine read. */
  changes?: readonly TextChange[];
}

export function extractPlan(text: string, ctx: StageContext, tables: readonly Table[], source: TextSource = { ocr: false }): Partial<ExtractedPlan> {
  // Refuses (fatally) what is not Vietnamese or not an administrative document at all.
  // Read once per document, for the extractors that share them (no cache outlives the call).
  const folded = foldVietnamese(text);
  // Body names are read back to their standard forms, and dumps' repairs apply, only where an OCR engine wrote the text.
  // A motto marked on some words and not on others is an engine's too (motto-marks.ts).
  const ocrOrigin = !source.typed && (source.ocr || (source.garbled ?? false) || mottoShowsEngine(text) || numberLabelShowsEngine(text));
  if (!classifyDocument(text, ctx.within('classify'), folded, ocrOrigin)) return {};
  const near = mentionedUnits(text, folded);
  const tail = tailCells(text);
  // Another issuer's letter filed after the recipients' list (the one this letter answers or passes
  // on): its signature and citations are not the document's (forwarded-letter.ts).
  const forwardedAt = forwardedLetterStart(text, folded);
  const ownText = forwardedAt === null ? text : text.slice(0, forwardedAt);
  const ownTail = forwardedAt === null ? tail : tail.filter((c) => c.start < forwardedAt);
  // The signer's name of an OCR layer is read from the engine's letters where the restorer re-lettered it.
  const reading = ocrOrigin && source.changes?.length ? engineReadingOf(text, source.changes) : null;
  // A typed copy with its marks stripped, put back by the restorer: the words it gave bare show where
  // a name's or a place's marks are the restorer's guess (restored-marks.ts).
  const restored = !ocrOrigin && source.changes?.some((c) => c.kind === 'diacritics') ? engineReadingOf(text, source.changes, ['diacritics']) : null;
  const signerCtx = ctx.within('signer');
  // With no block at all, the engine may have cut the name into pieces beside the recipients' list.
  const engine = reading
    ? {
        nameLine: (c: Cell) => c.text.length <= 40 && isRereadNameLine(c.text, reading(c.start, c.end)),
        unblocked: () => spacedSignerBesideRecipients(ownTail, reading),
        nameAsRead: (s: Signer) => nameAsRead(s, text, reading, signerCtx),
      }
    : undefined;
  const signed = extractSigner(ownText, signerCtx, ownTail, ocrOrigin, engine);
  // A capital L read as I in the family name ("Iê Đức Luận"): no text spells a name so (l-read-as-i.ts).
  const found = signed.name ? { ...signed, name: withLReadAsI(signed.name) } : signed;
  // A page whose copy lost the signature block may still name the signer in its metadata box.
  const fromSite = found.name ? null : siteSigner(text, folded);
  // So is (OCR text only) a signer's family name an engine misread by a letter (never a name typed or from the site's
  // box) or by a mark under the seal ("Đỉnh" for Đinh), and a middle or given name it made no
  // syllable of ("Qốốc" for Quốc).
  const mended = ocrOrigin && found.name ? { ...found, name: withGivenNamesRepaired(withListedFamilyMarks(withSurnameRepaired(found.name))) } : found;
  // Read off a page image, a name opening with no known family name is the seal's misreading of it (ocr-unlisted-family-name.ts).
  const unlisted = source.ocr && mended.name !== null && !opensWithKnownFamilyName(mended.name);
  if (unlisted) signerCtx.message(log.missingSigner());
  const repaired = unlisted ? { ...mended, name: null } : mended;
  // The page's marks where the restorer's guess at a name is worse (name-marks-as-read.ts): another
  // engine's layer only, come as text; the marks of our own OCR are what the restorer was made to put right.
  // So is a stripped copy's: its family name given bare takes the listed family name's marks.
  const read = ((ocrOrigin && !source.ocr) || restored) && source.changes ? signerWithMarksAsRead(repaired, text, source.changes) : repaired;
  const seen = fromSite ? { ...found, name: fromSite } : read;
  // A name the seal garbled past reading, given whole where the body names the same person (signer-named-in-body.ts).
  // Or the engine read the name onto a recipient's line, after the item's semicolon (ocr-name-beside-recipient.ts).
  const beside = ocrOrigin && !seen.name ? nameBesideRecipientItem(ownTail) : null;
  const placed = beside ? { ...seen, name: beside.name, span: seen.span ?? beside.span } : seen;
  const named = ocrOrigin && !placed.name ? signerNamedInBody(ownText) : null;
  const signer = named ? { ...placed, name: named } : placed;
  const headerRead = extractHeader(text, ctx.within('header'), signer, near, source.ocr, folded, ocrOrigin);
  // A number line whose codes the restorer re-lettered is read from the engine's letters (engine-number-line.ts).
  const header = reading ? withNumberAsEngineRead(headerRead, text, reading) : headerRead;
  const sections = extractSections(text);
  // Cited symbols' codes the restorer re-lettered are read as the engine read them (symbol-codes-as-read.ts).
  const cites = ocrOrigin && source.changes?.length ? withSymbolCodesAsRead(text, source.changes) : text;
  const citesFolded = cites === text ? folded : foldVietnamese(cites);
  const numbered = ocrOrigin ? withKnownLawTitles(extractReferences(cites, ctx.within('references'), header, near, citesFolded, true), citesFolded) : withMisspeltLawTitles(extractReferences(text, ctx.within('references'), header, near, folded));
  // A letter cited by its date alone ("văn bản không số ngày …", unnumbered-letter.ts).
  const cited = [...numbered, ...unnumberedLetters(text, folded, numbered)].filter((r) => forwardedAt === null || !r.span || r.span.start < forwardedAt);
  // An OCR'd year that would date the document before what it rests on (cited-year.ts).
  // A header whose serial was not read, named whole by its own annex's caption (self-citation.ts).
  const recipientsAt = folded.search(/\bnoi nhan\s*:/);
  const closingAt = signer.span?.start ?? (recipientsAt >= 0 ? recipientsAt : null);
  const own = withNumberFromSelfCitation(header, cited, closingAt);
  // A cited number whose slashes an engine read as strokes, its date's year proving the cut (references-legacy-slashes.ts).
  // A cited year a decade or more after the document's own date, one figure off it (cited-future-year.ts).
  const references = ocrOrigin ? withCitedYearsNotAhead(own.references.map(withLegacySlashesRead), own.document.date) : own.references;
  // A header garbled past its type and issuer: the enacting formula of the preamble names them (enacting-formula.ts).
  const enacted = ocrOrigin ? withEnactingFormula(own.document, text, folded, near) : own.document;
  const dated = ocrOrigin ? withYearFromCitedDates(enacted, references, firstRecipientsLine(folded), ctx.within('header')) : enacted;
  // A place the restorer re-lettered where the engine misread it ("Ha N(Ji" made "Hà Nữ"): ocr-place-as-read.ts.
  // So is a date line whose look-alike figures the restorer made a word of ("tháng ionăm" made "hoắm"): ocr-date-as-read.ts.
  const asRead = reading ? withDateAsEngineRead(withPlaceAsEngineRead(dated, text, reading), text, reading) : dated;
  // Then a month more than a month away from the e-signature's time stamp, misread (signing-month.ts).
  const stamped = ocrOrigin ? withMonthFromSigningStamp(asRead, text, ctx.within('header')) : asRead;
  // And its symbol's compound codes their Đ from the issuer's name (restored-symbol-marks.ts).
  const document = restored ? withSymbolMarksFromIssuer(withListedPlaceMarks(stamped, restored), restored) : stamped;
  return {
    document,
    sections,
    signer,
    references,
    movements: extractMovements(text, ctx.within('movements'), folded),
    tasks: withStandardUnits(extractTasks(text, ctx.within('tasks'), { tables, document, sections, typed: source.typed ?? false, mergedCellsLost: source.mergedCellsLost ?? false, ocr: ocrOrigin, folded }), ocrOrigin, document),
    recipients: extractRecipients(text, ctx.within('recipients'), tail),
    blocks: extractBlocks(text, folded),
  };
}

/** The header with its date's year put right by the dates of the documents it cites, when they prove it misread. */
function withYearFromCitedDates(document: DocumentInfo, references: readonly Reference[], bodyEnd: number, ctx: StageContext): DocumentInfo {
  if (!document.date) return document;
  const fixed = yearFromCitedDates(document.date, references, bodyEnd);
  if (!fixed) return document;
  const span = document.spans?.date;
  ctx.message(log.dateYearFromCitedDates(document.date, fixed.iso, fixed.later), span ? { span } : {});
  return { ...document, date: fixed.iso };
}

/** The header with its date's month put right by the e-signature box's time stamp, when it proves it misread. */
function withMonthFromSigningStamp(document: DocumentInfo, text: string, ctx: StageContext): DocumentInfo {
  if (!document.date) return document;
  const fixed = monthFromSigningStamp(document.date, text.slice(0, SIGNING_STAMP_REACH));
  if (!fixed) return document;
  const span = document.spans?.date;
  ctx.message(log.dateMonthFromSigningStamp(document.date, fixed), span ? { span } : {});
  return { ...document, date: fixed };
}

/** The offset of the first "Nơi nhận:" line (the end of the first document's body), or +Infinity. */
function firstRecipientsLine(folded: string): number {
  const m = /(?:^|\n)[^\S\n]*noi nhan\s*:/.exec(folded);
  return m ? m.index : Number.POSITIVE_INFINITY;
}

/** Task rows of an OCR'd text with garbled standard body names in their unit cells read back. */
function withStandardUnits(tasks: TaskRow[], ocrOrigin: boolean, document: DocumentInfo): TaskRow[] {
  if (!ocrOrigin || !tasks.length) return tasks;
  const standards = standardUnitNames([document.issuer.locality ?? '', document.place ?? '']);
  return tasks.map((t) => ({ ...t, lead: repairedUnitCells(t.lead, standards), support: repairedUnitCells(t.support, standards) }));
}

/**
 * The signer with its name decided from the engine's letters (ocr-signer-name.ts): null, with a
 * diagnostic, when a word the restorer re-lettered is near no name syllable or several.
 */
function nameAsRead(signer: Signer, text: string, reading: EngineReading, ctx: StageContext): Signer {
  // The name closes the block's span: its last words there are the name as the text has it.
  const start = nameWordsStart(signer, text);
  if (start === null || !signer.name || !signer.span) return signer;
  const read = nameAsEngineRead(signer.name, text.slice(start, signer.span.end), reading(start, signer.span.end));
  if (read.kind === 'name') return read.name === signer.name ? signer : { ...signer, name: read.name };
  ctx.message(log.signerNameUnread(read.read), { span: { start, end: signer.span.end } });
  return { ...signer, name: null };
}

/** The name with its first word in the listed family name's marks, when it folds to exactly one ("Đỉnh Văn Châu"). */
function withListedFamilyMarks(name: string): string {
  const [first = '', ...rest] = name.split(' ');
  return rest.length >= 1 ? [listedFamilyName(first), ...rest].join(' ') : name;
}
