/** "1 touchpoint", "3 touchpoints" (or the plural given). */
export function plural(count: number, word: string, pluralWord = word + 's'): string {
    return `${count} ${count === 1 ? word : pluralWord}`;
}
