// What Telegram accepts as parse_mode HTML, for the tags we use: balanced <b> <i> <u> <blockquote>,
// every other < > & escaped, at most 4,096 characters.
const ALLOWED = new Set(['b', 'i', 'u', 'blockquote']);

export function telegramHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  if (html.length > 4096) problems.push(`length ${html.length} > 4096`);
  const stack: string[] = [];
  const re = /<(\/?)([a-z]+)>|<|>|&(?!(amp|lt|gt|quot);)/g;
  for (const m of html.matchAll(re)) {
    if (m[2] === undefined) {
      problems.push(`unescaped ${JSON.stringify(m[0])} at ${m.index}`);
      continue;
    }
    if (!ALLOWED.has(m[2])) problems.push(`tag <${m[2]}> not allowed`);
    else if (!m[1]) stack.push(m[2]);
    else if (stack.pop() !== m[2]) problems.push(`</${m[2]}> closes the wrong tag at ${m.index}`);
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  return problems;
}
