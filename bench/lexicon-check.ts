// npm run eval:lexicon -- FILE.json: what a candidate lexicon (not yet in knowledge/lexicon/) does to every labelled
// question, and whether taking out the entries behind the questions it loses would hold on questions it was not pruned on.
// Pruning on the rows one then counts always comes out without a loss; so the labelled sets are split in two by their
// number (fit5, fit7 … against fit6, fit10 …), the entries are pruned on one half and counted on the other, both ways.
// A lexicon worth adding gains on both held-out halves. Blind sets are never read. A file named as one already in
// knowledge/lexicon/ takes its place: an edited lexicon is measured against the one it would replace.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { LexiconSchema } from '../src/knowledge/lexicon.js';
import { renderText } from '../src/search/render-text.js';
import { answererFor, evalSets } from '../test/support/eval-sets.js';
import { answerCase, readCases, scoreOutputs } from '../test/support/score.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run eval:lexicon -- path/to/lexicon.json');
  process.exit(2);
}
const lexicon = LexiconSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const said = (s: string) => toSimplified(s).toLowerCase();

/** A copy of a knowledge folder with the candidate lexicon added. */
const withLexicon = new Map<string, string>();
function knowledgeWithLexicon(dir: string): string {
  let copy = withLexicon.get(dir);
  if (!copy) {
    copy = mkdtempSync(join(tmpdir(), 'notice-bot-lexicon-'));
    cpSync(dir, copy, { recursive: true });
    cpSync(file!, join(copy, 'lexicon', basename(file!)));
    withLexicon.set(dir, copy);
  }
  return copy;
}

interface Change {
  set: string;
  q: string;
  gained: boolean;
  /** The entries (by index) whose said phrases the question holds: the likely cause (a phrase inside a longer word counts too). */
  entries: number[];
  half: number;
}

const changes: Change[] = [];
const before = answererFor();
const after = answererFor();
let scored = 0;
for (const set of evalSets(join(process.cwd(), '../shared/eval'))) {
  if (set.blind) continue;
  let cases: ReturnType<typeof readCases>;
  try {
    cases = readCases(set.file);
  } catch {
    continue;
  }
  const a = before(set.knowledge);
  const b = after(knowledgeWithLexicon(set.knowledge));
  // A set's half: the parity of its number (fit22 -> 0); sets without one (tune, dev, paraphrases) are in half 0.
  const half = Number(/\d+/.exec(set.name.split(' ').at(-1) ?? '')?.[0] ?? 0) % 2;
  for (const c of cases) {
    const right = (answerer: typeof a) => {
      const answer = answerCase(c, answerer);
      return scoreOutputs([c], [{ answered: answer.answered, text: renderText(answer, answerer.kb), citations: answer.citations }]).passed === 1;
    };
    scored++;
    const was = right(a);
    if (was === right(b)) continue;
    const q = said(c.q);
    const entries = lexicon.entries.flatMap((e, i) => (e.said.some((s) => q.includes(said(s))) ? [i] : []));
    changes.push({ set: set.name, q: c.q, gained: !was, entries, half });
  }
}

const count = (cs: Change[]) => `+${cs.filter((c) => c.gained).length}/-${cs.filter((c) => !c.gained).length}`;
console.log(`${file}: ${lexicon.entries.length} entries, ${scored} labelled questions`);
console.log(`as written: ${count(changes)}`);
const pruned = (cs: Change[]) => new Set(cs.filter((c) => !c.gained).flatMap((c) => c.entries));
const kept = (cs: Change[], out: Set<number>) => cs.filter((c) => !c.entries.some((i) => out.has(i)));
console.log(`pruned on every row and counted on them (flatters): ${count(kept(changes, pruned(changes)))}`);
for (const h of [0, 1]) {
  const heldOut = kept(
    changes.filter((c) => c.half !== h),
    pruned(changes.filter((c) => c.half === h)),
  );
  console.log(`pruned on half ${h}, counted on half ${1 - h}: ${count(heldOut)}`);
}
const causes = (c: Change) => c.entries.map((i) => lexicon.entries[i]!.said[0]).join(', ');
for (const c of changes) console.log(`  ${c.gained ? 'gained' : 'lost  '} ${c.set}: ${c.q.slice(0, 70)} <- ${causes(c)}`);
for (const copy of withLexicon.values()) rmSync(copy, { recursive: true, force: true });
