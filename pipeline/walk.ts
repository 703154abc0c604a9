// Which files a batch command works on: named files as they are (whatever their name), and
// the documents found by walking named folders (by extension, hidden entries and Office lock
// files left out). Problems with the named paths come back as data, one per path. Page images in
// a walked folder named as pages of one document ("scan-p1.png", "scan-p2.png") come back as one
// document (page-groups.ts); named files are always documents of their own.
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { groupPages, type PageGroup } from './page-groups.js';
import { DOCUMENT_EXTENSIONS } from './readers/detect.js';

export interface WalkProblem {
  path: string;
  /** 'missing' (no such path), 'unreadable' (permission, I/O), 'empty-folder' (no documents inside). */
  kind: 'missing' | 'unreadable' | 'empty-folder';
  reason: string;
}

export interface WalkResult {
  /** Absolute paths, named files first in the order given, each folder's files sorted. */
  files: string[];
  /** The same files as documents: page images of one document grouped, continuation pages marked. */
  documents: PageGroup[];
  problems: WalkProblem[];
}

export function isDocumentName(name: string): boolean {
  if (name.startsWith('.') || name.startsWith('~$')) return false;
  return DOCUMENT_EXTENSIONS.has(extname(name).slice(1).toLowerCase());
}

export async function walkInputs(inputs: readonly string[], cwd: string): Promise<WalkResult> {
  const files: string[] = [];
  const documents: PageGroup[] = [];
  const problems: WalkProblem[] = [];
  const seen = new Set<string>();
  let walked: string[] = [];
  const add = (path: string) => {
    if (!seen.has(path)) {
      seen.add(path);
      files.push(path);
      walked.push(path);
    }
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      problems.push(problemOf(input, error));
      continue;
    }
    if (!info.isDirectory()) {
      add(path);
      documents.push(...walked.map((p) => ({ kind: 'single' as const, path: p })));
      walked = [];
      continue;
    }
    const filesBefore = files.length;
    const problemsBefore = problems.length;
    const visited = new Set<string>();
    await walkFolder(path, input, visited, add, problems);
    documents.push(...groupPages(walked));
    walked = [];
    if (files.length === filesBefore && problems.length === problemsBefore) {
      problems.push({
        path: input,
        kind: 'empty-folder',
        reason: `no document files (${[...DOCUMENT_EXTENSIONS].map((e) => `.${e}`).join(' ')}) in the folder`,
      });
    }
  }
  return { files, documents, problems };
}

async function walkFolder(
  folder: string,
  shown: string,
  visited: Set<string>,
  add: (path: string) => void,
  problems: WalkProblem[],
): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await realpath(folder);
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    problems.push(problemOf(shown, error));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) await walkFolder(path, join(shown, entry.name), visited, add, problems);
    else if (isFile && isDocumentName(entry.name)) add(path);
  }
}

function problemOf(path: string, error: unknown): WalkProblem {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { path, kind: 'missing', reason: 'no such file or folder' };
  if (code === 'EACCES' || code === 'EPERM') return { path, kind: 'unreadable', reason: 'permission denied' };
  return { path, kind: 'unreadable', reason: (error as Error).message };
}
