// One record per sentence of a notice: its text and the words it can be found by (its point's heading, a list
// item's lead, the names and aliases of the sectors whose duty it states, and on the lines that say who issued
// the notice, when and to whom, the words people ask that with). Pure: the index builds its searches over these.

import type { AnswerType } from '../knowledge/language-types.js';
import { audienceSentences, dateSentence, issuerSentences } from '../knowledge/notice-lines.js';
import { LEADS_INTO_LIST } from '../knowledge/punctuation.js';
import { type Notice, type Sector, type SentenceRef, sentenceIn } from '../knowledge/types.js';
import { isLatin, withoutSpacing } from './normalise.js';

export interface SentenceRecord {
  ref: SentenceRef;
  /** Simplified Chinese sentence, as searched (without the spaces that space out characters: 联 系 人 -> 联系人). */
  text: string;
  /** A salutation, signature or date line: it answers only questions about the notice itself. */
  framing: 'salutation' | 'signature' | 'date' | undefined;
  /** What about the notice itself this sentence says: who issued it (signature), when (date), to whom (salutation). */
  says: Array<'salutation' | 'signature' | 'date'>;
  /** Heading of the point the sentence belongs to, e.g. 三要发挥优势. */
  heading: string;
  /** The title or sentence its paragraph is an item under (NO.1 开放时间 over 10:00-16:00): searched, never quoted. */
  lead: string;
  /**
   * It leads into a list whose items say what it only names: it ends with a colon (下列国家标准：), or it is a point's
   * title on a line of its own that items below take as their lead (三、献血时间、地点及联系人).
   */
  announces: boolean;
  /** Ids of the sectors whose duty this sentence states. */
  sectorIds: string[];
  sectorNames: string;
  aliases: string;
  /** The same in English, searched only for English words (a separate, small fuse.js index). */
  sectorNamesEn: string;
  aliasesEn: string;
  aboutEn: string;
  /** Names and aliases one by one, lower-cased, for telling whether a question names the sector. */
  aliasList: string[];
  /** For the sentence naming the issuer: who issued the notice and when, in several forms. */
  about: string;
  /** For coverage checks, computed once: the sentence's own words and the sector words, lower-cased. */
  sentenceSide: string;
  /**
   * sentenceSide's characters, split on the first fuzzy check that needs them (see coverage.ts): split for
   * every sentence up front, they were a string per character, a fifth of the heap at 1,000 notices.
   */
  sentenceChars?: string[];
  aliasSide: string;
}

/** Aliases are joined into one field; a separator that is one character keeps fuse.js's scan short. */
const SEP = '|';

export function sameRef(a: SentenceRef, b: SentenceRef): boolean {
  return a.notice === b.notice && a.paragraph === b.paragraph && a.sentence === b.sentence;
}

/**
 * Each sentence's record, with what the index also reads of it: `context`, its heading and lead (searched,
 * never quoted), and `words`, the sector and issuer words it is found by.
 */
export function sentenceRecords(
  notice: Notice,
  sectors: Sector[],
  lang: { issuerWords: string[]; dateWords: string[]; answerTypes: AnswerType[]; patterns: { addressing: RegExp } },
): Array<{ record: SentenceRecord; context: string; words: string[] }> {
  // Who issued it, when and to whom: the words people ask with go on the lines that say so.
  const words = aboutWords(notice, lang.issuerWords, lang.dateWords);
  // An unsigned notice (a page cut off before its end) says who or when in its first sentence only if that names its issuer
  // or gives a date (鉴于…2020年1月27日至1月30日…暂停办理): a greeting (首先恭祝您新春快乐) answers neither, and the words
  // about the notice put on it drew questions about the notice's content.
  const unsigned = !notice.paragraphs.some((p) => p.role === 'signature' || p.role === 'date');
  const first = issuerSentences(notice);
  const dated = lang.answerTypes.find((a) => a.name === 'date');
  const framing =
    !unsigned ||
    first.some((ref) => {
      const text = sentenceIn(notice, ref)?.text ?? '';
      return text.includes(notice.issuer) || dated?.answeredBy.test(text) === true;
    });
  const lines = {
    signature: framing ? first : [],
    date: framing ? [dateSentence(notice)] : [],
    salutation: audienceSentences(notice, lang.patterns.addressing),
  } as const;
  const saysOf = (ref: SentenceRef) => (['signature', 'date', 'salutation'] as const).filter((k) => lines[k].some((l) => sameRef(l, ref)));
  const wordsFor = { signature: words.issuer, date: words.date, salutation: words.audience } as const;
  const out: Array<{ record: SentenceRecord; context: string; words: string[] }> = [];
  const leads = new Set(notice.paragraphs.flatMap((p) => (p.lead ? p.lead.split('\n') : [])));
  for (const p of notice.paragraphs) {
    // A list item's lead (下列国家标准：) is its context, as a heading is: searched, never quoted.
    const context = [p.heading ?? '', p.lead ?? ''].filter(Boolean).join('\n');
    for (const sentence of p.sentences) {
      const s = { ...sentence, text: withoutSpacing(sentence.text) };
      const ref = { notice: notice.id, paragraph: p.number, sentence: s.number };
      const citing = sectors.filter((x) => x.cites.some((c) => sameRef(c, ref)));
      const names = citing.map((x) => x.names['zh-Hans']);
      const namesEn = citing.map((x) => x.names.en.toLowerCase());
      const aliases = citing.flatMap((x) => x.aliases['zh-Hans']);
      const aliasesEn = citing.flatMap((x) => x.aliases.en.map((a) => a.toLowerCase()));
      const says = saysOf(ref);
      // A line holding a datum (联系方式：010-…) is found by the words that ask for it (电话, phone).
      const datum = lang.answerTypes.flatMap((t) => (t.foundBy?.holds.test(s.text) ? t.foundBy.words : []));
      const about = [...says.flatMap((k) => wordsFor[k]), ...datum.filter((w) => !isLatin(w))];
      const aboutEn = [...(says.includes('signature') ? [notice.issuerEn.toLowerCase()] : []), ...datum.filter(isLatin)];
      const all = [...names, ...namesEn, ...aliases, ...aliasesEn];
      const record: SentenceRecord = {
        ref,
        framing: p.role,
        says,
        text: s.text,
        heading: p.heading ?? '',
        lead: p.lead ?? '',
        announces: LEADS_INTO_LIST.test(sentence.text) || leads.has(sentence.text),
        sectorIds: citing.map((x) => x.id),
        sectorNames: names.join(SEP),
        aliases: withoutContained(aliases).join(SEP),
        about: about.join(SEP),
        sectorNamesEn: namesEn.join(SEP),
        aliasesEn: aliasesEn.join(SEP),
        aboutEn: aboutEn.join(SEP),
        aliasList: all,
        sentenceSide: [s.text, context, ...about, ...aboutEn].join('\n').toLowerCase(),
        aliasSide: all.join('\n'),
      };
      out.push({ record, context, words: [...all, ...about, ...aboutEn] });
    }
  }
  return out;
}

/**
 * fuse.js finds a word anywhere inside a field, so an alias inside another (医疗 in 医疗卫生) adds nothing
 * but text to scan; coverage and sector naming still see every alias.
 */
function withoutContained(aliases: string[]): string[] {
  const unique = [...new Set(aliases)];
  return unique.filter((a) => !unique.some((b) => b !== a && b.includes(a)));
}

/** Words people use when asking who issued a notice, when, and to whom. */
function aboutWords(notice: Notice, issuerWords: string[], dateWords: string[]): { issuer: string[]; date: string[]; audience: string[] } {
  const [y, m, d] = notice.date.split('-').map(Number);
  return {
    issuer: [notice.issuer, notice.shortTitle, notice.region, ...issuerWords],
    date: [`${y}年${m}月${d}日`, `${m}月${d}日`, notice.date, ...dateWords],
    audience: [`${notice.kind['zh-Hans']}对象`, '对象'],
  };
}
