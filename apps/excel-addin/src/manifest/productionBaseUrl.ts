import { ADDIN } from "./addinConfig.js";

/** What the production build does with ZSYZ_ADDIN_BASE_URL. */
export type BaseUrlDecision =
  | { kind: "manifest"; baseUrl: string }
  | { kind: "none"; notice: string }
  | { kind: "refuse"; message: string };

/**
 * Decides the production manifest's base URL from ZSYZ_ADDIN_BASE_URL: unset → no manifest in
 * dist/ (a notice says how to get one); the placeholder host of addinConfig, a malformed or a
 * non-HTTPS address → the build fails with the reason, since a manifest pointing there would
 * install an add-in whose pane never loads.
 * @example decideBaseUrl("https://zsyz.xx.gov.cn/excel-addin") → { kind: "manifest", baseUrl: "https://zsyz.xx.gov.cn/excel-addin/" }
 */
export function decideBaseUrl(value: string | undefined): BaseUrlDecision {
  if (value === undefined || value.trim() === "")
    return {
      kind: "none",
      notice:
        "未设置 ZSYZ_ADDIN_BASE_URL，dist/ 中不生成 manifest.xml。部署时请用内网 HTTPS 地址构建：ZSYZ_ADDIN_BASE_URL=https://…/excel-addin/ npm run build -w apps/excel-addin",
    };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { kind: "refuse", message: `ZSYZ_ADDIN_BASE_URL 不是有效的网址：${value}` };
  }
  if (url.protocol !== "https:")
    return {
      kind: "refuse",
      message: `ZSYZ_ADDIN_BASE_URL 必须是 HTTPS 地址（Excel 只加载 HTTPS 的加载项）：${value}`,
    };
  const placeholder = new URL(ADDIN.prodBaseUrl).hostname;
  if (url.hostname === placeholder || /(^|\.)example\.[a-z.]+$/i.test(url.hostname))
    return {
      kind: "refuse",
      message: `ZSYZ_ADDIN_BASE_URL 仍是示例地址 ${url.hostname}：请改为本单位发布加载项的内网 HTTPS 地址。`,
    };
  const href = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return { kind: "manifest", baseUrl: href };
}
