/**
 * The demo's story: how each agency answers the focal point's request, the way real agencies
 * do. Most send on time, some late, some not at all, some with mistakes (empty required cells,
 * 31/02/2022, a misspelt status, text that looks like a formula), one returns a CSV, one retypes
 * the template by hand in a new workbook, one sends a corrected file after a first faulty one.
 *
 * Pseudo-random with a fixed seed, so every run tells the same story.
 */
import type { Agency } from "../core/roster/model";
import type { TemplateContent } from "../core/template/build";
import type { ReportedStatus } from "../core/template/layout";

/** mulberry32: tiny, fast, good enough to pick demo data, and the same everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEMO_SEED = 4587;
export const DEMO_PERIOD = "2022";
/** The demo looks at the situation five days after the agencies' due date (before 15/11/2022). */
export const DEMO_AS_OF = "2022-11-20";

export type Behaviour =
  | "onTime"
  | "late"
  | "missing"
  | "emptyCells" // required cells left empty
  | "badValues" // 31/02/2022 and a misspelt status
  | "formulaText" // text that begins with "=", "+" or "-"
  | "csv" // returned as a CSV file (UTF-8, ";")
  | "retyped" // retyped in a new workbook: renamed sheet, reordered columns, dates as text
  | "resent"; // a faulty file, then a corrected one

export interface DemoLine {
  taskCode: string;
  /** the status text as typed (may be misspelt on purpose) */
  statusText: string;
  /** completion date as typed: ISO for a real date, or text such as "31/02/2022" */
  completedOn: { iso: string } | { text: string } | null;
  result: string;
  difficulties: string;
  proposals: string;
}

export interface DemoReturn {
  /** file name as the agency sends it back */
  fileName: string;
  receivedOn: string;
  kind: "xlsx" | "csv" | "retyped";
  header: { reportDate: string | null; preparedBy: string; phone: string; email: string; documentNumber: string };
  lines: DemoLine[];
}

export interface DemoAgencyPlan {
  agency: Agency;
  behaviour: Behaviour;
  /** files in the order they arrive; empty when the agency sends nothing */
  returns: DemoReturn[];
}

const STATUS: Record<ReportedStatus, string> = {
  done: "Đã hoàn thành",
  inProgress: "Đang thực hiện",
  notStarted: "Chưa thực hiện",
};

const RESULTS = [
  "Đã ban hành văn bản chỉ đạo, hướng dẫn triển khai đến các phòng, đơn vị trực thuộc.",
  "Tổ chức {n} hội nghị quán triệt với {m} lượt cán bộ, đảng viên tham gia.",
  "Lồng ghép nội dung giảm nghèo bền vững vào Kế hoạch phát triển kinh tế - xã hội năm 2022.",
  "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo; tỷ lệ hộ nghèo giảm {p}% so với đầu năm.",
  "Phối hợp tuyên truyền trên Báo Kon Tum, Đài PT-TH tỉnh; đăng {n} tin, bài về giảm nghèo bền vững.",
  "Giải ngân {money} triệu đồng vốn hỗ trợ phát triển sản xuất cho {h} hộ nghèo, hộ cận nghèo.",
  "Tổ chức {n} lớp đào tạo nghề cho {m} lao động nông thôn, người dân tộc thiểu số.",
  "Kiểm tra, giám sát việc thực hiện chính sách giảm nghèo tại {n} xã, thị trấn.",
];
const DIFFICULTIES = [
  "Vốn sự nghiệp Chương trình mục tiêu quốc gia phân bổ chậm, chưa kịp giải ngân trong năm.",
  "Cán bộ làm công tác giảm nghèo cấp xã còn kiêm nhiệm, thay đổi thường xuyên.",
  "Địa bàn rộng, giao thông đi lại khó khăn vào mùa mưa.",
  "Hướng dẫn của Trung ương về một số dự án thành phần ban hành chậm.",
];
const PROPOSALS = [
  "Đề nghị UBND tỉnh sớm phân bổ vốn sự nghiệp năm 2023.",
  "Đề nghị Sở Lao động - Thương binh và Xã hội tổ chức tập huấn nghiệp vụ cho cán bộ cấp xã.",
  "Đề nghị bổ sung kinh phí cho công tác rà soát hộ nghèo hằng năm.",
];
const PEOPLE = [
  "Nguyễn Văn Hùng",
  "Trần Thị Mai",
  "Lê Văn Nam",
  "Phạm Thị Hoa",
  "Y Sương",
  "A Thuận",
  "Đinh Thị Lan",
  "Võ Minh Tâm",
];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

/** 1250 → "1.250", as Vietnamese write thousands (no locale data needed). */
function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function fillNumbers(rnd: () => number, s: string): string {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  return s
    .replace("{n}", String(int(2, 25)))
    .replace("{m}", groupThousands(int(150, 2400)))
    .replace("{p}", (int(12, 45) / 10).toFixed(1).replace(".", ","))
    .replace("{money}", groupThousands(int(300, 9000)))
    .replace("{h}", String(int(20, 400)));
}

function day(d: number): string {
  return `2022-11-${String(d).padStart(2, "0")}`;
}

/** How an agency answers each of its template rows. */
function answer(rnd: () => number, content: TemplateContent, deadlineOf: (code: string) => string | null): DemoLine[] {
  return content.rows.map((row) => {
    const deadline = deadlineOf(row.taskCode);
    let status: ReportedStatus;
    let completedOn: DemoLine["completedOn"] = null;
    if (deadline) {
      // The one dated task of 4587 (1.4, before 10/02/2022) was finished, a few weeks late.
      status = "done";
      completedOn = { iso: "2022-03-04" };
    } else {
      const r = rnd();
      status = r < 0.22 ? "done" : r < 0.93 ? "inProgress" : "notStarted";
      if (status === "done")
        completedOn = {
          iso: `2022-${String(3 + Math.floor(rnd() * 8)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`,
        };
    }
    const lead = row.roleCode !== "PH";
    return {
      taskCode: row.taskCode,
      statusText: STATUS[status],
      completedOn,
      result: status === "notStarted" ? "" : fillNumbers(rnd, pick(rnd, RESULTS)),
      difficulties: status === "notStarted" || (lead && rnd() < 0.3) ? pick(rnd, DIFFICULTIES) : "",
      proposals: lead && rnd() < 0.2 ? pick(rnd, PROPOSALS) : "",
    };
  });
}

export interface ScenarioInput {
  templates: { agency: Agency; content: TemplateContent; fileName: string }[];
  deadlineOf: (taskCode: string) => string | null;
}

/**
 * Who does what. The special cases go to fixed positions in a seeded shuffle, so each
 * behaviour appears exactly as often as below whatever the roster's size (given enough agencies).
 */
export function demoScenario(input: ScenarioInput, seed = DEMO_SEED): DemoAgencyPlan[] {
  const rnd = seededRandom(seed);
  const order = input.templates.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const special: Behaviour[] = [
    "missing",
    "missing",
    "missing",
    "late",
    "late",
    "late",
    "emptyCells",
    "badValues",
    "formulaText",
    "csv",
    "retyped",
    "resent",
  ];
  const behaviourOf = new Map<number, Behaviour>();
  order.forEach((templateIndex, k) => behaviourOf.set(templateIndex, special[k] ?? "onTime"));

  return input.templates.map((tpl, i) => {
    const behaviour = behaviourOf.get(i)!;
    const lines = answer(rnd, tpl.content, input.deadlineOf);
    const onTimeDay = day(7 + Math.floor(rnd() * 7)); // 07–13/11: before the 15th
    const lateDay = day(16 + Math.floor(rnd() * 4)); // 16–19/11
    const header = {
      reportDate: onTimeDay,
      preparedBy: pick(rnd, PEOPLE),
      phone: `0260 38${String(10000 + Math.floor(rnd() * 89999)).slice(0, 5)}`,
      email: `${tpl.agency.id.toLowerCase()}@example.gov.vn`,
      documentNumber: `${100 + Math.floor(rnd() * 800)}/BC-${tpl.agency.id}`,
    };
    const base = { fileName: tpl.fileName, receivedOn: onTimeDay, kind: "xlsx" as const, header, lines };
    const returns: DemoReturn[] = [];
    switch (behaviour) {
      case "onTime":
        returns.push(base);
        break;
      case "late":
        returns.push({ ...base, receivedOn: lateDay, header: { ...header, reportDate: lateDay } });
        break;
      case "missing":
        break;
      case "emptyCells": {
        // Two statuses and the preparer's name left empty.
        const broken = lines.map((l, k) => (k < 2 ? { ...l, statusText: "" } : l));
        returns.push({ ...base, header: { ...header, preparedBy: "" }, lines: broken });
        break;
      }
      case "badValues": {
        const broken = lines.map((l, k) =>
          k === 0 ? { ...l, statusText: "Đã hoàn thàng", completedOn: { text: "31/02/2022" } } : l,
        );
        returns.push({ ...base, lines: broken });
        break;
      }
      case "formulaText": {
        const broken = lines.map((l, k) =>
          k === 0
            ? { ...l, result: '=HYPERLINK("http://baocao.example.vn/4587","Xem báo cáo chi tiết")' }
            : k === 1
              ? { ...l, result: "- Tổ chức 03 hội nghị tuyên truyền;\n- Cấp 1.200 tờ rơi cho người dân." }
              : l,
        );
        returns.push({ ...base, header: { ...header, phone: "+84 260 3862 123" }, lines: broken });
        break;
      }
      case "csv":
        returns.push({ ...base, kind: "csv", fileName: tpl.fileName.replace(/\.xlsx$/i, ".csv") });
        break;
      case "retyped":
        returns.push({ ...base, kind: "retyped", fileName: `Bao cao giam ngheo 2022 - ${tpl.agency.id}.xlsx` });
        break;
      case "resent": {
        const first = lines.map((l, k) => (k % 2 === 0 ? { ...l, statusText: "" } : l));
        const firstDay = day(8);
        returns.push({
          ...base,
          fileName: tpl.fileName.replace(/\.xlsx$/i, " (lan 1).xlsx"),
          receivedOn: firstDay,
          header: { ...header, reportDate: firstDay },
          lines: first,
        });
        returns.push({
          ...base,
          fileName: tpl.fileName.replace(/\.xlsx$/i, " (lan 2 - da sua).xlsx"),
          receivedOn: day(12),
          header: { ...header, reportDate: day(12) },
        });
        break;
      }
    }
    return { agency: tpl.agency, behaviour, returns };
  });
}
