// npm run eval [-- --verbose] [--set NAME] [--blind] [--beside-main] [--all-loaded]
// Scores every evaluation set (test/support/eval-sets.ts) by the shared scorer's rules, and the plain
// BM25 floor (../shared/eval/bm25.mjs, when present) on the same questions and knowledge.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/load.js';
import { KNOWLEDGE_DIR } from '../src/paths.js';
import { Answerer } from '../src/search/answer.js';
import { answererFor, evalSets, knowledgeWith, otherNotices } from '../test/support/eval-sets.js';
import { readCases, score, scoreOutputs } from '../test/support/score.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
// Blind sets are scored only when asked for, for a report: never while tuning.
const blind = args.includes('--blind');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const shared = join(process.cwd(), '../shared/eval');
const bm25 = join(shared, 'bm25.mjs');

const answererOf = answererFor();
const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
console.log('set'.padEnd(40), 'n'.padStart(4), 'answerable'.padStart(11), 'traps ok'.padStart(9), 'total'.padStart(7), ' | bm25 answerable  total');
for (const set of evalSets(shared)) {
  if (only && !set.name.includes(only)) continue;
  if (set.blind && !blind) continue;
  if (!existsSync(set.file)) continue;
  const answerer = answererOf(set.knowledge);
  const cases = readCases(set.file);
  const r = score(cases, answerer, answerer.kb);
  let floor = '';
  if (existsSync(bm25)) {
    const out = execFileSync('node', [bm25, '--dir', join(set.knowledge, 'notices')], { input: cases.map((c) => c.q).join('\n'), encoding: 'utf8' });
    const b = scoreOutputs(
      cases,
      out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    );
    floor = `${`${b.answerable}/${b.answerableTotal}`.padStart(10)} ${pct(b.passed, b.total).padStart(7)}`;
  }
  console.log(
    set.name.padEnd(40),
    String(r.total).padStart(4),
    `${r.answerable}/${r.answerableTotal}`.padStart(11),
    `${r.total - r.answerableTotal - r.offTopicAnswered}/${r.total - r.answerableTotal}`.padStart(9),
    pct(r.passed, r.total).padStart(7),
    ` | ${floor}`,
  );
  if (verbose && !set.blind) for (const f of r.failures) console.log(`    FAIL ${f}`);
}

/** Running totals of scored sets: answerable right, traps declined. */
interface Tally {
  answerable: number;
  answerableTotal: number;
  traps: number;
  trapsTotal: number;
}
const tally = (): Tally => ({ answerable: 0, answerableTotal: 0, traps: 0, trapsTotal: 0 });
function count(t: Tally, r: ReturnType<typeof score>, times = 1): void {
  t.answerable += r.answerable * times;
  t.answerableTotal += r.answerableTotal * times;
  t.traps += (r.total - r.answerableTotal - r.offTopicAnswered) * times;
  t.trapsTotal += (r.total - r.answerableTotal) * times;
}

// --beside-main: each other notice loaded beside the main one (as an operator adds the next notice), asked both
// notices' questions: what the pair costs each, against each alone (the sets above). The other notices' labelled sets,
// or with --blind their blind ones alone (totals only); the main notice's dev and tune sets either way.
if (args.includes('--beside-main')) {
  const all = evalSets(shared).filter((x) => existsSync(x.file) && !x.name.includes('all notices') && !x.name.includes('follow-ups'));
  const sets = all.filter((x) => x.blind === blind);
  const mainSets = all.filter((x) => x.knowledge === all[0]!.knowledge && (x.name.startsWith('dev') || x.name === 'gz tune'));
  const own = tally();
  const main = tally();
  let fromMain = 0;
  for (const n of otherNotices()) {
    const answerer = new Answerer(loadKnowledge(knowledgeWith([join(KNOWLEDGE_DIR, 'notices'), n.notice], true)));
    const mainId = answerer.kb.notices.find((x) => x.main)?.id;
    for (const set of sets.filter((x) => x.name.startsWith(`${n.slug} `))) {
      const cases = readCases(set.file);
      count(own, score(cases, answerer, answerer.kb));
      fromMain += cases.filter((c) => answerer.answer(c.q).citations[0]?.notice === mainId).length;
    }
    for (const set of mainSets) count(main, score(readCases(set.file), answerer, answerer.kb));
  }
  console.log(
    `each other notice beside the main one, its own questions: answerable ${own.answerable}/${own.answerableTotal}, traps ok ${own.traps}/${own.trapsTotal}, first cited from the main notice ${fromMain}`,
  );
  // Alone, the same questions once for each other notice.
  const alone = tally();
  for (const set of mainSets) count(alone, score(readCases(set.file), answererOf(set.knowledge), answererOf(set.knowledge).kb), otherNotices().length);
  console.log(
    `the main notice's dev and tune questions beside each other notice in turn: answerable ${main.answerable}/${main.answerableTotal} (alone ${alone.answerable}), traps ok ${main.traps}/${main.trapsTotal} (alone ${alone.traps})`,
  );
}

// --all-loaded: every notice in one bot, asked every other notice's questions (labelled, or with --blind the blind ones):
// most of them name no notice, so this measures how far the words asked reach the right one among 72.
if (args.includes('--all-loaded')) {
  const others = otherNotices();
  const answerer = new Answerer(loadKnowledge(knowledgeWith([join(KNOWLEDGE_DIR, 'notices'), ...others.map((n) => n.notice)], true)));
  const t = tally();
  for (const set of evalSets(shared)) {
    if (set.blind !== blind || !existsSync(set.file) || set.name.includes('follow-ups') || !others.some((n) => set.name.startsWith(`${n.slug} `))) continue;
    count(t, score(readCases(set.file), answerer, answerer.kb));
  }
  console.log(`every notice in one bot, the other notices' questions: answerable ${t.answerable}/${t.answerableTotal}, traps ok ${t.traps}/${t.trapsTotal}`);
}
