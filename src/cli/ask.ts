// npm run --silent ask -- "问题"          prints the answer
// npm run --silent ask -- --json "问题"   prints it as JSON
// With no question: reads questions from standard input, one per line, one output line each.
import { createInterface } from 'node:readline';
import { t } from '../i18n.js';
import { loadKnowledge } from '../knowledge/load.js';
import { KnowledgeError, type Lang } from '../knowledge/types.js';
import { KNOWLEDGE_DIR } from '../paths.js';
import { type Answer, Answerer } from '../search/answer.js';
import { renderText } from '../search/render-text.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dirFlag = args.indexOf('--knowledge');
const dir = dirFlag >= 0 ? args[dirFlag + 1] : KNOWLEDGE_DIR;
const positional = args.filter((a, i) => !a.startsWith('--') && !(dirFlag >= 0 && i === dirFlag + 1));
const question = positional.join(' ');

let answerer: Answerer;
try {
  answerer = new Answerer(loadKnowledge(dir ?? KNOWLEDGE_DIR));
} catch (err) {
  if (err instanceof KnowledgeError) {
    console.error(`knowledge: ${err.message}`);
    process.exit(2);
  }
  throw err;
}

/**
 * The text the bot would send, in the command line's words: the bot's not-covered reply says "send
 * /sectors", a command the command line does not have; here it offers the example questions alone.
 */
function forCommandLine(text: string, lang: Lang): string {
  const botLine = t(lang, 'tryInstead');
  return text
    .split('\n')
    .map((line) => (line === botLine ? t(lang, 'askTryInstead') : line))
    .join('\n');
}

function output(q: string): string {
  const answer = answerer.answer(q);
  const text = forCommandLine(renderText(answer, answerer.kb), answer.lang);
  // In text mode a multi-line answer stays readable; in stdin text mode answers are separated by a blank line.
  return json ? JSON.stringify(toJson(q, answer, text)) : text;
}

function toJson(q: string, a: Answer, text: string) {
  return {
    question: q,
    answered: a.answered,
    text,
    citations: a.citations.map((c) => ({ notice: c.notice, paragraph: c.paragraph, sentence: c.sentence, score: c.score })),
    related: a.related.map((r) => ({ notice: r.notice, paragraph: r.paragraph, sentence: r.sentence })),
    suggestions: a.suggestions.map((s) => ({ label: s.label, notice: s.ref.notice, paragraph: s.ref.paragraph, sentence: s.ref.sentence })),
    kind: a.kind,
    lang: a.lang,
    truncated: a.truncated,
  };
}

if (positional.length > 0 || process.stdin.isTTY) {
  console.log(output(question));
} else {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let first = true;
  for await (const line of rl) {
    if (!json && !first) console.log('');
    first = false;
    console.log(output(line));
  }
}
