// The file `kehoach corrections export` writes and `import` reads, checked before anything of
// it is written.
import { z } from 'zod';
import { Correction } from './types.js';

export const CorrectionsFile = z.object({
  format: z.literal('kehoach-corrections'),
  version: z.literal(1),
  plans: z.array(
    z.object({
      identity: z.string().min(1),
      sourceIdentities: z.array(z.string()),
      number: z.string().nullable(),
      title: z.string().nullable(),
      corrections: z.array(Correction),
    }),
  ),
});

/** The export file read from JSON text; throws CorrectionError-free zod issues as one line. */
export function readCorrectionsFile(text: string): { ok: true; data: z.infer<typeof CorrectionsFile> } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON (${(error as Error).message})` };
  }
  const result = CorrectionsFile.safeParse(json);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, reason: `not a corrections file: ${issue.path.join('.') || '(top)'}: ${issue.message}` };
}
