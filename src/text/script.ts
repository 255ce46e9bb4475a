// Simplified/traditional conversion with opencc-js, shared by the importer (knowledge/) and the search. Matching always happens in simplified;
// answers are shown in the script the question was written in.
import { createRequire } from 'node:module';
import * as T2CN from 'opencc-js/t2cn';

// Built on first use, not at import: the simplified -> traditional converter alone takes 0.35-0.65 s and
// 60-85 MB on our 2-core machine (opencc-js builds a trie of Maps from its 50,000 phrases), and a simplified
// question never needs it (see detectScript). The bot then starts and answers its first simplified question
// without it; the first traditional one pays for it, once.
function lazy(build: () => (s: string) => string): (s: string) => string {
  let convert: ((s: string) => string) | undefined;
  return (s) => {
    const c = convert ?? build();
    convert = c;
    return c(s);
  };
}
// opencc-js in two parts, so that a start compiles only the one every question needs: t2cn (110 KB) for
// reading questions in simplified, and cn2t (1.1 MB of dictionaries) loaded with the converter it serves,
// synchronously through its CommonJS build. Same dictionaries and output as the package's full build.
// Two passes: Taiwan's characters first (著 as the particle 着 where its phrases say so: 冒著 -> 冒着, while 著名
// stays), then Hong Kong's variants (衞 -> 卫), which the Taiwan pass leaves. The plain 't' source kept 冒著, so a notice
// received in traditional script, or a question typed so, missed 冒着 and every other 着. Not Taiwan's vocabulary
// ('twp'): it rewrites words simplified text shares with it (文件 -> 文档, 程序 -> 进程).
const t2s = lazy(() => {
  const taiwan = T2CN.Converter({ from: 'tw', to: 'cn' });
  const hongKong = T2CN.Converter({ from: 'hk', to: 'cn' });
  return (s) => hongKong(taiwan(s));
});
const s2t = lazy(() => (createRequire(import.meta.url)('opencc-js/cn2t') as typeof T2CN).Converter({ from: 'cn', to: 'tw' }));

export type Script = 'hans' | 'hant';

/**
 * 么 is the simplified character of 麼 (什么, 要得么, Hubei's 么样), but in Taiwan's standard it is a variant of 幺, and
 * the Taiwan pass turns it into 幺 wherever no phrase of its list holds it: 要得么 became 要得幺, and 么 as a question
 * word never matched. It is kept through the passes (麼 still becomes 么).
 */
const KEPT = /么/g;
/** A private-use character stands in for it: no notice holds one (the importer refuses them); in a question it would read as 么. */
const KEPT_MARK = '\uE000';

export function toSimplified(text: string): string {
  if (!text.includes('么')) return t2s(text);
  return t2s(text.replace(KEPT, KEPT_MARK)).replaceAll(KEPT_MARK, '么');
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
  // Nothing to simplify: no difference can be larger than none, so the answer is 'hans' whatever s2t says.
  if (simplified === text) return 'hans';
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
