// The scoring rules of the shared evaluation (../shared/eval/README.md), run in-process over our answerer.
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import type { Answerer } from '../../src/search/answer.js';
import { renderText } from '../../src/search/render-text.js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const MAX_ANSWER_CHARS = 500;

export interface EvalCase {
  q: string;
  answered: boolean;
  para: number | null;
  must: string[];
  mustNot: string[];
}

export function readCases(file: string): EvalCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as EvalCase);
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
      const answer = answerer.answer(c.q);
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
        failures.push(`${c.q} -> answered (paragraph ${paragraph}): ${text.slice(0, 60)}`);
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
      failures.push(`${c.q} -> answered=${out.answered} paragraph=${paragraph} (want ${c.para}) missing=[${missing}] unwanted=[${extra}] chars=${text.length}`);
  });
  return { passed, total: cases.length, answerable, answerableTotal: cases.filter((c) => c.answered).length, offTopicAnswered, failures };
}
