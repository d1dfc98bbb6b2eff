import { parsePlanText, parsePlanTextDetailed } from "../../../src/domain/plan-text/parse-plan";
import { planFixture } from "./fixture-text";

describe("the plan 13-KH/ĐUK of Bình Phước (seed document)", () => {
  const plan = parsePlanText(planFixture("ke-hoach-13-KH-DUK-binh-phuoc.txt"));

  it("reads the header: number, kind, date, place and issuing bodies", () => {
    expect(plan).toMatchObject({
      docNumber: "13-KH/ĐUK",
      kind: "KH",
      issuedOn: "2019-12-02",
      place: "Bình Phước",
      parentIssuer: "ĐẢNG BỘ TỈNH BÌNH PHƯỚC",
      issuer: "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP",
    });
  });

  it("joins the subject's lines and repairs its ư", () => {
    expect(plan.subject).toBe(
      "Thực hiện Kết luận số 50-KL ngày 30/5/2019 của Ban Bí thư “Về tiếp tục thực hiện Nghị quyết Trung ương 6 khóa XI về phát triển khoa học công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế”",
    );
  });

  it("lists the documents it implements, completing 50-KL into 50-KL/TW", () => {
    expect(plan.references).toEqual([
      { docNumber: "50-KL/TW", date: "2019-05-30", issuer: "Ban Bí thư" },
      { docNumber: "206-KH/TU", date: "2019-11-13", issuer: "Ban Thường vụ Tỉnh ủy Bình Phước" },
    ]);
  });

  it("takes tasks from NHIỆM VỤ VÀ GIẢI PHÁP and TỔ CHỨC THỰC HIỆN, not from MỤC ĐÍCH, YÊU CẦU", () => {
    expect(plan.tasks.map((t) => [t.code, t.section, t.deadline, t.assignee])).toEqual([
      ["NV01", "II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN", null, "Các cấp ủy đảng, trước hết là người đứng đầu cấp ủy"],
      ["NV02", "II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN", null, null],
      ["NV03", "II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN", null, null],
      ["NV04", "II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN", null, null],
      ["NV05", "III. TỔ CHỨC THỰC HIỆN", "2019-12-20", "Bí thư các chi, đảng bộ cơ sở"],
      ["NV06", "III. TỔ CHỨC THỰC HIỆN", null, "Ban Tuyên giáo Đảng ủy Khối"],
    ]);
  });

  it("keeps item III.1's text whole, with the number split across lines repaired", () => {
    expect(plan.tasks[4].text).toMatch(/^Trực tiếp phổ biến, quán triệt Kết luận 50-KL\/TW, Nghị quyết TW6/u);
    expect(plan.tasks[4].text).toContain("(hoàn thành trước ngày 20/12/2019)");
    expect(plan.tasks[5].text).toBe(
      "Thường xuyên theo dõi tình hình học tập quán triệt và đôn đốc thực hiện ở các chi, đảng bộ cơ sở; định kỳ tổng hợp kết quả báo cáo Tỉnh ủy theo quy định.",
    );
  });

  it("does not let the closing 'Trên đây là Kế hoạch…' paragraph into the last task", () => {
    expect(plan.tasks[5].text).not.toContain("Trên đây");
  });

  it("reads the signature block and the recipients", () => {
    expect(plan.signer).toEqual({ authority: "T/M BAN THƯỜNG VỤ", title: "BÍ THƯ", name: "Nguyễn Phúc Hậu" });
    expect(plan.recipients).toEqual(["BTV Tỉnh ủy (báo cáo)", "Các chi, đảng bộ cơ sở", "Các Ban XDĐ.ĐUK", "Lưu VP, TG ĐUK"]);
  });

  it("warns only about the assignee it inferred", () => {
    expect(parsePlanTextDetailed(planFixture("ke-hoach-13-KH-DUK-binh-phuoc.txt")).problems).toEqual([
      { key: "planText.assigneeGuessed", params: { task: "NV01", assignee: "Các cấp ủy đảng, trước hết là người đứng đầu cấp ủy" }, at: { line: 86, field: "tasks[0]" } },
    ]);
    expect(plan.warnings).toEqual([
      'Dòng 86: NV01: đơn vị thực hiện "Các cấp ủy đảng, trước hết là người đứng đầu cấp ủy" được suy ra từ đầu câu; hãy kiểm tra',
    ]);
  });
});

describe("the dispatch 728-CV/ĐUK of Quảng Bình (seed document)", () => {
  const text = planFixture("cong-van-728-CV-DUK-quang-binh.txt");
  const { plan, problems } = parsePlanTextDetailed(text);

  it("reads number, kind and issuing bodies, keeping the issuer as printed", () => {
    expect(plan).toMatchObject({
      docNumber: "728-CV/ĐUK",
      kind: "CV",
      parentIssuer: "ĐẢNG BỘ TỈNH QUẢNG BÌNH",
      issuer: "ĐẢNG ỦY KHỎI CÁC CƠ QUAN TỈNH",
    });
  });

  it("does not take the incoming stamp's 29.8.2019 as the issue date: there is no date line, so none", () => {
    expect(plan.issuedOn).toBeNull();
    expect(plan.place).toBeNull();
    expect(problems.map((p) => p.key)).toEqual(expect.arrayContaining(["planText.noIssueDate", "planText.stampIgnored"]));
    expect(problems.find((p) => p.key === "planText.stampIgnored")?.params?.value).toContain("Ngày: 29.8.2019");
  });

  it("reads the V/v subject without the stamp lines mixed into it", () => {
    expect(plan.subject).toBe(
      "V/v quán triệt và triển khai thực hiện Kết luận số 50-KL/TW của Ban Bí thư (khóa XII) về tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 6 (khóa XI)",
    );
  });

  it("lists the cited documents, reading 753-CV-TU as 753-CV/TU", () => {
    expect(plan.references).toEqual([
      { docNumber: "50-KL/TW", date: "2019-05-30", issuer: "Ban Bí thư" },
      { docNumber: "20-NQ/TW", date: "2012-11-01", issuer: "Ban Chấp hành Trung ương Đảng" },
      { docNumber: "19-CTr/TU", date: "2013-03-12", issuer: "Ban Thường vụ Tỉnh ủy" },
      { docNumber: "753-CV/TU", date: "2019-08-20", issuer: "Ban Thường vụ Tỉnh ủy" },
    ]);
    expect(problems).toContainEqual({ key: "planText.referenceRewritten", params: { value: "753-CV-TU", docNumber: "753-CV/TU" }, at: { line: 27 } });
  });

  it("takes the four numbered requests and the closing 'Giao …' sentence as tasks", () => {
    expect(plan.tasks.map((t) => [t.code, t.assignee, t.deadline, t.section])).toEqual([
      ["NV01", "Cấp ủy các tổ chức cơ sở đảng trực thuộc", null, null],
      ["NV02", null, null, null],
      ["NV03", "Đoàn Khối, Hội Cựu chiến binh Khối và các đoàn thể chính trị - xã hội các cơ quan, đơn vị", null, null],
      ["NV04", "Các cấp ủy Báo Quảng Bình, Đài Phát thanh - Truyền hình tỉnh và các đơn vị truyền thông trực thuộc", null, null],
      ["NV05", "Ban Tuyên giáo Đảng ủy Khối", null, null],
    ]);
    expect(plan.tasks[0].text).toMatch(/khoa học và công nghệ vào sản xuất và đời sống thuộc phạm vi cơ quan, đơn vị trực tiếp quản lý\.$/u);
    expect(plan.tasks[4].text).toMatch(/^Giao Ban Tuyên giáo Đảng ủy Khối chủ trì/u);
  });

  it("keeps the name of a signer whose authority and title the extract lost, and says so", () => {
    expect(plan.signer).toEqual({ authority: "", title: "", name: "Nguyễn Thanh Lam" });
    expect(problems.map((p) => p.key)).toContain("planText.signerIncomplete");
  });

  it("reads the seven recipients", () => {
    expect(plan.recipients).toEqual([
      "Thường trực Tỉnh ủy (để báo cáo)",
      "Ban Tuyên giáo Tỉnh ủy",
      "Như kính gửi",
      "Các ban và Văn phòng ĐUK",
      "Đoàn Khối, HCCB Khối",
      "Các đ/c UVBCH Đảng bộ Khối",
      "Lưu VP ĐUK",
    ]);
  });
});
