// The scoring rules of the shared evaluation (../shared/eval/README.md), run in-process over our answerer.
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import type { Answerer } from '../../src/search/answer.js';
import type { Conversation } from '../../src/search/follow-up.js';
import { renderText } from '../../src/search/render-text.js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const MAX_ANSWER_CHARS = 500;

export interface EvalCase {
  /** The question; in a conversation, its last message (the one scored). */
  q: string;
  /** A conversation in one chat: every message is answered in turn, the last one is scored. */
  turns?: string[];
  answered: boolean;
  para: number | null;
  must: string[];
  mustNot: string[];
}

export function readCases(file: string): EvalCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as EvalCase)
    .map((c) => (c.turns ? { ...c, q: c.turns.at(-1)! } : c));
}

/** The answer to a case's question, after the messages before it in the same chat (if any). */
export function answerCase(c: EvalCase, answerer: Answerer) {
  let conversation: Conversation | undefined;
  for (const turn of (c.turns ?? []).slice(0, -1)) conversation = answerer.answer(turn, conversation).conversation ?? conversation;
  return answerer.answer(c.q, conversation);
}

/** What an answerer said about one question, as `ask --json` prints it. */
export interface Output {
  answered: boolean;
  text: string;
  citations: Array<{ paragraph: number }>;
}

export interface ScoreResult {
  passed: number;
  total: number;
  answerable: number;
  answerableTotal: number;
  offTopicAnswered: number;
  failures: string[];
}

export function score(cases: EvalCase[], answerer: Answerer, kb: KnowledgeBase): ScoreResult {
  return scoreOutputs(
    cases,
    cases.map((c) => {
      const answer = answerCase(c, answerer);
      return { answered: answer.answered, text: renderText(answer, kb), citations: answer.citations };
    }),
  );
}

/** The shared scorer's rules (../shared/eval/score.mjs), over outputs of any answerer. */
export function scoreOutputs(cases: EvalCase[], outputs: Output[]): ScoreResult {
  const failures: string[] = [];
  let passed = 0;
  let answerable = 0;
  let offTopicAnswered = 0;
  cases.forEach((c, i) => {
    const out = outputs[i]!;
    const text = toSimplified(String(out.text ?? ''));
    const paragraph = out.citations[0]?.paragraph ?? null;
    if (!c.answered) {
      if (!out.answered) passed++;
      else {
        offTopicAnswered++;
        failures.push(`${label(c)} -> answered (paragraph ${paragraph}): ${text.slice(0, 60)}`);
      }
      return;
    }
    const missing = c.must.filter((m) => !text.includes(m));
    const extra = c.mustNot.filter((m) => text.includes(m));
    const ok = out.answered && (c.para == null || paragraph === c.para) && missing.length === 0 && extra.length === 0 && text.length <= MAX_ANSWER_CHARS;
    if (ok) {
      passed++;
      answerable++;
    } else
      failures.push(
        `${label(c)} -> answered=${out.answered} paragraph=${paragraph} (want ${c.para}) missing=[${missing}] unwanted=[${extra}] chars=${text.length}`,
      );
  });
  return { passed, total: cases.length, answerable, answerableTotal: cases.filter((c) => c.answered).length, offTopicAnswered, failures };
}

function label(c: EvalCase): string {
  return c.turns ? c.turns.join(' » ') : c.q;
}
