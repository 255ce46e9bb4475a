// A notice's translation (knowledge/notices/<id>.en.json): every sentence and heading, numbered as the
// notice is, each beside the Chinese it renders. Checked at load against the notice itself: a sentence
// missing, one too many, or Chinese that no longer matches (the notice was edited, the translation was
// not) is refused with file and line, so a reader never gets an English sentence for other Chinese.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { lineOfPath, readDataFile } from './data-file.js';
import { KnowledgeError, type Paragraph, sentenceKey, type Translation } from './types.js';

const TranslationSchema = z
  .object({
    $comment: z.string().optional(),
    language: z.literal('en'),
    // Only this project's own renderings are kept; an official one would be a notice of its own.
    official: z.literal(false),
    translator: z.string().min(1).max(200),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    review: z.string().min(1).max(2000),
    title: z.string().min(1).max(500),
    paragraphs: z.array(
      z
        .object({
          number: z.number().int().positive(),
          heading: z.string().min(1).max(300).optional(),
          sentences: z.array(z.object({ zh: z.string().min(1), en: z.string().min(1).max(3000) }).strict()),
        })
        .strict(),
    ),
  })
  .strict();

/** The translation in `file` of a notice with these paragraphs; undefined when there is no such file. */
export function loadTranslation(file: string, paragraphs: Paragraph[]): { translation: Translation; text: string } | undefined {
  if (!existsSync(file)) return undefined;
  const { data, text } = readDataFile(file, TranslationSchema);
  const headings = new Map<number, string>();
  const sentences = new Map<string, string>();
  const fail = (path: PropertyKey[], message: string): never => {
    throw new KnowledgeError(file, lineOfPath(text, path), message);
  };
  if (data.paragraphs.length !== paragraphs.length) fail(['paragraphs'], `${data.paragraphs.length} paragraphs; the notice has ${paragraphs.length}`);
  data.paragraphs.forEach((tp, i) => {
    const p = paragraphs[i]!;
    if (tp.number !== p.number) fail(['paragraphs', i], `paragraph ${tp.number} where the notice has paragraph ${p.number}`);
    if (tp.heading) headings.set(p.number, tp.heading);
    else if (p.heading) fail(['paragraphs', i], `paragraph ${p.number} has the heading ${p.heading}; its translation has none`);
    if (tp.sentences.length !== p.sentences.length)
      fail(['paragraphs', i, 'sentences'], `paragraph ${p.number}: ${tp.sentences.length} sentences; the notice has ${p.sentences.length}`);
    tp.sentences.forEach((ts, j) => {
      const s = p.sentences[j]!;
      if (ts.zh !== s.text)
        fail(['paragraphs', i, 'sentences', j], `paragraph ${p.number} sentence ${s.number}: zh differs from the notice (was the notice edited?)`);
      sentences.set(sentenceKey({ paragraph: p.number, sentence: s.number }), ts.en);
    });
  });
  return { translation: { by: data.translator, date: data.date, title: data.title, headings, sentences }, text };
}
