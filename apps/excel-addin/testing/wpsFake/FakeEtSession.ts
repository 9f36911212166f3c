import type {
  EtApplication,
  EtRange,
  EtWindow,
  EtWorkbook,
  EtWorkbooks,
  EtWorksheet,
} from "../../src/wps/wpsApi.js";
import { FakeEtError, type FakeEt } from "./FakeEt.js";

/**
 * WPS 表格 with several workbooks open, each a FakeEt, one of them in front (or none): what a
 * WPS task pane, shared by every open workbook, talks to. The application's members act on the
 * workbook in front, as WPS's do; `activate` is the user clicking another workbook's tab.
 */
export class FakeEtSession implements EtApplication {
  readonly books: FakeEt[];
  front: FakeEt | null;
  readonly Name = "WPS 表格";
  readonly Version = "12.1.0.17827";

  constructor(books: FakeEt[]) {
    this.books = books;
    this.front = books[0] ?? null;
  }

  /** Brings a workbook to the front (the user switches to its tab or window). */
  activate(book: FakeEt): void {
    if (!this.books.includes(book)) throw new Error("not a workbook of this session");
    this.front = book;
  }

  /** Opens (or creates) a workbook, which comes to the front. */
  open(book: FakeEt): void {
    if (!this.books.includes(book)) this.books.push(book);
    this.front = book;
  }

  /** Closes a workbook; the next one (if any) comes to the front. */
  close(book: FakeEt): void {
    this.books.splice(this.books.indexOf(book), 1);
    if (this.front === book) this.front = this.books[0] ?? null;
  }

  private inFront(): FakeEt {
    if (!this.front) throw new Error("the fake session has no workbook open");
    return this.front;
  }

  get ActiveWorkbook(): EtWorkbook {
    // WPS gives null with no workbook open; the type says otherwise for the code past the check.
    return (this.front ? this.front.ActiveWorkbook : null) as EtWorkbook;
  }
  get Workbooks(): EtWorkbooks {
    const open = this.books;
    return {
      Count: open.length,
      Item: (index) => {
        const book = open[index - 1];
        if (!book) throw new FakeEtError(9, "下标越界");
        return book.ActiveWorkbook;
      },
    };
  }
  get ActiveSheet(): EtWorksheet {
    return this.inFront().ActiveSheet;
  }
  get ActiveWindow(): EtWindow {
    return this.inFront().ActiveWindow;
  }
  get Selection(): EtRange {
    return this.inFront().Selection;
  }
  get Calculation(): number {
    return this.inFront().Calculation;
  }
  set Calculation(mode: number) {
    for (const book of this.books) book.Calculation = mode;
  }
  Calculate(): void {
    for (const book of this.books) book.Calculate();
  }
}
