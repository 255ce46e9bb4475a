// What an answer is, independent of how it was found: what it quotes and cites, what it suggests,
// and what the chat is about after it. The bot and the command line render it.
import type { Lang, SentenceRef } from '../knowledge/types.js';
import type { Script } from '../text/script.js';
import type { Conversation } from './follow-up.js';
import type { Scored } from './rank.js';

export interface Citation extends SentenceRef {
  /** 0..1, higher is better. */
  score: number;
}

export interface Suggestion {
  /** Short label, simplified Chinese or English. */
  label: string;
  ref: SentenceRef;
  sectorId?: string;
}

export type AnswerKind = 'match' | 'paragraph' | 'outline' | 'not-covered' | 'empty' | 'greeting' | 'thanks';

export interface Answer {
  /** The question as understood: cleaned and cut to the cap. */
  question: string;
  script: Script;
  /** Interface language for the reply: the question's script, or English for English questions. */
  lang: Lang;
  kind: AnswerKind;
  answered: boolean;
  /** Sentences to quote, best first; citations[i] belongs to quotes[i]. */
  quotes: SentenceRef[];
  citations: Citation[];
  suggestions: Suggestion[];
  /** Sectors the question was about. */
  sectors: string[];
  /** The paragraph one step away ("show the whole paragraph"). */
  paragraph?: { notice: string; number: number };
  truncated: boolean;
  /**
   * When not answered but close: the sentence nearest to what was asked, shown as related, never as
   * the answer ("倡议没有说到这一点。相关的是：……").
   */
  related: SentenceRef[];
  /** A follow-up read against the conversation: what it was taken to be about ("关于慈善组织"). */
  followUp?: { topic: string };
  /**
   * Not stated for this topic, though the notice states that kind of thing elsewhere: the related
   * sentence is the one that does ("no date for charities; the date it sets is this one, for key enterprises").
   */
  lacks?: { type: string; topic: string };
  /**
   * Answered, but without the kind of answer asked for (学校什么时候能开学: the notice says schools stay closed, and
   * gives no date): the answer type's name, so the reply says so before it quotes.
   */
  unstatedType?: string;
  /** Not answered because no notice knows the word asked about (补贴 in 餐饮业有补贴吗): that word, as asked. */
  notStatedTopic?: string;
  /**
   * The asker named a business (我开饭店的) and the notice addresses others (associations): say whom it
   * addresses before quoting what it asks in their sector.
   */
  addressedTo?: Record<Lang, string>;
  /** A sentence or paragraph asked for by number that the notice does not have: how many it has. */
  missing?: { notice: string; paragraph: number; sentence?: number; count: number };
  /** What the chat is about after this answer, for the next message; undefined: unchanged. */
  conversation?: Conversation;
}

/** What every answer carries of its question. */
export type AnswerBase = Pick<Answer, 'question' | 'script' | 'lang' | 'truncated'>;

// Answers are written out field by field, not as { ...base, kind }: in Node 20's V8 an object literal with properties
// after a spread gets a hidden class of its own every time, and those pile up in the old generation (with the other
// spreads of a question's path, ~9 KB a question; docs/ARCHITECTURE.md, "Hidden classes").

/** An answer of the given kind: the fields given, the others empty (not answered, nothing quoted). */
export function answerOf(base: AnswerBase, kind: AnswerKind, fields: Partial<Answer> = {}): Answer {
  const answer: Answer = {
    question: base.question,
    script: base.script,
    lang: base.lang,
    truncated: base.truncated,
    kind,
    answered: false,
    quotes: [],
    citations: [],
    suggestions: [],
    sectors: [],
    related: [],
  };
  // Onto an object of the literal's own hidden class: the same keys added in the same order share theirs too.
  return Object.assign(answer, fields);
}

/**
 * An answer with some fields replaced or added. Object.assign onto a new plain object: a spread followed by
 * properties, or properties set on a spread's copy, made a new hidden class every time.
 */
export function withFields(answer: Answer, fields: Partial<Answer>): Answer {
  return Object.assign({}, answer, fields);
}

/** A sentence cited with a score. */
export function citationOf(ref: SentenceRef, score: number): Citation {
  return { notice: ref.notice, paragraph: ref.paragraph, sentence: ref.sentence, score };
}

/** What explain() tells of a question beside its answer (see Answerer.explain, `npm run ask -- --explain`). */
export interface Explanation {
  features: number[] | undefined;
  /** The decision model's probability that the notice answers (features undefined: none). */
  probability?: number;
  /** The kinds of answer asked for (language.json answerTypes). */
  kinds: string[];
  /** The question's concepts as searched: their forms, weights, and whether no notice knows them. */
  concepts: Array<{ forms: string[]; weight: number; unknown: boolean }>;
  candidates: Scored[];
  focus: Array<{ forms: string[]; unknown: boolean }>;
}
