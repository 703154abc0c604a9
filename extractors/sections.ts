// TEMPORARY placeholder (replaced in issue 5 work).
import type { Section } from '../output/schema.js';
export function extractSections(_text: string): Section[] {
  return [];
}
