/**
 * Who must carry out a task. Party documents name the assignee in three ways:
 * "Ban Tuyên giáo Đảng ủy Khối: Thường xuyên theo dõi…" (a label, certain),
 * "Giao Ban Tuyên giáo Đảng ủy Khối chủ trì…" (certain), and a sentence whose subject is the
 * assignee, "Các cấp ủy … tổ chức quán triệt…" (inferred, so reported for review).
 */

export type AssigneeReading =
  | { how: "label"; assignee: string; rest: string }
  | { how: "giao"; assignee: string }
  | { how: "inferred"; assignee: string }
  | { how: "none" };

/** First words of an organisation or office holder. */
export const ORGANISATION_START =
  /^(?:Ban|Văn phòng|Ủy ban|Uỷ ban|UBKT|UBND|HĐND|Các|Cấp ủy|Cấp uỷ|Chi bộ|Chi ủy|Chi uỷ|Đảng ủy|Đảng uỷ|Đảng bộ|Đảng đoàn|Bí thư|Phó Bí thư|Đoàn(?!\s+kết)|Hội(?!\s+(?:nghị|thảo|thi|diễn))|Công đoàn|Trung tâm|Sở|Phòng(?!,|\s+(?:chống|ngừa))|Báo(?!\s+cáo)|Đài|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Thị ủy|Thị uỷ|Thường trực|Thường vụ|Đồng chí|Đ\/c|Mặt trận|MTTQ|Cơ quan|Thủ trưởng|Người đứng đầu|Trưởng|Tổ(?!\s+(?:chức|ng))|Liên đoàn|Tỉnh đoàn|Huyện đoàn|Trường(?!\s+hợp)|Chính quyền)(?![\p{L}])/u;

/** Labels that introduce a detail of the task, not who does it ("Thời gian: …"). */
const DETAIL_LABEL =
  /^(?:Thời gian|Thời hạn|Hình thức|Nội dung|Thành phần|Địa điểm|Kinh phí|Lưu ý|Mục đích|Yêu cầu|Đối tượng|Cụ thể|Chủ đề|Phương châm|Mục tiêu|Chỉ tiêu|Nhiệm vụ|Giải pháp|Trách nhiệm|Tiến độ|Phạm vi|Sản phẩm|Kết quả)(?![\p{L}\d])/iu;

/** Verbs that end the subject of a task sentence (lower case: organisation names are capitalised). */
const TASK_VERBS = [
  "tổ chức", "triển khai", "thực hiện", "tiếp tục", "phối hợp", "chủ trì", "chỉ đạo", "tăng cường", "xây dựng",
  "quán triệt", "nâng cao", "đẩy mạnh", "tích cực", "có trách nhiệm", "chịu trách nhiệm", "theo dõi", "hướng dẫn",
  "tham mưu", "kiểm tra", "đôn đốc", "báo cáo", "rà soát", "tập trung", "quan tâm", "chủ động", "khẩn trương",
  "cần", "phải", "thường xuyên", "định kỳ", "ban hành", "cụ thể hóa", "cụ thể hoá", "phổ biến", "tuyên truyền",
  "làm tốt", "bám sát", "duy trì", "gương mẫu", "sớm", "nghiêm túc", "trực tiếp", "căn cứ", "vận động", "tổng hợp",
];

/** "tổ chức" is a verb, but in "các tổ chức cơ sở đảng" a noun. */
const NOUN_MARKERS = new Set(["các", "những", "mọi", "từng"]);

function subjectBeforeVerb(sentence: string): string | null {
  const words = sentence.split(/\s+/u);
  for (let w = 1; w < Math.min(words.length, 30); w++) {
    for (const verb of TASK_VERBS) {
      const parts = verb.split(" ");
      const candidate = words.slice(w, w + parts.length).join(" ").replace(/[,;.:]$/u, "");
      if (candidate !== verb) continue;
      if (NOUN_MARKERS.has(words[w - 1].toLowerCase())) continue;
      const subject = words.slice(0, w).join(" ").replace(/[,;:]$/u, "");
      return subject.length >= 3 ? subject : null;
    }
  }
  return null;
}

export function readAssignee(firstParagraph: string): AssigneeReading {
  const label = /^([^:]{2,160}?):\s+(\S[\s\S]*)$/u.exec(firstParagraph);
  if (label) {
    const name = label[1].trim();
    const words = name.split(/\s+/u).length;
    if (ORGANISATION_START.test(name) && !DETAIL_LABEL.test(name) && words <= 16 && !/[.;]/u.test(name)) {
      // "Ban Tổ chức Huyện ủy chủ trì: …", "… chủ trì, phối hợp với …: …": the body that leads.
      const leads = /^(.+?)\s+chủ trì(?:[\s,].*)?$/u.exec(name)?.[1];
      return { how: "label", assignee: leads && ORGANISATION_START.test(leads) ? leads : name, rest: label[2] };
    }
  }
  const giao = /^Giao\s+(\S[\s\S]*)$/u.exec(firstParagraph);
  if (giao) {
    const subject = /^[^,;.]*/u.exec(giao[1])?.[0] ?? "";
    const named = subjectBeforeVerb(`${subject} .`) ?? subject.trim();
    if (/^\p{L}/u.test(named)) return { how: "giao", assignee: named.charAt(0).toUpperCase() + named.slice(1) };
  }
  if (ORGANISATION_START.test(firstParagraph)) {
    const subject = subjectBeforeVerb(firstParagraph);
    if (subject && subject.split(/\s+/u).length <= 25) return { how: "inferred", assignee: subject };
  }
  return { how: "none" };
}
