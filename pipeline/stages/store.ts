// The optional last stage: write the validated record to the corpus store, in one transaction.
// Used as processFile(path, { after: [['store', createStoreStage(store)]] }).
import type { Store } from '../../corpus/store.js';
import { log } from '../../output/diagnostics.js';
import { StoreError } from '../../output/errors.js';
import { toRecord } from '../../output/record.js';
import { statusOf } from '../../output/status.js';
import type { Stage } from '../../output/stage.js';

export function createStoreStage(store: Store): Stage {
  return async (doc, ctx) => {
    // A record that breaks the published schema would be handed to every consumer of the store.
    if (ctx.diagnostics.some((d) => d.code === 'SCHEMA_INVALID')) {
      ctx.message(log.storeFailed('it does not match the record schema'));
      return doc;
    }
    const status = statusOf(ctx.diagnostics);
    try {
      await store.saveRecord(toRecord(doc, ctx.diagnostics, status));
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      ctx.message(log.storeFailed(error.message));
    }
    return doc;
  };
}
