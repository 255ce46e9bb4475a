// The shared question set, scored by its own rules (../shared/eval/README.md), and our larger paraphrase set.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../support/knowledge.js';
import { readCases, score } from '../support/score.js';

const { kb, answerer } = realKnowledge();
const fixtures = join(import.meta.dirname, '../fixtures');

describe('question sets', () => {
  it('answers the 60 dev questions: 60/60', () => {
    const result = score(readCases(join(fixtures, 'dev.jsonl')), answerer, kb);
    expect(result.failures).toEqual([]);
    expect(result.passed).toBe(60);
  });

  it('answers our paraphrases (other words, scripts, typos, English): at least 95%, at most 1 in 10 off-topic answered', () => {
    const cases = readCases(join(fixtures, 'paraphrases.jsonl'));
    const result = score(cases, answerer, kb);
    const offTopic = cases.filter((c) => !c.answered).length;
    expect(result.offTopicAnswered / offTopic, result.failures.join('\n')).toBeLessThanOrEqual(0.1);
    expect(result.passed / result.total, result.failures.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
