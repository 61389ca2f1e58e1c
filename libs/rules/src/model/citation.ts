/** Where a citation comes from (rules-spec §4). */
export type CitationSource = 'guide' | 'statute' | 'federal' | 'case' | 'publication' | 'none';

/** A citation exactly as written in the source (rules-spec §4); `text` is shown to people verbatim. */
export interface Citation {
  text: string;
  source: CitationSource;
  note?: string;
}
