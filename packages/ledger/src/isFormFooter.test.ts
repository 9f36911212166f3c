import { describe, expect, it } from "vitest";
import { isFormFooter } from "./isFormFooter.js";

describe("isFormFooter()", () => {
  it.each([
    ["联系电话：13812345678"],
    ["联系电话:0931-8123456"],
    ["填报人：张三  审核人：李四"],
    ["填报人：张三 审核人：李四 填报日期：2024年10月8日"],
    ["填表人（签字）：王五"],
    ["备注：本表金额单位为万元"],
    ["备注："],
    ["说明：以上数据截至9月底"],
    ["单位（盖章）："],
    ["单位（盖章）"],
    ["填报单位（盖章）：城关镇人民政府"],
    ["主要负责人：赵六　　联系电话：13900001111"],
  ])("reads %j as the form's footer", (text) => {
    expect(isFormFooter(text)).toBe(true);
  });

  it.each([
    ["总计算中心建设项目"],
    ["审核中心改扩建项目"],
    ["联系人才公寓项目"],
    ["注：塑新材料项目"],
    ["备注：光伏发电二期工程"],
    ["填报人：新型建材产业园项目"],
    ["联系电话：见附件"],
    ["合计"],
    ["分布式光伏发电项目"],
  ])("does not read %j as a footer", (text) => {
    expect(isFormFooter(text)).toBe(false);
  });
});
