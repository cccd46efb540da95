import { describe, expect, it } from 'vitest';
import { languageOfEnvironment, languageOfTag } from '../../language/locale.js';

describe('the reader\'s language', () => {
    it('reads locale tags as VS Code and POSIX write them', () => {
        expect(['vi', 'vi-VN', 'vi_VN.UTF-8', 'VI'].map(languageOfTag)).toEqual(['vi', 'vi', 'vi', 'vi']);
        expect(['en-US', 'en_GB.UTF-8'].map(languageOfTag)).toEqual(['en', 'en']);
        expect(['fr', 'zh-cn', '', undefined, 'C'].map(languageOfTag)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    });

    it('follows LANGUAGE, then LC_ALL, LC_MESSAGES and LANG, as gettext does', () => {
        expect(languageOfEnvironment({ LANG: 'vi_VN.UTF-8' })).toBe('vi');
        expect(languageOfEnvironment({ LANG: 'vi_VN.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
        expect(languageOfEnvironment({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'vi_VN.UTF-8' })).toBe('vi');
        expect(languageOfEnvironment({ LANG: 'en_US.UTF-8', LANGUAGE: 'fr:vi' })).toBe('vi');
        // gettext ignores LANGUAGE under the C locale.
        expect(languageOfEnvironment({ LANG: 'C', LANGUAGE: 'vi' })).toBe('en');
        expect(languageOfEnvironment({})).toBe('en');
    });
});
