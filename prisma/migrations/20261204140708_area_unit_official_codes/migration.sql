-- A code is unique only together with the day the unit begins: after the 2025
-- arrangement a new commune often kept the code of one of the communes it was formed
-- from (xã Vĩnh Bình from 01/07/2025 has 28651, as had thị trấn Vĩnh Bình until then).

-- DropIndex
DROP INDEX "AreaUnit_code_key";

-- CreateIndex
CREATE UNIQUE INDEX "AreaUnit_code_validFrom_key" ON "AreaUnit"("code", "validFrom");

-- The codes shipped for Gò Công Tây's communes were placeholders (codeOfficial = false).
-- Replace them with the official ones: the old units from the list of administrative
-- units in force until 30/06/2025 (district 823, province 82), the new communes from
-- Công văn 1027/CTK-CSCL of 25/6/2025 (Cục Thống kê), the merged province Đồng Tháp 82
-- from Công văn 915/CTK-CSCL. Only rows still flagged as placeholders (or, for the
-- province, still carrying the shipped 87) are touched: an administrator's correction
-- stands. Two steps, through a "~" prefix, because the old and the new codes overlap.
UPDATE "AreaUnit" AS u
SET "code" = '~' || m.official
FROM (VALUES
  ('28657', 'Vĩnh Bình', DATE '1979-01-01', '28651'),
  ('28660', 'Bình Nhì', DATE '1979-01-01', '28666'),
  ('28663', 'Bình Phú', DATE '1979-01-01', '28657'),
  ('28666', 'Bình Tân', DATE '1979-01-01', '28681'),
  ('28669', 'Đồng Sơn', DATE '1979-01-01', '28654'),
  ('28672', 'Đồng Thạnh', DATE '1979-01-01', '28660'),
  ('28675', 'Long Bình', DATE '1979-01-01', '28687'),
  ('28678', 'Long Vĩnh', DATE '1979-01-01', '28678'),
  ('28681', 'Thành Công', DATE '1979-01-01', '28663'),
  ('28684', 'Thạnh Nhựt', DATE '1979-01-01', '28675'),
  ('28687', 'Thạnh Trị', DATE '1979-01-01', '28672'),
  ('28690', 'Vĩnh Hựu', DATE '1979-01-01', '28684'),
  ('28693', 'Yên Luông', DATE '1979-01-01', '28669'),
  ('28901', 'Vĩnh Bình', DATE '2025-07-01', '28651'),
  ('28904', 'Đồng Sơn', DATE '2025-07-01', '28660'),
  ('28907', 'Phú Thành', DATE '2025-07-01', '28663'),
  ('28910', 'Long Bình', DATE '2025-07-01', '28687'),
  ('28913', 'Vĩnh Hựu', DATE '2025-07-01', '28678')
) AS m(placeholder, name, valid_from, official)
WHERE u."level" = 'COMMUNE'
  AND u."codeOfficial" = false
  AND u."code" = m.placeholder
  AND u."name" = m.name
  AND u."validFrom" = m.valid_from
  AND NOT EXISTS (
    SELECT 1 FROM "AreaUnit" o
    WHERE o."code" = m.official AND o."validFrom" = m.valid_from AND o."id" <> u."id" AND o."codeOfficial"
  );

UPDATE "AreaUnit"
SET "code" = substr("code", 2),
    "codeOfficial" = true,
    "version" = "version" + 1,
    "sourceRef" = CASE
      WHEN "sourceRef" IS NULL OR "sourceRef" LIKE '%CTK-CSCL%' THEN "sourceRef"
      WHEN "validFrom" >= DATE '2025-07-01' THEN "sourceRef" || ', mã theo Công văn 1027/CTK-CSCL ngày 25/6/2025 của Cục Thống kê'
      ELSE "sourceRef" || ', mã theo Danh mục đơn vị hành chính Việt Nam (Cục Thống kê) áp dụng đến 30/06/2025'
    END
WHERE "code" LIKE '~%';

UPDATE "AreaUnit"
SET "code" = '82', "codeOfficial" = true, "version" = "version" + 1,
    "sourceRef" = 'Công văn 915/CTK-CSCL của Cục Thống kê (mã tỉnh 82), tỉnh Đồng Tháp sau hợp nhất từ 01/07/2025 (Nghị quyết 202/2025/QH15)'
WHERE "level" = 'PROVINCE' AND "code" = '87' AND "name" = 'Tỉnh Đồng Tháp' AND "validFrom" = DATE '2025-07-01';

UPDATE "AreaUnit"
SET "codeOfficial" = true, "version" = "version" + 1
WHERE "level" = 'DISTRICT' AND "code" = '823' AND "name" = 'Huyện Gò Công Tây' AND "codeOfficial" = false;
