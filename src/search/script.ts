// Simplified/traditional conversion with opencc-js. Matching always happens in simplified;
// answers are shown in the script the question was written in.
import * as OpenCC from 'opencc-js';

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });

export type Script = 'hans' | 'hant';

export function toSimplified(text: string): string {
  return t2s(text);
}

export function toTraditional(text: string): string {
  return s2t(text);
}

/**
 * Which Chinese script a text is written in: traditional when converting it to simplified
 * changes more characters than converting it to traditional does. Ties (no Chinese, or only
 * characters common to both scripts) count as simplified.
 */
export function detectScript(text: string): Script {
  const simplified = t2s(text);
  const traditional = s2t(text);
  return countDifferences(text, simplified) > countDifferences(text, traditional) ? 'hant' : 'hans';
}

function countDifferences(a: string, b: string): number {
  if (a.length !== b.length) return Math.abs(a.length - b.length) + 1;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** Renders notice text (stored simplified) in the asker's script. */
export function inScript(text: string, script: Script): string {
  return script === 'hant' ? s2t(text) : text;
}
