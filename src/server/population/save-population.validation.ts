import { z } from "zod";
import {
  countField,
  idField,
  optionalCountField,
  optionalText,
  optionalVersionField,
  yearField,
} from "@/domain/entry/fields";

/** Population of an area unit in a year (one row per unit and year). */
export const savePopulationSchema = z.object({
  areaUnitId: idField,
  year: yearField,
  version: optionalVersionField,
  population: countField("dân số"),
  households: optionalCountField("số hộ"),
  source: optionalText("nguồn số liệu", 200),
});
