// What names a notice in a question: words of its title, issuer or region that no other notice has (and that
// no other notice's sentences use), the words of its English title and issuer that no other has, and its kind of
// document when no other notice's kind contains it.
import type { Notice } from '../knowledge/types.js';
import { bigramTerms } from './bm25.js';

export class NoticeNames {
  /** A bigram of a notice's title, issuer or region -> that notice; null when several notices share it. */
  private readonly identityBigrams = new Map<string, number | null>();
  /** Each kind of document loaded (通知, 倡议书) -> the notices of that kind: a question reads the few kinds, not every notice. */
  private readonly kindHolders = new Map<string, number[]>();
  /** An issuing body without its place (文化馆 of 安远县文化馆) -> the one notice it issued; null when several. */
  private readonly bodyOwners = new Map<string, number | null>();
  /** A word of a notice's English title or issuer (bazhou, photographers) -> that notice; null when several. */
  private readonly englishWords = new Map<string, number | null>();
  /** The English names of the loaded notices' kinds (notice, appeal, letter): a kind, not a name. */
  private readonly englishKinds = new Set<string>();
  /** Words for kinds of organisation of two or more characters (协会, 行业协会). */
  private readonly generic: string[];

  /**
   * `commonEnglish`: an English word that names no one (a stop word, a kind of organisation or of document: the,
   * association, appeal), from the language knowledge.
   */
  constructor(
    genericWords: Set<string>,
    private readonly commonEnglish: (word: string) => boolean = () => false,
  ) {
    this.generic = [...genericWords].filter((g) => [...g].length >= 2);
  }

  add(notice: Notice, number: number): void {
    // A kind of organisation's bigrams (协会, 业协 of 行业协会) name no notice, even when only one title holds them.
    for (const t of new Set(bigramTerms([notice.title, notice.shortTitle, notice.issuer, notice.region].join(' ')).filter((x) => [...x].length > 1))) {
      if (this.generic.some((g) => g.includes(t))) continue;
      claim(this.identityBigrams, t, number);
    }
    const holders = this.kindHolders.get(notice.kind['zh-Hans']) ?? [];
    if (!holders.includes(number)) holders.push(number);
    this.kindHolders.set(notice.kind['zh-Hans'], holders);
    // An English question names its notice as the English title and issuer do (the Bazhou Red Cross).
    for (const w of englishWordsOf(notice.kind.en)) this.englishKinds.add(w);
    for (const w of new Set(englishWordsOf(`${notice.titleEn} ${notice.issuerEn}`))) if (!this.commonEnglish(w)) claim(this.englishWords, w, number);
  }

  /** A body that issued notice `number`, without its place: named alone (文化馆的电话), it names that notice if no other. */
  addBody(body: string, number: number): void {
    // A kind of organisation alone (商会 of 宝鸡市山东商会, once its places are out) names no one.
    if (!this.generic.includes(body)) claim(this.bodyOwners, body, number);
  }

  /**
   * The number of the notice a question names: the one sharing the most with it, when exactly one does, by at
   * least a kind or two name bigrams. `bigrams`: a bigram -> the notices whose sentences hold it.
   */
  named(simplified: string, bigrams: Map<string, number[]>): number | undefined {
    const scores = new Map<number, number>();
    // Only what one notice alone is called by names it (协会 or 关于 name none).
    for (const t of new Set(bigramTerms(simplified))) {
      const owner = this.identityBigrams.get(t);
      // A title word that other notices' sentences use too (防控 of 防控工作的通知) is a topic, not a name.
      const users = bigrams.get(t);
      if (owner !== undefined && owner !== null && (!users || users.every((n) => n === owner))) scores.set(owner, (scores.get(owner) ?? 0) + 1);
    }
    for (const w of new Set(englishWordsOf(simplified))) {
      const owner = this.englishKinds.has(w) ? undefined : this.englishWords.get(w);
      if (owner !== undefined && owner !== null) scores.set(owner, (scores.get(owner) ?? 0) + 1);
    }
    // A kind of document that one notice alone is called by: people call an 倡议书 an 倡议, so 倡议 names neither of an
    // 倡议 and an 倡议书, and 倡议书 names the 倡议书.
    for (const kind of this.kindHolders.keys()) {
      if (!simplified.includes(kind)) continue;
      const called = [...this.kindHolders].flatMap(([k, holders]) => (k.includes(kind) ? holders : []));
      if (called.length === 1) scores.set(called[0]!, (scores.get(called[0]!) ?? 0) + 2);
    }
    // An issuing body without its place that one notice alone has.
    for (const [name, owner] of this.bodyOwners) if (owner !== null && simplified.includes(name)) scores.set(owner, (scores.get(owner) ?? 0) + 2);
    const [first, second] = [...scores].sort((a, b) => b[1] - a[1]);
    return first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : undefined;
  }
}

/** The English words of a text that could name something: four letters or more, lower-cased. */
function englishWordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z]{4,}/g) ?? [];
}

/** `key` is notice `number`'s, unless another notice has it too (null). */
function claim(owners: Map<string, number | null>, key: string, number: number): void {
  const owner = owners.get(key);
  owners.set(key, owner === undefined || owner === number ? number : null);
}
