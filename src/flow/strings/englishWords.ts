/** English's small word helpers, shared by every part of the English string table. */
export const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** "a party", "an envoy": English's article by the sound of the first letter, near enough for nouns. */
export const a = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
export const list = (names: readonly string[]) => new Intl.ListFormat('en-GB').format(names);
