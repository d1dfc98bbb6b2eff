import { parsePlanJson } from "../../src/domain/plan-json";
import { parsePlanText } from "../../src/domain/plan-text/parse-plan";
import { planFixture } from "./plan-text/fixture-text";

const minimal = () => ({
  docNumber: "13-KH/ĐUK",
  kind: "KH",
  subject: "Thực hiện Kết luận số 50-KL/TW",
  tasks: [
    { code: "NV01", text: "Phổ biến Kết luận 50-KL/TW", deadline: "2019-12-20", assignee: "Các chi bộ", section: "III. TỔ CHỨC THỰC HIỆN" },
    { code: "NV02", text: "Theo dõi, đôn đốc" },
  ],
});

const problemsOf = (value: unknown) => {
  const result = parsePlanJson(value, "plan.json");
  if (result.ok) throw new Error("expected problems");
  return result.problems;
};

describe("reading a plan JSON file", () => {
  it("accepts what the text parser produces, unchanged, after a JSON round trip", () => {
    const plan = parsePlanText(planFixture("ke-hoach-13-KH-DUK-binh-phuoc.txt"));
    const result = parsePlanJson(JSON.parse(JSON.stringify(plan)), "plan.json");
    expect(result).toEqual({ ok: true, value: plan, warnings: [] });
  });

  it("fills absent optional fields with null or empty lists", () => {
    const result = parsePlanJson(minimal());
    expect(result.ok && result.value).toMatchObject({
      issuedOn: null,
      place: null,
      parentIssuer: null,
      issuer: null,
      references: [],
      signer: null,
      recipients: [],
    });
    expect(result.ok && result.value.tasks[1]).toEqual({ code: "NV02", text: "Theo dõi, đôn đốc", deadline: null, assignee: null, section: null });
  });

  it("names the JSON path of a date that does not exist", () => {
    const plan = minimal();
    plan.tasks[1] = { ...plan.tasks[1], deadline: "2019-02-31" } as (typeof plan.tasks)[0];
    expect(problemsOf(plan)).toEqual([
      { key: "planJson.invalidDate", params: { field: "tasks[1].deadline", value: "2019-02-31" }, at: { file: "plan.json", field: "tasks[1].deadline" } },
    ]);
  });

  it("refuses a repeated task code, also in another letter case, naming the first", () => {
    const plan = minimal();
    plan.tasks.push({ ...plan.tasks[0], code: "nv01" });
    expect(problemsOf(plan)).toEqual([
      { key: "planJson.duplicateTaskCode", params: { field: "tasks[2].code", value: "nv01", first: 0 }, at: { file: "plan.json", field: "tasks[2].code" } },
    ]);
  });

  it("lists every missing required field at once", () => {
    expect(problemsOf({ tasks: [{}] }).map((p) => p.params?.field)).toEqual(["docNumber", "kind", "subject", "tasks[0].code", "tasks[0].text"]);
  });

  it.each([
    [{ kind: "XX" }, "planJson.invalidKind", "kind"],
    [{ issuedOn: "02/12/2019" }, "planJson.invalidDate", "issuedOn"],
    [{ docNumber: "  " }, "planJson.emptyText", "docNumber"],
    [{ tasks: "NV01" }, "planJson.wrongType", "tasks"],
    [{ recipients: ["Các chi bộ", 3] }, "planJson.wrongType", "recipients[1]"],
    [{ references: [{ date: "2019-05-30" }] }, "planJson.missing", "references[0].docNumber"],
    [{ signer: { authority: "T/M BAN THƯỜNG VỤ", title: "BÍ THƯ" } }, "planJson.missing", "signer.name"],
    [{ settings: { dueSoonDays: -1 } }, "planJson.outOfRange", "settings.dueSoonDays"],
    [{ measures: [{ key: "a", label: "A", kind: "number" }, { key: "a", label: "B", kind: "text" }] }, "planJson.duplicateMeasure", "measures[1].key"],
    [{ tasks: [{ code: "NV 01", text: "x" }] }, "planJson.invalidTaskCode", "tasks[0].code"],
    [{ tasks: [{ code: "=cmd", text: "x" }] }, "planJson.invalidTaskCode", "tasks[0].code"],
  ])("refuses %j with %s at %s", (patch, key, field) => {
    expect(problemsOf({ ...minimal(), ...patch })).toEqual([expect.objectContaining({ key, params: expect.objectContaining({ field }) })]);
  });

  it("refuses anything that is not an object", () => {
    expect(problemsOf([minimal()])).toEqual([{ key: "planJson.notObject", at: { file: "plan.json" } }]);
  });

  it("accepts but warns about a field the format does not know", () => {
    const result = parsePlanJson({ ...minimal(), dealine: "2019-12-20" }, "plan.json");
    expect(result.ok && result.warnings).toEqual([
      { key: "planJson.unknownField", params: { field: "dealine" }, at: { file: "plan.json", field: "dealine" } },
    ]);
  });

  it("keeps measures and settings when given", () => {
    const result = parsePlanJson({ ...minimal(), measures: [{ key: "participants", label: "Số CB, ĐV tham gia", kind: "number" }], settings: { dueSoonDays: 5 } });
    expect(result.ok && result.value).toMatchObject({ measures: [{ key: "participants" }], settings: { dueSoonDays: 5 } });
  });
});
