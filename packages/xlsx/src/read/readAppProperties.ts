import { OPEN, XmlScanner } from "./XmlScanner.js";

/** The `<Application>` of docProps/app.xml: which program last saved the workbook. */
export function readApplication(xml: string | undefined): string | undefined {
  if (xml === undefined) return undefined;
  const s = new XmlScanner(xml);
  while (s.next()) {
    if (s.kind === OPEN && s.name === "Application") return s.readText().trim() || undefined;
  }
  return undefined;
}
