// Every file the tool writes (export --out, compare --html) goes to a temporary file beside the
// target and is renamed over it only when complete, so a full disk, a killed process or a
// failed write never leaves a truncated file or destroys the one that was there.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OutputError } from './errors.js';

export type ChunkWriter = (chunk: string) => Promise<void>;

/** Runs `produce` with a writer into a temporary file, then renames it to `target`. */
export async function writeFileAtomic<T>(target: string, produce: (write: ChunkWriter) => Promise<T>): Promise<T> {
  await checkTarget(target);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temporary, 'wx');
  } catch (error) {
    throw outputError(target, error);
  }
  try {
    const file = handle;
    const result = await produce(async (chunk) => {
      await file.write(chunk);
    });
    await file.sync();
    await file.close();
    handle = undefined;
    await rename(temporary, target);
    return result;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error instanceof OutputError ? error : outputError(target, error);
  }
}

async function checkTarget(target: string): Promise<void> {
  const folder = dirname(target);
  const folderStat = await stat(folder).catch(() => null);
  if (!folderStat) throw new OutputError(`cannot write ${target}: the folder ${folder} does not exist`);
  if (!folderStat.isDirectory()) throw new OutputError(`cannot write ${target}: ${folder} is not a folder`);
  const targetStat = await stat(target).catch(() => null);
  if (targetStat?.isDirectory()) throw new OutputError(`cannot write ${target}: it is a folder; give a file name`);
}

function outputError(target: string, error: unknown): OutputError {
  const code = (error as { code?: string }).code;
  const reason =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EROFS'
          ? 'the file system is read-only'
          : code === 'ENOENT'
            ? 'the folder does not exist'
            : code === 'EISDIR'
              ? 'it is a folder'
              : ((error as Error).message ?? String(error));
  const result = new OutputError(`cannot write ${target}: ${reason}; nothing was changed`);
  result.cause = error;
  return result;
}
