import { describe, expect, it } from 'vitest';
import { writtenLanguage } from '../../language/import/written-language.js';

describe('the language an imported diagram is written in', () => {
    it('is Vietnamese when most labels hold letters only Vietnamese writes, decomposed accents too', () => {
        expect(writtenLanguage(['Mua quà sinh nhật', 'Nhận biết', 'Thấy quảng cáo', 'Thanh toán'])).toBe('vi');
        expect(writtenLanguage(['Mua qua\u0300 sinh nhâ\u0323t', 'Đặt hàng'])).toBe('vi');
    });

    it('is not said for English, for other languages with accents, or for one Vietnamese place name', () => {
        expect(writtenLanguage(['My working day', 'Go to work', 'Make tea'])).toBeUndefined();
        expect(writtenLanguage(['Café crème', 'Être prêt', 'Über uns', 'Mañana'])).toBeUndefined();
        expect(writtenLanguage(['Fly to Đà Nẵng', 'Check in', 'Board the plane', 'Land'])).toBeUndefined();
        expect(writtenLanguage([])).toBeUndefined();
    });
});
