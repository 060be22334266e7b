/** Catalog languages (DESIGN.md §9) and the fallback every translated text follows: user locale → pl → en. */
export const CATALOG_LOCALES = ['pl', 'en', 'de', 'ru'] as const;
export type CatalogLocale = (typeof CATALOG_LOCALES)[number];

/** A translated text: `{ pl: 'Kabel', en: 'Cable' }`. Polish is the catalog's primary language. */
export type Translations = Partial<Record<string, string>>;

/** The supported locale a request's locale maps to (unknown ones read Polish). */
export function catalogLocale(locale: string | null | undefined): CatalogLocale {
  const l = (locale ?? '').slice(0, 2).toLowerCase();
  return (CATALOG_LOCALES as readonly string[]).includes(l) ? (l as CatalogLocale) : 'pl';
}

/** The text in the locale, else Polish, else English, else any, else ''. Mirrors the SQL function kontor_name. */
export function translate(t: Translations | null | undefined, locale: string): string {
  if (!t) return '';
  return t[locale] ?? t.pl ?? t.en ?? Object.values(t).find((v) => v) ?? '';
}
