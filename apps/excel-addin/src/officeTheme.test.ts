import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { describe, expect, it } from "vitest";
import { pickTheme } from "./officeTheme.js";

describe("pickTheme()", () => {
  it("follows Excel's dark grey and black Office themes with the dark Fluent theme", () => {
    expect(pickTheme({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(pickTheme({ bodyBackgroundColor: "#000000" })).toBe(webDarkTheme);
  });

  it("uses the light theme for the white and colorful Office themes", () => {
    expect(pickTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(pickTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(webLightTheme);
  });

  it("uses the light theme when the host reports no theme (Excel on the web, the preview)", () => {
    expect(pickTheme(undefined)).toBe(webLightTheme);
    expect(pickTheme({})).toBe(webLightTheme);
  });
});
