// A correction through the API rebuilds every link only when it can change what references
// resolve to (the heading fields they are resolved on, or references): a corrected title or
// task row must not cost a rebuild of a 10,000-plan graph.
import { describe, expect, it } from 'vitest';
import { ensureLinks } from '../../corpus/graph.js';
import { openStore } from '../../corpus/store.js';
import { buildPlan } from '../corpus/records.js';

describe('which corrections make the links stale', () => {
  it.each([
    ['document.title', '"Tiêu đề mới"', false],
    ['tasks[0].lead', '["Văn phòng"]', false],
    ['document.date', '"2023-03-01"', true],
    ['document.number', '"07/KH-UBND"', true],
    ['document.issuer.level', '"ward"', true],
    ['document.typeCode', '"QĐ"', true],
  ])('%s: stale %s', async (path, value, stale) => {
    const store = openStore(':memory:');
    try {
      store.saveRecords([
        buildPlan({ name: 'upper', number: '04/KH-UBND', date: '2023-02-03', level: 'district', tasks: [{ index: '1', content: 'Tổ chức hội nghị', lead: ['Phòng Nội vụ'] }] }),
        buildPlan({ name: 'lower', number: '05/KH-UBND', date: '2023-04-01', level: 'ward', references: [{ number: '04/KH-UBND', date: '2023-02-03' }] }),
      ]);
      await ensureLinks(store);
      expect(store.graph.linksAreStale()).toBe(false);
      const upper = store.resolvePlan('04/KH-UBND')[0]!;
      store.addCorrection(upper.id, { path, value, author: 't' });
      expect(store.graph.linksAreStale()).toBe(stale);
    } finally {
      store.close();
    }
  });
});
