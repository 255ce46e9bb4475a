// The fitted models as knowledge: the ranking's weights (rank-model.json, optional) order the candidates, and a
// broken model file is refused with its name and line, as every knowledge file is.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { Answerer } from '../../src/search/answer.js';
import { DEFAULT_RANKING, RANK_FEATURES, rankWeights } from '../../src/search/rank.js';
import { knowledgeCopy, loadError } from '../support/knowledge.js';

const model = (weights: Record<string, number>) => JSON.stringify({ features: Object.keys(weights), weights: Object.values(weights) }, null, 2);

describe('the ranking model', () => {
  it('without a file, the default weights; a signal a model does not name weighs nothing', () => {
    expect(rankWeights(undefined)).toEqual(DEFAULT_RANKING.weights);
    expect(rankWeights({ features: ['coverage', 'nonsense'], weights: [1, 5] })).toEqual(RANK_FEATURES.map((f) => (f === 'coverage' ? 1 : 0)));
  });

  it('orders the candidates by its weights', () => {
    const q = '社会组织要做什么';
    const base = new Answerer(loadKnowledge(knowledgeCopy())).explain(q).candidates;
    expect(base.length).toBeGreaterThan(2);
    // A model that ranks by the position of the sentence in its paragraph alone puts a lead sentence first.
    const dir = knowledgeCopy();
    writeFileSync(join(dir, 'rank-model.json'), model({ leadSentence: 1 }));
    const led = new Answerer(loadKnowledge(dir)).explain(q).candidates;
    expect(led[0]!.record.ref.sentence).toBe(1);
    expect(led[0]!.rank).toBe(1);
    expect(base[0]!.record.ref).not.toEqual(led[0]!.record.ref);
  });

  it('a broken model file is refused with its name and line', () => {
    const dir = knowledgeCopy();
    writeFileSync(join(dir, 'rank-model.json'), '{\n  "features": ["coverage", "fuse"],\n  "weights": [1]\n}\n');
    expect(loadError(dir).message).toMatch(/rank-model\.json:\d+: .*one number per feature/);
  });
});
