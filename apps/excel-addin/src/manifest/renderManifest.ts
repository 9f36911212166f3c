import { MINIMUM_EXCEL_API } from "../office/capabilities.js";
import { ADDIN, iconPath } from "./addinConfig.js";

/** Options of renderManifest. */
interface ManifestOptions {
  /** Base URL the pane is served from, ending in "/". */
  baseUrl: string;
}

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** A localised string: Chinese default with an en-US override. */
interface Text {
  zh: string;
  en: string;
}

const DISPLAY_NAME: Text = { zh: "招商台账", en: "Investment Project Ledger" };
const DESCRIPTION: Text = {
  zh: "招商引资项目台账助手：一键新建标准台账，校验台账并定位问题单元格。",
  en: "Investment-promotion project ledgers: create a standard ledger, check one and jump to each problem cell.",
};
const SHORT: Record<string, Text> = {
  "GetStarted.Title": { zh: "招商台账已就绪", en: "Investment Ledger is ready" },
  "Group.Label": { zh: "招商引资", en: "Investment" },
  "Button.Label": { zh: "招商台账", en: "Ledger" },
};
const LONG: Record<string, Text> = {
  "GetStarted.Description": {
    zh: "在「开始」选项卡点击「招商台账」打开任务窗格。",
    en: "Open the task pane with the Ledger button on the Home tab.",
  },
  "Button.Tooltip": {
    zh: "打开招商台账任务窗格：新建标准台账、校验台账。",
    en: "Open the task pane: create or check a project ledger.",
  },
};

function strings(tag: "ShortStrings" | "LongStrings", table: Record<string, Text>): string {
  const items = Object.entries(table).map(
    ([id, t]) =>
      `        <bt:String id="${id}" DefaultValue="${esc(t.zh)}">\n          <bt:Override Locale="en-US" Value="${esc(t.en)}"/>\n        </bt:String>`,
  );
  return `      <bt:${tag}>\n${items.join("\n")}\n      </bt:${tag}>`;
}

function icon(indent: string): string {
  return [
    `${indent}<Icon>`,
    ...[16, 32, 80].map((s) => `${indent}  <bt:Image size="${s}" resid="Icon.${s}"/>`),
    `${indent}</Icon>`,
  ].join("\n");
}

/**
 * The XML add-in-only manifest (supported by every Excel version) for one base URL: Excel,
 * ReadWriteDocument, a 「招商台账」 button on the Home tab that opens the task pane, zh-CN texts
 * with en-US overrides. Dev and production manifests differ only in `baseUrl`.
 */
export function renderManifest(options: ManifestOptions): string {
  const base = options.baseUrl.endsWith("/") ? options.baseUrl : `${options.baseUrl}/`;
  const url = (path: string): string => esc(`${base}${path}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated from src/manifest/ by \`npm run manifest\` (dev) and \`npm run build\` (dist/manifest.xml). Do not edit. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>${ADDIN.id}</Id>
  <Version>${ADDIN.version}</Version>
  <ProviderName>${esc(ADDIN.providerName)}</ProviderName>
  <DefaultLocale>zh-CN</DefaultLocale>
  <DisplayName DefaultValue="${esc(DISPLAY_NAME.zh)}">
    <Override Locale="en-US" Value="${esc(DISPLAY_NAME.en)}"/>
  </DisplayName>
  <Description DefaultValue="${esc(DESCRIPTION.zh)}">
    <Override Locale="en-US" Value="${esc(DESCRIPTION.en)}"/>
  </Description>
  <IconUrl DefaultValue="${url(iconPath(32))}"/>
  <HighResolutionIconUrl DefaultValue="${url(iconPath(64))}"/>
  <SupportUrl DefaultValue="${url("help.html")}"/>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="ExcelApi" MinVersion="${MINIMUM_EXCEL_API}"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${url("index.html")}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>
          </GetStarted>
          <FunctionFile resid="Commands.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="Zsyz.Group">
                <Label resid="Group.Label"/>
${icon("                ")}
                <Control xsi:type="Button" id="Zsyz.TaskpaneButton">
                  <Label resid="Button.Label"/>
                  <Supertip>
                    <Title resid="Button.Label"/>
                    <Description resid="Button.Tooltip"/>
                  </Supertip>
${icon("                  ")}
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>Zsyz.Taskpane</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
${[16, 32, 80].map((s) => `        <bt:Image id="Icon.${s}" DefaultValue="${url(iconPath(s))}"/>`).join("\n")}
      </bt:Images>
      <bt:Urls>
        <bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${url("help.html")}"/>
        <bt:Url id="Commands.Url" DefaultValue="${url("commands.html")}"/>
        <bt:Url id="Taskpane.Url" DefaultValue="${url("index.html")}"/>
      </bt:Urls>
${strings("ShortStrings", SHORT)}
${strings("LongStrings", LONG)}
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}
