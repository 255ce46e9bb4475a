// The knowledge about how people talk, made ready for queries: question words, lexicon expansions
// (dialect, Cantonese, everyday names, English) and answer-type patterns. Built once per knowledge
// version from knowledge/language.json, knowledge/lexicon/*.json and each notice's own terms.

import { stemmer } from 'stemmer';
import type { AnswerType, LanguageData } from '../knowledge/language-types.js';
import { escapeRegExp } from '../knowledge/regexp.js';
import { isGeneralPair, type KnowledgeBase, type LexiconEntry } from '../knowledge/types.js';
import { bagDistance, editDistance, letterCounts } from '../text/edit-distance.js';
import { wordBoundaries } from './normalise.js';
import { shortNameEntries } from './short-names.js';

export class QueryLanguage {
  readonly questionWords: Set<string>;
  readonly aspectWords: Set<string>;
  readonly measureWords: Set<string>;
  readonly genericWords: Set<string>;
  readonly lightWords: Set<string>;
  readonly particles: Set<string>;
  readonly conjunctions: Set<string>;
  readonly verbWords: Set<string>;
  readonly adjectiveWords: Set<string>;
  readonly pairs: string;
  readonly nounWords: Set<string>;
  readonly patterns: LanguageData['patterns'];
  readonly answerTypes: AnswerType[];
  readonly issuerWords: string[];
  readonly dateWords: string[];
  /** Every Chinese word a lexicon knows: queries are re-joined into these as into notice words. */
  readonly words = new Set<string>();
  private readonly zh = new Map<string, string[]>();
  /** Document terms that everyday business names lead to (餐饮 for 火锅店): they name a sector. */
  private readonly sectorTerms = new Set<string>();
  private readonly businessWords = new Set<string>();
  /** Lexicon words that mean something beyond question words (the rest are fillers: 咋个, 嘛). */
  private readonly content = new Set<string>();
  private readonly en = new Map<string, string[]>();
  /** Single English words by their Porter stem: promotion, promote and promoting share promot. */
  private readonly enByStem = new Map<string, string[]>();
  readonly englishStopWords: Set<string>;
  private readonly realEnglish: Set<string>;
  /** Single English words the lexicons and stop list know, for typo correction. */
  private readonly englishWords: string[];
  private readonly dialectQuestions: RegExp | undefined;
  /** Pinyin slips that are dictionary words (连系 for 联系): the sound correction leaves them, so they are replaced. */
  private readonly slips = new Map<string, string>();
  /** Each notice's issuer's short names (short-names.ts), derived once: read as lexicon entries and by the index as names. */
  private readonly shortNames = new Map<string, LexiconEntry[]>();
  private readonly slipWords: RegExp | undefined;
  private readonly slip: RegExp;
  private readonly whoBeforeThing: RegExp;
  private readonly askerIsAt: RegExp;

  constructor(kb: KnowledgeBase) {
    const l = kb.language;
    this.questionWords = l.questionWords;
    this.aspectWords = l.aspectWords;
    this.measureWords = l.measureWords;
    this.genericWords = l.genericWords;
    this.lightWords = l.lightWords;
    this.particles = l.particles;
    this.conjunctions = l.conjunctions;
    this.verbWords = l.verbWords;
    this.adjectiveWords = l.adjectiveWords;
    this.pairs = l.pairs;
    this.nounWords = l.nounWords;
    this.patterns = l.patterns;
    this.slip = new RegExp(l.patterns.slipForWhich.source, 'gu');
    this.whoBeforeThing = new RegExp(l.patterns.whoBeforeThing.source, 'gu');
    this.askerIsAt = new RegExp(l.patterns.askerIsAt.source, 'gu');
    this.answerTypes = l.answerTypes;
    this.issuerWords = l.issuerWords;
    this.dateWords = l.dateWords;
    this.englishStopWords = l.englishStopWords;
    this.realEnglish = l.realEnglish;
    // Meanings gather in sets, turned into lists at the end: every notice's own terms come again and again
    // (a thousand notices, a thousand times), and re-copying each list on each was most of this constructor.
    const zh = new Map<string, Set<string>>();
    const en = new Map<string, Set<string>>();
    const add = (map: Map<string, Set<string>>, said: string, means: string[]) => {
      let meanings = map.get(said);
      if (!meanings) {
        meanings = new Set<string>();
        map.set(said, meanings);
      }
      for (const m of means) if (m !== said) meanings.add(m);
    };
    for (const n of kb.notices) this.shortNames.set(n.id, shortNameEntries(n.issuer, kb.language));
    // Walked, not gathered into one list: at a thousand notices they are 800,000 entries (each notice's glossary).
    const eachEntry = (english: boolean, f: (e: LexiconEntry) => void) => {
      for (const x of kb.lexicons) if ((x.variety === 'english') === english) for (const e of x.entries) f(e);
      for (const n of kb.notices) {
        if (english) for (const e of n.english) f(e);
        else for (const e of [...n.terms, ...this.shortNamesOf(n.id)]) f(e);
      }
    };
    eachEntry(false, (e) => {
      for (const s of e.said) {
        add(zh, s, e.means);
        this.words.add(s);
        if (e.means.some((m) => !this.questionWords.has(m))) this.content.add(s);
      }
    });
    // A place's name is one word (黔东南, not 黔 and the 东南 of 东南部), whatever the segmenter cuts.
    for (const name of kb.language.places.keys()) if (/^\p{Script=Han}{2,}$/u.test(name)) this.words.add(name);
    eachEntry(true, (e) => {
      for (const s of e.said) add(en, s.toLowerCase(), e.means);
    });
    // British and American spellings are one word (rumours, rumors): what a notice's glossary gives one of them
    // (rumors -> 传谣, from CC-CEDICT, which spells the American way) the other means too.
    const spellings = new Map<string, string[]>();
    for (const said of en.keys()) {
      const key = americanSpelling(said);
      if (key !== said) spellings.set(key, [...(spellings.get(key) ?? [key]), said]);
    }
    for (const [american, forms] of spellings) {
      if (!en.has(american)) continue;
      const all = new Set(forms.flatMap((f) => [...(en.get(f) ?? [])]));
      for (const f of forms) en.set(f, all);
    }
    for (const [said, means] of zh) this.zh.set(said, [...means]);
    for (const [said, means] of en) this.en.set(said, [...means]);
    const byStem = new Map<string, Set<string>>();
    for (const [said, means] of en) {
      if (!/^[a-z]{4,}$/.test(said)) continue;
      const key = stemmer(said);
      const set = byStem.get(key) ?? new Set<string>();
      for (const m of means) set.add(m);
      byStem.set(key, set);
    }
    for (const [key, means] of byStem) this.enByStem.set(key, [...means]);
    for (const x of kb.lexicons.filter((l) => l.variety === 'business'))
      for (const e of x.entries) {
        for (const m of e.means) this.sectorTerms.add(m);
        for (const s of e.said) this.businessWords.add(s);
      }
    this.englishWords = [...new Set([...this.en.keys(), ...this.englishStopWords])].filter((w) => /^[a-z]{4,}$/.test(w));
    const dialect = [...this.zh.entries()]
      .filter(([said, means]) => means.length > 0 && !this.questionWords.has(said) && means.every((m) => this.questionWords.has(m)))
      .map(([said]) => said)
      .sort((a, b) => b.length - a.length);
    this.dialectQuestions = dialect.length > 0 ? new RegExp(dialect.map(escapeRegExp).join('|'), 'gu') : undefined;
    for (const x of kb.lexicons.filter((l) => l.variety === 'slips'))
      for (const e of x.entries) for (const s of e.said) if (e.means[0]) this.slips.set(s, e.means[0]);
    const slips = [...this.slips.keys()].sort((a, b) => b.length - a.length);
    this.slipWords = slips.length > 0 ? new RegExp(slips.map(escapeRegExp).join('|'), 'gu') : undefined;
  }

  /** The short names of a notice's issuer (律协 for 辽源市律师协会), as lexicon entries: what each stands for. */
  shortNamesOf(noticeId: string): LexiconEntry[] {
    return this.shortNames.get(noticeId) ?? [];
  }

  /** Whether the asker named a business (饭店, 超市): what a notice to organisations says of them is indirect. */
  isBusinessWord(word: string): boolean {
    return this.businessWords.has(word);
  }

  /** Whether a form is a sector term that business names expand to (it names, it does not answer). */
  namesSector(form: string): boolean {
    return this.sectorTerms.has(form);
  }

  /** The concept's forms: the word itself first, then what documents say for it. */
  synonyms(term: string): string[] {
    return [term, ...(this.zh.get(term) ?? [])];
  }

  /**
   * A word that asks rather than names: a question word, or a lexicon word that means only question
   * words or nothing at all (咋个 -> 怎么, 嘛 -> nothing).
   */
  isQuestionWord(word: string): boolean {
    if (this.questionWords.has(word)) return true;
    return this.zh.has(word) && !this.content.has(word);
  }

  /**
   * Whether the word at `at` names a thing: two Chinese characters or more, at the segmenter's edges, that general
   * Chinese does not use as a verb, an adjective or a light word, and that asks nothing (部门 and 国家; not 负责, 可以).
   */
  private namesThing(text: string, at: number, edges: Set<number>): boolean {
    if (!edges.has(at)) return false;
    let end = at + 1;
    while (end < text.length && !edges.has(end)) end++;
    const word = text.slice(at, end);
    return (
      /^\p{Script=Han}{2,}$/u.test(word) &&
      !this.verbWords.has(word) &&
      !this.adjectiveWords.has(word) &&
      !this.lightWords.has(word) &&
      !this.isQuestionWord(word)
    );
  }

  /** Dialect question words replaced by standard ones (咋个 -> 怎么, 边个 -> 谁), for the question patterns. */
  standardise(typed: string): string {
    // Not inside the segmenter's words on both sides: 多会 (when) is no question in 很多|会员. One edge is enough,
    // as the segmenter does not know every dialect word (这|通知|是啥|时候 holds 啥时候).
    let edges: Set<number> | undefined;
    // A slip is the word meant, for the patterns as for the search (打哪个电化 asks a phone number); only as a word of
    // its own, at the segmenter's edges on both sides (防空洞 and 在次日 hold no slip).
    const text = this.slipWords
      ? typed.replace(this.slipWords, (w, at: number) => {
          edges ??= wordBoundaries(typed);
          return edges.has(at) && edges.has(at + w.length) ? (this.slips.get(w) ?? w) : w;
        })
      : typed;
    if (text !== typed) edges = undefined;
    // Cantonese 边个 asks who, but which before a thing's name (边个部门, 边个国家): 哪个, or the kind's patterns miss it.
    const which = text.replace(this.whoBeforeThing, (w, at: number) => {
      edges ??= wordBoundaries(text);
      return this.namesThing(text, at + w.length, edges) ? '哪个' : w;
    });
    if (which !== text) edges = undefined;
    const replaced = this.dialectQuestions
      ? which.replace(this.dialectQuestions, (w, at: number) => {
          edges ??= wordBoundaries(which);
          // A single character needs both: 系 (Cantonese 係, is) is no word inside 联系, 体系.
          const cut = [...w].length === 1 ? edges.has(at) && edges.has(at + w.length) : edges.has(at) || edges.has(at + w.length);
          return cut && !this.insideQuestionWord(which, w, at) ? (this.zh.get(w)?.[0] ?? w) : w;
        })
      : which;
    // A word asked as A-not-AB (支不支持, 同不同意) is the word asked whether: 是否支持, else the segmenter sees 支|不|支持.
    // Not a question word's own A-not-A (能不能, 要不要): 能不能|指定 is no 是否|能指|定.
    const whether = replaced.replace(/(\p{Script=Han})([不没])\1(\p{Script=Han})/gu, (m, a: string, not: string, b: string) =>
      a !== b && !this.questionWords.has(a + not + a) && (this.words.has(a + b) || isGeneralPair(this.pairs, a + b)) ? `是否${a}${b}` : m,
    );
    // A modal asked around its verb (能卖不能卖, 可以去不可以去) asks as 能不能卖 does: not 不能, a word of what is said.
    const modal = whether.replace(/(能|可以|会|要|敢)(\p{Script=Han}{1,2})不\1\2/gu, '$1不$1$2');
    // A verb with a potential complement (进得去, 买得到, 搞得成不) asks whether one can: 能进, 能买, 能搞. Not 得 after
    // an adverb (还得去: must), nor a lexicon's word (要得: fine).
    const potential = modal.replace(/(\p{Script=Han})得(?:到|成|了|去|来|动)/gu, (m, v: string) =>
      this.words.has(`${v}得`) || this.lightWords.has(v) || /[还就也都只又]/u.test(v) ? m : `能${v}`,
    );
    // A sentence that asks with no question word asks with a slip (这个通知是那个单位发的？, 是那天发的): the last
    // sentence, or one ending in a question mark.
    const sentences = potential.split(/(?<=[。！？!?；;\n])/u);
    return sentences
      .map((s, i) => ((i === sentences.length - 1 || /[？?]\s*$/u.test(s)) && !this.patterns.asking.test(s) ? s.replace(this.slip, '哪') : s))
      .join('');
  }

  /**
   * Whether the dialect word found at `at` is part of a standard question word there: 么样 (Wuhan: how) in 什么样 (what
   * kind of) is no dialect, and replaced it left 什 as a thing asked for.
   */
  private insideQuestionWord(text: string, w: string, at: number): boolean {
    for (const q of this.questionWords) {
      if (q.length <= w.length) continue;
      for (let off = q.indexOf(w); off >= 0; off = q.indexOf(w, off + 1)) if (at >= off && text.startsWith(q, at - off)) return true;
    }
    return false;
  }

  /** The text without where the asker says they are (我在香港): what is left may name a place asked about. */
  withoutAskerPlace(text: string): string {
    return text.replace(this.askerIsAt, ' ');
  }

  /** What a text says of where the asker is or comes from (我在成都打工, 我係梅州人): the spans askerIsAt finds. */
  askerPlaceSpans(text: string): string {
    return (text.match(this.askerIsAt) ?? []).join('\n');
  }

  /**
   * The lexicon word a mistyped English word stands for (acording -> according): one edit away for words of
   * five letters or more when no other word is; for words of nine or more, the nearest within two edits when
   * no other is as near (constuction -> construction, not constructions). Shorter real words (raise, buy) would
   * be "corrected" into others, so they are not. An abbreviation of four letters or more stands for the
   * shortest lexicon word it begins (assoc -> association). A word in general use is none of these.
   */
  englishTypo(word: string): string | undefined {
    // A real word is no typo (fixed is not fined, kind not kindergarten): knowledge/english-words.json.
    if (!/^[a-z]+$/.test(word) || word.length < 4 || this.realEnglish.has(word)) return undefined;
    const longer = this.englishWords.filter((w) => w.length > word.length + 1 && w.startsWith(word)).sort((a, b) => a.length - b.length);
    // Its forms, and the lexicons' own misspellings of it (assocation), mean the same: one word.
    const means = (w: string) => this.en.get(w)?.join() ?? w;
    if (longer.length > 0 && longer.every((w) => w.startsWith(longer[0]!) || means(w) === means(longer[0]!))) return longer[0];
    if (word.length < 5) return undefined;
    const most = word.length >= 9 ? 2 : 1;
    // A cheap bound first (letters in common), then the edit distance.
    const counts = letterCounts(word);
    const near = this.englishWords
      .filter((w) => Math.abs(w.length - word.length) <= most && bagDistance(counts, w) <= most)
      .map((w) => ({ w, d: editDistance(w, word, most) }))
      .filter((x) => x.d <= most);
    if (word.length < 9) return near.length === 1 ? near[0]!.w : undefined;
    const best = Math.min(...near.map((x) => x.d));
    const nearest = near.filter((x) => x.d === best);
    return nearest.length === 1 ? nearest[0]!.w : undefined;
  }

  englishMeaning(phrase: string): string[] | undefined {
    return this.en.get(phrase);
  }

  /**
   * What the lexicons give a word of the same stem (promote for promotion, residence for residential, by the
   * Porter stemmer), for a word none gives itself: the dictionary glosses one form of a word, people ask with another.
   */
  englishByStem(word: string): string[] | undefined {
    // A word that is no real one (offical) is a typo, corrected to the word meant rather than stemmed (offic, office);
    // the plural of a real one (medics: the dictionary glosses medic) is real.
    const real = this.realEnglish.has(word) || (word.endsWith('s') && this.realEnglish.has(word.slice(0, -1)));
    return /^[a-z]{4,}$/.test(word) && real ? this.enByStem.get(stemmer(word)) : undefined;
  }
}

/** A word spelt the American way (rumour -> rumor, organise -> organize, centre -> center), as CC-CEDICT spells. */
function americanSpelling(word: string): string {
  return word
    .replace(/our(s?)$/, 'or$1')
    .replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/([^aeiou])re(s?)$/, '$1er$2');
}
