// npm run fit:rank [-- --check]: fits how candidate sentences are ordered (src/search/rank.ts) on labelled
// questions and writes knowledge/rank-model.json. For each answerable question of the sets the decision is
// fitted on (never a blind set, nor the shared realistic set), every candidate is labelled by the shared
// scorer's rules as if quoted alone; the weights are fitted so that right candidates rank above wrong ones
// (pairwise logistic loss), coverage's weight held at 1 (the rank is in its units). Prints how often the
// first candidate is right, held out (5-fold, and by notice), against the engine's default weights.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DIR } from '../src/paths.js';
import { quoteAnswer } from '../src/search/fixed-answers.js';
import { DEFAULT_RANKING, RANK_FEATURES, rankWeights } from '../src/search/rank.js';
import { renderText } from '../src/search/render-text.js';
import { answererFor, balanceSets, fittingSets } from '../test/support/eval-sets.js';
import { readCases, scoreOutputs } from '../test/support/score.js';

/** A difference of this much rank is one unit of the logistic: about what separates close candidates. */
const TEMPERATURE = 0.1;
const L2 = 0.01;
const STEPS = 1500;
const RATE = 0.05;
/** Candidates of a question considered: more than an answer could quote from. */
const DEPTH = 20;
const COVERAGE = RANK_FEATURES.indexOf('coverage');

interface Question {
  /** Per candidate: its signals, and whether quoting it alone is right. */
  candidates: Array<{ x: number[]; right: boolean }>;
  set: string;
  notice: string;
  q: string;
  w: number;
}

const questions: Question[] = [];
const answererOf = answererFor();
for (const set of fittingSets()) {
  const answerer = answererOf(set.knowledge);
  for (const c of readCases(set.file)) {
    if (!c.answered) continue;
    const { candidates } = answerer.explain(c.q);
    const labelled = candidates.slice(0, DEPTH).map((h) => {
      const quoted = quoteAnswer(answerer.kb, h.record.ref, { question: c.q, script: 'hans', lang: 'zh-Hans', truncated: false });
      const right = scoreOutputs([c], [{ answered: true, text: renderText(quoted, answerer.kb), citations: quoted.citations }]).passed === 1;
      return { x: h.signals, right };
    });
    questions.push({ candidates: labelled, set: set.name, notice: set.knowledge, q: c.q, w: 1 });
  }
}
// As in the decision's fit: sets weigh nearer alike, so the 461 paraphrases do not teach it alone.
balanceSets(questions);
// Only questions with a right and a wrong candidate say anything about the order.
const informative = (qs: Question[]) => qs.filter((q) => q.candidates.some((c) => c.right) && q.candidates.some((c) => !c.right));

function fitWeights(qs: Question[]): number[] {
  const w = rankWeights(DEFAULT_RANKING);
  const n = w.length;
  const pairs = informative(qs).flatMap((q) => {
    const right = q.candidates.filter((c) => c.right);
    const wrong = q.candidates.filter((c) => !c.right);
    const weight = q.w / (right.length * wrong.length);
    return right.flatMap((r) => wrong.map((x) => ({ d: r.x.map((v, j) => v - x.x[j]!), weight })));
  });
  const total = pairs.reduce((a, p) => a + p.weight, 0);
  for (let step = 0; step < STEPS; step++) {
    const g = new Array<number>(n).fill(0);
    for (const p of pairs) {
      const z = p.d.reduce((a, v, j) => a + v * w[j]!, 0) / TEMPERATURE;
      const e = -p.weight / (1 + Math.exp(z)) / TEMPERATURE;
      for (let j = 0; j < n; j++) g[j]! += e * p.d[j]!;
    }
    for (let j = 0; j < n; j++) if (j !== COVERAGE) w[j]! -= RATE * (g[j]! / total + L2 * w[j]!);
  }
  return w;
}

const rankOf = (x: number[], w: number[]) => x.reduce((a, v, j) => a + v * w[j]!, 0);
/** Whether the candidate ranked first is right; ties keep the engine's order (the earlier sentence). */
const firstRight = (q: Question, w: number[]) => {
  let best = q.candidates[0]!;
  for (const c of q.candidates) if (rankOf(c.x, w) > rankOf(best.x, w)) best = c;
  return best.right;
};

const defaults = rankWeights(DEFAULT_RANKING);
const withRight = questions.filter((q) => q.candidates.some((c) => c.right));
const fold = (q: string) => createHash('sha1').update(q).digest()[0]! % 5;
let heldFitted = 0;
for (let k = 0; k < 5; k++) {
  const w = fitWeights(questions.filter((q) => fold(q.q) !== k));
  heldFitted += withRight.filter((q) => fold(q.q) === k && firstRight(q, w)).length;
}
const byDefault = withRight.filter((q) => firstRight(q, defaults)).length;
console.log(`${questions.length} answerable questions, ${withRight.length} with a right candidate among the first ${DEPTH}`);
console.log(`first candidate right: default weights ${byDefault}, fitted held out (5-fold) ${heldFitted}`);
const notices = [...new Set(questions.map((q) => q.notice))].filter((n) => !questions.some((q) => q.notice === n && q.set.startsWith('gz')));
let heldByNotice = 0;
let defaultOthers = 0;
for (const n of notices) {
  const w = fitWeights(questions.filter((q) => q.notice !== n));
  const held = withRight.filter((q) => q.notice === n);
  heldByNotice += held.filter((q) => firstRight(q, w)).length;
  defaultOthers += held.filter((q) => firstRight(q, defaults)).length;
}
console.log(`the ${notices.length} other notices, each held out with its notice: default ${defaultOthers}, fitted ${heldByNotice}`);
if (process.argv.includes('--check')) process.exit(0);

const w = fitWeights(questions);
const round = (v: number) => Math.round(v * 1e4) / 1e4;
const out = {
  $comment:
    'Fitted by npm run fit:rank (bench/fit-rank.ts): weights of the ranking signals (src/search/rank.ts), coverage held at 1. Do not edit by hand: refit.',
  fitted: {
    questions: questions.length,
    withRightCandidate: withRight.length,
    firstRightDefault: byDefault,
    firstRightHeldOut: heldFitted,
    firstRightHeldOutByNotice: heldByNotice,
    firstRightDefaultOtherNotices: defaultOthers,
  },
  features: [...RANK_FEATURES],
  weights: w.map(round),
};
writeFileSync(join(KNOWLEDGE_DIR, 'rank-model.json'), `${JSON.stringify(out, null, 2)}\n`);
for (const [i, f] of RANK_FEATURES.entries()) console.log(`  ${f.padEnd(14)} ${defaults[i]!.toFixed(3)} -> ${w[i]!.toFixed(3)}`);
