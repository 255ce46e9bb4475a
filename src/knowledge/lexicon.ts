// Language knowledge that serves every notice: lexicons (how people say it -> how documents say it),
// question words and answer types (language.json), and kinds of document (document-kinds.json).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { linesOfItems, readDataFile } from './data-file.js';
import type { LanguageData } from './language-types.js';
import { loadModels } from './models.js';
import { escapeRegExp } from './regexp.js';
import { type DecisionModel, type DocumentKind, KnowledgeError, type Lexicon, type LexiconEntry, type RankModel } from './types.js';

const word = z.string().min(1).max(40);
export const EntrySchema = z.object({ said: z.array(word).min(1), means: z.array(word) }).strict();
export const LexiconSchema = z.object({
  $comment: z.string().optional(),
  variety: z.enum(['colloquial', 'southwest', 'cantonese', 'business', 'english', 'slips']),
  entries: z.array(EntrySchema),
});

const regex = z.string().refine(
  (s) => {
    try {
      new RegExp(s, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);
const langs = <T extends z.ZodType>(t: T) => z.object({ 'zh-Hans': t, 'zh-Hant': t, en: t }).strict();
const PATTERN_NAMES = [
  'aboutNotice',
  'aboutBot',
  'duty',
  'outline',
  'outlineEn',
  'outlineWord',
  'lastParagraph',
  'lastPoint',
  'firstPoint',
  'firstParagraph',
  'noticeSelf',
  'asking',
  'slipForWhich',
  'whoBeforeThing',
  'refersBack',
  'headAsked',
  'askerIsAt',
  'audience',
  'issuer',
  'ownsBusiness',
  'purpose',
  'addressing',
  'addressingVerb',
  'askerWord',
  'basis',
  'deadline',
  'topicLead',
  'fewAsking',
  'generalAsk',
  'otherBody',
  'bodyScope',
  'abroad',
  'statedDate',
] as const;
const LanguageSchema = z.object({
  $comment: z.string().optional(),
  questionWords: z.array(word).min(1),
  aspectWords: z.array(word).optional(),
  measureWords: z.array(word).optional(),
  genericWords: z.array(word),
  englishStopWords: z.array(word),
  issuerWords: z.array(word),
  shortNames: z
    .object({ $comment: z.string().optional(), kinds: z.record(word, z.array(word).min(1)), prefixes: z.array(word) })
    .strict()
    .optional(),
  dateWords: z.array(word),
  relativeYears: z.record(z.string().min(1), z.number().int().min(-10).max(10)).optional(),
  statedQuantities: z
    .array(
      z.object({ $comment: z.string().optional(), concept: word, names: z.array(word), said: regex, lower: z.array(regex), upper: z.array(regex) }).strict(),
    )
    .optional(),
  answerTypes: z.array(
    z
      .object({
        name: z.string(),
        asks: regex,
        answeredBy: regex,
        weight: z.number().min(0).max(1),
        label: langs(z.string().min(1)),
        appliesToAll: z.boolean(),
        required: z.boolean().optional(),
        mayBeImplicit: z.boolean().optional(),
        oneOf: word.optional(),
        yieldsToDatum: z.boolean().optional(),
        heldByAnswer: z.boolean().optional(),
        labelledBy: regex.optional(),
        counts: z
          .object({ count: regex.refine((x) => x.includes('(?<n>'), { message: 'needs a group named n' }), item: regex })
          .strict()
          .optional(),
        foundBy: z
          .object({ holds: regex, words: z.array(word).min(1) })
          .strict()
          .optional(),
      })
      .strict(),
  ),
  patterns: z
    .object(Object.fromEntries(PATTERN_NAMES.map((n) => [n, regex])) as Record<(typeof PATTERN_NAMES)[number], typeof regex>)
    .strict()
    .refine((p) => p.otherBody.includes('(?<body>'), { message: 'otherBody needs a group named body', path: ['otherBody'] }),
  conversation: z
    .object({
      $comment: z.string().optional(),
      next: regex,
      previous: regex,
      otherSubject: z.array(regex.refine((s) => s.includes('(?<subject>'), { message: 'needs a group named subject' })).min(1),
      pronoun: regex,
      greeting: regex,
      thanks: regex,
    })
    .strict(),
});
const hanWords = z.string().regex(/^[\p{Script=Han} ]*$/u, { message: 'only Chinese words separated by spaces' });
const GeneralWordsSchema = z
  .object({
    $comment: z.string().optional(),
    light: z.record(z.string().regex(/^[a-z]{1,4}$/), hanWords),
    verbs: hanWords.optional(),
    adjectives: hanWords.optional(),
    nouns: hanWords.optional(),
    pairs: z
      .string()
      .regex(/^(?:[\u4e00-\u9fff]{2})*$/u, 'two-character words, concatenated')
      .optional(),
  })
  .strict();
const PlacesSchema = z
  .object({
    $comment: z.string().optional(),
    places: z.array(z.string().regex(/^\d{2}(?:\d{2}){0,2}(?: (?:\p{Script=Han}{2,}|[a-z]{4,}))+$/u, 'a place is its code and its names, space-separated')),
  })
  .strict();
const EnglishWordsSchema = z
  .object({ $comment: z.string().optional(), words: z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'lower-case English words, space-separated') })
  .strict();
// `common`: the kind's name is also an everyday word (方案, 措施, 意见): it names a notice only when one is of that kind.
const KindsSchema = z.object({
  $comment: z.string().optional(),
  kinds: z.array(langs(z.string().min(1)).extend({ common: z.literal(true).optional() })).min(1),
});

export interface LanguageKnowledge {
  decision: DecisionModel;
  ranking?: RankModel;
  lexicons: Lexicon[];
  language: LanguageData;
  kinds: DocumentKind[];
  /** Each file's name and text, for the knowledge version. */
  files: Array<[string, string]>;
}

export function loadLanguage(dir: string): LanguageKnowledge {
  const files: Array<[string, string]> = [];
  const languageFile = join(dir, 'language.json');
  if (!existsSync(languageFile)) throw new KnowledgeError(languageFile, 0, 'file not found');
  const lang = readDataFile(languageFile, LanguageSchema);
  files.push(['language.json', lang.text]);
  const compile = (s: string) => new RegExp(s, 'iu');
  const language: LanguageData = {
    questionWords: new Set(lang.data.questionWords),
    aspectWords: new Set(lang.data.aspectWords ?? []),
    measureWords: new Set(lang.data.measureWords ?? []),
    genericWords: new Set(lang.data.genericWords.map((w) => w.toLowerCase())),
    lightWords: new Set<string>(),
    particles: new Set<string>(),
    conjunctions: new Set<string>(),
    verbWords: new Set<string>(),
    adjectiveWords: new Set<string>(),
    pairs: '',
    nounWords: new Set<string>(),
    places: new Map<string, string[]>(),
    realEnglish: new Set<string>(),
    englishStopWords: new Set(lang.data.englishStopWords.map((w) => w.toLowerCase())),
    issuerWords: lang.data.issuerWords,
    shortNames: {
      // Longest kind first: 红十字会 before a kind it ends like.
      kinds: Object.entries(lang.data.shortNames?.kinds ?? {}).sort(([a], [b]) => b.length - a.length),
      prefixes: lang.data.shortNames?.prefixes ?? [],
    },
    dateWords: lang.data.dateWords,
    // Compiled once here, not for every question: an English phrase matches as whole words, a Chinese word anywhere.
    relativeYears: Object.entries(lang.data.relativeYears ?? {}).map(([w, offset]) => {
      const literal = escapeRegExp(w.toLowerCase());
      return { said: new RegExp(/^[a-z ]+$/.test(literal) ? `\\b${literal}\\b` : literal, 'u'), offset };
    }),
    statedQuantities: (lang.data.statedQuantities ?? []).map((x) => ({
      concept: x.concept,
      names: x.names,
      said: new RegExp(x.said, 'gu'),
      lower: x.lower.map((r) => new RegExp(r, 'gu')),
      upper: x.upper.map((r) => new RegExp(r, 'gu')),
    })),
    answerTypes: lang.data.answerTypes.map((a) => ({
      name: a.name,
      asks: compile(a.asks),
      answeredBy: compile(a.answeredBy),
      weight: a.weight,
      label: a.label,
      appliesToAll: a.appliesToAll,
      ...(a.required ? { required: true } : {}),
      ...(a.mayBeImplicit ? { mayBeImplicit: true } : {}),
      ...(a.oneOf ? { oneOf: a.oneOf } : {}),
      ...(a.yieldsToDatum ? { yieldsToDatum: true } : {}),
      ...(a.heldByAnswer ? { heldByAnswer: true } : {}),
      ...(a.labelledBy ? { labelledBy: compile(a.labelledBy) } : {}),
      ...(a.counts ? { counts: { count: compile(a.counts.count), item: compile(a.counts.item) } } : {}),
      ...(a.foundBy ? { foundBy: { holds: compile(a.foundBy.holds), words: a.foundBy.words } } : {}),
    })),
    patterns: Object.fromEntries(PATTERN_NAMES.map((n) => [n, compile(lang.data.patterns[n])])) as LanguageData['patterns'],
    conversation: {
      next: compile(lang.data.conversation.next),
      previous: compile(lang.data.conversation.previous),
      otherSubject: lang.data.conversation.otherSubject.map(compile),
      pronoun: compile(lang.data.conversation.pronoun),
      greeting: compile(lang.data.conversation.greeting),
      thanks: compile(lang.data.conversation.thanks),
    },
  };

  // An optional file: read, validated and counted in the knowledge version when it is there.
  const optional = <T extends z.ZodType>(name: string, schema: T): z.infer<T> | undefined => {
    const file = join(dir, name);
    if (!existsSync(file)) return undefined;
    const { data, text } = readDataFile(file, schema);
    files.push([name, text]);
    return data;
  };

  // Without it every word no notice knows weighs alike.
  const general = optional('general-words.json', GeneralWordsSchema);
  if (general) {
    for (const words of Object.values(general.light)) for (const w of words.split(' ')) if (w) language.lightWords.add(w);
    // jieba's tag for auxiliaries (u): of them, the single characters that join phrases.
    for (const w of (general.light.u ?? '').split(' ')) if ([...w].length === 1) language.particles.add(w);
    // And for conjunctions (c), their single characters: 和 glued to the next word (表|和善|款) is cut off it.
    for (const w of (general.light.c ?? '').split(' ')) if ([...w].length === 1) language.conjunctions.add(w);
    for (const w of (general.verbs ?? '').split(' ')) if (w) language.verbWords.add(w);
    for (const w of (general.adjectives ?? '').split(' ')) if (w) language.adjectiveWords.add(w);
    if (general.pairs) language.pairs = general.pairs;
    for (const w of (general.nouns ?? '').split(' ')) if (w) language.nounWords.add(w);
  }

  // Without it no question is known to name somewhere else.
  for (const line of optional('places.json', PlacesSchema)?.places ?? []) {
    const [code, ...names] = line.split(' ');
    for (const name of names) language.places.set(name, [...(language.places.get(name) ?? []), code!]);
  }

  // Without it an English word one letter from a lexicon word is read as that word, real or not.
  const english = optional('english-words.json', EnglishWordsSchema);
  if (english) language.realEnglish = new Set(english.words.split(' '));

  const listed = optional('document-kinds.json', KindsSchema)?.kinds ?? [{ 'zh-Hans': '通知', 'zh-Hant': '通知', en: 'notice' }];
  const kinds: DocumentKind[] = listed.map(({ common: _, ...names }) => names);
  // A document's kind ("倡议", "通知") is what people call the notice, not what they ask about. A kind that is an
  // everyday word too (复工复产工作方案, 防控措施) is one only when a notice loaded is of that kind (load.ts).
  for (const k of listed) if (!k.common) language.questionWords.add(k['zh-Hans']);

  const lexicons: Lexicon[] = [];
  const lexDir = join(dir, 'lexicon');
  if (existsSync(lexDir)) {
    for (const name of readdirSync(lexDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const file = join(lexDir, name);
      const { data, text } = readDataFile(file, LexiconSchema);
      files.push([`lexicon/${name}`, text]);
      lexicons.push({ file, variety: data.variety, entries: withLines(data.entries, text, ['entries']) });
    }
  }
  return { ...loadModels(dir, files), lexicons, language, kinds, files };
}

/**
 * Entries with the line each starts on, so later checks can name it. The lines are found when one is first
 * read: nothing at start reads them, and walking the files for them cost the start tens of milliseconds.
 */
export function withLines(entries: Array<{ said: string[]; means: string[] }>, text: string, path: string[]): LexiconEntry[] {
  let lines: number[] | undefined;
  const lineOf = (i: number): number => {
    lines ??= linesOfItems(text, path, entries.length);
    return lines[i]!;
  };
  return entries.map((e, i) => ({
    said: e.said,
    means: e.means,
    get line() {
      return lineOf(i);
    },
  }));
}
