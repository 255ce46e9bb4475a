// npm run knowledge:import -- <raw file> [--out DIR]
// Repairs a received notice and writes the clean notice file. Metadata comes from <raw>.meta.json beside it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { importNotice } from '../knowledge/import.js';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1] : 'knowledge/notices';
const rawPath = args.find((a, i) => !a.startsWith('--') && (outIndex < 0 || i !== outIndex + 1));
if (!rawPath || !outDir) {
  console.error('usage: npm run knowledge:import -- <raw notice file> [--out knowledge/notices]');
  process.exit(2);
}
const metaPath = `${rawPath.replace(/\.[^.]+$/, '')}.meta.json`;
if (!existsSync(metaPath)) {
  console.error(`${metaPath}: missing; it gives id, title, short_title, title_en, issuer, issuer_en, date, region, source`);
  process.exit(2);
}
let result: ReturnType<typeof importNotice>;
try {
  result = importNotice(readFileSync(rawPath, 'utf8'), JSON.parse(readFileSync(metaPath, 'utf8')));
} catch (err) {
  // A broken file is the operator's to fix: one line naming it, no stack trace.
  console.error(`${rawPath}: ${(err as Error).message}`);
  process.exit(1);
}
const r = result.report;
console.log(
  `${basename(rawPath)}: ${r.pinyinRemoved} pinyin removed, ${r.errataApplied} errata applied, ${r.commasCollapsed} doubled commas collapsed, ${r.punctuationWidened} marks made full-width, ${r.widthNarrowed} full-width letters and digits made ASCII, ${r.linesSplit > 0 ? `${r.linesSplit} lost line breaks put back, ` : ''}${result.headingLinesRemoved > 0 ? `${result.headingLinesRemoved} heading lines left out (the metadata gives them: title, issuer, date), ` : ''}${result.paragraphs} paragraphs`,
);
if (r.problems.length > 0) {
  for (const p of r.problems) console.error(`${rawPath}: repaired line ${p.line}, column ${p.column}: unexplained "${p.char}" in …${p.context}…`);
  console.error(`Not written: add an erratum to ${metaPath} ("errata": [{"damaged", "repaired", "why"}]) for each spot above, then import again.`);
  process.exit(1);
}
const out = join(outDir, `${result.id}.md`);
// A new notice's folder (an evaluation fixture's notices/) is made, not a stack trace of ENOENT.
mkdirSync(outDir, { recursive: true });
writeFileSync(out, result.file);
console.log(`wrote ${relative(process.cwd(), out)}`);
