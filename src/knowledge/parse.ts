// Parses a clean notice file: front matter between --- lines, then paragraphs separated by blank lines.
import { numeralValue } from '../text/numerals.js';
import { markFramingLines, paragraphText } from './framing-lines.js';
import { CLAUSE_END, FW_CLOSE, FW_OPEN, LEADS_INTO_LIST, SENTENCE_END } from './punctuation.js';
import { KnowledgeError, type Notice, type Paragraph, type Sentence } from './types.js';

/** A notice as its file states it; the loader adds its kind and profile. */
export type ParsedNotice = Omit<Notice, 'kind' | 'examples' | 'terms' | 'english' | 'translations'> & { kindName?: string };

const REQUIRED = ['id', 'title', 'short_title', 'title_en', 'issuer', 'issuer_en', 'date', 'region', 'source'] as const;
/** Optional keys: `kind` names the document's kind (倡议, 通知…) when its title does not end with it. */
const OPTIONAL = ['kind'] as const;

export function parseNotice(text: string, file: string): ParsedNotice {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') throw new KnowledgeError(file, 1, 'expected front matter starting with ---');
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) throw new KnowledgeError(file, 1, 'front matter is not closed with ---');

  const meta = new Map<string, string>();
  for (let i = 1; i < end; i++) {
    const line = lines[i] ?? '';
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const m = /^([a-z_]+):\s*(.*)$/.exec(line);
    if (!m) throw new KnowledgeError(file, i + 1, `front matter line is not "key: value": ${line.slice(0, 40)}`);
    if (meta.has(m[1]!)) throw new KnowledgeError(file, i + 1, `front matter key "${m[1]}" appears twice`);
    meta.set(m[1]!, m[2]!.trim());
  }
  for (const key of REQUIRED) {
    if (!meta.get(key)) throw new KnowledgeError(file, 1, `front matter is missing "${key}"`);
  }
  const id = meta.get('id')!;
  if (!/^[a-z0-9][a-z0-9-]{0,40}$/.test(id)) throw new KnowledgeError(file, lineOf(lines, 'id:'), `id "${id}" must be lower-case letters, digits and dashes`);
  const date = meta.get('date')!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    throw new KnowledgeError(file, lineOf(lines, 'date:'), `date "${date}" must be YYYY-MM-DD`);
  }

  const paragraphs: Paragraph[] = [];
  let block: string[] = [];
  let blockLine = 0;
  const flush = () => {
    if (block.length === 0) return;
    paragraphs.push(parseParagraph(block.join(''), paragraphs.length + 1, blockLine, file));
    block = [];
  };
  for (let i = end + 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) {
      flush();
      continue;
    }
    if (block.length === 0) blockLine = i + 1;
    block.push(line);
  }
  flush();
  if (paragraphs.length === 0) throw new KnowledgeError(file, end + 2, 'the notice has no paragraphs');
  markArabicPoints(paragraphs);
  markFramingLines(paragraphs, meta.get('issuer')!);
  markListLeads(paragraphs);
  markLabelledLists(paragraphs);
  markSectionTitles(paragraphs);
  if (paragraphs.every((p) => p.role)) throw new KnowledgeError(file, end + 2, 'the notice has only salutation, signature and date lines');

  return {
    id,
    title: meta.get('title')!,
    shortTitle: meta.get('short_title')!,
    titleEn: meta.get('title_en')!,
    issuer: meta.get('issuer')!,
    issuerEn: meta.get('issuer_en')!,
    date,
    region: meta.get('region')!,
    source: meta.get('source')!,
    paragraphs,
    file,
    ...(meta.get('kind') ? { kindName: meta.get('kind')! } : {}),
  };
}

/**
 * Limits of a notice's parts. Real paragraphs run to a few hundred characters; one of 100 KB is a broken
 * file, and indexing it would stall the bot (the index grows with the square of a run's length).
 */
export const MAX_PARAGRAPH_CHARS = 5000;
export const MAX_SENTENCE_CHARS = 1000;
export const MAX_PARAGRAPHS = 500;

/** A numbered item of a list: 1、 1. （1） ①. */
const LIST_ITEM = /^(?:\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[)）]|[\u2460-\u2473])/u;

/**
 * Items of a list set out on lines of their own (1、医用防护口罩GB19083-2010) after a sentence that leads into
 * them (需符合或高于下列国家标准：) say what they are only with it: each item keeps that sentence as its lead.
 */
function markListLeads(paragraphs: Paragraph[]): void {
  let lead: string | undefined;
  // A point's title on a line of its own (二、接收急需物资), in force until the next point: the paragraphs under
  // it say what they are only with it (主要包括：医用防护口罩…), numbered or not.
  let title: string | undefined;
  // An item that is only a title (2、新会员入会咨询), its details on the lines after it (联系人：…): in force until
  // the next item or point.
  let itemTitle: string | undefined;
  for (const [i, p] of paragraphs.entries()) {
    const text = paragraphText(p);
    const item = LIST_ITEM.test(text);
    // Items a sentence announces (下列国家标准：1、医用防护口罩GB19083-2010) are values, not titles.
    if (item || p.point !== undefined) itemTitle = item && (lead === undefined || lead === title) && isBareItem(p, text) ? text : undefined;
    // Arabic-numbered points (see markArabicPoints) are items of the list their lead opens, too.
    if (lead && item) {
      p.lead = lead;
      continue;
    }
    if (p.point !== undefined && !item) title = isBareHeading(p, text) ? text : undefined;
    else if (!item && itemTitle && !p.role) p.lead = title ? `${title}\n${itemTitle}` : itemTitle;
    else if (title && !p.role) p.lead = title;
    const last = p.sentences.at(-1)?.text ?? '';
    lead = LEADS_INTO_LIST.test(last) || isBareHeading(p, text) || titlesItems(p, text, paragraphs[i + 1]) ? last : undefined;
  }
}

/**
 * An unnumbered section title on a line of its own (NO.3 开放范围, 其他事项) over numbered items that say something in
 * sentences (1、一至四层常设展厅正常开放，…): it leads them as a sentence ending 如下： would. Not over items that are
 * titles themselves (★捐赠方式★ over 1.银行转账): those lead the lines under them.
 */
function titlesItems(p: Paragraph, text: string, next: Paragraph | undefined): boolean {
  if (p.point !== undefined || p.role || LIST_ITEM.test(text) || !isBareItem(p, text) || !next) return false;
  const item = paragraphText(next);
  return LIST_ITEM.test(item) && !isBareItem(next, item);
}

/** A line that gives a value under a label (青田县：0578-6838117, 联系人：张三). */
const LABELLED_LINE = /^[^：:，,。；;]{1,12}[：:]\s*\S/u;
/** A list needs two such lines at least: one is a line like any other. */
const MIN_LABELLED_ITEMS = 2;

/**
 * A title on a line of its own (丽水市海外同胞24小时咨询服务热线), no clause closing it, over lines that each give a
 * value under a label (莲都区：…, 青田县：…): each of those lines says what it is only with the title, its lead.
 */
function markLabelledLists(paragraphs: Paragraph[]): void {
  paragraphs.forEach((title, i) => {
    const t = paragraphText(title);
    // A title is a bare item's shape without its number: one phrase, no clause closing it, no value after a label.
    if (title.role || !isBareItem(title, t)) return;
    let end = i + 1;
    while (end < paragraphs.length && !paragraphs[end]!.role && LABELLED_LINE.test(paragraphText(paragraphs[end]!))) end++;
    if (end - i - 1 < MIN_LABELLED_ITEMS) return;
    for (const item of paragraphs.slice(i + 1, end)) item.lead ??= t;
  });
}

/**
 * A letter's or article's section title on a line of its own, unnumbered (一定要居家保护好自己, 回国返丽必须报告并
 * 医学观察): one phrase closing no clause, over a paragraph that says something in sentences. That paragraph says
 * what it is about with it (如确有急事要回国，务必先联系…), so the title is its lead: searched, never quoted.
 */
function markSectionTitles(paragraphs: Paragraph[]): void {
  paragraphs.forEach((title, i) => {
    const body = paragraphs[i + 1];
    const t = paragraphText(title);
    if (!body || title.role || body.role || title.point !== undefined || LIST_ITEM.test(t) || !isBareItem(title, t)) return;
    const b = paragraphText(body);
    if (body.lead || LIST_ITEM.test(b) || !CLAUSE_CLOSE.test(b) || isBareItem(body, b)) return;
    body.lead = t;
  });
}

/** An Arabic-numbered paragraph: 1、保持高度警惕… */
const ARABIC_POINT = /^(\d{1,2})[、.．](?!\d)/u;

/**
 * A notice with no points numbered in Chinese (一、, 二要) may number them 1、 2、 3、: when its paragraphs so
 * numbered run 1, 2, 3… in order, they are its points (第二条 reaches 2、…). Under Chinese-numbered points, such
 * lines are the items of a point, not points.
 */
function markArabicPoints(paragraphs: Paragraph[]): void {
  if (paragraphs.some((p) => p.point !== undefined)) return;
  const numbered = paragraphs.flatMap((p) => {
    const m = ARABIC_POINT.exec(paragraphText(p));
    return m ? [{ p, n: Number(m[1]) }] : [];
  });
  if (numbered.length < 2 || numbered.some((x, i) => x.n !== i + 1)) return;
  for (const { p, n } of numbered) p.point = n;
}

/** A point's title on a line of its own (一、会费减免原则): the items below it say what they are only with it. */
function isBareHeading(p: Paragraph, text: string): boolean {
  // A closing aside (一、开放时间（2020年8月1日-8月31日）) qualifies the title without making it a sentence.
  const title = text.replace(TRAILING_ASIDE, '');
  return p.point !== undefined && p.sentences.length === 1 && [...title].length <= MAX_BARE_HEADING_CHARS && !CLAUSE_CLOSE.test(title);
}
const TRAILING_ASIDE = /[（(][^（）()]*[）)]$/u;
const MAX_BARE_HEADING_CHARS = 20;

/**
 * A list item on a line of its own that names a matter without saying anything of it: no clause closes it, and
 * it gives no value after a label (3.现场联系人：曹主任… says whom).
 */
function isBareItem(p: Paragraph, text: string): boolean {
  return p.sentences.length === 1 && [...text].length <= MAX_BARE_ITEM_CHARS && !CLAUSE_CLOSE.test(text) && !/[：:]/.test(text);
}
/** An item's title is a phrase (2、新会员入会咨询、补办会员牌匾及证书), not a paragraph: 40 holds the longest of the notices'. */
const MAX_BARE_ITEM_CHARS = 40;
const CLAUSE_CLOSE = new RegExp(`[${CLAUSE_END}]$`);

function parseParagraph(text: string, number: number, line: number, file: string): Paragraph {
  if (number > MAX_PARAGRAPHS) throw new KnowledgeError(file, line, `more than ${MAX_PARAGRAPHS} paragraphs`);
  const length = [...text].length;
  if (length > MAX_PARAGRAPH_CHARS) throw new KnowledgeError(file, line, `paragraph ${number} has ${length} characters; at most ${MAX_PARAGRAPH_CHARS}`);
  const sentences = splitSentences(text).map((t, i): Sentence => ({ number: i + 1, text: t }));
  const long = sentences.find((x) => [...x.text].length > MAX_SENTENCE_CHARS);
  if (long) throw new KnowledgeError(file, line, `paragraph ${number}, sentence ${long.number} has more than ${MAX_SENTENCE_CHARS} characters`);
  if (sentences.length === 0 || !/\p{Script=Han}/u.test(text)) {
    throw new KnowledgeError(file, line, `paragraph ${number} has no Chinese sentence`);
  }
  const point = POINT_OPENING.exec(text);
  const paragraph: Paragraph = { number, sentences, line };
  if (point) {
    paragraph.point = numeralValue(point[1]!) ?? 0;
    paragraph.heading = headingOf(text);
  }
  return paragraph;
}

/**
 * Splits at 。!? (full- or half-width). Closing quotes and a closing parenthetical right after
 * the mark stay with the sentence they follow, e.g. 打赢…攻坚战!(根据…信息整理). A half-width ? or !
 * between Latin letters or digits is part of a web address, not an end (https://www.example.gov.cn/a?id=3).
 */
const IN_ADDRESS = '(?<=[A-Za-z0-9/._=&-])[?!](?=[A-Za-z0-9=&])';
const SENTENCE = new RegExp(
  `(?:[^${SENTENCE_END}]|${IN_ADDRESS})+(?:[${SENTENCE_END}]+[\u201D\u2019\u300D\u300F]*(?:[(${FW_OPEN}][^()${FW_OPEN}${FW_CLOSE}]*[)${FW_CLOSE}])?|$)`,
  'gu',
);
// 一要…, 二、…, (三)…: a paragraph that opens a numbered point.
const POINT_OPENING = new RegExp(`^[(${FW_OPEN}]?([一二三四五六七八九十]{1,2})(?:[)${FW_CLOSE}]|要|是|\u3001|,|\uFF0C)`);
const HEADING = new RegExp(`^[^${CLAUSE_END}]+`);
const NUMBER_IN_BRACKETS = new RegExp(`^[(${FW_OPEN}][一二三四五六七八九十]+[)${FW_CLOSE}]`);

/**
 * A point's heading: its first clause (一要认清形势). One too long for a title (二、请各宗教教职人员、信教群众关注官方发布的疫情
 * 信息) is shown cut with an ellipsis, so that no citation or outline shows a word cut off silently (…关注官方发).
 */
function headingOf(text: string): string {
  const clause = [...(HEADING.exec(text)?.[0] ?? '').replace(NUMBER_IN_BRACKETS, '')];
  return clause.length <= MAX_HEADING_CHARS ? clause.join('') : `${clause.slice(0, MAX_HEADING_CHARS - 1).join('')}…`;
}
const MAX_HEADING_CHARS = 20;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const s = m[0].trim();
    if (s) out.push(s);
  }
  return out;
}

function lineOf(lines: string[], prefix: string): number {
  const i = lines.findIndex((l) => l.startsWith(prefix));
  return i < 0 ? 1 : i + 1;
}

/** The inverse of parseNotice, used by the importer to write a clean file. */
export function formatNotice(
  meta: Record<(typeof REQUIRED)[number], string> & Partial<Record<(typeof OPTIONAL)[number], string>>,
  paragraphs: string[],
): string {
  const front = [...REQUIRED, ...OPTIONAL]
    .filter((k) => meta[k])
    .map((k) => `${k}: ${meta[k]}`)
    .join('\n');
  return `---\n${front}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

export type NoticeMeta = Parameters<typeof formatNotice>[0];
export const NOTICE_META_KEYS = REQUIRED;
