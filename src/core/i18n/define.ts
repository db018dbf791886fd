/**
 * Translation tables are split by area (plan, check, summary, ui, cli) so that each part of
 * the product owns its texts. Each area is written as { vi, en } where `en` must have exactly
 * the keys of `vi`: Vietnamese is the first language, English the second.
 */
export type Locale = "vi" | "en";

export function defineMessages<K extends string>(
  vi: Record<K, string>,
  en: Record<K, string>,
): {
  vi: Record<K, string>;
  en: Record<K, string>;
} {
  return { vi, en };
}

export type Params = Record<string, string | number | null | undefined>;

/**
 * Replaces `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed.
 * `{name|one|other}` is a plural choice for English: `one` when the parameter is 1, else `other`
 * ("{count} {count|error|errors}"). Vietnamese nouns do not inflect, so its tables never need it.
 */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const v = params[name];
      if (v === undefined || v === null) return whole;
      if (one === undefined || other === undefined) return String(v);
      return Number(v) === 1 ? one : other;
    },
  );
}
