import { OPEN, XmlScanner } from "./XmlScanner.js";

/** One relationship of a part: what it points at (a resolved part name) and its type URI. */
export interface Relationship {
  /** Part name inside the package, or the raw URI when `external`. */
  target: string;
  type: string;
  external: boolean;
}

/** Reads the `_rels/*.rels` part belonging to `partName` into a map by relationship Id. */
export function readRelationships(
  partName: string,
  xml: string | undefined,
): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (xml === undefined) return rels;
  const s = new XmlScanner(xml);
  while (s.next()) {
    if (s.kind !== OPEN || s.name !== "Relationship") continue;
    const id = s.attr("Id");
    const target = s.attr("Target");
    if (id === undefined || target === undefined || rels.has(id)) continue;
    const external = s.attr("TargetMode") === "External";
    rels.set(id, {
      target: external ? target : resolvePartName(partName, target),
      type: s.attr("Type") ?? "",
      external,
    });
  }
  return rels;
}

/** Name of the relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartName(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/**
 * Resolves a relationship target against the part that holds it, to a part name. ".."
 * never climbs above the package root, so a target can only name a part of this zip;
 * part names are lookup keys and are never used as file paths.
 * @example resolvePartName("xl/workbook.xml", "../docProps/app.xml") // "docProps/app.xml"
 */
export function resolvePartName(fromPart: string, target: string): string {
  const base = target.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const segment of target.split(/[/\\]/)) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}
