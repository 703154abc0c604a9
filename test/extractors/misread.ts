/** The middle letter of the longest word replaced by a mark no alphabet has there (an engine without Vietnamese). */
export function oneLetterMisread(s: string): string {
  const words = s.split(' ');
  const longest = words.reduce((a, w, i) => (w.length > words[a]!.length ? i : a), 0);
  const w = words[longest]!;
  const mid = Math.floor(w.length / 2);
  words[longest] = w.slice(0, mid) + '}' + w.slice(mid + 1);
  return words.join(' ');
}
