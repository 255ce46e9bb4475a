// Button data: short strings (Telegram allows 64 bytes), parsed strictly. Anything that does not
// parse, or names something that no longer exists, is answered as an expired button.
import type { Lang, SentenceRef } from '../knowledge/types.js';

export type ButtonAction =
  | { kind: 'paragraph'; notice: string; paragraph: number; sentence: number; traditional?: boolean }
  | { kind: 'quote'; ref: SentenceRef; traditional?: boolean }
  | { kind: 'sector'; id: string }
  | { kind: 'sectors'; asNewMessage?: boolean }
  | { kind: 'feedback'; useful: boolean; ref: SentenceRef }
  | { kind: 'lang'; lang: Lang }
  | { kind: 'subscribe'; sector: string }
  /** Stop one subscription (a sector, or null: the whole notice) or all of the chat's. */
  | { kind: 'unsubscribe'; target: { all: true } | { sector: string | null } }
  | { kind: 'announce'; confirm: boolean; draft: number };

export const MAX_CALLBACK_BYTES = 64;
const ID = '[a-z0-9][a-z0-9-]{0,40}';
const N = '([1-9][0-9]{0,2})';

export function encodeAction(a: ButtonAction): string {
  const data = (() => {
    switch (a.kind) {
      case 'paragraph':
        return `p:${a.notice}:${a.paragraph}:${a.sentence}${a.traditional ? ':t' : ''}`;
      case 'quote':
        return `q:${a.ref.notice}:${a.ref.paragraph}:${a.ref.sentence}${a.traditional ? ':t' : ''}`;
      case 'sector':
        return `s:${a.id}`;
      case 'sectors':
        return a.asNewMessage ? 'sn' : 'sl';
      case 'feedback':
        return `f:${a.useful ? 'y' : 'n'}:${a.ref.notice}:${a.ref.paragraph}:${a.ref.sentence}`;
      case 'lang':
        return `l:${a.lang}`;
      case 'subscribe':
        return `sub:${a.sector}`;
      case 'unsubscribe':
        return 'all' in a.target ? 'u:a' : a.target.sector === null ? 'u:n' : `u:s:${a.target.sector}`;
      case 'announce':
        return `a:${a.confirm ? 'y' : 'n'}:${a.draft}`;
    }
  })();
  if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) throw new Error(`callback data over ${MAX_CALLBACK_BYTES} bytes: ${data}`);
  return data;
}

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => ButtonAction]> = [
  [
    new RegExp(`^p:(${ID}):${N}:([0-9]{1,3})(:t)?$`),
    (m) => ({ kind: 'paragraph', notice: m[1]!, paragraph: Number(m[2]), sentence: Number(m[3]), traditional: Boolean(m[4]) }),
  ],
  [
    new RegExp(`^q:(${ID}):${N}:${N}(:t)?$`),
    (m) => ({ kind: 'quote', ref: { notice: m[1]!, paragraph: Number(m[2]), sentence: Number(m[3]) }, traditional: Boolean(m[4]) }),
  ],
  [new RegExp(`^s:(${ID})$`), (m) => ({ kind: 'sector', id: m[1]! })],
  [/^sl$/, () => ({ kind: 'sectors' })],
  [/^sn$/, () => ({ kind: 'sectors', asNewMessage: true })],
  [
    new RegExp(`^f:([yn]):(${ID}):${N}:${N}$`),
    (m) => ({ kind: 'feedback', useful: m[1] === 'y', ref: { notice: m[2]!, paragraph: Number(m[3]), sentence: Number(m[4]) } }),
  ],
  [/^l:(zh-Hans|zh-Hant|en)$/, (m) => ({ kind: 'lang', lang: m[1] as Lang })],
  [new RegExp(`^sub:(${ID})$`), (m) => ({ kind: 'subscribe', sector: m[1]! })],
  [/^u:a$/, () => ({ kind: 'unsubscribe', target: { all: true } })],
  [/^u:n$/, () => ({ kind: 'unsubscribe', target: { sector: null } })],
  [new RegExp(`^u:s:(${ID})$`), (m) => ({ kind: 'unsubscribe', target: { sector: m[1]! } })],
  [/^a:([yn]):([0-9]{1,9})$/, (m) => ({ kind: 'announce', confirm: m[1] === 'y', draft: Number(m[2]) })],
];

export function decodeAction(data: string | undefined): ButtonAction | undefined {
  if (!data || Buffer.byteLength(data) > MAX_CALLBACK_BYTES) return undefined;
  for (const [re, build] of PATTERNS) {
    const m = re.exec(data);
    if (m) return build(m);
  }
  return undefined;
}
