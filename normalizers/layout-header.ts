// The header of a task table laid out with spaces, as the plain reading (layout-tables.ts) and the
// tight one (tight-layout-header.ts) give it: its own file so neither imports the other's.

/** A table's header: the stretch of the line each column's title covers, and its text. */
export interface LayoutHeader {
  spans: Array<[number, number]>;
  titles: string[];
  /** How many lines the header takes, 1 to 3. */
  lineCount: number;
  /** Read as an OCR layer's tight header (tight-layout-header.ts): its spans are the titles' middles. */
  tight?: boolean;
}
