// Why the engine answered as it did, for an operator or an engineer (`npm run ask -- --explain "问题"`): the question's
// concepts with their weights (? = no notice knows it), the kinds of answer asked, the decision's signals and
// probability, and the best candidates with their ranking signals. Plain text; never shown to a chat user.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Answerer, Explanation } from '../search/answer.js';
import { RANK_FEATURES } from '../search/rank.js';

/** How many candidates are listed. */
const SHOWN_CANDIDATES = 5;
/** How much of a candidate's sentence is shown. */
const SHOWN_CHARS = 60;

export function explanationText(answerer: Answerer, question: string): string {
  return formatExplanation(answerer.explain(question), answerer.kb);
}

export function formatExplanation(e: Explanation, kb: KnowledgeBase): string {
  const lines: string[] = [];
  if (e.concepts.length === 0) return 'why: not weighed (answered by the question itself, nothing asked, or no sentence holds any word asked)';
  lines.push(`concepts: ${e.concepts.map((c) => `${c.forms.join('/')} ${c.weight.toFixed(2)}${c.unknown ? '?' : ''}`).join(' · ')}`);
  if (e.focus.length > 0) lines.push(`asked about: ${e.focus.map((f) => `${f.forms[0]}${f.unknown ? '?' : ''}`).join(' ')}`);
  if (e.kinds.length > 0) lines.push(`kinds of answer asked: ${e.kinds.join(', ')}`);
  if (e.features && e.probability !== undefined) {
    const signals = kb.decision.features.map((name, i) => `${name}=${round(e.features![i] ?? 0)}`).join(' ');
    lines.push(`decision: p=${e.probability.toFixed(3)} (answers at ${kb.decision.threshold}) ${signals}`);
  }
  for (const c of e.candidates.slice(0, SHOWN_CANDIDATES)) {
    const { notice, paragraph, sentence } = c.record.ref;
    const signals = RANK_FEATURES.map((name, i) => `${name}=${round(c.signals[i] ?? 0)}`).join(' ');
    lines.push(`  ${notice} ${paragraph}.${sentence} rank=${c.rank.toFixed(3)} ${c.record.text.slice(0, SHOWN_CHARS)}`);
    lines.push(`      ${signals}`);
  }
  return lines.join('\n');
}

function round(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}
