import { describe, expect, it } from "@jest/globals";
import JSZip from "jszip";
import { zipFiles } from "../../src/taskpane/zip-files";

describe("zipFiles: “Tải tất cả (.zip)” of the templates", () => {
  it("packs every template under its own file name, byte for byte", async () => {
    const files = [
      { name: "4587-KH-UBND_2022_So-LDTBXH.xlsx", bytes: new Uint8Array([80, 75, 3, 4, 1, 2, 3]) },
      { name: "4587-KH-UBND_2022_UBND-huyen-Dak-Ha.xlsx", bytes: new TextEncoder().encode("x".repeat(10_000)) },
    ];
    const zip = await JSZip.loadAsync(await zipFiles(files));
    expect(Object.keys(zip.files).sort()).toEqual(files.map((f) => f.name).sort());
    for (const f of files) expect(await zip.file(f.name)!.async("uint8array")).toEqual(f.bytes);
  });
});
