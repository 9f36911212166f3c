import { settingPlace } from "./settingLabels.js";

/** At most this many size bands: each adds two columns to 指标汇总. */
export const MAX_SIZE_BANDS = 6;

/** The largest band, in 万元 (1 万亿元): a larger one is a typing slip. */
const MAX_BAND = 100_000_000;

/** One band as given: its value, and how to show it back in a message. */
interface BandEntry {
  value: unknown;
  shown: string;
}

const HOW = `请写 1 到 ${MAX_SIZE_BANDS} 个互不相同的整数金额（万元），用顿号分隔，如“1000、10000、100000”。`;

const isBand = (v: unknown): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= MAX_BAND;

// The one rule, over entries as either the JSON or the form's field gives them.
function checkEntries(
  entries: readonly BandEntry[],
): { ok: true; bands: number[] } | { ok: false; message: string } {
  const place = settingPlace("sizeBands");
  const refuse = (what: string) => ({ ok: false as const, message: `${place}${what}${HOW}` });
  if (entries.length === 0) return refuse("一档也没有。");
  if (entries.length > MAX_SIZE_BANDS)
    return refuse(`有 ${entries.length} 档，最多 ${MAX_SIZE_BANDS} 档。`);
  const bad = entries.find((e) => !isBand(e.value));
  if (bad) return refuse(`中的“${bad.shown}”不是 1 到 ${MAX_BAND} 之间的整数。`);
  const values = entries.map((e) => e.value as number);
  const twice = entries.find((e, i) => values.indexOf(e.value as number) !== i);
  if (twice) return refuse(`中的“${twice.shown}”写了不止一次。`);
  return { ok: true, bands: [...values].sort((a, b) => a - b) };
}

const show = (v: unknown): string =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : (JSON.stringify(v) ?? String(v));

/**
 * The size bands of a settings file (1 to 6 different whole numbers of 万元), kept ascending,
 * or why they cannot be used, naming 「签约金额分档」 as the form does.
 * @example checkSizeBands([10000, 1000]) → { ok: true, bands: [1000, 10000] }
 */
export function checkSizeBands(
  value: unknown,
): { ok: true; bands: number[] } | { ok: false; message: string } {
  if (!Array.isArray(value))
    return { ok: false, message: `${settingPlace("sizeBands")}写法有误。${HOW}` };
  return checkEntries(value.map((v: unknown) => ({ value: v, shown: show(v) })));
}

/**
 * The size bands as typed in the form's field ("1000、10000、100000", commas and spaces too):
 * undefined for an empty field (the default bands), else checked by the very rule of
 * checkSizeBands, with the same message.
 * @example readSizeBandsText("5000、一亿") → { ok: false, message: "「签约金额分档」中的“一亿”不是 1 到 100000000 之间的整数。请写…" }
 */
export function readSizeBandsText(
  text: string,
): { ok: true; bands: number[] | undefined } | { ok: false; message: string } {
  const parts = text
    .normalize("NFKC")
    .split(/[,，、;；\s]+/)
    .filter((p) => p !== "");
  if (parts.length === 0) return { ok: true, bands: undefined };
  // A word that is not a plain decimal stays text, which the rule refuses as it stands.
  return checkEntries(
    parts.map((p) => ({ value: /^\d+(\.\d+)?$/.test(p) ? Number(p) : p, shown: p })),
  );
}

/**
 * The bands as the form's field writes them: "1000、10000、100000", "" for the default ones.
 * @example sizeBandsText([1000, 10000]) === "1000、10000"
 */
export function sizeBandsText(bands: readonly number[] | undefined): string {
  return bands ? bands.join("、") : "";
}
