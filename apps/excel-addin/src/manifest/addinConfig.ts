// The one source of the add-in's identity and addresses: the dev manifest (manifest.xml), the
// production manifest emitted into dist/ and the scripts all read these values.

/** Identity of the add-in; the id must never change once deployed (Office keys settings by it). */
export const ADDIN = {
  id: "2567ce6d-c6fc-485c-b818-9273c36cc118",
  version: "1.0.0.0",
  providerName: "县招商局",
  /** Where `npm run dev` serves the pane. */
  devBaseUrl: "https://localhost:3000/",
  /** Production address, overridable at build time with ZSYZ_ADDIN_BASE_URL (intranet server). */
  prodBaseUrl: "https://zsyz.example.gov.cn/excel-addin/",
} as const;

/** Icon sizes the manifest refers to: 16/32/80 for the ribbon, 32/64 for the add-in list, 128 for catalogs. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

/** Path of an icon, relative to the base URL. */
export function iconPath(size: number): string {
  return `assets/icon-${size}.png`;
}
