// npm run --silent ask -- "问题"          prints the answer
// npm run --silent ask -- --json "问题"   prints it as JSON
// With no question: reads questions from standard input, one per line, one output line each.
// --explain: after each answer, why (the question's concepts and weights, the kinds asked, the decision, the candidates).
// --session: the lines are one chat, each read against the answers before it (follow-ups: 那餐饮呢, 为什么?);
//   an empty line starts a new chat. A line that is a JSON object {"turns": [...]} is a whole chat of its
//   own, and only its last message's answer is printed (how follow-up evaluation sets are scored).
import { createInterface } from 'node:readline';
import { t } from '../i18n.js';
import { loadKnowledge } from '../knowledge/load.js';
import { KnowledgeError, type Lang } from '../knowledge/types.js';
import { KNOWLEDGE_DIR } from '../paths.js';
import { type Answer, Answerer } from '../search/answer.js';
import type { Conversation } from '../search/follow-up.js';
import { renderText } from '../search/render-text.js';
import { explanationText } from './explain.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const inSession = args.includes('--session');
const explain = args.includes('--explain');
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

let conversation: Conversation | undefined;

function output(q: string): string {
  const turns = inSession && q.trimStart().startsWith('{') ? chatOf(q) : undefined;
  if (turns) {
    conversation = undefined;
    for (const turn of turns.slice(0, -1)) conversation = answerer.answer(turn, conversation).conversation ?? conversation;
    q = turns.at(-1) ?? '';
  }
  const answer = answerer.answer(q, inSession ? conversation : undefined);
  if (inSession) conversation = turns ? undefined : (answer.conversation ?? conversation);
  const text = forCommandLine(renderText(answer, answerer.kb), answer.lang);
  // In text mode a multi-line answer stays readable; in stdin text mode answers are separated by a blank line.
  const why = explain ? explanationText(answerer, q) : undefined;
  if (json) return JSON.stringify(why === undefined ? toJson(q, answer, text) : { ...toJson(q, answer, text), why });
  return why === undefined ? text : `${text}\n--\n${why}`;
}

/** The messages of a `{"turns": [...]}` line; undefined when the line is not one. */
function chatOf(line: string): string[] | undefined {
  try {
    const turns = (JSON.parse(line) as { turns?: unknown }).turns;
    return Array.isArray(turns) && turns.length > 0 && turns.every((x) => typeof x === 'string') ? turns : undefined;
  } catch {
    return undefined;
  }
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
    // In a session an empty line ends one chat and starts the next.
    if (inSession && line.trim() === '') {
      conversation = undefined;
      continue;
    }
    if (!json && !first) console.log('');
    first = false;
    console.log(output(line));
  }
}
