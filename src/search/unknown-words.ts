// Which of a question's concepts no notice knows: their weight is what the decision reads as asked of something
// else (比特币, 核酸). Known: a word of the text of the best sentence's notice (among several notices, a word only
// another one uses is not known to this one), a word naming the kind of answer asked (电话: whether a
// sentence holds one is weighed apart), a quantity stated, the document itself, a word naming an aspect of what is
// said (language.json aspectWords), a place or a title word of the notice of the best sentence.
import type { Notice } from '../knowledge/types.js';
import type { QueryConcepts, SentenceRecord } from './index.js';
import { wordBoundaries } from './normalise.js';
import type { NoticePlaces } from './places.js';
import type { Vocabulary } from './vocabulary.js';

/** Three Chinese characters or more: a part of a name no shorter word of a question spells by chance. */
const ISSUER_PART = /^\p{Script=Han}{3,}$/u;

export interface UnknownContext {
  /** The notice of the best sentence. */
  notice: Notice;
  english: boolean;
  /** A word naming the kind of answer asked (地址, 邮编, 电话). */
  namesType: (concept: string[]) => boolean;
  /** A quantity the asker states (两百来人), held by a sentence's bounds. */
  statesQuantity: (concept: string[]) => boolean;
  /** The document itself (这篇文章, the article): what is asked is about it, not a thing it lacks. */
  selfWord: (form: string) => boolean;
  /** A word naming which part of what is said is asked (原则, 说法, 开始 of 几点开始): no thing of its own. */
  aspectWords: ReadonlySet<string>;
  /** A place the asker says they are in or come from (我在香港): their story, not a place the notice lacks. */
  askerPlace: (form: string) => boolean;
}

export class UnknownWords {
  /** Each notice's title's word boundaries, cut when first asked. */
  private readonly titleCuts = new Map<string, Set<number>>();

  /** Each notice's searchable text (its sentences, headings and sector words), joined when first asked. */
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly vocab: Vocabulary,
    private readonly places: NoticePlaces,
    private readonly recordsOf: (notice: string) => SentenceRecord[],
    private readonly notices: number,
  ) {}

  /** Each concept's weight if it is unknown (to every notice, or to the best sentence's among several), else 0. */
  weights(concepts: QueryConcepts, weights: number[], x: UnknownContext): number[] {
    return concepts.map((c, i) => (this.known(c, x) ? 0 : (weights[i] ?? 0)));
  }

  private known(c: string[], x: UnknownContext): boolean {
    return (
      c.some((f) => this.vocab.has(f.toLowerCase()) && (x.english || this.heldBy(x.notice, f.toLowerCase()))) ||
      x.namesType(c) ||
      x.statesQuantity(c) ||
      c.every(x.selfWord) ||
      c.some(x.askerPlace) ||
      x.aspectWords.has(c[0]!) ||
      // A place the notice is of or names is known, though its text writes it whole (湖南 of 湖南省).
      c.some((f) => this.places.names(f, x.notice)) ||
      // A word of its title, typed, names the notice (这个征稿 of a 征稿通知), though its text may never say it.
      (!x.english && c.some((f) => this.titleWord(x.notice, f))) ||
      // So does a part of its issuer's name (商业联合会 of 重庆市綦江区商业联合会, for 商联会), though its words are cut apart.
      c.some((f) => ISSUER_PART.test(f) && x.notice.issuer.includes(f))
    );
  }

  /**
   * Whether the notice of the best sentence has the word: among several notices, a word only another one uses (会费 of a
   * membership notice, asked of a notice on tomb-sweeping) is as unknown to this one as to every notice. Not for an English
   * question: its words reach Chinese ones through every notice's glossary, so one notice's English names another's words.
   */
  private heldBy(n: Notice, word: string): boolean {
    if (this.notices < 2) return true;
    let text = this.texts.get(n.id);
    if (text === undefined) {
      text = this.recordsOf(n.id)
        .map((r) => `${r.sentenceSide}\n${r.heading}\n${r.aliasSide}\n${r.about}`)
        .join('\n')
        .toLowerCase();
      this.texts.set(n.id, text);
    }
    return text.includes(word);
  }

  /** Whether a word is a whole word of a notice's title (会费 of 2020年会费通知, not 年会). */
  private titleWord(n: Notice, word: string): boolean {
    const at = n.title.indexOf(word);
    if (word.length < 2 || at < 0) return false;
    let cuts = this.titleCuts.get(n.id);
    if (!cuts) {
      cuts = wordBoundaries(n.title);
      this.titleCuts.set(n.id, cuts);
    }
    return cuts.has(at) && cuts.has(at + word.length);
  }
}
