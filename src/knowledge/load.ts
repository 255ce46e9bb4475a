// Loads knowledge/: every notice under notices/, the sector catalogue, and a content hash as the version.
// Everything is validated here, once, so the rest of the program can trust it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { MAX_DATA_FILE_BYTES, parseJson, readDataFile, readKnowledgeText } from './data-file.js';
import { EntrySchema, loadLanguage, withLines } from './lexicon.js';
import { type ParsedNotice, parseNotice } from './parse.js';
import { loadTranslation } from './translation.js';
import { type DocumentKind, findSentence, type KnowledgeBase, KnowledgeError, type Lang, type Notice, type Sector } from './types.js';

const langs = <T extends z.ZodType>(t: T) => z.object({ 'zh-Hans': t, 'zh-Hant': t, en: t });
const SectorSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,30}$/, 'lower-case letters, digits and dashes'),
  names: langs(z.string().min(1)),
  cites: z.array(z.object({ notice: z.string(), paragraph: z.number().int().min(1), sentence: z.number().int().min(1) })).min(1),
  aliases: langs(z.array(z.string().min(1)).min(1)),
});
const CatalogueSchema = z.object({ $comment: z.string().optional(), sectors: z.array(z.unknown()) });
const GlossarySchema = z.object({ $comment: z.string().optional(), entries: z.array(EntrySchema) }).strict();
/** A notice file larger than this is a mistake: real notices are a few to a few hundred KB. */
export const MAX_NOTICE_BYTES = 1024 * 1024;
/** knowledge/notices/<id>.json beside <id>.md: what an operator adds to make one notice read better. */
const ProfileSchema = z
  .object({
    $comment: z.string().optional(),
    examples: langs(z.array(z.string().min(1).max(200)).max(10)).optional(),
    terms: z.array(EntrySchema).optional(),
    english: z.array(EntrySchema).optional(),
    // Whom the notice addresses, when that is not everyone who asks (a call to associations, read by a restaurant owner).
    audience: langs(z.string().min(1).max(200)).optional(),
    // The notice this bot is about: a question that names no notice and fits several (第5段, a sector
    // several notices speak of) goes to it, and the others are offered. At most one; else the newest.
    main: z.literal(true).optional(),
  })
  .strict();

export function loadKnowledge(dir: string): KnowledgeBase {
  const noticeDir = join(dir, 'notices');
  if (!existsSync(noticeDir)) throw new KnowledgeError(noticeDir, 0, 'folder not found');
  const hash = createHash('sha256');
  const language = loadLanguage(dir);
  for (const [name, text] of language.files) hash.update(`${name}\0${text}\0`);
  const notices: Notice[] = [];
  for (const name of readdirSync(noticeDir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const file = join(noticeDir, name);
    const text = readKnowledgeText(file, MAX_NOTICE_BYTES);
    hash.update(`${name}\0${text}\0`);
    const notice = withProfile(parseNotice(text, file), join(noticeDir, name.replace(/\.md$/, '.json')), language.kinds, hash);
    const twin = notices.find((n) => n.id === notice.id);
    if (twin) throw new KnowledgeError(file, 2, `notice id "${notice.id}" is used by ${twin.file} too`);
    notices.push(notice);
  }
  if (notices.length === 0) throw new KnowledgeError(noticeDir, 0, 'no notice files (*.md)');
  // The kinds of the notices loaded name them, also those that are everyday words (方案, 意见).
  for (const n of notices) language.language.questionWords.add(n.kind['zh-Hans']);
  const mains = notices.filter((n) => n.main);
  if (mains.length > 1) {
    const profile = mains[1]!.file.replace(/\.md$/, '.json');
    const line =
      readFileSync(profile, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"main"')) + 1;
    throw new KnowledgeError(profile, Math.max(1, line), `"main" is set for ${mains[0]!.id} too: one notice at most is the main one`);
  }

  const sectorFile = join(dir, 'sectors.json');
  let sectors: Sector[] = [];
  if (existsSync(sectorFile)) {
    const text = readKnowledgeText(sectorFile, MAX_DATA_FILE_BYTES);
    hash.update(`sectors.json\0${text}`);
    sectors = parseSectors(text, sectorFile);
  }
  const kb: KnowledgeBase = {
    notices,
    sectors,
    lexicons: language.lexicons,
    language: language.language,
    decision: language.decision,
    ...(language.ranking ? { ranking: language.ranking } : {}),
    version: hash.digest('hex').slice(0, 16),
  };
  validateCitations(kb, sectorFile, sectors.length > 0 ? readFileSync(sectorFile, 'utf8') : '');
  return kb;
}

export function parseSectors(text: string, file: string): Sector[] {
  const catalogue = CatalogueSchema.safeParse(parseJson(text, file));
  if (!catalogue.success) throw new KnowledgeError(file, 1, 'expected {"sectors": [...]}');
  const seen = new Set<string>();
  return catalogue.data.sectors.map((raw, i) => {
    const id = (raw as { id?: unknown })?.id;
    const line = lineOfSector(text, typeof id === 'string' ? id : undefined, i);
    const parsed = SectorSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new KnowledgeError(file, line, `sector ${i + 1}: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    if (seen.has(parsed.data.id)) throw new KnowledgeError(file, line, `sector id "${parsed.data.id}" appears twice`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}

function validateCitations(kb: KnowledgeBase, file: string, text: string): void {
  for (const sector of kb.sectors) {
    for (const ref of sector.cites) {
      if (!findSentence(kb, ref)) {
        throw new KnowledgeError(
          file,
          lineOfSector(text, sector.id, 0),
          `sector "${sector.id}" cites ${ref.notice} paragraph ${ref.paragraph} sentence ${ref.sentence}, which does not exist`,
        );
      }
    }
  }
}

/** The line of `"id": "<id>"`, or of the n-th `"id"` when the id is unusable. */
function lineOfSector(text: string, id: string | undefined, index: number): number {
  const lines = text.split('\n');
  if (id) {
    const i = lines.findIndex((l) => l.includes(`"id": "${id}"`) || l.includes(`"id":"${id}"`));
    if (i >= 0) return i + 1;
  }
  let seen = -1;
  for (let i = 0; i < lines.length; i++) if (/"id"\s*:/.test(lines[i]!) && ++seen === index) return i + 1;
  return 1;
}

/** The notice with its kind and, when its profile file exists, its examples and vocabulary. */
function withProfile(parsed: ParsedNotice, profileFile: string, kinds: DocumentKind[], hash: ReturnType<typeof createHash>): Notice {
  const { kindName, ...rest } = parsed;
  const kind = kindOf(kindName, parsed.title, kinds);
  if (kindName && kind['zh-Hans'] !== kindName) {
    throw new KnowledgeError(parsed.file, 2, `kind "${kindName}" is not in document-kinds.json`);
  }
  const none: Record<Lang, string[]> = { 'zh-Hans': [], 'zh-Hant': [], en: [] };
  // The English glossary written by npm run knowledge:glossary (CC-CEDICT glosses of the notice's words).
  const glossaryFile = profileFile.replace(/\.json$/, '.glossary.json');
  let glossary: Notice['english'] = [];
  if (existsSync(glossaryFile)) {
    const g = readDataFile(glossaryFile, GlossarySchema);
    hash.update(`${basename(glossaryFile)}\0${g.text}\0`);
    glossary = withLines(g.data.entries, g.text, ['entries']);
  }
  const translated = loadTranslation(profileFile.replace(/\.json$/, '.en.json'), parsed.paragraphs);
  if (translated) hash.update(`${basename(profileFile)}.en\0${translated.text}\0`);
  const translations = translated ? { en: translated.translation } : {};
  if (!existsSync(profileFile)) return { ...rest, kind, examples: none, terms: [], english: glossary, translations };
  const { data, text } = readDataFile(profileFile, ProfileSchema);
  hash.update(`${basename(profileFile)}\0${text}\0`);
  return {
    ...rest,
    kind,
    examples: data.examples ?? none,
    terms: withLines(data.terms ?? [], text, ['terms']),
    english: [...withLines(data.english ?? [], text, ['english']), ...glossary],
    translations,
    ...(data.audience ? { audience: data.audience } : {}),
    ...(data.main ? { main: true } : {}),
  };
}

/** The named kind, else the longest kind the title ends with (…的倡议 -> 倡议), else the first listed. */
function kindOf(name: string | undefined, title: string, kinds: DocumentKind[]): DocumentKind {
  if (name) return kinds.find((k) => k['zh-Hans'] === name) ?? { 'zh-Hans': name, 'zh-Hant': name, en: 'notice' };
  const ending = kinds.filter((k) => title.endsWith(k['zh-Hans'])).sort((a, b) => b['zh-Hans'].length - a['zh-Hans'].length)[0];
  return ending ?? kinds[0]!;
}
