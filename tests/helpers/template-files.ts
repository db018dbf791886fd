/**
 * Builders for tests that need an agency template as bytes: a small plan and matrix, the
 * template content, the .xlsx written by the project's own writer, and a way to change that
 * file the way an agency would (load it, edit it with ExcelJS, save it again).
 */
import ExcelJS from "exceljs";
import type { Plan, Task } from "../../src/core/plan/model";
import type { Agency } from "../../src/core/roster/model";
import type { Assignment, AssignmentMatrix, Role } from "../../src/core/matrix-model";
import { buildTemplate, type TemplateContent } from "../../src/core/template/build";
import { headerValueAddress, tableCellAddress, toBytes, writeTemplate } from "../../src/xlsx/template-writer";
import { REPORT_SHEET } from "../../src/core/template/layout";

export function testTask(code: string, over: Partial<Task> = {}): Task {
  return {
    code,
    section: code.split(".")[0] ?? "",
    title: `Nhiệm vụ ${code}: tuyên truyền, phổ biến chính sách giảm nghèo`,
    text: `Nhiệm vụ ${code}: tuyên truyền, phổ biến chính sách giảm nghèo bền vững.`,
    lead: [],
    coordinate: [],
    implement: [],
    deadlineText: "thường xuyên",
    deadline: null,
    frequency: "ongoing",
    product: null,
    line: 1,
    ...over,
  };
}

export function testAgency(id: string, name: string, short: string, over: Partial<Agency> = {}): Agency {
  return { id, name, short, aliases: [], kind: "department", email: "", reports: true, ...over };
}

export const SLDTBXH = testAgency("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐTBXH");
export const STC = testAgency("STC", "Sở Tài chính", "Sở Tài chính");
export const HDAKHA = testAgency("HDAKHA", "Ủy ban nhân dân huyện Đắk Hà", "UBND huyện Đắk Hà", { kind: "district" });

/** A plan of `tasks` with the 4587-style reporting obligation (before 15/11 every year). */
export function testPlan(tasks: Task[], number = "4587/KH-UBND"): Plan {
  return {
    meta: {
      number,
      date: "2021-12-27",
      issuer: "Ủy ban nhân dân tỉnh Kon Tum",
      place: "Kon Tum",
      signer: null,
      title: "Kế hoạch thực hiện Chỉ thị 05-CT/TW",
    },
    sections: [{ code: "1", title: "Nhóm 1" }],
    tasks,
    reporting: [
      {
        from: ["Các sở, ban, ngành"],
        to: ["Sở Lao động - Thương binh và Xã hội"],
        dueMonthDay: "11-15",
        dueRule: "before",
        frequency: "annual",
        adHoc: true,
        text: "",
      },
      {
        from: ["Sở Lao động - Thương binh và Xã hội"],
        to: ["Ủy ban nhân dân tỉnh"],
        dueMonthDay: "12-10",
        dueRule: "before",
        frequency: "annual",
        adHoc: false,
        text: "",
      },
    ],
    focalPoint: "Sở Lao động - Thương binh và Xã hội",
    shapes: ["assignment-lines"],
  };
}

/** A matrix from (taskCode, agency, role) triples over the plan's tasks. */
export function testMatrix(plan: Plan, agencies: Agency[], triples: [string, string, Role][]): AssignmentMatrix {
  const assignments: Assignment[] = triples.map(([taskCode, agencyId, role]) => ({
    taskCode,
    agencyId,
    role,
    via: agencyId,
  }));
  return {
    tasks: plan.tasks.map((t) => ({
      code: t.code,
      section: t.section,
      title: t.title,
      deadlineText: t.deadlineText,
      deadline: t.deadline,
      frequency: t.frequency,
    })),
    agencies,
    assignments,
    openCoordinators: {},
    unmatched: [],
  };
}

/**
 * The standard small case: four tasks; Sở LĐTBXH leads 1.1 and 2.1 (2.1 with a date), coordinates
 * 1.2; Sở Tài chính leads 1.2 and coordinates 1.1; the district implements 3.1.
 */
export function standardCase(): { plan: Plan; matrix: AssignmentMatrix; agencies: Agency[] } {
  const plan = testPlan([
    testTask("1.1"),
    testTask("1.2", {
      title: "Rà soát, bổ sung chính sách hỗ trợ hộ nghèo",
      deadlineText: "theo định kỳ hằng năm",
      frequency: "annual",
    }),
    testTask("2.1", {
      title: "Xây dựng Đề án giảm nghèo giai đoạn 2021-2025",
      deadlineText: "Hoàn thành trước ngày 10 tháng 02 năm 2022",
      deadline: "2022-02-09",
      frequency: "once",
    }),
    testTask("3.1", {
      title: "Triển khai thực hiện chương trình mục tiêu quốc gia",
      deadlineText: null,
      deadline: null,
      frequency: "annual",
    }),
  ]);
  const agencies = [SLDTBXH, STC, HDAKHA];
  const matrix = testMatrix(plan, agencies, [
    ["1.1", "SLDTBXH", "CT"],
    ["1.1", "STC", "PH"],
    ["1.2", "STC", "CT"],
    ["1.2", "SLDTBXH", "PH"],
    ["2.1", "SLDTBXH", "CT"],
    ["3.1", "HDAKHA", "TH"],
  ]);
  return { plan, matrix, agencies };
}

export const FIXED_GENERATED_AT = new Date(Date.UTC(2022, 9, 1, 8, 0, 0));

/** The template content and bytes for one agency of the standard case (default Sở LĐTBXH, 2022). */
export async function makeTemplate(
  agency: Agency = SLDTBXH,
  period = "2022",
): Promise<{ content: TemplateContent; bytes: Uint8Array; plan: Plan; matrix: AssignmentMatrix }> {
  const { plan, matrix } = standardCase();
  const content = buildTemplate(plan, matrix, agency, period);
  const bytes = await writeTemplate(content, { generatedAt: FIXED_GENERATED_AT });
  return { content, bytes, plan, matrix };
}

/** Loads bytes into an ExcelJS workbook. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** Edits a template as an agency would (fill cells, rename a sheet, delete the metadata…) and saves it. */
export async function editWorkbook(
  bytes: Uint8Array,
  edit: (wb: ExcelJS.Workbook) => void | Promise<void>,
): Promise<Uint8Array> {
  const wb = await loadWorkbook(bytes);
  await edit(wb);
  return toBytes(await wb.xlsx.writeBuffer());
}

/**
 * Sở LĐTBXH's 2022 template filled in as an agency would (report date 10/11/2022, a preparer,
 * 1.1 and 1.2 in progress, 2.1 done on 05/02/2022, a result on each): the file the tests
 * re-save in other applications and formats.
 */
export async function filledSldtbxhReport(): Promise<Uint8Array> {
  const t = await makeTemplate(SLDTBXH, "2022");
  return editWorkbook(t.bytes, (wb) => {
    const ws = wb.getWorksheet(REPORT_SHEET)!;
    ws.getCell(headerValueAddress("reportDate")).value = new Date(Date.UTC(2022, 10, 10));
    ws.getCell(headerValueAddress("preparedBy")).value = "Nguyễn Thị Bình";
    const fills: Record<string, [string, Date | null, string]> = {
      "1.1": ["Đang thực hiện", null, "Đã tổ chức 12 hội nghị quán triệt."],
      "2.1": ["Đã hoàn thành", new Date(Date.UTC(2022, 1, 5)), "Đề án được phê duyệt."],
      "1.2": ["Đang thực hiện", null, "Phối hợp rà soát."],
    };
    t.content.rows.forEach((r, i) => {
      const [status, done, result] = fills[r.taskCode]!;
      ws.getCell(tableCellAddress(i, "status")).value = status;
      if (done) ws.getCell(tableCellAddress(i, "completedOn")).value = done;
      ws.getCell(tableCellAddress(i, "result")).value = result;
    });
  });
}
