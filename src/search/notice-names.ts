// What names a notice in a question: words of its title, issuer or region that no other notice has (and that
// no other notice's sentences use), and its kind of document when it is the only one of that kind.
import type { Notice } from '../knowledge/types.js';
import { bigramTerms } from './bm25.js';

export class NoticeNames {
  /** A bigram of a notice's title, issuer or region -> that notice; null when several notices share it. */
  private readonly identityBigrams = new Map<string, number | null>();
  /** A kind of document (通知) -> the one notice of that kind; null when several. */
  private readonly kindOwners = new Map<string, number | null>();
  /** An issuing body without its place (文化馆 of 安远县文化馆) -> the one notice it issued; null when several. */
  private readonly bodyOwners = new Map<string, number | null>();
  /** Words for kinds of organisation of two or more characters (协会, 行业协会). */
  private readonly generic: string[];

  constructor(genericWords: Set<string>) {
    this.generic = [...genericWords].filter((g) => [...g].length >= 2);
  }

  add(notice: Notice, number: number): void {
    // A kind of organisation's bigrams (协会, 业协 of 行业协会) name no notice, even when only one title holds them.
    for (const t of new Set(bigramTerms([notice.title, notice.shortTitle, notice.issuer, notice.region].join(' ')).filter((x) => [...x].length > 1))) {
      if (this.generic.some((g) => g.includes(t))) continue;
      claim(this.identityBigrams, t, number);
    }
    claim(this.kindOwners, notice.kind['zh-Hans'], number);
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
    // A kind of document, or an issuing body without its place, that one notice alone has.
    for (const owners of [this.kindOwners, this.bodyOwners])
      for (const [name, owner] of owners) if (owner !== null && simplified.includes(name)) scores.set(owner, (scores.get(owner) ?? 0) + 2);
    const [first, second] = [...scores].sort((a, b) => b[1] - a[1]);
    return first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : undefined;
  }
}

/** `key` is notice `number`'s, unless another notice has it too (null). */
function claim(owners: Map<string, number | null>, key: string, number: number): void {
  const owner = owners.get(key);
  owners.set(key, owner === undefined || owner === number ? number : null);
}
