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

export function score(cases: EvalCase[], answerer: Answerer, kb: KnowledgeBase) {
  const failures: string[] = [];
  let passed = 0;
  let offTopicAnswered = 0;
  for (const c of cases) {
    const answer = answerer.answer(c.q);
    const text = toSimplified(renderText(answer, kb));
    const paragraph = answer.citations[0]?.paragraph ?? null;
    if (!c.answered) {
      if (!answer.answered) passed++;
      else {
        offTopicAnswered++;
        failures.push(`${c.q} -> answered (paragraph ${paragraph})`);
      }
      continue;
    }
    const missing = c.must.filter((m) => !text.includes(m));
    const extra = c.mustNot.filter((m) => text.includes(m));
    const ok = answer.answered && (c.para == null || paragraph === c.para) && missing.length === 0 && extra.length === 0 && text.length <= MAX_ANSWER_CHARS;
    if (ok) passed++;
    else
      failures.push(
        `${c.q} -> answered=${answer.answered} paragraph=${paragraph} (want ${c.para}) missing=[${missing}] unwanted=[${extra}] chars=${text.length}`,
      );
  }
  return { passed, total: cases.length, offTopicAnswered, failures };
}
