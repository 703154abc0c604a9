import { describe, expect, it } from 'vitest';
import { extractMovements, movementKey } from '../../../extractors/body/movements.js';
import { testContext } from '../context.js';

const names = (text: string) => extractMovements(text, testContext()).map((m) => [m.kind, m.name]);

describe('extractMovements', () => {
  it.each([
    ['Thi đua thực hiện tốt phong trào “An toàn thực phẩm”: nâng cao', [['movement', 'An toàn thực phẩm']]],
    ['- Phong trào thi đua “Người tốt, việc tốt”\tPhòng Nội vụ', [['movement', 'Người tốt, việc tốt']]],
    ['với chủ đề “Vì một quận Long Biên Xanh - Sạch - Đẹp”.', [['theme', 'Vì một quận Long Biên Xanh - Sạch - Đẹp']]],
    ['tham gia cuộc thi “Viết về gương điển hình tiên tiến” do Quận phát động', [['contest', 'Viết về gương điển hình tiên tiến']]],
    ['cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”', [['campaign', 'Người Việt Nam ưu tiên dùng hàng Việt Nam']]],
    ['phong trào thi đua “Toàn dân bảo vệ an ninh Tổ quốc”, “Thi đua quyết thắng”;', [['movement', 'Toàn dân bảo vệ an ninh Tổ quốc'], ['movement', 'Thi đua quyết thắng']]],
    ['Phong trao "Sang kien, sang tao Ha Noi" nham phat trien', [['movement', 'Sang kien, sang tao Ha Noi']]],
    ['Triển khai Đề án “Đổi mới công tác thi đua”; Mô hình thi đua “Chợ an toàn”', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reads anniversaries with their period', () => {
    const [m] = extractMovements('hướng tới kỷ niệm 15 năm ngày thành lập quận Long Biên (06/11/2003 - 06/11/2018)', testContext());
    expect(m).toMatchObject({ kind: 'anniversary', name: '15 năm ngày thành lập quận Long Biên', period: { start: '2003-11-06', end: '2018-11-06' } });
  });

  it('keeps one entry per movement, the first mention', () => {
    const text = 'phong trào “Người tốt, Việc tốt” và sau đó phong trào “Người tốt - việc tốt”.';
    const found = extractMovements(text, testContext());
    expect(found).toHaveLength(1);
    expect(found[0]!.span.start).toBe(text.indexOf('Người tốt, Việc'));
  });

  it('bounds an unclosed quote at its line', () => {
    const found = extractMovements('- Thi dua “Ca nuoc chung tay vi nguoi ngheo - phia\n\nNam 2021, tiep tuc', testContext());
    expect(found.map((m) => m.name)).toEqual(['Ca nuoc chung tay vi nguoi ngheo - phia']);
  });
});

describe('movementKey', () => {
  it('makes spellings of one movement equal and keeps different ones apart', () => {
    expect(movementKey('Người tốt, Việc tốt')).toBe(movementKey('người tốt - việc tốt'));
    expect(movementKey('Văn hoá công sở')).toBe(movementKey('Văn hóa công sở'));
    expect(movementKey('An toan thuc pham')).toBe(movementKey('An toàn thực phẩm'));
    expect(movementKey('Doanh nghiệp Thủ đô hội nhập')).not.toBe(movementKey('Doanh nghiệp Việt Nam hội nhập'));
  });
});

describe('a name whose closing quote was lost', () => {
  it('ends before the capitalised verb that opens the next sentence', () => {
    const text = '- Thi đua "Doanh nghiệp Thủ đô hội nhập và phát triển Tiếp tục cải thiện mạnh mẽ môi trường đầu tư, kinh doanh; tăng cường thực hiện các giải pháp tháo gỡ khó khăn, hỗ trợ doanh nghiệp; tạo điều kiện thuận lợi cho các doanh nghiệp gia nhập thị trường.';
    const names = extractMovements(text, testContext()).map((m) => m.name);
    expect(names).toEqual(['Doanh nghiệp Thủ đô hội nhập và phát triển']);
  });
  it('is dropped when nothing marks where it ends', () => {
    const text = `- Thi đua "${'việc làm tốt '.repeat(20)}`;
    expect(extractMovements(text, testContext())).toEqual([]);
  });
});

describe('unclosed names end where the purpose clause or the sentence begins', () => {
  it.each([
    ['- Phong trào "Sáng kiến, sáng tạo Hà Nội nhằm phát triển mạnh mẽ khoa học, công nghệ', 'Sáng kiến, sáng tạo Hà Nội'],
    ['- Phong trào "Toàn dân bảo vệ an ninh Tổ quốc. Trong đó tập trung', 'Toàn dân bảo vệ an ninh Tổ quốc'],
  ])('%s', (text, name) => {
    expect(extractMovements(text, testContext()).map((m) => m.name)).toEqual([name]);
  });
});
