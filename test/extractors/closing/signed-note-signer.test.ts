// A web copy run into one line keeps its "(đã ký)" note where the signature was (heldout-fresh16 p04).
import { describe, expect, it } from 'vitest';
import { signedNoteSigner } from '../../../extractors/closing/signed-note-signer.js';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { withFamilyNameSpelled } from '../../../extractors/closing/person-name.js';
import { testContext } from '../context.js';

const read = (text: string) => signedNoteSigner(text, withFamilyNameSpelled);

describe('the signer of a "(đã ký)" note on a line run together', () => {
  it('the name after the note, the authority and the last title before it', () => {
    expect(read('… Nơi nhận: - Như điều 4; - Lưu VT. TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi BAN CHẤP HÀNH TRUNG ƯƠNG')).toMatchObject({
      name: 'Phan Văn Mãi',
      title: 'BÍ THƯ THƯỜNG TRỰC',
      authority: 'TM.',
    });
  });

  it.each([
    ['no authority line before the note', 'Ông Nguyễn Văn A đề nghị (đã ký) Trần Văn Bình sau đó'],
    ['a note with no name after it', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH (đã ký) và đóng dấu'],
    ['words after the note that are no family name', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH (đã ký) Ban Thường Vụ'],
  ])('none: %s', (_how, text) => {
    expect(read(text)).toBeNull();
  });

  it('a typed block on lines of its own is read as before', () => {
    const signer = extractSigner(['Điều 3. Thi hành.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(đã ký)', 'Nguyễn Văn Hùng'].join('\n'), testContext());
    expect(signer).toMatchObject({ name: 'Nguyễn Văn Hùng', title: 'PHÓ CHỦ TỊCH', authority: 'KT.' });
  });
});
