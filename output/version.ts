// The pipeline version stored with every record: the package version, so a re-run after an
// upgrade can tell which records came from older extractors.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export const PIPELINE_VERSION: string = pkg.version;
