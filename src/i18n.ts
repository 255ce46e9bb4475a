// Every string a user reads, in simplified Chinese, traditional Chinese and English.
// zh-Hant entries are written out (not converted at run time) so a reviewer can read them.
import { toFullWidth } from './knowledge/punctuation.js';
import type { Lang } from './knowledge/types.js';

const MESSAGES = {
  citation: {
    'zh-Hans': '《{title}》第{p}段第{s}句',
    'zh-Hant': '《{title}》第{p}段第{s}句',
    en: '{title}, paragraph {p}, sentence {s}',
  },
  paragraphCitation: { 'zh-Hans': '《{title}》第{p}段', 'zh-Hant': '《{title}》第{p}段', en: '{title}, paragraph {p}' },
  notCovered: {
    'zh-Hans': '倡议里没有提到这个问题。',
    'zh-Hant': '倡議裡沒有提到這個問題。',
    en: 'The notice does not say anything about that.',
  },
  tryInstead: {
    'zh-Hans': '可以发送 /sectors 查看各行业的要求,或者这样问:',
    'zh-Hant': '可以發送 /sectors 查看各行業的要求,或者這樣問:',
    en: 'Send /sectors to see what each sector must do, or ask for example:',
  },
  empty: {
    'zh-Hans': '请用文字输入您的问题,例如:慈善组织应该做什么?',
    'zh-Hant': '請用文字輸入您的問題,例如:慈善組織應該做什麼?',
    en: 'Please type your question as text, for example: What should charities do?',
  },
  truncated: {
    'zh-Hans': '(问题太长,只按前{n}个字回答。)',
    'zh-Hant': '(問題太長,只按前{n}個字回答。)',
    en: '(Your question was long: I answered its first {n} characters.)',
  },
  didYouMean: { 'zh-Hans': '您是不是想问:', 'zh-Hant': '您是不是想問:', en: 'Did you mean:' },
  outlineIntro: {
    'zh-Hans': '《{title}》({issuer},{date})提出{n}点要求:',
    'zh-Hant': '《{title}》({issuer},{date})提出{n}點要求:',
    en: '{titleEn} ({issuerEn}, {date}) makes {n} points:',
  },
  paragraphMore: {
    'zh-Hans': '……(本段共{n}句,发送 /p {p} 查看全文)',
    'zh-Hant': '……(本段共{n}句,發送 /p {p} 查看全文)',
    en: '… ({n} sentences; send /p {p} for the whole paragraph)',
  },
  paragraphSectors: { 'zh-Hans': '本段分述:{list}', 'zh-Hant': '本段分述:{list}', en: 'This paragraph covers: {list}' },
  noSuchParagraph: {
    'zh-Hans': '倡议共有{n}段,没有这一段。',
    'zh-Hant': '倡議共有{n}段,沒有這一段。',
    en: 'The notice has {n} paragraphs; there is no such paragraph.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  // Chinese strings are typed with ASCII marks for readability here and shown with full-width ones.
  const template = lang === 'en' ? MESSAGES[key].en : toFullWidth(MESSAGES[key][lang]);
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Example questions shown when the notice does not cover a question, and in /help. */
export const EXAMPLE_QUESTIONS: Record<Lang, string[]> = {
  'zh-Hans': ['慈善组织应该做什么?', '重点企业要在什么时候前复工?', '返岗人员要做疫情排查吗?'].map(toFullWidth),
  'zh-Hant': ['慈善組織應該做什麼?', '重點企業要在什麼時候前復工?', '返崗人員要做疫情排查嗎?'].map(toFullWidth),
  en: ['What should charities do?', 'Who issued this notice?', 'What should medical associations do?'],
};
