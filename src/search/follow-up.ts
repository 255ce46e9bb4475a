// Reading a message against the conversation before it: "那餐饮呢", "为什么?", "他们在哪里做?", "下一句".
// Pure: the conversation comes in as data (the bot keeps it per chat), a reading goes out; the Answerer
// answers the reading. The words that signal a follow-up are knowledge (language.json, conversation).

import type { LanguageData } from '../knowledge/language-types.js';
import type { SentenceRef } from '../knowledge/types.js';

/** What a chat was last about: enough to read the next message against it. */
export interface Conversation {
  /** The notice the last answer quoted. */
  notice: string;
  /** The question as last understood: a follow-up's rewritten form, so that follow-ups chain. */
  question: string;
  /** Sectors the last answer was about. */
  sectors: string[];
  /** What it quoted (or showed as related). */
  refs: SentenceRef[];
  /** The words it was about: a sector's name as the asker said it, else the question's own words. */
  topic: string;
}

export type FollowUpReading =
  /** The sentence after (1) or before (-1) the last one quoted. */
  | { kind: 'move'; step: 1 | -1 }
  /**
   * A standalone question made of the message and the conversation. `explicit`: the message says it
   * leans on what came before (那X呢, a pronoun, nothing but a question word); otherwise it is only
   * short enough that it may, and stands alone if it can.
   */
  | { kind: 'compose'; question: string; topic: string; explicit: boolean };

/** What the reader needs to know of the words: which ones name something, and the sectors' names. */
export interface FollowUpTools {
  conversation: LanguageData['conversation'];
  asking: RegExp;
  /** The words of a text that name something (not question words, fillers or words for organisations). */
  topicWords(text: string): string[];
  /** Whether a word names a subject the notices or lexicons know (截止 asks for a date; it names none). */
  names(word: string): boolean;
  /** Whether a word names a sector (an alias, or an everyday business name): a subject of its own. */
  namesSector(word: string): boolean;
  /** Whether the text asks for a kind of answer (a date, a place, a number, a reason). */
  asksType(text: string): boolean;
  /** Whether a word (or what documents say for it) is in what the conversation quoted or asked. */
  talkedAbout(word: string, conv: Conversation): boolean;
  /** The words a sector goes by (its names and aliases), longest first. */
  sectorWords(sectorId: string): string[];
}

/** A message this short, with a word of its own, may still lean on the conversation ("截止到什么时候"). */
const SHORT_CJK_CHARS = 10;
const SHORT_ENGLISH_WORDS = 5;

/**
 * `text`: the message in simplified, lower-cased, standardised form. Undefined: it stands alone.
 */
export function readFollowUp(text: string, english: boolean, conv: Conversation, tools: FollowUpTools): FollowUpReading | undefined {
  const c = tools.conversation;
  if (c.next.test(text)) return { kind: 'move', step: 1 };
  if (c.previous.test(text)) return { kind: 'move', step: -1 };
  const join = (a: string, b: string) => (english ? `${a} ${b}` : `${a}${b}`).trim();
  const own = tools.topicWords(text).filter((w) => tools.names(w));
  for (const p of c.otherSubject) {
    const subject = p.exec(text)?.groups?.subject?.trim();
    // "那餐饮呢": the earlier question, asked of 餐饮. A subject that itself asks (慈善组织要做什么呢) is a whole question.
    if (subject && !tools.asking.test(subject) && tools.topicWords(subject).length > 0) {
      return { kind: 'compose', question: join(subject, predicateOf(conv, tools, english)), topic: subject, explicit: true };
    }
  }
  // "他们在哪里做?", "为什么?": the earlier subject, asked something new.
  if (c.pronoun.test(text) || own.length === 0) return { kind: 'compose', question: join(conv.topic, text), topic: conv.topic, explicit: true };
  const short = english ? text.split(/\s+/).filter(Boolean).length <= SHORT_ENGLISH_WORDS : [...text.replace(/[\p{P}\p{S}\s]/gu, '')].length <= SHORT_CJK_CHARS;
  // A short message about something the conversation holds (募捐截止到好久, after the fundraising duty), or
  // one asking when, where or how many of nothing it names (什么时候能恢复), may lean on it; one naming a new
  // subject (学校什么时候能开学) is a question of its own.
  const leans = own.every((w) => tools.talkedAbout(w, conv)) || (tools.asksType(text) && !own.some((w) => tools.namesSector(w)));
  if (short && leans) return { kind: 'compose', question: join(conv.topic, text), topic: conv.topic, explicit: false };
  return undefined;
}

/** The earlier question without its subject: "慈善组织要做什么" -> "要做什么". */
function predicateOf(conv: Conversation, tools: FollowUpTools, english: boolean): string {
  let rest = conv.question;
  const words = [...conv.sectors.flatMap((s) => tools.sectorWords(s)), conv.topic].filter(Boolean).sort((a, b) => b.length - a.length);
  for (const w of words) rest = rest.split(w).join(english ? ' ' : '');
  if (rest !== conv.question) return rest.replace(/\s+/g, ' ').trim();
  // No sector to take out: keep what it asked (its question words), drop what it named.
  const named = new Set(tools.topicWords(conv.question));
  const kept = english ? rest.split(/\s+/).filter((w) => !named.has(w)) : [...named].reduce((s, w) => s.split(w).join(''), rest);
  return (Array.isArray(kept) ? kept.join(' ') : kept).trim();
}
