// A literal text as a regular expression's pattern: data (a word, a kind, a bot's name) put into a pattern.
// Here, in the lowest layer, so that loading the knowledge and the search both use this one.
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
