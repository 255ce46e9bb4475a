// The fitted models, kept as knowledge: whether to answer (decision-model.json, bench/fit-decision.ts) and
// how to order candidate sentences (rank-model.json, bench/fit-rank.ts). Each is validated at load (file
// and line) and part of the knowledge version; refit, do not edit.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readDataFile } from './data-file.js';
import { type DecisionModel, KnowledgeError, type RankModel } from './types.js';

/** What every model file holds: a comment, the record of its fit, and the names of the signals it weighs. */
const fittedModel = {
  $comment: z.string().optional(),
  fitted: z.record(z.string(), z.unknown()).optional(),
  features: z.array(z.string()).min(1),
};

const DecisionSchema = z
  .object({
    ...fittedModel,
    mean: z.array(z.number()),
    scale: z.array(z.number().positive()),
    weights: z.array(z.number()),
    bias: z.number(),
    threshold: z.number().min(0).max(1),
    relatedThreshold: z.number().min(0).max(1),
  })
  .strict()
  .refine((m) => m.mean.length === m.features.length && m.scale.length === m.features.length && m.weights.length === m.features.length, {
    message: 'mean, scale and weights need one number per feature',
  });

const RankSchema = z
  .object({
    ...fittedModel,
    weights: z.array(z.number()),
  })
  .strict()
  .refine((m) => m.weights.length === m.features.length, { message: 'weights need one number per feature' });

/** The models, each file's name and text pushed to `files` for the knowledge version. */
export function loadModels(dir: string, files: Array<[string, string]>): { decision: DecisionModel; ranking?: RankModel } {
  const decisionFile = join(dir, 'decision-model.json');
  if (!existsSync(decisionFile)) throw new KnowledgeError(decisionFile, 0, 'file not found (npm run fit writes it)');
  const d = readDataFile(decisionFile, DecisionSchema);
  files.push(['decision-model.json', d.text]);
  const { $comment: _c, fitted: _f, ...decision } = d.data;
  // Optional: without it candidates are ordered by the engine's default weights (src/search/rank.ts).
  const rankFile = join(dir, 'rank-model.json');
  if (!existsSync(rankFile)) return { decision };
  const r = readDataFile(rankFile, RankSchema);
  files.push(['rank-model.json', r.text]);
  return { decision, ranking: { features: r.data.features, weights: r.data.weights } };
}
