// Long messages tell a story before they ask: 我是开火锅店的，……，我想问下倡议对我们餐饮这一块是咋个要求的.
// The clauses that ask carry the question; the others say who asks and why. Both count, the story less.

/** Messages shorter than this are all question. */
const STORY_MIN_CHARS = 36;

export interface Story {
  /** The clauses that ask (all of the message when none does, or when it is short). */
  ask: string;
  /** The other clauses: background. Empty for short messages. */
  background: string;
}

/** `asking` recognises a clause that asks (question words, a question mark); from knowledge/language.json. */
export function splitStory(text: string, asking: RegExp, english: boolean): Story {
  if ([...text].length < STORY_MIN_CHARS) return { ask: text, background: '' };
  // Chinese clauses end at clause marks, English ones at sentence marks (a comma there is no new clause).
  const pieces = english ? /[^.!?;\n]+[?]?/gu : /[^，,。.！!？?；;\n]+[？?]?/gu;
  const clauses = text
    .match(pieces)
    ?.map((c) => c.trim())
    .filter(Boolean) ?? [text];
  // A question mark says it best; without one, question words do.
  const marked = clauses.map((c) => /[？?]$/.test(c));
  const asks = marked.some(Boolean) ? marked : clauses.map((c) => asking.test(c));
  if (!asks.some(Boolean) || asks.every(Boolean)) return { ask: text, background: '' };
  return {
    ask: clauses.filter((_, i) => asks[i]).join('，'),
    background: clauses.filter((_, i) => !asks[i]).join('，'),
  };
}
