import type { CatalogSection } from "../catalog-section";

/** Messages about reading a plan: from the document's text (parse) and from plan JSON (build). */
export const planImportMessages = {
  "planText.noDocNumber": {
    vi: "không tìm thấy số và ký hiệu văn bản (dòng \"Số …-KH/…\")",
    en: "no document number found (the \"Số …-KH/…\" line)",
  },
  "planText.numberBlank": {
    vi: "số văn bản để trống (\"{value}\"), sẽ điền khi ký; hãy điền số trước khi lưu",
    en: "the document number is left blank (\"{value}\") to be filled at signing; fill it in before saving",
  },
  "planText.issueDayBlank": {
    vi: "ngày ban hành để trống (\"{value}\"), sẽ điền khi ký; để trống ngày ban hành, hãy điền khi có",
    en: "the issue day is left blank (\"{value}\") to be filled at signing; the issue date is left empty, fill it in when known",
  },
  "planText.appendixRowUnclear": {
    vi: "{task}: dòng {row} của bảng phụ lục không tách được đủ các cột (nội dung, chủ trì, phối hợp, thời hạn); hãy kiểm tra",
    en: "{task}: row {row} of the appendix table could not be split into its columns (task, lead, support, deadline); please check",
  },
  "planText.kindGuessed": {
    vi: "không xác định được loại văn bản; tạm coi là {kind}",
    en: "the document kind is unclear; assumed {kind}",
  },
  "planText.kindMismatch": {
    vi: "ký hiệu {code} trong số văn bản khác với tên loại \"{title}\"; dùng {code}",
    en: "the code {code} in the number differs from the title \"{title}\"; using {code}",
  },
  "planText.noIssueDate": {
    vi: "không tìm thấy dòng \"<địa danh>, ngày … tháng … năm …\"; để trống ngày ban hành",
    en: "no \"<place>, ngày … tháng … năm …\" line; the issue date is left empty",
  },
  "planText.issueDateInvalid": {
    vi: "ngày ban hành \"{value}\" không có thật; để trống",
    en: "the issue date \"{value}\" does not exist; left empty",
  },
  "planText.stampIgnored": {
    vi: "bỏ qua dấu công văn đến \"{value}\" (ngày trên dấu không phải ngày ban hành)",
    en: "ignored the incoming-mail stamp \"{value}\" (its date is not the issue date)",
  },
  "planText.noSubject": {
    vi: "không tìm thấy trích yếu",
    en: "no subject line found",
  },
  "planText.noIssuer": {
    vi: "không nhận ra cơ quan ban hành ở góc trên bên trái",
    en: "the issuing body (top left) was not recognised",
  },
  "planText.noTasks": {
    vi: "không tìm thấy nhiệm vụ (mục đánh số, gạch đầu dòng hay dòng bảng phụ lục) trong các phần nhiệm vụ, giải pháp, tổ chức thực hiện",
    en: "no tasks (numbered items, bullets or appendix table rows) found in the tasks, measures or implementation sections",
  },
  "planText.deadlineInvalid": {
    vi: "{task}: hạn \"{value}\" không phải ngày có thật; để trống",
    en: "{task}: the deadline \"{value}\" is not a real date; left empty",
  },
  "planText.deadlineNoYear": {
    vi: "{task}: hạn \"{value}\" không ghi năm và văn bản không có ngày ban hành; để trống",
    en: "{task}: the deadline \"{value}\" has no year and the document has no date; left empty",
  },
  "planText.deadlineNextYear": {
    vi: "{task}: hạn \"{value}\" không ghi năm và đã qua so với ngày ban hành; hiểu là năm {year}",
    en: "{task}: the deadline \"{value}\" has no year and falls before the issue date; read as {year}",
  },
  "planText.deadlineSeveral": {
    vi: "{task}: có nhiều mốc thời hạn ({values}); lấy mốc muộn nhất {date}",
    en: "{task}: several deadlines ({values}); took the latest, {date}",
  },
  "planText.deadlineNoBase": {
    vi: "{task}: hạn \"{value}\" tính từ ngày ban hành nhưng không rõ ngày ban hành; để trống",
    en: "{task}: the deadline \"{value}\" counts from the issue date, which is unknown; left empty",
  },
  "planText.deadlineAfterEvent": {
    vi: "{task}: hạn tính từ một sự việc văn bản không ghi ngày (\"{value}\"); để trống, hãy điền hạn khi biết ngày",
    en: "{task}: the deadline counts from an event the document gives no date for (\"{value}\"); left empty, fill it in once the date is known",
  },
  "planText.deadlineWorkingDays": {
    vi: "{task}: hạn tính theo ngày làm việc (\"{value}\"); chưa tự tính, để trống",
    en: "{task}: the deadline counts working days (\"{value}\"); not computed, left empty",
  },
  "planText.assigneeGuessed": {
    vi: "{task}: đơn vị thực hiện \"{assignee}\" được suy ra từ đầu câu; hãy kiểm tra",
    en: "{task}: the assignee \"{assignee}\" was inferred from the sentence; please check",
  },
  "planText.referenceRewritten": {
    vi: "số hiệu \"{value}\" được hiểu là {docNumber}",
    en: "the number \"{value}\" was read as {docNumber}",
  },
  "planText.noSigner": {
    vi: "không tìm thấy khối chữ ký (T/M …, chức vụ, họ tên)",
    en: "no signature block found (T/M …, title, name)",
  },
  "planText.signerIncomplete": {
    vi: "khối chữ ký thiếu thẩm quyền ký hoặc chức vụ; chỉ thấy tên \"{name}\"",
    en: "the signature block lacks the authority or title; only the name \"{name}\" was found",
  },
  "planText.noRecipients": {
    vi: "không tìm thấy danh sách \"Nơi nhận\"",
    en: "no \"Nơi nhận\" (recipients) list found",
  },
  "planJson.notObject": {
    vi: "nội dung phải là một đối tượng JSON mô tả kế hoạch",
    en: "the content must be a JSON object describing the plan",
  },
  "planJson.missing": {
    vi: "thiếu trường bắt buộc {field}",
    en: "required field {field} is missing",
  },
  "planJson.wrongType": {
    vi: "{field} phải là {expected}",
    en: "{field} must be {expected}",
  },
  "planJson.emptyText": {
    vi: "{field} không được để trống",
    en: "{field} must not be empty",
  },
  "planJson.invalidDate": {
    vi: "{field} \"{value}\" không phải ngày hợp lệ (YYYY-MM-DD, ngày có thật)",
    en: "{field} \"{value}\" is not a valid date (YYYY-MM-DD, a real day)",
  },
  "planJson.invalidKind": {
    vi: "{field} \"{value}\" không phải loại văn bản đã biết ({allowed})",
    en: "{field} \"{value}\" is not a known document kind ({allowed})",
  },
  "planJson.invalidTaskCode": {
    vi: "{field} \"{value}\" không phải mã nhiệm vụ hợp lệ (bắt đầu bằng chữ; chữ không dấu, số, ., - và _; tối đa 20 ký tự; ví dụ NV01)",
    en: "{field} \"{value}\" is not a valid task code (starts with a letter; plain letters, digits, ., - and _; at most 20 characters; e.g. NV01)",
  },
  "planJson.duplicateTaskCode": {
    vi: "{field} trùng mã nhiệm vụ \"{value}\" với tasks[{first}]",
    en: "{field} repeats the task code \"{value}\" of tasks[{first}]",
  },
  "planJson.duplicateMeasure": {
    vi: "{field} trùng khóa chỉ tiêu \"{value}\"",
    en: "{field} repeats the measure key \"{value}\"",
  },
  "planJson.outOfRange": {
    vi: "{field} phải là số nguyên từ {min} đến {max}",
    en: "{field} must be a whole number from {min} to {max}",
  },
  "planJson.unknownField": {
    vi: "trường {field} không thuộc định dạng kế hoạch; bỏ qua",
    en: "field {field} is not part of the plan format; ignored",
  },
  "parse.usage": {
    vi: "Cách dùng: plan-tracker parse <kế-hoạch.txt|.docx|.pdf|-> [--json]",
    en: "Usage: plan-tracker parse <plan.txt|.docx|.pdf|-> [--json]",
  },
  "parse.unknownOption": {
    vi: "tuỳ chọn không có: {option}",
    en: "unknown option: {option}",
  },
  "parse.docxUnreadable": {
    vi: "tệp Word không đọc được: {reason}",
    en: "the Word file cannot be read: {reason}",
  },
  "parse.pdfNoText": {
    vi: "tệp {file} ({pages} trang) là bản quét, không có lớp chữ để đọc; hãy nhận dạng chữ (OCR) rồi mở tệp kết quả, hoặc dán nội dung văn bản vào ô",
    en: "{file} ({pages} pages) is a scan with no text layer; run text recognition (OCR) and open the result, or paste the document's text",
  },
  "parse.pdfEncrypted": {
    vi: "tệp {file} được khóa bằng mật khẩu; hãy mở bằng mật khẩu, lưu lại bản không khóa (hoặc sao chép nội dung ra tệp .txt) rồi mở lại",
    en: "{file} is password-protected; open it with the password, save an unprotected copy (or copy its text into a .txt file) and open that",
  },
  "parse.pdfTooLarge": {
    vi: "tệp {file} ({size} MB) vượt giới hạn {limit} MB cho một văn bản; hãy dùng bản PDF chỉ gồm văn bản (không kèm ảnh quét) hoặc dán nội dung",
    en: "{file} ({size} MB) is over the {limit} MB limit for a document; use a PDF of the text alone (no scanned images) or paste the text",
  },
  "parse.pdfUnreadable": {
    vi: "tệp PDF {file} không đọc được: {reason}",
    en: "the PDF file {file} cannot be read: {reason}",
  },
  "parse.binaryFile": {
    vi: "tệp không phải văn bản (.txt UTF-8) hay Word (.docx)",
    en: "the file is neither text (.txt, UTF-8) nor Word (.docx)",
  },
  "parse.summary.header": {
    vi: "{kindName} số {docNumber}, ngày {date}{place}",
    en: "{kindName} No. {docNumber}, dated {date}{place}",
  },
  "parse.summary.noDate": {
    vi: "(chưa rõ ngày)",
    en: "(date unknown)",
  },
  "parse.summary.issuer": {
    vi: "Cơ quan ban hành: {issuer}",
    en: "Issued by: {issuer}",
  },
  "parse.summary.subject": {
    vi: "Trích yếu: {subject}",
    en: "Subject: {subject}",
  },
  "parse.summary.references": {
    vi: "Căn cứ: {references}",
    en: "References: {references}",
  },
  "parse.summary.tasks": {
    vi: "Nhiệm vụ ({count}):",
    en: "Tasks ({count}):",
  },
  "parse.summary.deadline": {
    vi: "hạn {date}",
    en: "due {date}",
  },
  "parse.summary.noDeadline": {
    vi: "không có hạn",
    en: "no deadline",
  },
  "parse.summary.assignee": {
    vi: "thực hiện: {assignee}",
    en: "by: {assignee}",
  },
  "parse.summary.signer": {
    vi: "Người ký: {signer}",
    en: "Signed: {signer}",
  },
  "parse.summary.recipients": {
    vi: "Nơi nhận: {count}",
    en: "Recipients: {count}",
  },
  "parse.summary.warnings": {
    vi: "Cần kiểm tra ({count}):",
    en: "To check ({count}):",
  },
  "planKind.KH": { vi: "Kế hoạch", en: "Plan (Kế hoạch)" },
  "planKind.CV": { vi: "Công văn", en: "Dispatch (Công văn)" },
  "planKind.KL": { vi: "Kết luận", en: "Conclusion (Kết luận)" },
  "planKind.NQ": { vi: "Nghị quyết", en: "Resolution (Nghị quyết)" },
  "planKind.CT": { vi: "Chỉ thị", en: "Directive (Chỉ thị)" },
  "planKind.BC": { vi: "Báo cáo", en: "Report (Báo cáo)" },
  "planKind.TB": { vi: "Thông báo", en: "Notice (Thông báo)" },
  "planKind.QĐ": { vi: "Quyết định", en: "Decision (Quyết định)" },
  "planKind.HD": { vi: "Hướng dẫn", en: "Guidance (Hướng dẫn)" },
  "planKind.CTr": { vi: "Chương trình", en: "Programme (Chương trình)" },
} satisfies CatalogSection;
