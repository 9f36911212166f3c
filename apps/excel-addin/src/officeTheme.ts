import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** The part of Office.context.officeTheme the pane follows. */
interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

/**
 * Picks the Fluent theme that matches Excel's own Office theme (白色/彩色 → light, 深灰色/黑色 →
 * dark), so the pane looks like part of Excel; light when the host does not say.
 * @example pickTheme({ bodyBackgroundColor: "#262626" }) === webDarkTheme
 */
export function pickTheme(office: OfficeThemeColors | undefined): Theme {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(office?.bodyBackgroundColor ?? "");
  if (!m) return webLightTheme;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "ff", 16) / 255) as [
    number,
    number,
    number,
  ];
  // Relative luminance (sRGB weights): dark backgrounds are well under the midpoint.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? webDarkTheme : webLightTheme;
}
