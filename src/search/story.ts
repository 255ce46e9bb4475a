// Long messages tell a story before they ask: 我是开火锅店的，……，我想问下倡议对我们餐饮这一块是咋个要求的.
// The clauses that ask carry the question; the others say who asks and why. Both count, the story less.
import { TUNING } from './tuning.js';

/** The spaces of voice input between Chinese words: they part clauses as commas do. */
export const VOICE_SPACE = '(?<=\\p{Script=Han})\\s+(?=\\p{Script=Han})';
/** The marks that end a clause of the asking part (commas, stops, question and exclamation marks), as a character class's inside. */
export const CLAUSE_MARKS = '，,。；;？?！!';
const CLAUSE_MARK = new RegExp(`[${CLAUSE_MARKS}]`, 'u');
/** Where a sentence's clauses part: commas (、 too) and voice input's spaces. */
const CLAUSE_BREAK = new RegExp(`[，,、]|${VOICE_SPACE}`, 'u');

export interface Story {
  /** The clauses that ask (all of the message when none does, or when it is short). */
  ask: string;
  /** The other clauses: background. Empty for short messages. */
  background: string;
}

/**
 * `asking` recognises a clause that asks (question words, a question mark); `topicLead` a clause that names what
 * the next one asks about (倡议对我们这种搞农业的社会组织，复工要围绕哪些事来搞？), which asks with it. Both from
 * knowledge/language.json.
 */
export function splitStory(text: string, asking: RegExp, english: boolean, topicLead?: RegExp, fewAsking?: RegExp): Story {
  if ([...text].length < TUNING.storyMinChars) return { ask: text, background: '' };
  // Every count in passing of a clause is taken out to see whether anything else in it asks.
  const fewEverywhere = fewAsking && new RegExp(fewAsking.source, 'gu');
  // Chinese sentences end at full stops and question marks, their clauses at commas and at the spaces of
  // voice input; English sentences at sentence marks (a comma there is no new clause).
  // In a chat, an emoji ends a sentence as a full stop does (…农村来的😷 倡议说…).
  const sentences = (english
    ? text.match(/[^.!?;\n]+[.!?;]*/gu)
    : text.match(/[^。.！!？?；;\n\p{Extended_Pictographic}]+(?:[。.！!？?；;\s]|\p{Extended_Pictographic}|\uFE0F|\u200D)*/gu)) ?? [text];
  const clauses: Array<{ text: string; asks: boolean; marked: boolean }> = [];
  for (const sentence of sentences) {
    const questionMark = /[？?]\s*$/.test(sentence);
    const parts = (english ? [sentence] : sentence.split(CLAUSE_BREAK)).map((c) => c.trim()).filter(Boolean);
    // In a sentence ending with a question mark, every clause with a question word asks (想问下能不能恢复上课，
    // 倡议咋个说的？), and its last clause does anyway.
    const start = clauses.length;
    for (const [i, c] of parts.entries()) {
      // A count named in passing (我们有几个员工春节回过老家，他们能参加献血吗？) tells: the last clause asks.
      const asks = asking.test(c) && !(i < parts.length - 1 && fewEverywhere && asksOnlyThrough(c, asking, fewEverywhere));
      clauses.push({ text: c, marked: questionMark && (i === parts.length - 1 || asks), asks });
    }
    // A topic clause right before an asking one asks with it, up to the sentence's first clause.
    if (topicLead)
      for (let i = clauses.length - 2; i >= start; i--) {
        const next = clauses[i + 1]!;
        const c = clauses[i]!;
        if ((next.asks || next.marked) && !c.asks && topicLead.test(c.text)) {
          c.asks = next.asks;
          c.marked = next.marked;
        }
      }
  }
  // A question mark says it best; without one, question words do.
  const asks = clauses.some((c) => c.marked) ? clauses.map((c) => c.marked) : clauses.map((c) => c.asks);
  if (!asks.some(Boolean) || asks.every(Boolean)) return { ask: text, background: '' };
  return {
    ask: clauses
      .filter((_, i) => asks[i])
      .map((c) => c.text.replace(/[。.！!？?；;]+$/u, ''))
      .join('，'),
    background: clauses
      .filter((_, i) => !asks[i])
      .map((c) => c.text.replace(/[。.！!？?；;]+$/u, ''))
      .join('，'),
  };
}

/** Whether a clause asks only through a count named in passing: without it, nothing in it asks. */
function asksOnlyThrough(clause: string, asking: RegExp, fewEverywhere: RegExp): boolean {
  const without = clause.replace(fewEverywhere, ' ');
  return without !== clause && !asking.test(without);
}

/**
 * The part of the asking whose kinds of answer are asked for (a date for 什么时候, a number for 几个): all of it,
 * unless it ends asking in general what the notice says (`generalAsk`: …什么时候恢复上课，能不能开几个小班，倡议对
 * 我们是怎么说的): then that last clause, and the narrower questions before it say why the asker asks. The
 * notice may state no date at all, and what it says of the asker is still the answer.
 */
export function typedPart(ask: string, generalAsk: RegExp): string {
  const clauses = ask
    .split(CLAUSE_MARK)
    .map((c) => c.trim())
    .filter(Boolean);
  const last = clauses.at(-1);
  return clauses.length > 1 && last !== undefined && generalAsk.test(last) ? last : ask;
}
