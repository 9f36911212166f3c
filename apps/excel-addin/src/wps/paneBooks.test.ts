import { sampleLedgers } from "@zsyz/ledger/samples";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FakeEt } from "../../testing/wpsFake/FakeEt.js";
import { FakeEtSession } from "../../testing/wpsFake/FakeEtSession.js";
import {
  dismissJoined,
  followBook,
  otherInFront,
  seeFront,
  startBooks,
  type PaneBooks,
} from "./paneBooks.js";
import {
  NO_WORKBOOK_TEXT,
  activeWorkbookId,
  isWorkbookOpen,
  joinedText,
  switchedText,
} from "./workbookBinding.js";
import { wpsPaneHost } from "./wpsPaneHost.js";

const LEDGER = sampleLedgers(2024)[2]!;

function book(name: string): FakeEt {
  const et = new FakeEt({ name, folder: "D:\\台账" });
  et.loadGrid(LEDGER);
  return et;
}

describe("the WPS pane opened with no workbook", () => {
  it("shows no workbook and says to open or create one", () => {
    const session = new FakeEtSession([]);
    const pane = seeFront(startBooks(activeWorkbookId(session)), activeWorkbookId(session));
    expect(pane).toEqual({
      books: [],
      current: null,
      front: null,
      joined: null,
      currentOpen: true,
    });
    expect(NO_WORKBOOK_TEXT).toMatch(/打开台账所在的工作簿，或新建一个工作簿/);
  });

  it("connects to the first workbook that appears and names it", () => {
    const session = new FakeEtSession([]);
    let pane = startBooks(activeWorkbookId(session));
    session.open(book("东城.xlsx"));
    pane = seeFront(pane, activeWorkbookId(session));
    const east = { fullName: "D:\\台账\\东城.xlsx", name: "东城.xlsx" };
    expect(pane).toEqual({
      books: [east],
      current: east,
      front: east,
      joined: east,
      currentOpen: true,
    });
    expect(joinedText(pane.joined!)).toBe(
      "已连接工作簿「东城.xlsx」：窗格里的校验、计算、标记和设置都作用于这个工作簿。",
    );
    expect(dismissJoined(pane).joined).toBeNull();
  });

  it("then stays on it when another workbook comes to the front, until asked to follow", () => {
    const session = new FakeEtSession([]);
    let pane = startBooks(activeWorkbookId(session));
    session.open(book("东城.xlsx"));
    pane = seeFront(pane, activeWorkbookId(session));
    session.open(book("河西.xlsx"));
    pane = seeFront(pane, activeWorkbookId(session));
    expect(pane.current?.name).toBe("东城.xlsx");
    expect(otherInFront(pane)?.name).toBe("河西.xlsx");
    expect(seeFront(pane, activeWorkbookId(session))).toBe(pane);
    pane = followBook(pane, otherInFront(pane)!);
    expect(pane.current?.name).toBe("河西.xlsx");
    expect(pane.books.map((b) => b.name)).toEqual(["东城.xlsx", "河西.xlsx"]);
    expect(otherInFront(pane)).toBeNull();
  });

  it("keeps the first workbook's marks to clear after working on another and coming back", async () => {
    const session = new FakeEtSession([]);
    let pane = startBooks(activeWorkbookId(session));
    const east = book("东城.xlsx");
    session.open(east);
    pane = seeFront(pane, activeWorkbookId(session));
    // The pane's host for the workbook it connected to is bound to it by name, not to whichever
    // workbook a button happens to meet first.
    const onEast = wpsPaneHost(session, { workbook: pane.current! });
    const mark = [{ cell: "E8", severity: "error" as const, messages: ["不在可选范围内"] }];
    await onEast.markCells("9月台账", mark);
    const west = book("河西.xlsx");
    session.open(west);
    pane = followBook(seeFront(pane, activeWorkbookId(session)), activeWorkbookId(session)!);
    await wpsPaneHost(session, { workbook: pane.current! }).markCells("9月台账", mark);
    session.activate(east);
    pane = followBook(seeFront(pane, activeWorkbookId(session)), activeWorkbookId(session)!);
    expect(pane.books.map((b) => b.name)).toEqual(["东城.xlsx", "河西.xlsx"]);
    expect(await onEast.clearMarks()).toEqual({ restored: 1, keptUserFill: 0, notesRemoved: 0 });
    expect(east.cell("9月台账", "E8")?.fill).toBeUndefined();
    expect(west.cell("9月台账", "E8")?.fill).toBe("#FFC7CE");
  });
});

describe("the WPS pane's own workbook closed while another is in front", () => {
  it("notes at each look whether it is still open, asking WPS only while another is in front", () => {
    const session = new FakeEtSession([]);
    const east = book("东城.xlsx");
    session.open(east);
    let pane = startBooks(activeWorkbookId(session));
    session.open(book("河西.xlsx"));
    let asked = 0;
    const isOpen = (b: { fullName: string; name: string }) => {
      asked += 1;
      return isWorkbookOpen(session, b);
    };
    pane = seeFront(pane, activeWorkbookId(session), isOpen);
    expect(pane.currentOpen).toBe(true);
    expect(switchedText(pane.current!, otherInFront(pane)!, pane.currentOpen)).toBe(
      "当前工作簿已从「东城.xlsx」切换为「河西.xlsx」，窗格仍在处理「东城.xlsx」。",
    );
    session.close(east);
    pane = seeFront(pane, activeWorkbookId(session), isOpen);
    expect(asked).toBe(2);
    expect(pane.currentOpen).toBe(false);
    expect(switchedText(pane.current!, otherInFront(pane)!, pane.currentOpen)).toBe(
      "窗格处理的「东城.xlsx」已关闭，或已另存为其他文件名；当前工作簿是「河西.xlsx」。",
    );
    expect(seeFront(pane, activeWorkbookId(session), isOpen)).toBe(pane);
    pane = followBook(pane, otherInFront(pane)!);
    expect(pane.currentOpen).toBe(true);
    // On its own workbook the pane does not ask WPS whether it is open.
    expect(seeFront(pane, activeWorkbookId(session), isOpen)).toBe(pane);
    expect(asked).toBe(3);
  });
});

describe("the WPS pane's workbooks under any opening, switching and closing", () => {
  type Step =
    | { kind: "open"; name: number }
    | { kind: "activate"; index: number }
    | { kind: "close"; index: number }
    | { kind: "look" }
    | { kind: "follow" }
    | { kind: "dismiss" };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant("open" as const), name: fc.nat(4) }),
    fc.record({ kind: fc.constant("activate" as const), index: fc.nat(5) }),
    fc.record({ kind: fc.constant("close" as const), index: fc.nat(5) }),
    fc.constant({ kind: "look" as const }),
    fc.constant({ kind: "follow" as const }),
    fc.constant({ kind: "dismiss" as const }),
  );

  it("never drops a workbook's App, and shows one only when it was in front", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { maxLength: 30 }), (startWithOne, steps) => {
        const made = new Map<number, FakeEt>();
        const named = (n: number) => {
          let et = made.get(n);
          if (!et) made.set(n, (et = new FakeEt({ name: `乡镇${n}.xlsx` })));
          return et;
        };
        const session = new FakeEtSession(startWithOne ? [named(0)] : []);
        let pane: PaneBooks = startBooks(activeWorkbookId(session));
        const everInFront = new Set(pane.current ? [pane.current.fullName] : []);
        for (const s of steps) {
          const before = pane.books.map((b) => b.fullName);
          const open = session.books;
          if (s.kind === "open") session.open(named(s.name));
          else if (s.kind === "activate" && open[s.index]) session.activate(open[s.index]!);
          else if (s.kind === "close" && open[s.index]) session.close(open[s.index]!);
          else if (s.kind === "look") pane = seeFront(pane, activeWorkbookId(session));
          else if (s.kind === "follow") {
            const other = otherInFront(pane);
            if (other) pane = followBook(pane, other);
          } else if (s.kind === "dismiss") pane = dismissJoined(pane);
          if (pane.front) everInFront.add(pane.front.fullName);
          const after = pane.books.map((b) => b.fullName);
          expect(after.slice(0, before.length)).toEqual(before);
          expect(new Set(after).size).toBe(after.length);
          expect(after.every((f) => everInFront.has(f))).toBe(true);
          if (pane.current) expect(after).toContain(pane.current.fullName);
          else expect(after).toEqual([]);
        }
      }),
    );
  });
});
