// The corpus ledgers' header row, apart from corpus.ts so code that must stay free of node:*
// (the hostile corpus, which the web page's Worker test also runs) can use it.

/** The corpus ledgers' header row. */
export const HEADER = [
  "序号",
  "项目名称",
  "投资方",
  "签约类型",
  "签约时间",
  "签约资金（万元）",
  "本年到位资金（万元）",
  "项目状态",
  "开工时间",
  "备注",
];
