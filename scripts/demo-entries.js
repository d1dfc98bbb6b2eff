// What staff of a few units typed by 23/12/2019, three days after task NV05's deadline, so
// the demo tracker shows every colour: done on time, done late, late, data problems.
// Written into the unit sheets' input cells as a user would, found by unit and task code.
"use strict";

const ENTRIES = [
  { unit: "DV001", task: "NV05", status: "Hoàn thành", completedOn: "2019-12-12", participants: 80, total: 86, form: "Sinh hoạt chi bộ định kỳ", reportRef: "15-BC/ĐU" },
  { unit: "DV002", task: "NV05", status: "Hoàn thành", completedOn: "2019-12-18", participants: 60, total: 64, form: "Hội nghị cơ quan", reportRef: "08-BC/ĐU" },
  { unit: "DV003", task: "NV05", status: "Hoàn thành", completedOn: "2019-12-21", participants: 25, total: 27, form: "Lồng ghép họp cơ quan", reportRef: "03-BC/CB", note: "Báo cáo chậm 1 ngày" },
  { unit: "DV004", task: "NV05", status: "Đang thực hiện", note: "Hẹn báo cáo trước 27/12" },
  { unit: "DV006", task: "NV05", status: "Hoàn thành", completedOn: "2019-12-19", participants: 214, total: 231, form: "Hội nghị trực tuyến các nông trường", reportRef: "21-BC/ĐU" },
  { unit: "DV007", task: "NV05", status: "Hoàn thành", note: "Chưa ghi ngày hoàn thành" },
  { unit: "DV008", task: "NV05", status: "Hoàn thành", completedOn: "2019-12-10", participants: 19, total: 19, form: "Sinh hoạt chi bộ định kỳ", reportRef: "02-BC/CB" },
  { unit: "DV001", task: "NV01", status: "Đang thực hiện" },
  { unit: "DV006", task: "NV02", status: "Đang thực hiện", note: "Đề tài giống cao su mới" },
  { unit: "DV009", task: "NV04", status: "Đang thực hiện" },
];

module.exports = { ENTRIES, AS_OF: "2019-12-23" };
