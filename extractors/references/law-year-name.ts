// A law named again by its name and a bare year ("Luật Giá 2023") after its citation with a number
// ("Luật Giá số 16/2023/QH15", passed in 2023): the year printed after the name is not a part of
// the name. References keep the year in such a title ("Luật Giá 2023", cited-year reading), so the
// name it is known by is the title key without that year.

/**
 * The name key without the bare year it ends on, when that year is the citation's own
 * ("title:luat gia 2023" with 2023 → "title:luat gia"); null when the key does not end on it.
 */
export function nameKeyWithoutYear(titleKey: string, date: string | null): string | null {
  const year = date?.slice(0, 4);
  if (!year || !/^(?:19|20)\d\d$/.test(year)) return null;
  const suffix = ` ${year}`;
  if (!titleKey.endsWith(suffix)) return null;
  const name = titleKey.slice(0, -suffix.length).trimEnd();
  // "title:hien phap 2013" is known by its year alone (titleKeyOf): its year is its name.
  return /^title:\S+\s+\S+/.test(name) && name !== 'title:hien phap' ? name : null;
}
