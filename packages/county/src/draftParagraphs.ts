import {
  type IndicatorResults,
  type ReportParagraph,
  type Settings,
  settingsParagraphOptions,
  writeCountyParagraph,
  writeUnitParagraph,
} from "@zsyz/indicators";

/** The report paragraphs of a run: the county's first, then each unit's, in report order. */
export function draftParagraphs(results: IndicatorResults, settings: Settings): ReportParagraph[] {
  const options = settingsParagraphOptions(settings);
  const out = [{ subject: settings.countyName, text: writeCountyParagraph(results, options) }];
  for (const u of results.units) {
    const text = writeUnitParagraph(results, u.unit, options);
    if (text) out.push({ subject: u.unit, text });
  }
  return out;
}
