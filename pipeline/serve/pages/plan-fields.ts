// The header of a plan on its page: every field with its provenance, a click on a value marking
// where it was read in the text, and a small form to correct it (sent by assets/plan.js).
import { IssuerLevel, type PlanRecord, type Span } from '../../../output/schema.js';
import { formatDate, html, LEVEL_LABELS, percent, valueText, type SafeHtml } from './format.js';
import { provenanceOf, type Provenance } from './provenance.js';

interface HeaderField {
  path: string;
  label: string;
  value: unknown;
  span?: Span;
  /** A choice among fixed values (the issuer level). */
  choices?: Array<{ value: string; label: string }>;
  /** How the value is shown, when not as it is. */
  show?: (value: unknown) => string;
}

function headerFields(record: PlanRecord): HeaderField[] {
  const d = record.document;
  const spans = d.spans ?? {};
  return [
    { path: 'document.number', label: 'Số · Number', value: d.number, span: spans.number },
    { path: 'document.type', label: 'Loại văn bản · Type', value: d.type, span: spans.type },
    { path: 'document.typeCode', label: 'Mã loại · Type code', value: d.typeCode, span: spans.number },
    { path: 'document.date', label: 'Ngày ban hành · Date', value: d.date, span: spans.date, show: (v) => (typeof v === 'string' ? formatDate(v) : '—') },
    { path: 'document.title', label: 'Trích yếu · Title', value: d.title, span: spans.title },
    { path: 'document.issuer.name', label: 'Cơ quan ban hành · Issuer', value: d.issuer.name, span: spans.issuer },
    {
      path: 'document.issuer.level',
      label: 'Cấp · Level',
      value: d.issuer.level,
      span: spans.issuer,
      choices: IssuerLevel.options.map((l) => ({ value: l, label: LEVEL_LABELS[l] })),
      show: (v) => (typeof v === 'string' && Object.hasOwn(LEVEL_LABELS, v) ? `${LEVEL_LABELS[v as IssuerLevel]} (${v})` : '—'),
    },
    { path: 'document.issuer.locality', label: 'Địa bàn · Locality', value: d.issuer.locality, span: spans.issuer },
    { path: 'document.issuer.parent', label: 'Cơ quan cấp trên · Parent', value: d.issuer.parent },
    { path: 'document.place', label: 'Địa danh · Place', value: d.place, span: spans.place },
    { path: 'signer.name', label: 'Người ký · Signer', value: record.signer.name, span: record.signer.span },
    { path: 'signer.title', label: 'Chức vụ · Signer title', value: record.signer.title, span: record.signer.span },
  ];
}

/** The provenance of a value in words: a person's correction, or the machine and how sure it was. */
export function provenanceHtml(p: Provenance, sourceName: string): SafeHtml {
  if (p.kind === 'human' && p.correction) {
    const c = p.correction;
    return html`<span class="prov human${p.conflict ? ' conflict' : ''}" title="${c.note ?? ''}">Người sửa · human: ${c.author}, ${c.createdAt.slice(0, 10)}${
      p.conflict ? html` · <strong>xung đột · conflict</strong>` : ''
    }</span>`;
  }
  const parts = [`Máy · machine: ${sourceName}`];
  if (p.page !== null && p.ocrConfidence !== null) parts.push(`OCR trang ${p.page}: ${Math.round(p.ocrConfidence)}%`);
  // A restoration the model was sure of says nothing a reviewer needs; a doubtful one does.
  if (p.restoration !== null && p.restoration < 0.99) parts.push(`khôi phục dấu ${percent(p.restoration)}`);
  return html`<span class="prov machine${p.restoration !== null && p.restoration < 0.6 ? ' doubtful' : ''}">${parts.join(' · ')}</span>`;
}

/** A value a reviewer can click (to see where it was read) when it has a span. */
export function spanned(text: string, span: Span | undefined, page: number | null): SafeHtml {
  if (!span) return html`<span class="value">${text}</span>`;
  return html`<button type="button" class="value spanned" data-start="${span.start}" data-end="${span.end}" data-page="${page ?? ''}">${text}</button>`;
}

function editForm(field: HeaderField, id: string): SafeHtml {
  const current = field.value === null || field.value === undefined ? '' : String(field.value);
  const input = field.choices
    ? html`<select name="value" aria-label="${field.label}"><option value="">—</option>${field.choices.map(
        (c) => html`<option value="${c.value}"${c.value === current ? html` selected` : ''}>${c.label}</option>`,
      )}</select>`
    : html`<input name="value" value="${current}" aria-label="${field.label}"${field.path === 'document.date' ? html` placeholder="YYYY-MM-DD" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"` : ''}>`;
  return html`<form class="correct" id="${id}" data-path="${field.path}" data-kind="nullable-text" hidden>
${input} <input name="note" placeholder="Ghi chú · note" aria-label="Ghi chú"> <button type="submit">Lưu · Save</button> <button type="button" class="cancel">Hủy</button></form>`;
}

export function renderHeaderFields(record: PlanRecord, sourceName: string): SafeHtml {
  return html`<table class="fields"><tbody>
${headerFields(record).map((field, i) => {
    const p = provenanceOf(record, field.path, field.path, field.span);
    const shown = field.show ? field.show(field.value) : valueText(field.value);
    const formId = `field-${i}`;
    return html`<tr class="${p.kind}${p.conflict ? ' conflict' : ''}" data-path="${field.path}">
<th scope="row">${field.label}</th>
<td>${spanned(shown, field.span, p.page)}${p.conflict ? html`<div class="conflict-note">Máy nay đọc · machine now: ${valueText(p.conflict.machineNow)} (trước · then: ${valueText(p.conflict.machineThen)})</div>` : ''}
${editForm(field, formId)}</td>
<td class="provenance">${provenanceHtml(p, sourceName)}</td>
<td class="actions"><button type="button" class="edit" data-form="${formId}">Sửa</button></td>
</tr>`;
  })}
</tbody></table>`;
}
