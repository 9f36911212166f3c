"""The peer a county office would otherwise script: read every township ledger with
pandas (openpyxl engine), concatenate, and write one workbook. Same files as zsyz."""
import glob
import os
import sys

import pandas as pd

folder, out = sys.argv[1], sys.argv[2]
frames = []
for path in sorted(glob.glob(os.path.join(folder, "*.xlsx"))):
    df = pd.read_excel(path, header=1, engine="openpyxl")  # row 1 is the title
    df = df[df["项目名称"].notna() & (df["序号"] != "合计")]
    df.insert(0, "来源文件", os.path.basename(path))
    frames.append(df)
merged = pd.concat(frames, ignore_index=True)
with pd.ExcelWriter(out, engine="openpyxl") as writer:
    merged.to_excel(writer, sheet_name="项目明细", index=False)
    merged.groupby("责任单位")[["签约资金（万元）", "本年到位资金（万元）"]].sum().to_excel(writer, sheet_name="指标汇总")
print(len(merged))
