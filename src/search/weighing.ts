// How much each concept of a message weighs in the search: what the asking clauses say leads, the story around
// them counts less (and never more than a part of the asking), the notice's own name little, light words little.
import { isGeneralPair } from '../knowledge/types.js';
import { conceptWeight } from './coverage.js';
import type { QueryLanguage } from './language.js';
import { TUNING } from './tuning.js';
import type { Vocabulary } from './vocabulary.js';

export interface WeighingInput {
  /** The message's concepts, those of its asking part first. */
  concepts: string[][];
  /** How many of `concepts` the asking part holds. */
  asked: number;
  /** The asking part (story.ts), standardised. */
  ask: string;
  /** It asks who issued the notice, when or to whom: the notice's name is then what it asks of. */
  aboutTheNotice: boolean;
  lang: QueryLanguage;
  vocab: Vocabulary;
  /** Names of the notices loaded (their issuers, regions). */
  noticeNames: ReadonlySet<string>;
  /** The issuing bodies without their places (民政局): who speaks when the question asks what it says. */
  issuerBodies: ReadonlySet<string>;
  /** The issuers of the notices loaded (海南省生物工程协会), whose words a question may name them by. */
  issuers: readonly string[];
  /** A text without the places it names (南京自然医学 -> 自然医学): what of a name is the body's own (see issuerNameWords). */
  withoutPlaces: (text: string) => string;
  /** What comes before a word naming the asker (我们, 我们这种), at the end of a text. */
  askerBefore: RegExp;
}

export interface Weighing {
  weights: number[];
  /**
   * The weights as they are for a notice of this issuer: a word that weighed little only because it spells another
   * notice's issuer (光伏 of 中国光伏行业协会) weighs in full for a notice whose issuer it does not spell, as the thing asked of.
   */
  weightsFor: (issuer: string) => number[];
  /** Words that say how, not what (an adjective, an aspect, a segmenter's cut): never the focus. */
  light: { has: (word: string) => boolean };
}

export function weighConcepts(x: WeighingInput): Weighing {
  const { concepts, lang: ql, vocab, ask } = x;
  // An adjective no notice knows (合适, 重要) says how, not what, and a noun naming an aspect (原则, 目标) says which
  // part of what the notice says: either weighs as a light word and is never the focus. So do two characters that
  // are no word of general Chinese nor of a lexicon (留|着用, 拿去, 人的): the segmenter's cut, not a thing asked for.
  const cut = (w: string) => /^[\u4e00-\u9fff]{2}$/u.test(w) && !ql.words.has(w) && !isGeneralPair(ql.pairs, w);
  const light = {
    has: (w: string) => ql.lightWords.has(w) || ((ql.adjectiveWords.has(w) || ql.aspectWords.has(w) || cut(w)) && !vocab.has(w)),
  };
  const raw = concepts.map((c) => conceptWeight(c, vocab, ql.genericWords, { light, verbs: ql.verbWords }));
  // The story counts less than the question, and never more than a part of it, however long it is.
  const askWeight = raw.slice(0, x.asked).reduce((a, w) => a + w, 0);
  const storyWeight = raw.slice(x.asked).reduce((a, w) => a + w, 0);
  // ...unless the asking clause names nothing of its own (倡议对我们是怎么要求的, 直接过去就行吗: only light, aspect or
  // question words): then the story says what about.
  // Nor does a word naming the asker (对我们业主, 我们医生这块): who asks, not what about.
  const namesAsker = (c: string[]) => {
    const word = c[0]!;
    // No concept is empty; were one, indexOf('') would find it everywhere, and the loop would never end.
    if (!word) return ql.patterns.askerWord.test(ask);
    for (let at = ask.indexOf(word); at >= 0; at = ask.indexOf(word, at + 1)) if (x.askerBefore.test(ask.slice(0, at))) return true;
    return false;
  };
  const askNames = concepts
    .slice(0, x.asked)
    .filter(
      (c) => !c.every((f) => ql.genericWords.has(f) || x.noticeNames.has(f) || ql.aspectWords.has(f) || light.has(f) || ql.isQuestionWord(f)) && !namesAsker(c),
    ).length;
  // ...and an asking clause pointing back at the story (需要这些东西吗) asks about the story's things: not capped.
  const storyFactor =
    storyWeight > 0
      ? ql.patterns.refersBack.test(ask)
        ? TUNING.referredStoryFactor
        : askNames === 0
          ? TUNING.backgroundFactor
          : Math.min(TUNING.backgroundFactor, (TUNING.backgroundCap * askWeight) / storyWeight)
      : 0;
  // The notice's own name in a question points at the notice, unless the question asks who issued it.
  // ...and so does its issuing body when the question asks what it says (民政局怎么说的): who speaks, not what about.
  const speaker = ql.patterns.generalAsk.test(ask);
  const issuerWords = issuerNameWords(concepts, x, ql.genericWords, ask);
  // A word of any notice's name (its region, its issuer) or, when the question asks what it says, the issuing body.
  const namesANotice = (c: string[]) => c.some((f) => x.noticeNames.has(f) || (speaker && x.issuerBodies.has(f)));
  const names = (c: string[], i: number) => !x.aboutTheNotice && (issuerWords.has(i) || namesANotice(c));
  const lowered = ask.toLowerCase();
  const weighed = (i: number, named: boolean) =>
    (i >= x.asked ? raw[i]! * storyFactor : raw[i]!) *
    (named ? TUNING.noticeNameFactor : 1) *
    (i < x.asked && asksAspectByName(concepts[i]!, lowered, ql) ? TUNING.askedAspectFactor : 1);
  const weights = concepts.map((c, i) => weighed(i, names(c, i)));
  // Named only as an issuer's words, and not this issuer's: no name factor.
  const otherIssuers = [...issuerWords].filter((i) => !namesANotice(concepts[i]!));
  const weightsFor = (issuer: string) => {
    const others = otherIssuers.filter((i) => !concepts[i]!.some((f) => /\p{Script=Han}/u.test(f) && issuer.includes(f)));
    if (x.aboutTheNotice || others.length === 0) return weights;
    return weights.map((w, i) => (others.includes(i) ? weighed(i, false) : w));
  };
  return { weights, weightsFor, light };
}

/**
 * Whether the asking part names this concept as what it asks for (what principles, which spirit): an aspect word
 * (language.json aspectWords) whose English form stands, as a whole word, right after `patterns.headAsked` in the
 * lower-cased asking part.
 */
function asksAspectByName(forms: string[], lowered: string, ql: QueryLanguage): boolean {
  if (!forms.some((f) => ql.aspectWords.has(f))) return false;
  return forms.some((f) => {
    if (!/^[a-z]/.test(f)) return false;
    for (let at = lowered.indexOf(f); at >= 0; at = lowered.indexOf(f, at + 1)) {
      const wholeWord = !/[a-z]/.test(lowered[at + f.length] ?? '');
      if (wholeWord && ql.patterns.headAsked.test(lowered.slice(0, at))) return true;
    }
    return false;
  });
}

/**
 * The concepts that, with the kind of organisation after them, spell a notice's issuer (生物工程|协会 of 海南省生物工程协会,
 * 中国|摄影家协会, China Photographers Association), also with more of the name between (建设监理 … 协会 of
 * 武汉建设监理与咨询行业协会): the asker names whose notice, not what about. A word of the name
 * asked without the kind after it (餐饮 of 武汉市餐饮行业协会, 大排档要按倡议来吗) stays what the question is about.
 */
function issuerNameWords(
  concepts: string[][],
  { issuers, withoutPlaces }: { issuers: readonly string[]; withoutPlaces: (text: string) => string },
  kinds: ReadonlySet<string>,
  ask: string,
): Set<number> {
  const named = new Set<number>();
  const inIssuer = (text: string) => issuers.some((issuer) => issuer.includes(text));
  // Long beyond the place it names: a place and a kind of body (福州|民政局) is what the question is of, not whose.
  const spellsName = (text: string) => inIssuer(text) && [...withoutPlaces(text)].length >= TUNING.issuerPairChars;
  // A word of the name with more of it between the word and the kind (建设监理 … 协会 of 武汉建设监理与咨询行业协会).
  const longWord = (f: string) => [...withoutPlaces(f)].length >= TUNING.issuerWordChars;
  const beforeInIssuer = (f: string, k: string) =>
    issuers.some((issuer) => {
      const at = issuer.indexOf(f);
      return at >= 0 && issuer.includes(k, at + f.length);
    });
  const chinese = (c: string[]) => c.filter((f) => [...f].length >= 2 && /^\p{Script=Han}+$/u.test(f));
  const longKinds = [...kinds].filter((k) => [...k].length >= 2);
  const lowered = ask.toLowerCase();
  for (let i = concepts.length - 1; i >= 0; i--) {
    const next = concepts[i + 1] ? chinese(concepts[i + 1]!) : [];
    const own = chinese(concepts[i]!);
    const beforeKind = own.some((f) => next.some((k) => kinds.has(k) && (inIssuer(f + k) || (longWord(f) && beforeInIssuer(f, k)))));
    // ...or before a word already read as part of the name (中国 before 摄影家协会).
    const beforeName = named.has(i + 1) && own.some((f) => next.some((k) => inIssuer(f + k)));
    // ...or a name with its kind, as a lexicon gives it (摄影家协会).
    // (The kind first: it is a few words, the issuers as many as the notices loaded.)
    const withKind = own.some((f) => !kinds.has(f) && longKinds.some((k) => f.endsWith(k)) && inIssuer(f));
    // ...or two words that together spell a long part of the name (陶瓷博物|馆 of 淄博市陶瓷博物馆).
    // As typed: a form a lexicon adds (文化 for 电影院, 建筑 for construction) spells no name the asker wrote.
    const joined = (concepts[i]![0] ?? '') + (concepts[i + 1]?.[0] ?? '');
    const pair = i + 1 < concepts.length && ask.includes(joined) && spellsName(joined);
    // ...or, in English, two words typed side by side whose readings spell it (Ceramics Museum: 陶瓷|博物馆).
    const englishPair =
      i + 1 < concepts.length && typedSideBySide(concepts[i]!, concepts[i + 1]!, lowered) && own.some((f) => next.some((k) => spellsName(f + k)));
    if (pair || englishPair) named.add(i + 1);
    if (beforeKind || beforeName || withKind || pair || englishPair) named.add(i);
  }
  return named;
}

/** Whether an English word of one concept and one of the next are typed one after the other (ceramics museum). */
function typedSideBySide(a: string[], b: string[], lowered: string): boolean {
  const latin = (c: string[]) => c.filter((f) => /^[a-z]+$/.test(f));
  return latin(a).some((x) => latin(b).some((y) => new RegExp(`\\b${x}\\s+${y}`).test(lowered)));
}
