// The few errors that are thrown rather than reported as diagnostics: they concern the run,
// not one document, and only the CLI entry catches them (changesets' errors/ package).

/** The command line was wrong: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The store could not be opened or written (locked, corrupt, wrong schema): exit code 1. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** A required asset (language model, OCR data) is missing from the installation. */
export class AssetError extends Error {
  override name = 'AssetError';
}

/** A file the command was asked to write (--out, --html) could not be written: exit code 1. */
export class OutputError extends Error {
  override name = 'OutputError';
}
