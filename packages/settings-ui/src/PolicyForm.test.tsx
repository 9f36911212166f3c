import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { CountingPolicy } from "@zsyz/ledger";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PolicyForm } from "./PolicyForm.js";

afterEach(cleanup);

describe("PolicyForm", () => {
  it("ticks the box whose label was clicked, not the first of its group", () => {
    const onChange = vi.fn<(p: CountingPolicy | null) => void>();
    render(
      <FluentProvider theme={webLightTheme}>
        <PolicyForm policy={undefined} onChange={onChange} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByLabelText("协议"));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ signTypes: ["合同"] }));
    fireEvent.click(screen.getByLabelText("县内"));
    expect(onChange.mock.lastCall?.[0]?.origins).toContain("县内");
  });
});
