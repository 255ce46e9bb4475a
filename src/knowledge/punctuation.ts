// Chinese punctuation, written as escapes so that no editor or font can turn it back into ASCII.

/** Half-width mark -> its full-width form. */
export const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '\uFF0C',
  ';': '\uFF1B',
  ':': '\uFF1A',
  '!': '\uFF01',
  '?': '\uFF1F',
  '(': '\uFF08',
  ')': '\uFF09',
};

export const FW_COMMA = '\uFF0C';
export const FW_OPEN = '\uFF08';
export const FW_CLOSE = '\uFF09';
/** 、 。 “ ” ‘ ’ 《 》 */
export const IDEOGRAPHIC = '\u3001\u3002\u201C\u201D\u2018\u2019\u300A\u300B';
/** Marks that end a sentence: 。 ! ? (full- and half-width). */
export const SENTENCE_END = '\u3002\uFF01\uFF1F!?';
/** Marks that end a clause or sentence (for headings). */
export const CLAUSE_END = `${SENTENCE_END}\uFF0C\uFF1B\uFF1A,;:`;
/** A sentence ending in a colon (full- or half-width) leads into what follows it: a list (下列国家标准：). */
export const LEADS_INTO_LIST = /[\uFF1A:]$/;
/** Every full-width mark above plus 、。. */
export const CHINESE_PUNCTUATION = `${Object.values(FULL_WIDTH).join('')}${IDEOGRAPHIC}`;

/** Makes ASCII , ; : ! ? ( ) full-width everywhere: for interface strings written in Chinese. */
export function toFullWidth(text: string): string {
  return text.replace(/[,;:!?()]/g, (m) => FULL_WIDTH[m] ?? m);
}
