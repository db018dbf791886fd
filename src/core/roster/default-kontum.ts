import type { Agency, AgencyKind, Roster } from "./model";

/**
 * Default roster for plan 4587/KH-UBND of Kon Tum (2021), from shared/DOMAIN.md.
 * It is the seed data a user starts from and edits in the workbook (sheet "Danh bạ đơn vị");
 * e-mail addresses are left blank because only the agencies themselves can give them.
 */

function agency(
  id: string,
  name: string,
  short: string,
  kind: AgencyKind,
  aliases: string[] = [],
  reports = kind !== "external" && kind !== "organisation",
): Agency {
  return { id, name, short, aliases, kind, email: "", reports };
}

const departments: Agency[] = [
  agency("SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "department", ["Sở Kế hoạch - Đầu tư", "Sở KHĐT"]),
  agency("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐTBXH", "department", [
    "Sở Lao động - TB&XH",
    "Sở LĐ-TB&XH",
    "Sở LĐ-TBXH",
    "Sở Lao động Thương binh và Xã hội",
  ]),
  agency("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", "department", ["Sở NNPTNT"]),
  agency("BDT", "Ban Dân tộc tỉnh", "Ban Dân tộc", "department", ["Ban Dân tộc"]),
  agency("STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT", "department", ["Sở TTTT"]),
  agency("SCT", "Sở Công Thương", "Sở Công Thương", "department", ["Sở CT"]),
  agency("STC", "Sở Tài chính", "Sở Tài chính", "department"),
  agency("SNV", "Sở Nội vụ", "Sở Nội vụ", "department"),
  agency("STP", "Sở Tư pháp", "Sở Tư pháp", "department"),
  agency("SGTVT", "Sở Giao thông vận tải", "Sở GTVT", "department"),
  agency("SXD", "Sở Xây dựng", "Sở Xây dựng", "department"),
  agency("STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT", "department", ["Sở TNMT"]),
  agency("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTT&DL", "department", ["Sở VHTTDL"]),
  agency("SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN", "department", ["Sở KHCN"]),
  agency("SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "department", ["Sở GDĐT"]),
  agency("SYT", "Sở Y tế", "Sở Y tế", "department"),
  agency("SNGV", "Sở Ngoại vụ", "Sở Ngoại vụ", "department"),
  agency("TTT", "Thanh tra tỉnh", "Thanh tra tỉnh", "department"),
  agency("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh", "department"),
];

const bank = agency("NHCSXH", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Kon Tum", "NHCSXH tỉnh", "bank", [
  "Ngân hàng CSXH chi nhánh tỉnh",
  "Ngân hàng Chính sách xã hội tỉnh",
  "Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
  // "các cấp": the bank's offices at every level, for which the provincial branch answers
  "Ngân hàng Chính sách xã hội các cấp",
]);

const districtNames: [string, string][] = [
  ["TPKONTUM", "thành phố Kon Tum"],
  ["HDAKGLEI", "huyện Đắk Glei"],
  ["HNGOCHOI", "huyện Ngọc Hồi"],
  ["HDAKTO", "huyện Đắk Tô"],
  ["HKONPLONG", "huyện Kon Plông"],
  ["HKONRAY", "huyện Kon Rẫy"],
  ["HDAKHA", "huyện Đắk Hà"],
  ["HSATHAY", "huyện Sa Thầy"],
  ["HTUMORONG", "huyện Tu Mơ Rông"],
  ["HIAHDRAI", "huyện Ia H'Drai"],
];

const districts: Agency[] = districtNames.map(([id, unit]) =>
  agency(id, `Ủy ban nhân dân ${unit}`, `UBND ${unit.replace("thành phố", "TP")}`, "district", [`UBND ${unit}`]),
);

const organisations: Agency[] = [
  agency("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQVN tỉnh", "organisation", [
    "Ủy ban MTTQ Việt Nam tỉnh",
    "Ủy ban Mặt trận tổ quốc Việt Nam tỉnh",
  ]),
  agency("HLHPN", "Hội Liên hiệp Phụ nữ tỉnh", "Hội LHPN tỉnh", "organisation"),
  agency("HND", "Hội Nông dân tỉnh", "Hội Nông dân tỉnh", "organisation"),
  agency("TDTN", "Tỉnh Đoàn", "Tỉnh Đoàn", "organisation", ["Tỉnh đoàn Kon Tum"]),
  agency("HCCB", "Hội Cựu chiến binh tỉnh", "Hội CCB tỉnh", "organisation"),
  agency("LDLD", "Liên đoàn Lao động tỉnh", "LĐLĐ tỉnh", "organisation"),
];

const external: Agency[] = [
  agency("UBNDT", "Ủy ban nhân dân tỉnh", "UBND tỉnh", "external", ["UBND tỉnh Kon Tum"]),
  agency("BLDTBXH", "Bộ Lao động - Thương binh và Xã hội", "Bộ LĐTBXH", "external", ["Bộ Lao động - TB&XH"]),
];

export const KONTUM_ROSTER: Roster = {
  agencies: [...departments, bank, ...districts, ...organisations, ...external],
  groups: [
    {
      id: "G-SBN",
      name: "Các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh",
      aliases: ["Các sở, ban, ngành thuộc UBND tỉnh", "Các sở, ban, ngành", "Các sở, ban, ngành tỉnh"],
      members: departments.map((a) => a.id),
    },
    {
      id: "G-HUYEN",
      name: "Ủy ban nhân dân các huyện, thành phố",
      aliases: ["UBND các huyện, thành phố", "các huyện, thành phố"],
      members: districts.map((a) => a.id),
    },
    {
      id: "G-DOANTHE",
      name: "Các đoàn thể chính trị - xã hội tỉnh",
      aliases: ["các đoàn thể chính trị - xã hội", "các tổ chức chính trị - xã hội tỉnh"],
      members: organisations.filter((a) => a.id !== "MTTQ").map((a) => a.id),
    },
  ],
  openPhrases: [
    {
      id: "O-LIENQUAN",
      name: "các đơn vị, địa phương có liên quan",
      aliases: [
        "các địa phương, đơn vị có liên quan",
        "các đơn vị, địa phương",
        "các địa phương, đơn vị",
        "các đơn vị có liên quan",
        "các địa phương có liên quan",
        "các cơ quan, đơn vị có liên quan",
        "các cơ quan, đơn vị, địa phương có liên quan",
        "các sở, ban, ngành liên quan",
        "các sở, ban, ngành có liên quan",
      ],
    },
  ],
};
