// The word a question asks about, by where it stands against the question word: before one that closes the
// clause (捐款账号是多少, 餐饮业有补贴吗), after one inside it (有没有税收优惠, 什么时候能开学). When the notice
// never uses that word, it does not say what is asked, however many other words of the question it holds.
import type { QueryConcepts } from './index.js';
import { CLAUSE_MARKS, VOICE_SPACE } from './story.js';

export interface FocusWords {
  /** Words that are no thing asked about: adverbs, numerals (general-words.json), kinds of organisation. */
  isLight: (word: string) => boolean;
  /** Two-character verbs: what is done, not the thing asked about (抓紧 in 什么时候要抓紧复工). */
  isVerb: (word: string) => boolean;
}

/**
 * What may stand between the question word and the clause's end: particles, the question mark, the attribute
 * asked for (厅长叫什么名字, 他是哪里人) or one verb (工资怎么发, 门票怎么退): the thing asked about is still
 * before the question word.
 */
const CLOSING = /^(?:名字?|名称|人|\p{Script=Han})?[的了吗呢吧啊嘛呀哦么？?！!。.\s]*$/u;

/** Clauses of an asking part end at clause and question marks and at the spaces of voice input between Chinese words. */
const CLAUSE_END = new RegExp(`[${CLAUSE_MARKS}]|${VOICE_SPACE}`, 'u');

/**
 * The indexes (into `concepts`) of the concepts the question asks about, one for each asking clause that has
 * one: `ask` is the asking part of the message (simplified, standardised), `asking` the question-word pattern
 * (language.json). 我想捐点钱 捐款账号是多少 怎么捐 asks about 账号 in its middle clause.
 */
export function askedFocus(ask: string, concepts: QueryConcepts, asking: RegExp, words: FocusWords): number[] {
  const found: number[] = [];
  let asks = false;
  for (const clause of ask.split(CLAUSE_END)) {
    // The first question word (`asking` has no g or y flag, so exec keeps no state between calls).
    const first = asking.exec(clause);
    if (!first) continue;
    asks = true;
    const closes = CLOSING.test(clause.slice(first.index + first[0].length));
    // Each concept by where the asker's own word stands in the clause.
    const placed = concepts
      .map((c, i) => ({ i, word: c[0]!, at: clause.lastIndexOf(c[0]!) }))
      .filter((p) => p.at >= 0 && [...p.word].length >= 2 && !words.isLight(p.word) && !words.isVerb(p.word));
    // After an inner question word, the thing asked about is the head of what follows, up to the next question
    // word: the last word (有没有政府补贴 asks about 补贴; Chinese puts the head of a phrase last).
    const start = first.index + first[0].length;
    const next = asking.exec(clause.slice(start));
    const end = next ? start + next.index : clause.length;
    const side = closes ? placed.filter((p) => p.at + p.word.length <= first.index) : placed.filter((p) => p.at >= start && p.at + p.word.length <= end);
    const nearest = side.sort((a, b) => b.at + b.word.length - (a.at + a.word.length))[0];
    if (nearest && !found.includes(nearest.i)) found.push(nearest.i);
  }
  // A message with no question word at all is a request: what it asks for is its verb (推荐一家火锅店, 帮我订个房).
  if (!asks) {
    const verb = concepts.findIndex((c) => words.isVerb(c[0]!) && ask.includes(c[0]!));
    if (verb >= 0) found.push(verb);
  }
  return found;
}
