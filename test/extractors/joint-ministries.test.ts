// Ministries issuing together stack their names line over line ("BỘ CÔNG AN BỘ QUỐC PHÒNG / BỘ Y
// TẾ BỘ CÔNG THƯƠNG"): no ministry is another's parent, so the lines are peers named together. A
// command under a ministry ("BỘ QUỐC PHÒNG / BỘ TỔNG THAM MƯU") and a ministry's department keep
// the ministry as their parent.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header/header.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function issuer(block: string) {
  const text = `${block}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 24/HDLN\nHà Nội, ngày 10 tháng 3 năm 2024\nHƯỚNG DẪN LIÊN NGÀNH\nVề việc phối hợp\nNội dung.\n`;
  return extractHeader(text, testContext(), noSigner).issuer;
}

describe('joint ministries', () => {
  it.each([
    ['BỘ CÔNG AN\nBỘ Y TẾ', 'bộ công an bộ y tế'],
    ['BỘ CÔNG AN BỘ QUỐC PHÒNG\nBỘ Y TẾ BỘ CÔNG THƯƠNG', 'bộ công an bộ quốc phòng bộ y tế bộ công thương'],
  ])('%j are peers', (block, name) => {
    const read = issuer(block);
    expect(read?.parent).toBeNull();
    expect(read?.name?.toLowerCase()).toBe(name);
    expect(read?.level).toBe('central');
  });

  it.each([
    ['BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nBỘ KẾ HOẠCH VÀ ĐẦU TƯ'],
    ['BỘ Y TẾ\nBỘ Y TẾ'],
  ])('%j read twice is one ministry', (block) => {
    expect(issuer(block)?.name?.toLowerCase()).toBe(block.split('\n')[0]!.toLowerCase());
  });

  it.each([
    ['BỘ QUỐC PHÒNG\nBỘ TỔNG THAM MƯU', 'bộ quốc phòng'],
    ['BỘ QUỐC PHÒNG\nBỘ TƯ LỆNH HẢI QUÂN', 'bộ quốc phòng'],
    ['BỘ Y TẾ\nCỤC QUẢN LÝ DƯỢC', 'bộ y tế'],
    ['BỘ CÔNG THƯƠNG\nTRƯỜNG ĐẠI HỌC ĐIỆN LỰC', 'bộ công thương'],
  ])('%j keep the ministry as parent', (block, parent) => {
    expect(issuer(block)?.parent?.toLowerCase()).toBe(parent);
  });
});
