// The few errors that are thrown rather than reported as diagnostics: they concern the run,
// not one document, and only the CLI entry (pipeline/cli/main.ts) catches them.

/** The command line was wrong: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The store could not be opened or written (locked, corrupt, wrong schema): exit code 1. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** A file the command was asked to write (--out, --html) could not be written: exit code 1. */
export class OutputError extends Error {
  override name = 'OutputError';
}
